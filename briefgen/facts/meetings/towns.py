"""Towns the gazetteer lacks: the resorts, ports and small towns meetings are held in (Burabay, Avaza,
Kuryk). The gazetteer holds the cities CLDR knows and the country's own; a town outside it is still read
when the text says it is a place — by the word for its kind («Чолпон-Ата қаласында», «в порту Курык»), or
by the morphology (a capitalised word in the locative after «в» that the Russian dictionary knows as a
geographic name or does not know at all) — and when it stands beside the word for the encounter. Its
English name is the romanization of its nominative; its country is settled from the visit, a region
named beside it, the chair or the dateline (`country_of_town`), never guessed from the name. The town, port
or region a tour leaves the city of the talks for is read here too (`tour_destination`).

No library places unknown toponyms in these languages (Natasha's LOC spans mix towns with countries,
regions and buildings), so the kind word and the case are read from the language pack here."""

from __future__ import annotations

import re

from ...model import Location
from ..dates import names_a_day
from ..gazetteer import Match, english_country
from ..language import _compiled
from ..people.model import Person
from ..people.romanize import romanize
from .host import chair_of, receiver_of
from .sentences import Sent, in_aside

WORD = re.compile(r"[\w-]+")


def unknown_town(s: Sent, matches: list[Match], tied: bool) -> Location | None:
    """A town the gazetteer lacks, named where the encounter took place in this sentence; `tied`: only
    one attached to the word for the encounter (a sentence after the opening)."""
    if not s.triggers:
        return None
    for start, end, name, kind in _candidates(s):
        # A bare name in the locative («Кездесу Сайрамда өтті»), with no kind word or dictionary to tell it
        # from another capitalised word, only beside the words reporting the encounter.
        if (tied or kind is None) and not _beside_encounter(s, start, end):
            continue
        if kind is None and _common_word(s, start, end, name):
            continue
        known = [m for m in matches if s.tokens[m.start].start < end and start < s.tokens[m.end - 1].end]
        if known and not (kind and known[0].entry.kind == "city"):
            continue
        # A town the gazetteer knows, named by its kind where the city rule reads no case («Құрық портында»).
        city = known[0].entry.name if known else romanize(name)
        code = known[0].entry.data.get("country") if known else _province_beside(s, start)
        country = english_country(str(code)) if code else None
        port_word = s.language.text("towns", "port_word")
        port = f"Port of {city}" if port_word and kind and kind.lower().startswith(port_word) else None
        return Location(port, city, country)
    return None


def _common_word(s: Sent, start: int, end: int, name: str) -> bool:
    """A bare locative capitalised only as a sentence's first word, no name: the word for the encounter itself
    («Кездесуде … сөз болды»: at the meeting), a weekday or a month («Жұмада»: on Friday)."""
    if any(start <= t.start < end for t in s.triggers):
        return True
    return names_a_day(s.sentence.plain[start:end], s.language.code) or names_a_day(name, s.language.code)


def _province_beside(s: Sent, at: int) -> str | None:
    """The country of the province named nearest the town in its sentence («в городе Маргилан Ферганской
    области», «Ыстықкөл облысындағы Шолпан-Ата»), not of another region the sentence names."""
    provinces = [m for m in s.matches if m.entry.kind == "province" and m.entry.data.get("country")]
    nearest = min(provinces, key=lambda m: abs(s.tokens[m.start].start - at), default=None)
    return str(nearest.entry.data["country"]) if nearest is not None else None


def _candidates(s: Sent) -> list[tuple[int, int, str, str | None]]:
    """(start, end, nominative, kind word) of each place the sentence names as a town; the kind word is ""
    for a name the morphology reads as a place, None for a bare name in a locative ending."""
    text = s.sentence.plain
    found = [
        (m.start("name"), m.end("name"), m.group("name"), m.group("kind"))
        for m in _compiled(s.language.code, "towns", "named", 0).finditer(text)
    ]
    found += [
        (m.start("name"), m.end("name"), m.group("name"), None)
        for m in s.language.pattern("towns_bare", "locative", 0).finditer(text)
    ]
    prepositions = s.language.words("places", "locative_prepositions")
    # «в Икрянинском районе»: a district is named by an adjective, no town («Икрянинский»).
    districts = [m.span() for m in s.language.place("district", 0).finditer(text)]
    for before, token in zip(s.tokens, s.tokens[1:], strict=False):
        word = token.text
        if before.text.lower() not in prepositions or not _capitalised_name(word):
            continue
        if any(a <= token.start < b for a, b in districts):
            continue
        nominative = s.language.morphology.locative_place(word)
        if nominative is not None:
            found.append((token.start, token.end, nominative, ""))
    # «(с резиденцией в Москве)»: an aside tells where someone sits, not where the encounter was.
    return sorted((c for c in found if not in_aside(text, c[0])), key=lambda c: (c[0], c[1]))


def _capitalised_name(word: str) -> bool:
    """«Бурабае», «Чолпон-Ате»: each part capitalised, the rest lowercase (not «МИДе», not «ЕАЭС»)."""
    parts = word.split("-")
    return all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in parts)


def _beside_encounter(s: Sent, start: int, end: int) -> bool:
    """The town closes the words that report the encounter («Кездесу … Құрық портында өтті», «Встреча
    состоялась в туристической зоне «Аваза»»), or qualifies the word for it («Чолпон-Ата қаласында өткен
    кездесуде»)."""
    text = s.sentence.plain
    return any(
        (t.start < start and len(WORD.findall(text[t.start : start])) <= 6)
        or (0 <= t.end <= start and len(WORD.findall(text[t.end : start])) <= 2)  # «… состоялась в Кентау»
        or (t.start >= end and len(WORD.findall(text[end : t.start])) <= 3)
        for t in s.triggers
    )


def country_of_town(location: Location, sents: list[Sent], visited: str | None, fallback: str | None) -> None:
    """A town the gazetteer lacks is in the country visited, else that of a province named in its
    sentences («Маңғыстау облысындағы Құрық портында»), else the chair's («под председательством
    Президента Казахстана») or the receiver's («Шавкат Мирзиёев в Нукусе принял …»: one receives at home),
    else the meeting before's or the dateline's (`fallback`)."""
    if location.country is not None:
        return
    named = next(
        (
            str(m.entry.data["country"])
            for s in sents
            for m in s.matches
            if m.entry.kind == "province" and m.entry.data.get("country")
        ),
        None,
    )
    chair = chair_of(sents) or _receiver(sents)
    code = named or (chair.country if chair is not None else None)
    location.country = visited or (english_country(code) if code else None) or fallback


def _receiver(sents: list[Sent]) -> Person | None:
    """Who receives, in the first sentence that reports a reception."""
    opening = next((s for s in sents if any(t.kind == "reception" and t.event for t in s.triggers)), None)
    return receiver_of(opening) if opening is not None else None


def tour_destination(s: Sent) -> Location | None:
    """The town, port or region a tour goes to, when the opening names one: the city only when it is a
    town the gazetteer knows (a name in another script is not rendered by guesswork), the country when
    the gazetteer places the name."""
    port = _named_port(s)
    if port is not None:
        return port
    m = s.language.place("elsewhere", 0).search(s.sentence.plain)
    if m is None:
        return None
    name_start = m.start("name") if m.group("name") else m.start("name2")
    known = next((x for x in s.matches if s.tokens[x.start].start == name_start), None)
    code = known.entry.data.get("country") if known is not None else None
    country = english_country(str(code)) if code else None
    port_word = s.language.text("places", "port_word") or "\0"
    is_port = bool(m.group("town")) and m.group("town").lower().startswith(port_word)
    if known is not None and known.entry.kind == "city" and m.group("town"):
        # «порт Актау», «Құрық порты»: a port named by its town is rendered as its usual English name.
        return Location(f"Port of {known.entry.name}" if is_port else None, known.entry.name, country)
    if known is None and m.group("town") and not is_port:
        # «Хромтау қаласындағы зауытты аралады», «в городе Хромтау»: a town the gazetteer lacks, named by the word
        # for a town, is that town, its name (in the nominative before or after that word) romanized.
        return Location(None, romanize(m.group("name")), None)
    return Location(None, None, country)


def _named_port(s: Sent) -> Location | None:
    """«Ақтау халықаралық теңіз сауда портына барды»: a port named by its town and the words of its kind (the
    language's `named_ports: words`, each in English), in that town; only a town the gazetteer knows, whose English
    name is sure."""
    m = s.language.pattern("named_ports", "pattern", 0).search(s.sentence.plain)
    if m is None:
        return None
    start = m.start("town")
    known = next((x for x in s.matches if x.entry.kind == "city" and s.tokens[x.start].start == start), None)
    if known is None:
        return None
    english = {str(k).lower(): str(v) for k, v in (s.language.data.get("named_ports") or {}).get("words", {}).items()}
    kinds = [next((v for k, v in english.items() if w.lower().startswith(k)), None) for w in m.group("words").split()]
    if None in kinds:
        return None
    country = english_country(str(known.entry.data.get("country")))
    return Location(" ".join([known.entry.name, *map(str, kinds), "Port"]), known.entry.name, country)


def qualifying_city(s: Sent) -> Location | None:
    """A city in the attributive locative («Теміртаудағы»), which places the noun after it."""
    for m in s.matches:
        if m.entry.kind == "city" and s.language.place("attributive").search(s.tokens[m.end - 1].text.lower()):
            return Location(None, m.entry.name, english_country(str(m.entry.data["country"])))
    return None
