"""A rebuild renders only what changed (the render memo) and stages in the previous site (the spare), and
its site is byte for byte the site a clean build of the same input makes."""

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import briefgen.render
import briefgen.write
from briefgen.build import build_site
from briefgen.build.pipeline import preview_article
from briefgen.config import load_config
from briefgen.manifest import ROW_MEMO_FILE, SPARE_DIR
from briefgen.render import RowMemo
from briefgen.render.memo import SUMMARY, unpacked
from briefgen.render.search import BUNDLE, pagefind_executable

from .conftest import KK_MEETING, REPO, RU_MEETING
from .test_build import snapshot

UNDATED = "---\ntitle: Үкімет отырысы\n---\n\nҮкімет отырысында экономика мәселелері талқыланды.\n"


def site_files(root: Path) -> dict[str, bytes]:
    """The site as a reader gets it, less Pagefind's bundle, whose file names change on every run."""
    return {path: data for path, data in snapshot(root / "site").items() if not path.startswith(BUNDLE + "/")}


def clean_build(root: Path, elsewhere: Path) -> dict[str, bytes]:
    """The same input built from nothing in another folder."""
    for name in ("content", "templates", "static", "briefgen.yaml"):
        source = root / name
        if source.is_dir():
            shutil.copytree(source, elsewhere / name)
        elif source.exists():
            shutil.copy(source, elsewhere / name)
    (elsewhere / "content").mkdir(exist_ok=True)
    build_site(load_config(elsewhere))
    return site_files(elsewhere)


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """The path of every page rendered from its template, whole or streamed."""
    paths: list[str] = []
    for name in ("_render", "_render_chunks"):
        real = getattr(briefgen.render, name)

        def counting(env, site, page, real=real):
            paths.append(page.path)
            return real(env, site, page)

        monkeypatch.setattr(briefgen.render, name, counting)
    return paths


def edit(root: Path) -> None:
    with (root / "content" / "a.md").open("a", encoding="utf-8") as f:
        f.write("\nЖаңа абзац.\n")


def add(root: Path) -> None:
    (root / "content" / "c.md").write_text(UNDATED, encoding="utf-8")


def delete(root: Path) -> None:
    (root / "content" / "b.md").unlink()


def change_template(root: Path) -> None:
    (root / "templates").mkdir()
    base = (REPO / "templates" / "base.html").read_text(encoding="utf-8")
    (root / "templates" / "base.html").write_text(base.replace("</footer>", "<p>Desk copy</p></footer>"))


def change_config(root: Path) -> None:
    (root / "briefgen.yaml").write_text("title: Renamed desk\nper_page: 1\nmeetings_per_page: 1\n", encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [edit, add, delete, change_template, change_config],
    ids=["edit", "add", "delete", "template", "configuration"],
)
def test_a_rebuild_makes_the_site_a_clean_build_makes(site, tmp_path_factory, change: Callable[[Path], None]):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    change(config.root)
    build_site(load_config(config.root))
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_the_next_rebuild_stages_in_the_spare_and_still_matches(site, tmp_path_factory):
    """The third build stages in the first build's site (the spare): what it held and this build does not
    make is gone, what changed since is new."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    delete(config.root)
    build_site(config)
    assert (config.root / ".briefgen-cache" / SPARE_DIR / "index.html").is_file()
    add(config.root)
    edit(config.root)
    build_site(config)
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))
    assert sorted(p.name for p in config.root.iterdir()) == [".briefgen-cache", "content", "site"]


def test_files_put_into_the_site_or_the_spare_since_the_last_build_are_not_published(site, tmp_path_factory):
    """A rebuild stages in the spare and takes a page's copy from it when it is the very file the last build
    left in the site: whatever else is there, or was put into the site since, goes."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    edit(config.root)
    build_site(config)  # the spare now holds the first site, sharing its unchanged files with this one
    spare = config.root / ".briefgen-cache" / SPARE_DIR
    (spare / "people" / "planted.html").write_text("put into the spare", encoding="utf-8")
    (spare / "planted").mkdir()
    (spare / "planted" / "index.html").write_text("a folder of its own", encoding="utf-8")
    (config.root / "site" / "dropped.html").write_text("put into the site", encoding="utf-8")
    edit(config.root)
    build_site(config)
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_site_removed_since_the_last_build_is_built_again_from_the_spare(site, tmp_path_factory):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    edit(config.root)
    build_site(config)  # a spare that shares the unchanged pages with the site
    shutil.rmtree(config.root / "site")
    edit(config.root)
    build_site(config)
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_look_alike_of_a_page_in_the_spare_is_not_taken_for_it(site, rendered, tmp_path_factory):
    """A file in the spare with the size and time the last build recorded for the page, but not the page's
    own file (another inode), is replaced, not published."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    edit(config.root)
    build_site(config)
    page = config.root / "site" / "people" / "index.html"
    copy = config.root / ".briefgen-cache" / SPARE_DIR / "people" / "index.html"
    assert copy.stat().st_ino == page.stat().st_ino  # shared, as the next build expects
    copy.unlink()
    copy.write_bytes(b"x" * page.stat().st_size)
    os.utime(copy, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns))
    edit(config.root)
    rendered.clear()
    build_site(config)
    assert "people/index.html" not in rendered  # the site's own copy, untouched, is linked instead
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_one_edited_article_renders_its_page_and_the_pages_that_list_it(site, rendered):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING, "content/c.md": UNDATED})
    build_site(config)
    everything = set(rendered)
    rendered.clear()
    # The agency that reports it: its page and the index, which lists it, show it.
    (config.root / "content" / "c.md").write_text(UNDATED.replace("---\n\n", "source: ҚазАқпарат\n---\n\n"), "utf-8")
    build_site(config)
    briefings = {path for path in rendered if path.startswith("briefings/")}
    assert briefings == {path for path in everything if path.startswith("briefings/ukimet")}
    assert "index.html" in rendered  # it lists the article
    # The undated article is in no person's, country's or topic's page: none of those is rendered again.
    assert not [path for path in rendered if path.startswith(("people/", "countries/", "topics/"))]
    assert len(rendered) < len(everything) / 2


def test_an_edit_no_listing_shows_renders_the_articles_page_alone(site, rendered, tmp_path_factory):
    """The listing pages read an article's summary (render/summary.py): a paragraph added to an untranslated
    article changes its page, and nothing the pages that list it show."""
    config = site({"content/a.md": KK_MEETING, "content/c.md": UNDATED})
    build_site(config)
    rendered.clear()
    (config.root / "content" / "c.md").write_text(UNDATED + "\nЖаңа абзац.\n", encoding="utf-8")
    build_site(config)
    assert sorted(rendered) == ["briefings/ukimet-otyrysy/index.html"]
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_sentence_added_to_a_meeting_renders_its_page_and_facts_json_alone(site, rendered, tmp_path_factory):
    """A meeting's sentence ids change with its wording; facts.json lists them, no listing page shows them."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": OTHER_MEETING})
    build_site(config)
    facts = (config.root / "site" / "facts.json").read_bytes()
    rendered.clear()
    edit(config.root)
    build_site(config)
    assert (config.root / "site" / "facts.json").read_bytes() != facts  # the ids it lists changed
    assert rendered == [f"briefings/{briefing_of(config.root, 'телефон арқылы')}/index.html"]
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_site_template_that_shows_sentence_ids_on_listing_pages_is_never_stale(site, rendered, tmp_path_factory):
    config = site({"content/a.md": KK_MEETING, "content/b.md": OTHER_MEETING})
    row = (REPO / "templates" / "partials" / "meeting_row.html").read_text(encoding="utf-8")
    (config.root / "templates" / "partials").mkdir(parents=True)
    shown = row.replace("</tr>", "<td>{{ a.meeting.sentences | join(' ') }}</td></tr>")
    (config.root / "templates" / "partials" / "meeting_row.html").write_text(shown, encoding="utf-8")
    build_site(config)
    rendered.clear()
    edit(config.root)
    build_site(config)
    assert [path for path in rendered if path.startswith("people/")]
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_page_whose_template_changed_is_rendered_again(site, rendered):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    everything = sorted(rendered)
    rendered.clear()
    change_template(config.root)
    build_site(config)
    assert sorted(rendered) == everything
    assert "Desk copy" in (config.root / "site" / "index.html").read_text(encoding="utf-8")


def test_a_page_defaced_in_the_site_is_rendered_again(site, rendered):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    before = site_files(config.root)
    (config.root / "site" / "people" / "index.html").write_text("defaced")
    edit(config.root)  # so the rebuild runs at all
    rendered.clear()
    build_site(config)
    assert "people/index.html" in rendered
    assert site_files(config.root)["people/index.html"] == before["people/index.html"]


def test_a_spare_file_shared_with_the_site_is_never_written_through(site, monkeypatch):
    """The spare shares files with the live site by hard links: staging in it replaces names, so the
    live site does not change until the swap."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    edit(config.root)
    build_site(config)
    live = snapshot(config.root / "site")
    spare = config.root / ".briefgen-cache" / SPARE_DIR
    shared = [
        path
        for path in live
        if (spare / path).exists() and (spare / path).stat().st_ino == (config.root / "site" / path).stat().st_ino
    ]
    assert shared  # the unchanged pages
    # Every page changes (the title is on each), and the build stops just before its swap.
    (config.root / "briefgen.yaml").write_text("title: Another desk\n", encoding="utf-8")

    def interrupted(staging: Path, output_dir: Path) -> None:
        raise RuntimeError("stopped before the swap")

    monkeypatch.setattr(briefgen.write, "_swap", interrupted)
    with pytest.raises(RuntimeError):
        build_site(load_config(config.root))
    assert snapshot(config.root / "site") == live


def test_serve_reloads_before_the_search_index_and_the_next_build_makes_it(site):
    """briefgen serve builds with `search_later`: the new site keeps the old index (the page is there at
    once), and the build after it, though nothing changed, indexes the site."""
    if pagefind_executable() is None:
        pytest.skip("needs Pagefind: pip install 'pagefind[bin]' (the test extra)")
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    bundle = config.root / "site" / BUNDLE
    before = {p.name: p.stat().st_ino for p in bundle.rglob("*") if p.is_file()}
    edit(config.root)
    build_site(config, search_later=True)
    assert "Жаңа абзац." in "".join(p.read_text() for p in (config.root / "site" / "briefings").rglob("index.html"))
    assert {p.name: p.stat().st_ino for p in bundle.rglob("*") if p.is_file()} == before
    settled = build_site(config)
    assert not any("nothing changed" in note for note in settled.notes)
    assert {p.name: p.stat().st_ino for p in bundle.rglob("*") if p.is_file()} != before
    assert "nothing changed" in " ".join(build_site(config).notes)


def test_an_article_that_breaks_a_listing_is_one_error_line(site):
    """A control character passes the briefing page but not the Atom feed (XML refuses it): the article
    is found, named and left out, and the rest of the site is built."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": "A\x08\n"})
    report = build_site(config)
    assert [error.path.name for error in report.errors] == ["b.md"]
    assert report.articles == 1 and (config.root / "site" / "feed.xml").is_file()


# --- serve's preview: the edited article's page first (build.preview_article) -----------------------------


def built_with_pages(site) -> tuple[object, dict[Path, str]]:
    """A site of two articles, built; and where each article's page is (what serve remembers)."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    pages: dict[Path, str] = {}
    build_site(config, published=lambda articles: pages.update({a.source.path: a.url_path for a in articles}))
    return config, pages


def test_a_preview_writes_the_page_the_build_then_gives_and_nothing_else(site, tmp_path_factory):
    config, pages = built_with_pages(site)
    article = config.root / "content" / "a.md"
    before = site_files(config.root)
    edit(config.root)
    page = preview_article(config, article, pages[article])
    assert page is not None and page.startswith(pages[article])
    previewed = site_files(config.root)
    assert "Жаңа абзац." in previewed[page].decode()
    assert {path for path in previewed if previewed[path] != before.get(path)} == {page}
    build_site(load_config(config.root))
    after = site_files(config.root)
    assert after[page] == previewed[page]
    assert after != previewed  # the pages that list the article follow in the build (its text is in facts.json)
    assert after == clean_build(config.root, tmp_path_factory.mktemp("clean"))


@pytest.mark.parametrize(
    "change",
    [
        lambda text: text.replace("title: Тоқаев", "title: Басқа тақырып"),  # a new slug: the page moves
        lambda text: text.replace("date: 2026-02-10", "date: [oops"),  # an error the build must show
        lambda text: "",  # no text
    ],
    ids=["new slug", "front matter error", "emptied"],
)
def test_a_preview_leaves_the_site_alone_where_the_build_would_say_more(site, change):
    config, pages = built_with_pages(site)
    article = config.root / "content" / "a.md"
    before = snapshot(config.root / "site")
    article.write_text(change(article.read_text(encoding="utf-8")), encoding="utf-8")
    assert preview_article(config, article, pages[article]) is None
    assert snapshot(config.root / "site") == before


def test_a_preview_of_a_file_that_is_no_article_does_nothing(site):
    config, pages = built_with_pages(site)
    (config.root / "content" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    before = snapshot(config.root / "site")
    assert preview_article(config, config.root / "content" / "notes.yaml", "briefings/x/") is None
    assert snapshot(config.root / "site") == before


def test_a_preview_never_writes_through_to_the_spare(site):
    """The spare shares the unchanged pages with the site by hard links: the preview replaces the name."""
    config, pages = built_with_pages(site)
    edit(config.root)
    build_site(config)  # the spare now holds the first site, sharing files with this one
    spare = config.root / ".briefgen-cache" / SPARE_DIR
    kept = snapshot(spare)
    article = config.root / "content" / "b.md"
    with article.open("a", encoding="utf-8") as f:
        f.write("\nНовый абзац.\n")
    page = preview_article(config, article, pages[article])
    assert page is not None and "Новый абзац." in (config.root / "site" / page).read_text(encoding="utf-8")
    assert snapshot(spare) == kept


OTHER_MEETING = KK_MEETING.replace("телефон арқылы сөйлесті", "Астанада кездесті").replace("2026-02-10", "2026-02-12")


def briefing_of(root: Path, words: str) -> str:
    """The folder of the briefing page whose text holds `words`."""
    (page,) = [p for p in (root / "site" / "briefings").glob("*/index.html") if words in p.read_text("utf-8")]
    return page.parent.name


@pytest.fixture
def rows_made(monkeypatch) -> list[str]:
    """Each row of a listing page rendered from its template (not taken from the row memo)."""
    made: list[str] = []
    real = RowMemo.put

    def counting(memo, key, row):
        made.append(row)
        real(memo, key, row)

    monkeypatch.setattr(RowMemo, "put", counting)
    return made


def test_a_listing_page_renders_again_only_the_rows_of_the_edited_article(site, rows_made, tmp_path_factory):
    config = site({"content/a.md": KK_MEETING, "content/b.md": OTHER_MEETING})
    build_site(config)
    first = len(rows_made)
    rows_made.clear()
    edit(config.root)
    build_site(config)
    edited = briefing_of(config.root, "Жаңа абзац")
    assert rows_made and len(rows_made) < first
    assert all(f"/{edited}/" in row for row in rows_made)
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def edit_a_figure(root: Path) -> None:
    """An edit the listing pages show: a figure of the meeting, which its rows give."""
    path = root / "content" / "a.md"
    path.write_text(path.read_text(encoding="utf-8").replace("2 млрд.", "3 млрд."), encoding="utf-8")


def test_a_damaged_row_memo_is_made_again_never_published(site, tmp_path_factory):
    config = site({"content/a.md": KK_MEETING, "content/b.md": OTHER_MEETING})
    build_site(config)
    memo = config.root / ".briefgen-cache" / ROW_MEMO_FILE
    with sqlite3.connect(memo) as db:
        db.execute("UPDATE memo SET value = CAST('<b>Injected</b>' AS BLOB)")
    edit_a_figure(config.root)
    build_site(config)
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))
    assert stored_rows(memo) and not any("Injected" in row for row in stored_rows(memo).values())


def stored_rows(memo: Path) -> dict[str, str]:
    with sqlite3.connect(memo) as db:
        rows = db.execute("SELECT grp, key, value FROM memo")
        return {f"{g}:{k}": unpacked(v) or v.decode(errors="replace") for g, k, v in rows}


def test_the_row_memo_keeps_the_rows_of_the_articles_there_are(site):
    config = site({"content/a.md": KK_MEETING, "content/b.md": OTHER_MEETING})
    build_site(config)
    memo = config.root / ".briefgen-cache" / ROW_MEMO_FILE
    both = stored_rows(memo)
    kept = briefing_of(config.root, "телефон арқылы")
    delete(config.root)
    build_site(config)
    left = stored_rows(memo)
    assert left and set(left) < set(both)
    # Each row kept is of the article there is: the rows of pages, and the hash of its summary (Keys.summary).
    rows = {name: row for name, row in left.items() if SUMMARY not in name}
    assert rows and all(f"/{kept}/" in row for row in rows.values())
    assert len(left) == len(rows) + 1


def call_on(day: int) -> str:
    """The Kazakh phone call of conftest, told again on another day of February: the same people, countries
    and topics, so that each of their pages lists one article a page with `meetings_per_page: 1`."""
    return KK_MEETING.replace("2026-02-10", f"2026-02-{day:02}").replace("сөйлесті\n", f"сөйлесті ({day})\n", 1)


ENTRY_SECTIONS = ("people/", "countries/", "topics/")


def entry_pages(paths: list[str]) -> set[str]:
    """The pages of people, countries and topics among `paths`, less the sections' lists."""
    return {path for path in paths if path.startswith(ENTRY_SECTIONS) and path.count("/") > 1}


def test_an_edit_renders_again_the_one_page_of_each_entry_that_lists_its_meeting(site, rendered, tmp_path_factory):
    files = {f"content/{day}.md": call_on(day) for day in (10, 11, 12)}
    config = site(files, "meetings_per_page: 1\n")
    build_site(config)
    everything = entry_pages(rendered)
    assert {path for path in everything if path.endswith("/page/3/index.html")}, "three pages an entry"
    rendered.clear()
    path = config.root / "content" / "11.md"  # a figure of its meeting, which the meeting's rows show
    path.write_text(path.read_text(encoding="utf-8").replace("2 млрд.", "3 млрд."), encoding="utf-8")
    build_site(config)
    # The article of the 11th is the second newest: on page 2 of each of its people, countries and topics,
    # whose facts (page 1) the edit leaves as they were.
    again = entry_pages(rendered)
    assert again == {path for path in everything if path.endswith("/page/2/index.html")}
    assert not {"people/index.html", "countries/index.html", "topics/index.html"} & set(rendered)  # same counts
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_an_added_article_renders_only_its_own_rows_where_no_other_row_moves(site, rows_made, tmp_path_factory):
    config = site({f"content/{day}.md": call_on(day) for day in (11, 12)}, "meetings_per_page: 1\n")
    build_site(config)
    rows_made.clear()
    (config.root / "content" / "10.md").write_text(call_on(10), encoding="utf-8")
    build_site(config)
    added = briefing_of(config.root, "сөйлесті (10)")
    # The oldest article goes on a page of its own at the end: the pages before it are rendered again (their
    # pager counts one page more), each row of theirs from the memo.
    assert rows_made and all(f"/{added}/" in row for row in rows_made)
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))


def test_a_link_planted_deep_in_the_spare_is_never_written_through(site, tmp_path_factory):
    """A folder of the spare replaced by a link, above a page's own folder: staging makes real folders all
    the way down, so no page is written through the link (outside the spare), and none goes missing."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    edit(config.root)
    build_site(config)  # the spare now holds the first site
    spare = config.root / ".briefgen-cache" / SPARE_DIR
    deep = next(path for path in sorted(spare.rglob("*.html")) if len(path.relative_to(spare).parts) >= 3)
    top = spare / deep.relative_to(spare).parts[0]
    outside = tmp_path_factory.mktemp("outside") / top.name
    shutil.move(top, outside)
    top.symlink_to(outside, target_is_directory=True)
    before = snapshot(outside)
    edit(config.root)
    build_site(config)
    assert snapshot(outside) == before
    assert site_files(config.root) == clean_build(config.root, tmp_path_factory.mktemp("clean"))
    assert not (config.root / "site" / top.name).is_symlink()
