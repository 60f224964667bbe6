"""Page types as generators, as Pelican's are: each takes the site and yields the pages it makes (path,
template, what the template needs). Adding a page type is adding a generator to PAGE_GENERATORS."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..model import Article
from .catalog import Catalog, Entry, build_catalog, by_name
from .environment import month_name
from .memo import RowMemo
from .urls import Urls, article_path, index_page_path, section_path
from .views import ArticleView, article_view

ARTICLE_TEMPLATE = "article.html"
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
    views: dict[str, ArticleView]
    catalog: Catalog
    search: bool = False  # a Pagefind index will be there
    rows: RowMemo | None = None  # the rows of listing pages kept from the last build

    def view(self, article: Article) -> ArticleView:
        return self.views[article.slug]

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
        views={a.slug: article_view(a, article_path(a)) for a in ordered},
        catalog=build_catalog(ordered),
        search=search,
    )


def index_pages(site: Site) -> Iterator[Page]:
    """The home page and page/2/, page/3/…: newest first, undated briefings last under their own heading."""
    per_page = site.config.per_page
    count = max(1, math.ceil(len(site.articles) / per_page))
    for number in range(1, count + 1):
        chunk = site.articles[(number - 1) * per_page : number * per_page]
        yield Page(
            index_page_path(number),
            "index.html",
            {
                "articles": chunk,
                "page_number": number,
                "page_count": count,
                "previous_page": index_page_path(number - 1) if number > 1 else None,
                "next_page": index_page_path(number + 1) if number < count else None,
            },
            lastmod=max((a.date for a in chunk if a.date), default=None),
            title=site.config.title if number == 1 else f"{site.config.title}, page {number}",
        )


def article_pages(site: Site) -> Iterator[Page]:
    for article in site.articles:
        view = site.view(article)
        yield Page(view.path, ARTICLE_TEMPLATE, {"article": article, "view": view}, article.date, view.headline)


def _entry_pages(site: Site, section: str, entries: dict[str, Entry], template: str, feeds: bool) -> Iterator[Page]:
    yield Page(
        section_path(section),
        "section.html",
        {"section": section, "entries": by_name(entries)},
        site.newest,
        SECTIONS[section],
    )
    for entry in entries.values():
        path = section_path(section, entry.key)
        feed = f"{section}/{entry.key}/feed.xml" if feeds else None
        yield Page(path, template, {"section": section, "entry": entry}, entry.latest, entry.name, feed=feed)


def people_pages(site: Site) -> Iterator[Page]:
    yield from _entry_pages(site, "people", site.catalog.people, "person.html", feeds=False)


def country_pages(site: Site) -> Iterator[Page]:
    yield from _entry_pages(site, "countries", site.catalog.countries, "country.html", feeds=True)


def topic_pages(site: Site) -> Iterator[Page]:
    yield from _entry_pages(site, "topics", site.catalog.topics, "topic.html", feeds=True)


def archive_pages(site: Site) -> Iterator[Page]:
    months = site.catalog.months
    yield Page(section_path("archive"), "archive.html", {"months": months}, site.newest, SECTIONS["archive"])
    for month in months:
        yield Page(
            section_path("archive", month.key),
            "month.html",
            {"month": month},
            max(a.date for a in month.articles if a.date),
            f"Briefings of {month_name(month.date)}",
        )


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
