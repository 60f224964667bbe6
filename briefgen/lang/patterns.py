"""Patterns of news text built from the packs: where a sentence does not end, and the dateline and
attribution that open an agency's lead («АСТАНА. KAZINFORM – », «Бишкек, 23 января. /Кабар/.»,
«…, деп хабарлайды Kazinform»). The letters and words come from the packs; the shapes are the same in
every language the agencies write, so they are here, once.
"""

from __future__ import annotations

import re

from . import derived_from_packs, letters, pack

LATIN_CAPITALS = "A-Z"


@derived_from_packs
def capitals() -> str:
    """The body of a character class of every known capital letter: `rf"[{capitals()}]"`."""
    return LATIN_CAPITALS + "".join(sorted({c.upper() for c in letters() if not c.isascii()}))


@derived_from_packs
def _lowercase() -> str:
    return "a-z" + "".join(sorted(c for c in letters() if not c.isascii()))


@derived_from_packs
def abbreviation_at_end(code: str) -> re.Pattern[str]:
    """A text ending in an abbreviation or an initial: a split after it is always wrong («г.», «К.»)."""
    words = "|".join(re.escape(a) for a in sorted(pack(code).abbreviations, key=len, reverse=True))
    abbreviation = rf"\b(?:{words})\.|" if words else ""
    return re.compile(rf"(?:{abbreviation}(?:^|\s)[{capitals()}]\.)$")


@derived_from_packs
def scale_at_end(code: str) -> re.Pattern[str] | None:
    """A text ending in a scale word with a full stop («240 тыс.», «1,7 млрд.»): a unit in capitals after it
    («TEU», «АҚШ долларын») continues the sentence, where a word in lowercase is `continuation`'s."""
    words = "|".join(re.escape(w) for w in sorted(pack(code).scales, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\.$", re.IGNORECASE) if words else None


@derived_from_packs
def capitals_first() -> re.Pattern[str]:
    """A segment that opens with a word in capitals: an acronym or a unit («TEU», «США», «АҚШ»)."""
    return re.compile(rf"^[{capitals()}]{{2,}}\b")


@derived_from_packs
def quotation_after_full_stop() -> re.Pattern[str]:
    """The space between a full stop and a quotation or a dash-opened remark that starts with a capital
    («… $4,5 млрд. «Мы готовы…», «… 5 млрд. — Это рекорд»), where razdel, which reads «млрд.» as an
    abbreviation when punctuation follows, does not cut."""
    caps = capitals()
    return re.compile(rf"(?<=[.!?…])\s+(?=[«\"“„][{caps}]|[—–]\s+[{caps}])")


@derived_from_packs
def continuation() -> re.Pattern[str]:
    """A segment that continues the one before: a lowercase word after «млрд.» or «т.б.», or an
    attribution such as «— деді Олжас Бектенов.» after a quotation."""
    return re.compile(rf"^[\s«»\"“”()]*(?:[—–-]\s*)?[{_lowercase()}0-9]")


@derived_from_packs
def _attribution(code: str) -> re.Pattern[str] | None:
    phrases = pack(code).reporting_phrases
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf",\s*(?:{alternatives})\b.*$")


@derived_from_packs
def _place_date() -> re.Pattern[str]:
    """A place in one word, perhaps a date, a full stop: «АСТАНА.», «Астана, 12 марта.»."""
    caps = capitals()
    return re.compile(rf"^\s*[{caps}][\w-]+(?:,\s*[^.!?—–/]{{1,40}}|\.\s*\d{{1,2}}\s+\w+)?\.\s*(?=$|[{caps}«\"/])")


@derived_from_packs
def _agency() -> re.Pattern[str]:
    """The agency after a dateline: between slashes, or a capitalised name and a dash («KAZINFORM – »)."""
    return re.compile(rf"^\s*(?:/(?P<slashed>[^/\n]{{2,40}})/\.?\s*|(?:[{capitals()}]{{2,}}|[A-Z][a-z]+)"
                      rf"(?:\.[a-z]{{2,3}})?\s*[—–-]\s+)")  # fmt: skip


def without_dateline(sentence: str, code: str) -> str:
    """A lead sentence without its dateline, its agency and its closing attribution."""
    text = _agency().sub("", _place_date().sub("", sentence))
    attribution = _attribution(code)
    return attribution.sub("", text) if attribution else text


def dateline_agency(lead: str) -> str | None:
    """The agency a dateline names between slashes: «Бишкек, 23 января. /Кабар/.» → Кабар."""
    place = _place_date().match(lead)
    agency = _agency().match(lead[place.end() :]) if place else None
    return agency.group("slashed").strip() if agency and agency.group("slashed") else None
