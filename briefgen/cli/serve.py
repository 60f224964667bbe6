"""`briefgen serve`: build, serve on 127.0.0.1, rebuild on every change and reload the open page.

The serving and watching are briefgen/serve.py; this module wires them to the command line and says what
each build found."""

from __future__ import annotations

import argparse
import threading

from .build import tell
from .common import NOT_WRITTEN, OK, USAGE, site_config
from .output import Output

HELP = "build, serve on 127.0.0.1, rebuild and reload the page on every change"


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="the port to serve on (default: 8000; 0: any free)")


def rebuild(args: argparse.Namespace, out: Output, search_later: bool = False) -> list[str]:
    """One build; returns the problems to show in the page (none: the site is as the content says).
    `search_later`: the site keeps its search index until settle() makes the new one, so the edited page
    is in the browser without waiting for Pagefind."""
    from ..build import BuildFailed, build_site
    from ..config import ConfigError, load_config

    try:
        config = load_config(args.root, args.config)
        report = build_site(config, search_later=search_later)
    except (ConfigError, BuildFailed) as exc:
        out.error(exc)
        return [str(exc)]
    tell(out, report)
    out.result(report.summary())
    out.out.flush()
    return [str(error) for error in report.errors]


def settle(args: argparse.Namespace, out: Output) -> None:
    """After the reload: the build again, which finds only the search index to make (see build_site)."""
    from ..build import BuildFailed, build_site
    from ..config import ConfigError, load_config

    try:
        report = build_site(load_config(args.root, args.config))
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
    state.finished(rebuild(args, out))
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
            config.root, watched, lambda: rebuild(args, out, search_later=True), state, stop, lambda: settle(args, out)
        )
    except KeyboardInterrupt:
        out.status("briefgen serve: stopped")
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    return OK
