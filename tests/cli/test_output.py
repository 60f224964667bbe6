"""Users' conventions: plain lines off a terminal, colour on one unless NO_COLOR says no, -q and -v."""

import io

from briefgen.cli.output import NORMAL, QUIET, VERBOSE, Output, StageTimes, wants_color
from briefgen.progress import SILENT


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color():
    assert wants_color(Terminal(), {"TERM": "xterm"})
    assert not wants_color(io.StringIO(), {"TERM": "xterm"})
    assert not wants_color(Terminal(), {"TERM": "xterm", "NO_COLOR": "1"})
    assert not wants_color(Terminal(), {"TERM": "dumb"})
    assert wants_color(Terminal(), {"TERM": "xterm", "NO_COLOR": ""})  # set but empty does not count


def test_plain_lines_carry_no_escape_codes_and_colour_keeps_one_line():
    long = "content/a.md:3: " + "x" * 300 + " — fix it"
    plain, coloured = Output(color=False, err=io.StringIO()), Output(color=True, err=Terminal())
    for out in (plain, coloured):
        out.error(long)
    assert plain.err.getvalue() == f"error: {long}\n"
    assert "\x1b[" in coloured.err.getvalue() and coloured.err.getvalue().count("\n") == 1


def test_quiet_keeps_errors_and_results_verbose_adds_details():
    for verbosity, kept in ((QUIET, "error result"), (NORMAL, "error warning note result"), (VERBOSE, "all")):
        out = Output(verbosity=verbosity, color=False, out=io.StringIO(), err=io.StringIO())
        out.error("e")
        out.warning("w")
        out.note("n")
        out.detail("d")
        out.result("r")
        said = out.err.getvalue() + out.out.getvalue()
        assert ("error: e" in said, "warning: w" in said, "note: n" in said, "d\n" in said, "r\n" in said) == (
            True, "warning" in kept or kept == "all", "note" in kept or kept == "all", kept == "all", True
        )  # fmt: skip


def test_no_progress_display_off_a_terminal():
    out = Output(err=io.StringIO(), color=False)
    with out.progress() as progress:
        progress.stage("translating kk→en", 3)
        progress.advance(3)
    assert out.err.getvalue() == ""


def test_stage_times_pass_everything_on_and_time_each_stage():
    seen = []

    class Recording:
        def stage(self, name, total=None):
            seen.append((name, total))

        def advance(self, count=1):
            seen.append(count)

    times = StageTimes(Recording())
    times.stage("reading facts", 2)
    times.advance()
    times.stage("writing the site")
    assert seen == [("reading facts", 2), 1, ("writing the site", None)]
    assert [name for name, _ in times.finish()] == ["reading facts", "writing the site"]
    StageTimes(SILENT).finish()  # a build that stopped before its first stage
