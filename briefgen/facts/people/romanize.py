"""English spellings of names the gazetteer lacks: Wikipedia's romanization of Russian, with the
conventions of the person's country where they differ (their own official spellings). No maintained
library covers these national conventions (iuliia has the Russian systems only), so each is a table here,
chosen by the country in ROMANIZERS."""

from __future__ import annotations

import re

import iuliia

# Kazakh letters to their nearest Russian ones, so that one romanization serves both languages.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


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
