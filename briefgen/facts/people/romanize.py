"""English spellings of names the gazetteer lacks: Wikipedia's romanization of Russian, with the
conventions of the person's country where they differ (their own official spellings). No maintained
library covers these national conventions (iuliia has the Russian systems only), so each is data in
briefgen/data/romanization.yaml — rewrites, a letter table, how capitals fall — and this module is the one
mechanism that applies them: no country is named here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import iuliia

from ...lang import SOURCE_LANGUAGES, derived_from_packs, pack
from ...safeyaml import load_data
from ..language import facts_language


@derived_from_packs
def _to_russian() -> dict[int, str]:
    """Each source language's letters to their nearest Russian ones (its `names: russian_letters`, both
    cases), so that one romanization of Russian serves every language: a name is spelled as the person's
    own language would have it in Russian letters."""
    table: dict[str, str] = {}
    for code in SOURCE_LANGUAGES:
        letters = (facts_language(code).data.get("names") or {}).get("russian_letters") or {}
        for letter, russian in letters.items():
            table[str(letter)], table[str(letter).upper()] = str(russian), str(russian).upper()
    return str.maketrans(table)


def _russian_letters(text: str) -> str:
    return text.translate(_to_russian())


@dataclass(frozen=True)
class Convention:
    """One country's (or group's) way of spelling its people: see briefgen/data/romanization.yaml."""

    id: str
    countries: frozenset[str]
    home: str | None = None  # the first country listed: whose spelling a `telling` name stands for
    names: dict[str, str] = field(default_factory=dict)  # a whole word as Russian writes it → its own spelling
    telling: frozenset[str] = frozenset()  # given names that tell this convention's people
    russian_letters_first: bool = False
    own_letters: tuple[tuple[str, str], ...] = ()  # letters of the country's own Cyrillic, spelled before the rest
    rewrite: tuple[tuple[re.Pattern[str], str], ...] = ()
    letters: tuple[tuple[str, str], ...] = ()  # longest first
    capitals: str = "letters"
    syllables: bool = False  # the table's keys are whole syllables: a word they do not cover is foreign
    after: tuple[tuple[re.Pattern[str], str], ...] = ()
    joined_given: str | None = None  # a two-syllable given name written as one word joined by this mark
    endings: tuple[str, ...] = ()  # Russian case endings a name of syllables takes (Ганом, Мином)
    soft_endings: frozenset[str] = frozenset()  # of them, those after a stem that ends in a `soft_stems` letter
    soft_stems: tuple[str, ...] = ()  # the letters the soft endings replace: ь (Чунем → Чунь), й (Каем → Кай)
    word_syllables: int = 0  # the most syllables one word of a name has (0: any)


def romanize(name: str, country: str | None = None) -> str:
    """English spelling of a name the gazetteer lacks: Wikipedia's romanization of Russian, with the
    conventions of the person's country where they differ (their own official spellings)."""
    # A given name only one nation uses is that nation's spelling, whatever country the company or the text
    # gives (Хосе Муньос heading a Korean company is José, not a Korean syllable) — unless the country given
    # spells that name itself (Armenia's Ален is Alen, not the French Alain).
    if not _own_given_name(name, country):
        country = _told_country(name) or country
    conventions = [c for c in _conventions() if country in c.countries]
    name = _before_letters(name, conventions)
    for convention in conventions:
        for pattern, replacement in convention.rewrite:
            name = pattern.sub(replacement, name)
    latin = _latin(name, next((c for c in conventions if c.letters), None))
    for convention in conventions:
        for pattern, replacement in convention.after:
            latin = pattern.sub(replacement, latin)
    joiner = next((c.joined_given for c in conventions if c.joined_given), None)
    if joiner is not None and len(words := latin.split()) == 3:
        latin = f"{words[0]} {words[1]}{joiner}{words[2].lower()}"
    return latin


def _before_letters(name: str, conventions: list[Convention]) -> str:
    """The conventions' first steps, in order: whole names usage fixed, the country's own letters, and the
    Kazakh letters made Russian where a convention reads Russian letters."""
    for convention in conventions:
        if convention.names:
            name = " ".join(_named(word, convention.names) for word in name.split())
    for convention in conventions:
        for letter, latin in convention.own_letters:
            name = name.replace(letter, latin).replace(letter.upper(), latin.capitalize())
    if any(c.russian_letters_first for c in conventions):
        name = _russian_letters(name)
    return name


def uninflected(name: str, country: str | None, written: list[str] | None = None, oblique: bool = True) -> str:
    """A name of syllables (Chinese) in a Russian oblique case, its ending taken off: a word the syllables
    do not cover whole, in at most the convention's `word_syllables`, that they cover without one of its
    `endings` («Чжао Ганом» → Чжао Ган, «Ван Илиня» → Ван Илинь). A form they cover either way («Гана») is
    left as written. `written` is the words as the text has them, `name` the dictionary's nominative of
    them, which may cut a name it does not know («Чжэнпу» → Чжэнп): the written form is read first. A name
    in the nominative (not `oblique`) is as written."""
    spelling = next((c for c in _conventions() if country in c.countries and c.syllables), None)
    words = name.split()
    if spelling is None or not spelling.endings or not oblique:
        return name
    pairs = zip(words, written, strict=True) if written is not None and len(written) == len(words) else None
    if pairs is None:
        return " ".join(_without_ending(word, spelling) for word in words)
    return " ".join(_syllable_word(nominative, w, spelling) for nominative, w in pairs)


def _syllable_word(nominative: str, written: str, spelling: Convention) -> str:
    if (bare := _without_ending(written, spelling)) != written:
        return bare
    if _syllables(written, spelling):
        return written
    return _without_ending(nominative, spelling)


def _syllables(word: str, spelling: Convention) -> int:
    """How many syllables cover the word whole, in no more of them than a word of a name has; 0 if none."""
    lower, count, i = _russian_letters(word.lower()), 0, 0
    while i < len(lower):
        key = next((k for k, _ in spelling.letters if lower[i:].startswith(k)), None)
        if key is None:
            return 0
        count, i = count + 1, i + len(key)
    return count if count <= (spelling.word_syllables or count) else 0


def _without_ending(word: str, spelling: Convention) -> str:
    """The word without a case ending, where that leaves fewer syllables than it has as written («Гана»
    is ga-na, «Ган» gang: the genitive), or leaves syllables where the written word is none."""
    lower = _russian_letters(word.lower())
    whole = _syllables(word, spelling)
    for ending in (e for e in spelling.endings if lower.endswith(e) and len(lower) > len(e)):
        # A soft ending (Чунем, Каем) follows a stem that ends in ь or й: Чунь, Кай, not Чун, Ка.
        soft = ending in spelling.soft_endings
        bare = lower[: -len(ending)]
        stems = [*(bare + letter for letter in spelling.soft_stems), bare] if soft else []
        for stem in stems or [lower[: -len(ending)]]:
            if (n := _syllables(stem, spelling)) and (not whole or n < whole):
                return word[: -len(ending)] + stem[len(lower) - len(ending) :]
    return word


def _latin(name: str, spelling: Convention | None) -> str:
    """The name in Latin letters: by the convention's letter table, else as Wikipedia spells Russian."""
    if spelling is None:
        return iuliia.WIKIPEDIA.translate(_russian_letters(name))
    if spelling.capitals == "words":
        return " ".join(_capitalized(_word(word.lower(), spelling)) for word in name.split())
    return _spelled(name, spelling.letters) or name


def _own_given_name(name: str, country: str | None) -> bool:
    """Whether a convention of the country names the name's first word (its own spelling of that name)."""
    first = name.split()[0].lower() if name.split() else ""
    return country is not None and any(country in c.countries and first in c.names for c in _conventions())


def _told_country(name: str) -> str | None:
    """A given name only one nation uses (Йожеф, Ласло: a convention's `telling` names) tells whose
    spelling a name is when the text gives no country."""
    first = name.split()[0].lower() if name.split() else ""
    told = next((c for c in _conventions() if first in c.telling), None)
    return told.home if told else None


def _named(word: str, names: dict[str, str]) -> str:
    """A word, or each part of a hyphenated one, that Russian writes in a form fixed by usage (Ганс for Hans,
    Максим for Maxime): its own spelling, which no letter rule gives back."""
    return "-".join(names.get(part.lower(), part) for part in word.split("-"))


def _word(word: str, spelling: Convention) -> str:
    """One word through the table; where its keys are syllables (Chinese), a word they do not cover whole
    is no name of that language (a Uyghur name in China: Эркин) and is spelled as Wikipedia spells it."""
    if spelling.syllables and _spelled(word, spelling.letters, whole=True) is None:
        return iuliia.WIKIPEDIA.translate(_russian_letters(word))
    return _spelled(word, spelling.letters) or word


def _spelled(name: str, letters: tuple[tuple[str, str], ...], whole: bool = False) -> str | None:
    """Letter by letter through the table (its longest keys first), each keeping its case; a letter the
    table lacks as Wikipedia spells it (a Kazakh one as its nearest Russian); Latin letters stay. With
    `whole`, None when a letter is not covered by the table."""
    table = dict(letters)
    out, i = [], 0
    while i < len(name):
        low = name[i:].lower()
        key = next((k for k, _ in letters if low.startswith(k)), None)
        if key is None and whole and name[i].isalpha():
            return None
        if key is None:
            key = name[i].lower()
            russian = _russian_letters(key)
            latin = table.get(russian, iuliia.WIKIPEDIA.translate(russian) if russian in pack("ru").alphabet else key)
        else:
            latin = table[key]
        out.append(latin.capitalize() if name[i].isupper() else latin)
        i += len(key)
    return "".join(out)


def _capitalized(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@cache
def _conventions() -> tuple[Convention, ...]:
    path = resources.files("briefgen.data").joinpath("romanization.yaml")
    # libyaml's C parser (safeyaml.load_data): the pure-Python one was most of building this in a process.
    data = load_data(path.read_text(encoding="utf-8")) or {}
    return tuple(_convention(entry) for entry in data.get("conventions") or [])


def _convention(entry: dict[str, Any]) -> Convention:
    def patterns(key: str) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(str(p)), str(r)) for p, r in entry.get(key) or [])

    def table(key: str) -> dict[str, str]:
        return {str(k).lower(): str(v) for k, v in (entry.get(key) or {}).items()}

    letters = table("letters")
    return Convention(
        id=str(entry["id"]),
        countries=frozenset(str(c) for c in entry.get("countries") or []),
        home=next((str(c) for c in entry.get("countries") or []), None),
        names=table("names"),
        telling=frozenset(str(n).lower() for n in entry.get("telling") or []),
        russian_letters_first=bool(entry.get("russian_letters_first")),
        own_letters=tuple(table("own_letters").items()),
        rewrite=patterns("rewrite"),
        letters=tuple(sorted(letters.items(), key=lambda kv: -len(kv[0]))),
        capitals=str(entry.get("capitals") or "letters"),
        syllables=bool(entry.get("syllables")),
        after=patterns("after"),
        joined_given=str(entry["joined_given"]) if entry.get("joined_given") else None,
        endings=tuple(sorted((str(e) for e in entry.get("endings") or []), key=len, reverse=True)),
        soft_endings=frozenset(str(e) for e in entry.get("soft_endings") or []),
        soft_stems=tuple(str(letter) for letter in entry.get("soft_stems") or ()),
        word_syllables=int(entry.get("word_syllables") or 0),
    )
