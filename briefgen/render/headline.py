"""An English headline and one-sentence lead written from an article's facts, for articles without an
English title: so that the index, the feeds and the page title read in English for every briefing.

The facts are already in English (names from the gazetteer, roles, places from CLDR), so a sentence
pattern per kind of meeting is enough; the patterns are data below. What is generated is marked as such on
the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from ..lang import pack
from ..model import Article, Meeting, Participant

# kind → (headline, lead). {host} and {guest} appear only where the meeting names a host; {all} is every
# participant. The lead's {where} and {when} are " in Astana" and " on 14 March 2026", or empty.
HOSTED = {
    "reception": ("{host} receives {guest}", "{guest_full} was received by {host_full}{where}{when}."),
    "visit": ("{guest} visits {place}", "{guest_full} was hosted by {host_full}{where}{when}."),
    "talks": ("{host} holds talks with {guest}", "{host_full} held talks with {guest_full}{where}{when}."),
}
ANY = {
    "phone call": ("{all} speak by phone", "{all_full} spoke by phone{when}."),
    "summit": ("Summit{where}: {all}", "{all_full} took part in a summit{where}{when}."),
    "signing": ("{all} sign agreements", "{all_full} signed agreements{where}{when}."),
    "talks": ("{all} hold talks", "{all_full} held talks{where}{when}."),
    "visit": ("Visit{where}: {all}", "{all_full} met during a visit{where}{when}."),
    "reception": ("{all} meet", "{all_full} met{where}{when}."),
    "meeting": ("{all} meet", "{all_full} met{where}{when}."),
}
# Words of an office that stay lowercase in a title before a name ("Minister of Foreign Affairs").
SMALL_WORDS = frozenset({"and", "of", "for", "the", "on", "in", "to"})
MOST_NAMED = 3


@dataclass(frozen=True)
class Generated:
    headline: str
    lead: str


def _title_case(role: str) -> str:
    words = role.split()
    return " ".join(w if (i and w in SMALL_WORDS) or not w.islower() else w.capitalize() for i, w in enumerate(words))


def _full(person: Participant) -> str:
    """'Prime Minister Olzhas Bektenov of Kazakhstan'."""
    named = f"{_title_case(person.role)} {person.name}" if person.role else person.name
    return f"{named} of {_with_article(person.country)}" if person.country else named


def _with_article(place: str) -> str:
    """'the European Union', 'Kazakhstan': English puts "the" before a name built on a common noun."""
    needs_the = set(pack("en").data.get("names_with_the", ())) & set(place.split())
    return f"the {place}" if needs_the and not place.startswith("the ") else place


def _join(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) > MOST_NAMED:
        names = [*names[:MOST_NAMED], f"{len(names) - MOST_NAMED} others"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _place(meeting: Meeting) -> str:
    loc = meeting.location
    return loc.city or loc.country or loc.place or ""


def _wording(meeting: Meeting, date: dt.date | None) -> dict[str, str]:
    """The pieces the patterns are made of: names short and full, the place and the date."""
    people = meeting.participants
    hosts = [p for p in people if p.host]
    guests = [p for p in people if not p.host]
    place = _place(meeting)
    return {
        "all": _join([p.name for p in people]),
        "all_full": _join([_full(p) for p in people]),
        "host": _join([p.name for p in hosts]),
        "host_full": _join([_full(p) for p in hosts]),
        "guest": _join([p.name for p in guests]),
        "guest_full": _join([_full(p) for p in guests]),
        "place": place,
        "where": f" in {place}" if place else "",
        "when": f" on {format_date(date, 'd MMMM y', locale='en')}" if date else "",
    }


def _patterns(meeting: Meeting, wording: dict[str, str]) -> tuple[str, str]:
    kind = meeting.kind or "meeting"
    hosted = wording["host"] and wording["guest"] and (kind != "visit" or wording["place"])
    return (HOSTED.get(kind) if hosted else None) or ANY.get(kind, ANY["meeting"])


def generate(article: Article) -> Generated | None:
    """The first meeting of the article in English, or None when it reports none with a participant."""
    meeting = next((m for m in article.meetings if m.participants), None)
    if meeting is None:
        return None
    wording = _wording(meeting, meeting.date or article.date)
    headline, lead = _patterns(meeting, wording)
    text = headline.format(**wording)
    return Generated(text[0].upper() + text[1:], lead.format(**wording))
