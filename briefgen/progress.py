"""How far a build has got, told to whoever runs it.

The stages call this small interface; a command decides how to show it (a bar on a terminal, nothing in
a pipe). So no stage knows of terminals, of rich, or of the commands.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage begins: `name` as a user reads it ("translating kk→en"), `total` items if known."""
        ...

    def advance(self, count: int = 1) -> None:
        """`count` more items of the current stage are done."""
        ...


class Silent:
    """Progress nobody watches: a build run from code, a test, a pipe."""

    def stage(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, count: int = 1) -> None:
        pass


SILENT = Silent()
