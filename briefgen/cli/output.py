"""What a command says, and how: users' conventions for command-line tools.

stdout carries results (the summary line, JSON, CSV); stderr carries errors, warnings, notes and the
progress display. Colour only on a terminal and never with NO_COLOR set (https://no-color.org) or
TERM=dumb; in a pipe or a CI log, plain lines that grep and diff read. `-q` keeps errors and results;
`-v` adds details.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..progress import Progress

QUIET, NORMAL, VERBOSE = -1, 0, 1
STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def wants_color(stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    return is_terminal(stream) and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


@dataclass
class Output:
    verbosity: int = NORMAL
    color: bool | None = None  # None: decided from stderr and the environment
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _console: Any = field(default=None, init=False, repr=False)  # rich's, made at the first coloured line

    def __post_init__(self) -> None:
        if self.color is None:
            self.color = wants_color(self.err)

    def error(self, message: object) -> None:
        self._say("error", message)

    def warning(self, message: object) -> None:
        if self.verbosity > QUIET:
            self._say("warning", message)

    def note(self, message: object) -> None:
        if self.verbosity > QUIET:
            self._say("note", message)

    def detail(self, message: object) -> None:
        """Only with -v: what a user debugging a build wants and others do not."""
        if self.verbosity >= VERBOSE:
            print(message, file=self.err)

    def status(self, message: object) -> None:
        """A line about what the command is doing (stderr, so that stdout stays the result)."""
        if self.verbosity > QUIET:
            print(message, file=self.err)

    def result(self, text: str = "", end: str = "\n") -> None:
        """The command's output proper: always printed, even with -q."""
        self.out.write(text + end)

    def result_bytes(self, data: bytes) -> None:
        """Output with an encoding of its own (a CSV file with a BOM), bypassing the stream's."""
        self.out.flush()
        buffer = getattr(self.out, "buffer", None)
        if buffer is None:  # a text-only stream (a StringIO): the text is what it can take
            self.out.write(data.decode("utf-8"))
        else:
            buffer.write(data)
            buffer.flush()

    @contextmanager
    def progress(self) -> Iterator[Progress]:
        """A progress display on a terminal, erased when done; silence elsewhere, and with -q. With -v,
        the time each stage took follows."""
        display: AbstractContextManager[Progress]
        if self.verbosity <= QUIET or not is_terminal(self.err):
            from ..progress import SILENT

            display = nullcontext(SILENT)
        else:
            from .progress import TerminalProgress

            display = TerminalProgress(self.err, color=bool(self.color))
        with display as shown:
            timed = StageTimes(shown)
            yield timed
        for name, seconds in timed.finish():
            self.detail(f"  {name:<28} {seconds:7.2f}s")

    def _say(self, kind: str, message: object) -> None:
        if not self.color:
            print(f"{kind}: {message}", file=self.err)
            return
        if self._console is None:
            from rich.console import Console

            # soft_wrap: a long `file:line: …` line stays one line, as in plain output.
            self._console = Console(file=self.err, force_terminal=True, highlight=False, soft_wrap=True)
        from rich.text import Text

        self._console.print(Text.assemble((f"{kind}:", STYLES[kind]), " ", str(message)))


class StageTimes:
    """A Progress that passes everything on and keeps how long each stage took."""

    def __init__(self, inner: Progress):
        self.inner = inner
        self.times: list[tuple[str, float]] = []
        self._current: tuple[str, float] | None = None

    def stage(self, name: str, total: int | None = None) -> None:
        self._close()
        self._current = (name, time.perf_counter())
        self.inner.stage(name, total)

    def advance(self, count: int = 1) -> None:
        self.inner.advance(count)

    def finish(self) -> list[tuple[str, float]]:
        self._close()
        return self.times

    def _close(self) -> None:
        if self._current is not None:
            name, started = self._current
            self.times.append((name, time.perf_counter() - started))
            self._current = None
