"""The rules' tables kept in the cache folder: read back equal, rebuilt when stale or damaged, never trusted,
and built afresh while a pack from outside is registered."""

import os
import pickle
from pathlib import Path

import pytest

from briefgen import lang
from briefgen.facts import counted, tables
from briefgen.facts.gazetteer import tokenize
from briefgen.facts.people import organizations
from briefgen.facts.tables import FILE_NAME, MAGIC, load_tables, tables_key
from briefgen.lang import LanguagePack


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a new process would: nothing kept, no folder read, no table cached."""
    monkeypatch.setattr(tables, "_kept", {})
    monkeypatch.setattr(tables, "_read_from", set())
    lang._forget_derived()
    yield
    lang._forget_derived()


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The real marked tables, each build of them counted."""
    calls: list[str] = []
    counted = {}
    for name, build in tables._builders.items():

        def counting(name=name, build=build):
            calls.append(name)
            return build()

        counted[name] = counting
    monkeypatch.setattr(tables, "_builders", counted)
    return calls


def test_the_rules_tables_are_marked() -> None:
    assert {"briefgen.facts.counted.currency_nouns", "briefgen.facts.counted.counted_nouns"} <= set(tables._builders)
    assert "briefgen.facts.people.organizations._matcher" in tables._builders


def test_kept_tables_come_back_equal_and_answer_the_same(tmp_path: Path) -> None:
    built = (counted.currency_nouns(), counted.counted_nouns())
    matcher = organizations._matcher()
    load_tables(tmp_path)
    assert (tmp_path / FILE_NAME).is_file()
    tables._kept.clear(), tables._read_from.clear(), lang._forget_derived()  # a second process
    load_tables(tmp_path)
    assert counted.currency_nouns() is tables._kept["briefgen.facts.counted.currency_nouns"]
    assert (counted.currency_nouns(), counted.counted_nouns()) == built
    kept = organizations._matcher()
    assert kept is not matcher and kept.entries == matcher.entries
    tokens = tokenize("Генеральный секретарь ОДКБ и председатель Всемирного банка", "ru")
    found = [m.entry.name for m in kept.find(tokens)]
    assert found and found == [m.entry.name for m in matcher.find(tokens)]


def test_a_second_process_reads_them_instead_of_building(tmp_path: Path, builds: list[str]) -> None:
    load_tables(tmp_path)
    assert len(builds) == len(tables._builders)
    tables._kept.clear(), tables._read_from.clear(), lang._forget_derived()
    load_tables(tmp_path)
    counted.currency_nouns(), counted.counted_nouns(), organizations._matcher()
    assert len(builds) == len(tables._builders)


def test_a_stale_file_is_rebuilt(tmp_path: Path, builds: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    load_tables(tmp_path)
    before = (tmp_path / FILE_NAME).read_bytes()
    tables._read_from.clear()
    monkeypatch.setattr(tables, "tables_key", lambda: "another version")
    load_tables(tmp_path)
    assert len(builds) == 2 * len(tables._builders)
    assert (tmp_path / FILE_NAME).read_bytes() != before  # kept under the new key


def test_the_key_follows_the_data_files_and_the_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    key = tables_key()
    assert tables_key() == key
    monkeypatch.setitem(tables._builders, "a.new_table", lambda: ())
    assert tables_key() != key


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-10] + bytes(10),  # its body overwritten
        lambda data: data.replace(MAGIC, b"briefgen-facts-tables 0\n"),  # another format
        lambda data: b"",
    ],
)
def test_a_damaged_file_is_rebuilt_and_replaced(tmp_path: Path, builds: list[str], damage) -> None:
    load_tables(tmp_path)
    kept = tmp_path / FILE_NAME
    kept.write_bytes(damage(kept.read_bytes()))
    tables._kept.clear(), tables._read_from.clear()
    load_tables(tmp_path)
    assert len(builds) == 2 * len(tables._builders)
    tables._kept.clear(), tables._read_from.clear()
    load_tables(tmp_path)
    assert len(builds) == 2 * len(tables._builders)  # the rebuilt file is good again


class Payload:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_a_pickle_that_names_anything_else_is_never_run(
    tmp_path: Path, builds: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    body = pickle.dumps({name: Payload() for name in tables._builders})
    (tmp_path / FILE_NAME).write_bytes(MAGIC + f"{tables_key()} {tables.fingerprint(body)}\n".encode() + body)
    load_tables(tmp_path)
    assert not (tmp_path / "pwned").exists()
    assert len(builds) == len(tables._builders)
    assert counted.counted_nouns() and all(isinstance(n, counted.Noun) for n in counted.counted_nouns())


def test_a_pack_from_outside_gets_tables_built_from_it(tmp_path: Path, builds: list[str]) -> None:
    load_tables(tmp_path)
    builds.clear()
    lang.register(LanguagePack(code="xx", name="Test", script="Latn", alphabet=frozenset("abc")))
    try:
        assert not lang.only_built_in()
        counted.counted_nouns()
        assert builds == ["briefgen.facts.counted.counted_nouns"]  # not the kept one
    finally:
        lang.unregister("xx")
    assert lang.only_built_in()
    builds.clear()
    counted.counted_nouns()
    assert builds == []


def test_without_a_cache_folder_each_table_is_built_where_needed(builds: list[str]) -> None:
    load_tables(None)
    counted.counted_nouns()
    assert builds == ["briefgen.facts.counted.counted_nouns"]
