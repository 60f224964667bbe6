"""Direct speech and where its speaker is named.

The press writes a quotation in three ways: «…», — деді X / — сказал X; X отметил: «…»; and, in agency
copy that lost its quotation marks, a whole paragraph ending "…, — деді X". Reported speech ("X said
that …", "… екенін айтты") is not a quotation. Speakers are resolved by the caller from the span where
this module says the speaker is named.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from ..language import FactsLanguage

DASH = r"[—–-]"
# Quoted words, which may quote a name in their turn («Біз «Орталық Азия» орталығын …»).
SPOKEN = r"(?:[^«»]|«[^«»]*»)"
QUOTED = rf"«(?P<q>{SPOKEN}+)»"


@dataclass(frozen=True)
class _Patterns:
    """The quotation patterns around one language's speech verbs («деді», «сказал»: its `attribution:
    speech_verbs` data)."""

    after: re.Pattern[str]
    before: re.Pattern[str]
    unmarked: re.Pattern[str]
    middle: re.Pattern[str]
    unmarked_middle: re.Pattern[str]
    pointed: re.Pattern[str]
    halves: re.Pattern[str]
    quotative: re.Pattern[str]
    echoed: re.Pattern[str]


@cache
def _patterns(verbs: str, pointers: str, quotative: str, echoes: str = r"(?!)") -> _Patterns:
    attribution = rf",?\s*{DASH}\s*(?:{verbs})\b(?P<who>[^.!?«»–—]*)\.\s*{DASH}\s*"
    return _Patterns(
        after=re.compile(rf"{QUOTED}\s*,?\s*{DASH}\s*(?:{verbs})\b(?P<who>[^.!?«]*)"),
        # (Its start anchored where the unanchored pattern's leftmost match would start anyway, after the
        # last full stop or quotation mark: the same matches, without trying every position.)
        before=re.compile(rf"(?:^|(?<=[.!?«»]))(?P<who>[^.!?«»]*\b(?:{verbs})[^.!?«»:]*):\s*{QUOTED}"),
        # Agency copy without quotation marks: "[— ]text, — деді X." closing the paragraph.
        unmarked=re.compile(rf"^\s*(?:{DASH}\s*)?(?P<q>.+?)[,!?]?\s*{DASH}\s*(?:{verbs})\b(?P<who>[^.!?«]*)[.!?]?\s*$"),
        # The attribution in the middle: «First part, – сказал X. – Second part» (and so without the
        # quotation marks in agency copy: "– First part, – деді X. – Second part."): two quotations of one
        # speaker.
        middle=re.compile(rf"«(?P<q>{SPOKEN}+?){attribution}(?P<q2>{SPOKEN}+)»"),
        unmarked_middle=re.compile(rf"^\s*{DASH}\s*(?P<q>.+?){attribution}(?P<q2>.+?)[.!?]?\s*$"),
        # The quotation first, then a sentence that points back at it and names the speaker: «…». Мұны X
        # … айтты / «…». Об этом заявил X (the language's `attribution: pointers`).
        pointed=re.compile(rf"{QUOTED}[.!?]?\s+(?P<who>(?:{pointers})\b[^.!?«»]*?\b(?:{verbs})\b[^.!?«»]*)"),
        # Two quotations around one attribution: «First», — сказал X. — «Second».
        halves=re.compile(rf"{QUOTED}{attribution}«(?P<q2>{SPOKEN}+)»"),
        # The speaker as the subject before the quotation, which a quotative particle closes: X парақшасында
        # «…» деп жазды (the language's `quotes: quotative`).
        quotative=re.compile(rf"(?:^|(?<=[.!?«»]))(?P<who>[^.!?«»]*?):?\s*{QUOTED}[.!?]?\s*(?:{quotative})"),
        # The quotation first, then a sentence naming its speaker that echoes it anywhere, with or without a
        # speech verb: «…». X осылай деп атап өтті / «…». Этими словами X завершил выступление (the
        # language's `quotes: echoes`).
        echoed=re.compile(rf"{QUOTED}[.!?]?\s+(?P<who>[^.!?«»]*?\b(?:{echoes})\b[^.!?«»]*)"),
    )


# A quotation standing as sentences of their own, its speaker named before it: «X жазба қалдырды. "…"»,
# «X пригласил … «…». Стороны …», a paragraph of its own after «Глава государства подчеркнул», or after a
# colon whatever the verb before it («X өз сөзінде … тоқталды: «…»»), quoting names in its turn. Five
# words at least, and nothing after it in its sentence: a name in quotation marks (a programme, a forum
# that «…» өтті) is no quotation.
STANDALONE = re.compile(rf"(?:^|(?<=[.!?:]\s))«(?P<q>{SPOKEN}+)»(?:[.!?](?=\s|$)|\s*$)")
STANDALONE_WORDS = 5
# Straight double quotes, as posts and some agencies write them, read as «».
STRAIGHT = re.compile(r'"([^"\n]+)"')


@dataclass(frozen=True)
class FoundQuote:
    text: str
    start: int  # the quotation's span in the paragraph
    end: int
    who_start: int  # where the speaker is named
    who_end: int
    rule: str = ""  # quote.after (— деді X), quote.before (X отметил: «…»), quote.unmarked


def find_quotes(paragraph: str, language: FactsLanguage) -> list[FoundQuote]:
    """The quotations of one paragraph, each with where its speaker is named."""
    # Matched with straight quotes read as «» (the same length, so every offset stays the paragraph's);
    # the quotation's text is then taken from the paragraph as written.
    written, paragraph = paragraph, STRAIGHT.sub(r"«\1»", paragraph)
    verbs = language.text("attribution", "speech_verbs") or r"(?!)"
    patterns = _patterns(
        verbs,
        language.text("quotes", "pointers") or r"(?!)",
        language.text("quotes", "quotative") or r"(?!)",
        language.text("quotes", "echoes") or r"(?!)",
    )
    found = _read(paragraph, patterns)
    return [dataclasses.replace(q, text=_clean(written[q.start : q.end])) for q in found]


def _read(paragraph: str, patterns: _Patterns) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    if "«" in paragraph and "»" in paragraph:
        found = _marked(paragraph, patterns)
    if not found and re.search(DASH, paragraph):
        m = patterns.unmarked_middle.match(paragraph)
        if m:
            found = _halves(m, "quote.unmarked_middle")
        else:
            m = patterns.unmarked.match(paragraph)
            found = [_found(m, "quote.unmarked")] if m else []
    return sorted(found, key=lambda q: q.start)


def _marked(paragraph: str, patterns: _Patterns) -> list[FoundQuote]:
    found = [half for m in patterns.middle.finditer(paragraph) for half in _halves(m, "quote.middle")]
    found += [half for m in patterns.halves.finditer(paragraph) for half in _halves(m, "quote.halves")]
    taken = [(q.start, q.end) for q in found]
    rules = (
        ("quote.after", patterns.after),
        ("quote.before", patterns.before),
        ("quote.pointed", patterns.pointed),
        ("quote.quotative", patterns.quotative),
        ("quote.echoed", patterns.echoed),
    )
    for rule, pattern in rules:
        for m in pattern.finditer(paragraph):
            if not any(a <= m.start("q") < b for a, b in taken):
                found.append(_found(m, rule))
                taken.append((m.start("q"), m.end("q")))
    if not found:
        # The speaker is named before the quotation: the caller reads the subject of the paragraph.
        found = [
            FoundQuote(_clean(m.group("q")), m.start("q"), m.end("q"), m.start(), m.start(), "quote.standalone")
            for m in STANDALONE.finditer(paragraph)
            if len(m.group("q").split()) >= STANDALONE_WORDS
        ]
    return found


def _halves(m: re.Match[str], rule: str) -> list[FoundQuote]:
    who = (m.start("who"), m.end("who"))
    return [
        FoundQuote(_clean(m.group("q")), m.start("q"), m.end("q"), *who, rule),
        FoundQuote(_clean(m.group("q2")), m.start("q2"), m.end("q2"), *who, rule),
    ]


def _found(m: re.Match[str], rule: str) -> FoundQuote:
    return FoundQuote(_clean(m.group("q")), m.start("q"), m.end("q"), m.start("who"), m.end("who"), rule)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(",")
