"""`briefgen serve`: build, serve on 127.0.0.1, rebuild on every change and reload the open page."""

from __future__ import annotations

import argparse
import sys
import threading

from .build import BuildFailed, build_site
from .commands import print_problems, site_command, site_config
from .config import CONFIG_FILE, ConfigError, load_config
from .serve import BuildState, make_server, watch_and_rebuild


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = site_command(
        subparsers, run_serve, "serve", help="build, serve on 127.0.0.1, rebuild and reload the page on every change"
    )
    serve.add_argument("--port", type=int, default=8000, help="the port to serve on (default: 8000; 0: any free)")


def _rebuild(args: argparse.Namespace) -> list[str]:
    """One build; returns the problems to show in the page (none: the site is as the content says)."""
    try:
        config = load_config(args.root, args.config)
        report = build_site(config)
    except (ConfigError, BuildFailed) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return [str(exc)]
    print_problems(report)
    print(report.summary(), flush=True)
    return [str(error) for error in report.errors]


def run_serve(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    state = BuildState()
    state.finished(_rebuild(args))
    output = config.path(config.output_dir)
    try:
        server = make_server(output, state, port=args.port)
    except OSError as exc:
        print(f"error: cannot serve on 127.0.0.1:{args.port} ({exc.strerror}) — choose another --port", file=sys.stderr)
        return 1
    port = server.server_address[1]
    print(f"serving {output} at http://127.0.0.1:{port}/ — edits rebuild and reload; Ctrl-C stops", flush=True)
    threading.Thread(target=server.serve_forever, name="briefgen-serve", daemon=True).start()
    watched = [
        config.path(config.content_dir),
        config.path(config.templates_dir),
        config.path(config.static_dir),
        config.root / (args.config or CONFIG_FILE),
    ]
    stop = threading.Event()
    try:
        watch_and_rebuild(config.root, watched, lambda: _rebuild(args), state, stop)
    except KeyboardInterrupt:
        print("briefgen serve: stopped", file=sys.stderr)
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    return 0
