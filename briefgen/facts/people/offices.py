"""An office the gazetteer knows only by its head word («министрі», «спикері», «министр»), completed from
the ministry or the organ the article writes with it: «Цифрлық даму, инновациялар және аэроғарыш
өнеркәсібі министрі» → "minister of digital development, innovation and aerospace industry",
«Олий Мажлисі Заң шығарушы палатасының Спикері» → "speaker of the legislative chamber of the oliy majlis".

Listing every ministry of every country is endless; their names are made of a few dozen words. So the
words (each language's `office_words` in briefgen/lang/data/<lang>.facts.yaml) are translated one by one
(a Kazakh or Russian compound has the English order: modifier, then head) and the nesting is read from
the grammar: in Kazakh a possessive ending closes an organ whose name the next one is part of («Олий
Мажлисі | Заң шығарушы палатасы»: the chamber of the majlis); in Russian a genitive noun governs the
genitive phrase after it («палаты | Олий Мажлиса»). A word the map lacks leaves the office as the
gazetteer has it: a partial translation would be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...lang import TARGET_LANGUAGE, Morphology, derived_from_packs, pack
from ..dates import names_a_day
from ..gazetteer import Entry
from ..language import FactsLanguage, facts_language


@dataclass(frozen=True)
class OfficeWords:
    """The words a language names ministries and organs with (its `office_words` data: by Kazakh stem, by
    Russian lemma), and the pairs of words that name one thing («ауыл шаруашылығы», «иностранных дел»);
    with how it joins and inflects them (its `office_grammar`)."""

    words: dict[str, str]
    pairs: dict[tuple[str, str], str]
    joining: dict[str, str] = field(default_factory=dict)  # a word that joins two ministries → "and"; "," → ","
    grammar: dict[str, Any] = field(default_factory=dict)


def office_words(language: FactsLanguage) -> OfficeWords:
    """The language's office words, read once per language."""
    return _office_words(language.code)


@derived_from_packs
def _office_words(code: str) -> OfficeWords:
    data = facts_language(code).data
    return _read(data.get("office_words") or {}, data.get("office_grammar") or {})


def _read(data: dict[str, Any], grammar: dict[str, Any]) -> OfficeWords:
    return OfficeWords(
        {str(k).lower(): str(v) for k, v in (data.get("words") or {}).items()},
        {(str(a).lower(), str(b).lower()): str(v) for a, b, v in data.get("pairs") or []},
        {**{str(w).lower(): "and" for w in grammar.get("and") or []}, ",": ","},
        dict(grammar),
    )


# Words two translations of one office differ by: a presiding officer is a chairman (a chairwoman) in one and a speaker
# in another; India and China call their trade ministries commerce in their own English; a minister is
# "for" a portfolio in one country's English and "of" it in another's.
SYNONYMS = {"chairman": "speaker", "chairwoman": "speaker", "chairperson": "speaker", "commerce": "trade", "for": "of"}
# A word one English wording of an office has and the other leaves out: "federal chancellor" is the
# gazetteer's "chancellor"; Russian «водных ресурсов» is "water resources" word for word, where the ministry
# of environment, water and agriculture says "water".
OPTIONAL = frozenset({"federal", "resources"})


def same_office(a: str, b: str) -> bool:
    """ "chairman of the national assembly" is "speaker of the national assembly" worded otherwise, and
    "secretary-general" is the "secretary general" of a body that writes it without the hyphen."""
    return [SYNONYMS.get(w, w) for w in a.replace("-", " ").split() if w not in OPTIONAL] == [
        SYNONYMS.get(w, w) for w in b.replace("-", " ").split() if w not in OPTIONAL
    ]


def opens_with(role: str, office: str) -> bool:
    """Whether the role opens with the office, however the body that gives it hyphenates the office ("secretary
    general of the organization for security and co-operation in europe" opens with "secretary-general")."""
    return role.replace("-", " ").startswith(office.replace("-", " "))


def local_office(role: str, titles: list[Entry], place: str, city: bool = False) -> str:
    """A local office named by its province or city: "akim of kostanay region"; or, where the institution names
    the office after its organ there (the title's `local_form`), in the organ's own English: the CPC's
    provincial secretary is the "secretary of the jiangsu provincial committee of the cpc" (the province's kind
    word as its adjective, English's `place_kind_adjectives`; a city's organ is municipal)."""
    title = next((t for t in titles if t.data.get("local_form")), None)
    form = title.data.get("local_form") if title is not None else None
    if title is None or not form or not role.endswith(title.name):
        return f"{role} of {place}"
    deputy = role.removesuffix(title.name)  # «партком хатшысының орынбасары»: the committee's deputy secretary
    adjectives = pack(TARGET_LANGUAGE).data.get("place_kind_adjectives") or {}
    words = place.split()
    if words and words[-1] in adjectives:
        words[-1] = str(adjectives[words[-1]])
    elif city:
        words.append(str(adjectives.get("city", "")))
    return deputy + str(form).format(place=" ".join(w for w in words if w))


# An organ takes the article: "speaker of the legislative chamber", but "minister of energy".
ORGANS = frozenset(
    {"chamber", "committee", "commission", "council", "parliament", "senate", "mazhilis", "assembly", "bank", "fund",
     "agency", "board", "ministry"}
)  # fmt: skip


def complete(head: str, words: list[str], language: FactsLanguage, romanize: Callable[[str], str]) -> str | None:
    """`head` ("minister", "speaker") of the ministry or organ `words` name (in the article's order, the
    words between the country and the head word in Kazakh, after the head word in Russian); None when a
    word is not known. `romanize` spells a proper name in the organ (Олий Мажлис)."""
    vocabulary = office_words(language)
    # A joining word, or a day («Бейсенбіде Орталық сайлау комиссиясының төрағасы», capitalized as it opens
    # the sentence), at either end is no part of the organ's name.
    while words and (words[0].lower() in vocabulary.joining or names_a_day(words[0], language.code)):
        words = words[1:]
    while words and (words[-1].lower() in vocabulary.joining or names_a_day(words[-1], language.code)):
        words = words[:-1]
    if _portfolio(words, language) is not None:
        return for_field(head, words, language, romanize)
    if not words:
        return None
    proper: list[str] = []
    spell = _noting(romanize, proper)
    read = _possessive_chain if language.modifiers_before else _genitive_chain
    segments = read(words, spell, vocabulary, language.morphology)
    if segments is None:
        return None
    english = [" ".join(s).replace(" ,", ",") for s in segments]
    if any(w in ORGANS for s in segments for w in " ".join(s).split()):
        return f"{head} of the " + " of the ".join(english)
    if proper or len(english) > 1:
        return None  # a proper name («Европы») or nesting outside an organ is no ministry's name
    return _as_english_writes(f"{head} of {english[0]}")


def _as_english_writes(office: str) -> str:
    """Word-for-word English in the wording ministries' English names use (English's `office_usage`):
    «қоршаған ортаны қорғау», protection of the environment, is "environmental protection"."""
    for literal, usual in (pack(TARGET_LANGUAGE).data.get("office_usage") or {}).items():
        office = re.sub(rf"\b{re.escape(str(literal))}\b", str(usual), office)
    return office


def for_field(head: str, words: list[str], language: FactsLanguage, romanize: Callable[[str], str]) -> str | None:
    """An office for a field, its whole wording the head («государственный министр по делам энергетики» →
    "minister of state for energy affairs"); None if the words name no field (see `_portfolio`)."""
    portfolio = _portfolio(words, language)
    if portfolio is None:
        return None
    words, affairs = portfolio
    field = complete("minister", words, language, romanize) if words else None
    if field is None or not field.startswith("minister of "):
        return None
    return f"{head} for {field.removeprefix('minister of ')}{' affairs' if affairs else ''}"


def _portfolio(words: list[str], language: FactsLanguage) -> tuple[list[str], bool] | None:
    """An office «for» a field rather than of a ministry (the language's `office_portfolio`): «министр по
    делам энергетики», «энергетика істері жөніндегі министр» → the field's words, and whether they are
    «affairs» (for energy affairs); None where the words name a ministry."""
    data = language.data.get("office_portfolio") or {}
    lowered = [w.lower() for w in words]
    affairs = tuple(str(a) for a in data.get("affairs") or ())
    if lowered and lowered[0] in (data.get("before") or ()):
        # «по делам энергетики»: the preposition, then the word for affairs (in any case form)
        field = words[1:]
        said = len(field) > 1 and language.morphology.likeliest_lemma(field[0].lower()) in affairs
        return (field[1:], True) if said else (field, False)
    if lowered and lowered[-1] in (data.get("after") or ()):
        # «энергетика істері жөніндегі»: the word for affairs, then the postposition
        field = words[:-1]
        said = len(field) > 1 and field[-1].lower() in affairs
        return (field[:-1], True) if said else (field, False)
    return None


def _noting(romanize: Callable[[str], str], used: list[str]) -> Callable[[str], str]:
    def spell(word: str) -> str:
        used.append(word)
        return romanize(word).lower()

    return spell


def _possessive_chain(
    words: list[str], romanize: Callable[[str], str], known: OfficeWords, morphology: Morphology
) -> list[list[str]] | None:
    """Modifiers first, each organ closed by a possessive ending (Kazakh)."""
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        following = _stems(morphology, nxt) if nxt else []
        pair = next(((a, b) for a in _stems(morphology, word) for b in following if (a, b) in known.pairs), None)
        if pair is not None and nxt is not None:
            english, possessive, i = known.pairs[pair], _possessive(morphology, nxt, pair[1]), i + 2
        elif word.lower() in known.joining:
            english, possessive, i = known.joining[word.lower()], False, i + 1
        else:
            stem = next((s for s in _stems(morphology, word) if s in known.words), None)
            if stem is not None:
                english, possessive = known.words[stem], _possessive(morphology, word, stem)
            elif word[:1].isupper():
                english, possessive = _proper(morphology, word, romanize, known.grammar)
            else:
                return None
            i += 1
        segments[-1].append(english)
        following = words[i] if i < len(words) else None
        if possessive and following is not None and following.lower() not in known.joining:
            segments.append([])  # «Олий Мажлисі | Заң шығарушы палатасы»: what follows is the majlis's
    return list(reversed([s for s in segments if s]))


def _stems(morphology: Morphology, word: str) -> list[str]:
    return sorted(morphology.lemmas(word), key=len, reverse=True)


def _possessive(morphology: Morphology, word: str, stem: str) -> bool:
    lower = word.lower()
    rest = lower[len(stem) :] if lower.startswith(stem) else ""
    return bool(rest) and any(rest.startswith(p) for p in morphology.possessive_endings)


def _proper(
    morphology: Morphology, word: str, romanize: Callable[[str], str], grammar: dict[str, Any]
) -> tuple[str, bool]:
    """A name inside an organ's name, without its case ending and possessive: «Мажлисі» → majlis (the
    possessive endings after a vowel and after a consonant are the language's `office_grammar`)."""
    lower = word.lower()
    for ending in sorted(
        (e for es in morphology.case_endings.values() for e in es if len(e) > 1), key=len, reverse=True
    ):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            lower = lower[: -len(ending)]
            break
    after_vowel = tuple(grammar.get("possessive_after_vowel") or ())
    after_consonant = tuple(grammar.get("possessive_after_consonant") or ())
    vowels = str(grammar.get("stem_vowels") or "")
    ending = next((e for e in after_vowel if lower.endswith(e) and len(lower) > len(e) + 2), None)
    if ending and lower[-len(ending) - 1] in vowels:
        return romanize(lower[: -len(ending)]), True
    ending = next((e for e in after_consonant if lower.endswith(e) and len(lower) > len(e) + 2), None)
    if ending:
        return romanize(lower[: -len(ending)]), True
    return romanize(lower), False


def _genitive_chain(
    words: list[str], romanize: Callable[[str], str], known: OfficeWords, morphology: Morphology
) -> list[list[str]] | None:
    """Heads first, each governing the genitive phrase after it (Russian)."""
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        lemma = morphology.likeliest_lemma(word)
        pair = known.pairs.get((lemma, morphology.likeliest_lemma(nxt))) if nxt else None
        if pair:
            english, noun, i = pair, True, i + 2
        elif word.lower() in known.joining:
            english, noun, i = known.joining[word.lower()], False, i + 1
        elif lemma in known.words:
            english, noun, i = known.words[lemma], morphology.word_class(word) == "noun", i + 1
        elif word[:1].isupper() and not _common_modifier(word, morphology):
            english, noun, i = romanize(_genitive_proper(word, known.grammar, morphology.vowels)), False, i + 1
        else:
            return None
        segments[-1].append(english)
        following = words[i] if i < len(words) else None
        if noun and following is not None and following.lower() not in known.joining:
            segments.append([])  # «палаты | Олий Мажлиса»: a genitive noun governs what follows
    return [s for s in segments if s]


def _common_modifier(word: str, morphology: Morphology) -> bool:
    """A word of the language describing the organ, capitalised as the organ's name is («Консультативного
    совета»): a word the map lacks, which spelled letter by letter would be no English (konsultativnogo)."""
    return morphology.word_class(word) == "modifier" and morphology.is_common_word(word)


def _genitive_proper(word: str, grammar: dict[str, Any], vowels: frozenset[str]) -> str:
    """A foreign name in an organ's name, in the genitive: «Мажлиса» → Мажлис, «Думы» → Дума (the endings
    after a consonant and what replaces them are the language's `office_grammar`)."""
    lower = word.lower()
    for ending, replacement in grammar.get("genitive_after_consonant") or ():
        stem = lower[: -len(ending)]
        if len(lower) > 4 and lower.endswith(ending) and stem[-1:] not in vowels:
            return stem + replacement
    return lower
