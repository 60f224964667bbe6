"""The build: `build_site` asks the manifest whether anything changed before it imports the pipeline.

A rebuild with nothing changed is most of what an editor runs, and the stages (sentence splitting, facts,
rendering, translation) take longer to import than the manifest takes to check: so this module imports only
the manifest and what it hashes, and pipeline.py, the build that runs, is imported when something changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..config import Config
from ..manifest import Manifest
from ..model import Article, BuildReport
from ..progress import SILENT, Progress
from .failures import BuildFailed, StrictRefusal

if TYPE_CHECKING:
    from ..translate import Translator

__all__ = ["BuildFailed", "StrictRefusal", "build_site"]


def build_site(
    config: Config,
    strict: bool = False,
    translator: Translator | None = None,
    progress: Progress = SILENT,
    search_later: bool = False,
    published: Callable[[list[Article]], None] | None = None,
) -> BuildReport:
    """Build the site into output_dir; raises BuildFailed (StrictRefusal under `strict`) without writing.
    Articles with content errors are left out and named in the report; the others are built.
    `search_later` (serve): the new site keeps the old search index, and the next build, even with nothing
    changed, makes the new one (Pagefind takes seconds; an editor waits for the page, not the index).
    `published` (serve) is given the articles whose pages the new site holds (not called when nothing
    changed and nothing was built)."""
    started = time.perf_counter()
    # A translator given by the caller is an input the manifest cannot see: such a build always runs.
    incremental = Manifest(config, enabled=translator is None)
    if last := incremental.unchanged():
        return _as_before(last, strict, started)
    from .pipeline import build_changed

    return build_changed(config, incremental, started, strict, translator, progress, search_later, published)


def _as_before(last: BuildReport, strict: bool, started: float) -> BuildReport:
    """Nothing changed since the last build (see manifest.py): its report, and the site as it is."""
    if strict and (last.errors or last.untranslated):
        raise StrictRefusal(last)
    last.seconds = time.perf_counter() - started
    # Said, so that nobody waits for a change that has not been picked up (a file saved elsewhere, say).
    last.notes = [*last.notes, "nothing changed since the last build: the site was left as it was"]
    return last
