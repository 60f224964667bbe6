"""The dateline of agency copy, and bylines: «АСТАНА. KAZINFORM – …», «Астана. 25 қараша. ҚазТАГ – …»,
«АСТАНА, 21 қазан – Sputnik.», «Бишкек, 14.10.25. /Нургуль Абдыкеримова – Кабар/.», «Автор: …».

A dateline names the city the report was filed from and the agency that filed it; a byline names the
correspondent. Neither names anyone taking part in a meeting. The city is the place of a meeting the
text places nowhere else (a report filed from Antalya about meetings at a forum there)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Match
from ..meetings.sentences import Sent

# What follows the city and date: «/Author – Agency/», «/Agency/», «KAZINFORM – », «24KZ. ».
AFTER_PLACE = re.compile(
    r"^/(?:(?P<author>[^/–—]{3,60}?)\s*[–—]\s*)?(?P<slashed>[^/]{2,40})/"
    r"|^(?P<agency>[^\s/–—«»][^\s–—]{0,20}(?:\s[^\s–—]{1,20})?)\s*(?:[—–-]\s|\.\s)"
)
# «АСТАНА, 21 қазан – Sputnik.»: the agency after the date, closing the dateline.
DATE_THEN_AGENCY = re.compile(r"^\s*[^\W\d_][\w-]+,\s*[^–—.]{1,30}[–—]\s*(?P<agency>[^.–—]{2,30})\.")
# The city and date: «АСТАНА. », «Астана. 25 қараша. », «Бишкек, 14.10.25. ».
PLACE = re.compile(r"^\s*[^\W\d_][\w-]+(?:,\s*[^/–—]{1,30}?|\.\s*\d{1,2}\s+\w+)?\.\s+(?=[/\w«\"])")
SLASHED = re.compile(r"^\s*/[^/]+/\.?\s*$")


@dataclass(frozen=True)
class Dateline:
    city: Match | None  # the city the report was filed from, as the gazetteer knows it
    agency: str | None
    bylines: frozenset[int]  # sentences that only name the author


def read_dateline(sents: list[Sent]) -> Dateline:
    lead = [s for s in sents if s.block == sents[0].block] if sents else []
    bylines = frozenset(s.index for s in sents if _byline(s))
    text = " ".join(s.sentence.plain for s in lead)
    if not text.strip():
        return Dateline(None, None, bylines)
    # The city, when the gazetteer knows it; a place it lacks («АНТАЛЬЯ.») opens a dateline in capitals.
    city = next((m for m in lead[0].matches if m.start == 0 and m.entry.kind == "city"), None)
    first_word = text.split(maxsplit=1)[0].strip(".,")
    if city is None and not (len(first_word) > 2 and first_word.isupper()):
        return Dateline(None, None, bylines)
    return Dateline(city, _agency(text), bylines)


def _byline(s: Sent) -> bool:
    return bool(SLASHED.match(s.sentence.plain) or s.language.person("byline").match(s.sentence.plain))


def _agency(lead: str) -> str | None:
    closing = DATE_THEN_AGENCY.match(lead)
    if closing:
        return closing.group("agency").strip()
    place = PLACE.match(lead)
    after = AFTER_PLACE.match(lead[place.end() :]) if place else None
    if after is None:
        return None
    return (after.group("slashed") or after.group("agency") or "").strip() or None
