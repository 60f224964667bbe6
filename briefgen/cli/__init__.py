"""The `briefgen` command. Each subcommand is a module of this package that calls the stages; no stage
imports a command (tests/cli/test_layering.py holds to that).

A command module has `HELP` (its line in `briefgen --help`), `configure(parser, options)` (its arguments;
`options` is the parent parser of the global options, for commands with actions of their own) and
`run(args, out) -> int` (or, with actions, one handler set on each action's parser). To add a command,
write its module and name it in COMMANDS, in the order `--help` lists them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .common import INTERRUPTED, USAGE, global_options
from .output import NORMAL, QUIET, VERBOSE, Output

COMMANDS = ("build", "serve", "check", "new", "config", "facts", "models", "memory")


def make_parser() -> argparse.ArgumentParser:
    options = global_options(top=False)
    parser = argparse.ArgumentParser(
        prog="briefgen",
        description="Build bilingual briefing pages from Kazakh and Russian articles.",
        parents=[global_options(top=True)],
        epilog="Global options go before or after the command. Exit codes: see README.md (Commands).",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"{__name__}.{name}")
        command = subparsers.add_parser(name, help=module.HELP, description=module.HELP, parents=[options])
        module.configure(command, options)
        if hasattr(module, "run"):
            command.set_defaults(handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return USAGE
    out = Output(verbosity=QUIET if args.quiet else VERBOSE if args.verbose else NORMAL)
    try:
        return int(args.handler(args, out))
    except BrokenPipeError:
        # The reader (`| head`, say) has gone; there is nobody left to tell.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return 0
    except KeyboardInterrupt:
        out.error("interrupted; the site already there is untouched")
        return INTERRUPTED
