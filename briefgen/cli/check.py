"""`briefgen check`: configuration and content validated, nothing written."""

from __future__ import annotations

import argparse

from .common import CONTENT_ERRORS, NOT_WRITTEN, OK, USAGE, report_problems, site_config
from .output import Output

HELP = "validate configuration and content without building"


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, out: Output) -> int:
    from ..build import BuildFailed
    from ..build.pipeline import check_site

    config = site_config(args, out)
    if config is None:
        return USAGE
    try:
        # The build's own path, without translating or writing: what it reports is what `build` would.
        report = check_site(config)
    except BuildFailed as exc:  # no content folder, a broken template, an unreadable gazetteer
        out.error(exc)
        return NOT_WRITTEN
    report_problems(out, report.errors, report.warnings)
    status = "ok" if not report.errors else "problems found"
    out.result(f"{status}: {report.articles} articles, {len(report.errors)} errors, {len(report.warnings)} warnings")
    return CONTENT_ERRORS if report.errors else OK
