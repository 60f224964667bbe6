"""`python -m tests.support.paused_build ROOT POINT READY`: a build that stops at POINT, creates READY and
waits there to be killed, so that a test can kill -9 it at exactly that moment. POINT is one of:
  write           — after two files of the new site are written to the staging folder;
  exchanged       — right after the atomic exchange, before the old site is removed;
  between-renames — where no exchange exists: after site/ is renamed away, before staging takes its place.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import briefgen.write
from briefgen.build import build_site
from briefgen.config import load_config


def pause(ready: Path) -> None:
    ready.touch()
    time.sleep(600)


def main(root: str, point: str, ready_name: str) -> None:
    ready = Path(ready_name)
    if point == "write":
        real_write = Path.write_bytes
        written: list[Path] = []

        def write_bytes(self: Path, data: bytes) -> int:
            if self.parent.name.startswith(briefgen.write.STAGING_PREFIX) or written:
                written.append(self)
            if len(written) == 3:
                pause(ready)
            return real_write(self, data)

        Path.write_bytes = write_bytes  # type: ignore[method-assign]
    elif point == "exchanged":
        real_exchange = briefgen.write.exchange

        def exchange(first: Path, second: Path) -> bool:
            done = real_exchange(first, second)
            pause(ready)
            return done

        briefgen.write.exchange = exchange
    elif point == "between-renames":
        briefgen.write.exchange = lambda first, second: False
        real_rename = Path.rename

        def rename(self: Path, target: Path) -> Path:
            moved = real_rename(self, target)
            if Path(target).name.startswith(briefgen.write.RETIRED_PREFIX):
                pause(ready)
            return moved

        Path.rename = rename  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown point {point}")
    build_site(load_config(Path(root)))


if __name__ == "__main__":
    main(*sys.argv[1:])
