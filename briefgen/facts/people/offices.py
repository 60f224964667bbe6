"""An office the gazetteer knows only by its head word («министрі», «спикері», «министр»), completed from
the ministry or the organ the article writes with it: «Цифрлық даму, инновациялар және аэроғарыш
өнеркәсібі министрі» → "minister of digital development, innovation and aerospace industry",
«Олий Мажлисі Заң шығарушы палатасының Спикері» → "speaker of the legislative chamber of the oliy majlis".

Listing every ministry of every country is endless; their names are made of a few dozen words. So the
words are translated one by one (a Kazakh or Russian compound has the English order: modifier, then
head) and the nesting is read from the grammar: in Kazakh a possessive ending closes an organ whose
name the next one is part of («Олий Мажлисі | Заң шығарушы палатасы»: the chamber of the majlis); in
Russian a genitive noun governs the genitive phrase after it («палаты | Олий Мажлиса»). A word the map
lacks leaves the office as the gazetteer has it: a partial translation would be wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from ...lang import ru
from ...lang.kk import MORPHOLOGY as KAZAKH
from ..language import FactsLanguage

# English of the words ministries and organs are named with, by Kazakh stem and by Russian lemma. The
# English is the one official names use: singular where they are (innovation, technology, investment).
KK_WORDS = {
    "цифрлық": "digital", "даму": "development", "инновация": "innovation", "инновациялар": "innovation",
    "аэроғарыш": "aerospace", "өнеркәсіп": "industry", "өнеркәсіб": "industry", "электроника": "electronics",
    "ақпараттық": "information", "ақпарат": "information", "технология": "technology",
    "технологиялар": "technology", "энергетика": "energy", "сауда": "trade", "экономика": "economy",
    "экономикалық": "economic", "ұлттық": "national", "қаржы": "finance", "көлік": "transport",
    "құрылыс": "construction", "су": "water", "ресурс": "resources", "ресурстар": "resources",
    "ирригация": "irrigation", "білім": "education", "ғылым": "science", "жоғары": "higher",
    "мәдениет": "culture", "спорт": "sport", "туризм": "tourism", "әділет": "justice", "қорғаныс": "defence",
    "еңбек": "labour", "әлеуметтік": "social", "қорғау": "protection", "экология": "ecology",
    "табиғи": "natural", "инвестиция": "investment", "инвестициялар": "investment", "интеграция": "integration",
    "байланыс": "communications", "коммуникация": "communications", "ақпараттандыру": "informatization",
    "халықаралық": "international", "ынтымақтастық": "cooperation", "сыртқы": "foreign", "ішкі": "internal",
    "істер": "affairs", "іс": "affairs", "палата": "chamber", "комитет": "committee", "кеңес": "council",
    "парламент": "parliament", "сенат": "senate", "мәжіліс": "mazhilis", "жиналыс": "assembly",
    "ассамблея": "assembly", "банк": "bank", "қор": "fund", "агенттік": "agency", "агенттіг": "agency",
    "министрлік": "ministry", "министрліг": "ministry", "комитеті": "committee", "басқарма": "board",
    "тау-кен": "mining", "металлургия": "metallurgy", "химия": "chemical", "азық-түлік": "food",
    "қала": "urban", "көлік-коммуникация": "transport and communications", "өкілдер": "representatives",
    "заңнама": "legislation", "тұрақты": "standing", "мемлекеттік": "state", "инфрақұрылым": "infrastructure",
    "озық": "advanced", "климат": "climate",
}  # fmt: skip
KK_PAIRS = {
    ("заң", "шығарушы"): "legislative", ("ауыл", "шаруашылық"): "agriculture", ("ауыл", "шаруашылығ"): "agriculture",
    ("денсаулық", "сақтау"): "health", ("жасанды", "интеллект"): "artificial intelligence",
    ("төтенше", "жағдай"): "emergency situations", ("төтенше", "жағдайлар"): "emergency situations",
    ("сауда", "палата"): "chamber of commerce", ("қоршаған", "орта"): "environment",
}  # fmt: skip
RU_WORDS = {
    "цифровой": "digital", "развитие": "development", "инновация": "innovation", "аэрокосмический": "aerospace",
    "промышленность": "industry", "электроника": "electronics", "информационный": "information",
    "технология": "technology", "энергетика": "energy", "торговля": "trade", "экономика": "economy",
    "экономический": "economic", "национальный": "national", "финансы": "finance", "транспорт": "transport",
    "строительство": "construction", "водный": "water", "ресурс": "resources", "ирригация": "irrigation",
    "здравоохранение": "health", "образование": "education", "наука": "science", "высший": "higher",
    "культура": "culture", "спорт": "sport", "туризм": "tourism", "юстиция": "justice", "оборона": "defence",
    "труд": "labour", "социальный": "social", "защита": "protection", "население": "population",
    "экология": "ecology", "природный": "natural", "инвестиция": "investment", "интеграция": "integration",
    "связь": "communications", "законодательный": "legislative", "палата": "chamber", "комитет": "committee",
    "совет": "council", "парламент": "parliament", "сенат": "senate", "собрание": "assembly", "банк": "bank",
    "фонд": "fund", "агентство": "agency", "министерство": "ministry", "международный": "international",
    "сотрудничество": "cooperation", "горнодобывающий": "mining", "химический": "chemical",
    "металлургия": "metallurgy", "постоянный": "standing", "информация": "information",
    "коммуникация": "communications", "цифровизация": "digitalization", "коммерция": "commerce",
    "государственный": "state", "инфраструктура": "infrastructure", "передовой": "advanced", "внешний": "foreign",
    "климат": "climate", "охрана": "protection",
}  # fmt: skip
RU_PAIRS = {
    ("сельский", "хозяйство"): "agriculture", ("иностранный", "дело"): "foreign affairs",
    ("внутренний", "дело"): "internal affairs", ("искусственный", "интеллект"): "artificial intelligence",
    ("чрезвычайный", "ситуация"): "emergency situations", ("торговый", "палата"): "chamber of commerce",
    ("окружающий", "среда"): "environment",
}  # fmt: skip
AND = {"және": "and", "и": "and", ",": ","}
# Words two translations of one office differ by: a presiding officer is a chairman in one and a speaker
# in another; India and China call their trade ministries commerce in their own English.
SYNONYMS = {"chairman": "speaker", "chairperson": "speaker", "commerce": "trade"}


def same_office(a: str, b: str) -> bool:
    """ "chairman of the national assembly" is "speaker of the national assembly" worded otherwise."""
    return [SYNONYMS.get(w, w) for w in a.split()] == [SYNONYMS.get(w, w) for w in b.split()]


# An organ takes the article: "speaker of the legislative chamber", but "minister of energy".
ORGANS = frozenset(
    {"chamber", "committee", "council", "parliament", "senate", "mazhilis", "assembly", "bank", "fund", "agency",
     "board", "ministry"}
)  # fmt: skip


def complete(head: str, words: list[str], language: FactsLanguage, romanize: Callable[[str], str]) -> str | None:
    """`head` ("minister", "speaker") of the ministry or organ `words` name (in the article's order, the
    words between the country and the head word in Kazakh, after the head word in Russian); None when a
    word is not known. `romanize` spells a proper name in the organ (Олий Мажлис)."""
    while words and words[0].lower() in AND:
        words = words[1:]
    while words and words[-1].lower() in AND:
        words = words[:-1]
    if not words:
        return None
    proper: list[str] = []
    spell = _noting(romanize, proper)
    segments = _kazakh(words, spell) if language.modifiers_before else _russian(words, spell)
    if segments is None:
        return None
    english = [" ".join(s).replace(" ,", ",") for s in segments]
    if any(w in ORGANS for s in segments for w in " ".join(s).split()):
        return f"{head} of the " + " of the ".join(english)
    if proper or len(english) > 1:
        return None  # a proper name («Европы») or nesting outside an organ is no ministry's name
    return f"{head} of {english[0]}"


def _noting(romanize: Callable[[str], str], used: list[str]) -> Callable[[str], str]:
    def spell(word: str) -> str:
        used.append(word)
        return romanize(word).lower()

    return spell


def _kazakh(words: list[str], romanize: Callable[[str], str]) -> list[list[str]] | None:
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        pair = next(((a, b) for a in _stems(word) for b in _stems(nxt) if (a, b) in KK_PAIRS), None) if nxt else None
        if pair is not None and nxt is not None:
            english, possessive, i = KK_PAIRS[pair], _possessive(nxt, pair[1]), i + 2
        elif word.lower() in AND:
            english, possessive, i = AND[word.lower()], False, i + 1
        else:
            stem = next((s for s in _stems(word) if s in KK_WORDS), None)
            if stem is not None:
                english, possessive = KK_WORDS[stem], _possessive(word, stem)
            elif word[:1].isupper():
                english, possessive = _proper(word, romanize)
            else:
                return None
            i += 1
        segments[-1].append(english)
        following = words[i] if i < len(words) else None
        if possessive and following is not None and following.lower() not in AND:
            segments.append([])  # «Олий Мажлисі | Заң шығарушы палатасы»: what follows is the majlis's
    return list(reversed([s for s in segments if s]))


def _stems(word: str) -> list[str]:
    return sorted(KAZAKH.lemmas(word), key=len, reverse=True)


def _possessive(word: str, stem: str) -> bool:
    lower = word.lower()
    rest = lower[len(stem) :] if lower.startswith(stem) else ""
    return bool(rest) and any(rest.startswith(p) for p in KAZAKH.possessive_endings)


def _proper(word: str, romanize: Callable[[str], str]) -> tuple[str, bool]:
    """A name inside an organ's name, without its case ending and possessive: «Мажлисі» → majlis."""
    lower = word.lower()
    for ending in sorted((e for es in KAZAKH.case_endings.values() for e in es if len(e) > 1), key=len, reverse=True):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            lower = lower[: -len(ending)]
            break
    possessive = False
    # -сы after a stem ending in a vowel (Думасы), -ы after a consonant (Мажлисі); a foreign name seldom
    # ends in и, ы, і, у, so «…исі» is «…ис» + і.
    if lower[-2:] in ("сы", "сі") and len(lower) > 4 and lower[-3] in "аәеоөұүяю":
        lower, possessive = lower[:-2], True
    elif lower[-1:] in ("ы", "і") and len(lower) > 3:
        lower, possessive = lower[:-1], True
    return romanize(lower), possessive


def _russian(words: list[str], romanize: Callable[[str], str]) -> list[list[str]] | None:
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        lemma = ru.likeliest_lemma(word)
        pair = RU_PAIRS.get((lemma, ru.likeliest_lemma(nxt))) if nxt else None
        if pair:
            english, noun, i = pair, True, i + 2
        elif word.lower() in AND:
            english, noun, i = AND[word.lower()], False, i + 1
        elif lemma in RU_WORDS:
            english, noun, i = RU_WORDS[lemma], ru.part_of_speech(word) == "NOUN", i + 1
        elif word[:1].isupper():
            english, noun, i = romanize(_russian_proper(word)), False, i + 1
        else:
            return None
        segments[-1].append(english)
        following = words[i] if i < len(words) else None
        if noun and following is not None and following.lower() not in AND:
            segments.append([])  # «палаты | Олий Мажлиса»: a genitive noun governs what follows
    return [s for s in segments if s]


def _russian_proper(word: str) -> str:
    """A foreign name in an organ's name, in the genitive: «Мажлиса» → Мажлис, «Думы» → Дума."""
    lower = word.lower()
    if len(lower) > 4 and lower[-1] in "ая" and lower[-2] not in "аеиоуыэюя":
        return lower[:-1]
    if len(lower) > 4 and lower[-1] in "ыи" and lower[-2] not in "аеиоуыэюя":
        return lower[:-1] + "а"
    return lower
