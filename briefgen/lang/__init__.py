"""The language layer: everything briefgen knows of a language, in one pack per language.

A `LanguagePack` holds what the stages need: its letters (to detect the language of a text), the
abbreviations that never end a sentence, the phrases that close a lead with its source, number words, and
its `Morphology` (word → lemmas, lemma → inflections, and what fact extraction asks of a word: its cases
in the neutral inventory CASES, a name's nominative, its number and class). The words themselves are data, in
briefgen/lang/data/<code>.yaml; a module per language (kk.py, ru.py, en.py) turns them into a pack and
adds the code the language needs (ru.py drives pymorphy3; kk.py strips suffixes by the tables in kk.yaml).
What one stage alone reads sits beside it as a section: <code>.facts.yaml (trigger, office and venue
words), <code>.dates.yaml (months, weekdays, relative words); `pack(code).section("facts")` gives it.

Adding a language is a module plus data: write data/ky.yaml and ky.py with `PACK = LanguagePack(...)`
(see kk.py), and add its code to BUILT_IN; or, from outside the package, call `register(pack)`.
No other module needs to change: load, segment, the glossary and fact extraction ask `pack(code)`.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Protocol, TypeVar

from ..safeyaml import load_data

# The languages briefgen reads articles in and translates from; English is what it writes.
SOURCE_LANGUAGES = ("kk", "ru")
TARGET_LANGUAGE = "en"
# Packs that ship with briefgen, each a module of this package: imported on first use.
BUILT_IN = ("kk", "ru", "en")
# A text with fewer letters foreign to a language than this share of its letters may still be in it: a
# Russian text may quote a Kazakh name or two, where Kazakh prose has its own letters in most words.
FOREIGN_LETTER_SHARE = 1 / 200


# The cases fact extraction speaks of, whatever the language's own names for them: nominative, genitive,
# dative, accusative, instrumental (the partner's case: «с X», «X-пен»), locative, ablative; and a
# vocative and a partitive where a language has them. A pack maps its analyzer's tags onto these.
CASES = ("nom", "gen", "dat", "acc", "ins", "loc", "abl", "voc", "part")
# Word classes, as the stages ask them: a noun, a verb form (finite, infinitive, adverbial participle), a
# modifier (an adjective or a full participle standing before its noun), or another known word (a
# pronoun, a preposition…).
WORD_CLASSES = ("noun", "verb", "modifier", "other")


class Morphology(Protocol):
    """Inflection in both directions, and what fact extraction asks of one word, in language-neutral terms
    (cases from CASES, classes from WORD_CLASSES). Words are matched case-insensitively; lemmas are
    lowercase. `Unanalyzed` answers every question with a safe "don't know"."""

    # The distributions whose answers the morphology gives: their versions key what is cached of them.
    libraries: tuple[str, ...]
    # Endings by case (a key of CASES), possessive and plural endings, as a suffix table reads them:
    # empty where the language's analyzer reads cases from a dictionary instead.
    case_endings: Mapping[str, tuple[str, ...]]
    possessive_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    vowels: frozenset[str]

    def lemmas(self, word: str) -> frozenset[str]:
        """Every candidate dictionary form of a word of running text, the lowercase word included.
        Over-generating is harmless: candidates are compared with closed lists (names, titles, months)."""
        ...

    def inflections(self, lemma: str) -> tuple[str, ...]:
        """Every form a dictionary form takes in running text, in the lemma's own capitalisation."""
        ...

    def word_class(self, word: str) -> str | None:
        """The likeliest reading's class (WORD_CLASSES), None if the word is unknown."""
        ...

    def bases(self, word: str, dictionary: bool = True) -> frozenset[str]:
        """A nominative wording's own base forms, the lowercase word included: what a plural or possessive
        ending, or the dictionary reading it as a nominative, leaves. `dictionary=False`: the written
        endings alone (a surname must not read as a common word's form)."""
        ...

    def cases(self, word: str) -> frozenset[str]:
        """The cases (CASES) a word naming one person may stand in; empty if unknown."""
        ...

    def case_of(self, word: str, base: str) -> str:
        """The case of `word`, an inflected form of `base`, by its ending."""
        ...

    def number(self, word: str) -> str | None:
        """ "singular" or "plural" when every reading agrees, else None."""
        ...

    def nominative(self, word: str) -> str:
        """A name's word in the nominative (singular)."""
        ...

    def full_name_nominative(self, words: list[str], case: str | None = None) -> list[str]:
        """A person's name of several words in the nominative; `case` is the case the context requires."""
        ...

    def object_of_verb(self, word: str) -> str:
        """A name as the definite object of a verb, its object ending taken off."""
        ...

    def is_common_word(self, word: str) -> bool:
        """A word the dictionary knows, in no reading a name or a place."""
        ...

    def is_participle(self, word: str) -> bool:
        """A participle: a verb form describing a noun («жеткізген», «достигнутый»)."""
        ...

    def is_passive_participle(self, word: str) -> bool:
        """A passive participle, whose agent is in the instrumental («достигнутых»)."""
        ...

    def locative_place(self, word: str) -> str | None:
        """The nominative of a capitalised word read as a place in the locative («Бурабае» → «Бурабай»),
        None for a common word or an organisation."""
        ...

    def likeliest_lemma(self, word: str) -> str:
        """The dictionary form of the likeliest reading."""
        ...


class Unanalyzed:
    """The morphology of a language without an analyzer: every word is its own lemma, in the nominative,
    with no endings; every question about a word's grammar is answered "don't know"."""

    libraries: tuple[str, ...] = ()
    case_endings: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    possessive_endings: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    vowels: frozenset[str] = frozenset()

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset({word.lower()})

    def inflections(self, lemma: str) -> tuple[str, ...]:
        return (lemma,)

    def word_class(self, word: str) -> str | None:
        return None

    def bases(self, word: str, dictionary: bool = True) -> frozenset[str]:
        return frozenset({word.lower()})

    def cases(self, word: str) -> frozenset[str]:
        return frozenset()

    def case_of(self, word: str, base: str) -> str:
        return "nom"

    def number(self, word: str) -> str | None:
        return None

    def nominative(self, word: str) -> str:
        return word

    def full_name_nominative(self, words: list[str], case: str | None = None) -> list[str]:
        return list(words)

    def object_of_verb(self, word: str) -> str:
        return word

    def is_common_word(self, word: str) -> bool:
        return False

    def is_participle(self, word: str) -> bool:
        return False

    def is_passive_participle(self, word: str) -> bool:
        return False

    def locative_place(self, word: str) -> str | None:
        return None

    def likeliest_lemma(self, word: str) -> str:
        return word.lower()


@dataclass(frozen=True, eq=False)  # a pack is itself: hashed by identity, as caches need
class LanguagePack:
    code: str
    name: str
    script: str  # ISO 15924: Cyrl, Latn
    alphabet: frozenset[str] = field(repr=False)  # lowercase letters
    morphology: Morphology = field(default_factory=Unanalyzed, repr=False)
    sentence_splitter: str | None = None  # "razdel", or the pysbd language whose rules fit (briefgen.segment)
    abbreviations: tuple[str, ...] = ()  # written with a full stop that never ends a sentence
    reporting_phrases: tuple[str, ...] = ()  # «…, сообщает Kazinform»: a lead's closing attribution
    numerals: Mapping[str, float] = field(default_factory=dict, repr=False)  # number words as written → value
    scales: Mapping[str, float] = field(default_factory=dict, repr=False)  # мың, миллион, млрд → factor
    # An agglutinative language writes case endings after a name (Өзбекстанға, ZX-ға): a match of a name
    # may run on into its ending, which the glossary keeps beside its placeholder.
    endings_attach_to_names: bool = False
    interchangeable_letters: tuple[str, ...] = ()  # each a group of letters printed for one another (её)
    ascii_letters: Mapping[str, str] = field(default_factory=dict, repr=False)  # for slugs, beyond cyrtranslit's
    # The whole data file: sections only one stage reads stay there (the facts' words, say).
    data: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], morphology: Morphology | None = None) -> LanguagePack:
        """A pack from the mapping of a data file (see data/kk.yaml for the keys)."""
        return cls(
            code=data["code"],
            name=data["name"],
            script=data["script"],
            alphabet=frozenset(data["alphabet"]),
            morphology=morphology or Unanalyzed(),
            sentence_splitter=data.get("sentence_splitter"),
            abbreviations=tuple(data.get("abbreviations", ())),
            reporting_phrases=tuple(data.get("reporting_phrases", ())),
            numerals={str(k): float(v) for k, v in data.get("numerals", {}).items()},
            scales={str(k): float(v) for k, v in data.get("scales", {}).items()},
            endings_attach_to_names=bool(data.get("endings_attach_to_names", False)),
            interchangeable_letters=tuple(data.get("interchangeable_letters", ())),
            ascii_letters=dict(data.get("ascii_letters", {})),
            data=data,
        )

    def section(self, name: str) -> Mapping[str, Any]:
        """The words one stage alone needs, kept beside the pack's data: the data's `name` key, or the
        file data/<code>.<name>.yaml of a built-in pack (kk.facts.yaml, ru.dates.yaml); empty if neither."""
        if name in self.data:
            return self.data[name]
        return _read_section(self.code, name)

    @property
    def months(self) -> Mapping[str, int]:
        """Month words → 1–12: the names, the forms a text writes and the agencies' abbreviations, as the
        `dates` section lists them (data/<code>.dates.yaml)."""
        return self.section("dates").get("months") or {}

    def month(self, word: str) -> int | None:
        """The month (1–12) a word names in any of its forms: «наурызда», «марта» → 3."""
        months = self.months
        candidates = [word.lower(), *sorted(self.morphology.lemmas(word))]
        return next((months[c] for c in candidates if c in months), None)

    def numeral(self, word: str) -> float | None:
        """The value of a number word in any of its forms: «екі» → 2, «полтора» → 1.5."""
        return _look_up(self.numerals, self.morphology.lemmas(word))

    def scale(self, word: str) -> float | None:
        """The factor of a scale word in any of its forms: «миллиардқа», «млрд» → 1e9."""
        return _look_up(self.scales, self.morphology.lemmas(word.rstrip(".")))


def _look_up(table: Mapping[str, float], lemmas: frozenset[str]) -> float | None:
    return next((table[lemma] for lemma in sorted(lemmas) if lemma in table), None)


def read_data(code: str) -> dict[str, Any]:
    """The data file of a built-in language: briefgen/lang/data/<code>.yaml."""
    text = resources.files(__package__).joinpath("data", f"{code}.yaml").read_text(encoding="utf-8")
    return load_data(text)


@cache
def _read_section(code: str, name: str) -> Mapping[str, Any]:
    if code not in BUILT_IN:
        return {}
    path = resources.files(__package__).joinpath("data", f"{code}.{name}.yaml")
    if not path.is_file():
        return {}
    return load_data(path.read_text(encoding="utf-8")) or {}


_registry: dict[str, LanguagePack] = {}


def register(language: LanguagePack) -> None:
    """Make a pack known to every stage (it replaces a pack of the same code)."""
    _load_built_ins()
    _registry[language.code] = language
    _forget_derived()


def unregister(code: str) -> None:
    """Forget a pack registered from outside (a plug-in's, a test's)."""
    _registry.pop(code, None)
    _forget_derived()


def packs() -> tuple[LanguagePack, ...]:
    """Every known pack, built-in ones first."""
    _load_built_ins()
    return tuple(_registry.values())


def only_built_in() -> bool:
    """Whether the known packs are the built-in ones, none replaced and none added (by a plug-in, a test):
    what is built from them can then be kept for the next process (facts/tables.py)."""
    _load_built_ins()
    return list(_registry) == list(BUILT_IN) and all(
        _registry[code] is importlib.import_module(f"{__package__}.{code}").PACK for code in BUILT_IN
    )


def pack(code: str) -> LanguagePack:
    """The pack of a language code. A code no pack knows gets a neutral pack: no letters, no
    abbreviations, every word its own lemma, so that a stage still runs (as pysbd falls back to English)."""
    _load_built_ins()
    return _registry.get(code) or _neutral(code)


@cache
def _neutral(code: str) -> LanguagePack:
    return LanguagePack(code=code, name=code, script="", alphabet=frozenset())


def _load_built_ins() -> None:
    if _registry:
        return
    for code in BUILT_IN:
        _registry.setdefault(code, importlib.import_module(f"{__package__}.{code}").PACK)


Derived = TypeVar("Derived", bound=Callable[..., Any])
_derived_caches: list[Any] = []


def derived_from_packs(function: Derived) -> Derived:
    """Cache a function of the known packs (a pattern built from their letters, say) until one is
    registered or unregistered."""
    cached = cache(function)
    _derived_caches.append(cached)
    return cached  # type: ignore[return-value]


def _forget_derived() -> None:
    for cached in _derived_caches:
        cached.cache_clear()


def release_derived() -> None:
    """Let go of every value derived from the packs (patterns, tables, words' forms), for a stage done with
    them (facts.release): each is built again if asked."""
    _forget_derived()


@derived_from_packs
def letters() -> frozenset[str]:
    """The lowercase letters of every known language."""
    return frozenset().union(*(p.alphabet for p in packs()))


@derived_from_packs
def analyzer_libraries() -> tuple[str, ...]:
    """The distributions every known pack's morphology asks (pymorphy3 and its dictionaries), once each."""
    return tuple(sorted({name for p in packs() for name in p.morphology.libraries}))


@derived_from_packs
def bases_in_any_language(word: str, dictionary: bool = True) -> frozenset[str]:
    """A nominative wording's base forms in any source language (`Morphology.bases`), for words whose
    language is not known: a gazetteer wording, a lexicon that mixes Kazakh and Russian."""
    return frozenset().union(*(pack(code).morphology.bases(word, dictionary) for code in SOURCE_LANGUAGES))


@derived_from_packs
def lemmas_in_any_language(word: str) -> frozenset[str]:
    """Candidate dictionary forms of a word in any source language, for text read without its language
    at hand (a gazetteer wording, a word list that mixes Kazakh and Russian)."""
    return frozenset().union(*(pack(code).morphology.lemmas(word) for code in SOURCE_LANGUAGES))


def detect_language(text: str, default: str) -> str:
    """The language of a text, by its letters: the known language with the smallest alphabet that holds
    (nearly) all of them. Russian text fits the Kazakh alphabet too, but Russian's is smaller; Kazakh text
    has letters Russian lacks. A text with no letter of any known language is in `default`."""
    known = letters()
    counts = Counter(ch for ch in text.lower() if ch in known)
    total = sum(counts.values())
    if not total:
        return default
    misses = {p.code: total - sum(n for ch, n in counts.items() if ch in p.alphabet) for p in packs() if p.alphabet}
    tolerance = max(1, int(total * FOREIGN_LETTER_SHARE))
    fewest = min(misses.values())
    fitting = [p for p in packs() if p.code in misses and misses[p.code] < fewest + tolerance]
    return min(fitting, key=lambda p: len(p.alphabet)).code
