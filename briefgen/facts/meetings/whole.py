"""Judgements on a whole article rather than one encounter: a session at home is no meeting, a lead that
announces a visit reports none yet, and an article that speaks of an encounter in words no rule knows
reports one, the whole text its."""

from __future__ import annotations

import re

from ..people.model import Person
from ..triggers import strongest
from .sentences import Draft, Sent, background, earlier


def fallback_meeting(sents: list[Sent]) -> list[Draft]:
    """An article that speaks of an encounter («кездесуде», «в ходе переговоров») and names two people
    taking part reports one meeting, even in a wording no verb pattern knows: the whole text is its."""
    # Not when every word for an encounter is about one planned or recalled («келіссөздерде … талқыланады»).
    named = [s for s in sents if s.triggers and not background(s)]
    people = _taking_part(sents)
    if announces(sents):
        return []  # the lead announces a visit to come: what follows is its programme
    if not named or len({p.country for p in people} - {None}) < 2:
        # Two people of one country (a government session: the prime minister in the chair, ministers and
        # akims reporting) are a session at home, with no side from outside to meet (corpus README).
        return []
    kind = strongest([t.kind for s in named for t in s.triggers if t.kind != "visit"]) or "meeting"
    rule = next((t.rule for s in named for t in s.triggers if t.kind == kind), None)
    draft = Draft(kind, named[0].index, list(range(len(sents))), rule=f"meeting.fallback+{rule}" if rule else None)
    draft.add_people(people, rule="participant.fallback")
    draft.kinds = [t.kind for s in sents for t in s.triggers]
    return [draft]


# A session by video link too; and a council at home read as a summit by its name («заседание Совета
# Безопасности»): a summit's members are of several countries, which its sentences name.
HOME_KINDS = frozenset({"reception", "meeting", "talks", "phone call", "summit"})
LATIN = re.compile(r"[A-Za-z]{2,}")


def at_home(draft: Draft, sents: list[Sent]) -> bool:
    """A session at home, which is no meeting (corpus README: there is no «whom»): everyone taking part is of
    one country, and nothing in its sentences names another country, a foreign city, a company or a name in
    Latin letters («Мемлекет басшысы Энергетика министрін қабылдады», «провел заседание Правительства», «провел
    совещание в режиме видеоконференции с акимами областей»)."""
    # A sentence telling of an earlier event («напомнил о договоренностях, достигнутых в ходе телефонного
    # разговора с Президентом Узбекистана на прошлой неделе») brings no side from outside to this session.
    told = [sents[i] for i in sorted(set(draft.sentences)) if not earlier(sents[i])]
    here = {id(m.person) for s in told for m in s.mentions if m.person is not None}
    people = [p for p in draft.people if id(p) in here] or draft.people
    countries = {p.country for p in people}
    # Two of them at least: one named alone may be receiving a guest named by no name («гостя принял …»).
    if draft.kind not in HOME_KINDS or len(people) < 2 or len(countries) != 1 or None in countries:
        return False
    home = countries.pop()
    return not any(_names_outside(s, home) for s in told)


def _names_outside(s: Sent, home: str) -> bool:
    """Whether a sentence names another country, a foreign city or venue, a company or a name in Latin letters."""
    for m in s.matches:
        code = m.entry.name if m.entry.kind in ("country", "adjective") else m.entry.data.get("country")
        if m.entry.kind in ("country", "adjective", "city", "venue") and code not in (None, home):
            return True
    stems = s.language.words("company_offices", "kinds")
    words = [t.text.lower() for t in s.tokens]
    return bool(LATIN.search(s.sentence.plain)) or any(w.startswith(stems) for w in words if stems)


def announces(sents: list[Sent]) -> bool:
    """Whether the lead announces a visit to come: what follows is its programme, not a report."""
    lead = [s for s in sents if s.block == sents[0].block] if sents else []
    return any(s.language.marker("announced").search(s.sentence.plain) for s in lead)


def _taking_part(sents: list[Sent]) -> list[Person]:
    people: list[Person] = []
    named = (
        m
        for s in sents
        # Nor someone named only in a recalled or planned event («в ходе переговоров … в прошлом году»).
        if not s.language.marker("welcome").search(s.sentence.plain) and not background(s)
        for m in s.mentions
        if m.person is not None and not m.reference and not m.quoted
    )
    for m in (m for m in named if m.takes_part):
        if m.person not in people:
            people.append(m.person)
    return people
