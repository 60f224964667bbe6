"""Patterns of news text built from the packs: where a sentence does not end, and the dateline and
attribution that open an agency's lead («АСТАНА. KAZINFORM – », «Бишкек, 23 января. /Кабар/.»,
«…, деп хабарлайды Kazinform»). The letters and words come from the packs; the shapes are the same in
every language the agencies write, so they are here, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    return re.compile(rf"^[\s«»\"“”()]*(?:[—–-]\s*)?[{_lowercase()}]")


@derived_from_packs
def _attribution(code: str) -> re.Pattern[str] | None:
    phrases = pack(code).reporting_phrases
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf",\s*(?:{alternatives})\b.*$")


@dataclass(frozen=True)
class Dateline:
    """The dateline that opens agency copy, as written: the place it was filed from, the date, the agency
    and the correspondent («Бишкек, 14.10.25. /Нургуль Абдыкеримова – Кабар/.», «АСТАНА, 21 қазан –
    Sputnik.», «Астана. 25 қараша. ҚазТАГ – »). Readers take what they need: the facts the city and the
    agency, the dates the date, the headline what follows."""

    place: str
    date: tuple[int, int] | None  # the span of the date, read by the date words of the article's language
    agency: str | None
    slashed: bool  # the agency stands between slashes, which no sentence opens with
    author: str | None
    place_end: int  # where the place and date end (the agency follows)
    end: int  # where the text after the dateline starts


@derived_from_packs
def _place_date() -> re.Pattern[str]:
    """A place of one or two capitalised words, perhaps a date, a full stop: «АСТАНА.», «Бишкек, 14.10.25.»,
    «Астана. 25 қараша.»."""
    caps = capitals()
    return re.compile(
        rf"^\s*(?P<place>[{caps}][\w-]*(?:\s[{caps}][\w-]*)?)"
        rf"(?:,\s*(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|[^/–—.]{{1,30}}?)|\.\s*(?P<day>\d{{1,2}}\s+\w+))?"
        rf"\.(?:\s+(?=[/\w«\"])|\s*$)"  # a dateline may stand as a sentence of its own
    )


@derived_from_packs
def _date_then_agency() -> re.Pattern[str]:
    """«АСТАНА, 21 қазан – Sputnik.»: the agency after the date closes the dateline. A point inside a web
    address is part of the agency's own name («– Podrobno.uz.», «– Kun.uz.»), the one after it closes. A
    hyphen stands for the dash when spaced («АШХАБАД, 12 мая - ИП «ТУРКМЕНинформ».»), never inside a date
    («3-4 апреля»)."""
    return re.compile(
        rf"^\s*(?P<place>[{capitals()}][\w-]*(?:\s[{capitals()}][\w-]*)?),\s*(?P<date>[^–—.]{{1,30}}?)"
        rf"(?:\s*[–—]|\s+-)\s*"
        rf"(?P<agency>(?:[^.–—]|\.(?=[a-z]{{2,}}\b)){{2,30}})\.\s*"
    )


@derived_from_packs
def _place_dash_agency() -> re.Pattern[str]:
    """«Бишкек — 24.kg.», «Астана – Kazinform.»: a place, a dash and an outlet's Latin name, no date. Only a name
    in Latin letters (a point inside a web address its own), which no Kazakh or Russian sentence ends with."""
    return re.compile(
        rf"^\s*(?P<place>[{capitals()}][\w-]*(?:\s[{capitals()}][\w-]*)?)\s+[–—-]\s+"
        rf"(?P<agency>[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?=[a-z]{{2,}}\b)){{1,29}})\.(?:\s+|$)"
    )


@derived_from_packs
def _date_comma_agency() -> re.Pattern[str]:
    """«Шуша, 18 апреля, АЗЕРТАДЖ.», «Баку, 18 апреля, Trend.»: the agency after a comma closes the
    dateline; a capitalised word or two with a full stop, after a date that holds a number."""
    caps = capitals()
    return re.compile(
        rf"^\s*(?P<place>[{caps}][\w-]*(?:\s[{caps}][\w-]*)?),\s*(?P<date>[^–—.,/]{{0,15}}\d[^–—.,/]{{0,15}}?)"
        rf",\s*(?P<agency>[{caps}][\w-]+(?:\s[{caps}][\w-]+)?)\.\s*"
    )


@derived_from_packs
def _date_then_bracketed_agency() -> re.Pattern[str]:
    """«Душанбе, 21.05.2026 (НИАТ «Ховар»). - »: the agency in brackets after the date, as a dash or a full
    stop follows it; bracketed like one between slashes, it opens no sentence. So does one between slashes
    right after the date, with no full stop between («Бишкек, 2 октября /Кабар/.», «Душанбе, 14.10.2026
    /НИАТ «Ховар»/.»), or right after the place where the copy gives no date («Бишкек /Кабар/.»: slashes;
    a bracket only with the dash that closes a dateline after it, «Бишкек (АКИpress) – …», as a bracket
    after a capitalised word may open a sentence)."""
    return re.compile(
        rf"^\s*(?P<place>[{capitals()}][\w-]*(?:\s[{capitals()}][\w-]*)?)"
        rf"(?:,\s*(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{1,2}}\s+\w+)\s*"
        rf"(?:\((?P<agency>[^()]{{2,40}})\)|/(?P<slashed>[^/–—]{{2,40}})/)|\s+/(?P<undated>[^/–—]{{2,40}})/"
        rf"|\s+\((?P<undated_bracketed>[^()]{{2,40}})\)(?=\s*[-–—]\s))"
        rf"\.?\s*(?:[-–—]\s*)?"
    )


@derived_from_packs
def _quoted_agency() -> re.Pattern[str]:
    """«ТҮРКІСТАН. 5 ақпан. «Оңтүстік Қазақстан» – Өткен жылы …»: a regional paper's name in quotation marks after
    the place and date, a dash after it and a sentence opening with a capital; not a quotation opening the report
    («…» – деді ол), whose dash a lowercase verb follows, nor one longer than a paper's name of four words."""
    return re.compile(rf"\s*(?P<agency>«[^«»\s]+(?:\s[^«»\s]+){{0,3}}»)\s*[—–-]\s+(?=[{capitals()}])")


# After the place and date: «/Author – Agency/», «/Agency/», «KAZINFORM – », «24KZ. ».
AFTER_PLACE = re.compile(
    r"/(?:(?P<author>[^/–—]{3,60}?)\s*[–—]\s*)?(?P<slashed>[^/]{2,40})/\.?\s*"
    r"|(?P<agency>[^\s/–—«»][^\s–—]{0,20}(?:\s[^\s–—]{1,20})?)\s*(?:[—–-]\s+|\.\s+)"
)


def read_dateline(lead: str) -> Dateline | None:
    """The dateline a lead opens with, None when it has none. Only a place with a date or an agency after it
    is one; an agency not between slashes may still be a sentence («Токаев. Министр …»), which the
    reader of the facts tells apart by the place (a known city, or capitals)."""
    bracketed = _date_then_bracketed_agency().match(lead)
    if bracketed:
        place, end = bracketed.group("place"), bracketed.end()
        date = bracketed.span("date") if bracketed.group("date") else None
        agency = (
            bracketed.group("agency")
            or bracketed.group("slashed")
            or bracketed.group("undated")
            or bracketed.group("undated_bracketed")
        )
        return Dateline(place, date, agency.strip(), True, None, end, end)
    closing = _date_then_agency().match(lead) or _date_comma_agency().match(lead)
    if closing:
        agency = closing.group("agency").strip()
        return Dateline(closing.group("place"), closing.span("date"), agency, False, None, closing.end(), closing.end())
    dashed = _place_dash_agency().match(lead)
    if dashed:
        agency, place_end = dashed.group("agency"), dashed.end("place")
        return Dateline(dashed.group("place"), None, agency, False, None, place_end, dashed.end())
    place = _place_date().match(lead)
    if place is None:
        return None
    group = "date" if place.group("date") else "day" if place.group("day") else None
    date = place.span(group) if group else None
    after = AFTER_PLACE.match(lead, place.end())
    if after is None:
        return _no_agency_after(lead, place, date)
    slashed = after.group("slashed")
    agency = (slashed or after.group("agency") or "").strip() or None
    author = after.group("author").strip() if after.group("author") else None
    return Dateline(place.group("place"), date, agency, slashed is not None, author, place.end(), after.end())


def _no_agency_after(lead: str, place: re.Match[str], date: tuple[int, int] | None) -> Dateline | None:
    """A place and perhaps a date with no agency of the usual forms after them: a regional paper's name in
    quotation marks (`_quoted_agency`), or nothing — a place alone is a dateline only where it stands as a
    sentence of its own («АСТАНА.»)."""
    quoted = _quoted_agency().match(lead, place.end()) if date is not None else None
    if quoted is not None:
        return Dateline(place.group("place"), date, quoted.group("agency"), False, None, place.end(), quoted.end())
    alone = date is not None or place.end() == len(lead)
    return Dateline(place.group("place"), date, None, False, None, place.end(), place.end()) if alone else None


def without_dateline(sentence: str, code: str) -> str:
    """A lead sentence without its dateline, its agency and its closing attribution. The agency may open
    the sentence alone, its place split off as a sentence of its own («АСТАНА.» «KAZINFORM – …»)."""
    dateline = read_dateline(sentence)
    if dateline is None:
        agency = AFTER_PLACE.match(sentence)
        named = agency and (agency.group("slashed") or agency.group("agency"))
        end = agency.end() if agency and _surely_agency(named or "", bool(agency.group("slashed"))) else 0
    else:
        end = dateline.end if _surely_agency(dateline.agency, dateline.slashed) else dateline.place_end
    attribution = _attribution(code)
    return attribution.sub("", sentence[end:]) if attribution else sentence[end:]


def _surely_agency(agency: str | None, slashed: bool) -> bool:
    """Whether the agency of a dateline is surely one, to be cut from a headline with it: between slashes, a
    name in capitals, a capitalised Latin one or one word with capitals inside («KAZINFORM – », «Sputnik.»,
    «ҚазТАГ – », «ҚазАқпарат – »), which no sentence opens with."""
    if agency is None or slashed or agency.startswith("«"):  # quoted, it is read only before a new sentence
        return True
    caps = capitals()
    name = rf"(?:[{caps}]{{2,}}|[A-Z][a-z]+|[{caps}]\w*[{caps}]\w*)(?:\.[a-z]{{2,3}})?"
    return bool(re.fullmatch(name, agency.strip()))
