"""`briefgen serve`'s previews (cli/serve.py): which changes show the edited article's page before the
rebuild, and which wait for it."""

import argparse
import io

import pytest

from briefgen.build import build_site
from briefgen.cli.output import Output
from briefgen.cli.serve import Previews
from tests.conftest import KK_MEETING, RU_MEETING


@pytest.fixture
def previews(site):
    """A built site of two articles, and serve's previews remembering that build."""
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    out = Output(color=False, out=io.StringIO(), err=io.StringIO())
    previews = Previews(argparse.Namespace(root=config.root, config=None), out)
    build_site(config, published=previews.remember)
    return config.root, previews


def test_an_edited_article_is_shown_before_the_rebuild(previews):
    root, show = previews
    with (root / "content" / "a.md").open("a", encoding="utf-8") as f:
        f.write("\nЖаңа абзац.\n")
    assert show({root / "content" / "a.md"})
    shown = [p for p in (root / "site" / "briefings").rglob("index.html") if "Жаңа абзац." in p.read_text()]
    assert len(shown) == 1
    assert show.out.out.getvalue().startswith("shown first: briefings/")


def test_other_changes_wait_for_the_rebuild(previews):
    root, show = previews
    (root / "briefgen.yaml").write_text("title: Another desk\n", encoding="utf-8")
    (root / "content" / "c.md").write_text(RU_MEETING.replace("Китая", "Индии"), encoding="utf-8")
    assert not show({root / "briefgen.yaml"})  # every page may change
    assert not show({root / "content" / "c.md"})  # a new article: its slug is not known to be its own
    assert not show({root / "content" / "a.md", root / "briefgen.yaml"})
    assert not show(set())


def test_a_batch_of_many_files_just_rebuilds(previews, monkeypatch):
    root, show = previews
    monkeypatch.setattr("briefgen.cli.serve.MAX_PREVIEWS", 1)
    assert not show({root / "content" / "a.md", root / "content" / "b.md"})


def test_serve_started_on_an_up_to_date_site_learns_which_page_each_article_makes(site):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    out = Output(color=False, out=io.StringIO(), err=io.StringIO())
    show = Previews(argparse.Namespace(root=config.root, config=None), out)
    build_site(config, published=show.remember)  # nothing changed: nothing published
    assert not show({config.root / "content" / "a.md"})
    show.learn()
    with (config.root / "content" / "a.md").open("a", encoding="utf-8") as f:
        f.write("\nЖаңа абзац.\n")
    assert show({config.root / "content" / "a.md"})
