"""Page types as generators, as Pelican's are: each takes the site and yields the pages it makes (path,
template, what the template needs). Adding a page type is adding a generator to PAGE_GENERATORS."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from ..config import Config
from ..model import Article
from .catalog import Catalog, Entry, build_catalog, by_name
from .environment import month_name
from .memo import RowMemo
from .rows import SharedRows
from .urls import Urls, article_path, entry_page_path, index_page_path, section_path
from .views import ArticleView, article_view

ARTICLE_TEMPLATE = "article.html"
T = TypeVar("T")
SECTIONS = {"people": "People", "countries": "Countries", "topics": "Topics", "archive": "Archive"}


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    lastmod: dt.date | None = None
    title: str = ""
    listed: bool = True  # in the sitemap
    feed: str | None = None  # the site path of this page's own Atom feed


@dataclass
class Site:
    """Everything the generators share: settings, URLs, the articles newest first, their English views and
    the catalog of people, countries, topics and months."""

    config: Config
    urls: Urls
    articles: list[Article]
    catalog: Catalog
    search: bool = False  # a Pagefind index will be there
    rows: RowMemo | None = None  # the rows of listing pages kept from the last build
    # Each article's view made when a page first asks for it, by slug: a rebuild renders a few pages, whose
    # rows mostly come from the row memo, and making the views of every article (each headline generated
    # from its facts) was a tenth of a one-article rebuild's CPU.
    views: dict[str, ArticleView] = field(default_factory=dict)
    shared_rows: SharedRows = field(default_factory=SharedRows)  # listing pages' rows, this process's

    def view(self, article: Article) -> ArticleView:
        found = self.views.get(article.slug)
        if found is None:
            found = self.views[article.slug] = article_view(article, article_path(article))
        return found

    @property
    def newest(self) -> dt.date | None:
        return max((a.date for a in self.articles if a.date), default=None)


def sort_newest_first(articles: list[Article]) -> list[Article]:
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)
    undated = sorted((a for a in articles if not a.date), key=lambda a: a.slug)
    return dated + undated


def make_site(articles: list[Article], config: Config, search: bool = False) -> Site:
    ordered = sort_newest_first(articles)
    return Site(
        config=config,
        urls=Urls(config.base_url, config.use_directory_urls),
        articles=ordered,
        catalog=build_catalog(ordered),
        search=search,
    )


def _paginated(
    items: Sequence[T], per_page: int, path_of: Callable[[int], str]
) -> Iterator[tuple[str, list[T], dict[str, Any]]]:
    """Each page of `items`, `per_page` at a time: its path, its items and what the pager partial
    (partials/pager.html) needs. One page at least, if empty."""
    count = max(1, math.ceil(len(items) / per_page))
    for number in range(1, count + 1):
        pager = {
            "page_number": number,
            "page_count": count,
            "previous_page": path_of(number - 1) if number > 1 else None,
            "next_page": path_of(number + 1) if number < count else None,
        }
        yield path_of(number), list(items[(number - 1) * per_page : number * per_page]), pager


def _briefing_pages(
    articles: Sequence[Article], per_page: int, path_of: Callable[[int], str], template: str, title: str
) -> Iterator[Page]:
    """A list of briefings in pages of `per_page` (the home page's, a month's): each page dated by its newest
    briefing, its title saying which page it is after the first."""
    for path, chunk, pager in _paginated(articles, per_page, path_of):
        number = pager["page_number"]
        yield Page(
            path,
            template,
            {"articles": chunk, **pager},
            lastmod=max((a.date for a in chunk if a.date), default=None),
            title=title if number == 1 else f"{title}, page {number}",
        )


def index_pages(site: Site) -> Iterator[Page]:
    """The home page and page/2/, page/3/…: newest first, undated briefings last under their own heading."""
    yield from _briefing_pages(site.articles, site.config.per_page, index_page_path, "index.html", site.config.title)


def article_pages(site: Site, titled: bool = True) -> Iterator[Page]:
    """A page per briefing. Untitled, and without its view, where only their paths and dates are read (the
    sitemap of a build, which renders each briefing page on its own: `render._article_output`): the title is
    the headline generated from the article's facts, which a rebuild needs only for the pages it renders."""
    for article in site.articles:
        if not titled:
            yield Page(article_path(article), ARTICLE_TEMPLATE, {"article": article}, article.date)
            continue
        view = site.view(article)
        yield Page(view.path, ARTICLE_TEMPLATE, {"article": article, "view": view}, article.date, view.headline)


@dataclass(frozen=True)
class EntryName:
    """What every page of an entry's meetings says of it."""

    key: str
    name: str


@dataclass(frozen=True)
class EntryFacts:
    """What the top of an entry's first page says, from all its meetings. The page is keyed by these values,
    not by the entry, so an edit to one of its meetings renders again the one page that lists it, and the
    first page only where these change."""

    meetings: int
    briefings: int
    country: str | None
    originals: tuple[tuple[str, str], ...]  # (spelling, language), the most written first
    roles: tuple[str, ...]  # the most held first

    @classmethod
    def of(cls, entry: Entry) -> EntryFacts:
        return cls(
            len(entry.appearances),
            len(entry.articles),
            entry.country,
            tuple(written for written, _ in entry.originals.most_common()),
            tuple(role for role, _ in entry.roles.most_common()),
        )


def _entry_pages(site: Site, section: str, entries: dict[str, Entry], template: str, feeds: bool) -> Iterator[Page]:
    facts = {entry.key: EntryFacts.of(entry) for entry in entries.values()}  # the list's and each first page's
    yield Page(
        section_path(section),
        "section.html",
        # Each entry as its own pages name it and their facts: the list is rendered again where these change,
        # not on every edit of a meeting (the entries themselves hold every one).
        {"section": section, "entries": [(EntryName(e.key, e.name), facts[e.key]) for e in by_name(entries)]},
        site.newest,
        SECTIONS[section],
    )
    for entry in entries.values():
        feed = f"{section}/{entry.key}/feed.xml" if feeds else None
        name = EntryName(entry.key, entry.name)
        path_of = partial(entry_page_path, section, entry.key)
        pages = _paginated(entry.appearances, site.config.meetings_per_page, path_of)
        for path, chunk, pager in pages:
            number = pager["page_number"]
            context = {"section": section, "entry": name, "appearances": chunk, **pager}
            if number == 1:
                context["facts"] = facts[entry.key]
            yield Page(
                path,
                template,
                context,
                entry.latest if number == 1 else max((a.date for a in chunk if a.date), default=None),
                entry.name if number == 1 else f"{entry.name}, page {number}",
                feed=feed,
            )


def people_pages(site: Site) -> Iterator[Page]:
    yield from _entry_pages(site, "people", site.catalog.people, "person.html", feeds=False)


def country_pages(site: Site) -> Iterator[Page]:
    yield from _entry_pages(site, "countries", site.catalog.countries, "country.html", feeds=True)


def topic_pages(site: Site) -> Iterator[Page]:
    yield from _entry_pages(site, "topics", site.catalog.topics, "topic.html", feeds=True)


def archive_pages(site: Site) -> Iterator[Page]:
    """The list of months, and each month's briefings in pages of `per_page`, as the home page has them: a
    month of a busy desk holds hundreds."""
    months = site.catalog.months
    yield Page(section_path("archive"), "archive.html", {"months": months}, site.newest, SECTIONS["archive"])
    for month in months:
        path_of = partial(entry_page_path, "archive", month.key)
        title = f"Briefings of {month_name(month.date)}"
        yield from _briefing_pages(month.articles, site.config.per_page, path_of, "month.html", title)


def search_page(site: Site) -> Iterator[Page]:
    yield Page("search/index.html", "search.html", {}, None, "Search", listed=False)


def not_found_page(site: Site) -> Iterator[Page]:
    yield Page("404.html", "404.html", {}, None, "Not found", listed=False)


PageGenerator = Callable[[Site], Iterator[Page]]
PAGE_GENERATORS: tuple[PageGenerator, ...] = (
    index_pages,
    article_pages,
    people_pages,
    country_pages,
    topic_pages,
    archive_pages,
    search_page,
    not_found_page,
)
