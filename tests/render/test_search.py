"""Pagefind is given the pages marked for the index alone, shard by shard, and a rebuild indexes again only
the shards whose pages changed."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from briefgen.render import search
from briefgen.render.search import (
    BUNDLE,
    PAGES_DIR,
    RECORD_FILE,
    SHARDS_FILE,
    SearchFailed,
    index_site,
    pagefind_executable,
    shard_of,
)
from briefgen.write import link_tree


def page(body: str) -> str:
    return f"<!doctype html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"


def briefing(word: str) -> str:
    return page(f"<main data-pagefind-body><h1>Talks on {word}</h1><p>The sides discussed {word}.</p></main>")


# Eight briefings spread over four shards (the small count keeps the tests quick; the build uses SHARDS).
SHARDS = 4
WORDS = ["water", "trade", "grain", "rail", "gas", "wheat", "cotton", "copper"]
BRIEFINGS = {f"briefings/{word}/index.html": briefing(word) for word in WORDS}


@pytest.fixture
def pagefind() -> Path:
    found = pagefind_executable()
    if found is None:
        pytest.skip("needs Pagefind: pip install 'pagefind[bin]' (the test extra)")
    return found


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def record(site: Path) -> dict[str, str]:
    """The digest of each shard, by name, as the next build reads it."""
    shards = [entry["path"].rstrip("/") for entry in json.loads((site / BUNDLE / SHARDS_FILE).read_text())["shards"]]
    digests = json.loads((site / BUNDLE / RECORD_FILE).read_text())["shards"]
    assert sorted(digests) == sorted(shards), "the search page reads the shards the record names"
    return digests


def fragments(site: Path) -> dict[str, list[str]]:
    """Each shard's fragment files: one a page indexed, named by its content (stable from run to run)."""
    return {name: sorted(p.name for p in (site / BUNDLE / name / "fragment").iterdir()) for name in record(site)}


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def rebuilt(live: Path, new: Path, pagefind: Path, files: dict[str, str]) -> search.Indexed:
    """The next build's staging folder: the pages as they are now, indexed beside the live site."""
    write(new, files)
    return index_site(new, pagefind, keep_index_url=False, previous=live / BUNDLE, shards=SHARDS)


def test_only_the_marked_pages_are_indexed_each_in_its_shard(tmp_path, pagefind, monkeypatch):
    files = {
        **BRIEFINGS,
        "topics/water/index.html": page("<ul><li>Talks on water, and every other meeting</li></ul>" * 50),
        "index.html": page("<p>Latest briefings</p>"),
    }
    write(tmp_path / "site", files)
    given: dict[str, list[str]] = {}
    real = subprocess.run

    def run(command, **kwargs):
        folder = Path(command[command.index("--site") + 1])
        given[folder.name] = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
        return real(command, **kwargs)

    monkeypatch.setattr(search.subprocess, "run", run)
    done = index_site(tmp_path / "site", pagefind, keep_index_url=False, shards=SHARDS)
    monkeypatch.undo()
    assert sorted(path for pages in given.values() for path in pages) == sorted(BRIEFINGS)
    assert all(shard_of(path, SHARDS) == int(name) for name, pages in given.items() for path in pages)
    assert len(given) > 1 and sorted(done.indexed) == sorted(given) and done.kept == ()
    assert sum(len(names) for names in fragments(tmp_path / "site").values()) == len(BRIEFINGS)
    # The search page loads the UI from pagefind/ before it reads the list of shards.
    assert (tmp_path / "site" / BUNDLE / "pagefind-ui.js").is_file()
    assert not (tmp_path / "site" / PAGES_DIR).exists()


def test_a_shard_indexes_its_pages_as_pagefind_does_alone(tmp_path, pagefind):
    """The fragments of every shard together are those of one Pagefind run over the whole site."""
    write(tmp_path / "site", BRIEFINGS)
    write(tmp_path / "whole", BRIEFINGS)
    index_site(tmp_path / "site", pagefind, keep_index_url=False, shards=SHARDS)
    whole = [str(pagefind), "--site", str(tmp_path / "whole"), "--output-subdir", BUNDLE, "--silent"]
    subprocess.run(whole, check=True, capture_output=True)
    ours = sorted(name for names in fragments(tmp_path / "site").values() for name in names)
    assert ours == sorted(p.name for p in (tmp_path / "whole" / BUNDLE / "fragment").iterdir())


def test_a_site_with_no_marked_page_is_indexed_whole(tmp_path, pagefind):
    write(tmp_path, {"index.html": page("<p>Talks on water</p>"), "about/index.html": page("<p>About us</p>")})
    index_site(tmp_path, pagefind, keep_index_url=False, shards=SHARDS)
    assert sum(len(names) for names in fragments(tmp_path).values()) == 2


def test_a_rebuild_indexes_only_the_shard_of_the_changed_page(tmp_path, pagefind):
    live, new = tmp_path / "live", tmp_path / "new"
    write(live, BRIEFINGS)
    index_site(live, pagefind, keep_index_url=False, shards=SHARDS)
    changed = "briefings/grain/index.html"
    done = rebuilt(live, new, pagefind, {**BRIEFINGS, changed: briefing("grain and flour")})
    assert done.indexed == (f"{shard_of(changed, SHARDS)}",)
    assert sorted(done.kept) == sorted(set(record(live)) - set(done.indexed))
    for name in done.kept:  # the live site's files, linked: not written again
        assert inodes(new / BUNDLE / name) == inodes(live / BUNDLE / name)
    assert fragments(new)[done.indexed[0]] != fragments(live)[done.indexed[0]]
    assert record(new)[done.indexed[0]] != record(live)[done.indexed[0]]


def test_a_clean_build_and_a_rebuild_give_the_same_shards(tmp_path, pagefind):
    """What a shard holds depends on the pages alone, not on the build that indexed them."""
    live, new, clean = tmp_path / "live", tmp_path / "new", tmp_path / "clean"
    write(live, BRIEFINGS)
    index_site(live, pagefind, keep_index_url=False, shards=SHARDS)
    now = {**BRIEFINGS, "briefings/rail/index.html": briefing("rail and roads")}
    rebuilt(live, new, pagefind, now)
    write(clean, now)
    index_site(clean, pagefind, keep_index_url=False, shards=SHARDS)
    assert record(new) == record(clean)
    assert fragments(new) == fragments(clean)


def test_a_removed_page_leaves_its_shard(tmp_path, pagefind):
    live, new = tmp_path / "live", tmp_path / "new"
    write(live, BRIEFINGS)
    index_site(live, pagefind, keep_index_url=False, shards=SHARDS)
    gone = "briefings/cotton/index.html"
    done = rebuilt(live, new, pagefind, {path: text for path, text in BRIEFINGS.items() if path != gone})
    assert done.indexed == (f"{shard_of(gone, SHARDS)}",)
    total = sum(len(names) for names in fragments(new).values())
    assert total == len(BRIEFINGS) - 1


def test_another_option_or_a_damaged_record_indexes_every_shard(tmp_path, pagefind):
    live, new = tmp_path / "live", tmp_path / "new"
    write(live, BRIEFINGS)
    index_site(live, pagefind, keep_index_url=False, shards=SHARDS)
    write(new, BRIEFINGS)
    done = index_site(new, pagefind, keep_index_url=True, previous=live / BUNDLE, shards=SHARDS)
    assert done.kept == () and sorted(done.indexed) == sorted(record(live))
    (live / BUNDLE / RECORD_FILE).write_text("{not json", encoding="utf-8")
    shutil.rmtree(new)
    done = rebuilt(live, new, pagefind, BRIEFINGS)
    assert done.kept == () and sorted(done.indexed) == sorted(record(new))


def test_a_failed_run_leaves_no_bundle(tmp_path, pagefind):
    write(tmp_path, BRIEFINGS)
    broken = tmp_path / "pagefind-broken"
    broken.write_text("#!/bin/sh\necho 'Error: out of memory' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    with pytest.raises(SearchFailed, match="out of memory"):
        index_site(tmp_path, broken, keep_index_url=False, shards=SHARDS)
    assert not (tmp_path / BUNDLE).exists() and not (tmp_path / PAGES_DIR).exists()


def test_a_rebuild_reads_only_the_pages_the_writer_did_not_keep(tmp_path, pagefind, monkeypatch):
    """The writer keeps an unchanged page as a hard link to the live site's file: the record of the live
    bundle says what it holds, so only the other pages are read, and the shards come out as in a clean
    build of the same pages."""
    live, new, clean = tmp_path / "live", tmp_path / "new", tmp_path / "clean"
    files = {**BRIEFINGS, "index.html": page("<p>Latest briefings</p>")}
    write(live, files)
    index_site(live, pagefind, keep_index_url=False, shards=SHARDS)
    changed = "briefings/wheat/index.html"
    link_pages(live, new, but=changed)
    write(new, {changed: briefing("wheat and barley")})
    read: list[str] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.relative_to(new).as_posix()) or real(path))
    done = index_site(new, pagefind, keep_index_url=False, previous=live / BUNDLE, shards=SHARDS)
    monkeypatch.undo()
    assert read == [changed]
    assert done.indexed == (f"{shard_of(changed, SHARDS)}",)
    write(clean, {**files, changed: briefing("wheat and barley")})
    index_site(clean, pagefind, keep_index_url=False, shards=SHARDS)
    assert record(new) == record(clean) and fragments(new) == fragments(clean)


def link_pages(source: Path, target: Path, but: str = "") -> None:
    """A staging folder as the writer leaves it: every page but `but` a hard link to the live site's."""
    for path in source.rglob("*.html"):
        rel = path.relative_to(source).as_posix()
        if rel != but and not rel.startswith(BUNDLE + "/"):
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).hardlink_to(path)


def test_a_page_changed_under_an_index_kept_from_before_is_indexed_by_the_next_build(tmp_path, pagefind):
    """briefgen serve's build keeps the last index for its new pages (search_later): the record then
    describes older files, and the next build reads the pages that are not those files."""
    live, served, after = tmp_path / "live", tmp_path / "served", tmp_path / "after"
    write(live, BRIEFINGS)
    index_site(live, pagefind, keep_index_url=False, shards=SHARDS)
    changed = "briefings/gas/index.html"
    link_pages(live, served, but=changed)
    write(served, {changed: briefing("gas and oil")})
    link_tree(live / BUNDLE, served / BUNDLE)
    link_pages(served, after)
    done = index_site(after, pagefind, keep_index_url=False, previous=served / BUNDLE, shards=SHARDS)
    assert done.indexed == (f"{shard_of(changed, SHARDS)}",)
