"""Search that needs no server: Pagefind indexes the rendered pages into static bundles (site/pagefind/)
that the search page loads in the browser. Pagefind is optional (`pip install 'briefgen[search]'`, which
brings its binary); without it the site builds the same, and the search page says search is off.

Pages mark what is indexed: `data-pagefind-body` on the briefing and person pages, and people and places
as `data-pagefind-filter`s in the fact boxes. The text is indexed as it is on the page, English, Kazakh
and Russian alike.

Shards. Pagefind cannot update an index (its issue #71): every run reads every page it is given, and holds
them all in memory (one run over the 10,078 marked pages of 10,000 articles: 37-85 s and 3.4-3.9 GB, most
of a one-article rebuild and all of its peak). So the marked pages are split into SHARDS fixed shards by a
hash of their path (stable: a page is in the same shard in a clean build and in any rebuild), each shard a
Pagefind bundle of its own (pagefind/07/); pagefind/shards.json lists them for the search page, and
pagefind/briefgen-index.json records for the next build the digest of each shard (its pages' paths and
bytes, Pagefind's identity, the options) and of each page with its file's identity. A rebuild runs Pagefind
only for the shards whose digest changed, `workers` at a time, and hard-links the others from the live site;
it reads only the pages the writer did not keep from the live site. The search page merges the bundles in
the browser (Pagefind's `mergeIndex`: the first loads the WebAssembly, each other adds its entry, metadata
and filter files, and one index chunk per word searched).

Why 16 (`python bench/search_shards_bench.py site --shards 1 16 32 64 --browser`, bench/RESULTS.md, on the
10,000-article site under load): a Pagefind run costs about 20 ms whatever it is given, then about 3.5 ms
of CPU and 0.35 MB a page, so the work of a rebuild is the pages of the shards it re-indexes. One article
changed: 66.7 s in one shard, 3.3 s in 16, 3.1 s in 32 (what is left is the walk of the site and one
shard), 3.8 s in 64; the largest process 3.8 GB, 233 MB, 127 MB, 98 MB. A cold index: 111 s, 56 s, 71 s,
104 s. In Chromium the first results came after 1.45 s, 0.94 s, 1.51 s and 2.61 s, from 21, 96, 176 and
336 requests (0.6, 1.0, 1.5 and 2.5 MB). Past 16 the browser pays more than a rebuild gains. Results are
ranked within each shard and merged by score: with pages spread by a hash, the shards' word statistics are
alike, so the order is close to one index's.

Pagefind's own output is not byte-stable from one run to the next (its filter files come out of a hash map,
Pagefind issue #638): what a clean build and a rebuild share is the assignment, the pages each shard holds
and their fragments; a shard that is not re-indexed keeps its files, byte for byte.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..installed import pagefind_executable as pagefind_executable
from ..model import content_hash
from ..write import link_tree

BUNDLE = "pagefind"
SHARDS = 16
SHARDS_FILE = "shards.json"
RECORD_FILE = "briefgen-index.json"
# What the search page loads before it knows the shards: the same in every shard (one Pagefind made them).
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")
# Changes when the layout of the bundle changes: a site built by an older briefgen is indexed afresh.
LAYOUT = "briefgen-shards-1"
# Bounds the work: Pagefind indexes a thousand pages in a few seconds.
TIMEOUT_SECONDS = 600
INSTALL_HINT = "search is off: install Pagefind with `pip install 'briefgen[search]'` and build again"
MARK = b"data-pagefind-body"
PAGES_DIR = ".search-pages"


class SearchFailed(Exception):
    """Pagefind is there but could not index the site; the message says why."""


@dataclass(frozen=True)
class Shard:
    """The pages of one bundle, pagefind/<name>/, and the digest of what it indexes."""

    name: str
    pages: tuple[str, ...]
    digest: str


@dataclass(frozen=True)
class Indexed:
    """What index_site did: the shards Pagefind indexed, and those kept from the live site."""

    indexed: tuple[str, ...]
    kept: tuple[str, ...]


def shard_of(path: str, shards: int = SHARDS) -> int:
    """The shard of a page, by its site-relative path alone."""
    return int.from_bytes(hashlib.blake2b(path.encode(), digest_size=8).digest(), "big") % shards


def index_site(
    folder: Path,
    executable: Path,
    keep_index_url: bool,
    previous: Path | None = None,
    workers: int = 1,
    shards: int = SHARDS,
) -> Indexed:
    """Make the Pagefind bundles (pagefind/) in a site folder from the pages in it marked for the index
    (`data-pagefind-body`): the listings (index, topics…) would cost time for nothing; every page where
    none is marked. A shard whose digest matches the one in `previous` (the live site's pagefind/) is
    hard-linked from there; the others are indexed, `workers` Pagefind processes at a time. On failure no
    bundle is left there."""
    bundle = folder / BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)
    record = Record.of(previous)
    try:
        pages = pages_to_index(folder, record.pages)
        plan = plan_shards(pages.digests, _identity(executable, keep_index_url, shards), shards)
        kept = [s for s in plan if record.shards.get(s.name) == s.digest and _keep(s, previous, bundle)]
        todo = [shard for shard in plan if shard not in kept]
        with _pages_of(folder, todo) as roots:
            command = [str(executable), "--silent", *(["--keep-index-url"] if keep_index_url else [])]
            jobs = [(root, bundle / shard.name, command) for shard, root in zip(todo, roots, strict=True)]
            with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
                list(pool.map(_run_pagefind, jobs))
        _finish_bundle(bundle, plan, Record({s.name: s.digest for s in plan}, pages.files if pages.marked else {}))
    except SearchFailed:
        shutil.rmtree(bundle, ignore_errors=True)
        raise
    except OSError as exc:  # a page that cannot be read, a disk full…
        shutil.rmtree(bundle, ignore_errors=True)
        raise SearchFailed(f"cannot make the search index: {exc}") from None
    return Indexed(tuple(s.name for s in todo), tuple(s.name for s in kept))


def plan_shards(pages: dict[str, str], identity: bytes, shards: int = SHARDS) -> list[Shard]:
    """The non-empty shards of these pages (each with the digest of its bytes), in order, each with its
    digest."""
    grouped: dict[int, list[tuple[str, str]]] = {}
    for path, page_digest in sorted(pages.items()):
        grouped.setdefault(shard_of(path, shards), []).append((path, page_digest))
    width = len(str(shards - 1))
    plan = []
    for number in sorted(grouped):
        digest = hashlib.blake2b(identity, digest_size=16)
        for path, page_digest in grouped[number]:
            digest.update(f"{path}\0{page_digest}\n".encode())
        plan.append(Shard(f"{number:0{width}d}", tuple(path for path, _ in grouped[number]), digest.hexdigest()))
    return plan


@dataclass
class Pages:
    """The pages to index (site-relative path: digest of the bytes), whether they are the marked ones (or,
    none being marked, every page), and what the record keeps of every page: its digest ("" for a page
    not marked) and its file's identity (device, inode, size, modification time)."""

    digests: dict[str, str] = field(default_factory=dict)
    marked: bool = True
    files: dict[str, list] = field(default_factory=dict)


def pages_to_index(folder: Path, known: dict[str, list] | None = None) -> Pages:
    """The pages of a site folder to index. The bundle's own files and the staging of pages are not pages
    of the site. A page whose file is the one the live bundle's record describes (the writer keeps an
    unchanged page as a hard link to the live site's file, and never writes through one) is not read:
    the record says what it holds (reading every page cost 2 s at 10,000 articles)."""
    found, others = Pages(), Pages(marked=False)
    for rel, path, info in _html_files(folder):
        identity = [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns]
        entry = (known or {}).get(rel)
        if entry is not None and entry[1:] == identity:
            digest = entry[0]
        else:
            data = Path(path).read_bytes()
            digest = content_hash(data) if MARK in data else ""
            if not digest:
                others.digests[rel] = content_hash(data)
        found.files[rel] = [digest, *identity]
        if digest:
            found.digests[rel] = digest
    if found.digests:
        return found
    if known:  # no page is marked any more: every page is indexed, each read
        return pages_to_index(folder)
    return others


def _html_files(folder: Path) -> Iterator[tuple[str, str, os.stat_result]]:
    """Each regular .html file of a site folder: its site path, its path and its status (a link is not one,
    and is not followed), but for the bundle and the staging of pages. By os.scandir on strings: rglob and
    pathlib per file cost a rebuild with search 40 ms of CPU (at 1,000 articles), walking the bundle too."""
    pending = [("", os.fspath(folder))]
    while pending:
        prefix, at = pending.pop()
        with os.scandir(at) as scan:
            entries = list(scan)
        for entry in entries:
            rel = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                if rel not in (BUNDLE, PAGES_DIR):
                    pending.append((rel + "/", entry.path))
            elif entry.name.endswith(".html") and entry.is_file(follow_symlinks=False):
                yield rel, entry.path, entry.stat(follow_symlinks=False)


def _identity(executable: Path, keep_index_url: bool, shards: int) -> bytes:
    """What else makes a bundle: the layout, Pagefind itself (another version indexes differently), and
    its options."""
    info = executable.stat()
    return f"{LAYOUT} {shards} {executable} {info.st_size} {info.st_mtime_ns} {keep_index_url}".encode()


@dataclass(frozen=True)
class Record:
    """What a site's bundle indexed, kept beside it for the next build (the browser never reads it): the
    digest of each shard, and Pages.files (none where every page was indexed)."""

    shards: dict[str, str]
    pages: dict[str, list]

    @classmethod
    def of(cls, bundle: Path | None) -> Record:
        """The record of a live site's bundle; an empty one where there is none, or a damaged one (which
        only costs indexing every shard again)."""
        if bundle is None:
            return cls({}, {})
        try:
            data = json.loads((bundle / RECORD_FILE).read_text(encoding="utf-8"))
            if data["layout"] != LAYOUT:
                return cls({}, {})
            shards = {str(name): str(digest) for name, digest in data["shards"].items()}
            pages = {str(path): entry for path, entry in data["pages"].items() if isinstance(entry, list)}
            return cls(shards, pages)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls({}, {})


def _keep(shard: Shard, previous: Path | None, bundle: Path) -> bool:
    """Link the live site's bundle of this shard (which indexed the same pages with the same Pagefind)
    into the new site; False (to index it) if it is not whole or cannot be linked."""
    if previous is None:
        return False
    source = previous / shard.name
    if not (source / "pagefind-entry.json").is_file():
        return False
    try:
        link_tree(source, bundle / shard.name)
    except OSError:
        shutil.rmtree(bundle / shard.name, ignore_errors=True)
        return False
    return True


@contextlib.contextmanager
def _pages_of(folder: Path, shards: Sequence[Shard]) -> Iterator[list[Path]]:
    """For each shard a folder (inside `folder`) of hard links to its pages at the same paths, so the same
    URLs, for Pagefind to read: it parses every page it is given, marked or not. A copy where a hard link
    cannot be made."""
    pages = folder / PAGES_DIR
    shutil.rmtree(pages, ignore_errors=True)
    roots = []
    try:
        for shard in shards:
            root = pages / shard.name
            for rel in shard.pages:
                link = root / rel
                link.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(folder / rel, link)
                except OSError:
                    shutil.copyfile(folder / rel, link)
            roots.append(root)
        yield roots
    finally:
        shutil.rmtree(pages, ignore_errors=True)


def _run_pagefind(job: tuple[Path, Path, list[str]]) -> None:
    pages, output, command = job
    full = [command[0], "--site", str(pages), "--output-path", str(output), *command[1:]]
    try:
        done = subprocess.run(full, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchFailed(f"{command[0]}: {exc}") from None
    if done.returncode != 0:
        problem = (done.stderr or done.stdout).strip().splitlines()
        raise SearchFailed(f"pagefind failed: {problem[-1] if problem else f'exit {done.returncode}'}")


def _finish_bundle(bundle: Path, plan: list[Shard], record: Record) -> None:
    """pagefind/shards.json, which the search page reads to find the shards, the UI it loads first, and
    the record for the next build."""
    bundle.mkdir(parents=True, exist_ok=True)
    if plan:
        for name in UI_FILES:
            shutil.copyfile(bundle / plan[0].name / name, bundle / name)
    shards = {"shards": [{"path": f"{shard.name}/"} for shard in plan]}
    (bundle / SHARDS_FILE).write_text(json.dumps(shards) + "\n", encoding="utf-8")
    kept = {"layout": LAYOUT, "shards": record.shards, "pages": record.pages}
    (bundle / RECORD_FILE).write_text(json.dumps(kept, sort_keys=True) + "\n", encoding="utf-8")
