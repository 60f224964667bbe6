"""Search that needs no server: Pagefind indexes the rendered pages into a static bundle (site/pagefind/)
that the search page loads in the browser. Pagefind is optional (`pip install 'briefgen[search]'`, which
brings its binary); without it the site builds the same, and the search page says search is off.

Pages mark what is indexed: `data-pagefind-body` on the briefing and person pages, and people and places
as `data-pagefind-filter`s in the fact boxes. The text is indexed as it is on the page, English, Kazakh
and Russian alike.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from ..installed import pagefind_executable as pagefind_executable

BUNDLE = "pagefind"
# Bounds the work: Pagefind indexes a thousand pages in a few seconds.
TIMEOUT_SECONDS = 600
INSTALL_HINT = "search is off: install Pagefind with `pip install 'briefgen[search]'` and build again"


class SearchFailed(Exception):
    """Pagefind is there but could not index the site; the message says why."""


def index_site(folder: Path, executable: Path, keep_index_url: bool) -> None:
    """Make the Pagefind bundle (pagefind/) in a site folder from the pages in it: those marked for the
    index (`data-pagefind-body`); the listings (index, topics…) would cost time for nothing. On failure no
    bundle is left there."""
    bundle = folder / BUNDLE
    with _marked_only(folder) as pages:
        command = [str(executable), "--site", str(pages), "--output-path", str(bundle), "--silent"]
        if keep_index_url:
            command.append("--keep-index-url")
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            shutil.rmtree(bundle, ignore_errors=True)
            raise SearchFailed(f"{executable}: {exc}") from None
    if done.returncode != 0:
        shutil.rmtree(bundle, ignore_errors=True)
        problem = (done.stderr or done.stdout).strip().splitlines()
        raise SearchFailed(f"pagefind failed: {problem[-1] if problem else f'exit {done.returncode}'}")


MARK = b"data-pagefind-body"
PAGES_DIR = ".search-pages"


@contextlib.contextmanager
def _marked_only(folder: Path) -> Iterator[Path]:
    """A folder inside `folder` of hard links to its pages marked for the index, at the same paths (so the
    same URLs), for Pagefind to read: it parses every page it is given, marked or not, and the listing
    pages are a quarter of a site's bytes (a topic's page lists every meeting of it). Pagefind indexes
    every page when none is marked, so then, or where hard links cannot be made, `folder` itself."""
    pages = folder / PAGES_DIR
    try:
        marked = [path for path in folder.rglob("*.html") if MARK in path.read_bytes()]
        for path in marked:
            link = pages / path.relative_to(folder)
            link.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, link)
    except OSError:
        marked = []
    try:
        yield pages if marked else folder
    finally:
        shutil.rmtree(pages, ignore_errors=True)
