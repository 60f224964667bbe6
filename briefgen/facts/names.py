"""People in a sentence: named (from the gazetteer, or unknown names romanized), or referred to by
office («Қазақстан Үкіметінің басшысы», «Премьер-министр Таджикистана»), with the office and country
written before the name and the grammatical case that tells a participant from someone mentioned.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import iuliia

from .gazetteer import NAME_PARTICLES, Entry, Gazetteer, Match, Token, english_country
from .morphology import (
    KK_CASES,
    KK_PLURAL,
    kazakh_case,
    kazakh_nominative,
    kazakh_object,
    kazakh_participle,
    russian_cases,
    russian_common_word,
    russian_full_name,
    russian_number,
    russian_passive_participle,
    russian_pos,
)
from .offices import complete, same_office

# Surname endings that mark an unknown capitalized pair as a person's name.
SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы|кызы|заде|зода|ян|енко|дзе|швили|ли|ов-\w+)$")
# Kazakh letters to their nearest Russian ones, so that one romanization serves both languages.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
PRONOUNS = frozenset({"ол", "он", "она"})
RU_PREPOSITIONS = frozenset({"с", "со", "от", "у", "к", "для", "о", "об", "при", "по", "без", "между"})
# What an office's wording is made of; not an adjective, which ends it («с казахстанской – первый
# заместитель» is "on the Kazakh side: the first deputy").
PHRASE_KINDS = frozenset({"title", "country", "province", "role_word"})
DASHES = frozenset({"–", "—", "-"})
PARTICIPANT_CASES = frozenset({"nom", "acc", "ins", "with"})
ATTENDING = frozenset({("с", "участием"), ("при", "участии"), ("в", "присутствии")})
LEADING = ("бастаған", "басқарған", "жетекшілік", "возглавляем", "руководим")
PLACE_NOUNS = ("провинци", "област", "штат", "город", "район", "округ", "уезд", "префектур", "провинция")
KK_RECEIVES = re.compile(r"қабылда(?:ды|п)$")
# In the nominative: «переговоры Токаева с …», not «после переговоров Бектенова принял».
TALKS_NOUNS = ("переговоры", "встреча", "беседа", "разговор")
# Kazakh words that open a sentence capitalized but are never part of a name: connectors, adverbs and
# time words («Сондай-ақ Ласло Кёвер …», «Ертесі Жеңіс Қасымбек …»). Kazakh has no dictionary at hand
# like pymorphy3 for Russian, so the few that open news sentences are listed.
KK_NOT_NAMES = frozenset({
    "сондай-ақ", "сонымен", "сондықтан", "сонда", "содан", "сосын", "кейін", "кейіннен", "соңынан", "соңында",
    "ертесі", "ертең", "кеше", "бүгін", "бүгінде", "биыл", "былтыр", "қазір", "қазіргі", "сол", "осы", "бұл",
    "ол", "бірақ", "алайда", "дегенмен", "әрі", "және", "мұнда", "онда", "жалпы", "әсіресе", "мысалы",
    "өз", "одан", "бұдан", "келесі", "алдымен", "сонан", "бұрын", "тағы", "енді", "атап", "яғни",
})  # fmt: skip
CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
# Kazakh kinds of place written after the place's name, in the possessive that ties them to it («Теміртау
# қаласындағы»): the word before is no name. A bare «облыс» is attributive («Бөлекпаев облыс әкімдігінде»).
KK_PLACE_NOUNS = ("қаласы", "облысы", "ауданы", "ауылы", "кенті", "өңірі")


@dataclass
class Person:
    name: str
    name_original: str
    role: str | None
    country: str | None  # ISO code, or EU
    classes: set[str] = field(default_factory=set)
    role_in_text: bool = False
    from_gazetteer: bool = True


@dataclass
class Mention:
    sentence: int
    start: int  # the name's (or the office's) tokens
    end: int
    phrase_start: int  # where the office and country written before it begin
    case: str  # nom, gen, dat, acc, ins, loc, abl, or obl for a Russian case after a preposition
    person: Person | None = None  # None for an office no one in the article holds
    titles: list[Entry] = field(default_factory=list)
    country: str | None = None
    reference: bool = False  # named by office only

    @property
    def takes_part(self) -> bool:
        return self.case in PARTICIPANT_CASES


# Kyrgyzstan, Uzbekistan and Tajikistan spell their officials' names in English with j for ж and дж
# (Sadyr Japarov, Jamshid Khodjaev) and no y before the e of -ев (Kasymaliev, Khamraev), unlike the
# Kazakh and Russian -yev (Tokayev, Lavrov).
J_COUNTRIES = frozenset({"KG", "UZ", "TJ"})
VOWELS = "аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ"
# Kazakhstan writes й after a vowel as i (Aidarbek, Kairat, Abai Region), not Wikipedia's y.
KAZAKH_I = re.compile(rf"(?<=[{VOWELS}])й(?![{VOWELS}])")
# Mongolia's own romanization (MNS 5217, as its passports and government write names): ө and ү are u,
# х is kh, ж is j, й is i. No maintained library covers Mongolian Cyrillic.
MONGOLIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "ye", "ё": "yo", "ж": "j", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "ө": "u", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ү": "u", "ұ": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "i", "ы": "y", "ь": "i", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ә": "a", "ң": "n", "ғ": "g",
    "қ": "k", "һ": "h",
}  # fmt: skip
# A Mongolian patronymic stands first, in the genitive: Батмөнхийн, Гомбожавын, Ухнаагийн.
MONGOLIAN_GENITIVE = re.compile(r"(?:(?<=[аоөуүэеи]{2})гийн|ийн|ын|(?<=й)н)$")
# Russian writes Japanese by the Polivanov system; Japan's own spelling is Hepburn, so the system is
# read backwards: Сигэру Исиба → Shigeru Ishiba, Такаити → Takaichi. Longest syllables first.
POLIVANOV = [
    ("дзя", "ja"), ("дзю", "ju"), ("дзё", "jo"), ("дзи", "ji"), ("дз", "z"), ("ся", "sha"), ("сю", "shu"),
    ("сё", "sho"), ("си", "shi"), ("тя", "cha"), ("тю", "chu"), ("тё", "cho"), ("ти", "chi"), ("цу", "tsu"),
    ("фу", "fu"), ("ва", "wa"), ("ё", "yo"), ("ю", "yu"), ("я", "ya"), ("э", "e"), ("е", "e"), ("й", "i"),
    ("х", "h"), ("ц", "ts"), ("ш", "sh"), ("ч", "ch"), ("ж", "j"), ("ь", ""), ("ы", "i"), ("а", "a"), ("б", "b"),
    ("в", "v"), ("г", "g"), ("д", "d"), ("з", "z"), ("и", "i"), ("к", "k"), ("л", "r"), ("м", "m"), ("н", "n"),
    ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"),
]  # fmt: skip
# Azerbaijan's English spelling of its own alphabet: Russian х stands mostly for its h (Sahiba, Jeyhun,
# Ilham, Shahbazov), Russian дж and Kazakh ж for its c (j: Jeyhun, Majnun), and the commonest name
# element, Məmməd (Russian Мамед-, Kazakh Мәммед-), is Mammad (Mammadov, Mammadyarov).
AZERBAIJANI = [(re.compile(r"\bМ[аә]мм?[еә]д"), "Маммад"), (re.compile("Дж|Ж"), "J"), (re.compile("дж|ж"), "j"),
               (re.compile("Х"), "H"), (re.compile("х"), "h")]  # fmt: skip
# The Arab states' own English for the commonest Arabic names, which Russian renders one way for all:
# the Emirates and Egypt write Mohamed, the Gulf monarchies Mohammed; Arabic has no v (Сувайди → Suwaidi).
ARABIC_STATES = frozenset({"AE", "EG", "QA", "SA", "KW", "BH", "OM", "JO", "IQ", "SY", "LB", "LY", "DZ", "MA", "TN"})
MOHAMED = re.compile(r"\bМ[уұо]хамм?[еә]д\b")
ARTICLE = re.compile(r"\b(?:[АаӘә]ль|[Әә]л|[Аа]л)-?\s*(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


# Türkiye writes its people in its own Latin alphabet (Cevdet Yılmaz, Numan Kurtulmuş), which Russian and
# Kazakh Cyrillic render letter for letter: дж (Kazakh ж) is c, ч ç, ш ş, ы ı, ю and ё after a consonant ü and ö
# (Гюль → Gül), Kazakh ө and ү are ö and ü; ğ, which Cyrillic drops, cannot come back.
TURKISH = {
    "а": "a", "ә": "e", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "c", "з": "z",
    "и": "i", "і": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "ö",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ç", "ш": "ş", "щ": "ş", "ъ": "", "ы": "ı", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def _turkish(name: str) -> str:
    words = []
    for word in name.split():
        lower = re.sub(r"дж", "c", word.lower())
        lower = re.sub(rf"(?<=[^{VOWELS}\W])ю", "ü", lower)
        lower = re.sub(rf"(?<=[^{VOWELS}\W])ё", "ö", lower)
        latin = "".join(TURKISH.get(c, c) for c in lower)
        words.append("-".join(part[:1].upper() + part[1:] for part in latin.split("-")))
    return " ".join(words)


def romanize(name: str, country: str | None = None) -> str:
    """English spelling of a name the gazetteer lacks: Wikipedia's romanization of Russian, with the
    conventions of the person's country where they differ (their own official spellings)."""
    if country == "MN":
        return _mongolian(name)
    if country == "JP":
        return " ".join(_polivanov(word) for word in name.split())
    if country == "TR":
        return _turkish(name)
    if country in ("CZ", "SK"):
        return _czech(name)
    if country == "HU":
        return _hungarian(name)
    if country == "AZ":
        for pattern, replacement in AZERBAIJANI:
            name = pattern.sub(replacement, name)
    if country in ARABIC_STATES:
        name = MOHAMED.sub("Mohamed" if country in ("AE", "EG") else "Mohammed", name)
        name = name.replace("Дж", "J").replace("дж", "j")  # Arabic jim: Jaber, Hajraf
        name = ARTICLE.sub("Al ", name).replace("Хасан", "Hassan").replace("в", "w").replace("В", "W")
        name = re.sub(rf"(?<=[{VOWELS}])й", "i", name).replace("Х", "H").replace("х", "h")
    if country == "KZ":
        name = KAZAKH_I.sub("i", name)
    if country == "IN":
        # India writes its ai (Jaishankar, Vaishnaw, Kailash) and a v after a consonant as w (Ashwini,
        # Swaraj, Dwivedi).
        name = re.sub(rf"(?<=[{VOWELS}])й", "i", name)
        name = re.sub(rf"(?<=[^{VOWELS}\W])в", "w", name).replace("Дж", "J").replace("дж", "j")
    cyrillic = name.translate(KAZAKH_TO_RUSSIAN)
    if country not in J_COUNTRIES:
        return iuliia.WIKIPEDIA.translate(cyrillic)
    # Word-final ий is Central Asian iy (Олий Мажлис), not the Russian adjective's y.
    cyrillic = re.sub(r"ий\b", "iy", cyrillic)
    cyrillic = re.sub(r"\bДж", "J", cyrillic)
    cyrillic = cyrillic.replace("дж", "dj").replace("Ж", "J").replace("ж", "j")
    return re.sub(r"(?<=[aeiou])yev\b", "ev", iuliia.WIKIPEDIA.translate(cyrillic))


# Czech and Slovak names in Russian come back letter by letter: ш š, ч č, ж ž, and г for their h (Гавел,
# Havel); Russian renders -ský as -ский and -ová as -ова. Vowel length is lost (Síkela is Сикела).
CZECH = {
    "щ": "šč", "ш": "š", "ч": "č", "ж": "ž", "ц": "c", "х": "ch", "г": "h", "й": "j", "я": "ja", "ю": "ju",
    "ё": "jo", "е": "e", "э": "e", "ы": "y", "ь": "", "ъ": "",
}  # fmt: skip


def _czech(name: str) -> str:
    name = re.sub(r"ий\b", "ý", name)
    name = re.sub(r"(?<=[ое]в)а\b", "á", name)
    return _letters(name.translate(KAZAKH_TO_RUSSIAN), CZECH)


def _letters(name: str, table: dict[str, str]) -> str:
    """Cyrillic letter by letter: the table's spelling, else Wikipedia's; Latin letters already there stay."""
    out = []
    for ch in name:
        low = ch.lower()
        cyrillic = iuliia.WIKIPEDIA.translate(low) if "а" <= low <= "я" else low
        latin = table.get(low, cyrillic)
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


# Hungarian names in Russian: с is their sz, ш their s, ж zs, ч cs, and ё, ю after a consonant their ö, ü
# (Кёвер, Kövér). Vowel length is lost (László is Ласло), so only the letters come back.
HUNGARIAN = {
    "с": "sz", "ш": "s", "ж": "zs", "ч": "cs", "ц": "c", "х": "h", "й": "j", "я": "ja", "ю": "ju", "ё": "jo",
    "е": "e", "э": "e", "ы": "i", "ь": "", "ъ": "",
}  # fmt: skip


def _hungarian(name: str) -> str:
    name = name.translate(KAZAKH_TO_RUSSIAN)
    # дь, ть, нь are their gy, ty, ny (Надь, Nagy; Дьёр, Győr), and the soft vowel after one is plain.
    for soft, latin in (("д", "gy"), ("т", "ty"), ("н", "ny")):
        for vowel, plain in (("ю", "u"), ("ё", "ö"), ("я", "a"), ("е", "e"), ("", "")):
            name = re.sub(soft + "ь" + vowel, latin + plain, name)
            name = re.sub(soft.upper() + "ь" + vowel, latin.capitalize() + plain, name)
    name = re.sub(r"ье", "je", name)
    name = re.sub(r"(?<=[^\Wаеёиоуыэюя])ё", "ö", name, flags=re.IGNORECASE)
    name = re.sub(r"(?<=[^\Wаеёиоуыэюя])ю", "ü", name, flags=re.IGNORECASE)
    return _letters(name, HUNGARIAN)


def _mongolian(name: str) -> str:
    """Given name first, then the patronymic without its genitive ending (Батмөнхийн Батцэцэг →
    Battsetseg Batmunkh), as Mongolia writes its people in English."""
    words = name.split()
    if len(words) == 2 and MONGOLIAN_GENITIVE.search(words[0].lower()):
        words = [words[1], MONGOLIAN_GENITIVE.sub("", words[0].lower())]
    latin = ["".join(MONGOLIAN.get(c, c) for c in w.lower()) for w in words]
    return " ".join("-".join(part.capitalize() for part in w.split("-")) for w in latin)


def _polivanov(word: str) -> str:
    lower, out = word.lower(), ""
    while lower:
        cyrillic, latin = next(((c, r) for c, r in POLIVANOV if lower.startswith(c)), (lower[0], lower[0]))
        out += latin
        lower = lower[len(cyrillic) :]
    return out.capitalize()


DEPUTIES = ("deputy", "first deputy")


def role_of(titles: list[Entry]) -> str | None:
    roles: list[str] = []
    for title in titles:
        if title.name not in roles:
            roles.append(title.name)
    # «Қаржы министрінің орынбасары», «заместитель министра финансов»: the deputy of the other office.
    deputy = next((r for r in roles if r in DEPUTIES), None)
    others = [r for r in roles if r not in DEPUTIES]
    if deputy and len(others) == 1:
        return f"{deputy} {others[0]}"
    return " and ".join(roles) or None


def classes_of(gazetteer: Gazetteer, role: str | None) -> set[str]:
    if not role:
        return set()
    return {
        str(e.data["class"])
        for e in gazetteer.entries
        if e.kind == "title" and e.data.get("class") and e.name in role.split(" and ")
    }


class Finder:
    """Finds the mentions of people in one article's sentences; people are shared across sentences."""

    def __init__(self, gazetteer: Gazetteer, lang: str):
        self.gazetteer = gazetteer
        self.lang = lang
        self.people: dict[str, Person] = {}

    def mentions(self, index: int, tokens: list[Token], matches: list[Match]) -> list[Mention]:
        covered = {i: m for m in matches for i in range(m.start, m.end)}
        found: list[Mention] = []
        for m in matches:
            if m.entry.kind != "person":
                continue
            before = (
                m.start > 0
                and (m.start - 1) not in covered
                and _name_word(tokens[m.start - 1])
                and not self._common_opening(tokens, m.start - 1)
            )
            after = (
                m.end < len(tokens)
                and m.end not in covered
                and _name_word(tokens[m.end])
                and SURNAME.search(self._nominative([tokens[m.end].text]).lower())
            )
            if m.end - m.start == 1 and (before or after):
                # «Акылбек Жапаров» is not Sadyr Japarov: a surname after another first name is someone else;
                # «Нурбек Асанов» is not Sayasat Nurbek: nor is a surname that is someone's first name.
                for i in range(m.start, m.end):
                    del covered[i]
                continue
            found.append(self._named(index, tokens, covered, m.start, m.end, m.entry))
        for start, end in self._unknown_names(tokens, covered):
            found.append(self._named(index, tokens, covered, start, end, None))
        in_phrase = {i for mention in found for i in range(mention.phrase_start, mention.end)}
        for m in matches:
            # «Екі елдің президенттері», «лидеры»: a plural office is a group, not one person to resolve.
            if (
                m.entry.kind == "title"
                and m.start not in in_phrase
                and not self._plural(self._head_token(tokens, m), m.entry)
            ):
                found.append(self._office(index, tokens, covered, m))
        for i, token in enumerate(tokens):
            if token.text.lower() in PRONOUNS:
                found.append(Mention(index, i, i + 1, i, "nom", None, reference=True))
        heads = self._company_heads(index, tokens, covered)
        spans = {i for h in heads for i in range(h.start, h.end)}
        found = [m for m in found if m.person is not None or m.start not in spans] + heads
        found.sort(key=lambda x: x.start)
        for mention in found:
            if self._agent(tokens, mention):
                mention.case = "agent"
            elif self._attending(tokens, mention):
                mention.case = "with"
        self._conjoin(tokens, found)
        return found

    def _company_heads(self, index: int, tokens: list[Token], covered: dict[int, Match]) -> list[Mention]:
        """«глава AD Ports»: the head of a company the press names in its own Latin spelling is the one
        person already named whose office is of that company."""
        found = []
        for i, token in enumerate(tokens):
            if self.lang == "ru" and token.text.lower() in COMPANY_HEADS and i not in covered:
                start, end = i, _latin_end(tokens, i + 1)
                company = tokens[i + 1 : end]
            elif self.lang == "kk" and token.text.lower().startswith("басшы"):
                start, end = _latin_start(tokens, i), i + 1  # «Masdar басшысымен»
                company = tokens[start:i]
            else:
                continue
            name = " ".join(t.text.lower() for t in company)
            of_company = re.compile(rf" of {re.escape(name)}\b")
            heads = [p for p in self.people.values() if name and of_company.search(p.role or "")]
            if len(heads) == 1:
                found.append(Mention(index, start, end, start, self._case(tokens, start, start, end, None), heads[0]))
        return found

    def _attending(self, tokens: list[Token], m: Mention) -> bool:
        """«с участием Президента X», «X-тің қатысуымен»: the genitive of who attends."""
        if self.lang == "kk":
            following = tokens[m.end].text.lower() if m.end < len(tokens) else ""
            return m.case == "gen" and following.startswith("қатысу")
        before = tuple(t.text.lower() for t in tokens[max(m.phrase_start - 2, 0) : m.phrase_start])
        return before in ATTENDING

    def _agent(self, tokens: list[Token], m: Mention) -> bool:
        """Who did what a participle describes is talked about, not taking part: «Тоқаев пен Мирзиёев
        қол жеткізген уағдаластықтар», «договоренностей, достигнутых Президентом X». Except the head of a
        delegation that comes («X бастаған делегация», «делегация, возглавляемая X»)."""
        following = tokens[m.end].text.lower() if m.end < len(tokens) else ""
        preceding = tokens[m.phrase_start - 1].text.lower() if m.phrase_start > 0 else ""
        if following.startswith(LEADING) or preceding.startswith(LEADING):
            return False
        if self.lang == "kk":
            if m.case != "nom":
                return False
            # «Тоқаев пен Орбан арасында қол жеткізілген уағдаластықтар»: the postposition comes first.
            end = m.end + (m.end < len(tokens) and tokens[m.end].text.lower() in BETWEEN)
            after = tokens[end : end + 3]
            if end > m.end and after and _decision(after[0].text):
                return True  # «Тоқаев пен Орбан арасындағы уағдаластықтар»
            # The participle right after the name, or after one bare noun of a compound verb (қол қойған).
            for n in (0, 1):
                if len(after) > n + 1 and kazakh_participle(after[n].text):
                    bare = after[:n]
                    if all(t.text[:1].islower() and not _kazakh_inflected(t.text) for t in bare):
                        return _decision(self._noun_after(tokens, end + n + 1))
            return False
        before = [t for t in tokens[max(m.phrase_start - 4, 0) : m.phrase_start] if t.is_word]
        if m.case == "nom" and _agreed_earlier(before):
            return True
        if m.case != "ins" or not before or not russian_passive_participle(before[-1].text):
            return False
        return len(before) > 1 and _decision(before[-2].text)

    def _noun_after(self, tokens: list[Token], i: int) -> str:
        """The noun a Kazakh participle describes: the next word, past a name in quotation marks («Си
        Цзиньпин ұсынған «Бір белдеу, бір жол» бастамасы»)."""
        if i < len(tokens) and tokens[i].text == "«":
            while i < len(tokens) and tokens[i].text != "»":
                i += 1
            i += 1
        return tokens[i].text if i < len(tokens) else ""

    def _phrase(self, tokens: list[Token], covered: dict[int, Match], start: int) -> tuple[int, list[Match]]:
        """The office and country written before a name: «Қазақстан Үкіметінің басшысы», «Премьер-министр
        Республики Казахстан»."""
        parts: list[Match] = []
        j = start - 1
        while j >= 0:
            m = covered.get(j)
            if m is not None and m.entry.kind in PHRASE_KINDS:
                parts.insert(0, m)
                j = m.start - 1
            elif tokens[j].text in DASHES or tokens[j].text in "«»":
                j -= 1
            else:
                break
        return j + 1, parts

    def _named(
        self,
        index: int,
        tokens: list[Token],
        covered: dict[int, Match],
        start: int,
        end: int,
        entry: Entry | None,
    ) -> Mention:
        phrase_start, parts = self._phrase(tokens, covered, start)
        own = self._own_office(parts)
        if own is not parts:
            # «Мемлекет басшысы Катар Әмірі шейх Тамим …»: the office before the country is another
            # person's, a mention of its own, not part of this name's wording.
            phrase_start, parts = own[0].start, own
        titles = [p.entry for p in parts if p.entry.kind == "title"]
        head = next((p for p in reversed(parts) if p.entry.kind == "title"), None)
        if not titles:
            office = self._office_before(tokens, covered, phrase_start) or self._head_before(tokens, covered, start)
            if office is not None:
                titles, head = [office.entry], office
                phrase_start = min(phrase_start, self._phrase(tokens, covered, office.start)[0])
        country = next(
            (p.entry.name for p in reversed(parts) if p.entry.kind == "country" and not self._posted(tokens, p)), None
        )
        province = next((p.entry for p in parts if p.entry.kind == "province"), None)
        led = self._delegation_of(tokens, covered, phrase_start)
        if led is not None and not country and province is None:
            # «делегацию Омской области во главе с губернатором X»: the head is of the delegation's side.
            if led.kind == "province":
                province = led
            else:
                country = led.name
        if province is not None:
            country = country or str(province.data.get("country"))
        if country is None and titles:
            country = _country_in_clause(tokens, covered, phrase_start)
        if country is None and titles and not titles[-1].data.get("reference"):
            # «еврокомиссар», «председатель Европейского совета»: an office of one union names its side.
            country = titles[-1].data.get("default_country")
        if head is not None:
            completed = self._completed(tokens, covered, head, start, country)
            if completed is not None and country is None:
                # The country stands before the whole office, however long the ministry's name.
                country = _country_in_clause(tokens, covered, self._organ_start(tokens, covered, head), reach=4)
                completed = self._completed(tokens, covered, head, start, country)
            if completed is not None:
                # The completed office is of no class an honorific refers to: «басшысы» of an agency is no president.
                data = {k: v for k, v in head.entry.data.items() if k not in ("class", "reference", "generic")}
                titles = [*titles[:-1], Entry("title", completed, data, head.entry.variant)]
        words = [t.text for t in tokens[start:end]]
        case = self._case(tokens, phrase_start, start, end, entry)
        if (
            self.lang == "ru"
            and case == "gen"
            and parts
            and all(p.entry.kind == "country" for p in parts)
            and "nomn" in russian_cases(tokens[start].text)
        ):
            # «президенты Узбекистана Шавкат Мирзиёев, Кыргызстана Садыр Жапаров»: the country alone before
            # the name is in the genitive whatever the name's case; the name says its own.
            case = "nom"
        if entry is None and self.lang == "kk" and end < len(tokens) and KK_RECEIVES.match(tokens[end].text.lower()):
            # The name right before «қабылдады» is its definite object: its ending is the accusative
            # («Джохари Абдул Ғаниді»), even where a name could end so (Сатыбалды).
            bare = kazakh_object(words[-1])
            if bare != words[-1]:
                words[-1], case = bare, "acc"
        if entry is not None:
            key, original = entry.name, entry.variant
            default_role, default_country = entry.data.get("role"), entry.data.get("country")
        else:
            # A Russian name in a nominative phrase is already in the nominative («Йозеф Сикела находился»).
            original = " ".join(words) if self.lang == "ru" and case == "nom" else self._nominative(words, case)
            key = self._english(original, country)
            default_role, default_country = None, None
        # The same name written again, perhaps without the country that chose its spelling.
        person = self.people.get(key) or next(
            (p for p in self.people.values() if entry is None and p.name_original == original), None
        )
        if person is None and entry is None and len(words) == 1:
            # A surname alone: the person named in full earlier.
            person = next(
                (p for p in self.people.values() if p.name_original.split()[-1].lower() == original.lower()), None
            )
        if person is None and entry is None and self.lang == "ru" and len(words) > 1:
            # The same foreign name in two cases reduced to two nominatives («Сухаилем» → Сухаил, «Сухаиля» →
            # Сухаиля): one person, named in full earlier, whose every word this one's begins like.
            person = next((p for p in self.people.values() if _same_words(p.name_original, " ".join(words))), None)
        if person is None:
            person = Person(key, original, default_role, default_country, from_gazetteer=entry is not None)
            self.people[key] = person
        if titles:
            role = role_of(titles)
            place = province or (_city_near(covered, phrase_start, start) if titles[-1].data.get("local") else None)
            if place is not None and titles[-1].data.get("local"):
                # «Қостанай облысының әкімі», «губернатор Челябинской области», «Алматы қаласының әкімі»: a
                # local office is named by its province or city.
                role = f"{role} of {place.name.lower()}"
                country = country or str(place.data.get("country"))
            elif titles[-1].data.get("company") and (company := _company_near(tokens, covered, phrase_start, start)):
                # «Masdar компаниясының бас атқарушы директоры», «генеральный директор компании Masdar».
                role = f"{role} of {company.lower()}"
            elif province is not None and titles[-1].data.get("class") == "head_of_government":
                # A province's own government is chaired, not led by a prime minister.
                role = f"chairman of the government of the {province.name.lower()}"
            # The office the article writes beats the gazetteer's; the fullest wording beats a shorter one.
            # «қала әкімі» says less than the gazetteer's «akim of almaty», which it begins.
            fuller = bool(person.role and role and person.role.startswith(f"{role} "))
            # The gazetteer's wording of the same office is the person's own English («Ұлттық жиналысының
            # Төрағасы» of a speaker who calls himself speaker).
            usual = bool(person.from_gazetteer and person.role and role and same_office(role, person.role))
            if (
                not _generic(titles)
                and not fuller
                and not usual
                and (not person.role_in_text or len(role or "") > len(person.role or ""))
            ):
                person.role, person.role_in_text = role, True
            elif person.role is None:
                person.role = role
        if country:
            person.country = country
        person.classes |= classes_of(self.gazetteer, person.role) | {
            str(t.data["class"]) for t in titles if t.data.get("class")
        }
        return Mention(index, start, end, phrase_start, case, person, titles, country)

    def _office(self, index: int, tokens: list[Token], covered: dict[int, Match], m: Match) -> Mention:
        phrase_start, parts = self._phrase(tokens, covered, m.start)
        before = covered.get(phrase_start - 1)
        if before is not None and before.entry.kind == "adjective":
            parts.insert(0, before)  # «узбекского лидера»
        parts = self._own_office(parts)
        country = next((p.entry.name for p in reversed(parts) if p.entry.kind in ("country", "adjective")), None)
        j = m.end
        # Russian puts the country after the office, in the genitive: «Премьер-министр Таджикистана»; in
        # Kazakh a country after the office begins the next phrase («Мемлекет басшысы Германия …»).
        while (
            self.lang == "ru"
            and country is None
            and j < len(tokens)
            and j in covered
            and covered[j].entry.kind in PHRASE_KINDS
        ):
            if covered[j].entry.kind == "country":
                country = covered[j].entry.name
            j = covered[j].end
        end = max(j, m.end)
        case = self._case(tokens, phrase_start, m.start, m.end, m.entry)
        return Mention(index, m.start, end, phrase_start, case, None, [m.entry], country, reference=True)

    def _completed(
        self, tokens: list[Token], covered: dict[int, Match], m: Match, name_start: int, country: str | None
    ) -> str | None:
        """The office of a head word the gazetteer knows, with the ministry or organ written around it
        that the gazetteer's wording leaves out (see offices.py)."""
        role = m.entry.name
        head = "minister" if role.startswith("minister") else role if role in HEAD_WORDS else None
        if role == "vice minister":
            head = role
        if m.entry.data.get("generic"):
            head = "head"  # «Инвестициялар агенттігінің басшысы»: the head of an organ, not of a state
        if head is None:
            return None
        if self.lang == "kk":
            # Kazakh writes the organ before the head word, after the country: «Өзбекстан Республикасы
            # Олий Мажлисі Заң шығарушы палатасының Спикері».
            j, extra = m.start - 1, []
            while j >= 0 and m.start - j <= 10 and self._organ_word(tokens[j], covered.get(j)):
                extra.insert(0, tokens[j].text)
                j -= 1
            words = extra + [t.text for t in tokens[m.start : m.end - 1]]
        else:
            # Russian, after it, in the genitive: «министр цифрового развития, инноваций и …».
            j, extra = m.end, []
            while j < name_start and j - m.end < 10 and self._organ_word(tokens[j], covered.get(j)):
                extra.append(tokens[j].text)
                j += 1
            words = [t.text for t in tokens[m.start + 1 : m.end]] + extra
        if not [w for w in extra if w.lower() not in ("и", "және", ",")]:
            return None  # the gazetteer's wording is the whole office
        return complete(head, words, self.lang, lambda word: romanize(word, country))

    def _organ_start(self, tokens: list[Token], covered: dict[int, Match], m: Match) -> int:
        j = m.start - 1
        if self.lang == "kk":
            while j >= 0 and m.start - j <= 10 and self._organ_word(tokens[j], covered.get(j)):
                j -= 1
        return j + 1

    def _organ_word(self, token: Token, match: Match | None) -> bool:
        if match is not None and match.entry.kind != "role_word":
            return False
        return token.is_word or token.text == ","

    def _head_before(self, tokens: list[Token], covered: dict[int, Match], start: int) -> Match | None:
        """A head word further back than an office is looked for, when only a ministry's or an organ's
        name stands between it and the person: «министр цифрового развития, инноваций и аэрокосмической
        промышленности Республики Казахстан Жаслан Мадиев»."""
        j = start - 1
        while j >= 0 and start - j <= 16:
            m = covered.get(j)
            if m is not None and m.entry.kind == "title":
                return m if self._completed(tokens, covered, m, start, None) else None
            if m is not None and m.entry.kind not in ("country", "role_word"):
                return None
            if m is None and not self._organ_word(tokens[j], None):
                return None
            j = (m.start if m is not None else j) - 1
        return None

    def _own_office(self, parts: list[Match]) -> list[Match]:
        """In Kazakh the possessor comes first: «Германия канцлері Қазақстан Президентін» holds two offices,
        and the one named is the office after the last country («Қазақстан Президенті»)."""
        if self.lang != "kk":
            return parts
        last = max((n for n, p in enumerate(parts) if p.entry.kind == "country"), default=None)
        titled = [p.entry.kind == "title" for p in parts]
        if last is None or not any(titled[:last]) or not any(titled[last:]):
            return parts
        return parts[last:]

    def _head_token(self, tokens: list[Token], m: Match) -> Token:
        """The word of an office that says how many hold it: the last in Kazakh («министрлері»), the first
        in Russian («министр финансов» is one minister, whatever the number of «финансов»)."""
        return tokens[m.end - 1] if self.lang == "kk" else tokens[m.start]

    def _plural(self, token: Token, entry: Entry) -> bool:
        if self.lang == "ru":
            return russian_number(token.text) == "plur"
        rest = token.text.lower()[len(_base(token, entry)) :]
        return rest.startswith(KK_PLURAL)

    def _unknown_names(self, tokens: list[Token], covered: dict[int, Match]) -> list[tuple[int, int]]:
        """Two or three capitalized words the gazetteer does not know, ending in a surname or written
        right after an office («Министр энергетики Азербайджана Парвиз Шахбазов»)."""
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            j = i
            # «Центральной Азии» starts with an adjective; a surname may look like one (Шахбазовым), a name not.
            while (
                j < len(tokens)
                and j not in covered
                and (_name_word(tokens[j]) or self._connector(tokens, i, j))
                and not self._place_word(tokens, j)
                and not (j == i and (self._adjective(tokens[j]) or self._common_word(tokens, j)))
                # «провинции Хэнань Ван Кай»: the word after a kind of place names the place.
                and not (
                    j == i and i > 0 and (i - 1) not in covered and tokens[i - 1].text.lower().startswith(PLACE_NOUNS)
                )
            ):
                j += 1
            last = self._nominative([tokens[j - 1].text]).lower() if j > i else ""
            if self.lang == "ru" and j in covered and covered[j].entry.kind == "country":
                # «Председатель Милли Меджлиса Азербайджана»: a name followed by a country in the genitive is
                # an institution in an office's wording; a Russian name is not followed by a country.
                i = max(j, i + 1)
                continue
            # An Arabic name is longer: «Абдулла бин Тук Аль Марри».
            longest = 6 if any(self._connector(tokens, i, k) for k in range(i, j)) else 3
            if 2 <= j - i <= longest:
                if SURNAME.search(last) or self._office_before(tokens, covered, i) or last in self._surnames():
                    runs.append((i, j))
            elif j - i == 1 and last in self._surnames():
                runs.append((i, j))
            i = max(j, i + 1)
        return runs

    def _connector(self, tokens: list[Token], i: int, j: int) -> bool:
        """«Абдулла бин Тук Аль Марри», «Мишааль аль-Ахмед»: an Arabic name runs on through its lowercase
        particles, between two capitalized words."""
        prefix, _, rest = tokens[j].text.partition("-")
        if j > i and prefix.lower() in NAME_PARTICLES and rest[:1].isupper():
            return True  # «аль-Хаджраф»: the particle and the name written as one
        return j > i and tokens[j].text.lower() in NAME_PARTICLES and j + 1 < len(tokens) and _name_word(tokens[j + 1])

    def _office_before(self, tokens: list[Token], covered: dict[int, Match], i: int, reach: int = 6) -> Match | None:
        """A singular office a few words before, in the same clause: «Европейский комиссар по
        международным партнерствам Йозеф Сикела»."""
        j = i - 1
        while j >= 0 and i - j <= reach and tokens[j].text not in CLAUSE_BREAKS:
            office = covered.get(j)
            if office is not None and office.entry.kind == "title":
                return None if self._plural(self._head_token(tokens, office), office.entry) else office
            if office is not None and office.entry.kind == "person":
                return None
            if office is None and self._verb(tokens[j]):
                return None  # «Глава государства попросил передать … Ильхаму Алиеву»: the office is the subject's
            j = (office.start if office is not None else j) - 1
        return None

    def _posted(self, tokens: list[Token], m: Match) -> bool:
        """«Қазақстандағы Елшісі», «посол в Казахстане»: the country where an envoy serves is not theirs."""
        last = tokens[m.end - 1].text.lower()
        if self.lang == "kk":
            return last.endswith(("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"))
        return m.start > 0 and tokens[m.start - 1].text.lower() in ("в", "во")

    def _delegation_of(self, tokens: list[Token], covered: dict[int, Match], start: int) -> Entry | None:
        """The province or country whose delegation is led by the person named after «во главе с»."""
        words = [t.text.lower() for t in tokens[max(start - 3, 0) : start]]
        if words != ["во", "главе", "с"]:
            return None
        for j in range(start - 4, max(start - 8, -1), -1):
            m = covered.get(j)
            if m is not None and m.entry.kind in ("province", "country"):
                return m.entry
            if tokens[j].text.lower().startswith("делегаци"):
                break
        return None

    def _common_opening(self, tokens: list[Token], i: int) -> bool:
        """The first word of a sentence is capitalized whatever it is: «Кездесуде Жұманғарин …» opens with
        a noun in the locative (a first name takes no ending before its surname), «Встречу провел …»
        with a dictionary word that is no name."""
        if i != 0:
            return False
        word = tokens[0].text.lower()
        if self.lang == "kk":
            return any(
                len(stem) >= 4 and kazakh_case(word, stem) != "nom"
                for endings in KK_CASES.values()
                for stem in (word[: -len(e)] for e in endings if word.endswith(e))
            )
        return russian_common_word(word)

    def _common_word(self, tokens: list[Token], i: int) -> bool:
        """A run of capitalized words does not start with a Russian dictionary word in the plural, wherever it
        stands: «Эмиратов Сухаилем аль-Мазруи» is the end of a country's name, then the name. A name is
        singular, and Канат, Талант, Алмаз are first names that the dictionary knows as nouns."""
        if self.lang == "ru" and i > 0:
            word = tokens[i].text.lower()
            return russian_common_word(word) and russian_number(word) == "plur"
        return self._common_opening(tokens, i)

    def _place_word(self, tokens: list[Token], i: int) -> bool:
        """«Теміртау қаласындағы»: a word followed by its kind of place names the place, not a person."""
        following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        return self.lang == "kk" and following.startswith(KK_PLACE_NOUNS)

    def _verb(self, token: Token) -> bool:
        return self.lang == "ru" and russian_pos(token.text) in ("VERB", "INFN", "GRND")

    def _adjective(self, token: Token) -> bool:
        """«Центральной Азии» is a place, not a name: a name does not start with an adjective."""
        return self.lang == "ru" and russian_pos(token.text) in ("ADJF", "PRTF")

    def _english(self, original: str, country: str | None) -> str:
        """A family name the gazetteer already spells in English keeps that spelling (Акылбек Жапаров →
        Akylbek Japarov, as Sadyr Japarov); the rest is romanized."""
        *given, family = original.split()
        for entry in self.gazetteer.people():
            for variant in entry.data.get("variants", []):
                if str(variant).split()[-1].lower() == family.lower():
                    return " ".join([*(romanize(g, country) for g in given), entry.name.split()[-1]])
        return romanize(original, country)

    def _surnames(self) -> set[str]:
        """Last names of the people the gazetteer lacks, once the article has named them in full."""
        return {p.name_original.split()[-1].lower() for p in self.people.values() if not p.from_gazetteer}

    def _nominative(self, words: list[str], case: str | None = None) -> str:
        if self.lang == "ru":
            # Arabic particles (бин, Аль) do not decline; the words between them do, each on its own.
            kept = [w.lower().split("-")[0] in NAME_PARTICLES for w in words]
            if any(kept):
                return " ".join(
                    _particled(w, case) if k else russian_full_name([w], case)[0]
                    for w, k in zip(words, kept, strict=True)
                )
            return " ".join(russian_full_name(words, case))
        # A Kazakh name declines on its last word only.
        return " ".join([*words[:-1], kazakh_nominative(words[-1])])

    def _case(self, tokens: list[Token], phrase_start: int, start: int, end: int, entry: Entry | None) -> str:
        if self.lang == "kk":
            last = tokens[end - 1]
            base = _base(last, entry) if entry else kazakh_nominative(last.text).lower()
            return kazakh_case(last.text, base)
        words = [i for i in range(phrase_start, start) if tokens[i].is_word] or [start]
        before = tokens[words[0] - 1].text.lower() if words[0] > 0 else ""
        if before in ("с", "со"):
            return "ins"
        if before in RU_PREPOSITIONS:
            return "obl"
        if before in ("принял", "приняла", "приняли", "встретил", "встретила"):
            return "acc"  # the one received: «принял Садыра Жапарова», whatever else the form could be
        if before in TALKS_NOUNS:
            return "nom"  # «переговоры Касым-Жомарта Токаева с …»: the genitive names who held them
        titled = words[0] < start
        if not titled and entry is not None and entry.kind == "person":
            written = " ".join(t.text.lower() for t in tokens[start:end])
            if written in entry.variant.lower():
                return "nom"  # the name as the gazetteer writes it is the nominative (Кая Каллас, Нуртлеу)
        cases = russian_cases(tokens[words[0]].text) or russian_cases(tokens[end - 1].text)
        previous = tokens[words[0] - 1].text if words[0] > 0 else ""
        if "gent" in cases and previous[:1].islower() and russian_pos(previous) == "NOUN":
            return "gen"  # «визита Вице-премьера …»: after a common noun a form that can be genitive is
        if not cases or "nomn" in cases:
            return "nom"
        # The Russian instrumental is the case of the partner («встретился с министром X», «с X»), as the
        # Kazakh -мен/-бен/-пен is: both are "ins".
        for pymorphy_case, case in (("accs", "acc"), ("datv", "dat"), ("gent", "gen"), ("ablt", "ins")):
            if pymorphy_case in cases:
                return case
        return "obl"

    def _conjoin(self, tokens: list[Token], mentions: list[Mention]) -> None:
        """«Тоқаев пен Путиннің» and «Токаевым и Эрдоганом»: the first of two joined names takes the case
        of the second, which alone carries the ending."""
        pairs = list(zip(mentions, mentions[1:], strict=False))
        # The Kazakh ending stands on the last of a list and runs back to the first: read from the end.
        for first, second in pairs if self.lang == "ru" else reversed(pairs):
            between = [t.text.lower() for t in tokens[first.end : second.phrase_start]]
            if self.lang == "ru" and first.case in ("agent", "with") and between in (["и"], [","]):
                # Each Russian name declines: who attends, or acts, runs forward through a list.
                second.case = first.case
            elif between in (["мен"], ["пен"], ["бен"], ["және"], ["и"]) or (
                second.case == "with" and between == [","]
            ):
                first.case = second.case


def _latin_end(tokens: list[Token], i: int) -> int:
    while i < len(tokens) and tokens[i].is_word and not CYRILLIC.search(tokens[i].text):
        i += 1
    return i


def _latin_start(tokens: list[Token], i: int) -> int:
    while i > 0 and tokens[i - 1].is_word and not CYRILLIC.search(tokens[i - 1].text):
        i -= 1
    return i


COMPANY_HEADS = frozenset({"глава", "главы", "главе", "главу", "главой", "руководитель", "руководителя",
                           "руководителем"})
CLAUSE_BREAKS = frozenset(",.;:!?()—")
# Bare head words of offices, which the ministry or organ written with them completes.
HEAD_WORDS = frozenset({"minister", "chairman", "speaker"})
POSTED = ("дағы", "дегі", "тағы", "тегі")


def _city_near(covered: dict[int, Match], phrase_start: int, start: int) -> Entry | None:
    """A city written with a local office: just before it («Алматы қаласының әкімі») or inside its wording
    («аким города Алматы Ерболат Досаев»)."""
    for i in range(max(phrase_start - 2, 0), start):
        m = covered.get(i)
        if m is not None and m.entry.kind == "city":
            return m.entry
    return None


def _same_words(named: str, written: str) -> bool:
    """Each word of a name as written is the word of a name given before but for a case ending: the
    shorter whole but its last letter, at most two letters apart («Сухаиля» and «Сухаил»)."""
    a, b = named.lower().split(), written.lower().split()
    if len(a) != len(b):
        return False
    return all(
        abs(len(x) - len(y)) <= 2 and len(os.path.commonprefix([x, y])) >= max(3, min(len(x), len(y)) - 1)
        for x, y in zip(a, b, strict=True)
    )


def _company_near(tokens: list[Token], covered: dict[int, Match], phrase_start: int, start: int) -> str | None:
    """The company a head's office is of: its name in quotation marks («Қазақстан темір жолы» ұлттық
    компаниясының басқарма төрағасы), else the Latin name written with the office (the press keeps a
    company's own spelling): a few words before it in Kazakh, between it and the name in Russian."""
    window = range(max(phrase_start - 8, 0), start)
    opening = next((i for i in window if tokens[i].text == "«"), None)
    if opening is not None:
        closing = next((i for i in range(opening + 1, start) if tokens[i].text == "»"), None)
        if closing is not None and closing > opening + 1:
            words = []
            for i in range(opening + 1, closing):
                m = covered.get(i)
                if m is not None and m.entry.kind == "country":
                    if i == m.start:
                        words.append(english_country(m.entry.name))
                else:
                    words.append(romanize(tokens[i].text, "KZ"))
            return " ".join(words)
    near = range(max(phrase_start - 4, 0), start)
    words = [tokens[i].text for i in near if tokens[i].is_word and not CYRILLIC.search(tokens[i].text)]
    return " ".join(words) or None


def _country_in_clause(tokens: list[Token], covered: dict[int, Match], start: int, reach: int = 8) -> str | None:
    """The country written a few words before an office the gazetteer does not know whole:
    «Әзербайжанның Цифрлық даму және көлік министрі», «Түркия Ұлы Ұлттық Мәжілісінің Төрағасы»."""
    j = start - 1
    while j >= 0 and start - j <= reach and tokens[j].text not in CLAUSE_BREAKS:
        m = covered.get(j)
        if m is not None and m.entry.kind == "country" and not tokens[m.end - 1].text.lower().endswith(POSTED):
            return m.entry.name
        if m is not None and m.entry.kind == "person":
            return None
        j = (m.start if m is not None else j) - 1
    return None


def _generic(titles: list[Entry]) -> bool:
    """An honorific or a bare word like «басшысы» says less than the gazetteer's office for the person."""
    return all(t.data.get("reference") or t.data.get("bare") or t.name in HEAD_WORDS for t in titles)


def _base(token: Token, entry: Entry) -> str:
    wording = entry.variant.split()
    candidates = [w.lower() for w in wording if w.lower() in token.forms]
    if candidates:
        return candidates[-1]
    inflected = [f for f in token.forms if token.text.lower().startswith(f)]
    return min(inflected, key=len) if inflected else token.text.lower()


def _particled(word: str, case: str | None) -> str:
    """«аль-Хаджрафом» → «аль-Хаджраф»: the particle stays, the name after it declines."""
    prefix, dash, rest = word.partition("-")
    return f"{prefix}{dash}{russian_full_name([rest], case)[0]}" if rest else word


# What a leader reached, proposed, signed or instructed: a participle describing one of these names its
# agent as the author of something discussed («Тоқаев пен Мирзиёев қол жеткізген уағдаластықтар»), where
# «Тоқаев келген қонақтарды қарсы алды» (welcomed the guests who came) is about the guests.
DECISIONS = (
    "уағдаласт", "келісім", "бастама", "тапсырма", "шешім", "жоба", "бағдарлама", "құжат", "хат", "ұсыныс",
    "жолдау", "стратегия", "саясат", "реформа", "меморандум", "декларация", "тұжырымдама",
    "договоренност", "соглашени", "инициатив", "поручени", "решени", "проект", "документ", "послани",
    "предложени", "стратеги", "курс", "реформ", "договор", "меморандум", "деклараци", "программ", "концепци",
)  # fmt: skip


# «арасында»: the agreements reached between two leaders, who are named before it.
BETWEEN = frozenset({"арасында", "арасындағы"})
# Verbs of an agreement reached before the meeting; «подписали» is left out, as a signing may be the
# meeting itself.
AGREED = ("договорил", "условил", "достигл")


def _agreed_earlier(before: list[Token]) -> bool:
    """«положения, о которых договорились Президент X и …»: the subject of a relative clause that reached
    an agreement is its author, talked about, not one of the people meeting."""
    words = [t.text.lower() for t in before[-3:]]
    return len(words) >= 2 and words[-1].startswith(AGREED) and words[-2].startswith("котор")


def _decision(word: str) -> bool:
    return word.lower().startswith(DECISIONS)


def _kazakh_inflected(word: str) -> bool:
    """A common noun with a case ending («сапармен», «Астанаға»), not a bare one («қол»)."""
    lower = word.lower()
    return any(lower.endswith(e) and len(lower) - len(e) >= 3 for es in KK_CASES.values() for e in es if len(e) > 1)


def _name_word(token: Token) -> bool:
    return (
        token.is_word
        and token.is_capitalized
        and not token.text.isupper()
        and token.text.lower() not in KK_NOT_NAMES
        # A Kazakh or Russian article writes every person's name in Cyrillic; a Latin word is a company's
        # or a brand's («компании Masdar Мохамед …»).
        and CYRILLIC.search(token.text) is not None
    )
