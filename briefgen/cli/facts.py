"""`briefgen facts PATH...`: the meetings articles report, as JSON, as front matter YAML to paste, or as
CSV for a spreadsheet (one row per participant per meeting); --explain shows each fact beside its sentences and
the ids of the rules that produced it."""

from __future__ import annotations

import argparse
import csv
import glob
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import CONTENT_ERRORS, OK, USAGE, site_config
from .output import Output

if TYPE_CHECKING:
    from ..config import Config
    from ..model import Article

HELP = "print the meetings articles report (who, where, figures, quotes)"
GLOB_CHARS = frozenset("*?[")
CSV_COLUMNS = (
    "article", "title", "source", "reported_by", "date", "kind", "place", "city", "country",
    "participant", "participant_original", "role", "participant_country", "host", "counterparts", "topics",
)  # fmt: skip


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="article files (.md or .txt), folders, or globs ('content/**/*.md')",
    )
    parser.add_argument("--format", choices=("json", "yaml", "csv"), default="json", help="json (default), yaml or csv")
    parser.add_argument(
        "--explain", action="store_true", help="print each fact with its sentences and the rules that produced it"
    )


def run(args: argparse.Namespace, out: Output) -> int:
    from ..facts import apply_facts
    from ..load import read_document
    from ..model import ContentProblem
    from ..segment import segment

    config = site_config(args, out)
    if config is None:
        return USAGE
    articles: list[tuple[Path, Article]] = []
    failed = False
    for path in article_files(args.paths, config, out):
        if path is None:
            failed = True
            continue
        try:
            articles.append((path, segment(read_document(path, path.parent, config.default_language))))
        except ContentProblem as exc:
            out.error(exc.error)
            failed = True
    try:
        errors = apply_facts([a for _, a in articles], config)
    except ContentProblem as exc:
        out.error(exc.error)
        return CONTENT_ERRORS
    for error in errors:
        out.error(error)
    show(articles, "explain" if args.explain else args.format, out)
    return CONTENT_ERRORS if failed or errors else OK


def article_files(paths: list[Path], config: Config, out: Output) -> Iterator[Path | None]:
    """The articles named by files, folders (as a build finds them) and globs; None for each path that
    names none, once told why."""
    from ..load import ARTICLE_SUFFIXES, discover

    for given in paths:
        if given.is_dir():
            discovered = discover(given, config.target_language, config.limits)
            for error in discovered.errors:  # links out of the folder, FIFOs, names that are not UTF-8
                out.error(error)
            found = discovered.articles
            if not found:
                out.error(f"{given}: no articles (.md, .txt) in this folder — give a folder of articles")
                yield None
            yield from found
            continue
        matches = expand(given)
        if not given.is_file() and not matches:
            out.error(f"{given}: no such file — give the path of an article, a folder or a glob")
            yield None
            continue
        for path in matches or [given]:
            if path.is_dir() or path.suffix not in ARTICLE_SUFFIXES:
                continue
            if Path(path.stem).suffix == f".{config.target_language}":
                out.note(
                    f"{path}: skipped — a .{config.target_language} file is the human translation of its article; "
                    "facts are read from the original beside it"
                )
                continue
            yield path


def expand(pattern: Path) -> list[Path]:
    """What a glob the shell left alone (quoted, or on Windows) matches; nothing for a plain path."""
    if not GLOB_CHARS & set(str(pattern)):
        return []
    return sorted(Path(p) for p in glob.glob(str(pattern), recursive=True))


def show(articles: list[tuple[Path, Article]], form: str, out: Output) -> None:
    from ..facts.output import article_dict, front_matter_yaml, to_json

    if form == "explain":
        from ..facts.explain import explain

        for path, article in articles:
            out.result(explain(article, str(path)), end="")
    elif form == "json":
        out.result(to_json([article_dict(article, str(path)) for path, article in articles]))
    elif form == "yaml":
        for path, article in articles:
            out.result(f"# {path}")
            out.result(front_matter_yaml(article), end="")
    else:
        out.result_bytes(csv_text(articles).encode("utf-8-sig"))


def csv_text(articles: list[tuple[Path, Article]]) -> str:
    """The CSV spreadsheets open as they are: a header, then a row per participant per meeting; a meeting
    without participants still has its row. (The BOM that tells Excel it is UTF-8 is added on output.)"""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_COLUMNS)
    writer.writeheader()
    for path, article in articles:
        writer.writerows(participant_rows(article, str(path)))
    return buffer.getvalue()


def participant_rows(article: Article, source: str) -> Iterator[dict[str, Any]]:
    from ..facts.output import meeting_dict

    for meeting in article.meetings:
        data = meeting_dict(meeting, sentences=False)
        common = {
            "article": article.slug,
            "title": article.title.plain,
            "source": source,
            "reported_by": article.reported_by.name if article.reported_by else None,
            "date": data["date"],
            "kind": data["kind"],
            **data["location"],
            "topics": "; ".join(data["topics"]),
        }
        for person in data["participants"] or [{}]:  # csv writes None as an empty cell
            others = [p["name"] or p["name_original"] for p in data["participants"] if p is not person]
            yield {
                **common,
                "participant": person.get("name"),
                "participant_original": person.get("name_original"),
                "role": person.get("role"),
                "participant_country": person.get("country"),
                "host": "yes" if person.get("host") else "",
                "counterparts": "; ".join(filter(None, others)),
            }
