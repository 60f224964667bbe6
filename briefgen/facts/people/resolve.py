"""People named by office alone («Қазақстан Үкіметінің басшысы», «Премьер-министр Таджикистана», «сказала
она») resolved to the person meant: someone named before, else the gazetteer's holder of the office."""

from __future__ import annotations

import datetime as dt

from ..gazetteer import Gazetteer, spelled
from ..meetings.sentences import Sent, subject_of
from .finder import Finder
from .model import Mention, Person


def resolve_offices(sents: list[Sent], finder: Finder, gazetteer: Gazetteer, date: dt.date | None = None) -> None:
    """«Қазақстан Үкіметінің басшысы», «Премьер-министр Таджикистана», «сказала она» → the person meant."""
    order: list[tuple[tuple[int, int], Person, bool]] = []
    for s in sents:
        for m in s.mentions:
            if m.person is not None:
                order.append(((s.index, m.start), m.person, m.takes_part))
    last_subject: Person | None = None
    for s in sents:
        for m in s.mentions:
            if m.reference and m.titles:
                m.person = _holder(m, order, finder, gazetteer, date)
        for m in s.mentions:
            if m.reference and not m.titles:
                m.person = last_subject  # a pronoun: the subject of the sentences before
        last_subject = subject_of(s) or last_subject


def _holder(
    m: Mention,
    order: list[tuple[tuple[int, int], Person, bool]],
    finder: Finder,
    gazetteer: Gazetteer,
    date: dt.date | None = None,
) -> Person | None:
    title = m.titles[0]
    country = m.country or title.data.get("default_country")
    wanted_class = title.data.get("class")
    generic = bool(title.data.get("generic"))
    if generic and country is None:
        return None  # «басшысы» alone: whose head it is, the text does not say

    def fits(person: Person, country: str | None = country) -> bool:
        offices = (person.role or "").split(" and ")
        same_office = (
            (wanted_class in person.classes) if wanted_class else any(o.startswith(title.name) for o in offices)
        )
        return same_office and (country is None or person.country == country)

    # An office refers back to someone already named, in reading order («Президент высоко оценил …
    # диалог с Президентом Ильхамом Алиевым» is not about Aliyev), and to someone taking part before
    # someone merely mentioned («… Ілхам Әлиевке сәлем жолдады. — деді Президент» is not Aliyev).
    here = (m.sentence, m.start)
    earlier = sorted((i for i in order if i[0] < here and fits(i[1])), key=lambda i: (i[2], i[0]))
    if earlier:
        return earlier[-1][1]
    later = [p for i, p, _ in order if i > here and fits(p)]
    if later:
        return later[0]
    if m.country is None and country is not None:
        # The press's default («Глава государства» is Kazakhstan's) gives way to the holder of that office
        # the text has named: in a report of a visit to Bishkek, the Kyrgyz president.
        named = sorted((i for i in order if i[0] < here and i[2] and fits(i[1], None)), key=lambda i: i[0])
        if named:
            return named[-1][1]
    if wanted_class in ("head_of_state", "head_of_government") and country and not generic:
        # The office has one holder: the gazetteer knows who holds it.
        for entry in gazetteer.people():
            if (
                entry.data.get("country") == country
                and entry.data.get("role") == title.name
                and _in_office(entry.data, date)
            ):
                person = finder.people.get(entry.name) or Person(
                    entry.name, spelled(entry, finder.lang), title.name, country, {wanted_class}
                )
                finder.people[entry.name] = person
                return person
    return None


def _in_office(data: dict[str, object], date: dt.date | None) -> bool:
    """An office changes hands: the gazetteer dates its holders («since», «until», year-month), and an
    article names the one in office on its date, or the sitting one when it has no date."""
    since, until = (str(data[k]) if data.get(k) else None for k in ("since", "until"))
    if date is None:
        return until is None
    month = f"{date.year:04d}-{date.month:02d}"
    return (since is None or since <= month) and (until is None or month < until)
