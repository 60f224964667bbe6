"""Search that needs no server: Pagefind indexes the rendered pages into a static bundle (site/pagefind/)
that the search page loads in the browser. Pagefind is optional (`pip install 'briefgen[search]'`, which
brings its binary); without it the site builds the same, and the search page says search is off.

Pages mark what is indexed: `data-pagefind-body` on the briefing and person pages, and people and places
as `data-pagefind-filter`s in the fact boxes. The text is indexed as it is on the page, English, Kazakh
and Russian alike.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

BUNDLE = "pagefind"
# Bounds the work: Pagefind indexes a thousand pages in a few seconds.
TIMEOUT_SECONDS = 600
INSTALL_HINT = "search is off: install Pagefind with `pip install 'briefgen[search]'` and build again"


class SearchFailed(Exception):
    """Pagefind is there but could not index the site; the message says why."""


def pagefind_executable() -> Path | None:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    try:
        return Path(get_executable())
    except FileNotFoundError:
        return None


def index_site(folder: Path, executable: Path, keep_index_url: bool) -> None:
    """Make the Pagefind bundle (pagefind/) in a site folder from the pages in it: those marked for the
    index (`data-pagefind-body`); the listings (index, topics…) would cost time for nothing. On failure no
    bundle is left there."""
    bundle = folder / BUNDLE
    command = [str(executable), "--site", str(folder), "--output-subdir", BUNDLE, "--silent"]
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
