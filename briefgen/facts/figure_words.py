"""The words of quantities, from the language packs: the `figures:` section of each <lang>.facts.yaml.

A sentence's figures are read with the words of every known language at once, as the press writes them
mixed: Kazakh copy uses the Russian abbreviations (МВт, кВт·ч) and Russian copy quotes Kazakh names. What
no language owns stays here: currency signs and the unit symbols written in Latin letters.
A new language adds its words to its own data file; nothing here changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..lang import LanguagePack, derived_from_packs, packs

NEVER = re.compile(r"(?!)")
CURRENCY_SIGN = {"$": "USD", "US$": "USD", "€": "EUR", "₸": "KZT", "¥": "CNY", "₽": "RUB", "£": "GBP"}
# Symbols every language writes alike: «45%», «100 MW», «2 kWh», «300 km», «1 500 TEU».
SYMBOL_UNITS = (
    ("%", "percent"), ("GW", "GW"), ("MW", "MW"), ("kWh", "kWh"), ("km", "km"), ("TEU", "TEU"),
)  # fmt: skip


@dataclass(frozen=True)
class CurrencyNoun:
    """How one language's CLDR currency names show their noun: the first word that is not an adjective
    («японская иена»), or the last with its possessive ending taken off («Жапон иенасы»)."""

    code: str
    first: bool
    skip: re.Pattern[str]
    possessive: re.Pattern[str]

    def of(self, name: str) -> str | None:
        words = name.split() if self.first else name.split()[-1:]
        for word in words:
            if self.first and (word.isupper() or not word.isalpha() or self.skip.search(word.lower())):
                continue
            return self.possessive.sub("", word.lower(), count=1)
        return None


@dataclass(frozen=True)
class FigureWords:
    scale: str  # the body of a pattern of every scale word: «млрд», «миллиардов», «мыңға»
    scales: Mapping[str, float]  # a scale word's beginning → its factor
    units: tuple[tuple[re.Pattern[str], str], ...]  # a unit word → its unit, the first that matches whole
    unit: str  # the body of a pattern of every unit word
    counted: Mapping[str, tuple[str, ...]]  # a unit → the nouns that count it, in the nominative
    qualifiers: frozenset[str]  # «более», «астам»: between a number and its noun, the text is the number
    classifiers: frozenset[str]  # «единица», «дана»: classify a count without being its noun
    not_currencies: frozenset[str]
    default_currencies: Mapping[str, str]
    currency_nouns: tuple[CurrencyNoun, ...]
    labels: tuple[tuple[re.Pattern[str], str], ...]
    clause_break: re.Pattern[str]  # where a figure's clause ends: punctuation, or a word opening another («а», «ал»)
    to_be_signed: re.Pattern[str]
    not_a_figure: re.Pattern[str]  # after a number: an ordinal ending, a year, a month, a duration
    count_of: tuple[re.Pattern[str], ...]  # «числа рейсов», «рейстер саны»: the noun in group `noun`
    target_before: re.Pattern[str]  # «… до 14»: the number is a target, its noun before it
    target_after: re.Pattern[str]  # «28-ге дейін»
    adjective: re.Pattern[str]
    hyphen_adjective: re.Pattern[str]  # «-мегаваттная», «-местная»: a size, not a count of the noun after it
    joiners: frozenset[str]  # «и», «және» between two adjectives of one noun («отраслевых и региональных»)
    before_noun: frozenset[str]  # counted words that are adjectives before the noun they count («этнических немцев»)
    # The ending a compound gives its head noun where a noun before it names its kind («білім беру бағдарламасы»),
    # and the units whose compounds name instead whose they are («ел өкілдері»: representatives of countries).
    compound_head: re.Pattern[str]
    compound_owned: frozenset[str]
    plural_head: re.Pattern[str]  # a plural head of such a compound: a number counts singular nouns
    # Around a number, «из них 300», «оның 90-ға жуығы»: a part of what the figure before counts (before, after).
    partitive: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    half: str  # the body of a pattern of a prefix fused to a scale that halves it: «полмиллиарда», «полумиллиона»
    one_scale: re.Pattern[str]  # a scale word in the singular, one of it when alone: «миллиарда», «миллиард»
    vague: frozenset[str]  # a many before a scale, no number: «десятки», «бірнеше»
    and_a_half: re.Pattern[str]  # «с половиной» after a number in words, before its scale: «три с половиной миллиарда»


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _patterns(data: list[Mapping[str, Any]], key: str) -> tuple[re.Pattern[str], ...]:
    """The pattern of every language that has one under `key`."""
    return tuple(re.compile(str(d[key]), re.IGNORECASE) for d in data if d.get(key))


def _pattern(data: list[Mapping[str, Any]], key: str) -> re.Pattern[str]:
    """One pattern matching where any language's pattern under `key` does."""
    body = _alternatives(p.pattern for p in _patterns(data, key))
    return re.compile(body, re.IGNORECASE) if body else NEVER


def _units(data: list[Mapping[str, Any]]) -> list[tuple[str, str]]:
    units = [(str(u["pattern"]), str(u["unit"])) for d in data for u in d.get("units") or ()]
    return units + [(re.escape(symbol), unit) for symbol, unit in SYMBOL_UNITS]


def _data(p: LanguagePack) -> Mapping[str, Any]:
    return p.section("facts").get("figures") or {}


def _listed(data: list[Mapping[str, Any]], key: str) -> list[str]:
    """A list the figures data of every language holds under `key`, one after the other."""
    return [str(w) for d in data for w in d.get(key) or ()]


def _merged(data: list[Mapping[str, Any]], key: str) -> dict[str, Any]:
    return {str(k): v for d in data for k, v in (d.get(key) or {}).items()}


@derived_from_packs
def figure_words() -> FigureWords:
    """The words of every pack that has figures, merged."""
    found = [(p, _data(p)) for p in packs() if _data(p)]
    data = [d for _, d in found]
    units = _units(data)
    return FigureWords(
        scale=_alternatives(sorted(set(_listed(data, "scales")), key=len, reverse=True)),
        scales={k.lower(): v for p, _ in found for k, v in p.scales.items()},
        units=tuple((re.compile(pattern, re.IGNORECASE), unit) for pattern, unit in units),
        unit=_alternatives(pattern for pattern, _ in units),
        counted=_counted(data),
        qualifiers=frozenset(_qualifiers(found)),
        classifiers=frozenset(_listed(data, "classifiers")),
        not_currencies=frozenset(_listed(data, "not_currencies")),
        default_currencies={k: str(v) for k, v in _merged(data, "default_currencies").items()},
        currency_nouns=tuple(_currency_noun(p.code, d.get("currency_noun") or {}) for p, d in found),
        labels=_labels(data),
        clause_break=_clause_break(_listed(data, "clause_openers")),
        to_be_signed=_pattern(data, "to_be_signed"),
        not_a_figure=_not_a_figure(found),
        count_of=_patterns(data, "count_of"),
        target_before=_pattern(data, "target_before"),
        target_after=_pattern(data, "target_after"),
        adjective=_pattern(data, "adjective"),
        hyphen_adjective=_pattern(data, "hyphen_adjective"),
        joiners=frozenset(w.lower() for w in _listed(data, "adjective_joiners")),
        half=_pattern(data, "half").pattern,
        one_scale=_pattern(data, "one_scale"),
        vague=frozenset(w.lower() for w in _listed(data, "vague_many")),
        and_a_half=re.compile(rf"(?:{_pattern(data, 'and_a_half').pattern})\s*$", re.IGNORECASE),
        before_noun=frozenset(_listed(data, "counted_adjectives")),
        compound_head=_pattern(data, "compound_head"),
        compound_owned=frozenset(_listed(data, "compound_owned")),
        plural_head=_pattern(data, "plural_head"),
        partitive=tuple(
            (re.compile(rf"(?:{row['before']})\s*$", re.IGNORECASE), re.compile(rf"^(?:{row.get('after') or ''})"))
            for d in data
            for row in d.get("partitive") or ()
        ),
    )


def _counted(data: list[Mapping[str, Any]]) -> dict[str, tuple[str, ...]]:
    counted: dict[str, tuple[str, ...]] = {}
    for d in data:
        for unit, nouns in (d.get("counted") or {}).items():
            counted[unit] = counted.get(unit, ()) + tuple(nouns)
    return counted


def _clause_break(openers: list[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in openers)
    punctuation = r"[;:()—–]|,(?!\d)"  # not the decimal comma of «4,5 млрд»
    return re.compile(rf"{punctuation}|\s(?:{words})\s" if words else punctuation, re.IGNORECASE)


def _labels(data: list[Mapping[str, Any]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each label with the words of every language for it, in the order of the data: the first found wins."""
    labels: dict[str, list[str]] = {}
    for d in data:
        for row in d.get("labels") or ():
            labels.setdefault(str(row["label"]), []).append(str(row["pattern"]))
    return tuple((re.compile("|".join(ps), re.IGNORECASE), label) for label, ps in labels.items())


def _not_a_figure(found: list[tuple[LanguagePack, Mapping[str, Any]]]) -> re.Pattern[str]:
    """After a number: an ordinal ending («3-ші», «5-й»), or a word of time («жыл», «года») or a month
    (the dates section's) that makes it a date, a year or a duration."""
    ordinals = _alternatives(str(d["ordinal"]) for _, d in found if d.get("ordinal"))
    words = [re.escape(w) for w in _listed([d for _, d in found], "not_counts")]
    words += [re.escape(m) for p, _ in found for m in p.months]
    return re.compile(rf"^(?:{ordinals}|\s*(?:{'|'.join(words)})\b)", re.IGNORECASE)


def _qualifiers(found: list[tuple[LanguagePack, Mapping[str, Any]]]) -> Iterable[str]:
    """The words of the facts' `qualifiers:` («более», «астам»), and the figures' `also_qualifying:`."""
    for p, d in found:
        yield from (str(k).lower() for k in (p.section("facts").get("qualifiers") or {}))
        yield from (str(w).lower() for w in d.get("also_qualifying") or ())


def _currency_noun(code: str, rule: Mapping[str, Any]) -> CurrencyNoun:
    skip, possessive = rule.get("skip"), rule.get("possessive")
    return CurrencyNoun(
        code,
        rule.get("word", "first") == "first",
        re.compile(str(skip)) if skip else NEVER,
        re.compile(str(possessive)) if possessive else NEVER,
    )
