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


# Multilateral gatherings: a summit, a council of heads of state or government and its session.
KK_SUMMIT = r"саммит|жоғары мемлекетаралық кеңес|үкіметаралық кеңес|мемлекет басшылары кеңес|консультативтік кездесу"
RU_SUMMIT = r"саммит\w*|заседани\w+ (?:[\w-]+\s+){0,3}совета|межправсовет\w*|консультативн\w+ встреч\w*|совет\w* глав"
W = r"[\w«»-]+\s+"  # one word and the space after it

_PATTERNS: dict[str, list[tuple[str, bool, str]]] = {
    "kk": [
        ("phone call", True, rf"телефон(?:мен| арқылы)\s+(?:{W}){{0,2}}(?:сөйлесті|әңгімелесті|сөйлесу өтті)"),
        (
            "phone call",
            True,
            rf"(?:бейнебайланыс|бейнеконференция) (?:арқылы|форматында|режимінде)\s+(?:{W}){{0,3}}"
            r"(?:сөйлесті|кездесті|келіссөз)",
        ),
        ("phone call", False, r"телефон(?:мен| арқылы) (?:сөйлесу|әңгіме)"),
        ("summit", True, rf"(?:{KK_SUMMIT})\w*\s+(?:{W}){{0,5}}(?:өтті|қатысты|ашты|басталды)"),
        ("signing", True, rf"қол қою рәсімі\w*\s+(?:{W}){{0,4}}(?:өтті|қол қойды)|қол қойды\b"),
        # The converb («қабылдап, … талқылады») reports the reception as much as the finite verb.
        ("reception", True, r"\bқабылда(?:ды|п)\b"),
        ("talks", True, rf"келіссөз(?:дер)?\s+(?:{W}){{0,3}}(?:жүргізді|жүргізіп|өтті|өткізді)"),
        ("talks", False, r"келіссөз"),
        (
            "meeting",
            True,
            rf"\bкездес(?:ті|іп)\b|\bжүздес(?:ті|іп)\b|кездесу\s+(?:{W}){{0,3}}(?:өтті|өткізді|болып өтті)|"
            r"отырысын өткізді|отырысы өтті|пікір алмас(?:ты|ып)",
        ),
        ("meeting", False, r"\bкездесу|\bотырыс"),
        ("visit", False, rf"сапар\w*\s+(?:{W}){{0,3}}(?:барды|келді|келген|болды|жүр)"),
        ("visit", True, r"\bаралады\b|\bбарып көрді\b|\bтанысты\b"),
    ],
    "ru": [
        (
            "phone call",
            True,
            r"телефонн\w+ разговор|по телефону|по видеосвязи|в режиме (?:видеоконференц|видеосвяз|онлайн)",
        ),
        (
            "summit",
            True,
            rf"(?:{RU_SUMMIT})\w*\s+(?:{W}){{0,6}}?(?:прош[её]л|прошло|прошла|состоял|открыл)|"
            rf"(?:принял\w* участие|участвовал\w*) в (?:{RU_SUMMIT})|состоял\w+\s+(?:{W}){{0,2}}(?:{RU_SUMMIT})|"
            rf"в (?:{RU_SUMMIT})\w*\s+(?:{W}){{0,4}}принял\w* участие|"
            rf"(?:прош[её]л|прошло|прошла|открыл\w*)\s+(?:{W}){{0,2}}(?:{RU_SUMMIT})",
        ),
        ("signing", True, r"церемони\w+ подписания|\bподписали\b"),
        (
            "reception",
            True,
            r"\bпринял[аи]?\b(?! участие| решение| меры| заявление| приглашение)|\bбыл[аи]? принят[аы]?\b",
        ),
        (
            "talks",
            True,
            rf"провел\w*\s+(?:{W}){{0,4}}переговоры|переговоры\s+(?:{W}){{0,3}}состоял|"
            rf"состоял\w+\s+(?:{W}){{0,3}}переговоры|переговоры в (?:узком|расширенном)|"
            rf"переговоры\s+(?:{W}){{0,3}}прошли|прошли\s+(?:{W}){{0,2}}переговоры",
        ),
        ("talks", False, r"переговор"),
        (
            "meeting",
            True,
            rf"встретил(?:ся|ась|ись)|провел\w*\s+(?:{W}){{0,4}}(?:встречу|заседание)|"
            rf"встреча\s+(?:{W}){{0,3}}(?:состоялась|прошла)|(?:состоялась|прошла)\s+(?:{W}){{0,2}}встреча|"
            rf"состоялось заседание|состоял\w+ беседа|провел\w*\s+(?:{W}){{0,3}}(?:беседу|консультации)|"
            r"обменял\w+ мнениями",
        ),
        ("meeting", False, r"\bвстреч|заседани"),
        ("visit", False, r"\bвизит|\bприбыл"),
        ("visit", True, r"\bпосетил\w*|\bознакомил\w*|\bосмотрел\w*"),
    ],
}
_COMPILED = {lang: [(k, e, re.compile(p)) for k, e, p in rules] for lang, rules in _PATTERNS.items()}
# An encounter named as the subject of a future verb («Переговоры … пройдут завтра в Акорде», «заседания
# комиссии, которое пройдет в Астане», «келесі отырысы Самарқандта өтеді») is planned, not reported: its
# noun says nothing of the kind of the meeting under way.
_LATER = r"[\w«»,–-]+\s+"
PLANNED = {
    "kk": re.compile(rf"(?:келіссөз|кездесу|отырыс|саммит)\w*\s+(?:{_LATER}){{0,6}}(?:өтеді|өткізіледі|өтпек)\b"),
    "ru": re.compile(
        rf"(?:переговор|встреч|заседани|саммит)\w*[\s,]+(?:{_LATER}){{0,6}}(?:пройд[её]т|пройдут|состо[ия]тся)\b"
    ),
}


def triggers(text: str, lang: str) -> list[Trigger]:
    """Every trigger in a sentence, in reading order; a noun inside a verb's match is not counted twice."""
    found: list[Trigger] = []
    lower = text.lower()
    planned = PLANNED.get(lang)
    taken: list[tuple[int, int]] = [m.span() for m in planned.finditer(lower)] if planned else []
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
