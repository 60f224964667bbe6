"""Where a meeting was."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ...model import Location
from ..gazetteer import Match, english_country
from .seats import Seats, institution_of, seat_owner
from .sentences import Draft, Sent, Visit, in_aside
from .towns import country_of_town, qualifying_city, tour_destination, unknown_town

Found = tuple[Location, str]  # a place and the id of the rule that found it


@dataclass(frozen=True)
class Where:
    """What placing one meeting reads: its sentences, the visit it is part of, the meeting before's city."""

    sents: list[Sent]
    draft: Draft
    visit: Visit | None
    previous_city: tuple[str | None, str | None]
    seats: Seats
    filed_from: Location | None = None  # the dateline's city
    titled: Location | None = None  # the place the front matter's title names

    @property
    def opening(self) -> Sent:
        return self.sents[self.draft.opening]

    @property
    def on_visit(self) -> Visit | None:
        return self.visit if self.draft.in_visit else None

    def visited(self) -> str | None:
        return english_country(self.visit.country) if self.visit is not None and self.visit.country else None


def location_of(where: Where) -> Found | None:
    """Where the meeting was: its venue and city as the opening (or the sentences around it) name them,
    else the visit's, else the meeting before's; a venue the text places in no city gets one."""
    found = _named_around(where)
    moved = tour_destination(where.opening) if "visit" in (where.draft.kind, *where.draft.kinds) else None
    if moved is not None and (found is None or found[0].city is None):
        # A tour to a named town, port or region leaves the city of the talks.
        country = moved.country or where.previous_city[1] or where.visited()
        place = found[0].place if found else moved.place
        return (Location(place, moved.city, country), "place.tour_elsewhere") if country else None
    found = found or _implied(where)
    return _settled(where, found) if found is not None else None


def _settled(where: Where, found: Found) -> Found:
    """The place found, with the city and country the text leaves to be worked out: a venue's city, a town's
    country; a deposit toured in no town."""
    if found[1] == "place.seat.remote_site":
        return _out_of_town(where, found[0]), found[1]
    if found[0].place and found[1] != "place.town":
        _settle_city(where, found[0])
    if _town_unplaced(found):
        members = [where.sents[i] for i in sorted(set(where.draft.sentences))]
        dateline = where.filed_from.country if where.filed_from is not None else None
        country_of_town(found[0], members, where.visited(), where.previous_city[1] or dateline)
    return found


def _out_of_town(where: Where, site: Location) -> Location:
    """A deposit toured lies in no town, not even the one the text is filed from or names beside it: its country
    is that town's, else the one the meeting before, the dateline or the visit gives."""
    filed = where.filed_from.country if where.filed_from is not None else None
    return Location(site.place, None, site.country or where.previous_city[1] or filed or where.visited())


def _town_unplaced(found: Found) -> bool:
    """A town the gazetteer lacks, named in the text or in the dateline: its country is still to settle."""
    return found[1] == "place.town" or (found[1] == "place.dateline" and not found[0].country)


def _named_around(where: Where) -> Found | None:
    members = sorted(set(where.draft.sentences))
    sents, opening = where.sents, where.draft.opening
    # The opening sentence, or a lead sentence before it («В Астане состоялась …», then who took part).
    leads = [sents[i] for i in members if i <= opening]
    # …or the next sentence, when it refers back to the meeting by name («Переговоры во Дворце нации
    # начались …», «Қостанайда өткен кездесуде …»).
    after = [sents[i] for i in members if i > opening]
    follow = after[:2]
    tied = [s for s in follow if s.triggers]
    leads += tied
    named = [p for p in (_place_of(s, s in tied, _abroad(where), where.seats) for s in reversed(leads)) if p]
    # A venue wins over a city named in another of these sentences («Кездесу Үкімет үйінде өтті» after the
    # opening, then «делегация Астанаға келді»): the city is the venue's own or is settled from it.
    found = next((p for p in named if p[0].place), named[0] if named else None)
    if found is not None and found[0].place is not None:
        return found
    return _venue_elsewhere(where, found, leads, named, after) or found


def _abroad(where: Where) -> str | None:
    """The country whose generic seats («в Доме Правительства») are meant: the one a visit has gone to, else
    the dateline's («МОСКВА, 19 февраля. В Доме Правительства …»), else the meeting before's city's."""
    if where.on_visit is not None:
        return where.on_visit.country
    filed = where.filed_from.city if where.filed_from is not None else None
    cities = where.seats.cities
    return next((cities[c.lower()][1] for c in (filed, where.previous_city[0]) if c and c.lower() in cities), None)


def _venue_elsewhere(
    where: Where, found: Found | None, leads: list[Sent], named: list[Found], after: list[Sent]
) -> Found | None:
    """No venue in the sentences that name the meeting's place: a seat named by its institution, a venue in
    the next sentence, or one beside the word for the encounter further on. A seat in the locative in the next
    sentence is where the meeting was too, when something was held there («Облыстық әкімдікте өткен жиында …»;
    not «Как сообщили в министерстве, …»), unless the sentence recalls another encounter."""
    abroad = where.visit.country if where.on_visit else None
    following = [
        s
        for s in after[:1]
        if s not in leads
        and s.language.pattern("seat_held", "after").search(s.sentence.plain)
        and not s.language.marker("recall").match(s.sentence.plain)
    ]
    return (
        _seat(where, leads + following, named)
        or _venue_after(after[:2], found)
        or _venue_of_encounter(after[1:], found, abroad)
    )


def _venue_of_encounter(later: list[Sent], found: Found | None, abroad: str | None) -> Found | None:
    """«Ақордада өткен кездесуде …», «Во время встречи в Акорде …» further on: a venue named beside the word
    for the encounter places it, wherever the sentence stands."""
    for s in later:
        text = s.sentence.plain
        # Nor one of an encounter to come or recalled («Ранее в резиденции Акорда состоялись переговоры …»).
        if s.language.marker("future").search(text) or s.language.marker("recall").match(text):
            continue
        beside = [m for m in s.matches if m.entry.kind == "venue" and (_beside_trigger(s, m) or _held_at(s, m))]
        venue = _venue_in(s, beside, abroad) if beside else None
        if venue is not None and (found is None or found[0].city in (None, venue.city)):
            return venue, "place.venue.of_encounter"
    return None


def _seat(where: Where, leads: list[Sent], named: list[Found]) -> Found | None:
    """A seat named by its institution in the lead sentences («Встреча прошла в здании Министерства …»
    after «встретился в Астане»): the venue, in the city they name. On a visit, a ministry not named is that
    of the minister of the country visited: «Встреча прошла в здании министерства» is the host's."""
    visited = where.on_visit.country if where.on_visit is not None else None
    people = sorted(where.draft.people, key=lambda p: visited is None or p.country != visited)
    found = ((institution_of(s, where.seats, people), s) for s in leads)
    seat, said = next(((v, s) for v, s in found if v), (None, None))
    if seat is None or said is None:
        return None
    # «Переговоры состоялись в здании Министерства иностранных дел Кореи в Сеуле»: the city the seat's own
    # sentence places it in, when of the seat's country; else one the lead sentences name.
    own = _located_city(said, said.matches)
    if own is not None and (seat[0].country is None or english_country(seat[0].country) == own.country):
        seat[0].city, seat[0].country = own.city, own.country
    city = next((p for p, _ in named if p.city), None)
    if seat[0].city is None and city is not None:
        seat[0].city, seat[0].country = city.city, city.country
    return seat


def _venue_after(follow: list[Sent], found: Found | None) -> Found | None:
    """«В Доме Правительства стороны обсудили …»: a venue named right after the opening is where the
    meeting is held, even in a sentence without a word for the encounter."""
    venue = next((_place_of(s) for s in follow[:1] if not s.triggers), None)
    if venue is None or not venue[0].place or (found is not None and found[0].city not in (None, venue[0].city)):
        return None
    return venue[0], f"{venue[1]}.next_sentence"


def _implied(where: Where) -> Found | None:
    """No place in the meeting's own sentences: a district it moved to, the visit's city, or the city of
    the meeting before."""
    opening, previous, visit = where.opening, where.previous_city, where.on_visit
    if opening.language.place("district", 0).search(opening.sentence.plain) and previous[1]:
        # «Сарыағаш ауданындағы … аралады»: the text moves the meeting out of the city to a district
        # it does not place in a city; the country stays.
        return Location(None, None, previous[1]), "place.district"
    if visit is not None:
        around = _place_of(where.sents[visit.sentence])
        if around is not None:
            around[0].place = None
            return around[0], "place.visit"
        if not previous[0] and (visit.city or visit.country):
            filed = where.filed_from
            if visit.city is None and filed is not None and filed.country == where.visited():
                # «ТАШКЕНТ, 4 декабря. … с пребывающей с визитом в стране делегацией»: the dateline's city.
                return Location(None, filed.city, filed.country), "place.dateline"
            return Location(None, visit.city, where.visited()), "place.visit_destination"
    if previous[0]:
        return Location(None, previous[0], previous[1]), "place.previous_meeting"
    if where.filed_from is not None:
        # Agency copy filed from the city of the meeting names it only in its dateline.
        return Location(None, where.filed_from.city, where.filed_from.country), "place.dateline"
    if where.titled is not None:
        # «Тоқаев Тегерандағы Каспий саммитіне қатысты»: an editor's title may be the only place naming the city.
        return dataclasses.replace(where.titled), "place.title"
    return None


def title_place(title: Sent, seats: Seats) -> Location | None:
    """The venue or city a front matter title names as where its event was, when it places it in a city."""
    found = _place_of(title, seats=seats)
    return found[0] if found is not None and found[0].city and found[1] != "place.town" else None


def _settle_city(where: Where, place: Location) -> None:
    """A venue the text places in no city: a ministry sits in its country's capital, unless the visit or
    the meeting before names the city; a plant toured abroad is at least in the visited country."""
    previous, visit = where.previous_city, where.on_visit
    if place.city is None and place.country is None:
        # «Теміртаудағы Qarmet металлургиялық комбинаты»: the town that qualifies the site in its sentence.
        town = qualifying_city(where.opening)
        if town is not None:
            place.city, place.country = town.city, town.country
    if place.city is None and place.country:
        _in_capital(where, place)
    if place.city is None:
        around = _place_of(where.sents[visit.sentence]) if visit is not None else None
        if around is not None and around[0].city:
            place.city, place.country = around[0].city, around[0].country
        elif visit is not None and visit.city:
            place.city, place.country = visit.city, where.visited()
        elif previous[0]:
            place.city, place.country = previous
    _in_dateline_city(place, where.filed_from)
    if place.country is None and visit is not None:
        place.country = where.visited()


def _in_capital(where: Where, place: Location) -> None:
    """A seat whose country alone is known (kept as its code until here) is in that country's capital, unless
    the visit or the meeting before names the city."""
    previous, visit, seats = where.previous_city, where.on_visit, where.seats
    code = str(place.country)
    place.country = english_country(code)
    # Another country's generic seat («в Доме правительства Кыргызстана») after a meeting at home is in
    # that country's capital, not in the city of the meeting before.
    elsewhere = place.place in seats.generic and previous[1] not in (None, place.country)
    # A visit to a country that names no city («прибыл с визитом в Белоруссию. В МИД республики …») leaves
    # a ministry in that country's capital too (a generic seat's country may be the visit's guess).
    unnamed = visit is None or (visit.city is None and code == visit.country and place.place not in seats.generic)
    if code in seats.capitals and unnamed and (not previous[0] or elsewhere):
        place.city = seats.capitals[code]


def _in_dateline_city(place: Location, filed: Location | None) -> None:
    """Agency copy filed from a city of the venue's country: the venue is there («БИШКЕК, … в Доме
    правительства»)."""
    if place.city is None and filed is not None and place.country in (None, filed.country):
        place.city, place.country = filed.city, filed.country


def _place_of(s: Sent, tied: bool = False, abroad: str | None = None, seats: Seats | None = None) -> Found | None:
    """A venue, or a city in the locative (or after «в»), named in the sentence; a city one arrives at
    («Астанаға ресми сапармен келген») too. Not a place named in the agency's attribution. When `tied`
    (a sentence after the opening), only a city attached to the word for the encounter counts; `abroad` is
    the country a visit has gone to, whose generic seats («Үкімет үйінде») are the ones meant."""
    text = s.sentence.plain
    if s.language.marker("future").search(text) or (tied and s.language.marker("recall").match(text)):
        return None  # the place of an encounter to come, or of one a later sentence recalls («Ранее в …»)
    attribution = s.language.source("trailing", 0).search(text)
    cut = attribution.start() if attribution else len(text)
    # «елшісі (резиденциясы Мәскеуде)», «(с резиденцией в Москве)»: an aside tells where someone sits, not where
    # the meeting was.
    matches = [m for m in s.matches if s.tokens[m.start].start < cut and not in_aside(text, s.tokens[m.start].start)]
    venue = _venue_in(s, matches, abroad)
    city = _city_in(s, matches, tied)
    if venue is not None and city is not None and venue.city not in (None, city.city):
        # «в Минске во Дворце Независимости»: a venue's name shared by palaces in several capitals is the one
        # in the city the sentence names, not the one the gazetteer knows.
        return Location(venue.place, city.city, city.country), "place.venue.in_named_city"
    if venue is not None:
        return venue, "place.venue"
    if city is not None:
        return city, "place.city"
    capital = _capital_of(s, matches, tied, seats) if seats is not None else None
    if capital is not None:
        return capital, "place.capital"
    town = unknown_town(s, matches, tied)
    return (town, "place.town") if town is not None else None


def _capital_of(s: Sent, matches: list[Match], tied: bool, seats: Seats) -> Location | None:
    """«в столице Азербайджана», «Катар астанасында»: the capital of the country named beside the word for one
    (the language's `capitals:` words)."""
    text = s.sentence.plain
    for m in matches:
        code = str(m.entry.name)
        if m.entry.kind != "country" or code not in seats.capitals or (tied and not _beside_trigger(s, m)):
            continue
        start, end = s.tokens[m.start].start, s.tokens[m.end - 1].end
        if s.language.capital("before").search(text[:start]) or s.language.capital("after").match(text[end:]):
            return Location(None, seats.capitals[code], english_country(code))
    return None


def _venue_in(s: Sent, matches: list[Match], abroad: str | None) -> Location | None:
    for n, m in enumerate(matches):
        if m.entry.kind != "venue":
            continue
        data = m.entry.data
        if (data.get("located") and not _in_locative(s, m)) or _reports(s, m):
            continue
        # «Дом Правительства Кыргызстана», «Қырғызстан Үкімет үйі»: a seat named by its institution
        # (generic in the gazetteer) with another country's name as its owner is that country's, not
        # the one the gazetteer places it in. The owner precedes where modifiers come first (Kazakh).
        before = s.language.modifiers_before
        owner = [x for x in matches[max(n - 1, 0) : n + 2] if (x.end == m.start if before else x.start == m.end)]
        if data.get("generic"):
            if _of_region(owner):
                continue
            owned = any(x.entry.kind in ("country", "adjective") for x in owner)
            named_city = None if owned else _located_city(s, matches)
            if named_city is not None:
                # «в Доме Правительства … с Касымалиевым, находящимся в Москве»: the seat of the city the
                # sentence places the meeting's people in.
                return Location(m.entry.name, named_city.city, named_city.country)
            seat = seat_owner(s, owner, str(data.get("country")), abroad, data.get("occupant"))
            if seat is not None:
                # Its city is settled later, as a ministry's is: the visit's city or that country's capital.
                return Location(m.entry.name, None, seat)
        # «в Огузхан»: named without its kind word, the venue is so rendered; «во дворце «Огузхан»» with it.
        name = str(data["bare"]) if data.get("bare") and " " not in m.entry.variant.strip() else m.entry.name
        ours = _shared_seat_country(s, data, abroad)
        if ours is not None:
            return Location(name, str(data["also_in"][ours]), english_country(ours))
        return Location(name, str(data.get("city")), english_country(str(data.get("country"))))
    return None


def _of_region(owner: list[Match]) -> bool:
    """«в Доме правительства Омской области», «Омбы облысы Үкімет үйінде»: a generic seat a region owns is that
    region's, read as such (seats.py `_regional_seat`), not the country's."""
    return any(x.entry.kind == "province" for x in owner)


def _shared_seat_country(s: Sent, data: dict[str, Any], abroad: str | None) -> str | None:
    """«Минск, 12 июня. … во Дворце Независимости»: a name several capitals' seats share (`also_in`) is the one
    of the country the text is filed from or has travelled to, not the one the gazetteer lists first; without
    either, the one of the country of the people the sentence names, when none is of the listed one."""
    also = data.get("also_in") or {}
    if not also:
        return None
    if abroad in also:
        return abroad
    present = [x.person.country for x in s.mentions if x.person is not None and x.person.country]
    return next((c for c in present if c in also), None) if data.get("country") not in present else None


def _city_in(s: Sent, matches: list[Match], tied: bool) -> Location | None:
    language, text = s.language, s.sentence.plain
    for m in matches:
        if m.entry.kind != "city":
            continue
        token = s.tokens[m.end - 1]
        word = token.text.lower()
        after = s.tokens[m.end].text.lower() if m.end < len(s.tokens) else ""
        rest = text[token.end :]
        # «Алматыдағы зауыт», «Ульсан қаласындағы кеме жасау зауыты»: the attributive locative places the
        # noun after it, which is the encounter only when it names the encounter or a gathering.
        attributive = language.place("attributive").search(word) or language.place("attributive_noun").match(after)
        if attributive and not (
            _beside_trigger(s, m) or language.place("gathering").match(rest) or _tours(s) or _venue_in_city(s, rest)
        ):
            continue
        if _located(s, m, word, after) and (not tied or _beside_trigger(s, m)):
            return Location(None, m.entry.name, english_country(str(m.entry.data["country"])))
    return None


def _venue_in_city(s: Sent, rest: str) -> bool:
    """«Түркістандағы Конгресс-холлда … келіссөздер жүргізді»: the attributive city places a named venue (a
    capitalised or quoted name in the locative) in a sentence that reports the encounter."""
    venue = s.language.pattern("venues_in_city", "named_after", 0)
    return bool(venue.match(rest)) and any(t.event for t in s.triggers)


def _tours(s: Sent) -> bool:
    """«Шымкенттегі «Оңтүстік» АЭА-ны аралады»: on a tour, the site the attributive city places is what is
    toured, so the tour is in that city."""
    return any(t.kind == "visit" and t.event for t in s.triggers)


def _located_city(s: Sent, matches: list[Match]) -> Location | None:
    """A city the sentence names as where someone is («находящимся в Москве», «Астанада»), not one that
    qualifies a noun («Алматыдағы зауыт»)."""
    for m in matches:
        if m.entry.kind != "city":
            continue
        word = s.tokens[m.end - 1].text.lower()
        after = s.tokens[m.end].text.lower() if m.end < len(s.tokens) else ""
        language = s.language
        if language.place("attributive").search(word) or language.place("attributive_noun").match(after):
            continue
        if _located(s, m, word, after):
            return Location(None, m.entry.name, english_country(str(m.entry.data["country"])))
    return None


def _located(s: Sent, m: Match, word: str, after: str) -> bool:
    """The city is where something happens: in a locative ending («Астанада», «Ульсан қаласында»), in the
    dative before a verb of arrival («Астанаға … келді»), after a verb or participle of arrival («принял
    прибывшую в Ташкент делегацию»), in the locative after «в» («в Астане», not «в Астану»: indeclinable names
    such as Алматы fit both), or named in a gathering («Ташкентского форума»)."""
    language, text = s.language, s.sentence.plain
    token = s.tokens[m.end - 1]
    rest = text[token.end :]
    if language.place("locative").search(word) or language.place("locative_noun").match(after):
        return True
    if _toured(s, m):
        return True
    if language.place("dative").search(word) and language.marker("arrival").match(rest.lstrip()):
        return True
    if language.pattern("arrivals", "into_before").search(text[: s.tokens[m.start].start]):
        return True
    if _after_preposition(s, m) and "loc" in language.morphology.cases(token.text):
        return True
    adjective = language.words("places", "city_adjective")
    return bool(adjective and word.endswith(adjective) and language.place("gathering").match(rest))


def _after_preposition(s: Sent, m: Match) -> bool:
    """«в Астане», and «в столице республики Астане», «в городе Ташкенте»: the locative preposition before the
    name or before the lowercase nouns that lead up to it."""
    prepositions = s.language.words("places", "locative_prepositions")
    for i in range(m.start - 1, max(m.start - 4, -1), -1):
        word = s.tokens[i].text
        if word.lower() in prepositions:
            return True
        if not (word.isalpha() and word.islower()):
            return False
    return False


def _toured(s: Sent, m: Match) -> bool:
    """«посетил Самарканд»: the town right after the verb of a tour, its object, is where the tour goes."""
    start = s.tokens[m.start].start
    return any(
        t.kind == "visit" and t.event and 0 <= t.end <= start and not s.sentence.plain[t.end : start].strip()
        for t in s.triggers
    )


def _beside_trigger(s: Sent, m: Match) -> bool:
    """«Қостанайда өткен кездесуде», «Встреча в Ташкенте прошла»: the city names where the encounter was,
    not a thing talked about at it («Кездесуде Алматыдағы зауыттың қуаты …»). Where a modifier stands
    before its noun (Kazakh), only a city before the word for the encounter qualifies it."""
    text = s.sentence.plain
    start, end = s.tokens[m.start].start, s.tokens[m.end - 1].end
    for t in s.triggers:
        if t.start >= end and len(text[end : t.start].split()) <= 1:
            return True
        if t.start < start and end <= t.end:
            return True  # inside the words reporting the encounter: «Кездесу Астанада өтті»
        if not s.language.modifiers_before and t.start < start and len(text[t.start : start].split()) <= 3:
            return True
    return False


def _held_at(s: Sent, m: Match) -> bool:
    """«Церемония прошла в резиденции «Ынтымак Ордо»», «Рәсім Ақордада өтті»: the venue where something of
    the meeting's own sentences took place, whatever the word for it."""
    text = s.sentence.plain
    start, end = s.tokens[m.start].start, s.tokens[m.end - 1].end
    language = s.language
    return bool(language.place("held_before").search(text[:start]) or language.place("held_after").match(text[end:]))


def _reports(s: Sent, m: Match) -> bool:
    """«Ақорданың баспасөз қызметі», «пресс-служба Акорды», «сообщили в Акорде»: the venue's press service
    is the source of the report, and the venue no place of the meeting."""
    text = s.sentence.plain
    start, end = s.tokens[m.start].start, s.tokens[m.end - 1].end
    return bool(
        s.language.place("press_after").match(text[end:]) or s.language.place("press_before").search(text[:start])
    )


def _in_locative(s: Sent, m: Match) -> bool:
    """«Парламент Мәжілісінде», «в Мажилисе Парламента»: the name stands where something takes place."""
    if s.language.place("venue_locative").search(s.tokens[m.end - 1].text.lower()):
        return True
    return m.start > 0 and s.tokens[m.start - 1].text.lower() in s.language.words("places", "locative_prepositions")
