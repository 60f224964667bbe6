"""Search that needs no server: Pagefind indexes the rendered pages into a static bundle (site/pagefind/)
that the search page loads in the browser. Pagefind is optional (`pip install 'briefgen[search]'`, which
brings its binary); without it the site builds the same, and the search page says search is off.

Pages mark what is indexed: `data-pagefind-body` on the briefing and person pages, and people and places
as `data-pagefind-filter`s in the fact boxes. The text is indexed as it is on the page, English, Kazakh
and Russian alike.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ..write import safe_relative

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


def index_pages(pages: Mapping[str, bytes], executable: Path, keep_index_url: bool) -> dict[str, bytes]:
    """The Pagefind bundle for these pages, as {site path: bytes} under pagefind/."""
    with tempfile.TemporaryDirectory(prefix="briefgen-search-") as tmp:
        # An OSError here (a full disk) is the build's to report: it stops before writing the site.
        root = Path(tmp) / "site"
        for path, data in pages.items():
            # Only the pages marked for the index: the listings (index, topics…) would cost time for nothing.
            if path.endswith(".html") and b"data-pagefind-body" in data:
                target = root / safe_relative(path)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        command = [str(executable), "--site", str(root), "--output-subdir", BUNDLE, "--silent"]
        if keep_index_url:
            command.append("--keep-index-url")
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SearchFailed(f"{executable}: {exc}") from None
        if done.returncode != 0:
            problem = (done.stderr or done.stdout).strip().splitlines()
            raise SearchFailed(f"pagefind failed: {problem[-1] if problem else f'exit {done.returncode}'}")
        bundle = root / BUNDLE
        return {
            f"{BUNDLE}/{file.relative_to(bundle).as_posix()}": file.read_bytes()
            for file in sorted(bundle.rglob("*"))
            if file.is_file()
        }
