"""Seats named by their institution, not by a proper name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...lang import SOURCE_LANGUAGES, pack
from ...model import Location
from ..gazetteer import Gazetteer, Match, english_country
from ..people.model import Person
from ..people.romanize import romanize
from .sentences import Sent, subject_of

# A site named in Latin letters or in quotes beside what it is («Qarmet металлургиялық комбинатына»,
# «на заводе «Kia»», «пункт пропуска «Сагарчин»»): the name as written, a Cyrillic one romanized; the kind of
# site is the language's `places: sites` table.
SITE_NAME = r"(?:«(?P<quoted>[^«»\d]{2,40})»|(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*))"


@dataclass(frozen=True)
class Seats:
    """What a seat named by its institution resolves against: ministers' offices by wording, and the
    provinces by their English name (with the city their administration sits in)."""

    ministers: dict[str, str]  # «министр торговли и интеграции», «сауда және интеграция министрі» -> role
    provinces: dict[str, tuple[str, str, str | None]]  # "karaganda region" -> (name, country, seat)
    capitals: dict[str, str]  # "KZ" -> "Astana"
    generic: frozenset[str] = frozenset()  # seats every country has: "Government House"
    cities: dict[str, tuple[str, str]] = field(default_factory=dict)  # "almaty" -> ("Almaty", "KZ")
    # "Berlaymont building" -> "EU", "Brussels" -> "EU": the union whose seat the venue or city is
    bodies: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> Seats:
        """The seats of a gazetteer, read once: a build reads every article against the same one (a
        gazetteer is mutable, hence unhashable, so it is remembered by identity)."""
        if _last and _last[0][0] is gazetteer:
            return _last[0][1]
        seats = cls._read(gazetteer)
        _last[:] = [(gazetteer, seats)]
        return seats

    @classmethod
    def _read(cls, gazetteer: Gazetteer) -> Seats:
        ministers: dict[str, str] = {}
        provinces: dict[str, tuple[str, str, str | None]] = {}
        capitals: dict[str, str] = {}
        generic: set[str] = set()
        cities: dict[str, tuple[str, str]] = {}
        bodies: dict[str, str] = {}
        for e in gazetteer.entries:
            if e.kind in ("venue", "city") and e.data.get("body"):
                bodies[e.name] = str(e.data["body"])
            if e.kind == "city":
                cities[e.name.lower()] = (e.name, str(e.data.get("country")))
            if e.kind == "city" and e.data.get("capital"):
                capitals[str(e.data.get("country"))] = e.name
            if e.kind == "venue" and e.data.get("generic"):
                generic.add(e.name)
            if e.kind == "title" and e.name.startswith("minister of") and not e.data.get("reference"):
                for lang in SOURCE_LANGUAGES:
                    for wording in e.data.get(lang, []):
                        ministers.setdefault(str(wording).lower(), e.name)
            elif e.kind == "province":
                seat = e.data.get("seat")
                provinces[e.name.lower()] = (e.name, str(e.data.get("country")), str(seat) if seat else None)
        return cls(ministers, provinces, capitals, frozenset(generic), cities, bodies)


_last: list[tuple[Gazetteer, Seats]] = []  # the last gazetteer read, and its seats


def institution_of(s: Sent, seats: Seats, people: list[Person]) -> tuple[Location, str] | None:
    """A seat named by its institution, not by a proper name: «облыс әкімдігінде», «в акимате области»,
    «Сыртқы істер министрлігінде», «в здании Министерства торговли», «в штаб-квартире Masdar». Only in
    the locative: «пресс-служба акимата области» is who reports, not where."""
    if s.language.marker("future").search(s.sentence.plain):
        return None
    for read in (
        _akimat,
        _city_akimat,
        _regional_centre,
        _regional_seat,
        _ministry,
        _own_ministry,
        _headquarters,
        _named_after,
        _hall,
        _building,
        _remote_site,
        _site_by_town,
        _company_toured,
        _site,
    ):
        found = read(s, seats, people)
        if found is not None:
            return found, f"place.seat{read.__name__.replace('_', '.', 1)}"
    return None


def _akimat(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """A regional akimat is that of the province named beside it or, when none is, of the akim taking
    part, and sits in the province's seat."""
    if not s.language.place("akimat").search(s.sentence.plain):
        return None
    province = _province_of(s, seats, people)
    if province is None:
        return None
    name, country, seat = province
    return Location(f"{name} akimat", seat, english_country(country))


def _province_of(
    s: Sent,
    seats: Seats,
    people: list[Person],
    offices: tuple[str, ...] = ("akim of ", "governor of "),
    words: tuple[int, int] | None = None,
) -> tuple[str, str, str | None] | None:
    """The province a regional seat serves: one the sentence names (within or right beside the seat's `words`, when
    given: «в хокимияте Бухарской области», not the guest's region named before), else the one a participant
    holding one of the seat's `offices` governs."""
    provinces = [m for m in s.matches if m.entry.kind == "province"]
    if words is not None:
        start, end = words
        beside = (m for m in provinces if s.tokens[m.start].start <= end + 2)
        provinces = [m for m in beside if s.tokens[m.end - 1].end >= start - 2]
    named = [m.entry.name.lower() for m in provinces]
    held = [p.role[len(o) :] for p in people for o in offices if p.role and p.role.startswith(o)]
    return next((seats.provinces[n] for n in [*named, *held] if n in seats.provinces), None)


def _regional_centre(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«облыс орталығындағы әкімдік ғимаратында», «в областном центре»: the city that is the seat of the region named
    beside it or governed by the akim taking part; no venue, since none is named."""
    if not s.language.pattern("regional_centre", "pattern").search(s.sentence.plain):
        return None
    province = _province_of(s, seats, people)
    if province is None or province[2] is None:
        return None
    return Location(None, province[2], english_country(province[1]))


def _regional_seat(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«в хокимияте Навоийской области», «облыс үкіметінің ғимаратында», «в Доме губернатора», «в здании Кабинета
    Министров»: a seat named by the kind of administration it houses (the pack's `regional_seats`), in the seat of
    the province it serves when one is known; one named after its province only where that is known."""
    text = s.sentence.plain
    rules = s.language.data.get("regional_seats") or []
    found = ((r, re.search(r["pattern"], text, re.IGNORECASE)) for r in rules)
    rule, where = next(((r, m) for r, m in found if m), (None, None))
    if rule is None or where is None:
        return None
    # The Governor's House is the governor's, whoever else the sentence names: the office seated there says whose.
    offices = tuple(f"{o} of " for o in rule.get("held_by") or ("akim", "governor"))
    province = _province_of(s, seats, people, offices, where.span())
    name = str(rule["name"])
    if province is None:
        return None if "{region}" in name else Location(name, None, None)
    region, country, seat = province
    return Location(name.format(region=region), seat, english_country(country))


def _city_akimat(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«Қостанай қаласы әкімдігінде», «в акимате города Костанай»: any city's akimat, in that city."""
    found = s.language.place("city_akimat").search(s.sentence.plain)
    if not found:
        return None
    near = [m for m in s.matches if m.entry.kind == "city"]
    city = min(near, key=lambda m: abs(s.tokens[m.start].start - found.start()), default=None)
    if city is not None:
        name, country = city.entry.name, str(city.entry.data.get("country"))
    else:
        # «қала әкімдігінде», «в городском акимате»: the city of the akim taking part.
        held = (p.role.removeprefix("akim of ") for p in people if p.role and p.role.startswith("akim of "))
        name, country = next((seats.cities[c] for c in held if c in seats.cities), (None, None))
    if name is None:
        return None
    return Location(f"{name} city akimat", name, english_country(str(country)))


def _ministry(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """A ministry is named after its minister's office («Министерство торговли и интеграции» → Ministry
    of Trade and Integration); the foreign ministry also by its abbreviation («в МИД», «СІМ-де»)."""
    language, text = s.language, s.sentence.plain
    foreign = language.place("foreign_ministry", 0).search(text)
    if foreign:
        return Location(
            "Ministry of Foreign Affairs", None, _ministry_country(s, foreign, people, "minister of foreign affairs")
        )
    m = language.place("ministry").search(text)
    template = language.text("places", "minister_word")
    if m is None or template is None:
        return None
    words = m.group(1).split()
    # The minister's office is the longest run of the ministry's words next to the word for a ministry that
    # names one («Ұлттық экономика министрлігінде» is National Economy's, not Economy's).
    spans = (
        [words[-n:] for n in range(len(words), 0, -1)]
        if language.modifiers_before
        else [words[:n] for n in range(len(words), 0, -1)]
    )
    role = next(
        (seats.ministers[c] for c in (template.format(" ".join(w).lower()) for w in spans) if c in seats.ministers),
        None,
    )
    if role is None:
        return None
    portfolio = role.removeprefix("minister of ").title().replace(" And ", " and ")
    return Location(f"Ministry of {portfolio}", None, _ministry_country(s, m, people, role))


def _own_ministry(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«министрлік ғимаратында», «в здании министерства»: a ministry not named is that of the minister
    taking part, in that minister's country."""
    if not s.language.place("own_ministry").search(s.sentence.plain):
        return None
    offices = sorted(set(seats.ministers.values()), key=len, reverse=True)
    # «deputy prime minister and minister of foreign affairs»: the minister's office the gazetteer knows.
    held = ((p, next((o for o in offices if p.role and o in p.role), None)) for p in people)
    minister, office = next(((p, o) for p, o in held if o), (None, None))
    if minister is None or office is None or minister.role is None:
        return None
    # The portfolio as the minister's own office writes it on from there («minister of energy and
    # infrastructure» heads the Ministry of Energy and Infrastructure, not of Energy).
    portfolio = minister.role[minister.role.index(office) :]
    title = portfolio.removeprefix("minister of ").title().replace(" And ", " and ")
    return Location(f"Ministry of {title}", None, minister.country)


def _headquarters(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«в штаб-квартире Masdar»: a company named in Latin letters. One named in words of the text
    («штаб-квартире Европейской службы …») would need translating, which no rule here does."""
    m = s.language.place("headquarters").search(s.sentence.plain)
    return Location(f"{m.group(1)} headquarters", None, None) if m and m.group(1).isascii() else None


def _named_after(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«солнечный парк имени Мохаммеда бин Рашида аль-Мактума», «… атындағы күн паркі»: a site named after a
    person the gazetteer knows, on a tour, is his English name before the site's kind (the pack's
    `sites_named_after`)."""
    table = s.language.data.get("sites_named_after") or {}
    # Only a site toured: a works named after someone is as often what the meeting talked about.
    if not table.get("word") or not any(t.kind == "visit" and t.event for t in s.triggers):
        return None
    kinds = [
        *((r.pattern.pattern, r.value) for r in s.language.sites),
        *((k["pattern"], k["name"]) for k in table.get("kinds") or []),
    ]
    either = "|".join(f"(?:{pattern})" for pattern, _ in kinds)
    word, text = re.escape(str(table["word"])), s.sentence.plain
    for m in s.matches:
        if m.entry.kind != "person":
            continue
        start, end = s.tokens[m.start].start, s.tokens[m.end - 1].end
        site = (
            # The gazetteer's form may stop short of the last words of the name as written («… әл-Мақтұм»).
            re.match(rf"(?:\s+[^\W\d_][\w-]*){{0,2}}?\s+{word}\s+(?P<site>{either})", text[end:], re.IGNORECASE)
            if s.language.modifiers_before
            else re.search(rf"(?P<site>{either})\w*\s+{word}\s+$", text[:start], re.IGNORECASE)
        )
        if site is not None:
            kind = next(name for pattern, name in kinds if re.fullmatch(pattern, site.group("site"), re.IGNORECASE))
            return Location(f"{m.entry.name} {kind.title()}", None, None)
    return None


def _hall(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«Түркістандағы Конгресс-холлда», «в Конгресс-центре»: a hall named only by its kind (the pack's `halls`);
    its city is the one the sentence names. A hall with a name of its own beside it (in quotes or Latin
    letters: «в Конгресс-центре «Ташкент Сити»») would need that name rendered, which no rule here does."""
    text = s.sentence.plain
    for hall in s.language.data.get("halls") or []:
        found = re.search(hall["pattern"], text, re.IGNORECASE)
        if found is None:
            continue
        after, before = text[found.end() :].lstrip(), text[: found.start()].rstrip()
        if after[:1] == "«" or re.match(r"[A-Z]", after) or before[-1:] == "»" or re.search(r"[A-Za-z]$", before):
            return None
        return Location(str(hall["name"]), None, None)
    return None


def _building(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«в здании Законодательной палаты», «Ұлттық жиналыстың Сеулдегі ғимаратында»: the building of a state body
    named by its kind (the pack's `institution_buildings`: parliaments, a prosecutor general's office, a supreme
    court), whichever country's; its city is the one the sentence or the meeting names (place.py `_seat`)."""
    text = s.sentence.plain
    for building in s.language.data.get("institution_buildings") or []:
        if re.search(building["pattern"], text, re.IGNORECASE):
            return Location(str(building["name"]), None, None)
    return None


def _site(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«Qarmet металлургиялық комбинатына», «на заводе «Kia»»: a site in Latin letters beside its kind."""
    sites = s.language.sites
    if not sites:
        return None
    kinds = "|".join(f"(?:{rule.pattern.pattern})" for rule in sites)
    # «на заводе компании «Kia»», «Turkish Aerospace компаниясының кәсіпорнына»: one word of the language
    # may stand between.
    alphabet = "".join(sorted(pack(s.language.code).alphabet))
    word = f"[{re.escape(alphabet)}]+" if alphabet else r"[^\W\d_]+"  # a pack that lists no letters: any
    if s.language.modifiers_before:
        pattern = re.compile(rf"{SITE_NAME}\s+(?:{word}\s+)??(?P<site>{kinds})\w*")
    else:
        pattern = re.compile(rf"\b(?P<site>{kinds})\w*\s+(?:{word}\s+)?{SITE_NAME}", re.IGNORECASE)
    site = pattern.search(s.sentence.plain)
    name = (site.group("quoted") or site.group("name")) if site else None
    # A name, each word capitalised («Сагарчин», «Алтын Асыр»), not a phrase in quotes («Сделано в Италии»).
    if not name or not all(w[:1].isupper() for w in name.split()):
        return _town_site(s, kinds)
    kind = next(rule.value for rule in sites if rule.pattern.fullmatch(site.group("site").lower()))
    return Location(f"{name if name.isascii() else romanize(name)} {kind}", None, None)


def _remote_site(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«посетили урановое месторождение Дженгельди», «Теңіз кен орнына барды»: a site outside any town, toured,
    named by its own capitalised name beside its kind (the pack's `remote_sites`); it is placed in a country, not
    in the town the text is filed from (place.py `location_of`). A deposit only talked about is no place."""
    return _toured_site(s, s.language.data.get("remote_sites") or [])


def _site_by_town(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«Медеу сел бөгетін аралады», «осмотрели селезащитную плотину «Медеу»»: a work toured that stands by the town
    of the meeting before (the pack's `sites_by_town`: dams, reservoirs), which gives its city."""
    return _toured_site(s, s.language.data.get("sites_by_town") or [])


def _company_toured(s: Sent, seats: Seats, people: list[Person]) -> Location | None:
    """«посетил ОАО «Гродно Азот»»: a company toured, named by its legal form and its own name, is its works, called
    by that name alone (the pack's `toured_companies`); its city is the meeting before's or the dateline's. A company
    named as a party («соглашение с АО «X»») is no place: only a sentence reporting a tour reads it."""
    return _toured_site(s, s.language.data.get("toured_companies") or [])


def _toured_site(s: Sent, rules: list[dict[str, str]]) -> Location | None:
    """A site a tour goes to, named by its own capitalised name (bare, quoted or in Latin letters) beside its
    kind, one of `rules`: its English name is the name romanized before the kind."""
    if not rules or not any(t.kind == "visit" and t.event for t in s.triggers):
        return None
    kinds = "|".join(f"(?:{r['pattern']})" for r in rules)
    alphabet = "".join(sorted(pack(s.language.code).alphabet))
    upper, lower = re.escape(alphabet.upper()), re.escape(alphabet.lower())
    bare = rf"(?P<bare>[{upper}][{lower}]+(?:-[{upper}][{lower}]+)?)" if alphabet else r"(?P<bare>(?!))"
    name = rf"(?:{SITE_NAME}|{bare})"
    if s.language.modifiers_before:
        pattern = re.compile(rf"(?<![\w-]){name}\s+(?P<site>{kinds})")
    else:
        pattern = re.compile(rf"(?<![\w-])(?P<site>{kinds})\w*\s+{name}")
    site = pattern.search(s.sentence.plain)
    if site is None:
        return None
    written = site.group("quoted") or site.group("name") or site.group("bare")
    kind = next(str(r["name"]) for r in rules if re.fullmatch(r["pattern"], site.group("site")))
    return Location(f"{written if written.isascii() else romanize(written)} {kind}".strip(), None, None)


def _town_site(s: Sent, kinds: str) -> Location | None:
    """«Атырау мұнай өңдеу зауытына барды»: a works named after the town it stands in, which is the
    meeting's city (where a modifier stands before its noun: Kazakh)."""
    if not s.language.modifiers_before:
        return None
    text = s.sentence.plain
    kind_after = re.compile(rf"\s+(?P<site>{kinds})\w*", re.IGNORECASE)
    for m in s.matches:
        # The town's name as such («Атырау мұнай өңдеу зауыты»), not in a case («Алматыдағы зауыт»).
        written = " ".join(t.text for t in s.tokens[m.start : m.end])
        if m.entry.kind != "city" or written.lower() != m.entry.variant.lower():
            continue
        site = kind_after.match(text, s.tokens[m.end - 1].end)
        if site is None:
            continue
        kind = next(rule.value for rule in s.language.sites if rule.pattern.fullmatch(site.group("site").lower()))
        country = english_country(str(m.entry.data.get("country")))
        return Location(f"{m.entry.name} {kind}", m.entry.name, country)
    return None


def _ministry_country(s: Sent, found: re.Match[str], people: list[Person], office: str) -> str | None:
    """Whose ministry: the country named with it («в МИД Казахстана», «ҚР … министрлігінде»), else that of
    the participant who holds its office (a minister receives in his own ministry, whoever the text names
    first: «Посол Италии встретился с министром … в Министерстве …»), else a country the sentence names,
    else the side of the one who opens the meeting, the usual subject of a report from home."""
    countries = [m for m in s.matches if m.entry.kind in ("country", "adjective")]
    # The owner stands inside the ministry's words, or right after a name that has none of them («МИД»).
    owner = next((m.entry.name for m in countries if found.start() <= s.tokens[m.start].start <= found.end() + 2), None)
    holder = next((p.country for p in people if p.country and p.role and office in p.role), None)
    named = next((m.entry.name for m in countries), None)
    return owner or holder or named or next((p.country for p in people if p.country), None)


def seat_owner(
    s: Sent, owner: list[Match], home: str, abroad: str | None = None, occupant: str | None = None
) -> str | None:
    """Whose generic seat (Government House, Parliament) this is when not the gazetteer's country: the
    country named as its owner, else that of the one who receives there («Председатель Кабинета министров
    Кыргызстана … в Доме правительства принял …» is in Kyrgyzstan's Government House), else the country a
    visit went to, else that of the one holder of the office seated there the sentence names (`occupant`, a
    class of office: «Председатель Кабинета министров … в Доме Правительства встретился с министром …»). Any
    other guest who merely meets someone there («встретился с Премьер-министром») says nothing of whose seat
    it is."""
    named = next((x.entry.name for x in owner if x.entry.kind in ("country", "adjective")), None)
    receives = any(t.kind == "reception" and t.event for t in s.triggers)
    subject = subject_of(s) if receives else None
    # The seat of the one office-holder of its class the sentence names: two heads of government meeting there
    # («Арипов в Доме Правительства встретился с Бектеновым») say nothing of whose it is (`_seated`).
    seated = _seated(s, occupant, home) if occupant else None
    country = named or (subject.country if subject is not None else None) or abroad or seated
    return country if country and country != home else None


def _seated(s: Sent, occupant: str, home: str) -> str | None:
    """The country of the one holder of the seat's office the sentence names. Of two, where none of the
    sentence's people is of the gazetteer's country («17 ноября в Доме Правительства Председатель Правительства
    России … и Премьер Госсовета КНР …»), the one named first: the seat is in no country none of its people is
    from, and the report of the side at home names its own first."""
    holders = [m.person.country for m in s.mentions if m.person is not None and occupant in m.person.classes]
    present = {m.person.country for m in s.mentions if m.person is not None}
    return holders[0] if holders and (len(set(holders)) == 1 or home not in present) else None
