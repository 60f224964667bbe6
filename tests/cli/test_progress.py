"""The whole build's progress on a terminal, through the interface the stages call."""

import io

from rich.console import Console

from briefgen.build import build_site
from briefgen.cli.progress import TerminalProgress
from briefgen.parallel import can_fork
from briefgen.render.search import pagefind_executable
from tests.conftest import KK_MEETING, RU_MEETING


class Recording:
    """A Progress that keeps what the build told it."""

    def __init__(self):
        self.stages: list[list] = []

    def stage(self, name, total=None):
        self.stages.append([name, total, 0])

    def advance(self, count=1):
        self.stages[-1][2] += count


def test_the_build_tells_each_stage_and_counts_its_items(site):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING, "content/c.md": b""})
    progress = Recording()
    build_site(config, progress=progress)
    # A first build's workers read the files they split (each read once): each file counts, the empty one too,
    # though it is an error of loading, not an article. Read here (one worker, no fork), the articles count.
    split = 3 if can_fork() and config.workers > 1 else 2
    assert progress.stages == [
        ["reading articles", None, 0],
        ["splitting sentences", split, split],
        ["translating", None, 0],
        ["reading facts", 2, 2],
        ["writing the site", None, 0],  # each page rendered as it is written
        *([["indexing for search", None, 0]] if pagefind_executable() else []),
    ]


def test_translation_counts_the_sentences_the_model_translates(site, packages_dir):
    config = site({"content/a.md": "---\nlang: kk\ntitle: Кеңес\n---\n\nКездесу аяқталды. Тараптар сөйлесті.\n"})
    progress = Recording()
    build_site(config, progress=progress)
    assert ["translating kk→en", 3, 3] in progress.stages
    rebuilt = Recording()
    build_site(config, progress=rebuilt)  # all from the memory: no model stage at all
    assert not any(name.startswith("translating kk") for name, *_ in rebuilt.stages)


def test_the_display_draws_the_stage_its_count_and_time_left_then_erases_itself(site):
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120, no_color=True)
    with TerminalProgress(screen, console=console) as progress:
        progress.stage("reading facts", 40)
        progress.advance(10)
        progress._display.refresh()
    drawn = screen.getvalue()
    assert "reading facts" in drawn and "10/40" in drawn and "left" in drawn
    assert "\x1b[2K" in drawn  # erased when done (transient): the summary line stands alone


def test_each_stage_starts_its_count_afresh():
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    progress = TerminalProgress(console.file, console=console)
    progress.stage("splitting sentences", 10)
    progress.advance(10)
    progress.stage("reading facts", 4)
    progress.advance()
    (task,) = progress._display.tasks
    assert (task.description, task.completed, task.total) == ("reading facts", 1, 4)
    progress.stage("writing the site")
    (task,) = progress._display.tasks
    assert (task.description, task.completed, task.total) == ("writing the site", 0, None)
