"""The sentences of an article as the meeting rules read them, and the drafts of meetings they make."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Sentence
from ..gazetteer import Match, Token
from ..language import FactsLanguage
from ..people.model import Mention, Person
from ..triggers import Trigger

# The encounters a noun reports when framed with a partner («В ходе встречи с X», «X-пен телефон арқылы сөйлесу
# барысында»), as a verb would.
FRAMED_KINDS = frozenset({"meeting", "talks", "phone call"})


@dataclass
class Sent:
    index: int
    sentence: Sentence
    block: int
    tokens: list[Token]
    matches: list[Match]
    mentions: list[Mention]
    triggers: list[Trigger]
    language: FactsLanguage


@dataclass
class Draft:
    kind: str | None
    opening: int  # the sentence that opened the meeting
    sentences: list[int] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    in_visit: bool = False
    rule: str | None = None  # the id of the trigger rule that opened it
    why: dict[int, str] = field(default_factory=dict)
    kind_rules: dict[str, str] = field(
        default_factory=dict
    )  # kind -> the first trigger rule that named it  # id(person) -> the rule that made them a participant

    def add_people(self, people: list[Person], found_in: Sent | None = None, rule: str | None = None) -> None:
        """Add whoever is not here yet; the rule is the case they are named in (`found_in`), or `rule`."""
        for person in people:
            if person not in self.people:
                self.people.append(person)
                self.why.setdefault(id(person), rule or _case_rule(person, found_in))


def _case_rule(person: Person, s: Sent | None) -> str:
    case = next((m.case for m in s.mentions if m.person is person), None) if s is not None else None
    return f"participant.case.{case}" if case else "participant.named"


@dataclass
class Visit:
    visitor: Person | None
    sentence: int
    city: str | None
    country: str | None


def subject_of(s: Sent) -> Person | None:
    """The sentence's subject: news sentences open with who acts («Әркін Тұниаз өз кезегінде Қытай
    Төрағасы Си Цзиньпин ұсынған …» is about Tuniyaz, not Xi)."""
    return next(
        (m.person for m in s.mentions if m.person is not None and m.case == "nom" and (m.titles or not m.reference)),
        None,
    )


def participants_of(s: Sent) -> list[Person]:
    """People taking part according to this sentence: named in the nominative, or as the object of the
    encounter (accusative, comitative) when the sentence reports one."""
    reported = _reports(s)
    people: list[Person] = []
    for m in s.mentions:
        if m.person is None or (m.reference and not m.titles) or m.quoted or partner_elsewhere(s, m):
            continue
        # Who attends («с участием», «қатысуымен») takes part whatever verb the sentence has.
        held = m.case == "gen" and _holds(s, m)
        if (m.case in ("nom", "with") or (reported and m.takes_part) or held) and m.person not in people:
            people.append(m.person)
    return people


def _reports(s: Sent) -> bool:
    """Whether the sentence reports an encounter: a verb for one; or «Астанадағы кездесуде X Y-пен …
    талқылады», «В ходе встречи с Y X …», a noun for it with someone named as partner, as a verb would; not
    one whose holders are named in the genitive («в ходе переговоров Президента X с Y»), which may be an
    earlier encounter of others."""
    named = [m for m in s.mentions if m.person is not None]
    partner = any(m.case == "ins" for m in named) and not any(m.case in ("gen", "acc") for m in named)
    return any(t.event or (partner and t.kind in FRAMED_KINDS and framed(s, t)) for t in s.triggers)


def _holds(s: Sent, m: Mention) -> bool:
    """«Тоқаев пен Путиннің шағын құрамдағы келіссөздері өтті»: the genitive before the noun of an encounter
    reported as held (where a modifier stands before its noun) names who held it."""
    if not s.language.modifiers_before or not s.tokens:
        return False
    end = s.tokens[m.end - 1].end
    text = s.sentence.plain
    if any(t.event and t.start >= end and len(text[end : t.start].split()) <= 3 for t in s.triggers):
        return True
    # The first of two joined names («Тоқаев пен Путиннің»): the second's ending is both's.
    later = [n for n in s.mentions if n.case == "gen" and s.tokens[n.phrase_start].start >= end]
    joined = later[0] if later else None
    between = text[end : s.tokens[joined.phrase_start].start].split() if joined is not None else []
    words = s.language.words("people", "and_words")
    return joined is not None and len(between) == 1 and between[0].lower() in words and _holds(s, joined)


def first_in_block(sents: list[Sent], s: Sent) -> bool:
    return s.index == 0 or sents[s.index - 1].block != s.block


def framed(s: Sent, trigger: Trigger) -> bool:
    """Whether a noun for an encounter names the one the sentence takes place in: «В ходе встречи с X», «На
    переговорах с X», «X-пен кездесуде», «кездесу барысында» (the language's `encounters:` frames), not
    one talked about («поздравил с итогами встречи с Трампом», «Трамппен кездесуінің қорытындысымен»).
    A sentence that opens with the noun frames it too."""
    text = s.sentence.plain
    if not text[: trigger.start].strip(' «"—–-'):
        return True
    before = s.language.encounter("frame_before").search(text[: trigger.start])
    # A noun of several words («телефон арқылы сөйлесу барысында») is framed after its last word.
    last = text.rfind(" ", trigger.start, trigger.end) + 1 if trigger.end > trigger.start else 0
    after = s.language.encounter("frame_after").match(text, max(last, trigger.start))
    return bool(before or after)


def partner_elsewhere(s: Sent, m: Mention) -> bool:
    """«обменялись мнениями по итогам встречи глав государств с президентом Европейского совета X»: a partner
    named after a noun for another encounter, not framed as the one under way, is that encounter's."""
    if m.case != "ins" or not s.tokens:
        return False
    at = s.tokens[m.phrase_start].start
    text = s.sentence.plain
    return any(
        not t.event
        and t.kind in ("meeting", "talks")
        and t.start < at
        and len(text[t.start : at].split()) <= 8
        and not framed(s, t)
        for t in s.triggers
    )


def background(s: Sent) -> bool:
    text, language = s.sentence.plain, s.language
    return bool(language.marker("future").search(text) or language.marker("recall").match(text)) or earlier(s)


def earlier(s: Sent) -> bool:
    """A sentence telling of an earlier event: in the pluperfect («қол қойылған болатын»), or dating it by a
    month alone («в мае этого года, когда главы государств провели переговоры», «қазан айында»), as a report
    dates today's encounter by its day or not at all. Not in a sentence that tells of what will be («к саммиту,
    который пройдет в июле»)."""
    text, language = s.sentence.plain, s.language
    if language.marker("earlier_tense").search(text):
        return True
    return bool(language.marker("earlier_time").search(text)) and not language.marker("future").search(text)


def in_aside(text: str, at: int) -> bool:
    """Whether a place in a sentence is within parentheses."""
    return text.count("(", 0, at) > text.count(")", 0, at)
