"""`briefgen serve`: build, serve on 127.0.0.1, rebuild on every change and reload the open page.

The serving and watching are briefgen/serve.py; this module wires them to the command line and says what
each build found."""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .build import tell
from .common import NOT_WRITTEN, OK, USAGE, site_config
from .output import Output

if TYPE_CHECKING:
    from ..model import Article

# An edit of a few articles is shown ahead of the rebuild; a batch of more (a checkout, a copy) just rebuilds.
MAX_PREVIEWS = 3

HELP = "build, serve on 127.0.0.1, rebuild and reload the page on every change"


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="the port to serve on (default: 8000; 0: any free)")


def rebuild(
    args: argparse.Namespace,
    out: Output,
    search_later: bool = False,
    published: Callable[[list[Article]], None] | None = None,
) -> list[str]:
    """One build; returns the problems to show in the page (none: the site is as the content says).
    `search_later`: the site keeps its search index until settle() makes the new one, so the edited page
    is in the browser without waiting for Pagefind. `published`: see build_site."""
    from ..build import BuildFailed, build_site
    from ..config import ConfigError, load_config

    try:
        config = load_config(args.root, args.config)
        report = build_site(config, search_later=search_later, published=published)
    except (ConfigError, BuildFailed) as exc:
        out.error(exc)
        return [str(exc)]
    tell(out, report)
    out.result(report.summary())
    out.out.flush()
    return [str(error) for error in report.errors]


class Previews:
    """The edited article's page first: serve remembers where each article's page was in the last build it
    ran, and before the next rebuild makes the page of an edited one alone (build.preview_article), which
    takes a fraction of a second however large the site (the rebuild then makes the pages that list it).
    When serve starts on a site that is up to date, its first build reads nothing, so `learn` reads and
    splits the articles (from the split memo) in the background; until it has, an edit waits for the
    rebuild."""

    def __init__(self, args: argparse.Namespace, out: Output):
        self.args, self.out = args, out
        self.pages: dict[Path, tuple[Path, str]] = {}  # the file, resolved → (its path as loaded, its folder)

    def remember(self, articles: list[Article]) -> None:
        self.pages = {article.source.path.resolve(): (article.source.path, article.url_path) for article in articles}

    def learn(self) -> None:
        from ..build import BuildFailed
        from ..build.loading import prepare
        from ..config import ConfigError, load_config

        try:
            articles = prepare(load_config(self.args.root, self.args.config), keep=False).articles
        except (BuildFailed, ConfigError, OSError):
            return  # the rebuild an edit causes says what is wrong, and teaches the map
        if not self.pages:  # a rebuild that finished meanwhile knows better
            self.remember(articles)

    def __call__(self, changed: set[Path]) -> bool:
        """Show the pages of the changed articles, if the changes are edits of a few known articles alone."""
        from ..build.pipeline import preview_article
        from ..config import ConfigError, load_config

        started = time.perf_counter()
        files = {path.resolve() for path in changed}
        if not files or len(files) > MAX_PREVIEWS or not files <= self.pages.keys():
            return False
        try:
            config = load_config(self.args.root, self.args.config)
        except ConfigError:
            return False
        shown = [page for file in sorted(files) if (page := preview_article(config, *self.pages[file]))]
        if shown:
            seconds = time.perf_counter() - started
            self.out.result(f"shown first: {', '.join(shown)} in {seconds:.2f}s; the rest of the site follows")
            self.out.out.flush()
        return bool(shown)


def settle(
    args: argparse.Namespace, out: Output, published: Callable[[list[Article]], None] | None = None
) -> None:
    """After the reload: the build again, which finds only the search index to make (see build_site)."""
    from ..build import BuildFailed, build_site
    from ..config import ConfigError, load_config

    try:
        report = build_site(load_config(args.root, args.config), published=published)
    except (ConfigError, BuildFailed) as exc:
        out.error(exc)
        return
    if not any("nothing changed" in note for note in report.notes):  # search was on: the index is new
        out.result(f"search index updated: {report.summary()}")
        out.out.flush()


def run(args: argparse.Namespace, out: Output) -> int:
    from ..config import CONFIG_FILE
    from ..serve import BuildState, make_server, watch_and_rebuild

    config = site_config(args, out)
    if config is None:
        return USAGE
    state = BuildState()
    previews = Previews(args, out)
    state.finished(rebuild(args, out, published=previews.remember))
    if not previews.pages:  # nothing changed since the last build, so it published nothing
        threading.Thread(target=previews.learn, name="briefgen-serve-learn", daemon=True).start()
    output = config.path(config.output_dir)
    try:
        server = make_server(output, state, port=args.port)
    except OSError as exc:
        out.error(f"cannot serve on 127.0.0.1:{args.port} ({exc.strerror}) — choose another --port")
        return NOT_WRITTEN
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    out.result(f"serving {output} at {url} — edits rebuild and reload; Ctrl-C stops")
    out.out.flush()
    threading.Thread(target=server.serve_forever, name="briefgen-serve", daemon=True).start()
    watched = [
        config.path(config.content_dir),
        config.path(config.templates_dir),
        config.path(config.static_dir),
        config.root / (args.config or CONFIG_FILE),
    ]
    stop = threading.Event()
    try:
        watch_and_rebuild(
            config.root,
            watched,
            lambda: rebuild(args, out, search_later=True, published=previews.remember),
            state,
            stop,
            lambda: settle(args, out, previews.remember),
            previews,
        )
    except KeyboardInterrupt:
        out.status("briefgen serve: stopped")
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    return OK
