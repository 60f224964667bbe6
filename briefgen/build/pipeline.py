"""The pipeline, end to end: load → segment → translate → extract facts → render → write (build/__init__.py
asks the manifest first, and imports this only when something changed)."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import closing, nullcontext, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..article_memo import ArticleMemo
from ..cache import SplitCache, StoredMemo, split_afresh
from ..config import Config
from ..facts import facts_memo
from ..facts import release as release_facts
from ..load import discover, language_of_head, read_article
from ..manifest import Manifest
from ..model import Article, BuildReport, ContentError, ContentProblem, SourceDocument, Translation
from ..parallel import (
    FACTS,
    SPLIT,
    SentPool,
    Settle,
    WorkerDied,
    can_fork,
    facts_pool,
    give_back_freed_memory,
    read_facts,
    reading_and_splitting,
    reading_facts,
)
from ..progress import SILENT, Progress
from ..render import Keys, article_file, site_outputs
from ..render.search import INSTALL_HINT, pagefind_executable
from ..segment import segment
from ..translate import Outcome, Translator, translate_articles
from ..translate.glossary import GlossaryError
from ..translate.machine import open_translator, reuse_state
from ..translate.memory import MemoryFileError
from ..tree import Refused, walk_files
from ..write import describe_os_error, replace_page
from .failures import BuildFailed, StrictRefusal
from .loading import Prepared, prepare
from .site_writer import PageFailures, SiteWriter, facts_hook, renderable_articles


def extract_facts(
    articles: list[Article],
    config: Config,
    memo: StoredMemo | None,
    progress: Progress = SILENT,
    settle: Settle | None = None,
    pool: SentPool | None = None,
) -> Prepared:
    """Stage 4 article by article, so that one article the extractor fails on is one error line. With
    `settle`, each article read is handed to it as its facts arrive, and what it gives stands in for the
    article in `articles` and in what is returned (parallel.read_facts); with `pool` (prepare's), the articles
    are sent to its workers."""
    try:
        read, errors = read_facts(articles, config, memo, config.workers, progress.advance, settle, pool)
    except ContentProblem as exc:  # a site gazetteer that cannot be read: every article would fail
        raise BuildFailed(str(exc.error)) from None
    finally:
        # The gazetteer, the name tagger and the rules' tables are not needed to render: let them go before
        # the render workers fork (bench/PROFILE.md, "factsetup").
        release_facts()
    return Prepared(articles=read, errors=errors)


def build_changed(
    config: Config,
    incremental: Manifest,
    started: float,
    strict: bool = False,
    translator: Translator | None = None,
    progress: Progress = SILENT,
    search_later: bool = False,
    published: Callable[[list[Article]], None] | None = None,
) -> BuildReport:
    """The build that runs (build_site, once the manifest has found a change): its arguments are
    build_site's, with the manifest that looked and the time the build started."""
    pagefind = pagefind_executable() if config.search else None
    memo = ArticleMemo.of_build(config, incremental.render, incremental.content) if incremental.enabled else None
    try:
        report, articles = produce(config, translator, keep=True, progress=progress, articles_memo=memo)
        if strict and (report.errors or report.untranslated):
            raise StrictRefusal(report)
        if config.search and pagefind is None:
            report.notes.append(INSTALL_HINT)
        kept = memo.digest if memo is not None else None
        reload = partial(_articles_again, config, translator)
        # The whole article behind a summary: spilled this build (settled), or held unchanged from the last.
        whole = (lambda article: memo.whole(memo.spill.whole(article))) if memo is not None else None
        writer = SiteWriter(config, report, incremental, pagefind, strict, progress, search_later, kept, reload, whole)
        writer.write(articles)  # lets each whole article go once its page is made
    except WorkerDied as exc:
        raise BuildFailed(str(exc)) from None
    finally:
        gc.unfreeze()  # the articles the article memo froze (article_memo.py): collectable again, in serve
        if memo is not None:
            memo.close()  # read again after it was kept, for the whole articles that summaries stood in for
    if published is not None:
        published(writer.published)
    report.seconds = time.perf_counter() - started
    pending = pagefind is not None and search_later
    report.warnings.extend(incremental.record(report, writer.recorded, search_pending=pending))
    return report


def _articles_again(config: Config, translator: Translator | None) -> list[Article]:
    """The whole articles of this build made again, its report aside: what writing the site without the
    articles at fault needs once writing has let the whole articles go (SiteWriter)."""
    return produce(config, translator, keep=False)[1]


def preview_article(config: Config, source: Path, page: str) -> str | None:
    """`briefgen serve` shows an edited article at once: its briefing page made alone (read, split,
    translated, facts read, rendered: what a build gives that page, which reads its article alone) and put
    over the site's copy at `page`, its folder (Article.url_path) in the last build. The build that follows
    makes the pages that list it, and this one again. The path of the page written, or None where the
    preview could say something the build will not: the article has a problem to report (the build shows
    it), its page moved (a new slug, one that another article contests), or the site is not briefgen's."""
    content_dir = config.path(config.content_dir)
    found = discover(content_dir, config.target_language, config.limits)
    if source not in found.articles:
        return None
    report = BuildReport()
    try:
        document = read_article(
            found, source, content_dir, config.target_language, config.default_language, config.limits
        )
        article = segment(document, split_afresh)
        if article.url_path != page:
            return None
        _translate([article], config, None, report, SILENT, {})
        facts = extract_facts([article], config, None)
        if facts.errors or report.errors or not facts.articles:
            return None
        output = article_file(article, config, search=config.search and pagefind_executable() is not None)
        written = replace_page(config.path(config.output_dir), output.path, output.data())
    except Exception:  # noqa: BLE001 - whatever went wrong, the build that follows says it, article by article
        return None
    return output.path if written else None


class _NoMachineTranslation:
    """What `check` translates with: human translations still apply (and are checked), no model runs."""

    def supports(self, source: str, target: str) -> bool:
        return False

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation | None]:
        return [None] * len(texts)


def check_site(config: Config, progress: Progress = SILENT) -> BuildReport:
    """What `build` would report, without translating or writing anything (`briefgen check`)."""
    try:
        report, articles = produce(config, _NoMachineTranslation(), keep=False, progress=progress)
        _check_pages(articles, config, report, progress)
    except WorkerDied as exc:
        raise BuildFailed(str(exc)) from None
    return report


def _check_pages(articles: list[Article], config: Config, report: BuildReport, progress: Progress) -> None:
    """Every page rendered and let go, as a build would render it; a page that fails is one error line."""
    progress.stage("rendering pages")
    failures = PageFailures(report, len(articles))
    try:
        with closing(site_outputs(articles, config, Keys(""), hooks=[facts_hook], failed=failures)) as outputs:
            for output in outputs:
                output.data()
                output.release()  # the site's bytes are checked, not kept: all held, 200 MB at 3,000 articles
        report.articles = len(articles) - len(failures.failed)
    except (BuildFailed, WorkerDied):
        raise
    except Exception as exc:  # noqa: BLE001 - a listing page failed: find the articles at fault
        report.articles = len(renderable_articles(failures.remaining(articles), config, report, exc))


def produce(
    config: Config,
    translator: Translator | None,
    keep: bool,
    progress: Progress = SILENT,
    articles_memo: ArticleMemo | None = None,
) -> tuple[BuildReport, list[Article]]:
    """Every stage before rendering: the report so far and the articles to render. `keep` saves the
    caches for the next build. With `articles_memo`, unchanged articles come from it and only the others
    are read, split and their facts read."""
    report = BuildReport()
    _check_templates(config)
    memo = facts_memo(config)
    state = reuse_state(config) if articles_memo is not None else None
    prepared = prepare(config, progress, keep, articles_memo, state, partial(_facts_first, config, memo))
    # The pool the articles were read and split in (a first build's) stops once their facts are read.
    with closing(prepared.pool) if prepared.pool is not None else nullcontext():
        report.errors.extend(prepared.errors)
        report.warnings.extend(prepared.warnings)
        if not prepared.held:
            # Every document's text, each let go once split, is free in the C allocator's heap, which Python's
            # small objects (the articles) do not reuse: given back (17 MB at 1,000 articles).
            give_back_freed_memory()
        outcomes = _translate(prepared.articles, config, translator, report, progress, prepared.recorded)
        prepared.recorded.clear()  # the texts of every unchanged article: not needed again
        if not prepared.held:
            give_back_freed_memory()  # what translation gathered of every sentence (it added 34 MB at 10,000)
        state = reuse_state(config) if state is not None else None  # as this build leaves the memory

        # Stage 4, facts: meetings from the original text, with editors' front matter laid over them.
        fresh = [article for article in prepared.articles if id(article) not in prepared.held]
        progress.stage("reading facts", len(fresh))
        settle = _settling(articles_memo, prepared, outcomes, state) if keep and articles_memo is not None else None
        # As the split memo (prepare): with articles held, the facts memo would hold nothing for the others.
        memo_used = None if prepared.held else memo
        facts = extract_facts(fresh, config, memo_used, progress, settle, prepared.pool) if fresh else Prepared()
        del fresh  # what stands in for each article settled (its summary) is in prepared.articles now
    articles, errors = _with_held(prepared, facts)
    report.errors.extend(errors)
    if keep:
        if not prepared.held:  # as the split memo (prepare)
            try:
                memo.save()
            except OSError as exc:
                report.warnings.append(f"cannot keep the facts for the next build: {describe_os_error(exc, memo.path)}")
        if articles_memo is not None:
            # The articles settled are kept already, and out of `outcomes` and `prepared.asked`: those left
            # are the unchanged articles taken whole (the translation inputs changed), and any not settled.
            translated = [
                (article, prepared.asked[id(article)], outcomes[id(article)], prepared.held.get(id(article), []))
                for article in articles
                if id(article) in outcomes
            ]
            asked = prepared.asked
            read = [(article, asked[id(article)]) for article in facts.articles if id(article) in asked]
            _keep_articles(articles_memo, read, facts.errors, report, translated, state)
    _check_output_dir(config)
    return report, articles


def _facts_first(
    config: Config,
    memo: StoredMemo,
    read: Callable[[Path], SourceDocument],
    paths: list[Path],
    splits: SplitCache,
) -> tuple[SentPool, int] | None:
    """Where the facts stage will read most articles afresh in a pool (a first build): the gazetteer and the
    name tagger it loads before its workers fork, loaded now, before any article is read (loading them
    passes through 130 MB more than they keep, the name tagger's tables), and a pool forked at once, before
    this process holds a document or an article, to read and split the articles and later read their facts
    (parallel.SentPool). This process then lets go of the gazetteer and the tagger, which only the workers
    use: at 10,000 articles the build process held them beside every article (409 MB), and the facts stage's
    workers, forked then, were larger still (489 MB). The pool, and how many files it reads; None where
    no pool is worth it (a rebuild reading its facts from the memo, one worker, one article, no fork): prepare
    then reads and splits here, as before."""
    if not can_fork() or config.workers <= 1 or len(paths) < 2:  # one article: no pool (as ordered_stream)
        return None
    try:
        # Which languages the articles are in decides which name taggers the workers share: guessed here from
        # each file's head (_languages), the workers reading each file once.
        written = _languages(paths, config.default_language)
        workers = facts_pool(written, config, memo, config.workers)
    except ContentProblem:  # a site gazetteer that cannot be read: the facts stage says so
        return None
    if workers <= 1:
        return None
    pool = SentPool({SPLIT: reading_and_splitting(read, splits), FACTS: reading_facts(config, memo)}, workers)
    release_facts()
    give_back_freed_memory()
    return pool, len(paths)


@dataclass(frozen=True, slots=True)
class _Written:
    lang: str


def _languages(paths: list[Path], default: str) -> list[_Written]:
    """The language of each article that can be read, guessed from the head of its file
    (load.language_of_head): the languages decide only which name taggers are loaded before the workers
    fork, to be shared (facts.prepare_for_workers: a language with 40 articles or more), and a worker that
    meets an article of another language loads its tagger itself, so no page depends on the guess. Reading
    and parsing each article whole here, then again in the workers, was 0.12-0.2 s of a first build's CPU at
    1,000 articles, before the pool started; this is ~0.02 s."""
    written = []
    for path in paths:
        with suppress(OSError):  # its one line comes from the worker that reads it
            written.append(_Written(language_of_head(path, default)))
    return written


def _settling(memo: ArticleMemo, prepared: Prepared, outcomes: dict[int, Outcome], state: str | None) -> Settle:
    """What extract_facts hands each article read afresh to, as its facts arrive: it is kept in the article
    memo at once, and its summary takes its place in the build's list (ArticleMemo.settle), so that a build
    never holds every article whole with its meetings (at 10,000 articles the facts stage did, 600 MB)."""
    position = {id(article): number for number, article in enumerate(prepared.articles)}

    def settle(article: Article, problems: list[ContentError]) -> Article:
        slug, outcome = prepared.asked.pop(id(article)), outcomes.pop(id(article), None)
        kept = memo.settle(article, slug, problems, outcome, state)
        if kept is article:  # held whole: kept with the others at the end
            prepared.asked[id(article)] = slug
            if outcome is not None:
                outcomes[id(article)] = outcome
            return article
        prepared.articles[position.pop(id(article))] = kept
        return kept

    return settle


def _with_held(prepared: Prepared, facts: Prepared) -> tuple[list[Article], list[ContentError]]:
    """The articles whose facts were read, fresh or held, in the build's order, and their facts' problems
    in that order too (as a build that read every article gives them)."""
    read = {id(article) for article in facts.articles}
    articles = [a for a in prepared.articles if id(a) in read or id(a) in prepared.held]
    order = {article.source.path: number for number, article in enumerate(prepared.articles)}
    errors = [*facts.errors, *(error for problems in prepared.held.values() for error in problems)]
    errors.sort(key=lambda error: order.get(error.path, len(order)))  # stable: an article's own stay in order
    return articles, errors


def _keep_articles(
    memo: ArticleMemo,
    read: list[tuple[Article, str]],
    problems: list[ContentError],
    report: BuildReport,
    translated: list[tuple[Article, str, Outcome, list[ContentError]]],
    state: str | None,
) -> None:
    try:
        memo.keep(read, problems, translated, state)
    except OSError as exc:
        report.warnings.append(f"cannot keep the articles for the next build: {describe_os_error(exc, memo.path)}")


def _translate(
    articles: list[Article],
    config: Config,
    translator: Translator | None,
    report: BuildReport,
    progress: Progress,
    recorded: dict[int, Outcome],
) -> dict[int, Outcome]:
    """Stage 3 (translate_articles), with the build's translator unless one is given; the articles'
    outcomes, for the article memo. The articles `recorded` holds outcomes of are not translated again."""
    opened = None
    try:
        if translator is None:
            translator = opened = open_translator(config, progress)
            report.warnings.extend(opened.problems)
        progress.stage("translating")
        return translate_articles(articles, config.target_language, translator, report, recorded)
    except _setup_errors() as exc:
        raise BuildFailed(str(exc)) from None
    finally:
        if opened is not None:
            opened.close()


def _setup_errors() -> tuple[type[Exception], ...]:
    """What a translator's set-up raises for the user to fix. The LibreTranslate backend's error only where
    its module was imported (translate.machine imports it only for that backend): with http.client and ssl,
    it was 20 ms of every build's start-up."""
    server = sys.modules.get("briefgen.translate.libretranslate")
    return (MemoryFileError, GlossaryError, *((server.ServerSetupError,) if server is not None else ()))


def _check_templates(config: Config) -> None:
    """A site's templates are read into every page: a link in them to a file elsewhere would publish it."""
    folder = config.path(config.templates_dir)
    if folder.is_dir():
        refused = [found for found in walk_files(folder) if isinstance(found, Refused)]
        if refused:
            raise BuildFailed(f"{refused[0]} (templates_dir)")


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
