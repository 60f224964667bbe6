"""Small readings of the tokens around a name: is it a name word, a company, a country in the clause."""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from ...lang import SOURCE_LANGUAGES, Morphology, derived_from_packs, pack
from ..dates import names_a_day
from ..gazetteer import Entry, Match, Token, english_country
from ..language import FactsLanguage, facts_language
from .model import Mention, Person
from .offices import opens_with, same_office
from .romanize import romanize


def surname_pattern(language: FactsLanguage) -> re.Pattern[str]:
    """The endings that mark an unknown capitalized pair as a person's name (the language's `names:
    surname_endings`), a double surname's first part too."""
    if language.code not in _SURNAMES:
        endings = sorted(language.words("names", "surname_endings"), key=len, reverse=True)
        alternatives = "|".join(re.escape(e) for e in endings) or "(?!)"
        _SURNAMES[language.code] = re.compile(rf"(?:{alternatives})(?:-\w+)?$")
    return _SURNAMES[language.code]


_SURNAMES: dict[str, re.Pattern[str]] = {}


@derived_from_packs
def _source_letters() -> frozenset[str]:
    return frozenset().union(*(pack(code).alphabet for code in SOURCE_LANGUAGES))


def in_source_letters(text: str) -> bool:
    """Written in a source language's letters (a person's name in the article), not in Latin ones (a
    company's or a brand's own spelling)."""
    letters = _source_letters()
    return any(ch in letters for ch in text.lower())


# What an office's wording is made of; not an adjective, which ends it («с казахстанской – первый
# заместитель» is "on the Kazakh side: the first deputy").
PHRASE_KINDS = frozenset({"title", "country", "province", "role_word"})


DASHES = frozenset({"–", "—", "-"})


CLAUSE_BREAKS = frozenset(",.;:!?()—")


# Bare head words of offices, which the ministry or organ written with them completes.
HEAD_WORDS = frozenset({"minister", "chairman", "speaker"})


def latin_end(tokens: list[Token], i: int) -> int:
    while i < len(tokens) and tokens[i].is_word and not in_source_letters(tokens[i].text):
        i += 1
    return i


def latin_start(tokens: list[Token], i: int) -> int:
    while i > 0 and tokens[i - 1].is_word and not in_source_letters(tokens[i - 1].text):
        i -= 1
    return i


def city_near(covered: dict[int, Match], phrase_start: int, start: int) -> Entry | None:
    """A city written with a local office: just before it («Алматы қаласының әкімі») or inside its wording
    («аким города Алматы Ерболат Досаев»)."""
    for i in range(max(phrase_start - 2, 0), start):
        m = covered.get(i)
        if m is not None and m.entry.kind == "city":
            return m.entry
    return None


def same_words(named: str, written: str) -> bool:
    """Each word of a name as written is the word of a name given before but for a case ending: the
    shorter whole but its last letter, at most two letters apart («Сухаиля» and «Сухаил»)."""
    a, b = named.lower().split(), written.lower().split()
    if len(a) != len(b):
        return False
    return all(
        abs(len(x) - len(y)) <= 2 and len(os.path.commonprefix([x, y])) >= max(3, min(len(x), len(y)) - 1)
        for x, y in zip(a, b, strict=True)
    )


def shortened(named: str, written: str) -> bool:
    """A name written shorter than one given before, the same person: its first and last words are the
    fuller name's, and its words stand there in order («Қайс әл-Юсуф» of «Қайс бин Мұхаммед әл-Юсуф»,
    «Алексей Оверчук» of «Алексей Логвинович Оверчук»). Words compare without case."""
    full, short = named.lower().split(), written.lower().split()
    if not 1 < len(short) < len(full) or full[0] != short[0] or full[-1] != short[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def company_near(
    tokens: list[Token], covered: dict[int, Match], phrase_start: int, start: int
) -> tuple[str, str | None] | None:
    """The company a head's office is of, and the country its name names: its name in quotation marks
    («Қазақстан темір жолы» ұлттық компаниясының басқарма төрағасы: a national company is its country's),
    else the Latin name written with the office (the press keeps a company's own spelling): a few words
    before it in Kazakh, between it and the name in Russian."""
    window = range(max(phrase_start - 8, 0), start)
    opening = next((i for i in window if tokens[i].text == "«"), None)
    if opening is not None:
        closing = next((i for i in range(opening + 1, start) if tokens[i].text == "»"), None)
        if closing is not None and closing > opening + 1:
            return quoted_name(tokens, covered, opening, closing)
    near = range(max(phrase_start - 4, 0), start)
    words = [tokens[i].text for i in near if tokens[i].is_word and not in_source_letters(tokens[i].text)]
    return (" ".join(words), None) if words else None


def quoted_name(tokens: list[Token], covered: dict[int, Match], opening: int, closing: int) -> tuple[str, str | None]:
    """A company's name between quotation marks, in English letters, and the country it names: «Қазақстан
    темір жолы» (a national company is its country's), «Астана» халықаралық қаржы орталығы (the city's
    English); the rest romanized as Kazakhstan spells."""
    words, country = [], None
    for i in range(opening + 1, closing):
        m = covered.get(i)
        if m is not None and m.entry.kind == "country":
            if i == m.start:
                words.append(english_country(m.entry.name))
                country = country or m.entry.name
        elif m is not None and m.entry.kind == "city":
            if i == m.start:
                words.append(m.entry.name)
        elif tokens[i].is_word:
            words.append(romanize(tokens[i].text, "KZ"))
    return " ".join(words), country


@derived_from_packs
def _clause_stops(code: str) -> frozenset[str]:
    """Where a walk back through a clause stops: its punctuation and the language's `clause_frames`."""
    return CLAUSE_BREAKS | frozenset(facts_language(code).words("clause_frames", "closing"))


def country_in_clause(
    tokens: list[Token],
    covered: dict[int, Match],
    start: int,
    posted: tuple[str, ...],
    language: FactsLanguage | None = None,
    reach: int = 8,
) -> str | None:
    """The country written a few words before an office the gazetteer does not know whole:
    «Әзербайжанның Цифрлық даму және көлік министрі», «Түркия Ұлы Ұлттық Мәжілісінің Төрағасы»; not one
    with an ending of where an envoy serves (`posted`: «Қазақстандағы»), nor one inside the event the
    sentence is framed by, closed by a word of the language's `clause_frames` («Қазақстан – Корея
    бизнес-форумы аясында»: the forum's, not the office's)."""
    stops = _clause_stops(language.code) if language is not None else CLAUSE_BREAKS
    j = start - 1
    while j >= 0 and start - j <= reach and tokens[j].text.lower() not in stops:
        m = covered.get(j)
        if (
            m is not None
            and m.entry.kind == "country"
            and not (posted and tokens[m.end - 1].text.lower().endswith(posted))
        ):
            # A country visited ends the search: what stands before it is another's («Посол Италии в Казахстане»).
            return None if _visited(tokens, m, language) else m.entry.name
        if m is not None and m.entry.kind in ("person", "title"):
            # Another's name or office ends it: the country before «Қазақстан министрі» is that minister's.
            return None
        j = (m.start if m is not None else j) - 1
    return None


# The cases a country is written in as where one goes, what one visits or where one is («Корея Республикасына
# ресми сапармен барған Мәжіліс Төрағасы», «прибывший в Корею»): never the state whose office follows, nor is
# any country before it. A state's office names it in the genitive or bare; the ablative is where its holder
# came from, his own.
VISITED_CASES = frozenset({"dat", "acc", "loc"})


def _visited(tokens: list[Token], m: Match, language: FactsLanguage | None) -> bool:
    """Whether the country `m` is written in a case of a place visited (`VISITED_CASES`)."""
    if language is None:
        return False
    last = tokens[m.end - 1]
    return language.morphology.case_of(last.text, base_of(last, m.entry)) in VISITED_CASES


def generic_titles(titles: list[Entry]) -> bool:
    """An honorific or a bare word like «басшысы» says less than the gazetteer's office for the person."""
    return all(
        t.data.get("reference") or t.data.get("bare") or t.name in HEAD_WORDS or t.name == t.data.get("head")
        for t in titles
    )


def base_of(token: Token, entry: Entry) -> str:
    wording = entry.variant.split()
    candidates = [w.lower() for w in wording if w.lower() in token.forms]
    if candidates:
        return candidates[-1]
    inflected = [f for f in token.forms if token.text.lower().startswith(f)]
    return min(inflected, key=len) if inflected else token.text.lower()


def particled(morphology: Morphology, word: str, case: str | None) -> str:
    """«аль-Хаджрафом» → «аль-Хаджраф»: the particle stays, the name after it declines."""
    prefix, dash, rest = word.partition("-")
    return f"{prefix}{dash}{morphology.full_name_nominative([rest], case)[0]}" if rest else word


def agreed_earlier(before: list[Token], language: FactsLanguage) -> bool:
    """«положения, о которых договорились Президент X и …»: the subject of a relative clause that reached
    an agreement (the language's `people: agreed` verbs after its `relative` pronoun) is its author,
    talked about, not one of the people meeting. «подписали» is no such verb: a signing may be the meeting."""
    words = [t.text.lower() for t in before[-3:]]
    agreed, relative = language.words("people", "agreed"), language.text("people", "relative")
    return (
        len(words) >= 2
        and bool(agreed and relative)
        and words[-1].startswith(agreed)
        and words[-2].startswith(str(relative))
    )


def decision_word(word: str, language: FactsLanguage) -> bool:
    """What a leader reached, proposed, signed or instructed (the language's `people: decisions` stems): a
    participle describing one of these names its agent as the author of something discussed («Тоқаев пен
    Мирзиёев қол жеткізген уағдаластықтар»), where «Тоқаев келген қонақтарды қарсы алды» is about the guests."""
    decisions = language.words("people", "decisions")
    return bool(decisions) and word.lower().startswith(decisions)


def inflected(morphology: Morphology, word: str) -> bool:
    """A common noun with a case ending («сапармен», «Астанаға»), not a bare one («қол»)."""
    lower = word.lower()
    endings = (e for es in morphology.case_endings.values() for e in es if len(e) > 1)
    return any(lower.endswith(e) and len(lower) - len(e) >= 3 for e in endings)


def name_word(token: Token) -> bool:
    return (
        token.is_word
        and token.is_capitalized
        and not token.text.isupper()
        # A Kazakh or Russian article writes every person's name in Cyrillic; a Latin word is a company's
        # or a brand's («компании Masdar Мохамед …»).
        and in_source_letters(token.text)
    )


def pronoun_mentions(index: int, tokens: list[Token], language: FactsLanguage) -> list[Mention]:
    """The sentence's personal pronouns («ол», «он»), each a mention standing for someone named before."""
    pronouns = language.words("people", "pronouns")
    return [
        Mention(index, i, i + 1, i, "nom", None, reference=True)
        for i, t in enumerate(tokens)
        if t.text.lower() in pronouns
    ]


def given_name_title(tokens: list[Token], m: Match, is_name: Callable[[Token], bool]) -> bool:
    """A title that is a given name too (the gazetteer's `given_name`: «Сұлтан», «Султан») opens the name
    it is capitalized before inside a sentence («директоры Сұлтан Ахмед бин Сулайем»): a sultan is written
    lowercase or with his state («Оман сұлтаны», «султан Омана»)."""
    return (
        bool(m.entry.kind == "title" and m.entry.data.get("given_name"))
        and m.end - m.start == 1
        and m.start > 0
        and tokens[m.start].is_capitalized
        and m.end < len(tokens)
        and is_name(tokens[m.end])
    )


def one_letter_family(
    tokens: list[Token], j: int, is_name: Callable[[Token], bool], words: frozenset[str] = frozenset()
) -> bool:
    """A Korean family name of one syllable is one Cyrillic letter (Ё, О, Ю) before the given name. A
    one-letter preposition is capitalized only where a sentence starts, so mid-sentence, after a word
    and before a name word, the letter is a name's; opening the sentence, a letter that is no word of the
    language (`words`: «О», «В») is a name's too («Ё Хан Гу айтты»)."""
    placed = j > 0 and tokens[j - 1].is_word or j == 0 and tokens[j].text.lower() not in words
    return (
        len(tokens[j].text) == 1
        and tokens[j].is_capitalized
        and in_source_letters(tokens[j].text)
        and placed
        and j + 1 < len(tokens)
        and is_name(tokens[j + 1])
    )


def one_letter_given(tokens: list[Token], i: int, j: int) -> bool:
    """A Korean given name's last syllable may be one Cyrillic letter too (Ли Чхоль У, Пак Мин У): a capital
    letter after two name words of the run, not an initial (no full stop after it)."""
    return (
        j - i >= 2
        and len(tokens[j].text) == 1
        and tokens[j].is_capitalized
        and in_source_letters(tokens[j].text)
        and tokens[j - 1].is_word
        and not (j + 1 < len(tokens) and tokens[j + 1].text == ".")
    )


def says_more(person: Person, role: str | None, titles: list[Entry]) -> bool:
    """The office the article writes beats the gazetteer's; the fullest wording beats a shorter one. «қала
    әкімі» says less than the gazetteer's «akim of almaty», which it begins; the gazetteer's wording of
    the same office is the person's own English («Ұлттық жиналысының Төрағасы» of a speaker)."""
    if generic_titles(titles):
        return False
    # "secretary general of the organization for security and co-operation in europe" is fuller than the
    # press's "secretary-general": the body's English may hyphenate its office otherwise.
    fuller = bool(person.role and role and opens_with(person.role, f"{role} "))
    usual = bool(person.from_gazetteer and person.role and role and same_office(role, person.role))
    return not fuller and not usual and (not person.role_in_text or len(role or "") > len(person.role or ""))


def two_words_at(tokens: list[Token], i: int) -> bool:
    """Two name words at i and no third: a name as the Chinese one is, not a place's name before it."""
    words = [k < len(tokens) and name_word(tokens[k]) for k in range(i, i + 3)]
    return words == [True, True, False]


def place_named_with(
    tokens: list[Token], covered: dict[int, Match], phrase_start: int, start: int, language: FactsLanguage
) -> tuple[str, str] | None:
    """A province or city the gazetteer lacks, named with a local office by its kind and its name («губернатор
    провинции Шэньси», «Шэньси провинциясының губернаторы», «Қайсери қаласының мэрі»): the name as written and
    the English of its kind (the language's `local_places: kinds`, by stem; empty for a city, named alone)."""
    kinds = {str(k).lower(): str(v) for k, v in ((language.data.get("local_places") or {}).get("kinds") or {}).items()}
    if not kinds:
        return None
    step = -1 if language.modifiers_before else 1  # Kazakh writes the name before its kind, Russian after
    for k in range(max(phrase_start - 3, 0), start):
        kind = next((v for stem, v in kinds.items() if tokens[k].text.lower().startswith(stem)), None)
        n = k + step
        worded = k in covered and covered[k].entry.kind != "role_word"  # «қаласының» is a role's word too
        if kind is None or worded or not 0 <= n < start or n in covered or not name_word(tokens[n]):
            continue
        if names_a_day(tokens[n].text, language.code):
            continue  # «Сейсенбіде облыс әкімі»: on Tuesday the region's akim, no region «Seysenbide»
        return tokens[n].text, kind
    return None


def written_nominative(person: Person, words: list[str], its_nominatives: tuple[str, ...] = ()) -> str | None:
    """A foreign name first met in an oblique case has a guessed nominative («Рёсэя Акадзаву» → Рёсэя
    Акадзава: the dictionary takes an unknown -я for a woman's name). Written again with its family name as
    that nominative has it («Рёсэй Акадзава сообщил»), the name as written is the nominative; None where it
    says nothing new. A writing one of whose own nominatives (`its_nominatives`: in the case the context
    tells, in any) is the one already guessed is that name in another oblique case («Робертом Фицо», then
    «Роберта Фицо принял»), no correction of it."""
    named, written = person.name_original.split(), list(words)
    if len(written) < 2 or len(named) != len(written) or person.name_original in (" ".join(written), *its_nominatives):
        return None
    # Or the family name itself was guessed with its ending on, a common word the dictionary knows in the
    # nominative («Серджио Гора»: a mountain), and is written again shorter by that ending («Серджио Гор»):
    # an ending only adds letters to a nominative like it.
    shorter = named[-1].startswith(written[-1]) and 0 < len(named[-1]) - len(written[-1]) <= 2
    if (written[-1] != named[-1] and not shorter) or not same_words(person.name_original, " ".join(written)):
        return None
    return " ".join(written)
