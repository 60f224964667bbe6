"""Stage 6, write: the rendered site goes to a staging folder beside site/ and replaces it only once
complete, so a failed or interrupted build leaves the previous site as it was.

Builds of one site may run at once (an editor's preview and CI, two terminals): each holds a lock on the
folder that holds site/ while it writes, so one build's clean-up never meets another's staging folder. The
swap is one atomic exchange of the two folders where the system has one (Linux renameat2 with
RENAME_EXCHANGE), so site/ exists at every instant; elsewhere two renames, and a build that finds the
site missing after a crash between them puts the old one back.

Pages stream in as they are rendered and are written at once; none is held. After the swap the staging
folder holds the previous site: it is kept (the `spare`) and becomes the next build's staging folder, so a
rebuild neither makes nor removes the site's thousands of folders. Every file placed in staging replaces
the name (unlink, then write or link) and is never written through: the spare shares files with the live
site by hard links, and writing into one of them would change the site in place.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .model import Output, StreamedOutput, content_hash_of
from .tree import UNLISTED, Refused, status_of_names, walk_files

STAGING_PREFIX = ".staging-"
RETIRED_PREFIX = ".retired-"
# Written into every site, so that a build never replaces a folder it did not make itself.
MARKER = ".briefgen-site"
# How long a build waits for another build of the same site to finish writing.
LOCK_TIMEOUT = 600.0

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; builds there must not overlap
    fcntl = None  # type: ignore[assignment]


# Puts an output at its staging path from the site's own copy, or returns False to have it written.
Reuse = Callable[[Output, Path], bool]
# Called with the staging folder once every file is in it, before the swap (the search index is made there);
# gives the site-relative folders it wrote in, whose files are listed again for `Listed`.
Finish = Callable[[Path], Iterable[str]]
# Called with the staging folder once it is made, before any file is placed (manifest.Manifest.staging_at).
Staged = Callable[[Path], None]
# Called, just before the swap, with the status of every file of the new site by its path (tree.status_of_names):
# what the manifest records, without walking the site again (manifest.Manifest.listed).
Listed = Callable[[dict[str, "os.stat_result | None"]], None]


class UnsafePathError(ValueError):
    """An output path that would land outside the site folder."""


class WriteFailed(Exception):
    """The site could not be written; the message names the path and the cause. The old site stands."""


def safe_relative(path: str) -> PurePosixPath:
    """The site-relative path, or UnsafePathError if it could escape the site folder."""
    rel = PurePosixPath(path)
    if (
        not path
        or rel.is_absolute()
        or "\\" in path
        or "\x00" in path
        or any(part in ("..", "") for part in path.split("/"))
        or ":" in rel.parts[0]
    ):
        raise UnsafePathError(f"refusing to write {path!r}: it is not a plain path inside the site")
    return rel


# What to do about an operating-system error while writing, by errno.
_OS_ADVICE = {
    errno.ENOSPC: "the disk is full — free some space and build again",
    errno.EDQUOT: "the disk quota is used up — free some space and build again",
    errno.EROFS: "the file system is read-only — build on a writable disk or set output_dir",
    errno.EACCES: "permission denied — check the folder's owner and permissions",
    errno.EPERM: "not permitted — the folder may be immutable (lsattr; chattr -i) or owned by someone else",
    errno.EBUSY: "the folder is busy (a mount point, or open in another program) — close it and build again",
}


def describe_os_error(exc: OSError, fallback: Path) -> str:
    """One line naming the path and the cause, with what to do."""
    where = exc.filename or fallback
    advice = _OS_ADVICE.get(exc.errno or 0, f"{exc.strerror or exc} — fix the cause and build again")
    return f"{where}: {advice}"


def _copy_tree(
    source: Path, staging: Path, prefix: str, refused: list[str], placed: set[str], folders: _Folders
) -> None:
    """Static files, copied as files: links out of the static folder, devices and FIFOs are refused."""
    for found in walk_files(source):
        if isinstance(found, Refused):
            refused.append(str(found))
            continue
        rel = safe_relative(prefix + found.relative_to(source).as_posix())
        target = staging / rel
        folders.placing(rel.as_posix())
        _make_parent(rel, folders)
        _clear(target)
        try:
            shutil.copyfile(found, target)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):  # the target's disk is full, not the source's
                raise OSError(exc.errno, exc.strerror, str(target)) from None
            raise
        placed.add(rel.as_posix())


def link_tree(source: Path, target: Path) -> None:
    """Hard links in `target` to the files of `source` (a folder of the live site: the search bundle), for a
    staging folder to carry over unchanged; nothing if there is no such folder. Links in it are neither
    followed nor carried over (Pagefind makes none), nor FIFOs or devices. By os.scandir on strings: through
    the loader's walker and pathlib, linking the 15 shards a one-article rebuild keeps took 60 ms of CPU."""
    if not source.is_dir():
        return
    _folder_at(os.fspath(target.parent))  # the caller's folder, or one made in it (a bundle's shard)
    pending = [(os.fspath(source), os.fspath(target))]
    while pending:
        folder, into = pending.pop()
        _folder_at(into)
        with os.scandir(folder) as scan:
            entries = list(scan)
        for entry in entries:
            there = os.path.join(into, entry.name)
            if entry.is_dir(follow_symlinks=False):
                pending.append((entry.path, there))
            elif entry.is_file(follow_symlinks=False):
                try:
                    os.link(entry.path, there, follow_symlinks=False)
                except FileExistsError:  # something of the spare: it goes, never written through
                    _clear(Path(there))
                    os.link(entry.path, there, follow_symlinks=False)


def _folder_at(path: str) -> None:
    """A folder at a staging path, whatever was there (a file or link of the spare) gone first. Its own
    name is looked at (lstat: a link is no folder), so the caller sees to the folders above it."""
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            return
        _clear(Path(path))
    except FileNotFoundError:
        pass
    os.mkdir(path)


def _clear(target: Path) -> None:
    """Free a staging path for a new file: whatever is there (a file shared with the live site, a folder
    where the last site had one) goes, so nothing is ever written through."""
    try:
        target.unlink()
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        shutil.rmtree(target)
    except PermissionError:  # unlink of a folder on some systems
        if not target.is_dir():
            raise
        shutil.rmtree(target)


class _Folders:
    """The staging folders a build has already seen to: each is a real folder, and so is every one above it,
    looked at top down, once each, not once per file in it. A link planted in the spare at any depth is so
    never followed (lstat on a path follows the links above its last name; here there are none), and the
    cost stays one look per folder, no walk. A file placed where one of them was forgets them all: placing
    it removed that folder and those under it (_clear)."""

    def __init__(self, staging: Path) -> None:
        self.staging = os.fspath(staging)
        self.ready: set[str] = set()  # with each one, every folder above it

    def placing(self, path: str) -> None:
        if path in self.ready:
            self.ready.clear()

    def see_to(self, folder: str) -> None:
        """`folder` (site-relative; "" is the staging folder itself) and those above it, real folders."""
        if not folder or folder in self.ready:
            return
        self.see_to(folder.rpartition("/")[0])
        _folder_at(os.path.join(self.staging, folder))
        self.ready.add(folder)


def _make_parent(rel: PurePosixPath, seen: _Folders) -> None:
    """The folders above a staging path, real ones all the way down; a file or link of the spare where a
    folder is now wanted goes."""
    seen.see_to(rel.parent.as_posix() if len(rel.parts) > 1 else "")


def put(target: Path, data: bytes) -> None:
    """Write a new file at a staging path."""
    _clear(target)
    target.write_bytes(data)


def put_chunks(target: Path, chunks: Iterable[bytes]) -> str:
    """Write a new file at a staging path as its chunks come, none held; the hash of its bytes."""
    _clear(target)
    with target.open("wb") as file:
        return content_hash_of(_written(file, chunks))


def _written(file: BinaryIO, chunks: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        file.write(chunk)
        yield chunk


def _remove_others(staging: Path, placed: set[str]) -> dict[str, os.stat_result | None]:
    """What the spare holds of the site before and this build did not place: files, then empty folders. The
    status of each file kept, by its path (as tree.status_of_names gives it): this walk is the one a site
    needs, so the manifest's record takes its listing from here rather than walking the site again."""
    listing: dict[str, os.stat_result | None] = {}
    _keep_only(os.fspath(staging), "", placed, listing)
    return listing


def _keep_only(folder: str, prefix: str, placed: set[str], listing: dict[str, os.stat_result | None] | None) -> bool:
    """_remove_others in `folder` (site path `prefix`); whether anything is left in it. By os.scandir's own
    file types on strings (os.walk and relpath per folder cost a rebuild twice as much); a link is removed
    as a file, never followed. `listing` (None under a folder the listing leaves out) gets each kept file."""
    with os.scandir(folder) as scan:
        entries = list(scan)
    kept = False
    for entry in entries:
        name = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            if _keep_only(entry.path, name + "/", placed, None if entry.name == UNLISTED else listing):
                kept = True
            else:
                os.rmdir(entry.path)
        elif name in placed:
            kept = True
            if listing is not None and entry.name != UNLISTED:
                try:
                    listing[name] = entry.stat(follow_symlinks=False)
                except OSError:  # gone since the listing: a mark no file has, as tree.status_of_names gives
                    listing[name] = None
        else:
            os.unlink(entry.path)
    return kept


def _listed_again(listing: dict[str, os.stat_result | None], staging: Path, folders: Iterable[str]) -> None:
    """The listing with what is under each of `folders` (written after the spare's walk) taken afresh."""
    for folder in folders:
        under = folder.rstrip("/") + "/"
        for name in [name for name in listing if name.startswith(under)]:
            del listing[name]
        if (staging / folder).is_dir() and not (staging / folder).is_symlink():
            listing.update(status_of_names(staging / folder, under))


@contextlib.contextmanager
def site_lock(output_dir: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the lock of the folder that holds output_dir: a second build waits for the first to finish
    writing, and gives up after `timeout` seconds with a clear message. The lock is on the folder itself
    (flock on a directory descriptor), so nothing is left behind, and the system drops it when a build
    dies, even by kill -9."""
    parent = output_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    fd = os.open(parent, os.O_RDONLY)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WriteFailed(
                        f"{output_dir}: another briefgen build has been writing it for {timeout:.0f} s — "
                        "wait for it to finish (or stop it), then build again"
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing drops the lock


def _sweep(output_dir: Path) -> None:
    """Leftovers of builds that were killed before they could clean up; called with the lock held, so
    no other build is using them. A site retired by a build killed between its two renames is put back."""
    parent = output_dir.parent
    retired = sorted(parent.glob(f"{RETIRED_PREFIX}{output_dir.name}-*"), key=lambda p: p.stat().st_mtime)
    if not output_dir.exists() and retired and (retired[-1] / MARKER).exists():
        retired.pop().rename(output_dir)
    for stale in [*parent.glob(f"{STAGING_PREFIX}{output_dir.name}-*"), *retired]:
        shutil.rmtree(stale, ignore_errors=True)


def check_replaceable(output_dir: Path) -> None:
    if output_dir.is_dir() and any(output_dir.iterdir()) and not (output_dir / MARKER).exists():
        raise UnsafePathError(
            f"{output_dir} exists and was not made by briefgen; refusing to replace it — "
            "move it away or set output_dir in briefgen.yaml to another folder"
        )
    if output_dir.exists() and not output_dir.is_dir():
        raise UnsafePathError(f"{output_dir} is a file — remove it or set output_dir to a folder")


def write_site(
    pages: Mapping[str, bytes] | Iterable[Output],
    static_dirs: Iterable[tuple[Path, str]],
    output_dir: Path,
    lock_timeout: float = LOCK_TIMEOUT,
    reuse: Reuse | None = None,
    spare: Path | None = None,
    finish: Finish | None = None,
    staged: Staged | None = None,
    listed: Listed | None = None,
) -> list[str]:
    """Write pages (each written as it comes, then let go) and copy static folders (each with the
    site-relative prefix it goes under). Returns the static files refused (links out, devices); raises
    WriteFailed for a disk that is full, read-only or busy, with the old site untouched. `reuse`
    (manifest.Manifest.reuse) may put a page at its staging path itself, from the site's unchanged copy.
    `spare` is where the previous site is kept for the next build to stage in (on the same file system);
    `staged` is told the staging folder once it is made, and `listed` the new site's files."""
    outputs = [Output.of(path, data) for path, data in pages.items()] if isinstance(pages, Mapping) else pages
    try:
        with site_lock(output_dir, lock_timeout):
            _sweep(output_dir)
            check_replaceable(output_dir)
            return _write_and_swap(outputs, static_dirs, output_dir, reuse, spare, finish, staged, listed)
    except OSError as exc:
        raise WriteFailed(describe_os_error(exc, output_dir) + "; the site already there is untouched") from None


def replace_page(output_dir: Path, path: str, data: bytes, lock_timeout: float = LOCK_TIMEOUT) -> bool:
    """New bytes for a page the live site holds already, whole and at once: written beside it and renamed
    over it, so a reader sees the old page or the new one, and the spare, which may share the old file by a
    hard link, keeps its copy. `briefgen serve` shows an edited article so before the build that replaces
    the whole site. Only a regular file inside a site briefgen made is replaced; False, nothing done,
    otherwise. Raises WriteFailed."""
    rel = safe_relative(path)
    target = output_dir / rel
    try:
        with site_lock(output_dir, lock_timeout):
            if not (output_dir / MARKER).is_file() or target.is_symlink() or not target.is_file():
                return False
            if not target.resolve().is_relative_to(output_dir.resolve()):
                return False  # a folder of the site replaced by a link out of it
            temporary = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}")
            try:
                temporary.write_bytes(data)
                os.replace(temporary, target)
            finally:
                temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise WriteFailed(describe_os_error(exc, target)) from None
    return True


def _staging(output_dir: Path, spare: Path | None) -> Path:
    """A fresh staging folder, made from the spare when there is one (so its folders and the files it
    shares with the site are there already)."""
    staging = output_dir.parent / f"{STAGING_PREFIX}{output_dir.name}-{os.getpid()}-{secrets.token_hex(4)}"
    if spare is not None and (spare / MARKER).is_file() and not spare.is_symlink():
        try:
            spare.rename(staging)
            return staging
        except OSError:  # another file system, say: the spare cannot serve, and goes
            shutil.rmtree(spare, ignore_errors=True)
    staging.mkdir()
    return staging


def _write_and_swap(
    outputs: Iterable[Output],
    static_dirs: Iterable[tuple[Path, str]],
    output_dir: Path,
    reuse: Reuse | None,
    spare: Path | None,
    finish: Finish | None,
    staged: Staged | None = None,
    listed: Listed | None = None,
) -> list[str]:
    refused: list[str] = []
    staging = _staging(output_dir, spare)
    if staged is not None:
        staged(staging)
    swapped = False
    try:
        put(staging / MARKER, b"")
        placed = {MARKER}
        folders = _Folders(staging)
        # Static files first, so a page of the same name wins.
        for static, prefix in static_dirs:
            if static.is_dir():
                _copy_tree(static, staging, prefix, refused, placed, folders)
        for output in outputs:
            rel = safe_relative(output.path)
            target = staging / rel
            folders.placing(output.path)
            _make_parent(rel, folders)
            if reuse is None or not reuse(output, target):
                if isinstance(output, StreamedOutput) and not output.kept:
                    output.hash = put_chunks(target, output.chunks())
                else:
                    put(target, output.data())
            output.release()
            placed.add(rel.as_posix())
        listing = _remove_others(staging, placed)
        if finish is not None:
            _listed_again(listing, staging, finish(staging))
        if listed is not None:
            listed(listing)  # the files' status stays the same through the swap, a rename of their folder
        _swap(staging, output_dir)
        swapped = True
    finally:
        _keep_or_remove(staging, spare if swapped else None)
    return refused


def _keep_or_remove(staging: Path, spare: Path | None) -> None:
    """After the swap staging holds the previous site: kept as the spare if asked. After a failure it
    holds a partial site, and goes (a build's failure leaves nothing behind)."""
    if spare is not None and staging.is_dir():
        try:
            shutil.rmtree(spare, ignore_errors=True)
            spare.parent.mkdir(parents=True, exist_ok=True)
            staging.rename(spare)
            return
        except OSError:
            pass
    shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, output_dir: Path) -> None:
    """Put staging in output_dir's place; afterwards staging holds the old site (or nothing)."""
    if not output_dir.exists():
        staging.rename(output_dir)
    elif not exchange(staging, output_dir):
        _swap_by_renames(staging, output_dir)


def _swap_by_renames(staging: Path, output_dir: Path) -> None:
    """Where no atomic exchange exists: for an instant there is no site/, and a crash then leaves the
    old one retired, which the next build's _sweep puts back."""
    retired = output_dir.parent / f"{RETIRED_PREFIX}{output_dir.name}-{os.getpid()}-{secrets.token_hex(4)}"
    output_dir.rename(retired)
    try:
        staging.rename(output_dir)
    except BaseException:
        retired.rename(output_dir)
        raise
    retired.rename(staging)  # where write_site keeps (or removes) the previous site


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE, glibc 2.28+). False where the
    system or file system has no such call, so the caller falls back; other failures raise OSError."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))
