"""A rebuild takes unchanged articles whole from the article memo: it reads, splits and extracts only the
others, and its site and report are those of a build that read every article."""

import sqlite3

import pytest

import briefgen.translate
from briefgen import facts as facts_module
from briefgen.article_memo import ARTICLE_MEMO_FILE, ArticleMemo, Spill
from briefgen.build import build_site, loading, pipeline
from briefgen.config import load_config
from briefgen.model import Translation

from .conftest import KK_MEETING, RU_MEETING
from .test_incremental import clean_build, site_files

BAD_MEETINGS = RU_MEETING.replace("source:", "meetings: [{kind: 7, participants: x}]\nsource:")


@pytest.fixture
def read(monkeypatch) -> list[str]:
    """The names of the article files the build reads from content/ and of those it extracts facts from."""
    names: list[str] = []
    real_read, real_extract = loading.read_articles, facts_module.extract_meetings

    def reading(found, paths, *args):
        names.extend(f"read {path.name}" for path in paths)
        return real_read(found, paths, *args)

    def extracting(article, *args):
        names.append(f"facts {article.source.path.name}")
        return real_extract(article, *args)

    monkeypatch.setattr(loading, "read_articles", reading)
    monkeypatch.setattr(facts_module, "extract_meetings", extracting)
    return names


def test_a_rebuild_reads_only_the_edited_article_and_builds_the_clean_site(site, read, tmp_path_factory):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "workers: 1\nsearch: false\n")
    build_site(config)
    assert sorted(read) == ["facts a.md", "facts b.md", "read a.md", "read b.md"]
    read.clear()
    (config.root / "content" / "b.md").write_text(RU_MEETING + "\nСтороны обсудили энергетику.\n")
    build_site(config)
    assert read == ["read b.md", "facts b.md"]
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_held_articles_front_matter_problems_are_reported_again_in_order(site, read):
    files = {"content/a.md": BAD_MEETINGS, "content/b.md": KK_MEETING, "content/c.md": BAD_MEETINGS}
    config = site(files, "workers: 1\nsearch: false\n")
    first = build_site(config)
    assert [error.path.name for error in first.errors] == ["a.md", "c.md"]
    read.clear()
    (config.root / "content" / "b.md").write_text(KK_MEETING + "\nЖаңа абзац.\n")
    again = build_site(config)
    assert read == ["read b.md", "facts b.md"]
    assert [str(error) for error in again.errors] == [str(error) for error in first.errors]


def test_a_damaged_row_is_read_afresh_never_published(site, read):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "workers: 1\nsearch: false\n")
    build_site(config)
    before = site_files(config.root)
    with sqlite3.connect(config.root / ".briefgen-cache" / ARTICLE_MEMO_FILE) as db:
        db.execute("UPDATE memo SET value = CAST('not a pickle' AS BLOB)")
    read.clear()
    (config.root / "content" / "b.md").write_text(RU_MEETING + "\nСтороны обсудили энергетику.\n")
    build_site(config)
    # Every row damaged, none held: the articles go through the split and facts memos, as they did before.
    assert sorted(read) == ["facts b.md", "read a.md", "read b.md"]
    (config.root / "content" / "b.md").write_text(RU_MEETING)
    build_site(config)
    assert site_files(config.root) == before


def test_the_memo_keeps_only_the_articles_of_the_last_build(site):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "search: false\n")
    build_site(config)
    (config.root / "content" / "b.md").unlink()
    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац.\n")
    build_site(config)
    with sqlite3.connect(config.root / ".briefgen-cache" / ARTICLE_MEMO_FILE) as db:
        # a.md's rows (as read, its summary, its translations), and the build's: the translation inputs it left.
        assert db.execute("SELECT COUNT(DISTINCT grp) FROM memo WHERE grp != ''").fetchone() == (1,)
        assert db.execute("SELECT grp, COUNT(*) FROM memo GROUP BY grp = ''").fetchall()[0][1] == 3


@pytest.fixture
def made_whole(monkeypatch) -> list[str]:
    """The names of the articles the memo reads whole where a summary stood in for them."""
    names: list[str] = []
    real = ArticleMemo.whole

    def whole(self, article):
        found = real(self, article)
        if found is not article:
            names.append(article.source.path.name)
        return found

    monkeypatch.setattr(ArticleMemo, "whole", whole)
    return names


def test_an_unchanged_articles_summary_stands_in_until_its_page_must_be_rendered(site, made_whole, tmp_path_factory):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "workers: 1\nsearch: false\n")
    build_site(config)
    (config.root / "content" / "b.md").write_text(RU_MEETING + "\nСтороны обсудили энергетику.\n")
    build_site(config)
    assert made_whole == []  # a.md, unchanged, was its summary alone: its page was kept
    pages = (config.root / "site" / "briefings").glob("*/index.html")
    page = next(p for p in pages if "Жапаровпен" in p.read_text(encoding="utf-8"))
    page.write_text("defaced")  # a.md's page, to be rendered again: from the whole article
    (config.root / "content" / "b.md").write_text(RU_MEETING)
    build_site(config)
    assert made_whole == ["a.md"]
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_damaged_summary_is_a_miss_and_its_article_taken_whole(site, read, monkeypatch, tmp_path_factory):
    translated: list[str] = []
    real = briefgen.translate.apply_human_translation

    def applying(article, report):
        translated.append(article.source.path.name)
        real(article, report)

    monkeypatch.setattr(briefgen.translate, "apply_human_translation", applying)
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "workers: 1\nsearch: false\n")
    build_site(config)
    with sqlite3.connect(config.root / ".briefgen-cache" / ARTICLE_MEMO_FILE) as db:
        db.execute("UPDATE memo SET value = CAST('not a pickle' AS BLOB) WHERE key = 'listed'")
    translated.clear()
    read.clear()
    (config.root / "content" / "b.md").write_text(RU_MEETING + "\nСтороны обсудили энергетику.\n")
    build_site(config)
    assert read == ["read b.md", "facts b.md"]  # a.md taken whole from its row, and translated again
    assert translated == ["a.md", "b.md"]
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


class _Machine:
    """A model for every pair, as the build opens one (translate.machine.open_translator)."""

    problems: list[str] = []

    def supports(self, source, target):
        return True

    def translate(self, texts, source, target):
        return [Translation(f"EN {text}", "machine") for text in texts]

    def close(self):
        pass


@pytest.mark.parametrize("workers", [1, 2])
def test_a_first_build_holds_summaries_and_reads_each_article_back_for_its_page(
    site, monkeypatch, tmp_path_factory, workers
):
    """Each article is kept as its facts arrive and its summary stands in for it; its page is rendered from
    the whole article read back, with this build's translations (machine, not the memory's), as a build
    holding every article whole renders it."""
    files = {f"content/{name}.md": text for name, text in (("a", KK_MEETING), ("b", RU_MEETING), ("c", KK_MEETING))}
    config = site(files, f"workers: {workers}\nsearch: false\n")
    settled: list[bool] = []
    real_settle = ArticleMemo.settle

    def settling(self, article, *args):
        kept = real_settle(self, article, *args)
        settled.append(kept is not article and not kept.source.body and len(kept.sentences()) <= 1)
        return kept

    monkeypatch.setattr(ArticleMemo, "settle", settling)
    monkeypatch.setattr(pipeline, "open_translator", lambda config, progress: _Machine())
    build_site(config)
    assert settled == [True, True, True]  # each a summary: one sentence of its body, the lead
    pages = site_files(config.root)
    assert any(b"origin-machine" in data for path, data in pages.items() if path.startswith("briefings/"))

    whole = tmp_path_factory.mktemp("whole")  # built with the translator given: no memo, every article whole
    for name, text in files.items():
        (whole / name).parent.mkdir(parents=True, exist_ok=True)
        (whole / name).write_text(text)
    (whole / "briefgen.yaml").write_text(f"workers: {workers}\nsearch: false\n")
    build_site(load_config(whole), translator=_Machine())
    assert pages == site_files(whole)


def test_an_article_that_cannot_be_spilled_is_held_whole(site, monkeypatch, tmp_path_factory):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "workers: 1\nsearch: false\n")
    monkeypatch.setattr(Spill, "put", lambda self, summary, article: False)  # a full disk, say
    build_site(config)
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_the_memo_keys_articles_by_what_the_manifest_read_not_by_reading_them_again(site, monkeypatch):
    """The manifest's fingerprint reads every article file whole as the build starts; the memo keys each by
    that read (its digest and time), and the keys are the ones reading the file itself gives."""
    import briefgen.article_memo as article_memo
    from briefgen.load import discover
    from briefgen.manifest import Manifest

    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    found = discover(config.path(config.content_dir), config.target_language, config.limits)
    by_reading = ArticleMemo(config.root / "one.sqlite3", "v")
    by_reading.held(found, config.limits)
    reads: list[str] = []
    real = article_memo.read_regular
    monkeypatch.setattr(article_memo, "read_regular", lambda path, limit: reads.append(path.name) or real(path, limit))
    shared = ArticleMemo(config.root / "two.sqlite3", "v", Manifest(config).content)
    shared.held(found, config.limits)
    assert shared.keys == by_reading.keys and len(shared.keys) == 2
    assert reads == []
