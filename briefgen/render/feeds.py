"""Atom feeds (with feedgen): the site's briefings, and those of each country and topic.

Entries read in English (the translated title, else the headline generated from the facts). Ids are
`urn:uuid:` names derived from the article's path, so they stay the same when base_url changes; links
are absolute with an absolute base_url and relative to the feed's own URL otherwise (RFC 4287 allows it).
Two builds of the same input give the same bytes: every date comes from the articles.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Article
from .pages import Site, section_path

FEED = "feed.xml"
MOST_ENTRIES = 50
# The date an undated article's entry carries, when no article has one: Atom requires a date.
NO_DATE = dt.date(2000, 1, 1)


def _stamp(date: dt.date) -> dt.datetime:
    return dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)


def _href(site: Site, feed_path: str, to_path: str) -> str:
    return site.urls.url(to_path) or site.urls.link(feed_path, to_path)


@dataclass(frozen=True)
class Feed:
    """One Atom feed: what it is made from, and so the render memo's key for it."""

    path: str
    title: str
    page_path: str  # the page the feed is the feed of
    articles: tuple[Article, ...]  # newest first, at most MOST_ENTRIES
    updated: dt.date


def feed_bytes(site: Site, feed: Feed) -> bytes:
    # Imported where a feed is made: feedgen brings lxml and dateutil, which a rebuild that makes no feed
    # (one article changed, not among the newest) never needs, and every build paid for at start-up.
    from feedgen.feed import FeedGenerator

    path = feed.path
    atom = FeedGenerator()
    atom.id(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'briefgen:' + path)}")
    atom.title(feed.title)
    atom.subtitle(site.config.description)
    atom.language(site.config.target_language)
    atom.link(href=_href(site, path, path), rel="self", type="application/atom+xml")
    atom.link(href=_href(site, path, feed.page_path), rel="alternate", type="text/html")
    atom.updated(_stamp(feed.updated))
    atom.generator("briefgen")
    # feedgen prepends each entry; adding oldest first leaves the newest on top.
    for article in reversed(feed.articles):
        view = site.view(article)
        entry = atom.add_entry()
        entry.id(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'briefgen:' + view.path)}")
        entry.title(view.headline)
        entry.link(href=_href(site, path, view.path), rel="alternate", type="text/html")
        entry.updated(_stamp(article.date or feed.updated))
        if article.date:
            entry.published(_stamp(article.date))
        entry.summary(view.description(article.title.plain))
        # Who reports the article (front matter `source`, else the agency its text names), else the site.
        entry.author(name=article.reported_by.name if article.reported_by else site.config.title)
        for name in dict.fromkeys(p.name for m in article.meetings for p in m.participants):
            entry.category(term=name, label=name)
    return atom.atom_str(pretty=True)


def _feed(site: Site, path: str, title: str, page_path: str, articles: list[Article]) -> Feed:
    updated = max((a.date for a in articles if a.date), default=site.newest or NO_DATE)
    return Feed(path, title, page_path, tuple(articles[:MOST_ENTRIES]), updated)


def site_feeds(site: Site) -> Iterator[Feed]:
    """feed.xml, countries/<key>/feed.xml, topics/<key>/feed.xml."""
    yield _feed(site, FEED, site.config.title, "index.html", site.articles)
    for section, entries in (("countries", site.catalog.countries), ("topics", site.catalog.topics)):
        for entry in entries.values():
            path = f"{section}/{entry.key}/{FEED}"
            yield _feed(
                site, path, f"{site.config.title}: {entry.name}", section_path(section, entry.key), entry.articles
            )
