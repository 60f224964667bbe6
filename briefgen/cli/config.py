"""`briefgen config`: every setting in effect, with its meaning, as YAML a user can copy."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import OK, USAGE, site_config
from .output import Output

HELP = "print every setting in effect, with its meaning"


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, out: Output) -> int:
    from ..config import describe

    config = site_config(args, out)
    if config is None:
        return USAGE
    for key, value, doc in describe(config):
        line = f"{key}: {yaml_scalar(value)}"
        out.result(f"{line:<48} # {doc}" if doc else line)
    return OK


def yaml_scalar(value: object) -> str:
    import yaml

    plain = [str(v) for v in value] if isinstance(value, tuple) else str(value) if isinstance(value, Path) else value
    return yaml.safe_dump(plain, allow_unicode=True, default_flow_style=True).strip().removesuffix("...").strip()
