"""The pipeline, end to end: load → segment → translate → extract facts → render → write."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from .cache import SplitCache
from .config import Config
from .facts import apply_facts, facts_json, facts_memo
from .load import load_content
from .model import Article, BuildReport, ContentError, ContentProblem
from .progress import SILENT, Progress
from .render import RenderError, default_templates_dir, render_site
from .segment import segment
from .translate import Translator, translate_articles
from .translate.glossary import GlossaryError
from .translate.libretranslate import ServerSetupError
from .translate.machine import open_translator
from .translate.memory import MemoryFileError
from .write import UnsafePathError, write_site


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


@dataclass
class Prepared:
    """Articles loaded and segmented, with the problems found on the way."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def prepare(config: Config, progress: Progress = SILENT) -> Prepared:
    """Load and segment every article: what `briefgen check` validates and `build` starts from."""
    content_dir = config.path(config.content_dir)
    if not content_dir.is_dir():
        raise BuildFailed(f"{content_dir}: no content folder — create it, or set content_dir in briefgen.yaml")
    progress.stage("reading articles")
    loaded = load_content(content_dir, config.target_language, config.default_language)
    progress.stage("splitting sentences", len(loaded.documents))
    prepared = Prepared(errors=list(loaded.errors))
    slugs: Counter[str] = Counter()
    splits = SplitCache(config.path(config.cache_dir) / "sentences.json")
    for doc in loaded.documents:
        try:
            article = segment(doc, splits.split)
        except ContentProblem as exc:
            prepared.errors.append(exc.error)
            continue
        finally:
            progress.advance()
        slugs[article.slug] += 1
        if slugs[article.slug] > 1:
            taken = article.slug
            article.slug = f"{taken}-{slugs[taken]}"
            prepared.warnings.append(
                f"{doc.path}: slug '{taken}' is taken by another article; this one is at '{article.slug}'"
                " — give it its own slug in the front matter"
            )
        prepared.articles.append(article)
    try:
        splits.save()
    except OSError as exc:
        prepared.warnings.append(f"{splits.path}: cannot keep sentence splits for the next build ({exc.strerror})")
    return prepared


def build_site(
    config: Config, strict: bool = False, translator: Translator | None = None, progress: Progress = SILENT
) -> BuildReport:
    """Build the site into output_dir; raises BuildFailed (StrictRefusal under `strict`) without writing.
    Articles with content errors are left out and named in the report; the others are built."""
    started = time.perf_counter()
    report = BuildReport()
    prepared = prepare(config, progress)
    report.errors.extend(prepared.errors)
    report.warnings.extend(prepared.warnings)
    articles = prepared.articles

    opened = None
    if translator is None:
        try:
            translator = opened = open_translator(config, progress)
        except (MemoryFileError, GlossaryError, ServerSetupError) as exc:
            raise BuildFailed(str(exc)) from None
        report.warnings.extend(opened.problems)
    progress.stage("translating")
    try:
        translate_articles(articles, config.target_language, translator, report)
    finally:
        if opened is not None:
            opened.close()

    # Stage 4, facts: meetings from the original text, with editors' front matter laid over them.
    memo = facts_memo(config)
    progress.stage("reading facts", len(articles))
    try:
        for article in articles:  # one by one, for the progress display
            report.errors.extend(apply_facts([article], config, memo))
            progress.advance()
    except ContentProblem as exc:  # a site gazetteer that cannot be read
        raise BuildFailed(str(exc.error)) from None
    try:
        memo.save()
    except OSError as exc:
        report.warnings.append(f"{memo.path}: cannot keep the facts for the next build ({exc.strerror})")

    report.articles = len(articles)
    if strict and (report.errors or report.untranslated):
        raise StrictRefusal(report)
    _check_output_dir(config)
    progress.stage("rendering pages")
    try:
        pages = render_site(articles, config, hooks=[lambda ordered: {"facts.json": facts_json(ordered)}])
    except RenderError as exc:
        raise BuildFailed(str(exc)) from None
    report.pages = sum(1 for path in pages if path.endswith(".html"))
    output_dir = config.path(config.output_dir)
    static = [
        (default_templates_dir() / "static", "static/"),
        (config.path(config.templates_dir) / "static", "static/"),
        (config.path(config.static_dir), ""),
    ]
    progress.stage("writing the site")
    try:
        write_site(pages, static, output_dir)
    except UnsafePathError as exc:
        raise BuildFailed(str(exc)) from None
    report.seconds = time.perf_counter() - started
    return report


def _check_output_dir(config: Config) -> None:
    output = config.path(config.output_dir).resolve()
    folders = (
        ("content_dir", config.content_dir),
        ("templates_dir", config.templates_dir),
        ("cache_dir", config.cache_dir),
    )
    for name, folder in folders:
        other = config.path(folder).resolve()
        if output == other or other.is_relative_to(output) or output == config.root.resolve():
            raise BuildFailed(
                f"output_dir {config.output_dir} would replace {name} {folder} — set output_dir in briefgen.yaml"
                " to a folder of its own, such as site"
            )
