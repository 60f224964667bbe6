"""Who hosts a meeting."""

from __future__ import annotations

from collections.abc import Mapping

from ...model import Meeting
from ..gazetteer import english_country
from ..people.model import Person
from .sentences import Draft, Sent, Visit


def receiver_of(opening: Sent, soil: str | None = None) -> Person | None:
    """At a reception the one who receives is the subject of «қабылдады» / «принял»; in the passive
    («Посол был принят Президентом», «Елші Президенттің қабылдауында болды») the agent, in the case the
    language gives it (`grammar: passive_agent`: the instrumental in Russian, the genitive in Kazakh).
    Where the guest comes first («Затем Александра Турчина принял Президент …») and both read alike, the
    one of the country the reception is held in (`soil`, in English) receives."""
    language = opening.language
    passive = language.marker("passive_reception").search(opening.sentence.plain)
    case = str((language.data.get("grammar") or {}).get("passive_agent", "ins")) if passive else "nom"
    found = [m.person for m in opening.mentions if m.person is not None and m.case == case]
    local = [p for p in found if soil is not None and p.country and english_country(p.country) == soil]
    return local[0] if len(found) > 1 and local else next(iter(found), None)


def chair_of(members: list[Sent]) -> Person | None:
    """«под председательством Президента Казахстана …», «… төрағалығымен»: the chair hosts."""
    for s in members:
        match = s.language.marker("chair").search(s.sentence.plain)
        if not match:
            continue
        people = [m for m in s.mentions if m.person is not None]
        if s.tokens and people:
            after = [m for m in people if s.tokens[m.start].start > match.start()]
            before = [m for m in people if s.tokens[m.end - 1].end <= match.start()]
            # Two names before «төрағалық етті» are co-chairs: neither alone is the host. With no one before
            # it, the verb opens the sentence and its subject follows («Председательствовал на саммите X»).
            first = s.language.marker("chair_before_name").match(match.group()) or not before
            chosen = after[0] if first and after else (before[0] if len(before) == 1 else None)
            if chosen is not None:
                return chosen.person
    return None


def host_country(
    meeting: Meeting, draft: Draft, visit: Visit | None, opening: Sent, text: str, bodies: Mapping[str, str]
) -> str | None:
    """The side on whose soil the meeting is held. Where the text names the place, a participant of that
    country hosts (an akim in his region, the Emirates' minister at a signing in Abu Dhabi), or of the union
    whose seat the venue is (`bodies`: a commissioner in the Berlaymont), and a place no participant is
    from has no host. Without a place, the traveller of a visit is the guest, unless he is an akim touring
    his own region; and a meeting at an akimat is its akim's."""
    if meeting.location.country is not None:
        return _side_of_place(meeting, draft, bodies)
    local = local_head(draft, LOCAL_OFFICES)
    if draft.in_visit and visit is not None and visit.visitor is not None:
        if visit.visitor is local and visit.country in (None, local.country):
            # An akim touring a plant of his own region travels, but on his own soil.
            return local.country
        others = [
            p.country
            for p in draft.people
            if p is not visit.visitor and p.country and p.country != visit.visitor.country
        ]
        if others:
            return others[0]
    guests_host = _guests_host(draft, opening)
    akim = local_head(draft, ("akim",))
    if guests_host is None and akim is not None and opening.language.marker("local_seat").search(text):
        # «Кездесу облыс әкімдігінде өтті», «в акимате области»: held at the seat of the akim who was met.
        return akim.country
    return guests_host


LOCAL_OFFICES = ("akim", "governor", "khokim", "mayor")


def _side_of_place(meeting: Meeting, draft: Draft, bodies: Mapping[str, str]) -> str | None:
    """The participants' country the named place is in, else the union whose seat the venue or the city is
    (the High Representative receiving in Brussels)."""
    country = meeting.location.country
    local = next((p.country for p in draft.people if p.country and english_country(p.country) == country), None)
    body = bodies.get(meeting.location.place or "") or bodies.get(meeting.location.city or "")
    return local or next((p.country for p in draft.people if body and p.country == body), None)


def local_head(draft: Draft, offices: tuple[str, ...]) -> Person | None:
    """The one participant who heads a region or city (an akim, a governor)."""
    heads = [p for p in draft.people if p.role and p.role.split(" of ")[0] in offices and p.country]
    return heads[0] if len(heads) == 1 else None


def _guests_host(draft: Draft, opening: Sent) -> str | None:
    """Where the text names no place, the guest still shows who hosts: the head of a delegation («X
    бастаған делегация», «делегация во главе с X») or an envoy is received by the other side."""
    text = opening.sentence.plain
    heads = [
        m.person
        for m in opening.mentions
        if m.person is not None
        and (
            opening.language.person("led_after").match(text[opening.tokens[m.end - 1].end :])
            or opening.language.person("led_before").search(text[: opening.tokens[m.phrase_start].start])
        )
    ]
    guests = {p.country for p in [*heads, *(p for p in draft.people if p.role == "ambassador")] if p and p.country}
    hosts = {p.country for p in draft.people if p.country and p.country not in guests}
    return hosts.pop() if guests and len(hosts) == 1 else None
