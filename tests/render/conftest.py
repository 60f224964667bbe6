"""Articles with meetings, made in code: what the render tests build sites from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.model import Article, Location, Meeting, Participant, SourceDocument
from briefgen.segment import segment


def make_article(
    slug: str,
    date: dt.date | None = None,
    meetings: list[Meeting] | None = None,
    body: str = "Стороны обсудили сотрудничество.",
    lang: str = "ru",
) -> Article:
    meta = {"title": f"Заголовок {slug}", "slug": slug, **({"date": date} if date else {})}
    article = segment(SourceDocument(Path(f"{slug}.md"), Path(f"{slug}.md"), meta, body, 1, "markdown", lang))
    article.meetings = meetings or []
    return article


def person(name: str, role: str | None = None, country: str | None = None, host: bool = False, original=None):
    return Participant(name=name, name_original=original, role=role, country=country, host=host)


def talks(*people: Participant, kind: str = "talks", city: str | None = None, country: str | None = None,
          date: dt.date | None = None, topics: tuple[str, ...] = ()) -> Meeting:
    return Meeting(kind=kind, date=date, location=Location(city=city, country=country), participants=list(people),
                   topics=list(topics))
