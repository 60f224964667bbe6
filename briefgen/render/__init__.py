"""Stage 5, render: Articles become a site (site-relative path → bytes). Pure: nothing is written here.

The page types are generators (pages.PAGE_GENERATORS): briefings, the paginated index, a page per
person, country and topic, the archive by month, search and 404. Then the files that describe the pages:
Atom feeds, sitemap.xml and robots.txt. Autoescaping is on; Markdown from articles is rendered inline and
sanitized with nh3, because articles come from outside.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Generator, Iterable, Iterator, Set
from contextlib import closing
from functools import partial
from typing import Any

from jinja2 import Environment, TemplateError

from ..config import Config
from ..markup import inline_markdown
from ..model import Article, Output, StreamedOutput
from ..parallel import can_fork, give_back_freed_memory, ordered_stream
from .discovery import discovery_files
from .environment import RenderError, Row, default_templates_dir, make_environment, template_problem
from .feeds import FEED, feed_bytes, site_feeds
from .memo import Fresh, Keys, RowMemo, never_fresh, packed
from .pages import ARTICLE_TEMPLATE, PAGE_GENERATORS, SECTIONS, Page, Site, article_pages, make_site, sort_newest_first
from .rows import RowTemplate, meeting_row
from .summary import summarize
from .urls import article_path, section_path

__all__ = [
    "Keys",
    "RowMemo",
    "article_file",
    "OutputHook",
    "RenderError",
    "Row",
    "default_templates_dir",
    "inline_markdown",
    "make_environment",
    "render_site",
    "site_outputs",
    "sort_newest_first",
]

# Extra outputs contributed by later stages (site/facts.json from the facts stage, for instance): each
# takes the articles and returns {site-relative path: a function that makes its bytes, in chunks}, so a file
# the site already holds is not made again, and one that is, is written as it is made (StreamedOutput).
OutputHook = Callable[[list[Article]], dict[str, Callable[[], Iterable[bytes]]]]


def _context(site: Site, page: Page) -> dict[str, Any]:
    """What every template sees. The 404 page is served at any depth, so its links start from base_url's
    path; every other page links relatively, and so works wherever the site is put."""
    here = None if page.path == "404.html" else page.path
    urls = site.urls

    def url(to_path: str) -> str:
        return urls.link(here, to_path)

    return {
        "site": {
            "title": site.config.title,
            "description": site.config.description,
            "base_url": site.config.base_url,
            "target_language": site.config.target_language,
            "search": site.search,
            "feed": FEED,
            "sections": SECTIONS,
        },
        "page": page,
        "path": page.path,
        "root": url(""),
        "url": url,
        "canonical": urls.url(page.path),
        "absolute_url": urls.url,
        "paths": {"article": article_path, "section": section_path},
        "view_of": site.view,
        "catalog": site.catalog,
        **page.context,
    }


def _render(env: Environment, site: Site, page: Page) -> bytes:
    try:
        html = env.get_template(page.template).render(_page_context(env, site, page))
    except TemplateError as exc:
        raise RenderError(template_problem(exc, page.path)) from exc
    return html.encode("utf-8")


# How many characters of a streamed page are joined before they are encoded and handed to the writer.
STREAM_CHARACTERS = 1 << 16


def _render_chunks(env: Environment, site: Site, page: Page) -> Iterator[bytes]:
    """_render's bytes as Jinja makes them (its `generate`, whose pieces `render` joins): a page that lists
    every meeting of a country runs to megabytes (6.5 MB at 3,000 articles), and held whole, as text, as
    its pieces and as bytes, cost a rebuild 50 MB at once."""
    pieces: list[str] = []
    size = 0
    try:
        for piece in env.get_template(page.template).generate(_page_context(env, site, page)):
            pieces.append(piece)
            size += len(piece)
            if size >= STREAM_CHARACTERS:
                yield "".join(pieces).encode("utf-8")
                pieces, size = [], 0
    except TemplateError as exc:
        raise RenderError(template_problem(exc, page.path)) from exc
    yield "".join(pieces).encode("utf-8")


def _page_context(env: Environment, site: Site, page: Page) -> dict[str, Any]:
    context = _context(site, page)
    context["meeting_row"] = partial(meeting_row, site, page, RowTemplate(env, context, site.shared_rows))
    return context


def render_site(
    articles: list[Article], config: Config, hooks: Iterable[OutputHook] = (), search: bool = False
) -> dict[str, bytes]:
    """Every file of the site but the static assets and the search bundle, in memory. `search` says a
    Pagefind index will be added, so the pages offer it."""
    with closing(site_outputs(articles, config, Keys(""), hooks=hooks, search=search)) as outputs:
        return {output.path: output.data() for output in outputs}


def site_outputs(
    articles: list[Article],
    config: Config,
    keys: Keys,
    fresh: Fresh = never_fresh,
    hooks: Iterable[OutputHook] = (),
    search: bool = False,
    failed: Callable[[Article, Exception], None] | None = None,
    rows: RowMemo | None = None,
    whole: Callable[[Article], Article] | None = None,
) -> Iterator[Output]:
    """The files of render_site one at a time, each with its key; one that `fresh` says the site already
    holds comes unrendered (`kept`). With `failed` given (a build's), the briefing pages come first, each
    rendered as it comes: an article whose page fails is handed to `failed` and left out of every other
    page; the others are listed from their summaries (summary.py), each put in the place of its whole
    article in `articles` once its page is made, so that the whole articles can go before the listing
    pages are made (the caller holds no other reference). `rows`, the rows of listing pages kept from the
    last build, is filled with this build's. `whole` gives the whole article an article of `articles` may be a
    summary standing in for (article_memo.ArticleMemo.whole): asked only where its briefing page is to be
    rendered. Pages to render are spread over config.workers processes (see `_made`); the bytes are the
    same for any number."""
    env = make_environment(config)
    kept = articles
    if failed is not None:
        kept = yield from _briefings(env, keys, fresh, articles, config, search, failed, whole)
    site = make_site(kept, config, search=search)
    site.rows = rows
    generators = PAGE_GENERATORS
    if failed is not None:  # the briefing pages are made above: the sitemap reads their paths and dates alone
        generators = tuple(partial(article_pages, titled=False) if g is article_pages else g for g in generators)
    pages = [page for generator in generators for page in generator(site)]
    outputs = [
        _page_output(env, site, keys, fresh, page)
        for page in pages
        if failed is None or page.template != ARTICLE_TEMPLATE
    ]
    for feed in site_feeds(site):
        outputs.append(_output(keys, fresh, feed.path, ("feed", feed), partial(feed_bytes, site, feed)))
    for path, inputs, make in discovery_files(site, pages):
        outputs.append(_output(keys, fresh, path, ("discovery", inputs), make))
    here: set[str] = set()
    for number, hook in enumerate(hooks):
        for path, chunks in hook(site.articles).items():
            here.add(path)
            # A hook's file (facts.json) reads all of each summary: its meetings' sentence ids too.
            outputs.append(_streamed_output(keys, fresh, path, ("hook", number, site.articles), chunks, wholes=True))
    yield from _made(outputs, config.workers, rows, site.articles, here, LISTING_PAGES_A_CHUNK, site.shared_rows.packed)


def _briefings(
    env: Environment,
    keys: Keys,
    fresh: Fresh,
    articles: list[Article],
    config: Config,
    search: bool,
    failed: Callable[[Article, Exception], None],
    whole: Callable[[Article], Article] | None = None,
) -> Generator[Output, None, list[Article]]:
    """site_outputs' briefing pages, each article replaced in `articles` by its summary once its page is
    made (see there); returns the summaries of the articles whose page was made, once the whole articles
    are let go (the makers of their pages held every one) and their memory given back."""
    listed: list[Article] = []
    briefings = [_article_output(env, keys, fresh, article, config, search, whole) for article in articles]
    with closing(_made(briefings, config.workers, None, articles)) as rendered:  # `failed` may raise
        for number, output in enumerate(rendered):
            article = articles[number]
            try:
                if not output.kept:
                    output.data()
            except Exception as exc:  # noqa: BLE001 - one article's failure is that article's error line
                failed(article, exc)
                continue
            listed.append(summarize(article))
            articles[number] = listed[-1]
            keys.summary(article, listed[-1])
            keys.release(article)
            yield output
    briefings.clear()  # their makers hold the whole articles: let them go before the memory is given back
    give_back_freed_memory()
    return listed


def _page_output(env: Environment, site: Site, keys: Keys, fresh: Fresh, page: Page) -> Output:
    """A page's output: a listing page is written as it is rendered (StreamedOutput), unless the render
    pool makes it (see `_made`), and then its bytes are joined from the encoded chunks (a fifth of what its
    text, pieces and bytes took at once); a briefing page is small, and made whole."""
    if page.template == ARTICLE_TEMPLATE:
        return _output(keys, fresh, page.path, (page,), partial(_render, env, site, page))
    return _streamed_output(keys, fresh, page.path, (page,), partial(_render_chunks, env, site, page))


def _output(
    keys: Keys, fresh: Fresh, path: str, inputs: tuple[Any, ...], make: Callable[[], bytes], wholes: bool = False
) -> Output:
    """A page's inputs are its Page: what else its template reads of the site (settings, URLs, the English
    views of articles) follows from the render key and the articles in it. `wholes`: Keys.of_wholes."""
    key = keys.of_wholes(path, *inputs) if wholes else keys.of(path, *inputs)
    held = fresh(path, key)
    return Output(path, key, make, hash=held, kept=held is not None)


def _streamed_output(
    keys: Keys,
    fresh: Fresh,
    path: str,
    inputs: tuple[Any, ...],
    chunks: Callable[[], Iterable[bytes]],
    wholes: bool = False,
) -> StreamedOutput:
    """_output for a file written as its `chunks` are made; `data()` joins them."""
    output = _output(keys, fresh, path, inputs, partial(_joined, chunks), wholes)
    return StreamedOutput(output.path, output.key, output.make, output.hash, output.kept, chunks=chunks)


# Fewer files to render than this are rendered in this process: forking workers and sending the pages back
# costs more than it saves on a few (a rebuild of one article renders its page and the pages that list it).
POOL_AT_LEAST = 64
# Pages a worker is given at once: few, as a topic's page on a large site runs to megabytes (with its rows).
PAGES_A_CHUNK = 8
# Listing pages one at a time: the page of a country every article names is 22 MB at 10,000 articles, and
# the results this process has not taken yet are up to two chunks a worker (parallel.AHEAD), each page with
# its rows: in chunks of eight, a cold build's writing added 480 MB here at 10,000 articles.
LISTING_PAGES_A_CHUNK = 1


def _joined(chunks: Callable[[], Iterable[bytes]]) -> bytes:
    return b"".join(chunks())


def _made(
    outputs: list[Output],
    workers: int,
    rows: RowMemo | None,
    articles: list[Article],
    here: Set[str] = frozenset(),
    chunk: int = PAGES_A_CHUNK,
    pack: Callable[[str], bytes] = packed,
) -> Iterator[Output]:
    """The outputs in their order, those to render rendered by `workers` processes (forked, so they hold the
    site, the templates and these outputs' makers already; only the bytes come back), each handed on as
    it arrives and not held here. A file that fails to render comes as an output that raises the error when
    its data is asked for, as one rendered here would. The rows of listing pages (of `articles`) a worker
    makes come back with its page and go to `rows` here, as if this process had made them. The files at
    `here` (the hooks': facts.json) are made here, streamed: from a worker they would come back whole, with
    a row for each article; the pages a worker makes come back whole too, so a listing page is streamed
    only where this process renders it (a rebuild)."""
    todo = [output for output in outputs if not output.kept and output.path not in here]
    if workers <= 1 or len(todo) < POOL_AT_LEAST or not can_fork():
        yield from outputs
        return
    positions = {id(article): number for number, article in enumerate(articles)}
    work = partial(_render_apart, rows, positions, os.getpid(), pack)
    made = ordered_stream(work, todo, workers, least=POOL_AT_LEAST, here_first=False, chunk=chunk)
    with closing(made):
        for output in outputs:
            if output.kept or output.path in here:
                yield output
                continue
            data, new_rows = next(made)
            for position, parts, row in new_rows:
                assert rows is not None
                rows.made(articles[position], *parts, row)
            if isinstance(data, Exception):
                yield Output(output.path, output.key, partial(_raise, data))
            else:
                yield Output.of(output.path, data, output.key)


# The article's place in the site's list, what else RowMemo.row was given to name the row (all its arguments
# between the article and the maker), the row as the memo keeps it (memo.packed: a fifth of its text's size,
# which a country's page of every meeting sent back as text cost this process at once).
RowMade = tuple[int, tuple[Any, ...], bytes]


def _render_apart(
    rows: RowMemo | None, positions: dict[int, int], parent: int, pack: Callable[[str], bytes], output: Output
) -> tuple[bytes | Exception, list[RowMade]]:
    """In a worker: one output's bytes (or the error that stopped them), with the rows it made. The worker
    makes every row its pages show rather than read the memo: the memo is this process's (its file, its
    connection), and what it holds is only ever what a row renders to."""
    made: list[RowMade] = []
    if rows is not None and os.getpid() != parent:

        def row(article: Article, *naming: Any) -> str:
            *parts, make = naming
            text = make()
            if id(article) in positions:
                made.append((positions[id(article)], tuple(parts), pack(text)))
            return text

        rows.row = row  # type: ignore[method-assign]  # this worker's copy of the memo, not this process's
    try:
        data: bytes | Exception = output.make()
    except Exception as exc:  # noqa: BLE001 - sent back, to be raised where the bytes are asked for
        data = _portable(exc)
    return data, made


def _portable(exc: Exception) -> Exception:
    """The error as it can travel back from a worker: itself if it pickles, else its type and message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any error type may refuse to be pickled
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _raise(exc: Exception) -> bytes:
    raise exc


def _article_output(
    env: Environment,
    keys: Keys,
    fresh: Fresh,
    article: Article,
    config: Config,
    search: bool,
    whole: Callable[[Article], Article] | None = None,
) -> Output:
    """A briefing page, not yet rendered: its template reads the article alone, so the site it is rendered
    in holds that article alone. So the article alone keys it, and that site is made only to render it:
    making one (its headline, its catalog) for each of thousands of kept pages cost a rebuild most of a
    second. An article that is a summary standing in for the whole (see site_outputs) keys the page as the
    whole would; the whole is asked for where the page is rendered (a render worker, maybe), and let go
    with it: asked here for every page at once, a first build would hold every article whole again."""

    def render() -> bytes:
        site = make_site([whole(article) if whole is not None else article], config, search=search)
        (page,) = article_pages(site)
        return _render(env, site, page)

    return _output(keys, fresh, article_path(article), (ARTICLE_TEMPLATE, article), render)


def article_file(article: Article, config: Config, search: bool = False) -> Output:
    """One briefing page alone, rendered now: the bytes a build gives it (its template reads the article
    alone), for `briefgen serve` to show an edit before the rest of the site is rebuilt."""
    output = _article_output(make_environment(config), Keys(""), never_fresh, article, config, search)
    output.data()
    return output
