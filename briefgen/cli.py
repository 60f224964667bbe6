"""The `briefgen` command. Each subcommand lives in the module of the stage it serves and registers
itself through a `register(subparsers)` function, so this file only wires them together."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from . import __version__

# Modules that define `register(subparsers)`; each adds its subcommands and sets `handler`.
COMMAND_MODULES = ("briefgen.commands", "briefgen.serve_command", "briefgen.translate.cli", "briefgen.facts.cli")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefgen", description="Build bilingual briefing pages from Kazakh and Russian articles."
    )
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        # The reader (`| head`, say) has gone; there is nobody left to tell.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return 0
    except KeyboardInterrupt:
        print("briefgen: interrupted; the site already there is untouched", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
