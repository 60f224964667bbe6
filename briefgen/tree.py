"""Walking a folder whose files come from outside (content/, templates/, static/) without leaving it.

A link in content/ to /etc/passwd or ~/.ssh/id_rsa must not become a public page (Jekyll's
CVE-2018-17567), a FIFO must not hang the build, a device must not be read forever, and a thousand nested
folders must not exhaust the stack. os.walk follows none of these rules by itself, so this walker is
iterative, resolves every link and keeps it only when it stays inside the root, visits each real folder
once (a link to a parent folder is no loop), and reports everything it refuses as one problem each.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Refused:
    """Something under the root that is not walked, and why, worded for `path: why — what to do`."""

    path: Path
    why: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}: {self.why} — {self.fix}"


def shown(path: Path | str) -> Path:
    """A path fit for messages and pages: a name that is not UTF-8 is shown with \\x escapes."""
    return Path(os.fsencode(path).decode("utf-8", "backslashreplace"))


def name_is_text(name: str) -> bool:
    """Whether a file name decoded from the file system is real text (not surrogate-escaped bytes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def walk_files(
    root: Path,
    max_depth: int = 32,
    skip: Callable[[str], bool] = lambda name: False,
) -> Iterator[Path | Refused]:
    """Every regular file under root (as root/relative path, links kept only when they resolve inside
    root), or a Refused for each thing left out with a reason. Sorted, so builds are reproducible."""
    real_root = root.resolve()
    seen: set[tuple[int, int]] = set()
    # (folder as named under root, depth); a stack of pending folders instead of recursion.
    pending: list[tuple[Path, int]] = [(root, 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            yield Refused(shown(folder), f"cannot read the folder ({exc.strerror})", "check its permissions")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if skip(entry.name):
                continue
            # A plain file or folder is told by the folder listing's own file type (no stat: a walk of a
            # site of thousands of files is most of a rebuild with nothing changed); links, special files
            # and names the listing cannot type are looked at whole.
            if entry.is_file(follow_symlinks=False):
                found: str | Refused = "file"
            elif entry.is_dir(follow_symlinks=False):
                found = "folder"
            else:
                found = _classify(Path(entry.path), real_root)
            if isinstance(found, Refused) or found == "file":
                yield found if isinstance(found, Refused) else Path(entry.path)
            elif found == "folder":
                if depth + 1 > max_depth:
                    yield Refused(
                        shown(entry.path),
                        f"folders nested more than {max_depth} deep (limits.max_depth)",
                        "move its files up, or raise limits.max_depth in briefgen.yaml",
                    )
                else:
                    subfolders.append(Path(entry.path))
        # Reversed onto the stack, so folders are walked in name order.
        pending.extend((sub, depth + 1) for sub in reversed(subfolders))


def _classify(path: Path, real_root: Path) -> str | Refused:
    """'file', 'folder', or why the entry is refused. Links are judged by where they resolve."""
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            target = path.resolve(strict=True)
            if not target.is_relative_to(real_root):
                return Refused(
                    shown(path),
                    f"a link to {shown(target)}, outside {shown(real_root)}",
                    "copy the file in instead of linking to it, or remove the link",
                )
            info = target.stat()
    except (OSError, RuntimeError) as exc:  # a dangling link, a loop of links, a vanished file
        reason = getattr(exc, "strerror", None) or "a loop of links"
        return Refused(shown(path), f"cannot be read ({reason})", "remove it or fix the link")
    if stat.S_ISDIR(info.st_mode):
        return "folder"
    if stat.S_ISREG(info.st_mode):
        return "file"
    return Refused(shown(path), "not a regular file (a device, FIFO or socket)", "remove it from the folder")


def read_regular(path: Path, limit: int) -> bytes:
    """At most limit + 1 bytes of a regular file: the caller tells 'too large' by the length. The file is
    opened without following a final link and checked after opening, so a FIFO or device put there since
    the walk is refused rather than read (O_NONBLOCK: opening a FIFO does not wait for a writer). A link the
    walker kept (one that resolves inside the root) is opened at where it resolves; a plain file is opened by
    its own name, not resolved first (1,000 resolves were 21 ms of a one-article rebuild's article memo)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        # The final name is a link: O_NOFOLLOW refuses it with ELOOP (EMLINK on FreeBSD).
        if exc.errno not in (errno.ELOOP, errno.EMLINK):
            raise
        fd = os.open(path.resolve(), flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file", str(path))
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


# Left out of a site's listing: Python's caches, which a site served from a package folder may hold.
UNLISTED = "__pycache__"


def status_of_names(folder: Path | str, prefix: str = "") -> dict[str, os.stat_result | None]:
    """The status of every name under a folder but its folders, by path below it after `prefix` (None:
    unreadable, or gone since the listing), links not followed: what tells a site left alone from one
    touched (manifest.py). By os.scandir on strings: through pathlib, the walk of a site's ~1,400 files was a
    good part of a rebuild with nothing changed."""
    found: dict[str, os.stat_result | None] = {}
    pending = [(prefix, os.fspath(folder))]
    while pending:
        at, current = pending.pop()
        try:
            with os.scandir(current) as scan:
                entries = list(scan)
        except OSError:
            found[at] = None
            continue
        for entry in entries:
            if entry.name == UNLISTED:
                continue
            name = at + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((name + "/", entry.path))
                    continue
                found[name] = entry.stat(follow_symlinks=False)
            except OSError:
                found[name] = None
    return found
