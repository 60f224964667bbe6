"""Direct speech and where its speaker is named.

The press writes a quotation in three ways: «…», — деді X / — сказал X; X отметил: «…»; and, in agency
copy that lost its quotation marks, a whole paragraph ending "…, — деді X". Reported speech ("X said
that …", "… екенін айтты") is not a quotation. Speakers are resolved by the caller from the span where
this module says the speaker is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SPEECH_VERBS = (
    r"деді|деп\s+\w+(?:\s+(?:өтті|көрсетті|берді|етті|білдірді|айтты|аударды))?|"
    r"атап өтті|айтты|мәлімдеді|жеткізді|баса айтты|сенім білдірді|түсіндірді|"
    r"сказал\w*|отметил\w*|подчеркнул\w*|заявил\w*|добавил\w*|сообщил\w*|заключил\w*|пояснил\w*|"
    r"резюмировал\w*|констатировал\w*|указал\w*|уверен\w*|поделил\w*|рассказал\w*|считает|"
    r"акцентировал\w*|уточнил\w*|напомнил\w*|призвал\w*|выразил\w*"
)
DASH = r"[—–-]"
QUOTED = r"«(?P<q>(?:[^«»]|«[^«»]*»)+)»"
AFTER = re.compile(rf"{QUOTED}\s*,?\s*{DASH}\s*(?:{SPEECH_VERBS})\b(?P<who>[^.!?«]*)")
BEFORE = re.compile(rf"(?P<who>[^.!?«»]*\b(?:{SPEECH_VERBS})[^.!?«»:]*):\s*{QUOTED}")
# Agency copy without quotation marks: "[— ]text, — деді X." closing the paragraph.
UNMARKED = re.compile(rf"^\s*(?:{DASH}\s*)?(?P<q>.+?)[,!?]?\s*{DASH}\s*(?:{SPEECH_VERBS})\b(?P<who>[^.!?«]*)[.!?]?\s*$")


@dataclass(frozen=True)
class FoundQuote:
    text: str
    start: int  # the quotation's span in the paragraph
    end: int
    who_start: int  # where the speaker is named
    who_end: int
    rule: str = ""  # quote.after (— деді X), quote.before (X отметил: «…»), quote.unmarked


def find_quotes(paragraph: str) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    # BEFORE tries every start in the paragraph; most paragraphs quote nobody, so ask first.
    patterns = (("quote.after", AFTER), ("quote.before", BEFORE)) if "«" in paragraph and "»" in paragraph else ()
    for rule, pattern in patterns:
        found.extend(_found(m, rule) for m in pattern.finditer(paragraph))
    if not found and re.search(DASH, paragraph):
        m = UNMARKED.match(paragraph)
        if m:
            found.append(_found(m, "quote.unmarked"))
    return sorted(found, key=lambda q: q.start)


def _found(m: re.Match[str], rule: str) -> FoundQuote:
    return FoundQuote(_clean(m.group("q")), m.start("q"), m.end("q"), m.start("who"), m.end("who"), rule)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(",")
