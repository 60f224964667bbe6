"""What every subcommand shares: the global options, the site's configuration, the exit codes.

The command modules import stages only inside their functions: `briefgen --help` and `--version` then
start without loading translation, facts or templates (bench/cli_startup_bench.py measures it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__

if TYPE_CHECKING:
    from ..config import Config
    from .output import Output

# Exit codes, as documented in README.md (Commands).
OK = 0
CONTENT_ERRORS = 1  # some articles have errors: named, left out, the rest built (or: check/facts found some)
USAGE = 2  # a bad option or configuration: nothing was done (argparse exits 2 as well)
NOT_WRITTEN = 3  # the build stopped before writing (--strict, no content folder…): the old site is intact
INTERRUPTED = 130


def global_options(top: bool) -> argparse.ArgumentParser:
    """-C, --config, -q, -v and --version, accepted before the subcommand and after it.

    Below the top level they default to SUPPRESS, so that an option not repeated after the subcommand
    keeps the value given before it (argparse copies a subcommand's values over the top level's)."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("global options")

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    group.add_argument(
        "-C", "--root", type=Path, default=default(Path(".")), metavar="DIR", help="the site folder (default: here)"
    )
    group.add_argument(
        "--config", default=default(None), metavar="FILE", help="configuration file in the site folder (briefgen.yaml)"
    )
    group.add_argument("-q", "--quiet", action="store_true", default=default(False), help="only errors and the results")
    group.add_argument("-v", "--verbose", action="count", default=default(0), help="the time each stage took, too")
    group.add_argument("--version", action="version", version=f"briefgen {__version__}")
    return parser


def action_adder(
    parser: argparse.ArgumentParser, options: argparse.ArgumentParser
) -> Callable[[str, Callable[..., int], str], argparse.ArgumentParser]:
    """`action(name, handler, help)` adds one action of a command that has several (`models list`, …)."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, handler: Callable[..., int], help: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help, description=help, parents=[options])
        sub.set_defaults(handler=handler)
        return sub

    return action


def site_config(args: argparse.Namespace, out: Output) -> Config | None:
    """The configuration of the site in -C, or None once its one error line is printed."""
    from ..config import ConfigError, load_config

    try:
        return load_config(args.root, args.config)
    except ConfigError as exc:
        out.error(exc)
        return None


def report_problems(out: Output, errors: Sequence[object], warnings: Sequence[str]) -> None:
    for error in errors:
        out.error(error)
    for warning in warnings:
        out.warning(warning)
