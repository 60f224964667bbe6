"""The dateline of agency copy, and bylines: «АСТАНА. KAZINFORM – …», «Астана. 25 қараша. ҚазТАГ – …»,
«АСТАНА, 21 қазан – Sputnik.», «Бишкек, 14.10.25. /Нургуль Абдыкеримова – Кабар/.», «Автор: …».

A dateline names the city the report was filed from and the agency that filed it (read as the article's
agency by attribution/source.py); a byline names the correspondent. Neither names anyone taking part in a
meeting. The city is the place of a meeting the text places nowhere else (a report filed from Antalya about
meetings at a forum there)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.patterns import Dateline as Opening
from ...lang.patterns import read_dateline as read_opening
from ..gazetteer import Match
from ..meetings.sentences import Sent
from ..people.romanize import romanize

SLASHED = re.compile(r"^\s*/[^/]+/\.?\s*$")


@dataclass(frozen=True)
class Dateline:
    city: Match | None  # the city the report was filed from, as the gazetteer knows it
    bylines: frozenset[int]  # sentences that only name the author
    town: str | None = None  # a place in capitals the gazetteer lacks («АНТАЛЬЯ.»), romanized: Antalya


def read_dateline(sents: list[Sent]) -> Dateline:
    """The dateline's city (read by briefgen/lang/patterns.py, the one reader of datelines), and the
    bylines."""
    lead = [s for s in sents if s.block == sents[0].block] if sents else []
    bylines = frozenset(s.index for s in sents if _byline(s))
    text = " ".join(s.sentence.plain for s in lead)
    opening = read_opening(text) if text.strip() else None
    # The city, when the gazetteer knows it, opening the lead; a place it lacks («АНТАЛЬЯ.») opens a dateline
    # in capitals.
    city = next((m for m in lead[0].matches if m.start == 0 and m.entry.kind == "city"), None) if lead else None
    if opening is None:
        return Dateline(city, bylines)
    if city is None and not _names_a_town(opening):
        return Dateline(None, bylines)
    # Capitals are how a dateline writes its town, whatever the town: its name is the romanized nominative.
    town = romanize(opening.place.title()) if city is None else None
    return Dateline(city, bylines, town)


def _names_a_town(opening: Opening) -> bool:
    """A place the gazetteer lacks opens a dateline in capitals («АНТАЛЬЯ.»), or in any case with both a date and
    an agency between slashes after it («Нукус, 16 сентября /УзА/.»), which no sentence opens with."""
    place = opening.place
    stamped = opening.date is not None and opening.slashed and place.istitle()
    return len(place) > 2 and (place.isupper() or stamped)


def _byline(s: Sent) -> bool:
    return bool(SLASHED.match(s.sentence.plain) or s.language.person("byline").match(s.sentence.plain))
