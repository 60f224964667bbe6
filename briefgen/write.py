"""Stage 6, write: the rendered site goes to a staging folder beside site/ and replaces it only once
complete, so a failed or interrupted build leaves the previous site as it was."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath

STAGING_PREFIX = ".staging-"
RETIRED_PREFIX = ".retired-"
# Written into every site, so that a build never replaces a folder it did not make itself.
MARKER = ".briefgen-site"


class UnsafePathError(ValueError):
    """An output path that would land outside the site folder."""


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


def _copy_tree(source: Path, staging: Path, prefix: str) -> None:
    """Static files, copied as files: links are not followed out of the static folder."""
    root = source.resolve()
    for dirpath, _dirnames, filenames in os.walk(source):
        for name in sorted(filenames):
            file = Path(dirpath) / name
            if file.is_symlink() and not file.resolve().is_relative_to(root):
                continue
            rel = prefix + file.relative_to(source).as_posix()
            target = staging / safe_relative(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target)


def _sweep(output_dir: Path) -> None:
    """Leftovers of a build that was killed before it could clean up after itself."""
    parent = output_dir.parent
    if not parent.is_dir():
        return
    for prefix in (STAGING_PREFIX, RETIRED_PREFIX):
        for stale in parent.glob(f"{prefix}{output_dir.name}-*"):
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
    pages: Mapping[str, bytes],
    static_dirs: Iterable[tuple[Path, str]],
    output_dir: Path,
    reuse: Callable[[str, bytes, Path], bool] | None = None,
) -> None:
    """Write pages and copy static folders (each with the site-relative prefix it goes under). `reuse`
    (manifest.Manifest.reuse) may put a page at its staging path itself, from the site's unchanged copy."""
    check_replaceable(output_dir)
    _sweep(output_dir)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = output_dir.parent / f"{STAGING_PREFIX}{output_dir.name}-{os.getpid()}"
    try:
        staging.mkdir()
        (staging / MARKER).write_bytes(b"")
        # Static files first, so a page of the same name wins.
        for static, prefix in static_dirs:
            if static.is_dir():
                _copy_tree(static, staging, prefix)
        for path, data in sorted(pages.items()):
            target = staging / safe_relative(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            if reuse is None or not reuse(path, data, target):
                target.write_bytes(data)
        _swap(staging, output_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, output_dir: Path) -> None:
    if not output_dir.exists():
        staging.rename(output_dir)
        return
    retired = output_dir.parent / f"{RETIRED_PREFIX}{output_dir.name}-{os.getpid()}"
    output_dir.rename(retired)
    try:
        staging.rename(output_dir)
    except BaseException:
        retired.rename(output_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)
