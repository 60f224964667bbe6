"""Pagefind is given the pages marked for the index alone, and indexes them as it would in the whole site."""

import subprocess
from pathlib import Path

import pytest

from briefgen.render import search
from briefgen.render.search import BUNDLE, PAGES_DIR, index_site, pagefind_executable


def page(body: str) -> str:
    return f"<!doctype html><html lang='en'><head><title>t</title></head><body>{body}</body></html>"


MARKED = "<main data-pagefind-body><h1>Talks on water</h1><p>The sides discussed the Syr Darya.</p></main>"


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


def test_the_marked_pages_are_indexed_as_in_the_whole_site(tmp_path, pagefind, monkeypatch):
    files = {
        "briefings/a/index.html": page(MARKED),
        "briefings/b/index.html": page(MARKED.replace("water", "trade")),
        "topics/water/index.html": page("<ul><li>Talks on water, and every other meeting</li></ul>" * 50),
        "index.html": page("<p>Latest briefings</p>"),
    }
    write(tmp_path / "site", files)
    write(tmp_path / "whole", files)
    given: list[str] = []
    real = subprocess.run

    def run(command, **kwargs):
        folder = Path(command[command.index("--site") + 1])
        given.extend(sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html")))
        return real(command, **kwargs)

    monkeypatch.setattr(search.subprocess, "run", run)
    index_site(tmp_path / "site", pagefind, keep_index_url=False)
    monkeypatch.undo()
    assert given == ["briefings/a/index.html", "briefings/b/index.html"]
    whole = [str(pagefind), "--site", str(tmp_path / "whole"), "--output-subdir", BUNDLE, "--silent"]
    subprocess.run(whole, check=True, capture_output=True)
    # The fragments (one a page indexed, named by their content) and the word index are the same files;
    # the filter files and the entry naming them differ from one Pagefind run to the next anyway.
    for part in ("fragment", "index"):
        ours, theirs = (
            sorted(p.name for p in (root / BUNDLE / part).iterdir()) for root in (tmp_path / "site", tmp_path / "whole")
        )
        assert ours == theirs and ours
    assert len(list((tmp_path / "site" / BUNDLE / "fragment").iterdir())) == 2
    assert not (tmp_path / "site" / PAGES_DIR).exists()


def test_a_site_with_no_marked_page_is_indexed_whole(tmp_path, pagefind):
    write(tmp_path, {"index.html": page("<p>Talks on water</p>"), "about/index.html": page("<p>About us</p>")})
    index_site(tmp_path, pagefind, keep_index_url=False)
    assert len(list((tmp_path / BUNDLE / "fragment").iterdir())) == 2
