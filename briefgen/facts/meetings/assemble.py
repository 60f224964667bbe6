"""A meeting's facts from its draft."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Article, Figure, Location, Meeting, Participant
from ..attribution.speakers import Spoken
from ..display import MONEY_UNITS
from ..figures import find_figures
from ..gazetteer import english_country
from ..language import Rule
from ..people.model import Person
from ..topics import topics_of
from ..triggers import strongest
from .host import LOCAL_OFFICES, chair_of, host_country, local_head, receiver_of
from .place import Where, location_of
from .seats import Seats
from .sentences import Draft, Sent, Visit


@dataclass(frozen=True)
class Context:
    """What assembling one meeting reads besides its draft."""

    article: Article
    sents: list[Sent]
    visit: Visit | None
    spoken: list[Spoken]
    previous_city: tuple[str | None, str | None]
    seats: Seats
    filed_from: Location | None = None  # the city of the dateline
    titled: Location | None = None  # the place the front matter's title names


def assemble(ctx: Context, draft: Draft) -> Meeting:
    """A meeting's facts; each records its sentences in `evidence` and the rule that found it in `rules`."""
    sents = ctx.sents
    members = sorted(set(draft.sentences))
    opening = sents[draft.opening]
    kind = _kind_of(draft)
    meeting = Meeting(kind=kind, sentences=[sents[i].sentence.id for i in members])
    meeting.evidence["kind"] = [opening.sentence.id]
    rule = draft.rule if kind == draft.kind else draft.kind_rules.get(kind, draft.rule)
    meeting.rules["kind"] = [rule or "kind.default"]
    if kind != "phone call":
        # Where: the opening sentence, else the visit's city, else the city of the visit's last meeting.
        where = Where(sents, draft, ctx.visit, ctx.previous_city, ctx.seats, ctx.filed_from, ctx.titled)
        found = location_of(where)
        if found is not None:
            meeting.location = found[0]
            meeting.evidence["location"] = [opening.sentence.id]
            meeting.rules["location"] = [found[1]]
    _add_participants(ctx, draft, meeting, members)
    named = opening.language.marker("summit_named").search(opening.sentence.plain)
    if kind == "summit" and not named and not _multilateral_of_heads(meeting.participants):
        # A bilateral council, or a council of ministers, is a meeting (corpus README: a summit gathers the
        # heads of state or government of several states); a gathering the text calls a summit stays one.
        meeting.kind = "meeting"
        meeting.rules["kind"] = [*meeting.rules["kind"], "kind.council_not_summit"]
    _add_sentence_facts(meeting, [sents[i] for i in members])
    member_set = set(members)
    for q in ctx.spoken:
        if q.last_sentence in member_set:
            meeting.rules[f"quote:{len(meeting.quotes)}"] = list(q.rules)
            meeting.quotes.append(q.quote)
    return meeting


def _kind_of(draft: Draft) -> str:
    kinds = [k for k in draft.kinds if k != "signing" or k == draft.kind]
    kind = draft.kind or strongest(kinds) or "meeting"
    if draft.kind and draft.kind not in ("summit", "signing"):
        # A noun names the kind of the meeting under way, but a call recalled in a meeting held in person
        # («телефон арқылы сөйлесуі барысында қол жеткізілген уағдаластықтар») does not make it a call.
        other = (
            ("summit", "signing", "visit")
            if draft.kind == "phone call"
            else ("summit", "signing", "visit", "phone call")
        )
        kind = strongest([draft.kind, *[k for k in kinds if k not in other]]) or kind
    return kind


# The words of an English office that heads a state or a government (a deputy prime minister stands in
# for his head at a council of heads of government).
HEAD_OFFICE_WORDS = (
    "president", "prime minister", "premier", "chairman of the cabinet of ministers", "chairman of the halk maslahaty",
    "chancellor", "king", "emir", "crown prince", "sultan",
)  # fmt: skip


def _multilateral_of_heads(participants: list[Participant]) -> bool:
    """Whether the people named are heads of state or government of more than two states, as at a summit.
    With fewer than two named, the text does not say: the summit's name stands."""
    if len(participants) < 2:
        return True
    countries = {p.country for p in participants if p.country}
    heads = [p for p in participants if p.role and any(w in p.role for w in HEAD_OFFICE_WORDS)]
    return len(countries) > 2 and len(heads) >= 2


def _add_participants(ctx: Context, draft: Draft, meeting: Meeting, members: list[int]) -> None:
    sents, visit = ctx.sents, ctx.visit
    opening = sents[draft.opening]
    text = " ".join(sents[i].sentence.plain for i in members)
    home = host_country(meeting, draft, visit, opening, text, ctx.seats.bodies)
    receiver = (
        receiver_of(opening, meeting.location.country)
        if meeting.kind == "reception"
        else chair_of([sents[i] for i in members])
    )
    if receiver is not None and receiver not in draft.people:
        draft.people.insert(0, receiver)  # «под председательством X»: the chair takes part
        draft.why[id(receiver)] = "participant.chair"
    for person in draft.people:
        if _glued(person, draft.people):
            continue
        host = _hosts(person, receiver, home, meeting.kind, draft, visit)
        where = [sents[i].sentence.id for i in members if any(m.person is person for m in sents[i].mentions)]
        country = english_country(person.country) if person.country else None
        meeting.participants.append(Participant(person.name, person.name_original, person.role, country, host, where))
        meeting.rules[f"participant:{person.name}"] = [draft.why.get(id(person), "participant.named")]


def _hosts(
    person: Person, receiver: Person | None, home: str | None, kind: str | None, draft: Draft, visit: Visit | None
) -> bool:
    if receiver is not None:
        # The receiving side: the one who receives and those of his country with him.
        return person is receiver or (person.country is not None and person.country == receiver.country)
    if kind == "phone call" or home is None:
        return False
    # A traveller is a guest abroad; one touring his own country is on his own soil.
    travelling = (
        visit is not None and draft.in_visit and person is visit.visitor and visit.country not in (None, person.country)
    )
    # An akim touring his own region is the host of whoever he meets there.
    at_home = local_head(draft, LOCAL_OFFICES) is person
    return person.country == home and not (travelling and not at_home)


def _recalled(s: Sent) -> bool:
    """«Еске салайық, …», «Напомним, …»: the figures of an earlier event recalled are not this meeting's. (A
    figure in the pluperfect alone, «300 млн теңгеге көмек жіберген болатын», may be one a side cites.)"""
    return bool(s.language.marker("recall").match(s.sentence.plain))


def _add_sentence_facts(meeting: Meeting, members: list[Sent]) -> None:
    """Figures, topics and the outcome, read sentence by sentence."""
    for s in members:
        for f in [] if _recalled(s) else find_figures(s.sentence.plain, s.language):
            if any(f.value == g.value and f.unit == g.unit for g in meeting.figures):
                continue  # one figure once per meeting, however often the text repeats it
            meeting.rules[f"figure:{len(meeting.figures)}"] = [
                f"figure.{'money' if f.unit in MONEY_UNITS else 'amount'}"
            ]
            meeting.figures.append(Figure(f.value, f.unit, f.text, f.label, [s.sentence.id], f.qualifier))
        for topic in topics_of(s.sentence.plain, s.language):
            if topic not in meeting.topics:
                meeting.topics.append(topic)
                meeting.evidence[f"topic:{topic}"] = [s.sentence.id]
                meeting.rules[f"topic:{topic}"] = [f"topic.{topic}"]
        if meeting.outcome is None:
            outcome = _outcome(s)
            if outcome:
                meeting.outcome = outcome.value
                meeting.evidence["outcome"] = [s.sentence.id]
                meeting.rules["outcome"] = [outcome.id]


def _glued(person: Person, people: list[Person]) -> bool:
    """A name read with a word too many («Сондай-ақ Ласло Кёвер», «Бөлекпаев Теміртау»), with no office
    of its own, is the person named without that word: the same man must not appear twice."""
    words = person.name_original.split()
    if person.role is not None or person.from_gazetteer:
        return False
    for other in people:
        part = other.name_original.split()
        if (
            other is not person
            and len(part) < len(words)
            and any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))
        ):
            return True
    return False


def _outcome(s: Sent) -> Rule | None:
    """The first outcome rule the sentence matches; none for what will happen, unless it is agreed, nor for
    what a sentence recalls («Напомним, в прошлом году главы государств поручили …», «қол қойылған болатын»)."""
    text, language = s.sentence.plain, s.language
    if language.marker("future").search(text) and not language.marker("agreed_despite_future").search(text):
        return None
    if language.marker("recall").match(text) or language.marker("earlier_tense").search(text):
        return None
    # ««…», – написал X в своем Telegram-канале по итогам встречи»: words said or posted after the meeting are
    # no result of it, though the sentence names the result phrase.
    said = "«" in text and re.search(language.text("attribution", "speech_verbs") or r"(?!)", text, re.IGNORECASE)
    return next(
        (rule for rule in language.outcomes if rule.pattern.search(text) and not (said and rule.id == RESULT_STATED)),
        None,
    )


RESULT_STATED = "outcome.result"  # the rule of «по итогам встречи», «кездесу қорытындысы бойынша»
