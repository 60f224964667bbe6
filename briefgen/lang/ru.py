"""Russian: inflection through pymorphy3 and its OpenCorpora dictionaries, one analyzer for every stage.

`lemmas` reads a word of running text back to its dictionary forms (Бектеновым → бектенов), for
matching names and titles; `inflections` writes a dictionary form out in every case (Узбекистан →
Узбекистана, Узбекистане…), for finding glossary terms. Both go through `analyzer()`, created once on
first use (it loads ~15 MB of dictionaries). The other functions answer what fact extraction asks of a
Russian word: its cases, its number, its nominative as a name. Surname and foreign-name endings that
the dictionary lacks are data, in data/ru.yaml.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pymorphy3

from . import CASES, LanguagePack, Unanalyzed, read_data

DATA = read_data("ru")
SURNAME_MODELS: dict[str, str] = DATA["surname_models"]
SURNAME_STEMS = tuple(DATA["surname_stems"])
SURNAME_CASE_ENDINGS = tuple(DATA["surname_case_endings"])
NOUN_CASE_ENDINGS = tuple(DATA["noun_case_endings"])
A_STEM_CASE_ENDINGS = tuple(DATA["a_stem_case_endings"])
SAME_ENDING_SPELLED = {str(e): tuple(str(o) for o in others) for e, others in DATA["same_ending_spelled"].items()}
# The same endings as spelled after the letters that take them so (Джорджи, Джорджей of Джорджа).
A_STEM_SPELLED_AFTER = {str(e): str(letters) for e, letters in DATA["a_stem_spelled_after"].items()}
VOWELS = frozenset(DATA["vowels"])
# (ending, replacement, only after a vowel) by case: see data/ru.yaml.
_INDECLINABLE_SURNAMES = tuple(str(e) for e in DATA.get("indeclinable_surname_endings") or ())
FOREIGN_NAME_ENDINGS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    case: tuple((e, r, bool(v)) for e, r, v in rows) for case, rows in DATA["foreign_name_endings"].items()
}
# pymorphy3's case grammemes and briefgen's language-neutral names for them (lang.CASES): what leaves
# this module is always the neutral name. The second genitive is the partitive; the second locative and
# accusative are the locative and accusative.
NEUTRAL_CASES = {
    "nomn": "nom", "gent": "gen", "gen1": "gen", "gen2": "part", "datv": "dat", "accs": "acc", "acc2": "acc",
    "ablt": "ins", "loct": "loc", "loc1": "loc", "loc2": "loc", "voct": "voc",
}  # fmt: skip
NEUTRAL_NUMBERS = {"sing": "singular", "plur": "plural"}
# OpenCorpora parts of speech by lang.WORD_CLASSES: a verb form, a modifier before a noun, a noun; any
# other part of speech is "other".
WORD_CLASSES = {
    "VERB": "verb", "INFN": "verb", "GRND": "verb", "ADJF": "modifier", "PRTF": "modifier", "NOUN": "noun",
}  # fmt: skip
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff-]+")
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The one pymorphy3 analyzer of the process."""
    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of a lowercase word, likeliest first. Cached: the same few thousand words come
    back in every article, and a parse costs ~0.4 ms."""
    return tuple(analyzer().parse(word))


def _surname_stem(lower: str) -> str | None:
    """The nominative of an inflected surname in -ов/-ев/-ин: бектеновым → бектенов."""
    for ending in SURNAME_CASE_ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and stem.endswith(SURNAME_STEMS) and len(stem) > 3:
            return stem
    return None


@cache
def lemmas(word: str) -> frozenset[str]:
    """Candidate dictionary forms of a word of running text, lowercase, the word itself included."""
    lower = word.lower()
    forms = {lower}
    if "-" in lower:
        head, _, last = lower.rpartition("-")
        # A hyphenated name (Касым-Жомартом) declines in its last part only.
        forms.update(f"{head}-{form}" for form in lemmas(last))
    readings = parses(lower)
    # Unlikely readings add false lemmas: «после» is a preposition, not the locative of «посол».
    top = max((p.score for p in readings), default=0.0)
    forms.update(p.normal_form for p in readings if p.score >= top / 10)
    stem = _surname_stem(lower)
    if stem:
        forms.add(stem)
    if word[:1].isupper():
        # A foreign name declines as a noun of its shape, and pymorphy may guess a fleeting vowel that is
        # not there (Мерцем → «мерец»): the bare ending taken off gives the name (Мерц).
        forms.update(lower[: -len(e)] for e in NOUN_CASE_ENDINGS if lower.endswith(e) and len(lower) - len(e) >= 3)
        # …and a name in -а declines as a noun in -а (Исибы, Исибе, Исибой → Исиба).
        forms.update(lower[: -len(e)] + "а" for e in A_STEM_CASE_ENDINGS if lower.endswith(e) and len(lower) > 4)
        forms.update(
            lower[: -len(e)] + "а"
            for e, after in A_STEM_SPELLED_AFTER.items()
            if lower.endswith(e) and len(lower) > 4 and lower[-len(e) - 1] in after
        )
    return frozenset(forms)


@cache
def inflections(lemma: str) -> tuple[str, ...]:
    """Every inflection of a dictionary form, in its capitalisation; in a term of several words each word
    inflects on its own (agreement is not checked: a real sentence only holds agreeing forms anyway)."""
    if not CYRILLIC_WORD.fullmatch(lemma) or lemma.isupper():
        return (lemma,)
    # Take the reading that has the word as its own lemma: «Того» is a country, not a form of «тот».
    own = [p for p in parses(lemma.lower()) if "nomn" in p.tag and p.normal_form == lemma.lower()]
    if own:
        return tuple(sorted({_same_case(lemma, f.word) for f in own[0].lexeme} | {lemma}))
    ending = next((e for e in SURNAME_MODELS if lemma.lower().endswith(e)), None)
    if ending is None:
        return (lemma,)
    # A surname pymorphy3 does not know (Бектенов) inflects like a known one with the same ending.
    model = SURNAME_MODELS[ending]
    surname = next(p for p in parses(model) if "Surn" in p.tag)
    stem = lemma[: -len(ending)]
    forms = {stem + f.word[len(model) - len(ending) :] for f in surname.lexeme if "sing" in f.tag}
    return tuple(sorted({_same_case(lemma, f) for f in forms} | {lemma}))


def part_of_speech(word: str) -> str | None:
    """The part of speech of the likeliest reading."""
    readings = parses(word.lower())
    return readings[0].tag.POS if readings else None


def cases(word: str) -> frozenset[str]:
    """The cases (lang.CASES) pymorphy allows for a word naming one person; a
    double name declines in every part, so its last part says it (Касым-Жомартом). A person is one:
    plural readings are dropped, so «Главы государства» is a genitive, not "heads" in the nominative."""
    word = word.rpartition("-")[2] or word
    readings = [p for p in parses(word.lower()) if p.tag.case]
    singular = [p for p in readings if p.tag.number != "plur"] or readings
    return frozenset(NEUTRAL_CASES.get(p.tag.case, p.tag.case) for p in singular)


def is_common_word(word: str) -> bool:
    """A word the dictionary knows, in no reading a name."""
    if not analyzer().word_is_known(word.lower()):
        return False
    return not any((NAME_GRAMMEMES | {"Geox"}) & set(p.tag.grammemes) for p in parses(word.lower()))


def locative_place(word: str) -> str | None:
    """«Бурабае» → «Бурабай»: the nominative of a capitalised word read as a place in the locative — a
    geographic name the dictionary knows, or a word it does not know at all; None for a known common word
    or an organisation («Минфине», «Сенате»)."""
    readings = [p for p in parses(word.lower()) if p.tag.case in ("loct", "loc2") and p.tag.POS == "NOUN"]
    if not readings or any({"Orgn", "Abbr"} & set(p.tag.grammemes) for p in readings):
        return None
    known = analyzer().word_is_known(word.lower())
    if known and not any("Geox" in p.tag.grammemes for p in readings):
        return None
    return nominative(word)


def oblique_lemmas(word: str) -> frozenset[str]:
    """Lemmas pymorphy gives a word only through readings in an oblique case, never the nominative."""
    lower = word.lower()
    readings = parses(lower)
    nominative = {p.normal_form for p in readings if not p.tag.case or p.tag.case == "nomn"}
    return frozenset(p.normal_form for p in readings if p.normal_form not in nominative and p.normal_form != lower)


def likeliest_lemma(word: str) -> str:
    """The dictionary form of the likeliest reading: «промышленности» → «промышленность»."""
    readings = parses(word.lower())
    return readings[0].normal_form if readings else word.lower()


def is_passive_participle(word: str) -> bool:
    """«достигнутых», «подписанного»: a passive participle, whose agent is in the instrumental."""
    return any(p.tag.POS == "PRTF" and p.tag.voice == "pssv" for p in parses(word.lower()))


def number(word: str) -> str | None:
    """singular or plural, when every reading of the word agrees."""
    numbers = {p.tag.number for p in parses(word.lower())}
    return NEUTRAL_NUMBERS.get(numbers.pop() or "") if len(numbers) == 1 else None


def nominative(word: str) -> str:
    """A name in the nominative singular: each part of a double name declines (Касымом-Жомартом)."""
    if "-" in word:
        return "-".join(nominative(part) for part in word.split("-"))
    readings = parses(word.lower())
    named = [p for p in readings if NAME_GRAMMEMES & set(p.tag.grammemes) and p.tag.number != "plur"]
    # A person is one: a plural reading («Лин» as the genitive plural of «Лина») is no reading of a name.
    nouns = [p for p in readings if p.tag.POS == "NOUN" and p.score >= 0.5 and p.tag.number != "plur"]
    for reading in named or nouns:
        form = reading.inflect({"nomn", "sing"})
        if form is not None:
            return _capitalised_like(word, form.word)
    stem = _surname_stem(word.lower())
    return _capitalised_like(word, stem) if stem else word


def full_name_nominative(words: list[str], case: str | None = None) -> list[str]:
    """A first name and surname in the nominative. The surname agrees with the first name in gender and
    case, which settles what either word alone cannot: «Сахибу Гафарову» is a woman in the accusative
    (Гафарова), not a man in the dative (Гафаров); a surname that cannot stand in the first name's case
    does not decline at all («с Катериной Райхе» → Райхе). `case` is the case the context requires."""
    if case in FOREIGN_NAME_ENDINGS and all(_unknown_name(w) for w in words):
        return [foreign_nominative(w, case) for w in words]
    if len(words) < 2:
        if case in CASES and case not in cases(words[0]):
            return list(words)  # «Аль Тани» after «с»: no instrumental reading, so it does not decline
        return [nominative(w) for w in words]
    *given, surname = words
    # A first name the dictionary lacks (Бобуром, Бахромом) declines by its ending in the case the context
    # requires, as a foreign name does, where pymorphy would guess a noun (Бобурома).
    nominatives = [
        w
        if _indeclinable_given(w, surname)
        else foreign_nominative(w, case)
        if _foreign_given(w, case)
        else nominative(w)
        for w in given
    ]
    if _indeclinable_surname(surname, case):
        return [*nominatives, surname]  # «с Эспеном Барт Эйде»: no ending of the case the context requires
    shared = _shared_ending(given[0], nominatives[0], surname)
    if shared is None and _undeclined_given(given, nominatives, surname, case):
        # «с Хосе Муньосом», «Педро Санчеса»: a first name in a vowel does not decline, so it tells no
        # case; the context does, and a foreign surname the dictionary lacks loses that case's ending.
        shared = foreign_nominative(surname, str(case))
    return [*nominatives, shared or _surname_nominative(given[0], surname)]


def _indeclinable_surname(surname: str, case: str | None) -> bool:
    """A surname of an ending Russian never declines (Шарифзода, Хоценко), or a foreign one the dictionary
    lacks, ending in a vowel but in none of the endings of the case the context requires (Эйде, Райхе after
    «с»), is indeclinable: it stays as written, whatever the given names before it (a dictionary word among
    them, Барт, sends the name down the dictionary's path)."""
    if surname.lower().endswith(_INDECLINABLE_SURNAMES):
        return True
    return (
        case in FOREIGN_NAME_ENDINGS
        and surname[-1:].lower() in VOWELS
        and _unknown_name(surname)
        and foreign_nominative(surname, str(case)) == surname
    )


def _undeclined_given(given: list[str], nominatives: list[str], surname: str, case: str | None) -> bool:
    return (
        case in FOREIGN_NAME_ENDINGS
        and given == nominatives
        and given[-1][-1:].lower() in VOWELS
        and _unknown_name(surname)
        and any(
            surname.lower().endswith(e) and surname[-len(e) - 1 : -len(e)].lower() in _CONSONANTS
            for e in _MAN_CONSONANT_ENDINGS
        )
    )


# A man's foreign surname in a consonant, in the genitive or instrumental (Муньоса, Муньосом, Гутерришем).
_MAN_CONSONANT_ENDINGS = ("а", "ом", "ем")


# A man's surname in the genitive, accusative or instrumental (Мадьяра, Мадьяром).
_MAN_OBLIQUE_ENDINGS = ("а", "я", "ом", "ем", "ым", "им")


def _foreign_given(given: str, case: str | None) -> bool:
    return case in FOREIGN_NAME_ENDINGS and _unknown_name(given) and foreign_nominative(given, case) != given


def _indeclinable_given(given: str, surname: str) -> bool:
    """A foreign first name in -е (Левенте, Рене) does not decline: beside a man's surname in the genitive or
    instrumental («Левенте Мадьяра») its -е is no dative or locative of a name in -а, which the surname
    would share."""
    return given.lower().endswith("е") and _unknown_name(given) and surname.lower().endswith(_MAN_OBLIQUE_ENDINGS)


# Hard consonants, after which a man's foreign surname declines as a noun does.
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _shared_ending(given: str, given_nominative: str, surname: str) -> str | None:
    """A man's foreign surname ending in a consonant declines as his first name does: the ending the first
    name lost comes off the surname too («Мехмета Йылдыза» → Йылдыз, «Штефаном Рауэром» → Рауэр), where the
    dictionary knows neither and guesses the surname a woman's or a noun's."""
    ending = given[len(given_nominative) :]
    if not ending or not given.startswith(given_nominative) or given_nominative[-1:].lower() not in _CONSONANTS:
        return None
    # The same ending is spelled otherwise after another letter: «Лукашем Влчеком», «Петром Павличем».
    for spelled in (ending, *SAME_ENDING_SPELLED.get(ending.lower(), ())):
        stem = surname[: -len(spelled)]
        if surname.lower().endswith(spelled) and len(stem) >= 3 and stem[-1].lower() in _CONSONANTS:
            return stem if _surname_stem(surname.lower()) is None else None
    return None


def _unknown_name(word: str) -> bool:
    return not analyzer().word_is_known(word.lower()) and not _surname_stem(word.lower())


def _singular_case_readings(word: str) -> list[Any]:
    return [p for p in parses(word.lower()) if p.tag.number != "plur" and p.tag.case]


def _surname_nominative(first_name: str, surname: str) -> str:
    """The surname in the gender and case the first name stands in, put in the nominative."""
    first = _singular_case_readings(first_name)
    named = [p for p in first if "Name" in p.tag.grammemes] or first
    readings = {(p.tag.gender, p.tag.case) for p in named}
    first_cases = {c for _, c in readings}
    last = _singular_case_readings(surname)
    cannot_agree = last and not any(p.tag.case in first_cases for p in last)
    if len(first_cases) == 1 and cannot_agree and _surname_stem(surname.lower()) is None:
        return surname
    agreeing = [p for p in last if "Surn" in p.tag.grammemes and (p.tag.gender, p.tag.case) in readings]
    form = agreeing[0].inflect({"nomn", "sing"}) if agreeing else None
    if form is None and _undeclined_in(surname, last, first_cases):
        return surname
    return _capitalised_like(surname, form.word) if form is not None else nominative(surname)


def _undeclined_in(surname: str, readings: list[Any], first_cases: set[str]) -> bool:
    """«Антонеллу Бассани»: the first name tells one case and one reading of the surname is the word itself in
    that case, undeclined (an Italian name in -и), where the likeliest reading guesses a noun of another gender
    (Бассаня). An undeclined first name (Нино) tells no case."""
    return len(first_cases) == 1 and any(
        p.normal_form == surname.lower() and p.tag.case in first_cases for p in readings
    )


def foreign_nominative(word: str, case: str) -> str:
    """A foreign name the dictionary lacks declines by its ending alone, if at all: in a known case the
    ending of that case comes off (Иваей → Ивая, Исибы → Исиба, Тамимом → Тамим), and a name that does not
    end in one is indeclinable (Такэси, Сигэру, Марри), whatever pymorphy's guess."""
    lower = word.lower()
    if case not in FOREIGN_NAME_ENDINGS or analyzer().word_is_known(lower) or _surname_stem(lower):
        return word
    if lower.endswith(_INDECLINABLE_SURNAMES):
        return word  # Шарифзода: no genitive of Шарифзод
    for ending, replacement, after_vowel in FOREIGN_NAME_ENDINGS[case]:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 3:
            vowel = stem[-1] in VOWELS
            if after_vowel and not vowel or (not after_vowel and ending in ("а", "у") and vowel):
                continue
            return word[: len(stem)] + replacement
    return word


def _capitalised_like(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def _same_case(model: str, word: str) -> str:
    """`word` in the letter case of `model`, part by part in a hyphenated word."""
    if "-" in model and model.count("-") == word.count("-"):
        return "-".join(_same_case(m, w) for m, w in zip(model.split("-"), word.split("-"), strict=True))
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def word_class(word: str) -> str | None:
    """The likeliest reading's class (lang.WORD_CLASSES), None for a word with no reading."""
    part = part_of_speech(word)
    return None if part is None else WORD_CLASSES.get(part, "other")


def is_participle(word: str) -> bool:
    """«достигнутый», «подписавший»: a full participle, in any voice."""
    return any(p.tag.POS == "PRTF" for p in parses(word.lower()))


def case_of(word: str) -> str:
    """The case a word's form says: the nominative where it may be one, else the first of lang.CASES."""
    found = cases(word)
    return "nom" if not found or "nom" in found else next(c for c in CASES if c in found)


class RussianMorphology(Unanalyzed):
    """The Morphology protocol over the module's functions. Russian writes no possessive endings, and
    reads its cases from the dictionary, not from a table of endings: those stay empty."""

    libraries = ("pymorphy3", "pymorphy3-dicts-ru")
    vowels = VOWELS

    # The module's memoized function itself, not a method calling it: asked for every word of every sentence.
    lemmas = staticmethod(lemmas)

    def inflections(self, lemma: str) -> tuple[str, ...]:
        return inflections(lemma)

    def word_class(self, word: str) -> str | None:
        return word_class(word)

    def bases(self, word: str, dictionary: bool = True) -> frozenset[str]:
        """Read in lowercase, the wording gets the dictionary's readings only, and a reading of it as an
        oblique form is not one of its bases (a wording is in the nominative)."""
        if not dictionary:
            return frozenset({word.lower()})
        return lemmas(word.lower()) - oblique_lemmas(word)

    def cases(self, word: str) -> frozenset[str]:
        return cases(word)

    def case_of(self, word: str, base: str) -> str:
        return case_of(word)

    def number(self, word: str) -> str | None:
        return number(word)

    def nominative(self, word: str) -> str:
        return nominative(word)

    def full_name_nominative(self, words: list[str], case: str | None = None) -> list[str]:
        return full_name_nominative(words, case)

    def is_common_word(self, word: str) -> bool:
        return is_common_word(word)

    def is_participle(self, word: str) -> bool:
        return is_participle(word)

    def is_passive_participle(self, word: str) -> bool:
        return is_passive_participle(word)

    def locative_place(self, word: str) -> str | None:
        return locative_place(word)

    def likeliest_lemma(self, word: str) -> str:
        return likeliest_lemma(word)


PACK = LanguagePack.from_data(DATA, RussianMorphology())
