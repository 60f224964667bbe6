"""Quantities written in digits: money, percentages, counts, volumes, power and energy.

A figure is a number, an optional scale word (млн, млрд, мың; миллион, тысяч) and a unit word; the unit
word may carry a case ending (долларға, пайызға, құжатқа) but a suffix after a hyphen is not part of the
figure ($4,5 млрд-ты → "$4,5 млрд"). Years, dates and numbers inside names are not figures.

Symbols and the commonest words are patterns (`units`); beyond them counted.py names what a number counts: a
count's noun by its base form in a small word map (`counted`), and money by the CLDR names of every currency in
use (Babel), so that «шартты», «рабочих мест», «иен», «манатов» need no pattern of their own. The words are the
language packs' (`figures:` in briefgen/lang/data/<lang>.facts.yaml, read by figure_words.py).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Protocol

from babel import Locale

from ..lang import derived_from_packs, pack
from .counted import classifier_units, counted_elsewhere, noun_after
from .figure_words import CURRENCY_SIGN, figure_words
from .language import FactsLanguage

# Every currency sign the figure words know, longest first («US$» before «$»).
SIGNS = "|".join(re.escape(s) for s in sorted(CURRENCY_SIGN, key=len, reverse=True))
NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"


@derived_from_packs
def _figure() -> re.Pattern[str]:
    """A number, perhaps a sign, a scale and a unit; «1 млрд 200 млн долларды»: a second, smaller scale
    continues the number."""
    words = figure_words()
    scale = rf"(?P<scale>{words.scale})\.?"
    rest = rf"(?:\s(?P<rest>\d{{1,3}})\s(?P<rest_scale>{words.scale})\.?)?"
    unit = rf"(?P<unit>{words.unit})"
    return re.compile(
        rf"(?<![\w-])(?P<sign>{SIGNS})?\s?{NUMBER}(?![\d-]\d)(?:\s?{scale}{rest})?(?:(?:\s|\s?(?=%)){unit}(?!\w))?",
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
    return next((code for pattern, code in figure_words().units if pattern.fullmatch(word)), None)


def _label(sentence: str, start: int, end: int) -> str | None:
    """What the figure at sentence[start:end] measures: the first label whose words its own clause has
    («Товарооборот вырос на 12%, а инвестиции превысили 5 млрд долларов»: the 12% is trade, the 5 billion
    investment); else the first in the sentence («Товарооборот вырос на 12%, достигнув 5 млрд долларов»)."""
    labels = figure_words().labels
    before = [m.end() for m in figure_words().clause_break.finditer(sentence, 0, start)]
    after = figure_words().clause_break.search(sentence, end)
    clause = sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]
    own = next((label for pattern, label in labels if pattern.search(clause)), None)
    return own or next((label for pattern, label in labels if pattern.search(sentence)), None)


def find_figures(sentence: str, language: FactsLanguage | None = None) -> list[FoundFigure]:
    """Every figure of a sentence; with the language's words, money in words and qualifiers too."""
    figures = _digits(sentence) + (_worded(sentence, pack(language.code)) if language else [])
    if language is None:
        return figures
    return [
        dataclasses.replace(f, qualifier=_qualifier(sentence, f, language))
        for f in figures
        if not _sizes_a_gathering(sentence, f, language)
    ]


def _sizes_a_gathering(sentence: str, figure: FoundFigure, language: FactsLanguage) -> bool:
    """«Форум … в нем принимают участие более 2 тысяч делегатов», «делового совета, собравшего представителей более
    80 компаний»: who attends a gathering (the language's `gathering_size`) sizes that gathering, the frame of the
    meeting, not what the meeting reports (README: a figure of an event that is no meeting of the report)."""
    units = language.words("gathering_size", "units")
    return figure.unit in units and bool(language.pattern("gathering_size", "pattern").search(sentence))


def _qualifier(sentence: str, figure: FoundFigure, language: FactsLanguage) -> str | None:
    """«более 4 300 предприятий», «450 млрд доллардан астам»: the word before the figure (where modifiers
    follow their noun's side, Russian) or right after it (Kazakh), in English; a phrase of the pack's
    `qualifier_phrases` first, on either side («не менее» at least, not «менее»; «шамамен» before a Kazakh one)."""
    before, after = sentence[: figure.start], sentence[figure.start + len(figure.text) :]
    before_phrases, after_phrases = _qualifier_phrases(language.code)
    phrase = next((english for p, english in before_phrases if p.search(before)), None)
    phrase = phrase or next((english for p, english in after_phrases if p.match(after)), None)
    if phrase:
        return phrase
    qualifiers = language.qualifiers
    if language.modifiers_before:
        after = re.match(r"-?[^\W\d_]*\s+([^\W\d_]+)", sentence[figure.start + len(figure.text) :])
        word = after.group(1).lower() if after else ""
    else:
        before = re.findall(r"[^\W\d_]+", sentence[: figure.start])
        word = before[-1].lower() if before else ""
    return qualifiers.get(word)


@derived_from_packs
def _qualifier_phrases(code: str) -> tuple[tuple[tuple[re.Pattern[str], str], ...], ...]:
    """A language's qualifier phrases (`figures: qualifier_phrases` of its facts data): those that end the text
    before a figure, and those that start the text after it (past a hyphenated ending)."""
    data = (pack(code).section("facts").get("figures") or {}).get("qualifier_phrases") or {}
    sides = (r"(?<![\w-])(?:{})\s*$", r"-?[^\W\d_]*\s+(?:{})(?![\w-])")
    return tuple(
        tuple((re.compile(side.format(p), re.IGNORECASE), str(e)) for p, e in (data.get(key) or {}).items())
        for side, key in zip(sides, ("before", "after"), strict=True)
    )


def _digits(sentence: str) -> list[FoundFigure]:
    figures: list[FoundFigure] = []
    words = figure_words()
    for match in _figure().finditer(sentence):
        after = sentence[match.end() :]
        if words.not_a_figure.match(after) and not match.group("unit"):
            continue
        value = _value(match)
        if value is None:
            continue  # a year
        unit, text = _unit_and_text(match, after, sentence)
        if figures and text == match.group().strip() and _partitive(match, sentence):
            unit = figures[-1].unit  # «1 500 студент …, оның 90-ға жуығы Цинхуа университетінде»: 90 of the students
        if unit is None:
            continue  # a number with nothing said about what it counts
        if unit == "documents" and words.to_be_signed.search(sentence):
            continue
        label = _label(sentence, match.start(), match.end())
        figures.append(FoundFigure(round(value, 6), unit, text, label, match.start()))
    return figures


class _NumberWords(Protocol):
    def numeral(self, word: str) -> float | None: ...
    def scale(self, word: str) -> float | None: ...


def _worded(sentence: str, words_of: _NumberWords) -> list[FoundFigure]:
    """«полтора миллиарда долларов», «ста миллионов евро», «бір жарым миллиард долларлық»: a number in words
    before a scale and a unit is a figure as surely as one in digits. The words before the scale are read
    by their lemma (the pack's `numeral`), so every case form counts: «ста», «двухсот», «пятисот»; a larger
    scale among them starts the sum («один миллиард двести миллионов долларов» is 1.2 billion). A scale
    with its half fused to it («полумиллиарда долларов») is a number in words by itself."""
    words = figure_words()
    scale = rf"(?P<half>{words.half})?(?P<scale>{words.scale})"
    pattern = re.compile(rf"(?<!\w){scale}\.?\s+(?P<unit>{words.unit})(?!\w)", re.IGNORECASE)
    found = []
    for m in pattern.finditer(sentence):
        unit = _unit_code(m.group("unit"))
        factor = (_scale(m.group("scale")) or 1.0) * (0.5 if m.group("half") else 1.0)
        before = sentence[: m.start()]
        and_a_half = words.and_a_half.search(before)
        numbers = _numerals_before(before[: and_a_half.start()] if and_a_half else before, words_of, factor)
        if and_a_half and numbers:
            numbers.append((and_a_half.start(), 0.5))  # «три с половиной миллиарда»: 3.5 of the scale
        # A number in words is a figure only as a sum of money (corpus README): «три проекта» is none.
        if unit not in _MONEY or not (numbers or m.group("half") or _one_of_scale(m.group("scale"), before)):
            continue
        start = numbers[0][0] if numbers else m.start()
        value = _sum_of([v for _, v in numbers], factor)
        label = _label(sentence, start, m.end())
        found.append(FoundFigure(round(value, 6), unit, sentence[start : m.end()], label, start))
    return found


def _one_of_scale(scale: str, before: str) -> bool:
    """A scale word alone in the singular is one of it («около миллиарда долларов», «миллиард доллар»); not one
    counted in digits before it, nor a vague many («десятки миллионов», «бірнеше миллиард»)."""
    words = figure_words()
    if not words.one_scale.fullmatch(scale) or re.search(r"\d[.,]?\s*$", before):
        return False
    previous = re.findall(r"[^\W\d_]+", before[-40:])
    return not (previous and previous[-1].lower() in words.vague)


def _numerals_before(text: str, words_of: _NumberWords, below: float) -> list[tuple[int, float | _Scale]]:
    """The number words that end `text` (each with where it starts), in order, and the larger scales among
    them («один миллиард двести»: a scale above `below`, with number words after it); none where a digit, a
    hyphen or any other word stands right before the scale."""
    numbers: list[tuple[int, float | _Scale]] = []
    end = len(text)
    for word in reversed(list(re.finditer(r"[^\W\d_]+", text))[-_MOST_NUMBER_WORDS:]):
        if text[word.end() : end].strip():
            break
        value: float | _Scale | None = words_of.numeral(word.group())
        factor = words_of.scale(word.group()) if value is None and numbers else None
        if factor is not None and factor > below and isinstance(numbers[0][1], float):
            value, below = _Scale(factor), factor
        if value is None:
            break
        numbers.insert(0, (word.start(), value))
        end = word.start()
    return numbers


@dataclass(frozen=True)
class _Scale:
    """A scale word inside a sum in words («миллиард» in «один миллиард двести миллионов»)."""

    factor: float


_MONEY = frozenset(Locale("en").currencies)  # every ISO 4217 code CLDR names
_MOST_NUMBER_WORDS = 8  # «один миллиард двести пятьдесят три миллиона»: a sum in words has a few words at most


def _sum_of(parts: list[float | _Scale], factor: float) -> float:
    """A sum in words: each scale multiplies the number words before it («один миллиард» 1e9, a scale alone
    one of it), and the last group is multiplied by the scale the sum ends with (`factor`)."""
    total, group = 0.0, []
    for part in parts:
        if isinstance(part, _Scale):
            total += (_compound(group) or 1.0) * part.factor
            group = []
        else:
            group.append(part)
    return total + (_compound(group) if group else 1.0) * factor


def _compound(parts: list[float]) -> float:
    """Number words read in order: «екі жарым» 2.5, «жиырма бес» 25, «екі жүз елу» 250 (a hundred
    multiplies what stands before it, every other word adds)."""
    total = 0.0
    for part in parts:
        total = total * part if part == 100 and 0 < total < 100 else total + part
    return total


def _value(match: re.Match[str]) -> float | None:
    """The number with its scale («4,5 млрд», «1 млрд 200 млн»); None for a bare year."""
    value = parse_number(match.group("num"))
    # A year is four digits together: «2 000 тракторов», with a thousands' space, is a count.
    year = bool(re.fullmatch(r"\d{4}", match.group("num").strip())) and 1900 <= value <= 2100
    if year and not match.group("scale") and not match.group("unit") and not match.group("sign"):
        return None
    scale = _scale(match.group("scale") or "") or 1.0
    value *= scale
    if match.group("rest"):
        rest_scale = _scale(match.group("rest_scale")) or 1.0
        if rest_scale < scale:
            value += parse_number(match.group("rest")) * rest_scale
    return value


def _scale(word: str) -> float | None:
    """The factor of a scale word as written: «млрд.», «миллиардов», «мыңға» (by the word it begins with)."""
    word = word.lower().rstrip(".")
    return next((v for k, v in figure_words().scales.items() if word and word.startswith(k)), None)


def _partitive(match: re.Match[str], sentence: str) -> bool:
    """Whether a bare number is a part of what the figure before it counts («из них 300», «оның 90-ы»): no
    currency or unit of its own, right after the pack's `partitive` words."""
    if match.group("sign") or match.group("unit"):
        return False
    before, after = sentence[: match.start()], sentence[match.end() :]
    return any(b.search(before) and a.match(after) for b, a in figure_words().partitive)


def _unit_and_text(match: re.Match[str], after: str, sentence: str) -> tuple[str | None, str]:
    """What the figure counts (a currency, a unit, the noun after it) and its wording in the original."""
    text = match.group()
    if match.group("sign") and match.group("unit"):
        text = text[: match.start("unit") - match.start()]  # «$500 млн сомасына»: the sign is the unit
    unit = CURRENCY_SIGN.get(match.group("sign") or "") or (
        _unit_code(match.group("unit")) if match.group("unit") else None
    )
    text = text.strip().rstrip(".")
    sized = _sized_by(after) if unit is None else None
    if sized is not None:
        return sized or None, text  # «100-мегаваттная станция»: 100 MW; «500-местная школа»: no count of schools
    if unit is None:
        found = noun_after(after)
        if found is not None:
            unit, through = found
            if through is not None:
                text = (match.group() + after[:through]).strip()
            if unit in classifier_units().values():
                # a classifier alone («60 бірлікке жетеді») counts the noun the clause names before «саны» / after
                # «число» («бронды көліктердің саны … 60 бірлікке»: vehicles), where there is one
                unit = counted_elsewhere(sentence, match.start()) or unit
    if unit is None:
        unit = _unit_after(after) or counted_elsewhere(sentence, match.start())
    return unit, text


def _sized_by(after: str) -> str | None:
    """A hyphenated adjective right after the number sizes the noun after it rather than counting it
    («100-мегаваттная станция», «40-футовых контейнеров»): its unit where it names one, else "" (no figure);
    None where no such adjective follows (a Kazakh case ending after a hyphen, «50-ден», counts on)."""
    hyphen = re.match(r"-([^\W\d_]+)", after)
    if hyphen is None or not figure_words().hyphen_adjective.search(hyphen.group(1)):
        return None
    return _unit_code(hyphen.group(1)) or ""


def _unit_after(after: str) -> str | None:
    """The unit word a few words after the number: «50-ден астам өнеркәсіптік жобаны», «более 4 300 предприятий»."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"^-\w+", "", after))[:3]
    for word in words:
        code = _unit_code(word)
        if code and code not in CURRENCY_SIGN.values() and code != "percent":
            return code
    return None
