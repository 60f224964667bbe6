"""The core subcommands: build, check, new."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .build import BuildFailed, build_site, prepare
from .config import Config, ConfigError, describe, load_config
from .facts import apply_facts, facts_memo
from .load import detect_language
from .model import BuildReport, ContentProblem
from .slugs import slugify
from .translate.argos import install_hint


def register(subparsers: argparse._SubParsersAction) -> None:
    build = site_command(subparsers, run_build, "build", help="build the site into site/")
    build.add_argument("--strict", action="store_true", help="fail on any content error or untranslated sentence")

    site_command(subparsers, run_check, "check", help="validate configuration and content without building")

    site_command(subparsers, run_config, "config", help="print every setting in effect, with its meaning")

    new = site_command(subparsers, run_new, "new", help="create an article with front matter in content/")
    new.add_argument("title", help="the article's title, in its own language")
    new.add_argument("--lang", help="language code (default: detected from the title)")


def site_command(
    subparsers: argparse._SubParsersAction, handler: Callable[[argparse.Namespace], int], name: str, **kwargs: Any
) -> argparse.ArgumentParser:
    """A subcommand that works on a site folder: it takes -C and --config, and runs `handler`."""
    parser = subparsers.add_parser(name, **kwargs)
    add_site_options(parser)
    parser.set_defaults(handler=handler)
    return parser


def add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-C", "--root", type=Path, default=Path("."), help="the site folder (default: here)")
    parser.add_argument("--config", help="configuration file inside the site folder (default: briefgen.yaml)")


def site_config(args: argparse.Namespace) -> Config | None:
    try:
        return load_config(args.root, args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def print_problems(report: BuildReport) -> None:
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)


def missing_pair_hints(report: BuildReport) -> list[str]:
    return [
        f"no translation model for {source}→{target} ({count} sentences left untranslated): "
        + install_hint(source, target)
        for (source, target), count in sorted(report.missing_pairs.items())
    ]


def run_build(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    try:
        report = build_site(config, strict=args.strict)
    except BuildFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print_problems(report)
    for hint in [*missing_pair_hints(report), *report.notes]:
        print(f"note: {hint}", file=sys.stderr)
    print(report.summary())
    return 0


def run_check(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    try:
        prepared = prepare(config)
        # Editors' front matter `meetings:` is content too; extracting is how it is checked.
        # What the last build stored serves here too; a check stores no facts of its own.
        prepared.errors.extend(apply_facts(prepared.articles, config, facts_memo(config)))
    except BuildFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ContentProblem as exc:
        print(f"error: {exc.error}", file=sys.stderr)
        return 1
    report = BuildReport(errors=prepared.errors, warnings=prepared.warnings)
    print_problems(report)
    status = "ok" if not prepared.errors else "problems found"
    print(
        f"{status}: {len(prepared.articles)} articles, {len(prepared.errors)} errors, {len(prepared.warnings)} warnings"
    )
    return 1 if prepared.errors else 0


def run_new(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    slug = slugify(args.title)
    if not slug:
        print(f"error: cannot make a file name from {args.title!r} — give a title with letters", file=sys.stderr)
        return 2
    path = config.path(config.content_dir) / f"{slug}.md"
    if path.exists():
        print(f"error: {path} exists already — choose another title or edit that file", file=sys.stderr)
        return 1
    meta = {
        "title": args.title,
        "date": dt.date.today().isoformat(),
        "lang": args.lang or detect_language(args.title, config.default_language),
        "source": "",
        "url": None,
        "tags": [],
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The body is left for the editor; until it is written, `briefgen check` reports the article as empty.
    path.write_text(
        f"---\n{front}---\n\n<!-- The article, one paragraph per block, blank lines between. -->\n", encoding="utf-8"
    )
    print(path)
    return 0


def _yaml_scalar(value: object) -> str:
    plain = [str(v) for v in value] if isinstance(value, tuple) else str(value) if isinstance(value, Path) else value
    return yaml.safe_dump(plain, allow_unicode=True, default_flow_style=True).strip().removesuffix("...").strip()


def run_config(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    for key, value, doc in describe(config):
        line = f"{key}: {_yaml_scalar(value)}"
        print(f"{line:<48} # {doc}" if doc else line)
    return 0
