"""What a number counts: the currency or counted noun after it, or the noun it counts elsewhere in its clause.

A figure's number is found by figures.py; this module names its unit from the words around it. A count's noun
is looked up by its base form in the language packs' word map (`counted`), with the adjectives, qualifiers and
classifiers that may stand between, and money by the CLDR names of every currency in use (Babel).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from babel import Locale
from babel.numbers import get_territory_currencies

from ..lang import bases_in_any_language, derived_from_packs, lemmas_in_any_language, packs
from .figure_words import figure_words
from .tables import compiled_table

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _wording_forms(word: str) -> frozenset[str]:
    """A lexicon word's base forms: it is in the nominative, so only a possessive or plural comes off."""
    return bases_in_any_language(word)


@dataclass(frozen=True)
class Noun:
    unit: str
    words: tuple[frozenset[str], ...]  # per word, the base forms that match
    qualifiers: frozenset[str] = frozenset()  # for a currency: the base forms of the rest of its name


# A fixed date, not today: the same article must give the same figures next year (builds are
# reproducible), and the press this reads is from these years.
CURRENCIES_AS_OF = dt.date(2025, 1, 1)


@compiled_table()
def currency_nouns() -> tuple[Noun, ...]:
    """Every currency in use by the noun of its CLDR name in each language (Babel), with the rest of the
    name kept to tell apart currencies that share a noun (азербайджанский / туркменский манат)."""
    codes = {
        code for t in Locale("en").territories if len(t) == 2 for code in get_territory_currencies(t, CURRENCIES_AS_OF)
    }
    words = figure_words()
    nouns: list[Noun] = []
    for code in sorted(codes):
        for language in words.currency_nouns:
            name = Locale(language.code).currencies.get(code)
            if not name or name == code:
                continue
            head = language.of(name)
            if not head or len(head) < 3 or head in words.not_currencies:
                continue
            rest = frozenset(f for w in name.split() if w.lower() != head for f in _wording_forms(w))
            nouns.append(Noun(code, (_wording_forms(head),), rest))
    return tuple(nouns)


@compiled_table()
def counted_nouns() -> tuple[Noun, ...]:
    return tuple(
        Noun(unit, tuple(_wording_forms(w) for w in WORD.findall(wording)))
        for unit, wordings in figure_words().counted.items()
        for wording in wordings
    )


def _noun_at(words: list[str], i: int, lexicon: tuple[Noun, ...]) -> tuple[Noun, int] | None:
    """The longest lexicon noun starting at words[i], and the index after it."""
    best: tuple[Noun, int] | None = None
    for noun in _opening_at(words, i, lexicon):
        n = len(noun.words)
        fits = i + n <= len(words) and all(lemmas_in_any_language(words[i + j]) & noun.words[j] for j in range(n))
        if fits and (best is None or n > len(best[0].words)):
            best = (noun, i + n)
    return best


def _opening_at(words: list[str], i: int, lexicon: tuple[Noun, ...]) -> list[Noun]:
    """The lexicon's nouns, in its order, that words[i] may begin: those whose first word has one of its
    forms (found by an index of the lexicon, not by trying each noun on every word), and any of no words."""
    if i >= len(words):
        return [noun for noun in lexicon if not noun.words]
    kept, by_form, wordless = _openings.get(id(lexicon)) or _index_openings(lexicon)
    found = set(wordless).union(*(by_form.get(f, ()) for f in lemmas_in_any_language(words[i])))
    return [lexicon[k] for k in sorted(found)]


_openings: dict[int, tuple[tuple[Noun, ...], dict[str, list[int]], list[int]]] = {}


def _index_openings(lexicon: tuple[Noun, ...]) -> tuple[tuple[Noun, ...], dict[str, list[int]], list[int]]:
    by_form: dict[str, list[int]] = {}
    for k, noun in enumerate(lexicon):
        for form in noun.words[0] if noun.words else ():
            by_form.setdefault(form, []).append(k)
    if len(_openings) > 8:  # a lexicon built again (a pack registered): the old indexes go
        _openings.clear()
    # The lexicon is kept with its index, so that its id is not reused by another while the index is here.
    _openings[id(lexicon)] = entry = (lexicon, by_form, [k for k, noun in enumerate(lexicon) if not noun.words])
    return entry


def _currency_at(words: list[str], i: int) -> str | None:
    """The currency words[i] names; where a noun is shared, the word beside it (or the press's default)."""
    found = [noun for noun in currency_nouns() if lemmas_in_any_language(words[i]) & noun.words[0]]
    codes = {noun.unit for noun in found}
    if len(codes) <= 1:
        return codes.pop() if codes else None
    beside = set().union(*(lemmas_in_any_language(w) for w in words[max(i - 1, 0) : i + 2] if w != words[i]))
    named = {noun.unit for noun in found if noun.qualifiers & beside}
    if len(named) == 1:
        return named.pop()
    defaults = figure_words().default_currencies.items()
    return next((code for head, code in defaults if head in lemmas_in_any_language(words[i])), None)



def noun_after(after: str) -> tuple[str, int | None] | None:
    """The counted noun or currency named after a number: its unit, and where the figure's text ends.

    A currency follows at once («3 трлн иен», «японских иен»); a counted noun may come after adjectives
    («18 халықаралық шартты» — the text runs through the noun), after a qualifier or a hyphenated ending
    («700-ге жуық жұмыс орнын», «35 мыңға дейін жұмыс орны» — the text is the number alone)."""
    hyphen = re.match(r"-[^\W\d_]+", after)
    start = hyphen.end() if hyphen else 0
    spans = [(m.group(), m.end()) for m in WORD.finditer(after, start)][:5]
    if not spans or re.search(r"[\d,;:.!?«»]", after[start : after.find(spans[0][0], start)]):
        return None
    words = [w for w, _ in spans]
    plain = hyphen is None
    classifier: tuple[str, int] | None = None  # «до 2 млн единиц в год»: what counts when no noun follows
    for i, word in enumerate(words):
        found = _named_at(words, spans, i, plain)
        if found is not None:
            return found
        lower = word.lower()
        lemmas = lemmas_in_any_language(word)
        if lower in figure_words().qualifiers:
            plain = False
        elif lemmas & figure_words().classifiers:
            unit = next((classifier_units()[w] for w in lemmas if w in classifier_units()), None)
            classifier = classifier or ((unit, spans[i][1]) if unit else None)
        elif not _may_stand_before_noun(word, i, plain):
            # another word: whatever follows is not what the number counts, unless it names the kind of a noun
            return _head_of_compound(words, spans, i, plain) or _classified(classifier, plain)
    return _classified(classifier, plain)


def _classified(classifier: tuple[str, int] | None, plain: bool) -> tuple[str, int | None] | None:
    return (classifier[0], classifier[1] if plain else None) if classifier else None


def _head_of_compound(
    words: list[str], spans: list[tuple[str, int]], i: int, plain: bool
) -> tuple[str, int | None] | None:
    """The counted noun that words[i] (and perhaps the word after it) names a kind of, where the language marks the
    head of such a compound with an ending («90 бірлескен білім беру бағдарламасы», «3 жел электр станциясы»:
    programmes, power plants; «1 200 медицина қызметкері»: health workers). A compound of people or firms in the
    plural names whose they are instead («30 ел өкілдері»: a number counts a singular noun, so here the countries),
    so it counts nothing here; nor a name («12 наурызда Түркістан қаласында»: a date and
    the city it was in)."""
    words_of = figure_words()
    for j in range(i + 1, min(i + 3, len(words))):
        found = _noun_at(words, j, counted_nouns())
        if found is not None:
            noun, end = found
            named = any(w[:1].isupper() for w in words[i:end])
            head = words[end - 1]
            owned = noun.unit in words_of.compound_owned and words_of.plural_head.search(head)
            if named or owned or not words_of.compound_head.search(head):
                return None
            return noun.unit, spans[end - 1][1] if plain else None
    return None


def _may_stand_before_noun(word: str, i: int, plain: bool) -> bool:
    """Whether a word between a number and what it counts leaves the count to the noun after it: an adjective,
    a conjunction joining two («20 межправительственных и межведомственных документов»), or, with no hyphenated
    ending before it, a name that may qualify a currency («Әзербайжан манаты»)."""
    lower = word.lower()
    words = figure_words()
    return bool(words.adjective.search(lower)) or (i > 0 and lower in words.joiners) or (plain and word[:1].isupper())


def _named_at(words: list[str], spans: list[tuple[str, int]], i: int, plain: bool) -> tuple[str, int | None] | None:
    """The currency (right after the number) or the counted noun that words[i] begins, with where the figure's
    text ends (none after a qualifier or a hyphenated ending)."""
    if plain:
        currency = _currency_at(words, i)
        if currency:
            return currency, spans[i][1]
    # A capitalised word after a number begins a name («5 Орталық Азия елі»: Central Asia, not five centres); an
    # abbreviation in capitals (ГЭС, ЖЭО) is still a noun.
    title = words[i][:1].isupper() and not words[i].isupper()
    found = None if title else _noun_at(words, i, counted_nouns())
    if found is None:
        return None
    noun, end = found
    # «20 тысяч этнических немцев»: a counted adjective qualifies its noun, the next word; and where that noun is
    # counted itself («500 қазақстандық компания»), it says what is counted.
    if end < len(words) and lemmas_in_any_language(words[end - 1]) & figure_words().before_noun:
        noun, end = _noun_at(words, end, counted_nouns()) or (noun, end + 1)
    return noun.unit, spans[end - 1][1] if plain else None


@derived_from_packs
def classifier_units() -> dict[str, str]:
    """What a classifier counts when no counted noun follows it (`classifier_units:` of each language's facts
    data): «единиц» alone are units; «150 единиц техники» are vehicles."""
    return {str(k): str(v) for p in packs() for k, v in (p.section("facts").get("classifier_units") or {}).items()}


def counted_elsewhere(sentence: str, position: int) -> str | None:
    """What a bare number counts when the noun stands elsewhere: after «число»/before «саны», or before
    the number in the same clause when the number is a target («рейсов … до 14 в неделю», «рейстерін
    аптасына 28-ге дейін»)."""
    words = figure_words()
    found = [m for pattern in words.count_of if (m := pattern.search(sentence))]
    match = min(found, key=lambda m: m.start(), default=None)
    if match:
        nouns = WORD.findall(match.group("noun") or "")
        unit = _first_counted(nouns, range(len(nouns)))
        if unit is not None:
            return unit
    before = sentence[:position]
    if not (words.target_before.search(before) or words.target_after.match(sentence, position)):
        return None
    clause = re.split(r"[,;:«»()—–]|\d", before)[-1]
    nouns = WORD.findall(clause)[-8:]
    return _first_counted(nouns, reversed(range(len(nouns))))


def _first_counted(words: list[str], order: Iterable[int]) -> str | None:
    """The unit of the first counted noun found starting at the positions `order` gives."""
    return next((found[0].unit for i in order if (found := _noun_at(words, i, counted_nouns()))), None)
