"""A person as the text names them, and one mention of them in a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..gazetteer import Entry, Gazetteer, Match

PARTICIPANT_CASES = frozenset({"nom", "acc", "ins", "with"})


@dataclass
class Person:
    name: str
    name_original: str
    role: str | None
    country: str | None  # ISO code, or EU
    classes: set[str] = field(default_factory=set)
    role_in_text: bool = False
    from_gazetteer: bool = True
    spelled_apart: bool = False  # named in a spelling the gazetteer's wordings lack (found as a near one)


@dataclass
class Mention:
    sentence: int
    start: int  # the name's (or the office's) tokens
    end: int
    phrase_start: int  # where the office and country written before it begin
    case: str  # nom, gen, dat, acc, ins, loc, abl, or obl for a Russian case after a preposition
    person: Person | None = None  # None for an office no one in the article holds
    titles: list[Entry] = field(default_factory=list)
    country: str | None = None
    reference: bool = False  # named by office only
    quoted: bool = False  # inside a quotation: talked about by the speaker, not taking part

    @property
    def takes_part(self) -> bool:
        return self.case in PARTICIPANT_CASES


DEPUTIES = ("deputy", "first deputy")


def role_of(titles: list[Entry]) -> str | None:
    roles: list[str] = []
    for title in titles:
        if title.name not in roles:
            roles.append(title.name)
    # «Қаржы министрінің орынбасары», «заместитель министра финансов»: the deputy of the other office.
    deputy = next((r for r in roles if r in DEPUTIES), None)
    others = [r for r in roles if r not in DEPUTIES]
    if deputy and len(others) == 1:
        return f"{deputy} {others[0]}"
    return " and ".join(roles) or None


def classes_of(gazetteer: Gazetteer, role: str | None) -> set[str]:
    if not role:
        return set()
    by_office = gazetteer.title_classes()
    return set().union(*(by_office.get(office, ()) for office in role.split(" and ")))


@dataclass
class NamePhrase:
    """The wording before a name: where it starts, its offices and country."""

    start: int
    parts: list[Match]
    titles: list[Entry]
    head: Match | None = None
    country: str | None = None
    province: Entry | None = None
