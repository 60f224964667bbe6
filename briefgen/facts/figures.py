"""Quantities written in digits: money, percentages, counts, volumes, power and energy.

A figure is a number, an optional scale word (млн, млрд, мың; миллион, тысяч) and a unit word; the unit
word may carry a case ending (долларға, пайызға, құжатқа) but a suffix after a hyphen is not part of the
figure ($4,5 млрд-ты → "$4,5 млрд"). Years, dates and numbers inside names are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
SCALES = {
    "трлн": 1e12, "триллион": 1e12,
    "млрд": 1e9, "миллиард": 1e9,
    "млн": 1e6, "миллион": 1e6,
    "мың": 1e3, "тыс": 1e3, "тысяч": 1e3, "тысяча": 1e3, "тысячи": 1e3,
}  # fmt: skip
SCALE = r"(?P<scale>трлн|млрд|млн|тыс|триллион\w*|миллиард\w*|миллион\w*|мың\w*|тысяч\w*)\.?"
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
    (r"ГВт|гигаватт\w*", "GW"),
    (r"МВт|мегаватт\w*", "MW"),
    (r"кВт[·.\s-]?(?:сағ|ч)\.?\w*|киловатт-(?:час|сағат)\w*", "kWh"),
    (r"км|шақырым\w*|километр\w*", "km"),
    (r"гектар\w*|га\b", "hectares"),
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
    r"апта|недел|сынып|класс|мамандық))",
    re.IGNORECASE,
)
# A bare number counts what the sentence says it counts: «рейстерінің саны 120-ға жетті», «число рейсов».
COUNT_OF = re.compile(r"(?P<noun>\w+)\s+саны|(?:число|количество)\s+(?P<noun_ru>\w+)", re.IGNORECASE)
LABELS: list[tuple[str, str]] = [
    (r"тауар айналым|товарооборот|сауда айналым", "trade turnover"),
    (r"экспорт", "exports"), (r"импорт", "imports"),
    (r"инвестиц|инвестор|вложил", "investment"),
    (r"қол қой|подписан", "documents signed"),
    (r"көмек|помощ", "aid"),
    (r"жүк|груз|тасымал|перевоз", "freight"),
    (r"электр|энерги|қуат|мощност", "energy"),
]  # fmt: skip


@dataclass(frozen=True)
class FoundFigure:
    value: float
    unit: str | None
    text: str
    label: str | None
    start: int


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


def find_figures(sentence: str) -> list[FoundFigure]:
    figures: list[FoundFigure] = []
    for match in FIGURE.finditer(sentence):
        after = sentence[match.end() :]
        if NOT_A_FIGURE.match(after) and not match.group("unit"):
            continue
        value = parse_number(match.group("num"))
        if not match.group("scale") and not match.group("unit") and not match.group("sign") and 1900 <= value <= 2100:
            continue  # a year
        scale_word = (match.group("scale") or "").lower().rstrip(".")
        scale = next((v for k, v in SCALES.items() if scale_word.startswith(k)), 1.0) if scale_word else 1.0
        value *= scale
        if match.group("rest"):
            rest_scale = SCALES[match.group("rest_scale").lower()]
            if rest_scale < scale:
                value += parse_number(match.group("rest")) * rest_scale
        text = match.group()
        if match.group("sign") and match.group("unit"):
            text = text[: match.start("unit") - match.start()]  # «$500 млн сомасына»: the sign is the unit
        unit = CURRENCY_SIGN.get(match.group("sign") or "") or (
            _unit_code(match.group("unit")) if match.group("unit") else None
        )
        text = text.strip().rstrip(".")
        if unit is None:
            unit = _unit_after(after) or _counted(sentence)
        if unit is None:
            continue  # a number with nothing said about what it counts
        figures.append(FoundFigure(round(value, 6), unit, text, _label(sentence), match.start()))
    return figures


def _unit_after(after: str) -> str | None:
    """The unit word a few words after the number: «50-ден астам өнеркәсіптік жобаны», «более 4 300 предприятий»."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"^-\w+", "", after))[:3]
    for word in words:
        code = _unit_code(word)
        if code and code not in CURRENCY_SIGN.values() and code != "percent":
            return code
    return None


def _counted(sentence: str) -> str | None:
    match = COUNT_OF.search(sentence)
    if not match:
        return None
    return _unit_code(match.group("noun") or match.group("noun_ru") or "")
