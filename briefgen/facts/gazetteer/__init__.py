"""The gazetteer: people, offices, countries, cities, venues and companies, each with its English name and
its Kazakh and Russian wordings, and a matcher that finds them in inflected text.

Countries come from CLDR through Babel (each territory's Kazakh and Russian name, mapped back to its
English name), and so do many cities (cldr_cities.py); the YAML only adds long official forms and adjectives.
Sites extend the shipped YAML with their own files (FactsConfig.gazetteer); an entry with the same English
name replaces the shipped one. Companies are a table of their own, with a matcher apart from the rest's.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from babel import Locale
from rapidfuzz import fuzz, process

from ...lang import bases_in_any_language, detect_language, pack

WORD = re.compile(r"[$€%]|\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+|-\d+)*|[—–-]|[^\w\s]")
# Kinds of entries whose wording is a proper name: only a capitalized word starts one ("того" is no Togo).
PROPER_NAMES = frozenset({"person", "country", "region", "province", "city", "venue", "company"})
# The names of places, which a language that inflects a name on its last word (Kazakh) writes whole before it.
PLACE_NAMES = frozenset({"region", "province", "city"})


# How close a name must be to a gazetteer wording to be that person (rapidfuzz ratio, 0-100). Measured on
# every annotated set: at 85 a fuzzy match fixed two participants' names and broke none; 90 keeps a margin.
FUZZY = 90
# CLDR regions that are not states a delegation could come from.
NOT_STATES = re.compile(r"^\d{3}$|^(?:EZ|QO|UN|XA|XB|XK|ZZ)$")


class Token(NamedTuple):
    """A word, number or sign of a sentence, with its offsets and the word's candidate dictionary forms.

    A named tuple with its two flags worked out once, not a frozen dataclass with two properties: an article
    makes about 600 tokens, and the rules ask whether each is a word or capitalized some 20 times a sentence
    (a frozen dataclass's __init__ sets each field through object.__setattr__; a property is a call)."""

    text: str
    start: int
    end: int
    forms: frozenset[str]
    is_word: bool  # it begins with a letter
    is_capitalized: bool  # it begins with a capital


def tokenize(text: str, lang: str) -> list[Token]:
    lemmas = pack(lang).morphology.lemmas  # looked up once a sentence, not once a word
    # tuple.__new__ rather than Token(...): a named tuple's constructor is a Python function, called for
    # each of an article's ~600 tokens.
    return [
        _new_token(Token, (word := m.group(), *m.span(), lemmas(word), word[:1].isalpha(), word[:1].isupper()))
        for m in WORD.finditer(text)
    ]


_new_token = tuple.__new__


@dataclass(frozen=True)
class Entry:
    kind: str  # person, title, country, region, province, adjective, city, venue, role_word
    name: str  # the English name (for a title: the role)
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    variant: str = ""  # the wording that matched, as the gazetteer spells it


@dataclass(frozen=True)
class Office:
    """One office a person held: `since` inclusive, `until` exclusive, each a year-month or open; `country`
    where the office gives the person one the entry does not (a foreign minister later at the UN)."""

    role: str
    since: str | None = None
    until: str | None = None
    country: str | None = None  # the state the office is of, where it is not the person's (a UN office)

    def held_in(self, month: str) -> bool:
        return (self.since is None or self.since <= month) and (self.until is None or month < self.until)


def offices_of(entry: Entry) -> tuple[Office, ...]:
    """A person's offices in the order held (a gazetteer entry writes them as `offices:`, or one `role:`)."""
    return tuple(entry.data.get("offices") or ())


def office_on(entry: Entry, date: dt.date | None) -> Office | None:
    """The office a person held on the article's date: the one whose dates cover it, else the last one begun
    by then (the gazetteer may not know the next), else the first; with no date, the one held now."""
    offices = offices_of(entry)
    if not offices:
        return None
    if date is None:
        return next((o for o in reversed(offices) if o.until is None), offices[-1])
    month = _month(date)
    begun = [o for o in offices if o.since is None or o.since <= month]
    return next((o for o in reversed(begun) if o.held_in(month)), begun[-1] if begun else offices[0])


def _month(date: dt.date) -> str:
    return f"{date.year:04d}-{date.month:02d}"


@dataclass(frozen=True)
class Company:
    """A company the official press reports meetings with (the gazetteer's `companies`): its own English name,
    its home country (which its head represents) and its Kazakh and Russian wordings, abbreviations too."""

    name: str
    country: str
    variants: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int  # token index
    end: int  # token index, exclusive


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)
    # first-token base form -> (entry, pattern of per-token form sets)
    _index: dict[str, list[tuple[Entry, tuple[frozenset[str], ...]]]] = field(default_factory=dict)
    # A country's own English for an office the press words alike everywhere: "vice minister" for China's
    # deputy ministers (the gazetteer's `office_styles`), by country code.
    styles: dict[str, dict[str, str]] = field(default_factory=dict)
    _wordings: dict[str, Entry] | None = field(default=None, repr=False, compare=False)
    _people: tuple[dict[tuple[str, str], list[tuple[Entry, Office]]], dict[str, str], int] | None = field(
        default=None, repr=False, compare=False
    )
    _title_classes: tuple[dict[str, frozenset[str]], int] | None = field(default=None, repr=False, compare=False)
    _given: tuple[frozenset[str], int] | None = field(default=None, repr=False, compare=False)
    # By opening form: how many wordings it opened when read, the places of those of one word, and the places
    # of the longer ones by each form of their second word (see _continued).
    _openings: dict[str, tuple[int, list[int], dict[str, list[int]]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # Companies by each wording (`plain`), and a matcher of theirs kept apart from the people's and places':
    # a company's name may hold a country's («Қазақстан темір жолы»), which the text's own matches keep.
    companies: dict[str, Company] = field(default_factory=dict)
    company_matcher: Gazetteer | None = field(default=None, repr=False, compare=False)

    def company(self, written: str) -> Company | None:
        """The company a name as written is (its English name or a wording, in any case, quoted or not)."""
        return self.companies.get(plain(written))

    def companies_in(self, tokens: list[Token]) -> list[Match]:
        """The companies named in a sentence, in any case form («Газпроммен», «Росатома»); each match's
        entry holds its Company as data["company"]."""
        return self.company_matcher.find(tokens) if self.company_matcher else []

    def add(self, entry: Entry, wording: str, shown: str | None = None) -> None:
        """Index one wording of an entry; `shown` is the full form a shortened wording stands for."""
        pattern = tuple(_pattern_forms(w) for w in wording_words(wording))
        if shown is not None and len(pattern) == 1:
            # A surname alone is matched as itself: its dictionary lemma may be a common word («Сапаров»
            # reads as the genitive plural of «сапар», a visit).
            pattern = (bases_in_any_language(wording, dictionary=False),)
        if not pattern:
            return
        bound = Entry(entry.kind, entry.name, entry.data, shown or wording)
        for first in pattern[0]:
            self._index.setdefault(first, []).append((bound, pattern))

    def find(self, tokens: list[Token], last_inflects: bool = False) -> list[Match]:
        """Longest non-overlapping matches, left to right; punctuation such as «» is skipped inside.
        `last_inflects`: the language inflects a name of several words on its last word only (Kazakh), so a
        word before it with an ending of its own ends the name there: «Қызылордада облыс әкімі» is the city
        in the locative and the region's akim, not «Қызылорда облысы»."""
        words = [i for i, t in enumerate(tokens) if t.is_word or t.text[:1].isdigit()]
        matches: list[Match] = []
        k = 0
        while k < len(words):
            # Only the forms some wording opens with (most words have none: no match starts there).
            opening = self._index.keys() & tokens[words[k]].forms  # a set: _longest_at sorts what it reads
            best = self._longest_at(tokens, words, k, opening, last_inflects) if opening else None
            if best is None:
                k += 1
                continue
            matches.append(best)
            k = bisect_left(words, best.end, lo=k)  # the first word after the match
        return matches

    def _longest_at(
        self, tokens: list[Token], words: list[int], k: int, opening: set[str], last_inflects: bool = False
    ) -> Match | None:
        """The longest wording that starts at the k-th word, read by one of its `opening` forms."""
        best: Match | None = None
        seen: set[int] = set()
        # The longest reading first (the least taken off the word: «түрікмен» is Turkmen before it is
        # «түрік» with «-мен», "with a Turk"), then alphabetically: of two matches alike, the first found
        # stays, and a set's order would make it change with the hash seed from one process to the next.
        following = tokens[words[k + 1]].forms if k + 1 < len(words) else frozenset()
        for form in sorted(opening, key=_longest_first) if len(opening) > 1 else opening:
            for entry, pattern in self._continued(form, following):
                if id(pattern) in seen or k + len(pattern) > len(words):
                    continue
                # A wording the gazetteer itself opens with a common word («набережная Орсе»,
                # «резиденция Куксарой») matches in lowercase too.
                if entry.kind in PROPER_NAMES and not tokens[words[k]].is_capitalized and entry.variant[:1].isupper():
                    continue
                seen.add(id(pattern))
                if last_inflects and entry.kind in PLACE_NAMES and not _written_as(entry, tokens, words[k:]):
                    continue
                if all(not tokens[words[k + j]].forms.isdisjoint(pattern[j]) for j in range(1, len(pattern))):
                    candidate = Match(entry, words[k], words[k + len(pattern) - 1] + 1)
                    if best is None or candidate.end > best.end or _preferred(candidate, best):
                        best = candidate
        return best

    def _continued(self, form: str, following: frozenset[str]) -> list[tuple[Entry, tuple[frozenset[str], ...]]]:
        """The wordings opening with `form` that a next word with the forms `following` may go on, in the
        index's order: those of one word, and those whose second word is one of `following`. The others cannot
        match, and a common opening has many («министр» opens some fifty offices: its wordings were each
        tried at every minister named)."""
        listed = self._index[form]
        known = self._openings.get(form)
        if known is None or known[0] != len(listed):  # first asked, or wordings added to the index since
            alone: list[int] = []
            seconds: dict[str, list[int]] = {}
            for place, (_, pattern) in enumerate(listed):
                if len(pattern) == 1:
                    alone.append(place)
                for second in pattern[1:2]:
                    for word in second:
                        seconds.setdefault(word, []).append(place)
            known = self._openings[form] = (len(listed), alone, seconds)
        _, alone, seconds = known
        going_on = [seconds[word] for word in seconds.keys() & following]
        places = sorted(set(alone).union(*going_on)) if going_on else alone
        return [listed[place] for place in places]

    def styled(self, role: str, country: str | None) -> str:
        """The office as the person's country words it in English («заместитель министра торговли Китая» →
        "vice minister of commerce"): each wording its style renames, the longest first, as whole words."""
        style = self.styles.get(country or "", {})
        for wording in sorted(style, key=len, reverse=True):
            if re.search(rf"(?<![\w']){re.escape(style[wording])}(?![\w'])", role):
                continue  # already as the state writes it: "federal chancellor" holds "chancellor"
            role = re.sub(rf"(?<![\w']){re.escape(wording)}(?![\w'])", style[wording], role, count=1)
        return role

    def people(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "person"]

    def holders(self, country: str, role: str, date: dt.date | None = None) -> list[Entry]:
        """The people the gazetteer lists in one office of one country on a date (with none, those holding it
        now): an office changes hands, and its holders are dated."""
        held = self._people_index()[0].get((country, role), [])
        if date is None:
            return [entry for entry, office in held if office.until is None]
        return [entry for entry, office in held if office.held_in(_month(date))]

    def family_spelling(self, family: str) -> str | None:
        """The English family name of the first person one of whose wordings ends in `family` (any case)."""
        return self._people_index()[1].get(family.lower())

    def given_names(self) -> frozenset[str]:
        """The first words (lowercase) of the people's wordings of two words or more: the given names the
        gazetteer knows (Аббас of «Аббас Аракчи»), which another person may bear as a surname (Mahmoud Abbas).
        Built once, at the first question."""
        if self._given is None or self._given[1] != len(self.entries):
            given = {
                str(v).split()[0].lower()
                for e in self.people()
                for v in e.data.get("variants", [])
                if len(str(v).split()) > 1
            }
            self._given = (frozenset(given), len(self.entries))
        return self._given[0]

    def resembling(self, written: str) -> Entry | None:
        """The person one of whose wordings the name as written resembles closely (rapidfuzz ratio at least
        FUZZY): a spelling variant the wordings lack («Еркін Тұниаз» for «Әркін Тұниаз», ё for е)."""
        if self._wordings is None:
            self._wordings = {str(v): e for e in self.people() for v in e.data.get("variants", [])}
        best = process.extractOne(written, self._wordings.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY)
        return self._wordings[best[0]] if best else None

    def title_classes(self) -> dict[str, frozenset[str]]:
        """The classes of officials (`class` of a title entry) each office name belongs to. Built once, at the
        first question, like `_people_index`: every person named asks it."""
        if self._title_classes is None or self._title_classes[1] != len(self.entries):
            classes: dict[str, set[str]] = {}
            for e in self.entries:
                if e.kind == "title" and e.data.get("class"):
                    classes.setdefault(e.name, set()).add(str(e.data["class"]))
            self._title_classes = ({name: frozenset(c) for name, c in classes.items()}, len(self.entries))
        return self._title_classes[0]

    def _people_index(self) -> tuple[dict[tuple[str, str], list[tuple[Entry, Office]]], dict[str, str]]:
        # Built once, at the first question: each article asks these for every office and unknown name,
        # and a scan of every entry per question would make reading grow with the gazetteer times the text.
        if self._people is None or self._people[2] != len(self.entries):
            offices: dict[tuple[str, str], list[tuple[Entry, Office]]] = {}
            families: dict[str, str] = {}
            for entry in self.people():
                for office in offices_of(entry):
                    country = office.country or entry.data.get("country")
                    offices.setdefault((str(country), office.role), []).append((entry, office))
                for variant in entry.data.get("variants", []):
                    # Only where the wording and the English have as many words do their last words
                    # correspond: «Ан Дук Кын» ends in a syllable of Ahn Duk-geun's given name.
                    if len(str(variant).split()) == len(entry.name.split()):
                        families.setdefault(str(variant).split()[-1].lower(), entry.name.split()[-1])
            self._people = (offices, families, len(self.entries))
        return self._people[0], self._people[1]


def _written_as(entry: Entry, tokens: list[Token], at: list[int]) -> bool:
    """Whether the words of a text before the last of a place's wording are written as the wording writes them
    (a title's are not: «Премьер-Министрінің орынбасары» is a genitive compound, its first word inflected)."""
    written = wording_words(entry.variant)[:-1]
    return all(plain(tokens[i].text) == plain(w) for i, w in zip(at, written, strict=False))


def _longest_first(form: str) -> tuple[int, str]:
    return -len(form), form


def _preferred(candidate: Match, best: Match) -> bool:
    """Of two matches of the same length, a person or a place beats an office or a plain word."""
    return candidate.end == best.end and _RANK[candidate.entry.kind] < _RANK[best.entry.kind]


_RANK = {
    "person": 0, "venue": 1, "city": 2, "province": 3, "country": 4, "region": 5, "title": 6, "adjective": 7,
    "role_word": 8, "company": 9,
}  # fmt: skip


def plain(name: str) -> str:
    """A name as a key: without quotation marks, in lowercase, single-spaced, and without the diaeresis that
    spellings keep or drop (Cyrillic ё or е, Latin ü or u)."""
    undotted = unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).replace("\u0308", ""))
    return " ".join(re.sub(r"[\"\u00ab\u00bb\u201c\u201d\u201e]", " ", undotted).casefold().split())


def wording_words(wording: str) -> list[str]:
    """A wording's words, its punctuation left out: what the matcher matches one token at a time."""
    return [m.group() for m in WORD.finditer(wording) if m.group()[:1].isalnum()]


def _pattern_forms(word: str) -> frozenset[str]:
    # A wording in the gazetteer is Kazakh or Russian; its base forms in either language may be what
    # the inflected text reduces to. It is written in the nominative, so a Russian lemma that reads it
    # as an oblique form is not one of them: the Kazakh «сауд» (Saudi) is no genitive plural of «сауда»
    # (trade), nor the surname «Сапаров» one of «сапар» (a visit). Nor is a name's stem without its last
    # letters, which the text's capitalized words are also read as (their case ending taken off): «Гана»
    # is no genitive of a «Ган», so the name in «Чжао Ганом» is not Ghana. Read in lowercase, the wording
    # gets the dictionary's readings only.
    return bases_in_any_language(word)


def spelled(entry: Entry, lang: str) -> str:
    """An entry's wording in the article's own spelling (Kazakh letters for a Kazakh article), else its
    first wording."""
    variants = [str(v) for v in entry.data.get("variants", [])]
    preferred = [v for v in variants if detect_language(v, default="") == lang] or variants
    return preferred[0] if preferred else entry.name


def english_country(code: str) -> str:
    return Locale("en").territories.get(code, code)
