"""Rebuilds that redo only what changed: nothing at all when nothing did, and only changed files written."""

import os
import sqlite3
from pathlib import Path

import pytest

import briefgen.build.site_writer
from briefgen.build import StrictRefusal, build_site
from briefgen.manifest import Manifest, inputs_fingerprint, site_files
from briefgen.model import Output
from briefgen.render.search import pagefind_executable

from .conftest import KK_MEETING, REPO, RU_MEETING
from .test_build import snapshot


@pytest.fixture
def renders(monkeypatch) -> list[int]:
    """How many articles each render of the site was given."""
    counted: list[int] = []
    real = briefgen.build.site_writer.site_outputs
    monkeypatch.setattr(
        briefgen.build.site_writer,
        "site_outputs",
        lambda articles, *a, **k: counted.append(len(articles)) or real(articles, *a, **k),
    )
    return counted


def inodes(folder) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def page_of(config, slug_start: str):
    (page,) = (
        p for p in (config.root / "site" / "briefings").glob("*/index.html") if p.parent.name.startswith(slug_start)
    )
    return page


def test_a_rebuild_with_nothing_changed_renders_and_writes_nothing(site, renders):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    first = build_site(config)
    before, files = snapshot(config.root / "site"), inodes(config.root / "site")
    again = build_site(config)
    assert renders == [2]
    assert inodes(config.root / "site") == files and snapshot(config.root / "site") == before
    assert (again.articles, again.pages, again.untranslated) == (first.articles, first.pages, first.untranslated)
    assert again.missing_pairs == first.missing_pairs
    assert "nothing changed since the last build" in " ".join(again.notes)
    assert not any("nothing changed" in note for note in first.notes)


def test_one_changed_article_rewrites_only_the_files_whose_bytes_changed(site, renders):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    unchanged, changed = page_of(config, "premer"), page_of(config, "toqaev")
    files = inodes(config.root / "site")
    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац.\n", encoding="utf-8")
    build_site(config)
    assert renders == [2, 2]
    after = inodes(config.root / "site")
    assert (
        after[unchanged.relative_to(config.root / "site").as_posix()]
        == files[unchanged.relative_to(config.root / "site").as_posix()]
    )  # the same file, linked into the new site rather than written again
    assert (
        after[changed.relative_to(config.root / "site").as_posix()]
        != files[changed.relative_to(config.root / "site").as_posix()]
    )
    assert "Жаңа абзац." in page_of(config, "toqaev").read_text(encoding="utf-8")


def edit_memory(root: Path) -> None:
    """An edit to the translation memory, as `briefgen memory` makes one."""
    db = sqlite3.connect(root / ".briefgen-cache" / "translation-memory.sqlite3")
    db.execute("PRAGMA user_version = 7")
    db.commit()


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "content" / "a.en.md").write_text("---\ntitle: Tokayev spoke\n---\n\nText.\n"),
        lambda root: (
            (root / "templates").mkdir()
            or (root / "templates" / "article.html").write_text(
                (REPO / "templates" / "article.html").read_text(encoding="utf-8") + "<!-- site override -->\n"
            )
        ),
        lambda root: (root / "static").mkdir() or (root / "static" / "extra.css").write_text("body { color: red }\n"),
        lambda root: (root / "people.yaml").write_text("people: []\n"),
        edit_memory,
    ],
    ids=["human translation", "site template", "static file", "site gazetteer", "translation memory"],
)
def test_a_change_to_any_input_builds_again(site, renders, change):
    config = site({"content/a.md": KK_MEETING, "people.yaml": "people:\n"}, "facts:\n  gazetteer: [people.yaml]\n")
    build_site(config)
    change(config.root)
    report = build_site(config)
    assert renders == [1, 1]
    assert report.errors == []


def test_a_change_to_the_configuration_builds_again(site, renders):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    build_site(site({}, "title: Renamed\n"))
    assert renders == [1, 1]
    assert "Renamed" in (config.root / "site" / "index.html").read_text(encoding="utf-8")


def test_a_touched_site_is_built_again(site, renders):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    index = config.root / "site" / "index.html"
    original = index.read_bytes()
    index.write_bytes(b"defaced")
    build_site(config)
    assert renders == [1, 1] and index.read_bytes() == original
    (config.root / "site" / "extra.html").write_text("left here")
    build_site(config)
    assert renders == [1, 1, 1] and not (config.root / "site" / "extra.html").exists()


def test_a_page_touched_in_the_site_is_written_not_linked(site):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    manifest = Manifest(config)
    index = config.root / "site" / "index.html"
    data = index.read_bytes()
    target = config.root / "staged.html"
    index.write_bytes(data)  # the same bytes, but written by someone else since the build
    assert manifest.reuse(Output.of("index.html", data), target) is False and not target.exists()
    assert Manifest(config).reuse(Output.of("index.html", b"other bytes"), target) is False


def test_strict_still_refuses_a_site_whose_errors_are_unchanged(site, renders):
    config = site({"content/a.md": KK_MEETING, "content/bad.md": "---\ntitle: [x\n---\nТекст.\n"})
    report = build_site(config)
    with pytest.raises(StrictRefusal) as refused:
        build_site(config, strict=True)
    assert [str(e) for e in refused.value.report.errors] == [str(e) for e in report.errors]
    assert renders == [1]


def test_a_translator_given_by_the_caller_always_builds(site, renders):
    from briefgen.translate import Translator

    class Nothing(Translator):
        def supports(self, source, target):
            return False

        def translate(self, texts, source, target):
            return [None] * len(texts)

    config = site({"content/a.md": KK_MEETING})
    build_site(config, translator=Nothing())
    build_site(config, translator=Nothing())
    assert renders == [1, 1]


def test_sentences_a_translation_server_left_untranslated_are_tried_again(site, renders):
    # Nothing listens on port 9 (discard): the server is down, the sentences stay untranslated.
    config = site({"content/a.md": KK_MEETING}, "translation:\n  backend: libretranslate\n  url: http://127.0.0.1:9\n")
    assert build_site(config).untranslated > 0
    build_site(config)
    assert renders == [1, 1]


def test_no_page_is_linked_from_outside_the_site(site, tmp_path):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    manifest = Manifest(config)
    (page,) = (config.root / "site" / "briefings").glob("*/index.html")
    data = page.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    page.parent.rename(elsewhere)  # keeps the file, its size and its time
    page.parent.symlink_to(elsewhere, target_is_directory=True)
    target = config.root / "staged.html"
    assert manifest.reuse(Output.of(page.relative_to(config.root / "site").as_posix(), data), target) is False
    assert not target.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_the_fingerprint_never_opens_a_fifo_and_takes_any_file_name(site):
    config = site({"content/a.md": KK_MEETING})
    latin1 = os.fsdecode(b"content/caf\xe9.md")  # a name that is not UTF-8
    (config.root / latin1).write_bytes(b"---\ntitle: x\n---\n\nText.\n")
    os.mkfifo(config.root / "content" / "pipe.md")  # opening it to read would wait for a writer forever
    first = inputs_fingerprint(config)
    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац.\n", encoding="utf-8")
    assert inputs_fingerprint(config) != first


def test_a_content_folder_nested_deeper_than_recursion_goes_is_fingerprinted(site):
    config = site({"content/a.md": KK_MEETING})
    top = folder = config.root / "content"
    try:
        for _ in range(1100):  # deeper than Python's recursion limit, as a hostile content/ may be
            folder = folder / "d"
            folder.mkdir()
        deep = folder / "b.md"
        deep.write_text("x", encoding="utf-8")
        before = inputs_fingerprint(config)
        deep.write_text("y", encoding="utf-8")
        assert inputs_fingerprint(config) != before
    finally:
        # From the bottom up: pytest's own clean-up (shutil.rmtree) recurses, and would fail on this tree.
        (folder / "b.md").unlink(missing_ok=True)
        while folder != top:
            folder.rmdir()
            folder = folder.parent


@pytest.mark.parametrize("search_later", [False, True])
def test_the_record_of_the_site_is_the_site_as_it_is(site, search_later):
    """The record of the site's files is the listing write_site took while staging (with the search index
    listed again once made), not a walk after the swap: it must be what a walk finds."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац.\n", encoding="utf-8")
    build_site(config, search_later=search_later)
    for _ in range(2):  # the second: a rebuild staged in the spare, with nothing changed
        recorded = Manifest(config).site
        assert recorded == {path: list(info) for path, info in site_files(config.root / "site").items()}
        assert any(path.startswith("pagefind/") for path in recorded) == (pagefind_executable() is not None)
        build_site(config)
