"""One person named in several forms in one article: a surname alone, a name in another case, a shorter
form of a fuller name («Қайс бин Мұхаммед әл-Юсуф», then «Қайс әл-Юсуф»). Each finds the person already
named (the article's people by their English name), so that they are one participant, not two."""

from __future__ import annotations

from ..gazetteer import Entry
from .companies import keeps_own_title
from .model import Person
from .offices import same_office
from .words import same_words, says_more, shortened


def named_before(people: dict[str, Person], words: list[str], original: str, endings: bool) -> Person | None:
    """The person a name the gazetteer lacks stands for, named earlier in the article; `endings` where the
    language declines a name on its last word only."""
    named = people.values()
    person = next((p for p in named if p.name_original == original), None)
    if person is None and len(words) == 1:
        # A surname alone: the person named in full earlier.
        person = next((p for p in named if p.name_original.split()[-1].lower() == original.lower()), None)
    if person is None and not endings and len(words) > 1:
        # The same foreign name in two cases reduced to two nominatives («Сухаилем» → Сухаил, «Сухаиля» →
        # Сухаиля): one person, named in full earlier, whose every word this one's begins like.
        person = next((p for p in named if same_words(p.name_original, " ".join(words))), None)
    if person is None and len(words) > 1:
        # «Қайс бин Мұхаммед әл-Юсуф», then «Қайс әл-Юсуф»: a shorter form of a fuller name given before.
        person = next((p for p in named if shortened(p.name_original, original)), None)
    return person


def fuller_named(people: dict[str, Person], entry: Entry, role: str | None, country: str | None) -> Person | None:
    """A gazetteer name in a short form («Халид әл-Фалих») of a fuller one the article gave before and the
    gazetteer lacks («Халид бин Абдулла әл-Фалих»): that person, now known by the gazetteer's name (the
    caller files them under it); the original stays the fuller form, the office the text wrote stays."""
    fuller = next(
        (p for p in people.values() if not p.from_gazetteer and shortened(p.name_original, entry.variant)), None
    )
    if fuller is not None:
        for key in [k for k, v in people.items() if v is fuller]:
            del people[key]
        fuller.name, fuller.from_gazetteer = entry.name, True
        fuller.role = fuller.role if fuller.role_in_text else role or fuller.role
        fuller.country = fuller.country or country
    return fuller


def namesake_named(people: dict[str, Person], entry: Entry) -> Person | None:
    """A surname alone that the gazetteer knows for someone is the namesake the article has named in full
    instead (Акылбек Жапаров, then «Жапаров»: not Sadyr Japarov), unless it named the gazetteer's one."""
    if entry.name in people or len(entry.variant.split()) < 2:
        return None
    surname = entry.variant.split()[-1].lower()
    namesakes = [
        p
        for p in people.values()
        if len(p.name_original.split()) > 1 and p.name_original.split()[-1].lower() == surname
    ]
    return namesakes[-1] if namesakes else None


def anothers_office(people: dict[str, Person], person: Person, role: str | None) -> bool:
    """«Мұрагер ханзада Қасым-Жомарт Тоқаевты … шақырды»: an office written beside a person the gazetteer
    knows in another office, which another person of the article holds, is that person's (the sentence's
    subject), never copied onto this one."""
    if not (person.from_gazetteer and person.role and role):
        return False
    if same_office(role, person.role) or person.role.startswith(role) or role.startswith(person.role):
        return False
    return any(
        other is not person and other.role and any(same_office(role, held) for held in other.role.split(" and "))
        for other in people.values()
    )


def text_role_wins(people: dict[str, Person], person: Person, role: str | None, titles: list[Entry]) -> bool:
    """The text's office replaces the person's where it says more, is not a company's generic wording of its
    head's own title, and is not another person's office written beside a known one."""
    if anothers_office(people, person, role):
        return False
    return says_more(person, role, titles) and not keeps_own_title(person, role, titles[-1])


def anothers_side(person: Person, role: str | None, country: str | None) -> bool:
    """«Сербия Президенті Александр Вучич қабылдады. Қазақстан министрі Вучичке … жеткізді»: an office and
    a country written before a person already named with another country and another office are the
    sentence's subject's, never his: a person's country comes from his own office or name, not another's."""
    if not (person.country and country and role and person.role) or country == person.country:
        return False
    return not same_office(role, person.role)
