"""The gazetteer kept in the cache folder: read back equal, rebuilt when stale or damaged, never trusted."""

import os
import pickle
from pathlib import Path

import pytest

from briefgen.facts import compiled
from briefgen.facts.compiled import FILE_NAME, MAGIC, compiled_gazetteer, gazetteer_key
from briefgen.facts.gazetteer import Entry, Gazetteer, tokenize
from briefgen.model import ContentProblem


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[list[Path]]:
    """Each build of the gazetteer, by its site files; a small gazetteer stands in for the real one."""
    calls: list[list[Path]] = []

    def build(paths: list[Path]) -> Gazetteer:
        calls.append(paths)
        gazetteer = Gazetteer()
        entry = Entry("city", "Tashkent", {"name": "Tashkent", "variants": ["Ташкент"]})
        gazetteer.entries.append(entry)
        gazetteer.add(entry, "Ташкент")
        return gazetteer

    monkeypatch.setattr(compiled, "load_gazetteer_files", build)
    return calls


def test_the_real_gazetteer_comes_back_equal_and_matches_the_same(tmp_path: Path) -> None:
    built = compiled_gazetteer([], tmp_path)
    kept = compiled_gazetteer([], tmp_path)
    assert kept is not built and kept.entries == built.entries
    assert all(a.data == b.data for a, b in zip(kept.entries, built.entries, strict=True))
    # The matcher tells a pattern kept under several first words apart by identity: still one object.
    patterns = {id(p) for ms in kept._index.values() for _, p in ms}
    assert len(patterns) == len({id(p) for ms in built._index.values() for _, p in ms})
    text = "Ташкентте Өзбекстан Президенті Шавкат Мирзиёев қабылдады"
    assert kept.find(tokenize(text, "kk")) == built.find(tokenize(text, "kk"))


def test_a_second_process_reads_the_kept_build(tmp_path: Path, builds: list[list[Path]]) -> None:
    first = compiled_gazetteer([], tmp_path)
    second = compiled_gazetteer([], tmp_path)
    assert len(builds) == 1
    assert second.entries == first.entries


def test_a_changed_site_file_builds_afresh(tmp_path: Path, builds: list[list[Path]]) -> None:
    site_file = tmp_path / "people.yaml"
    site_file.write_text("people: []\n", encoding="utf-8")
    compiled_gazetteer([site_file], tmp_path / "cache")
    site_file.write_text("people: [{name: A B, role: akim, country: KZ, variants: [А Б]}]\n", encoding="utf-8")
    compiled_gazetteer([site_file], tmp_path / "cache")
    compiled_gazetteer([], tmp_path / "cache")
    assert len(builds) == 3


def test_the_key_names_the_files_their_bytes_and_the_versions(tmp_path: Path) -> None:
    one, other = tmp_path / "a.yaml", tmp_path / "b.yaml"
    one.write_text("people: []\n", encoding="utf-8")
    other.write_text("people: []\n", encoding="utf-8")
    assert gazetteer_key([one]) == gazetteer_key([one])
    assert len({gazetteer_key([]), gazetteer_key([one]), gazetteer_key([other]), gazetteer_key([one, other])}) == 4


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-10] + bytes(10),  # its body overwritten
        lambda data: data.replace(MAGIC, b"briefgen-gazetteer 0\n"),  # another format
        lambda data: b"",
    ],
)
def test_a_damaged_file_is_rebuilt_and_replaced(tmp_path: Path, builds: list[list[Path]], damage) -> None:
    compiled_gazetteer([], tmp_path)
    kept = tmp_path / FILE_NAME
    kept.write_bytes(damage(kept.read_bytes()))
    assert compiled_gazetteer([], tmp_path).entries[0].name == "Tashkent"
    assert len(builds) == 2
    compiled_gazetteer([], tmp_path)
    assert len(builds) == 2  # the rebuilt file is good again


class Payload:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_a_pickle_that_names_anything_else_is_never_run(
    tmp_path: Path, builds: list[list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even with the right key and checksum (a cache folder someone else wrote): only the gazetteer's
    dataclasses and plain values are built."""
    monkeypatch.chdir(tmp_path)
    body = pickle.dumps(Payload())
    key = gazetteer_key([])
    (tmp_path / FILE_NAME).write_bytes(MAGIC + f"{key} {compiled.fingerprint(body)}\n".encode() + body)
    assert compiled_gazetteer([], tmp_path).entries[0].name == "Tashkent"
    assert not (tmp_path / "pwned").exists()
    assert len(builds) == 1


def test_a_cache_folder_that_cannot_be_written_only_costs_a_build(tmp_path: Path, builds: list[list[Path]]) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    compiled_gazetteer([], blocked)
    compiled_gazetteer([], blocked)
    assert len(builds) == 2
    assert compiled_gazetteer([], None).entries and len(builds) == 3


def test_an_unreadable_site_file_gets_the_loaders_own_error(tmp_path: Path) -> None:
    with pytest.raises(ContentProblem, match="cannot read the gazetteer"):
        compiled_gazetteer([tmp_path / "missing.yaml"], tmp_path)
