"""How a build stops: the errors it raises before writing anything."""

from __future__ import annotations

from ..model import BuildReport


class BuildFailed(Exception):
    """The build stopped before writing; the site already there is untouched."""


class StrictRefusal(BuildFailed):
    """--strict found content errors or untranslated sentences; `report` says which."""

    def __init__(self, report: BuildReport):
        self.report = report
        files = sorted({str(error.path) for error in report.errors})
        parts = []
        if files:
            errors, in_files = _count(len(report.errors), "error"), _count(len(files), "file")
            parts.append(f"{errors} in {in_files} ({', '.join(files)})")
        if report.untranslated:
            pairs = [f"{s}→{t}: {n} with no model" for (s, t), n in sorted(report.missing_pairs.items())]
            failed = report.untranslated - sum(report.missing_pairs.values()) - report.not_sent
            if failed:
                pairs.append(f"{failed} the model could not translate")
            if report.not_sent:
                pairs.append(f"{report.not_sent} not translated because {report.translation_stopped}")
            parts.append(f"{_count(report.untranslated, 'untranslated sentence')} ({'; '.join(pairs)})")
        super().__init__(f"--strict: {' and '.join(parts)}; nothing was written")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
