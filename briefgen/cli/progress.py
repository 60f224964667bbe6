"""The build's progress on a terminal: the stage, a bar, items done of all, time spent and time left.

It implements briefgen.progress.Progress, which the stages call; it is drawn on stderr and erased when the
build ends, leaving the summary line alone.
"""

from __future__ import annotations

from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class TerminalProgress:
    def __init__(self, stream: TextIO, color: bool = True, console: Console | None = None):
        console = console or Console(file=stream, force_terminal=True, no_color=not color)
        self._display = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<24}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("spent,"),
            TimeRemainingColumn(),
            TextColumn("left"),
            console=console,
            transient=True,
        )
        self._task: TaskID | None = None

    def stage(self, name: str, total: int | None = None) -> None:
        # A task of its own for each stage, so that its count and time left are its own (rich's reset
        # cannot set a total back to unknown).
        if self._task is not None:
            self._display.remove_task(self._task)
        self._task = self._display.add_task(name, total=total)

    def advance(self, count: int = 1) -> None:
        if self._task is not None:
            self._display.advance(self._task, count)

    def __enter__(self) -> TerminalProgress:
        self._display.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._display.stop()
