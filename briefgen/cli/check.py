"""`briefgen check`: configuration and content validated, nothing written."""

from __future__ import annotations

import argparse

from .common import CONTENT_ERRORS, NOT_WRITTEN, OK, USAGE, report_problems, site_config
from .output import Output

HELP = "validate configuration and content without building"


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, out: Output) -> int:
    from ..build import BuildFailed, prepare
    from ..facts import apply_facts, facts_memo
    from ..model import ContentProblem

    config = site_config(args, out)
    if config is None:
        return USAGE
    try:
        prepared = prepare(config)
        # Editors' front matter `meetings:` is content too; extracting is how it is checked.
        # What the last build stored serves here too; a check stores no facts of its own.
        prepared.errors.extend(apply_facts(prepared.articles, config, facts_memo(config)))
    except BuildFailed as exc:  # no content folder: nothing to check
        out.error(exc)
        return NOT_WRITTEN
    except ContentProblem as exc:
        out.error(exc.error)
        return CONTENT_ERRORS
    report_problems(out, prepared.errors, prepared.warnings)
    status = "ok" if not prepared.errors else "problems found"
    out.result(
        f"{status}: {len(prepared.articles)} articles, {len(prepared.errors)} errors, {len(prepared.warnings)} warnings"
    )
    return CONTENT_ERRORS if prepared.errors else OK
