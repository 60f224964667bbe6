"""Words that report an encounter, and the kind of meeting each one names.

Official Kazakh and Russian news reports a meeting with a small set of verbs (кездесті, қабылдады,
келіссөздер жүргізді, телефон арқылы сөйлесті; встретился, принял, провёл переговоры) and refers back to
it with nouns (кездесу барысында, в ходе переговоров). A verb founds a meeting; a noun only names the
kind of the one under way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The kinds, most specific first: when wordings disagree, the earlier kind wins (a reception that
# the text later calls a meeting stays a reception; кездесу later called келіссөздер is talks).
KIND_ORDER = ("phone call", "summit", "signing", "reception", "talks", "visit", "meeting")


@dataclass(frozen=True)
class Trigger:
    kind: str
    event: bool  # a verb reporting that the encounter took place, not a noun referring to it
    start: int  # character offset in the sentence


_PATTERNS: dict[str, list[tuple[str, bool, str]]] = {
    "kk": [
        ("phone call", True, r"телефон(?:мен| арқылы)\s+(?:\w+\s+){0,2}(?:сөйлесті|әңгімелесті|сөйлесу өтті)"),
        ("phone call", True, r"бейнебайланыс (?:арқылы|форматында)\s+(?:\w+\s+){0,3}(?:сөйлесті|кездесті)"),
        ("phone call", False, r"телефон(?:мен| арқылы) (?:сөйлесу|әңгіме)"),
        (
            "summit",
            True,
            r"(?:саммит|жоғары мемлекетаралық кеңес|консультативтік кездесу)\w*\s+(?:\w+\s+){0,4}"
            r"(?:өтті|қатысты|ашты|басталды)",
        ),
        ("signing", True, r"қол қою рәсімі(?:нде)?\s+(?:\w+\s+){0,4}(?:өтті|қол қойды)"),
        ("reception", True, r"\bқабылдады\b"),
        ("talks", True, r"келіссөз(?:дер)?\s+жүргізді"),
        ("talks", False, r"келіссөз"),
        ("meeting", True, r"\bкездесті\b|кездесу өтті|отырысын өткізді|отырысы өтті"),
        ("meeting", False, r"\bкездесу|\bотырыс"),
        ("visit", False, r"сапар\w*\s+(?:\w+\s+){0,3}(?:барды|келді)|\bаралады\b|\bбарып көрді\b"),
    ],
    "ru": [
        ("phone call", True, r"телефонн\w+ разговор|по телефону|по видеосвязи"),
        (
            "summit",
            True,
            r"(?:саммит|заседани\w+ совета глав|межправсовет|консультативн\w+ встреч)\w*\s+(?:\w+\s+){0,4}"
            r"(?:прош[её]л|прошла|состоял|открыл|принял\w* участие)|принял\w* участие в (?:саммите|заседании совета)",
        ),
        ("signing", True, r"церемони\w+ подписания|\bподписали\b"),
        ("reception", True, r"\bпринял[аи]?\b(?! участие| решение| меры| заявление)"),
        (
            "talks",
            True,
            r"провел\w*\s+(?:\w+\s+){0,4}переговоры|переговоры\s+(?:\w+\s+){0,3}состоял|"
            r"переговоры в (?:узком|расширенном)",
        ),
        ("talks", False, r"переговор"),
        (
            "meeting",
            True,
            r"встретил(?:ся|ась|ись)|провел\w*\s+(?:\w+\s+){0,4}(?:встречу|заседание)|"
            r"встреча\s+(?:\w+\s+){0,3}состоялась|состоялась встреча|состоялось заседание",
        ),
        ("meeting", False, r"\bвстреч|заседани"),
        ("visit", False, r"\bвизит|\bпосетил|\bприбыл|\bознакомил"),
    ],
}
_COMPILED = {lang: [(k, e, re.compile(p)) for k, e, p in rules] for lang, rules in _PATTERNS.items()}


def triggers(text: str, lang: str) -> list[Trigger]:
    """Every trigger in a sentence, in reading order; a noun inside a verb's match is not counted twice."""
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    for kind, event, pattern in _COMPILED.get(lang, []):
        for match in pattern.finditer(lower):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            found.append(Trigger(kind, event, match.start()))
    return sorted(found, key=lambda t: t.start)


def strongest(kinds: list[str]) -> str | None:
    ranked = [k for k in KIND_ORDER if k in kinds]
    return ranked[0] if ranked else None
