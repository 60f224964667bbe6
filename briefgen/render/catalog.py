"""What the briefings are about, gathered across the site: people, countries, topics and months, each with
the meetings and articles that mention them. Built from the Meeting data of model.py alone.

Keys are slugs of English names (a person's, a country's, a topic's), so a URL stays the same from build
to build as long as the name does.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Meeting, Participant
from ..slugs import slugify


@dataclass(frozen=True)
class Appearance:
    """One meeting of one article, seen from an entry of the catalog."""

    article: Article
    meeting: Meeting
    number: int  # the meeting's place in its article, from 1: the fact box's anchor is #meeting-<number>
    # The meeting's date, else its article's: taken once, as the sorts, the listings and their keys ask it of
    # every appearance again (as a property, 180,000 calls in a one-article rebuild at 1,000 articles).
    date: dt.date | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", self.meeting.date or self.article.date)

    def counterparts(self, person: Participant | None = None) -> list[Participant]:
        return [p for p in self.meeting.participants if person is None or p.name != person.name]


@dataclass
class Entry:
    """A person, country or topic: its key, English name and every meeting that mentions it."""

    key: str
    name: str
    appearances: list[Appearance] = field(default_factory=list)
    originals: Counter[tuple[str, str]] = field(default_factory=Counter)  # (spelling, language)
    roles: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)

    @property
    def articles(self) -> list[Article]:
        by_slug = {a.article.slug: a.article for a in self.appearances}
        return list(by_slug.values())

    @property
    def country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    @property
    def latest(self) -> dt.date | None:
        return max((a.date for a in self.appearances if a.date), default=None)


@dataclass(frozen=True)
class Month:
    key: str  # 2026/03
    date: dt.date  # its first day
    articles: tuple[Article, ...]


@dataclass
class Catalog:
    people: dict[str, Entry] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)
    topics: dict[str, Entry] = field(default_factory=dict)
    months: list[Month] = field(default_factory=list)

    def person_key(self, participant: Participant) -> str:
        return _key(participant.name)

    def country_key(self, name: str) -> str:
        return _key(name)

    def topic_key(self, name: str) -> str:
        return _key(name)


# A list page links every person of every meeting it lists: thousands of the same few names on a large site.
_key = functools.lru_cache(maxsize=8192)(slugify)


def _entry(entries: dict[str, Entry], name: str) -> Entry | None:
    key = _key(name)
    if not key:
        return None
    # Not setdefault: an Entry (three Counters) made for each of its appearances cost a build 0.1 s at 1,000.
    found = entries.get(key)
    if found is None:
        found = entries[key] = Entry(key, name)
    return found


def _newest_first(appearances: list[Appearance]) -> list[Appearance]:
    dated = sorted((a for a in appearances if a.date), key=lambda a: (a.date, a.article.slug, a.number), reverse=True)
    undated = sorted((a for a in appearances if not a.date), key=lambda a: (a.article.slug, a.number))
    return dated + undated


def _add_meeting(catalog: Catalog, appearance: Appearance) -> None:
    meeting = appearance.meeting
    countries: list[str] = []
    for person in meeting.participants:
        entry = _entry(catalog.people, person.name)
        if entry is not None:
            entry.appearances.append(appearance)
            if person.name_original:
                entry.originals[(person.name_original, appearance.article.lang)] += 1
            if person.role:
                entry.roles[person.role] += 1
            if person.country:
                entry.countries[person.country] += 1
        if person.country:
            countries.append(person.country)
    if meeting.location.country:
        countries.append(meeting.location.country)
    for country in dict.fromkeys(countries):
        entry = _entry(catalog.countries, country)
        if entry is not None:
            entry.appearances.append(appearance)
    for topic in dict.fromkeys(meeting.topics):
        entry = _entry(catalog.topics, topic)
        if entry is not None:
            entry.appearances.append(appearance)


def build_catalog(articles: list[Article]) -> Catalog:
    catalog = Catalog()
    for article in articles:
        for number, meeting in enumerate(article.meetings, start=1):
            _add_meeting(catalog, Appearance(article, meeting, number))
    for entries in (catalog.people, catalog.countries, catalog.topics):
        for entry in entries.values():
            entry.appearances = _newest_first(entry.appearances)
    by_month: dict[str, list[Article]] = {}
    for article in articles:
        if article.date:
            by_month.setdefault(f"{article.date:%Y/%m}", []).append(article)
    catalog.months = [
        Month(key, dt.date(int(key[:4]), int(key[5:]), 1), tuple(items))
        for key, items in sorted(by_month.items(), reverse=True)
    ]
    return catalog


def by_name(entries: dict[str, Entry]) -> list[Entry]:
    return sorted(entries.values(), key=lambda e: (e.name.casefold(), e.key))
