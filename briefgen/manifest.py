"""Rebuilds that redo only what changed: what the last build read, and what it wrote.

The manifest (manifest.json in the cache folder) records a fingerprint of everything a build reads (every
file under content/, the site's templates, static files, gazetteer and glossary files, the configuration,
the installed translation packages, the cache folder's translation memory, and briefgen's own code,
templates and data), the report that build gave, the render key and a hash of every file it rendered (the
render memo, render/memo.py), and the size and time of every file it left in the site.

- Nothing changed (same inputs, and the site exactly as that build left it): the build does nothing and
  gives the same report again.
- Something changed: the build runs; a file whose render key is the one recorded, and whose copy in the
  site nobody has touched since, is not rendered at all; one rendered to the bytes the site holds is not
  written. Either is hard-linked from the site into the staging folder (where it mostly is already: see
  write.py's spare). The site is still replaced whole and at once, so a failed build leaves it as it was.

The manifest is written only after the site is in place: a build that fails leaves the old manifest, whose
record of the site or of the inputs no longer matches, so the next build runs in full.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterator, Mapping
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config
from .installed import packages_dir, pagefind_executable
from .model import BuildReport, ContentError, Output, StreamedOutput, content_hash
from .tree import Refused, status_of_names, walk_files

MANIFEST_FILE = "manifest.json"
# The previous site, kept in the cache folder as the next build's staging folder (write.py).
SPARE_DIR = "previous-site"
# The rows of listing pages (render/memo.py, RowMemo) and the articles as read (article_memo.py): memos
# keyed on all they were made from, so not inputs; and hashing their megabytes would slow every start.
ROW_MEMO_FILE = "rows.sqlite3"
ARTICLE_MEMO_FILE = "articles.sqlite3"
MEMO_FILES = frozenset(f"{name}{suffix}" for name in (ROW_MEMO_FILE, ARTICLE_MEMO_FILE) for suffix in ("", "-journal"))
# Compiled templates (render/environment.py): checked against their sources when read, so not an input.
TEMPLATES_BYTECODE = "templates-bytecode"
FORMAT = 3
PACKAGE_DIR = Path(__file__).parent
# size, mtime in nanoseconds, inode: the inode tells the spare's copy of a file that the site shares (a hard
# link, see write.py) from another file of the same size and time.
Stat = tuple[int, int, int]
# Files up to this size are read whole for the fingerprint; a larger one (a video in static/, an article
# the loader refuses for its size) is known by its size and time, so no input makes the check unbounded.
WHOLE_FILE_LIMIT = 4 * 2**20


def _digest() -> Any:
    return hashlib.blake2b(digest_size=16)


def _files(folder: Path, skip: frozenset[str] = frozenset({"__pycache__"})) -> Iterator[Path | Refused]:
    """Every file under folder, in a fixed order, and what the walk left out (a link out of the folder, a
    FIFO): the walker the loader uses, so a folder nested too deep for recursion is no crash here either.
    No depth limit: the loader's own limit makes a refusal, and this only has to see every name."""
    if folder.is_dir():
        yield from walk_files(folder, max_depth=sys.maxsize, skip=skip.__contains__)


# What the fingerprint read of each article file it read whole, by its path: the digest of its bytes and its
# time (st_mtime). The article memo keys each article by these (article_memo._key) rather than reading every
# file again moments later (15 ms of a one-article rebuild at 1,000 articles).
FileDigests = dict[str, tuple[bytes, float]]


def file_digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _add_file(digest: Any, path: Path) -> tuple[bytes, float] | None:
    """A file's part of a fingerprint, read only where reading is safe and bounded: a link by where it
    points, a FIFO or device by its kind (opening a FIFO would wait forever), a large file by size and
    time. The digest and time of a regular file read whole; None for any other."""
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            digest.update(b"link " + os.fsencode(os.readlink(path)))
        elif not stat.S_ISREG(info.st_mode):
            digest.update(f"special {stat.S_IFMT(info.st_mode)}".encode())
        elif info.st_size > WHOLE_FILE_LIMIT:
            digest.update(f"large {info.st_size} {info.st_mtime_ns}".encode())
        else:
            whole = file_digest(path.read_bytes())
            digest.update(whole)
            return whole, info.st_mtime
    except OSError:
        digest.update(b"unreadable")
    return None


def _add_files(
    digest: Any, label: str, folder: Path, skip: frozenset[str] = frozenset(), read: FileDigests | None = None
) -> None:
    """The files under `folder` into `digest`; into `read`, what was read of each regular file (_add_file)."""
    digest.update(f"\0{label}\0".encode())
    for path in _files(folder, skip | {"__pycache__"}):
        if isinstance(path, Refused):  # by its line, which names where a link points
            digest.update(os.fsencode(str(path)) + b"\0")
            continue
        # A SQLite -wal file holds writes not yet in the database, so it counts; -shm is only its index.
        if path.name in skip or path.name.endswith("-shm") or path.name.startswith("."):
            continue
        digest.update(os.fsencode(path.relative_to(folder).as_posix()) + b"\0")  # names need not be UTF-8
        found = _add_file(digest, path)
        if read is not None and found is not None:
            read[os.fspath(path)] = found


def render_fingerprint(config: Config) -> str:
    """What every page's bytes depend on besides its articles: briefgen's code, templates and data, the
    site's templates and the configuration (see render/memo.py)."""
    digest = _digest()
    digest.update(f"briefgen {__version__}\0{config!r}\0".encode(errors="surrogateescape"))
    _add_files(digest, "briefgen", PACKAGE_DIR)
    _add_files(digest, "default templates", Path(str(resources.files("briefgen.default_templates"))))
    _add_files(digest, "templates", config.path(config.templates_dir))
    return digest.hexdigest()


def inputs_fingerprint(config: Config, render: str | None = None, content: FileDigests | None = None) -> str:
    """Everything a build reads but its cache folder, as one hash, taken when the build starts. Files are
    read whole rather than trusted by date: articles are small, and an edit that keeps a file's size and
    time must still count. `content` gets what was read of each file of the content folder."""
    digest = _digest()
    digest.update((render or render_fingerprint(config)).encode())
    _add_files(digest, "content", config.path(config.content_dir), read=content)
    _add_files(digest, "static", config.path(config.static_dir))
    for path in (*config.facts.gazetteer, *config.translation.glossary):
        digest.update(b"\0file " + os.fsencode(path) + b"\0")
        _add_file(digest, config.path(path))
    # Pagefind, when search is on: installing it (or another version) changes the site.
    search = pagefind_executable() if config.search else None
    digest.update(b"\0search ")
    if search is not None:
        digest.update(os.fsencode(search))
        _add_file(digest, search)
    packages = packages_dir(config)
    digest.update(b"\0packages " + os.fsencode(packages) + b"\0")
    for path in _files(packages):  # model files are large: their size and time stand for them
        if isinstance(path, Refused):
            digest.update(os.fsencode(str(path)) + b"\0")
            continue
        info = path.stat()
        digest.update(os.fsencode(path.relative_to(packages)) + f"\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _with_cache(sources: str, cache_dir: Path) -> str:
    """The inputs with the cache folder (translation memory, stored splits and facts) as it is now: taken
    after a build for the record, and before the next to compare, so the build's own writes there count
    as the state it left, while a `briefgen memory` edit in between counts as a change."""
    digest = _digest()
    digest.update(sources.encode())
    _add_files(digest, "cache", cache_dir, skip=frozenset({MANIFEST_FILE, SPARE_DIR, TEMPLATES_BYTECODE}) | MEMO_FILES)
    return digest.hexdigest()


def site_files(output_dir: Path) -> dict[str, Stat]:
    """Each file of the site with its size, time and inode: what tells a site left alone from one touched.
    Every name but a folder counts, a link or FIFO by its own status (none is followed), and a folder that
    cannot be read by a mark no file has, so that any of them counts as a change."""
    return {path: (-1, -1, -1) if info is None else stat_of(info) for path, info in status_of_names(output_dir).items()}


def stat_of(info: os.stat_result) -> Stat:
    return info.st_size, info.st_mtime_ns, info.st_ino


class Manifest:
    """The last build's record, read from the cache folder (an unreadable or old one counts as none), and
    the inputs of the build starting now."""

    def __init__(self, config: Config, enabled: bool = True):
        """Disabled (`enabled=False`): it skips nothing, links nothing and records nothing."""
        self.enabled = enabled
        # A translation server is an input no file shows: a sentence it did not translate last time (it was
        # down, or lacked the language) may be translated now, so such a build is never skipped.
        translation = config.translation
        self.server = translation.enabled and translation.backend == "libretranslate"
        self.render = render_fingerprint(config)
        # What the fingerprint read of each article file, for the article memo's keys (FileDigests).
        self.content: FileDigests = {}
        self.sources = inputs_fingerprint(config, self.render, self.content) if enabled else ""
        self.cache_dir = config.path(config.cache_dir)
        self.path = self.cache_dir / MANIFEST_FILE
        self.output_dir = config.path(config.output_dir)
        self.data: dict[str, Any] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8")) if enabled else None
            if isinstance(data, dict) and data.get("format") == FORMAT:
                self.data = data
        except (OSError, ValueError):
            pass
        # site path → [render key, hash of the bytes]
        self.pages: dict[str, list[str]] = self.data.get("pages", {})
        self.site: dict[str, list[int]] = self.data.get("site", {})
        self.spare = self.cache_dir / SPARE_DIR if enabled else None
        self.row_memo = self.cache_dir / ROW_MEMO_FILE if enabled else None
        # The build's staging folder, once write_site has made it (`staging_at`): mostly the spare, whose files
        # the last build shares with the site.
        self.staging: str | None = None
        self._site_dev: int | None = None
        # Folders of the live site looked at (see _live): True where a folder, not a link, all the way up.
        self._folders: dict[str, bool] = {}
        # The new site's files as write_site staged them (`listed`), for the record.
        self._written: dict[str, Stat] | None = None

    def render_key(self, search: bool) -> str:
        """The render memo's key for this build's pages (render/memo.py)."""
        return f"{self.render} search={search}"

    def unchanged(self) -> BuildReport | None:
        """The last build's report, if it read the same inputs as this one and its site is there as it
        left it."""
        if not self.data or self.data.get("inputs") != _with_cache(self.sources, self.cache_dir):
            return None
        if self.data.get("search_pending"):  # the site carries the search index of an earlier build
            return None
        if {path: list(info) for path, info in site_files(self.output_dir).items()} != self.site:
            return None
        last = _report_from_json(self.data["report"])
        return None if self.server and last.untranslated else last

    def staging_at(self, staging: Path) -> None:
        """Where write_site stages this build's site (write.py): a page's recorded copy is looked for there
        first."""
        self.staging = os.fspath(staging)

    def listed(self, listing: Mapping[str, os.stat_result | None]) -> None:
        """The new site's files as write_site swaps them in (write.Listed): the record is made of them, not
        of another walk of the site once it is in place."""
        self._written = {path: (-1, -1, -1) if info is None else stat_of(info) for path, info in listing.items()}

    def fresh(self, path: str, key: str) -> str | None:
        """The hash of the site's copy of `path` if the last build made it with this render key and nobody
        has touched it since: then it need not be rendered again (render.site_outputs)."""
        recorded = self.pages.get(path)
        if not self.enabled or recorded is None or recorded[0] != key:
            return None
        staged = self.staging is not None and self._is_recorded(os.path.join(self.staging, path), path)
        return recorded[1] if staged or self._live(path) is not None else None

    def _is_recorded(self, staged: str, path: str) -> bool:
        """Whether `staged` is the very file the last build left in the site at `path`, untouched: the same
        inode (the spare shares the site's unchanged files by hard links, write.py) with the size and time
        recorded. Then the site need not be looked at for it: one look at each staged file replaced a walk
        of the whole live site (30-36 ms of a one-article rebuild at 1,000 articles)."""
        recorded = self.site.get(path)
        try:
            info = os.lstat(staged)
            if self._site_dev is None:
                self._site_dev = os.stat(self.output_dir).st_dev
        except OSError:  # no such file staged; or no site (removed since): its record says nothing then
            return False
        return (
            recorded is not None
            and stat.S_ISREG(info.st_mode)
            and info.st_dev == self._site_dev
            and list(stat_of(info)) == recorded
        )

    def _live(self, path: str) -> os.stat_result | None:
        """The status of the site's copy of `path`, if it is a file as the last build left it, under folders
        of the site all the way up: a look at each, none followed, so that a file under a folder replaced by
        a link out of the site is not taken from there."""
        recorded = self.site.get(path)
        folder = path.rpartition("/")[0]
        if recorded is None or folder and not self._real_folder(folder):
            return None
        try:
            info = os.lstat(os.path.join(self.output_dir, path))
        except OSError:
            return None
        return info if stat.S_ISREG(info.st_mode) and list(stat_of(info)) == recorded else None

    def _real_folder(self, folder: str) -> bool:
        known = self._folders.get(folder)
        if known is None:
            parent = folder.rpartition("/")[0]
            try:
                is_folder = stat.S_ISDIR(os.lstat(os.path.join(self.output_dir, folder)).st_mode)
            except OSError:
                is_folder = False
            known = self._folders[folder] = is_folder and (not parent or self._real_folder(parent))
        return known

    def reuse(self, output: Output, target: Path) -> bool:
        """Put the site's own copy of `output` at staging path `target` (a hard link) if it holds the
        output's bytes (per the manifest) and nobody has touched it since; False, and nothing done,
        otherwise. Where the staging folder is the spare, the link is mostly there already."""
        recorded = self.pages.get(output.path)
        if recorded is None or not self.enabled:
            return False
        if not output.kept and (isinstance(output, StreamedOutput) or content_hash(output.data()) != recorded[1]):
            return False  # a streamed file is written as it is made, never held to be compared
        staged = os.fspath(target)
        if self._is_recorded(staged, output.path):
            return True
        live = self._live(output.path)
        if live is None:
            return False
        try:
            if os.path.samestat(live, os.lstat(staged)):
                return True
        except FileNotFoundError:
            pass
        except OSError:
            return False
        try:
            if target.is_symlink() or target.is_file():
                target.unlink()
            os.link(os.path.join(self.output_dir, output.path), staged, follow_symlinks=False)
        except OSError:  # gone, or a file system without hard links: the page is written instead
            return False
        return True

    def record(self, report: BuildReport, pages: Mapping[str, list[str]], search_pending: bool = False) -> list[str]:
        """Record this build, now that its site is in place: `pages` maps each file it rendered to its
        render key and the hash of its bytes; `search_pending`, its search index is an earlier build's.
        The warning if it cannot be kept."""
        if not self.enabled:
            return []
        try:
            self._save(report, pages, search_pending)
        except OSError as exc:
            return [f"{self.path}: cannot record this build for the next ({exc.strerror})"]
        return []

    def _save(self, report: BuildReport, pages: Mapping[str, list[str]], search_pending: bool) -> None:
        data = {
            "format": FORMAT,
            "search_pending": search_pending,
            "inputs": _with_cache(self.sources, self.cache_dir),
            "report": _report_to_json(report),
            "pages": dict(sorted(pages.items())),
            "site": self._written if self._written is not None else site_files(self.output_dir),
        }
        # Imported here: cache.py brings the sentence splitter, which a build with nothing changed never needs
        # (this module stays light, so that such a build imports little: see build/__init__.py).
        from .cache import write_whole

        # ASCII: a file name that is not UTF-8 is kept as its escapes.
        write_whole(self.path, [json.dumps(data).encode("ascii")])


def _report_to_json(report: BuildReport) -> dict[str, Any]:
    data = asdict(report)
    data["errors"] = [{**asdict(e), "path": str(e.path)} for e in report.errors]
    data["missing_pairs"] = [[s, t, n] for (s, t), n in sorted(report.missing_pairs.items())]
    return data


def _report_from_json(data: dict[str, Any]) -> BuildReport:
    """The report as a full rebuild would give it: what was translated then now comes from the memory."""
    return BuildReport(
        **{
            **data,
            "translated": 0,
            "cached": data["cached"] + data["translated"],
            "errors": [ContentError(**{**e, "path": Path(e["path"])}) for e in data["errors"]],
            "missing_pairs": {(s, t): n for s, t, n in data["missing_pairs"]},
        }
    )
