"""People named by office alone («Қазақстан Үкіметінің басшысы», «Премьер-министр Таджикистана», «сказала
она») resolved to the person meant: someone named before, else the gazetteer's holder of the office."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from ..gazetteer import Entry, Gazetteer, spelled
from ..meetings.sentences import Sent, subject_of
from .finder import Finder
from .model import DEPUTIES, Mention, Person
from .offices import opens_with
from .romanize import romanize

Seen = tuple[tuple[int, int], Person, bool]  # (sentence, token) of a mention, its person, whether they take part


def resolve_offices(sents: list[Sent], finder: Finder, gazetteer: Gazetteer, date: dt.date | None = None) -> None:
    """«Қазақстан Үкіметінің басшысы», «Премьер-министр Таджикистана», «сказала она» → the person meant."""
    order = _People(
        [((s.index, m.start), m.person, m.takes_part) for s in sents for m in s.mentions if m.person is not None]
    )
    last_subject: Person | None = None
    lead = next((p for p in map(subject_of, sents) if p is not None), None)
    paragraph: list[Person] = []  # the people taking part named so far in the sentence's paragraph
    for n, s in enumerate(sents):
        if n == 0 or sents[n - 1].block != s.block:
            paragraph = []
        for m in s.mentions:
            if m.reference and m.titles:
                m.person = _protagonist(m, lead, paragraph) or _holder(m, order, finder, gazetteer, date)
            paragraph += _taking_part(m)
        for m in s.mentions:
            if m.reference and not m.titles:
                m.person = last_subject  # a pronoun: the subject of the sentences before
        last_subject = subject_of(s) or last_subject
    _deputies_sides(order.order)
    _home_officials(sents, lead.country if lead is not None else None)


def _home_officials(sents: list[Sent], lead_country: str | None) -> None:
    """«Көлік министрі Нұрлан Сауранов … кездесті»: where the language's press is one country's (its pack's
    `home_officials: country`, Kazakhstan's for Kazakh), an official the gazetteer lacks, named with a state's
    office and no country as the subject or as attending, is that country's: its press writes the country of
    every foreign official and leaves out its own. A language written by several states' press (Russian) has
    no such country: there the report's own side is that of its lead's subject («Председатель Кабинета
    министров Кыргызской Республики … принял …. Во встрече принял участие министр транспорта …»)."""
    for s in sents:
        home = s.language.text("home_officials", "country") or lead_country
        for m in s.mentions if home else ():
            person = m.person
            if person is None or person.country or person.from_gazetteer or not person.role or not m.titles:
                continue
            if m.reference or m.quoted or m.case not in ("nom", "with") or any(_non_state(t) for t in m.titles):
                continue
            person.country = home
            person.name = romanize(person.name_original, home)


def _non_state(title: Entry) -> bool:
    """A company's or an organization's office, or one of a union or a delegation: no state's."""
    data = title.data
    return bool(
        data.get("company")
        or data.get("company_of")
        or data.get("default_country")
        or data.get("class") == "delegation_head"
    )


def _taking_part(m: Mention) -> list[Person]:
    """The person a mention names taking part, as a list of none or one."""
    return [m.person] if m.person is not None and m.takes_part and not m.reference else []


def _deputies_sides(order: list[Seen]) -> None:
    """«Келіссөздерге Сыртқы істер министрінің орынбасары X да қатысты»: a deputy whose country the text
    does not write attends with the holder of the office deputised, named before: they are of one side."""
    for n, (_, person, _) in enumerate(order):
        deputy = next((d for d in DEPUTIES if (person.role or "").startswith(f"{d} ")), None)
        if person.country is not None or deputy is None:
            continue
        office = (person.role or "")[len(deputy) + 1 :]
        chief = next((p for _, p, _ in reversed(order[:n]) if p.country and p.role and p.role == office), None)
        if chief is not None:
            person.country = chief.country
            if not person.from_gazetteer:
                # Spelled before its country was known: spelled again as that country spells its people.
                person.name = romanize(person.name_original, person.country)


class _People:
    """The people named, in reading order, and for each office asked about, those who hold it: found once
    per office and country, then looked up by position (bisect), so that resolving grows with the text."""

    def __init__(self, order: list[Seen]) -> None:
        self.order = order
        self._fitting: dict[tuple[str, str | None, str | None], tuple[list[tuple[int, int]], list[Seen]]] = {}

    def first_of(self, country: str) -> Person | None:
        """«Түрік делегациясының басшысы», «глава делегации Турции»: the first of that side the article
        has taking part, who led its delegation."""
        return next((person for _, person, takes_part in self.order if takes_part and person.country == country), None)

    def holding(self, title: Entry, country: str | None) -> tuple[list[tuple[int, int]], list[Seen]]:
        key = (title.name, title.data.get("class"), country)
        if key not in self._fitting:
            seen = [i for i in self.order if _fits(i[1], title, country)]
            self._fitting[key] = ([i[0] for i in seen], seen)
        return self._fitting[key]


def _fits(person: Person, title: Entry, country: str | None) -> bool:
    wanted_class = title.data.get("class")
    if wanted_class:
        same_office = wanted_class in person.classes
    else:
        # One of a double office's parts, or the office itself, which may hold "and" in its own name (the
        # High Representative for Foreign Affairs and Security Policy).
        role = person.role or ""
        same_office = opens_with(role, title.name) or any(opens_with(o, title.name) for o in role.split(" and "))
    return same_office and (country is None or person.country == country)


def _protagonist(m: Mention, lead: Person | None, paragraph: list[Person]) -> Person | None:
    """A bare office as a sentence's subject («Форум аясында министр … кездесті», «Затем министр провел …»)
    is the one the report is about, the lead's subject, when they hold it: not whoever held that office
    last in the text (a partner quoted in between) — unless the paragraph reports an encounter of others, two
    people taking part and not the lead, one of whom holds it («На следующий день X встретился с министром
    энергетики Y. … Как отметил министр»: Y)."""
    if lead is None or m.country is not None or m.case != "nom" or m.titles[0].data.get("default_country"):
        return None
    others = {id(p): p for p in paragraph}
    if id(lead) not in others and len(others) > 1 and any(_fits(p, m.titles[0], None) for p in others.values()):
        return None
    return lead if _fits(lead, m.titles[0], None) else None


def _holder(m: Mention, order: _People, finder: Finder, gazetteer: Gazetteer, date: dt.date | None) -> Person | None:
    title = m.titles[0]
    country = m.country or title.data.get("default_country")
    if title.data.get("class") == "delegation_head":
        return order.first_of(country) if country else None
    generic = bool(title.data.get("generic"))
    if generic and country is None:
        return None  # «басшысы» alone: whose head it is, the text does not say
    here = (m.sentence, m.start)
    person = _named_holder(order, title, country, here)
    if person is None and m.country is None and country is not None:
        # The press's default («Глава государства» is Kazakhstan's) gives way to the holder of that office
        # the text has named: in a report of a visit to Bishkek, the Kyrgyz president.
        positions, seen = order.holding(title, None)
        taking_part = [i for i in seen[: bisect_left(positions, here)] if i[2]]
        person = taking_part[-1][1] if taking_part else None
    if (
        person is None
        and title.data.get("class") in ("head_of_state", "head_of_government")
        and country
        and not generic
    ):
        person = _sole_holder(title, country, finder, gazetteer, date)
    return person


def _named_holder(order: _People, title: Entry, country: str | None, here: tuple[int, int]) -> Person | None:
    """An office refers back to someone already named, in reading order («Президент высоко оценил … диалог
    с Президентом Ильхамом Алиевым» is not about Aliyev), and to someone taking part before someone merely
    mentioned («… Ілхам Әлиевке сәлем жолдады. — деді Президент» is not Aliyev); else forward."""
    positions, seen = order.holding(title, country)
    cut = bisect_left(positions, here)
    earlier = seen[:cut]
    if earlier:
        taking_part = [i for i in earlier if i[2]]
        return (taking_part or earlier)[-1][1]
    later = seen[cut:]
    later = later[1:] if later and later[0][0] == here else later
    return later[0][1] if later else None


def _sole_holder(
    title: Entry, country: str, finder: Finder, gazetteer: Gazetteer, date: dt.date | None
) -> Person | None:
    """The office has one holder: the gazetteer knows who held it on the article's date (the sitting one
    when the article has no date)."""
    for entry in gazetteer.holders(country, title.name, date):
        person = finder.people.get(entry.name) or Person(
            entry.name, spelled(entry, finder.lang), title.name, country, {str(title.data.get("class"))}
        )
        finder.people[entry.name] = person
        return person
    return None
