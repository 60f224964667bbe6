"""Stages 5 and 6 of a build: pages rendered and streamed to a staging folder, the search index made there,
and the new site swapped in whole; a page that fails is one error line, the others still written."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from functools import partial
from pathlib import Path

from ..config import Config
from ..facts.output import facts_chunks, facts_entry
from ..load import unexpected
from ..manifest import Manifest
from ..model import Article, BuildReport, Output, StreamedOutput
from ..parallel import WorkerDied
from ..progress import Progress
from ..render import Keys, RenderError, RowMemo, default_templates_dir, render_site, site_outputs
from ..render.environment import has_own_templates
from ..render.search import BUNDLE, SearchFailed, index_site
from ..write import UnsafePathError, WriteFailed, describe_os_error, link_tree, write_site
from .failures import BuildFailed, StrictRefusal


class SiteWriter:
    """Stages 5 and 6 as one stream: each file rendered (or found unchanged in the render memo) goes to the
    staging folder at once, then the search index is made there, then the site is swapped in."""

    def __init__(
        self,
        config: Config,
        report: BuildReport,
        incremental: Manifest,
        pagefind: Path | None,
        strict: bool,
        progress: Progress,
        search_later: bool = False,
        kept: Callable[[Article], bytes | None] | None = None,
        reload: Callable[[], list[Article]] | None = None,
        whole: Callable[[Article], Article] | None = None,
    ):
        """`reload` makes the whole articles again (the pipeline up to rendering): writing lets them go
        once their pages are made (render.site_outputs), and should a listing page fail, the site is
        written again without the articles at fault. Without it, the articles given are kept whole. `whole`
        gives the whole article a summary given stands in for (article_memo.ArticleMemo.whole)."""
        self.config, self.report, self.incremental = config, report, incremental
        self.pagefind, self.strict, self.progress = pagefind, strict, progress
        self.search_later = search_later
        self.keys = Keys(incremental.render_key(search=pagefind is not None), kept, has_own_templates(config))
        self.rows = RowMemo(incremental.row_memo, self.keys) if incremental.row_memo else None
        self.recorded: dict[str, list[str]] = {}
        self.published: list[Article] = []
        self.reload = reload
        self.whole = whole

    def write(self, articles: list[Article]) -> None:
        """Write the site of these articles; an article whose page fails to render is one error line and
        is left out. Should a page that lists articles fail, each article is tried alone to find the ones
        at fault, and the site is written again without them."""
        failures = PageFailures(self.report, len(articles), self.strict)
        whole = list(articles) if self.reload is None else None
        try:
            self._write(articles, failures)  # leaves `articles` holding summaries (render.site_outputs)
        except _ListingFailed as listing:
            # Found among the summaries, which is what the listing pages read.
            listed = renderable_articles(failures.remaining(articles), self.config, self.report, listing.cause)
            at_fault = {article.source.path for article in articles} - {article.source.path for article in listed}
            kept = [a for a in (whole if whole is not None else self._reloaded()) if a.source.path not in at_fault]
            kept = failures.remaining(kept)
            try:
                self._write(kept, PageFailures(self.report, len(kept), self.strict))
            except _ListingFailed as again:
                raise BuildFailed(_cannot_render("the site cannot be rendered", again.cause)) from None

    def _reloaded(self) -> list[Article]:
        assert self.reload is not None
        self.progress.stage("reading the articles again, to write the site without those at fault")
        return self.reload()

    def _write(self, articles: list[Article], failures: PageFailures) -> None:
        self.recorded = {}
        self.progress.stage("writing the site")  # each page rendered as it is written
        static = [
            (default_templates_dir() / "static", "static/"),
            (self.config.path(self.config.templates_dir) / "static", "static/"),
            (self.config.path(self.config.static_dir), ""),
        ]
        outputs = self._outputs(articles, failures)
        try:
            refused = write_site(
                outputs,
                static,
                self.config.path(self.config.output_dir),
                reuse=self.incremental.reuse,
                spare=self.incremental.spare,
                finish=self._finish,
                staged=self.incremental.staging_at,
                listed=self.incremental.listed,
            )
        except (UnsafePathError, WriteFailed) as exc:
            raise BuildFailed(str(exc)) from None
        finally:
            # Stops the render pool now, whatever stopped the writing: its forked workers hold the site's
            # lock with the descriptor they inherited, and a retry (write) or the next build would wait on it.
            outputs.close()
        self.published = failures.remaining(articles)
        self._keep_rows()
        self.report.articles = len(self.published)
        self.report.pages = sum(1 for path in self.recorded if path.endswith(".html"))
        self.report.warnings.extend(f"{line}; it was not published" for line in refused)

    def _outputs(self, articles: list[Article], failures: PageFailures) -> Iterator[Output]:
        """The files of the site as they are rendered; each is recorded once the writer has placed it."""
        outputs = site_outputs(
            articles,
            self.config,
            self.keys,
            self.incremental.fresh,
            hooks=[partial(facts_hook, rows=self.rows)],
            search=self.pagefind is not None,
            failed=failures,
            rows=self.rows,
            whole=self.whole,
        )
        with closing(outputs):
            while True:
                try:
                    output = next(outputs)
                    if isinstance(output, StreamedOutput):
                        output.chunks = partial(_listing, output.chunks)
                    elif not output.kept:
                        output.data()  # rendered here, so that a failure is caught here, not in the writer
                except StopIteration:
                    return
                except (BuildFailed, WorkerDied):
                    raise
                except Exception as exc:  # noqa: BLE001 - a listing page failed: write() finds the articles at fault
                    raise _ListingFailed(exc) from exc
                yield output
                self.recorded[output.path] = [output.key, output.hash or ""]

    def _keep_rows(self) -> None:
        """Before the manifest is recorded: the record is of the cache folder as the build leaves it."""
        if self.rows is None:
            return
        try:
            self.rows.keep(self.published)
        except OSError as exc:
            self.report.warnings.append(
                f"cannot keep the rows of listing pages for the next build: {describe_os_error(exc, self.rows.path)}"
            )

    def _finish(self, staging: Path) -> list[str]:
        """The search index, made in the staging folder from the pages there; or, later, the old one. The
        folder written in (write.Finish)."""
        if self.pagefind is None:
            return []
        if self.search_later:
            link_tree(self.config.path(self.config.output_dir) / BUNDLE, staging / BUNDLE)
            return [BUNDLE]
        self.progress.stage("indexing for search")
        try:
            live = self.config.path(self.config.output_dir) / BUNDLE  # its unchanged shards are kept
            index_site(staging, self.pagefind, not self.config.use_directory_urls, live, self.config.workers)
        except SearchFailed as exc:
            self.report.warnings.append(f"{exc} — the site is built without search")
        return [BUNDLE]


class _ListingFailed(Exception):
    def __init__(self, cause: Exception):
        super().__init__(str(cause))
        self.cause = cause


def _listing(chunks: Callable[[], Iterable[bytes]]) -> Iterator[bytes]:
    """A streamed file's chunks, made as the writer writes them: a failure there is a listing page's, which
    stops the writer (the site already there stays) and has write() find the articles at fault."""
    try:
        yield from chunks()
    except (BuildFailed, _ListingFailed):
        raise
    except Exception as exc:  # noqa: BLE001 - as a listing page's failure in _outputs
        raise _ListingFailed(exc) from exc


class PageFailures:
    """What render.site_outputs calls for an article whose page fails: its error line. Under --strict the
    build stops there; when every article fails, the fault is a template's, and the build stops with it."""

    def __init__(self, report: BuildReport, total: int, strict: bool = False):
        self.report, self.total, self.strict = report, total, strict
        self.failed: set[Path] = set()  # by source path: an article and its summary (render/summary.py) alike

    def __call__(self, article: Article, exc: Exception) -> None:
        self.report.errors.append(unexpected(article.source.path, "rendering its page", exc))
        self.failed.add(article.source.path)
        if self.strict:
            raise StrictRefusal(self.report)
        if len(self.failed) == self.total:
            raise BuildFailed(_cannot_render("no page can be rendered", exc))

    def remaining(self, articles: list[Article]) -> list[Article]:
        return [article for article in articles if article.source.path not in self.failed]


def _cannot_render(what: str, cause: Exception) -> str:
    """A template's own error names the template and line; anything else is named with the cause."""
    return str(cause) if isinstance(cause, RenderError) else f"{what} ({type(cause).__name__}: {cause})"


def facts_hook(ordered: list[Article], rows: RowMemo | None = None) -> dict[str, Callable[[], Iterable[bytes]]]:
    """site/facts.json, entry by entry; with `rows`, each article's entry is kept there, as a listing page's
    rows are."""
    if rows is None:
        return {"facts.json": partial(facts_chunks, ordered, facts_entry)}

    def entry(article: Article) -> str:
        return rows.row(article, "facts.json", ("facts.json",), partial(facts_entry, article), whole=True)

    return {"facts.json": partial(facts_chunks, ordered, entry)}


def renderable_articles(
    articles: list[Article], config: Config, report: BuildReport, first: Exception
) -> list[Article]:
    """The articles whose site renders when each is alone in it; the others are error lines."""
    kept: list[Article] = []
    for article in articles:
        try:
            render_site([article], config, hooks=[facts_hook])
        except Exception as exc:  # noqa: BLE001 - one article's failure is that article's error line
            report.errors.append(unexpected(article.source.path, "rendering its page", exc))
        else:
            kept.append(article)
    if articles and not kept:
        raise BuildFailed(_cannot_render("no page can be rendered", first))
    return kept
