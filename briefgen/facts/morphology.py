"""Base forms of inflected words, so that «Бектеновпен», «Бектеновым» and «Бектенов» are one name.

Russian goes through pymorphy3 and its OpenCorpora dictionaries. Kazakh has no analyzer that installs
from the package registry alone: kazstem wraps apertium-kaz but needs an HFST/CG toolchain and compiled
resources built from its repository, and qaznltk has no morphology. Kazakh is agglutinative and regular,
though: a noun is stem + plural + possessive + case, each ending chosen by vowel harmony and the stem's
last sound. So Kazakh endings are stripped here, in that order, from the end of the word.

`forms` gives every candidate base form of a word (over-generating is harmless: candidates are only
compared with a closed list of names and titles); `kazakh_case` and `russian_cases` say which case a
word is in, which tells a participant from a person merely mentioned.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pymorphy3

from .language import facts_language

# Kazakh's endings are its language data (briefgen/lang/data/kk.facts.yaml, `morphology:`): case endings,
# longest first within each case so that «-ның» wins over «-ы»; possessive and plural endings; its vowels
# and back vowels, which choose an ending by harmony.
_KK = facts_language("kk").data.get("morphology") or {}
KK_CASES: dict[str, tuple[str, ...]] = {str(c): tuple(str(e) for e in es) for c, es in (_KK.get("cases") or {}).items()}
KK_POSSESSIVE: tuple[str, ...] = tuple(str(e) for e in _KK.get("possessive") or ())
KK_PLURAL: tuple[str, ...] = tuple(str(e) for e in _KK.get("plural") or ())
_KK_VOWELS = set(str(_KK.get("vowels") or ""))
_KK_BACK = set(str(_KK.get("back_vowels") or ""))
# One letter is enough: «Ван Иді» is the accusative of «Ван И».
MIN_STEM = 1


def _strip(word: str, endings: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(word[: -len(e)], e) for e in endings if word.endswith(e) and len(word) - len(e) >= MIN_STEM]


@cache
def kazakh_stems(word: str) -> frozenset[str]:
    """Every stem left by taking off a case ending, then a possessive, then a plural ending."""
    word = word.lower()
    stems = {word}
    head, _, tail = word.rpartition("-")
    if head and any(tail in endings for endings in KK_CASES.values()):
        stems.add(head)  # «ҚХР-дың», «$4,5 млрд-ты»: an ending written after a hyphen
    after_case = [word] + [stem for endings in KK_CASES.values() for stem, _ in _strip(word, endings)]
    for form in after_case:
        stems.add(form)
        after_possessive = [form] + [stem for stem, _ in _strip(form, KK_POSSESSIVE)]
        for bare in after_possessive:
            stems.add(bare)
            stems.update(stem for stem, _ in _strip(bare, KK_PLURAL))
    return frozenset(stems)


@cache
def kazakh_bases(word: str) -> frozenset[str]:
    """A wording's own base forms: a gazetteer wording is nominative, so only a possessive and a plural
    come off («Республикасы» → «республика»); taking off a case ending would turn «Судан» into «су»."""
    word = word.lower()
    stems = {word}
    for bare in [word] + [stem for stem, _ in _strip(word, KK_POSSESSIVE)]:
        stems.add(bare)
        # A stem of three letters at least: the Russian «лидер» is no plural of «ли» (the surname Ли).
        stems.update(stem for stem, _ in _strip(bare, KK_PLURAL) if len(stem) >= 3)
    return frozenset(stems)


def _harmonic(stem: str, ending: str) -> bool:
    """An ending's vowel agrees with the stem's last vowel (back with back, front with front)."""
    stem_vowels = [c for c in stem if c in _KK_VOWELS]
    ending_vowels = [c for c in ending if c in _KK_VOWELS]
    if not stem_vowels or not ending_vowels:
        return True
    last = stem_vowels[-1]
    # и, е, у, э, ю end loanwords that take either series; -мен/-бен/-пен has no back form at all.
    return last in "иеуэю" or ending in KK_CASES["ins"] or (last in _KK_BACK) == (ending_vowels[0] in _KK_BACK)


def kazakh_case(word: str, base: str) -> str:
    """The case of `word`, an inflected form of `base`: nom, gen, dat, acc, loc, abl or ins."""
    rest = word.lower()[len(base) :] if word.lower().startswith(base.lower()) else ""
    if not rest or rest in KK_POSSESSIVE:
        return "nom"
    for possessive in KK_POSSESSIVE:
        if rest.startswith(possessive):
            tail = rest[len(possessive) :]
            if any(tail in endings for endings in KK_CASES.values()):
                rest = tail
                break
    for case, endings in KK_CASES.items():
        if rest in endings:
            return case
    return "nom"


# Surname endings after which any case ending may be taken off; other names lose only an ending that
# cannot be the end of a name (Расулзода keeps its -да, Сатыбалды its -ды).
SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ұлы", "улы", "қызы", "кызы", "ян", "енко", "дзе")
UNAMBIGUOUS_ENDINGS = frozenset(str(e) for e in _KK.get("unambiguous_endings") or ())


def kazakh_nominative(word: str) -> str:
    """The nominative of a name: names take one case ending and no possessive."""
    lower = word.lower()
    best = ""
    for endings in KK_CASES.values():
        for stem, ending in _strip(lower, endings):
            surname = stem.endswith(SURNAME_STEMS)
            plain = ending in UNAMBIGUOUS_ENDINGS and _harmonic(stem, ending) and len(stem) >= 3
            if (surname or plain) and len(ending) > len(best):
                best = ending
    return word[: len(word) - len(best)] if best else word


def kazakh_object(word: str) -> str:
    """A name as the definite object of a verb, its accusative ending taken off when it agrees."""
    for stem, ending in _strip(word.lower(), KK_CASES["acc"][:-1]):
        if len(stem) >= 2 and _harmonic(stem, ending) and _voiced_right(stem, ending):
            return word[: len(stem)]
    return kazakh_nominative(word)


def _voiced_right(stem: str, ending: str) -> bool:
    """-ны after a vowel, -ды after a voiced consonant, -ты after a voiceless one."""
    last = stem[-1]
    if last in "иу":
        return ending[0] in "дн"  # и, у end in a glide (й, у) and take -ды as often (Ван Иді)
    if last in _KK_VOWELS:
        return ending[0] == "н"
    # б, в, г, д are devoiced at the end of a word and take -ты as the voiceless ones do (Батболдты).
    return ending[0] == ("т" if last in "пфкқтсшщхцчһбвгд" else "д")


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@cache
def _parses(word: str) -> tuple[Any, ...]:
    # The same few thousand words come back in every article, and a pymorphy parse costs ~0.4 ms.
    return tuple(_analyzer().parse(word))


# Russian surnames in -ов/-ев/-ин that pymorphy's dictionary lacks: their declension is regular.
RU_SURNAME_ENDINGS = ("ым", "ом", "у", "а", "е", "ой", "ую", "ы", "ых", "ыми")
RU_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")
RU_NOUN_ENDINGS = ("ом", "ем", "ём", "ой", "ей", "а", "я", "у", "ю", "е")


def _russian_surname(lower: str) -> str | None:
    """The nominative of an inflected surname in -ов/-ев/-ин: Бектеновым → бектенов."""
    for ending in RU_SURNAME_ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and stem.endswith(RU_SURNAME_STEMS) and len(stem) > 3:
            return stem
    return None


@cache
def russian_forms(word: str) -> frozenset[str]:
    lower = word.lower()
    forms = {lower}
    if "-" in lower:
        parts = [russian_forms(p) for p in lower.split("-")]
        # A hyphenated name (Касым-Жомартом) declines in its last part only.
        forms.update("-".join([lower.split("-")[0], *lower.split("-")[1:-1], f]) for f in parts[-1])
    parses = _parses(lower)
    # Unlikely readings add false lemmas: «после» is a preposition, not the locative of «посол».
    top = max((p.score for p in parses), default=0.0)
    forms.update(p.normal_form for p in parses if p.score >= top / 10)
    stem = _russian_surname(lower)
    if stem:
        forms.add(stem)
    if word[:1].isupper():
        # A foreign name declines as a noun of its shape, and pymorphy may guess a fleeting vowel that is
        # not there (Мерцем → «мерец»): the bare ending taken off gives the name (Мерц).
        forms.update(lower[: -len(e)] for e in RU_NOUN_ENDINGS if lower.endswith(e) and len(lower) - len(e) >= 3)
        # …and a name in -а declines as a noun in -а (Исибы, Исибе, Исибой → Исиба).
        forms.update(lower[: -len(e)] + "а" for e in ("ы", "е", "у", "ой") if lower.endswith(e) and len(lower) > 4)
    return frozenset(forms)


def russian_cases(word: str) -> frozenset[str]:
    """The cases pymorphy allows for a word naming one person (nomn, gent, datv, accs, ablt, loct); a
    double name declines in every part, so its last part says it (Касым-Жомартом). A person is one:
    plural readings are dropped, so «Главы государства» is a genitive, not "heads" in the nominative."""
    word = word.rpartition("-")[2] or word
    parses = [p for p in _parses(word.lower()) if p.tag.case]
    singular = [p for p in parses if p.tag.number != "plur"] or parses
    return frozenset(p.tag.case for p in singular)


def russian_common_word(word: str) -> bool:
    """A word the dictionary knows, in no reading a name."""
    analyzer = _analyzer()
    if not analyzer.word_is_known(word.lower()):
        return False
    return not any({"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in _parses(word.lower()))


def russian_pos(word: str) -> str | None:
    """The part of speech of the likeliest reading."""
    parses = _parses(word.lower())
    return parses[0].tag.POS if parses else None


def russian_oblique_lemmas(word: str) -> frozenset[str]:
    """Lemmas pymorphy gives a word only through readings in an oblique case, never the nominative."""
    lower = word.lower()
    parses = _parses(lower)
    nominative = {p.normal_form for p in parses if not p.tag.case or p.tag.case == "nomn"}
    return frozenset(p.normal_form for p in parses if p.normal_form not in nominative and p.normal_form != lower)


def russian_lemma(word: str) -> str:
    """The dictionary form of the likeliest reading: «промышленности» → «промышленность»."""
    parses = _parses(word.lower())
    return parses[0].normal_form if parses else word.lower()


def russian_passive_participle(word: str) -> bool:
    """«достигнутых», «подписанного»: a passive participle, whose agent is in the instrumental."""
    return any(p.tag.POS == "PRTF" and p.tag.voice == "pssv" for p in _parses(word.lower()))


def kazakh_participle(word: str) -> bool:
    """«жеткізген», «қойған», «ұсынатын»: a participle, a verb that describes the noun after it."""
    return word.lower().endswith(("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін"))


def russian_number(word: str) -> str | None:
    """sing or plur, when every reading of the word agrees."""
    numbers = {p.tag.number for p in _parses(word.lower())}
    return numbers.pop() if len(numbers) == 1 else None


def russian_nominative(word: str) -> str:
    """A name in the nominative singular: each part of a double name declines (Касымом-Жомартом)."""
    if "-" in word:
        return "-".join(russian_nominative(part) for part in word.split("-"))
    parses = _parses(word.lower())
    named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) and p.tag.number != "plur"]
    for parse in named or [p for p in parses if p.tag.POS == "NOUN" and p.score >= 0.5]:
        form = parse.inflect({"nomn", "sing"})
        if form is not None:
            return _same_case(word, form.word)
    stem = _russian_surname(word.lower())
    return _same_case(word, stem) if stem else word


def russian_full_name(words: list[str], case: str | None = None) -> list[str]:
    """A first name and surname in the nominative. The surname agrees with the first name in gender and
    case, which settles what either word alone cannot: «Сахибу Гафарову» is a woman in the accusative
    (Гафарова), not a man in the dative (Гафаров); a surname that cannot stand in the first name's case
    does not decline at all («с Катериной Райхе» → Райхе)."""
    unknown = [not _analyzer().word_is_known(w.lower()) and not _russian_surname(w.lower()) for w in words]
    if case in FOREIGN_ENDINGS and all(unknown):
        return [russian_foreign_nominative(w, case) for w in words]
    if len(words) < 2:
        pymorphy_case = PYMORPHY_CASES.get(case or "")
        if pymorphy_case and pymorphy_case not in russian_cases(words[0]):
            return list(words)  # «Аль Тани» after «с»: no instrumental reading, so it does not decline
        return [russian_nominative(w) for w in words]
    *given, surname = words
    nominatives = [russian_nominative(w) for w in given]
    shared = _shared_ending(given[0], nominatives[0], surname)
    return [*nominatives, shared or _surname_nominative(given[0], surname)]


# Hard consonants, after which a man's foreign surname declines as a noun does.
_RU_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _shared_ending(given: str, nominative: str, surname: str) -> str | None:
    """A man's foreign surname ending in a consonant declines as his first name does: the ending the first
    name lost comes off the surname too («Мехмета Йылдыза» → Йылдыз, «Штефаном Рауэром» → Рауэр), where the
    dictionary knows neither and guesses the surname a woman's or a noun's."""
    ending = given[len(nominative) :]
    if not ending or not given.startswith(nominative) or nominative[-1:].lower() not in _RU_CONSONANTS:
        return None
    stem = surname[: -len(ending)]
    if not surname.endswith(ending) or len(stem) < 3 or stem[-1].lower() not in _RU_CONSONANTS:
        return None
    return stem if _russian_surname(surname.lower()) is None else None


def _singular(word: str) -> list[Any]:
    return [p for p in _parses(word.lower()) if p.tag.number != "plur" and p.tag.case]


def _surname_nominative(given: str, surname: str) -> str:
    """The surname in the nominative, in the gender and case the first name is read in."""
    first = _singular(given)
    named = [p for p in first if "Name" in p.tag.grammemes] or first
    readings = {(p.tag.gender, p.tag.case) for p in named}
    cases = {case for _, case in readings}
    last = _singular(surname)
    fits_no_case = bool(last) and not any(p.tag.case in cases for p in last)
    if len(cases) == 1 and fits_no_case and _russian_surname(surname.lower()) is None:
        return surname
    agreeing = [p for p in last if "Surn" in p.tag.grammemes and (p.tag.gender, p.tag.case) in readings]
    form = agreeing[0].inflect({"nomn", "sing"}) if agreeing else None
    return _same_case(surname, form.word) if form is not None else russian_nominative(surname)


# A foreign name the dictionary lacks declines by its ending alone, if at all: in a known case the
# ending of that case comes off (Иваей → Ивая, Исибы → Исиба, Тамимом → Тамим), and a name that does not
# end in one is indeclinable (Такэси, Сигэру, Марри), whatever pymorphy's guess.
FOREIGN_ENDINGS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    # (ending, replacement, only after a vowel)
    "ins": (("ой", "а", False), ("ей", "я", False), ("ом", "", False), ("ем", "", False)),
    "gen": (("ы", "а", False), ("и", "я", True), ("а", "", False), ("я", "й", True)),
    "acc": (("у", "а", False), ("ю", "я", True), ("а", "", False)),
    "dat": (("е", "а", False), ("у", "", False)),
}


PYMORPHY_CASES = {"gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt"}


def russian_foreign_nominative(word: str, case: str) -> str:
    lower = word.lower()
    if case not in FOREIGN_ENDINGS or _analyzer().word_is_known(lower) or _russian_surname(lower):
        return word
    for ending, replacement, after_vowel in FOREIGN_ENDINGS[case]:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 3:
            vowel = stem[-1] in "аеёиоуыэюя"
            if after_vowel and not vowel or (not after_vowel and ending in ("а", "у") and vowel):
                continue
            return word[: len(stem)] + replacement
    return word


def _same_case(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


@cache
def any_forms(word: str) -> frozenset[str]:
    """Candidate base forms of a word in either language, for text read without its language at hand."""
    return kazakh_stems(word) | russian_forms(word)


def forms(word: str, lang: str) -> frozenset[str]:
    """Candidate base forms of a word of a `lang` text, lowercase, the word itself included."""
    if lang == "kk":
        return kazakh_stems(word)
    if lang == "ru":
        return russian_forms(word)
    return frozenset({word.lower()})
