import json
import sqlite3

import pytest

from briefgen import cache as cache_module
from briefgen import facts as facts_module
from briefgen.article_memo import ARTICLE_MEMO_FILE
from briefgen.build import BuildFailed, build_site
from briefgen.cache import SplitCache

from .conftest import KK_MEETING, RU_MEETING

PARAGRAPH = "Бірінші сөйлем. Екінші сөйлем."


def test_a_rebuild_splits_only_what_it_has_not_seen(site, monkeypatch):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    calls = []
    real = cache_module.segment.split_sentences
    monkeypatch.setattr(cache_module.segment, "split_sentences", lambda t, lang: calls.append(t) or real(t, lang))
    config = site({}, "title: Renamed\n")  # a change that splits nothing: the rebuild runs (see manifest.py)
    build_site(config)
    assert calls == []
    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац. Тағы бір сөйлем.\n")
    build_site(config)
    assert calls == ["Жаңа абзац. Тағы бір сөйлем."]


def test_the_cache_keeps_only_what_the_last_build_used(tmp_path):
    path = tmp_path / "sentences.json"
    first = SplitCache(path)
    first.split(PARAGRAPH, "kk")
    first.split("Ескі. Абзац.", "kk")
    first.save()
    second = SplitCache(path)
    assert second.split(PARAGRAPH, "kk") == ["Бірінші сөйлем.", "Екінші сөйлем."]
    assert second.hits == 1
    second.save()
    assert len(SplitCache(path).stored) == 1


def test_changed_rules_or_a_damaged_file_start_afresh(tmp_path, monkeypatch):
    path = tmp_path / "sentences.json"
    cache = SplitCache(path)
    cache.split(PARAGRAPH, "kk")
    cache.save()
    monkeypatch.setattr(cache_module, "_rules_version", lambda: "other rules")
    assert SplitCache(path).stored == {}
    path.write_text("{not json")
    assert SplitCache(path).split(PARAGRAPH, "kk") == ["Бірінші сөйлем.", "Екінші сөйлем."]


@pytest.fixture
def extractions(monkeypatch) -> list[str]:
    """The slugs of the articles fact extraction reads, in order."""
    read: list[str] = []
    real = facts_module.extract_meetings
    monkeypatch.setattr(
        facts_module, "extract_meetings", lambda article, g, *day: read.append(article.slug) or real(article, g, *day)
    )
    return read


def test_a_rebuild_reads_facts_only_from_articles_it_has_not_seen(site, extractions):
    # One worker: the extractions counted are this process's own.
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "workers: 1\n")
    build_site(config)
    first = (config.root / "site" / "facts.json").read_bytes()
    extractions.clear()
    config = site({}, "workers: 1\ntitle: Renamed\n")  # a change that reads no facts: the rebuild runs
    build_site(config)
    assert extractions == []
    # Served from the store, the facts are the ones extraction gave, to the byte.
    assert (config.root / "site" / "facts.json").read_bytes() == first
    (config.root / "content" / "b.md").write_text(RU_MEETING + "\nСтороны обсудили энергетику.\n")
    build_site(config)
    assert len(extractions) == 1


def test_a_change_to_the_sites_gazetteer_reads_every_article_again(site, extractions):
    config = site({"content/a.md": KK_MEETING, "people.yaml": "people: []\n"}, "facts:\n  gazetteer: [people.yaml]\n")
    build_site(config)
    extractions.clear()
    (config.root / "people.yaml").write_text(
        "people:\n  - {name: Sadyr Japarov, role: president, country: KG, variants: [Садыр Жапаров]}\n"
    )
    build_site(config)
    assert len(extractions) == 1


def _forget_articles(config) -> None:
    """The article memo (article_memo.py) would give the unchanged article whole: without it, the rebuild
    reads the article through the split and facts memos that these tests damage."""
    (config.root / ".briefgen-cache" / ARTICLE_MEMO_FILE).unlink()


def _rewrite(path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_cache_edited_into_other_valid_json_is_rebuilt_never_published(site):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    page = next((config.root / "site" / "briefings").glob("*/index.html"))
    first = page.read_bytes()
    splits = config.root / ".briefgen-cache" / "sentences.json"

    def inject(data):
        data["values"] = {key: ["<b>Injected</b> text."] for key in data["values"]}

    _rewrite(splits, inject)
    _forget_articles(config)
    build_site(config)
    assert page.read_bytes() == first
    # Even with its checksum made to match, a split that is not of the article's text is not used.
    _rewrite(splits, inject)
    _rewrite(splits, lambda data: data.update(checksum=cache_module._checksum(data["values"])))
    _forget_articles(config)
    build_site(config)
    assert page.read_bytes() == first


def test_a_facts_cache_with_a_key_missing_is_read_again(site, extractions):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    first = (config.root / "site" / "facts.json").read_bytes()
    stored = config.root / ".briefgen-cache" / "facts.json"
    _rewrite(stored, lambda data: [m.pop("date", None) for ms in data["values"].values() for m in ms])
    _forget_articles(config)
    extractions.clear()
    build_site(config)
    assert len(extractions) == 1
    assert (config.root / "site" / "facts.json").read_bytes() == first


def test_a_cache_folder_that_is_a_file_is_one_line(site):
    config = site({"content/a.md": KK_MEETING})
    (config.root / ".briefgen-cache").write_text("not a folder")
    with pytest.raises(BuildFailed, match=r"\.briefgen-cache: cannot make the cache folder .* set cache_dir"):
        build_site(config)


def test_a_very_long_paragraph_is_split_in_bounded_pieces_into_the_same_sentences(tmp_path):
    """pysbd's time grows with the square of one call's text; the cache hands it bounded pieces, cut
    where no abbreviation can be (so «г. Алматы» stays whole)."""
    sentence = "Стороны обсудили транзит грузов через г. Алматы и т.д. в рамках программы сотрудничества. "
    text = (sentence * 200).strip()
    pieces = cache_module.pieces_for_pysbd(text)
    assert len(pieces) > 1 and all(len(p) <= cache_module.PYSBD_PIECE for p in pieces)
    assert "".join(pieces) == text
    assert SplitCache(tmp_path / "s.json").split(text, "ru") == cache_module.segment.split_sentences(text, "ru")
    # No sentence end at all: cut between words, never inside one.
    words = cache_module.pieces_for_pysbd("слово " * 3000)
    assert all(p.endswith(" ") for p in words[:-1])


def test_a_long_paragraph_is_cut_before_a_capital_of_any_alphabet_and_never_before_a_small_letter():
    kazakh = ("Тараптар ынтымақтастықты талқылады. Өзара сауда көлемі өсті. " * 120).strip()
    pieces = cache_module.pieces_for_pysbd(kazakh)
    assert len(pieces) > 1 and all(p[0] in "ТӨ" for p in pieces)
    # A full stop before a small letter may end an abbreviation: no safe cut there.
    assert list(cache_module._safe_cuts("транзит грузов. и снова")) == []
    assert list(cache_module._safe_cuts("транзит грузов. Өзара")) == [16]


def test_a_table_memo_gives_what_was_kept_and_only_for_the_groups_kept(tmp_path):
    path = tmp_path / "memo.sqlite3"
    first = cache_module.TableMemo(path, "v1")
    first.put("a", "row", b"of a")
    first.put("b", "row", b"of b")
    first.keep(["a", "b"])
    first.close()
    second = cache_module.TableMemo(path, "v1")
    assert second.get("a", "row") == b"of a" and second.get("a", "other") is None
    second.keep(["a"])  # b's article is gone
    second.close()
    assert cache_module.TableMemo(path, "v1").get("b", "row") is None
    assert cache_module.TableMemo(path, "v2").get("a", "row") is None  # made by another version


def test_a_damaged_table_memo_is_a_miss_and_made_again(tmp_path):
    path = tmp_path / "memo.sqlite3"
    memo = cache_module.TableMemo(path, "v1")
    memo.put("a", "row", b"of a")
    memo.keep(["a"])
    memo.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE memo SET value = CAST('edited' AS BLOB)")
    assert cache_module.TableMemo(path, "v1").get("a", "row") is None
    path.write_bytes(b"not a database at all, and long enough to be read as one" * 100)
    again = cache_module.TableMemo(path, "v1")
    assert again.get("a", "row") is None
    again.put("a", "row", b"of a")
    again.keep(["a"])
    again.close()
    assert cache_module.TableMemo(path, "v1").get("a", "row") == b"of a"


def test_a_table_memo_of_another_version_starts_a_new_file(tmp_path):
    path = tmp_path / "memo.sqlite3"
    old = cache_module.TableMemo(path, "v1")
    for n in range(200):
        old.put(str(n), "row", bytes(2000))
    old.keep(str(n) for n in range(200))
    old.close()
    size = path.stat().st_size
    new = cache_module.TableMemo(path, "v2")
    new.put("a", "row", b"of a")
    new.keep(["a"])
    new.close()
    assert path.stat().st_size < size / 10


def test_a_table_memo_writes_its_values_as_they_come_and_keeps_only_the_groups_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "FLUSH_BYTES", 1000)
    path = tmp_path / "memo.sqlite3"
    memo = cache_module.TableMemo(path, "v1")
    for n in range(10):
        memo.put(str(n), "row", bytes(300))
    assert len(memo.new) < 10  # written in batches, not held to the end
    assert memo.get("0", "row") == bytes(300)
    memo.keep(str(n) for n in range(5))
    memo.close()
    again = cache_module.TableMemo(path, "v1")
    assert [again.get(str(n), "row") is not None for n in range(10)] == [True] * 5 + [False] * 5


def test_a_memo_file_is_written_value_by_value_as_json_dumps_writes_it_sorted(tmp_path):
    values = {"b": [{"z": 1, "a": "Тоқаев"}], "a": {"y": None, "x": [1.5, "«q»"]}, "c": []}
    memo = cache_module.StoredMemo(tmp_path / "memo.json", "v1")
    for key, value in values.items():
        memo.put(key, value)
    memo.save()
    ordered = dict(sorted(values.items()))
    checksum = cache_module.fingerprint(json.dumps(ordered, ensure_ascii=False, sort_keys=True))
    # Each value as JSON with sorted keys: so the memo holds what it used until it is saved.
    whole = {"version": "v1", "checksum": checksum, "values": json.loads(json.dumps(ordered, sort_keys=True))}
    assert memo.path.read_bytes() == json.dumps(whole, ensure_ascii=False).encode("utf-8")
    assert cache_module.StoredMemo(memo.path, "v1").stored == values


def test_what_a_memo_used_is_kept_out_of_memory_and_read_back_whole(tmp_path):
    used = cache_module.SpilledValues(tmp_path)
    used["a"] = "Тоқаев".encode()
    used.update({"b": b"[1, 2]", "c": b""})
    used["a"] = b'{"x": 1}'  # the value set last is the one read
    assert dict(used) == {"a": b'{"x": 1}', "b": b"[1, 2]", "c": b""}
    assert all(isinstance(place, tuple) for place in used._at.values())  # in the file, not in memory
    assert list(tmp_path.iterdir()) == []  # the file has no name: it goes with the values


def test_a_memo_with_no_file_for_its_values_holds_them(tmp_path, monkeypatch):
    def refusing(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module.tempfile, "TemporaryFile", refusing)
    memo = cache_module.StoredMemo(tmp_path / "memo.json", "v1")
    memo.put("a", {"x": [1]})
    memo.save()
    assert cache_module.StoredMemo(memo.path, "v1").stored == {"a": {"x": [1]}}
