"""The words of one source language the fact rules read: the `facts` section of its language pack
(`briefgen.lang.pack(code).section("facts")`, kept in `briefgen/lang/data/<lang>.facts.yaml`).

Rules ask a `FactsLanguage` — never a language code — what a language writes: the words that report an
encounter (a rule table with ids), the markers of background sentences, where a case shows (an ending or
a preposition) and on which side a modifier stands. A language without a data file has no rules and
yields no meetings. A new language (Kyrgyz, Uzbek in Cyrillic) is a new data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..lang import Morphology, derived_from_packs, pack

NEVER = re.compile(r"(?!)")
# One word and the space after it, in trigger patterns; a quoted title («Түркі әлемінің рухани астанасы –
# ортақ болашақ», «Центральная Азия – ЕС») counts as one word, as it names one thing.
W = r"(?:«[^«»]{1,80}»|[\w«»-]+)\s+"
LATER = r"[\w«»,–-]+\s+"


@dataclass(frozen=True)
class Rule:
    """One row of a rule table: its id (recorded by every fact it produces), its pattern and its value."""

    id: str
    pattern: re.Pattern[str]
    value: str = ""  # a kind, an outcome's summary, a site's English word
    event: bool = False  # for triggers: a verb reporting the encounter, not a noun referring to it
    alone: bool = False  # for triggers: reports the encounter without a partner named beside it
    not_after: re.Pattern[str] | None = None  # for triggers: words right before it that make it no encounter


@dataclass(frozen=True)
class FactsLanguage:
    code: str
    endings: bool = False  # a case is an ending on the phrase's last word, not a preposition before it
    modifiers_before: bool = False  # a possessor or modifier stands before its noun
    triggers: tuple[Rule, ...] = ()
    planned: re.Pattern[str] = NEVER
    outcomes: tuple[Rule, ...] = ()
    sites: tuple[Rule, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # `words` by section and name: the rules ask the same few lists tens of times a sentence.
    _words: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False, repr=False)

    def marker(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A marker pattern of the `markers:` section (never matching when the language has none)."""
        return _compiled(self.code, "markers", name, flags)

    def place(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return _compiled(self.code, "places", name, flags)

    def source(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return _compiled(self.code, "sources", name, flags)

    def agency(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A pattern of the `agencies:` section: the words around an agency's name (attribution/source.py)."""
        return _compiled(self.code, "agencies", name, flags)

    def post(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A pattern of the `posts:` section: a post written after the events (attribution/speakers.py)."""
        return _compiled(self.code, "posts", name, flags)

    def encounter(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A pattern of the `encounters:` section: how a noun for an encounter is framed as the one under way."""
        return _compiled(self.code, "encounters", name, flags)

    def opening(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A pattern of the `openings:` section: words that tell a meeting of its own where no name does (a
        guest received, a partner «also» met)."""
        return _compiled(self.code, "openings", name, flags)

    def capital(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A pattern of the `capitals:` section: the word for a country's capital beside the country's name."""
        return _compiled(self.code, "capitals", name, flags)

    def pattern(self, section: str, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A pattern of any section of the language's data (never matching when the language has none)."""
        return _compiled(self.code, section, name, flags)

    def person(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return _compiled(self.code, "people", name, flags)

    def words(self, section: str, name: str) -> tuple[str, ...]:
        """A list of words (`people: pronouns`), lowercase."""
        try:
            return self._words[section, name]
        except KeyError:
            value = (self.data.get(section) or {}).get(name) or ()
            words = self._words[section, name] = tuple(str(v).lower() for v in value)
            return words

    @cached_property
    def morphology(self) -> Morphology:
        """What the language's pack knows of a word: its cases, its nominative, its class (lang.Morphology)."""
        return pack(self.code).morphology

    @cached_property
    def qualifiers(self) -> dict[str, str]:
        return {str(k).lower(): str(v) for k, v in (self.data.get("qualifiers") or {}).items()}

    def text(self, section: str, name: str) -> str | None:
        value = (self.data.get(section) or {}).get(name)
        return str(value) if value is not None else None


@derived_from_packs  # read again when a pack is registered: a new language, or one replaced
def facts_language(code: str | None) -> FactsLanguage:
    data = dict(pack(code).section("facts")) if code else {}
    if not data:
        return FactsLanguage(code or "")
    grammar = data.get("grammar") or {}
    summit = str(data.get("summit") or "(?!)")
    return FactsLanguage(
        code=str(code),
        endings=grammar.get("cases") == "endings",
        modifiers_before=grammar.get("modifiers") == "before",
        triggers=tuple(_trigger(r, summit) for r in data.get("triggers") or []),
        planned=re.compile(_expand(str(data["planned"]), summit)) if data.get("planned") else NEVER,
        outcomes=tuple(
            Rule(r["id"], re.compile(r["pattern"], re.IGNORECASE), r["summary"]) for r in data.get("outcomes") or []
        ),
        sites=tuple(
            Rule(r["id"], re.compile(r["pattern"], re.IGNORECASE), r["name"])
            for r in (data.get("places") or {}).get("sites") or []
        ),
        data=data,
    )


# The words that date an encounter against the one before are kept once, in the dates section
# (`chained:` of <lang>.dates.yaml, with their offset in days): the splitter reads the same words as
# markers of a meeting on the same day or the next (a new encounter, where the last one was).
DAY_MARKERS = {"same_day": 0, "next_day": 1}


def _day_words(code: str, offset: int) -> str | None:
    """A pattern of the chained date words of one offset: «сол күні», «в тот же день» (0); «ертесі» (1)."""
    chained = pack(code).section("dates").get("chained") or {}
    words = sorted((w for w, days in chained.items() if days == offset), key=len, reverse=True)
    return rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)" if words else None


def _trigger(row: dict[str, Any], summit: str) -> Rule:
    not_after = re.compile(rf"(?:{row['not_after']})\s*$") if row.get("not_after") else None
    pattern = re.compile(_expand(row["pattern"], summit))
    return Rule(row["id"], pattern, row["kind"], bool(row["event"]), bool(row.get("alone")), not_after)


def _expand(pattern: str, summit: str) -> str:
    return pattern.replace("{W}", W).replace("{LATER}", LATER).replace("{SUMMIT}", summit)


@derived_from_packs
def _compiled(code: str, section: str, name: str, flags: int) -> re.Pattern[str]:
    value = (facts_language(code).data.get(section) or {}).get(name)
    if section == "markers" and name in DAY_MARKERS:
        value = _day_words(code, DAY_MARKERS[name])
    elif section == "markers" and value:
        value = str(value).replace("{SAME_DAY}", _day_words(code, 0) or "(?!)")
    return re.compile(str(value), flags) if value else NEVER
