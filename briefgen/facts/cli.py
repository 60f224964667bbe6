"""`briefgen facts FILE...`: the facts of articles, as JSON or as front matter YAML to paste."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..commands import site_command, site_config
from ..load import read_document
from ..model import ContentProblem
from ..segment import segment
from . import apply_facts
from .explain import explain
from .output import article_dict, front_matter_yaml, to_json


def register(subparsers: argparse._SubParsersAction) -> None:
    facts = site_command(
        subparsers, run_facts, "facts", help="print the meetings articles report (who, where, figures, quotes)"
    )
    facts.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article files (.md or .txt)")
    facts.add_argument("--format", choices=("json", "yaml"), default="json", help="json (default) or yaml")
    facts.add_argument(
        "--explain", action="store_true", help="print each fact with its sentences and the rules that produced it"
    )


def run_facts(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    articles = []
    failed = False
    for path in args.files:
        if not path.is_file():
            print(f"error: {path}: no such file — give the path of an article", file=sys.stderr)
            failed = True
            continue
        try:
            articles.append((path, segment(read_document(path, path.parent, config.default_language))))
        except ContentProblem as exc:
            print(f"error: {exc.error}", file=sys.stderr)
            failed = True
    try:
        errors = apply_facts([a for _, a in articles], config)
    except ContentProblem as exc:
        print(f"error: {exc.error}", file=sys.stderr)
        return 1
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.explain:
        print("".join(explain(article, str(path)) for path, article in articles), end="")
    elif args.format == "json":
        print(to_json([article_dict(article, str(path)) for path, article in articles]))
    else:
        for path, article in articles:
            print(f"# {path}")
            print(front_matter_yaml(article), end="")
    return 1 if failed or errors else 0
