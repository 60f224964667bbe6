"""`briefgen build`: content/ into site/, with a progress display on a terminal and one summary line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import CONTENT_ERRORS, NOT_WRITTEN, OK, USAGE, report_problems, site_config
from .output import Output

if TYPE_CHECKING:
    from ..model import BuildReport

HELP = "build the site into site/"


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict", action="store_true", help="write nothing if any article has an error or a sentence is untranslated"
    )


def run(args: argparse.Namespace, out: Output) -> int:
    from ..build import BuildFailed, StrictRefusal, build_site

    config = site_config(args, out)
    if config is None:
        return USAGE
    out.detail(f"site folder {config.root.resolve()}")
    try:
        with out.progress() as progress:
            report = build_site(config, strict=args.strict, progress=progress)
    except StrictRefusal as refusal:
        tell(out, refusal.report)
        out.error(refusal)
        return NOT_WRITTEN
    except BuildFailed as exc:
        out.error(exc)
        return NOT_WRITTEN
    tell(out, report)
    out.result(report.summary())
    return CONTENT_ERRORS if report.errors else OK


def tell(out: Output, report: BuildReport) -> None:
    """Each problem on its line, then the language pairs without a model and how to get one."""
    from ..translate.argos import install_hint

    report_problems(out, report.errors, report.warnings)
    for (source, target), count in sorted(report.missing_pairs.items()):
        out.note(
            f"no translation model for {source}→{target} ({count} sentences left untranslated): "
            + install_hint(source, target)
        )
    for note in report.notes:
        out.note(note)
