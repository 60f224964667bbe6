"""Quantities written in digits: money, percentages, counts, volumes, power and energy.

A figure is a number, an optional scale word (млн, млрд, мың; миллион, тысяч) and a unit word; the unit
word may carry a case ending (долларға, пайызға, құжатқа) but a suffix after a hyphen is not part of the
figure ($4,5 млрд-ты → "$4,5 млрд"). Years, dates and numbers inside names are not figures.

Symbols and the commonest words are patterns (UNITS); beyond them a count's noun is looked up by its base
form in a small word map (COUNTED_NOUNS), and money by the CLDR names of every currency in use (Babel),
so that «шартты», «рабочих мест», «иен», «манатов» need no pattern of their own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.numbers import get_territory_currencies

from ..lang import lemmas_in_any_language, ru
from ..lang.kk import MORPHOLOGY as KAZAKH
from .language import FactsLanguage

NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
SCALES = {
    "трлн": 1e12, "триллион": 1e12,
    "млрд": 1e9, "миллиард": 1e9,
    "млн": 1e6, "миллион": 1e6,
    "мың": 1e3, "тыс": 1e3, "тысяч": 1e3, "тысяча": 1e3, "тысячи": 1e3,
}  # fmt: skip
# «тысяч» before «тыс»: the abbreviation would otherwise cut the word («5 тысяч человек» read as «5 тыс»).
SCALE = r"(?P<scale>трлн|млрд|млн|тысяч\w*|тыс|триллион\w*|миллиард\w*|миллион\w*|мың\w*)\.?"
CURRENCY_SIGN = {"$": "USD", "US$": "USD", "€": "EUR", "₸": "KZT", "¥": "CNY", "₽": "RUB"}
# Unit words by stem; a stem matches its inflected forms (долларға, долларов, теңгеге).
UNITS: list[tuple[str, str]] = [
    (r"(?:АҚШ\s)?доллар\w*|долл\.", "USD"),
    (r"евро|еуро\w*", "EUR"),
    (r"теңге\w*|тенге", "KZT"),
    (r"рубл\w*|рубль", "RUB"),
    (r"юан\w*", "CNY"),
    (r"сум\w*|сўм", "UZS"),
    (r"сом(?:ға|нан|ды|ның|ы|а|ов)?", "KGS"),
    (r"лир\w*", "TRY"),
    (r"%|пайыз\w*|процент\w*", "percent"),
    (r"позиция\w*|позици\w+|тауар түр\w*|вид\w* (?:товар|сырь)\w*|түрі", "items"),
    (r"құжат\w*|документ\w*|келісім\w*|соглашени\w*|меморандум\w*", "documents"),
    (r"жоба\w*|жобан\w*|проект\w*", "projects"),
    (r"кәсіпорын\w*|кәсіпорн\w*|компани\w*|предприяти\w*|фирм\w*", "enterprises"),
    (r"адам\w*|человек\w*|студент\w*", "people"),
    (r"рабоч\w+ мест\w*|жұмыс орн\w*", "jobs"),
    (r"автомобил\w*|автобус\w*|грузовик\w*|көлік құрал\w*|көлі[гк]\w*", "vehicles"),
    (r"вуз\w*|университет\w*", "universities"),
    (r"рейс\w*", "flights"),
    (r"пойыз\w*|поезд\w*|контейнерлік пойыз\w*", "trains"),
    (r"тонна\w*|тонн\w*|т\.", "tonnes"),
    (r"текше метр\w*|куб\.? ?м\w*|кубометр\w*|кубических метр\w*|м³", "cubic metres"),
    # Unit symbols in Latin letters too: «100 MW» stands in Kazakh and Russian copy as often as «МВт».
    (r"ГВт|GW|гигаватт\w*", "GW"),
    (r"МВт|MW|мегаватт\w*", "MW"),
    (r"кВт[·.\s-]?(?:сағ|ч)\.?\w*|kWh|киловатт-(?:час|сағат)\w*", "kWh"),
    (r"км|km|шақырым\w*|километр\w*", "km"),
    (r"гектар\w*|га\b", "hectares"),
    # Containers in twenty-foot equivalent units, written in Latin letters in both languages.
    (r"TEU", "TEU"),
]
UNIT = "(?P<unit>" + "|".join(f"(?:{p})" for p, _ in UNITS) + ")"
# «1 млрд 200 млн долларды»: a second, smaller scale continues the number.
REST = r"(?:\s(?P<rest>\d{1,3})\s(?P<rest_scale>млн|мың|тыс)\.?)?"
FIGURE = re.compile(
    rf"(?<![\w-])(?P<sign>US\$|\$|€|₸)?\s?{NUMBER}(?![\d-]\d)(?:\s?{SCALE}{REST})?(?:(?:\s|\s?(?=%)){UNIT}(?!\w))?",
    re.IGNORECASE,
)
# What follows a number that makes it a date, a year, a duration or an ordinal, not a figure.
NOT_A_FIGURE = re.compile(
    r"^(?:-?(?:ші|шы|інші|ыншы|нші|ншы|й|я|е|го|м)\b|\s*(?:жыл|год|лет|г\.|жж|гг|ай|күн|сағат|минут|"
    r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    r"апта|недел|сынып|класс|мамандық|раз|раза|есе)\b)",
    re.IGNORECASE,
)
# A bare number counts what the sentence says it counts: «рейстерінің саны 120-ға жетті», «числа прямых
# рейсов»; the counted noun may stand a few words after «число».
COUNT_OF = re.compile(r"(?P<noun>\w+)\s+саны|(?:числ|количеств)\w*\s+(?P<noun_ru>(?:\w+\s+){0,2}\w+)", re.IGNORECASE)
# Counted nouns, in the nominative, and the unit they give: a count of treaties is a count of documents;
# a noun the README's list does not name takes the English plural of the noun. Matched on base forms
# (pymorphy for Russian, the Kazakh stemmer), so «шартты», «договоров», «рабочих мест» are found.
COUNTED_NOUNS: dict[str, tuple[str, ...]] = {
    "documents": ("құжат", "келісім", "келісімшарт", "шарт", "меморандум", "хаттама", "документ", "соглашение",
                  "договор", "контракт", "протокол"),
    "projects": ("жоба", "проект"),
    # Residents of a special economic zone or a technopark are the companies registered there.
    "enterprises": ("кәсіпорын", "компания", "фирма", "предприятие", "производство", "резидент"),
    "people": ("адам", "студент", "өкіл", "маман", "человек", "представитель", "специалист", "гражданин",
               "азамат", "ученик", "оқушы", "житель", "тұрғын"),
    "households": ("домохозяйство", "үй шаруашылығы"),
    "stations": ("бекет", "станция", "стансы"),
    "scholarships": ("шәкіртақы", "стипендия"),
    "jobs": ("жұмыс орны", "рабочее место"),
    "vehicles": ("автомобиль", "автобус", "грузовик", "жүк көлігі", "көлік", "техника", "спецтехника"),
    "universities": ("университет", "жоғары оқу орны", "вуз"),
    "flights": ("рейс", "әуе рейсі", "авиарейс"),
    "trains": ("пойыз", "поезд"),
    "items": ("позиция", "тауар түрі"),
    "schools": ("мектеп", "школа"),
    "hospitals": ("аурухана", "больница"),
    "meetings": ("кездесу", "встреча"),
    "events": ("іс-шара", "мероприятие"),
    "barriers": ("кедергі", "барьер"),
    # Vessels, farm stock and plant counted in fleet, farm and greenhouse reports.
    "ferries": ("паром",),
    "tankers": ("танкер",),
    "ships": ("кеме", "судно"),
    "greenhouse complexes": ("жылыжай кешені", "тепличный комплекс"),
    "cattle": ("ірі қара", "ірі қара мал", "крупный рогатый скот"),
}  # fmt: skip
# Words between a number and its noun that say "about", "up to", "over": the figure's text is then the
# number alone (README), and the noun still says what is counted.
QUALIFIERS = frozenset({
    "жуық", "шамамен", "дейін", "астам", "асатын", "артық", "аса", "кем",
    "более", "свыше", "около", "порядка", "почти", "до", "менее", "не",
})  # fmt: skip
# Words that classify a count without being its noun: «150 единиц спецтехники».
CLASSIFIERS = frozenset({"единица", "дана", "бірлік", "бас", "голова"})
# Currency names that are also everyday words (salt, a brand, a lion, cinema): a number before them is no money.
NOT_CURRENCIES = frozenset({
    "соль", "сол", "марка", "марк", "лев", "кино", "кина", "драма", "вата", "пул", "пула",
    "бат", "кип", "кипа", "колон", "лек", "лег", "така", "тала", "реал", "добра", "добро",
})  # fmt: skip
# The press's default where a currency's name is shared: «доллар» alone is the US dollar (README).
DEFAULT_CURRENCY = {
    "доллар": "USD", "рубль": "RUB", "сом": "KGS", "фунт": "GBP", "франк": "CHF", "вона": "KRW", "дирхам": "AED",
    "рупия": "INR",
}  # fmt: skip
LABELS: list[tuple[str, str]] = [
    (r"тауар айналым|товарооборот|сауда айналым", "trade turnover"),
    (r"экспорт", "exports"), (r"импорт", "imports"),
    (r"инвестиц|инвестор|вложил", "investment"),
    (r"қол қой|подписан", "documents signed"),
    (r"көмек|помощ", "aid"),
    (r"жүк|груз|тасымал|перевоз", "freight"),
    (r"электр|энерги|қуат|мощност", "energy"),
]  # fmt: skip


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _wording_forms(word: str) -> frozenset[str]:
    """A lexicon word's base forms: it is in the nominative, so only a possessive or plural comes off."""
    return KAZAKH.bases(word) | ru.lemmas(word)


@dataclass(frozen=True)
class Noun:
    unit: str
    words: tuple[frozenset[str], ...]  # per word, the base forms that match
    qualifiers: frozenset[str] = frozenset()  # for a currency: the base forms of the rest of its name


def _kazakh_head(word: str) -> str:
    """«иенасы» → «иена», «доллары» → «доллар»: a Kazakh currency name ends in its noun with a possessive."""
    lower = word.lower()
    if lower.endswith(("сы", "сі")) and lower[-3:-2] in "аеиоуыіәөүұэюя":
        return lower[:-2]
    if lower.endswith(("ы", "і")) and len(lower) > 3:
        return lower[:-1]
    return lower


def _russian_head(name: str) -> str | None:
    """The noun of a Russian currency name: «японская иена» → иена, «доллар США» → доллар."""
    for word in name.split():
        if word.isupper() or not word.isalpha() or re.search(r"(?:ий|ый|ой|ая|яя|ое|ее)$", word):
            continue
        return word.lower()
    return None


# A fixed date, not today: the same article must give the same figures next year (builds are
# reproducible), and the press this reads is from these years.
CURRENCIES_AS_OF = dt.date(2025, 1, 1)


@cache
def currency_nouns() -> tuple[Noun, ...]:
    """Every currency in use by the noun of its Kazakh and Russian CLDR name (Babel), with the rest of the
    name kept to tell apart currencies that share a noun (азербайджанский / туркменский манат)."""
    codes = {
        code for t in Locale("en").territories if len(t) == 2 for code in get_territory_currencies(t, CURRENCIES_AS_OF)
    }
    nouns: list[Noun] = []
    for code in sorted(codes):
        for lang in ("ru", "kk"):
            name = Locale(lang).currencies.get(code)
            if not name or name == code:
                continue
            words = name.split()
            head = _russian_head(name) if lang == "ru" else _kazakh_head(words[-1])
            if not head or len(head) < 3 or head in NOT_CURRENCIES:
                continue
            rest = frozenset(f for w in words if w.lower() != head for f in _wording_forms(w))
            nouns.append(Noun(code, (_wording_forms(head),), rest))
    return tuple(nouns)


@cache
def counted_nouns() -> tuple[Noun, ...]:
    return tuple(
        Noun(unit, tuple(_wording_forms(w) for w in WORD.findall(wording)))
        for unit, wordings in COUNTED_NOUNS.items()
        for wording in wordings
    )


def _noun_at(words: list[str], i: int, lexicon: tuple[Noun, ...]) -> tuple[Noun, int] | None:
    """The longest lexicon noun starting at words[i], and the index after it."""
    best: tuple[Noun, int] | None = None
    for noun in lexicon:
        n = len(noun.words)
        fits = i + n <= len(words) and all(lemmas_in_any_language(words[i + j]) & noun.words[j] for j in range(n))
        if fits and (best is None or n > len(best[0].words)):
            best = (noun, i + n)
    return best


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
    return next((code for head, code in DEFAULT_CURRENCY.items() if head in lemmas_in_any_language(words[i])), None)


# Documents still to be signed («планируется подписать около 20 документов», «5 құжатқа қол қойылады»)
# belong to a later event, not to the meeting reported (README).
TO_BE_SIGNED = re.compile(
    r"планиру\w+ подписа|предстоит подписать|будут подписаны|подпишут|қол қою жоспарлан|қол қойылады|қол қойылмақ",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundFigure:
    value: float
    unit: str | None
    text: str
    label: str | None
    start: int
    qualifier: str | None = None  # "more than", "about", "up to" (English), when the text qualifies it


def parse_number(text: str) -> float:
    return float(text.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def _unit_code(word: str) -> str | None:
    for pattern, code in UNITS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return code
    return None


def _label(sentence: str) -> str | None:
    lower = sentence.lower()
    return next((label for pattern, label in LABELS if re.search(pattern, lower)), None)


def find_figures(sentence: str, language: FactsLanguage | None = None) -> list[FoundFigure]:
    """Every figure of a sentence; with the language's words, money in words and qualifiers too."""
    figures = _digits(sentence) + (_worded(sentence, language.number_words) if language else [])
    if language is None:
        return figures
    return [dataclasses.replace(f, qualifier=_qualifier(sentence, f, language)) for f in figures]


def _qualifier(sentence: str, figure: FoundFigure, language: FactsLanguage) -> str | None:
    """«более 4 300 предприятий», «450 млрд доллардан астам»: the word before the figure (where modifiers
    follow their noun's side, Russian) or right after it (Kazakh), in English."""
    qualifiers = language.qualifiers
    if language.modifiers_before:
        after = re.match(r"-?[^\W\d_]*\s+([^\W\d_]+)", sentence[figure.start + len(figure.text) :])
        word = after.group(1).lower() if after else ""
    else:
        before = re.findall(r"[^\W\d_]+", sentence[: figure.start])
        word = before[-1].lower() if before else ""
    return qualifiers.get(word)


def _digits(sentence: str) -> list[FoundFigure]:
    figures: list[FoundFigure] = []
    for match in FIGURE.finditer(sentence):
        after = sentence[match.end() :]
        if NOT_A_FIGURE.match(after) and not match.group("unit"):
            continue
        value = _value(match)
        if value is None:
            continue  # a year
        unit, text = _unit_and_text(match, after, sentence)
        if unit is None:
            continue  # a number with nothing said about what it counts
        if unit == "documents" and TO_BE_SIGNED.search(sentence):
            continue
        figures.append(FoundFigure(round(value, 6), unit, text, _label(sentence), match.start()))
    return figures


def _worded(sentence: str, number_words: dict[str, float]) -> list[FoundFigure]:
    """«полтора миллиарда долларов», «бір жарым миллиард долларлық»: a number in words before a scale
    and a unit is a figure as surely as one in digits."""
    words = "|".join(sorted(map(re.escape, number_words), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?P<words>{words})\s+{SCALE}\s+{UNIT}(?!\w)", re.IGNORECASE)
    found = []
    for m in pattern.finditer(sentence):
        scale = next(v for k, v in SCALES.items() if m.group("scale").lower().startswith(k))
        unit = _unit_code(m.group("unit"))
        if unit is not None:
            value = number_words[m.group("words").lower()] * scale
            found.append(FoundFigure(round(value, 6), unit, m.group(), _label(sentence), m.start()))
    return found


def _value(match: re.Match[str]) -> float | None:
    """The number with its scale («4,5 млрд», «1 млрд 200 млн»); None for a bare year."""
    value = parse_number(match.group("num"))
    if not match.group("scale") and not match.group("unit") and not match.group("sign") and 1900 <= value <= 2100:
        return None
    scale_word = (match.group("scale") or "").lower().rstrip(".")
    scale = next((v for k, v in SCALES.items() if scale_word.startswith(k)), 1.0) if scale_word else 1.0
    value *= scale
    if match.group("rest"):
        rest_scale = SCALES[match.group("rest_scale").lower()]
        if rest_scale < scale:
            value += parse_number(match.group("rest")) * rest_scale
    return value


def _unit_and_text(match: re.Match[str], after: str, sentence: str) -> tuple[str | None, str]:
    """What the figure counts (a currency, a unit, the noun after it) and its wording in the original."""
    text = match.group()
    if match.group("sign") and match.group("unit"):
        text = text[: match.start("unit") - match.start()]  # «$500 млн сомасына»: the sign is the unit
    unit = CURRENCY_SIGN.get(match.group("sign") or "") or (
        _unit_code(match.group("unit")) if match.group("unit") else None
    )
    text = text.strip().rstrip(".")
    if unit is None:
        found = _noun_after(after)
        if found is not None:
            unit, through = found
            if through is not None:
                text = (match.group() + after[:through]).strip()
    if unit is None:
        unit = _unit_after(after) or _counted(sentence, match.start())
    return unit, text


def _unit_after(after: str) -> str | None:
    """The unit word a few words after the number: «50-ден астам өнеркәсіптік жобаны», «более 4 300 предприятий»."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"^-\w+", "", after))[:3]
    for word in words:
        code = _unit_code(word)
        if code and code not in CURRENCY_SIGN.values() and code != "percent":
            return code
    return None


def _noun_after(after: str) -> tuple[str, int | None] | None:
    """The counted noun or currency named after a number: its unit, and where the figure's text ends.

    A currency follows at once («3 трлн иен», «японских иен»); a counted noun may come after adjectives
    («18 халықаралық шартты» — the text runs through the noun), after a qualifier or a hyphenated ending
    («700-ге жуық жұмыс орнын», «35 мыңға дейін жұмыс орны» — the text is the number alone)."""
    hyphen = re.match(r"-[^\W\d_]+", after)
    start = hyphen.end() if hyphen else 0
    spans = [(m.group(), m.end()) for m in WORD.finditer(after, start)][:4]
    if not spans or re.search(r"[\d,;:.!?«»]", after[start : after.find(spans[0][0], start)]):
        return None
    words = [w for w, _ in spans]
    plain = hyphen is None
    for i, word in enumerate(words):
        if plain:
            currency = _currency_at(words, i)
            if currency:
                return currency, spans[i][1]
        found = _noun_at(words, i, counted_nouns())
        if found is not None:
            noun, end = found
            return noun.unit, spans[end - 1][1] if plain else None
        lower = word.lower()
        if lower in QUALIFIERS:
            plain = False
        elif not (lemmas_in_any_language(word) & CLASSIFIERS or _adjective(word) or (plain and word[:1].isupper())):
            # Another word: whatever follows is not what the number counts. A name may qualify a currency
            # («Әзербайжан манаты»).
            return None
    return None


def _adjective(word: str) -> bool:
    """A word that may stand between a number and its noun: an adjective or participle («совместных»,
    «халықаралық», «сборочных»)."""
    lower = word.lower()
    if re.search(r"(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|дағы|дегі|тағы|тегі|лы|лі|ды|ді|ты|ті)$", lower):
        return True
    return bool(re.search(r"(?:ых|их|ые|ие|ый|ий|ой|ая|ую|ым|им|ыми|ими)$", lower))


def _counted(sentence: str, position: int) -> str | None:
    """What a bare number counts when the noun stands elsewhere: after «число»/before «саны», or before
    the number in the same clause when the number is a target («рейсов … до 14 в неделю», «рейстерін
    аптасына 28-ге дейін»)."""
    match = COUNT_OF.search(sentence)
    if match:
        words = WORD.findall(match.group("noun") or match.group("noun_ru") or "")
        unit = _first_counted(words, range(len(words)))
        if unit is not None:
            return unit
    before = sentence[:position]
    after = sentence[position:]
    target = re.search(r"\bдо\s*$", before) or re.match(r"\d+-(?:ға|ге|қа|ке|на|не)\s+дейін\b", after)
    if not target:
        return None
    clause = re.split(r"[,;:«»()—–]|\d", before)[-1]
    words = WORD.findall(clause)[-8:]
    return _first_counted(words, reversed(range(len(words))))


def _first_counted(words: list[str], order: Iterable[int]) -> str | None:
    """The unit of the first counted noun found starting at the positions `order` gives."""
    return next((found[0].unit for i in order if (found := _noun_at(words, i, counted_nouns()))), None)
