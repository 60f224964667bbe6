"""Towns the gazetteer lacks: read from the word for their kind or from the locative after «в», beside the
word for the encounter; never an organisation, an origin or a town merely mentioned."""

from pathlib import Path

import pytest

from .helpers import meetings


def _one(tmp_path: Path, lang: str, text: str):
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    return meeting


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        (
            "ru",
            "В Щучинске под председательством Касым-Жомарта Токаева состоялось заседание Совета иностранных "
            "инвесторов.",
            "Shchuchinsk",
        ),
        ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Каркаралинске.", "Karkaralinsk"),
        ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в курортном посёлке Сарыагаш.", "Saryagash"),
        ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті. Кездесу Кендірлі курортында өтті.", "Kendirli"),
    ],
)
def test_a_town_outside_the_gazetteer_places_the_meeting(tmp_path: Path, lang: str, text: str, city: str) -> None:
    meeting = _one(tmp_path, lang, text)
    assert meeting.location.city == city and meeting.rules["location"] == ["place.town"]


def test_a_chaired_meeting_in_an_unknown_town_is_in_the_chairs_country(tmp_path: Path) -> None:
    meeting = _one(
        tmp_path,
        "ru",
        "В Щучинске под председательством Президента Казахстана Касым-Жомарта Токаева состоялось заседание "
        "Совета иностранных инвесторов.",
    )
    assert meeting.location.country == "Kazakhstan"


def test_a_port_named_by_its_known_town_is_that_towns_port(tmp_path: Path) -> None:
    meeting = _one(tmp_path, "kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті. Кездесу Ақтау портында өтті.")
    assert (meeting.location.place, meeting.location.city, meeting.location.country) == (
        "Port of Aktau",
        "Aktau",
        "Kazakhstan",
    )


@pytest.mark.parametrize(
    "text",
    [
        # An organisation in the locative, an origin, a town in a sentence about something else.
        "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Минфине.",
        "Шавкат Мирзиёев, прибывший из Каркаралинска, встретился с Касым-Жомартом Токаевым.",
        "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым. Стороны обсудили строительство завода в Каркаралинске.",
        "Касым-Жомарт Токаев встретился в Сенате с Шавкатом Мирзиёевым.",
    ],
)
def test_no_town_is_made_of_an_organisation_an_origin_or_a_mention(tmp_path: Path, text: str) -> None:
    meeting = _one(tmp_path, "ru", text)
    assert meeting.location.city is None


def test_a_town_after_the_words_reporting_a_meeting_with_a_long_list_of_who_met(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-05
---

Стороны подвели итоги года. Встреча Премьер-министра Казахстана Олжаса Бектенова и Премьер-министра Узбекистана
Абдуллы Арипова состоялась в Кентау.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.kind == "meeting" and meeting.rules["kind"] == ["ru.meeting.verb"]
    assert meeting.location.city == "Kentau"


def test_a_town_the_gazetteer_lacks_is_in_the_country_of_who_receives_there(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-05
---

Стороны подвели итоги года. Президент Узбекистана Шавкат Мирзиёев в Нукусе принял министра иностранных дел
Казахстана Ермека Кошербаева.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.city, meeting.location.country) == ("Nukus", "Uzbekistan")


def test_a_bare_kazakh_town_in_the_locative_beside_the_words_reporting_the_meeting(tmp_path: Path) -> None:
    met = "Олжас Бектенов Абдулла Ариповпен кездесті."
    assert _one(tmp_path, "kk", f"{met} Кездесу Сайрамда өтті.").location.city == "Sayram"
    # Not a seat named with a capital, nor a place named far from the encounter.
    assert _one(tmp_path, "kk", f"{met} Кездесу Үкіметте өтті.").location.city is None
    far = "Олжас Бектенов Абдулла Ариповпен кездесті. Тараптар Сайрамда салынып жатқан зауытты талқылады."
    assert _one(tmp_path, "kk", far).location.city is None




@pytest.mark.parametrize(
    "second",
    [
        # The word for the encounter, capitalised as a sentence's first word, in the locative («at the meeting»).
        "Сол күні Серік Жұмаңғаринді Әзербайжан Премьер-министрі Әли Әсәдов қабылдады. "
        "Кездесуде комиссия отырысының қорытындылары талқыланды.",
        # A weekday so written («on Friday»).
        "Жұмада кездесу жалғасты: Серік Жұмаңғаринді Әзербайжан Премьер-министрі Әли Әсәдов қабылдады.",
    ],
)
def test_a_common_word_first_in_its_sentence_is_no_town(tmp_path: Path, second: str) -> None:
    # The second meeting stays in the city of the first.
    first = "Бакуде Серік Жұмаңғарин Әзербайжан Экономика министрі Микаил Джаббаровпен кездесті."
    found = meetings(tmp_path, f"---\nlang: kk\n---\n\n{first}\n\n{second}\n")
    assert [(m.location.city, m.location.country) for m in found] == [("Baku", "Azerbaijan")] * 2


@pytest.mark.parametrize(
    ("lang", "tour"),
    [
        ("kk", "Ертесі Нұрдәулет Қилыбай мен Роберт Йылдырым Шетпе кентіндегі зауытты аралады."),
        ("ru", "На следующий день Нурдаулет Килыбай и Роберт Йылдырым посетили завод в поселке Шетпе."),
    ],
)
def test_a_tour_to_a_town_the_gazetteer_lacks_named_by_its_kind_is_in_that_town(
    tmp_path: Path, lang: str, tour: str
) -> None:
    opening = {
        "kk": "Маңғыстау облысының әкімі Нұрдәулет Қилыбай Ақтауда Роберт Йылдырыммен кездесті.",
        "ru": "Аким Мангистауской области Нурдаулет Килыбай встретился в Актау с Робертом Йылдырымом.",
    }[lang]
    found = meetings(tmp_path, f"---\nlang: {lang}\ndate: 2026-10-07\n---\n\n{opening}\n\n{tour}\n")
    assert [(m.location.city, m.location.country) for m in found] == [("Aktau", "Kazakhstan"), ("Shetpe", "Kazakhstan")]


def test_a_port_toured_named_by_its_town_and_its_kind_is_that_port_in_that_town(tmp_path: Path) -> None:
    text = (
        "---\nlang: kk\ndate: 2026-10-07\n---\n\nМаңғыстау облысының әкімі Нұрдәулет Қилыбай Астанада Роберт "
        "Йылдырыммен кездесті.\n\nЕртесі Нұрдәулет Қилыбай мен Роберт Йылдырым Құрық халықаралық теңіз портына "
        "барып, терминал құрылысымен танысты.\n"
    )
    found = meetings(tmp_path, text)
    assert (found[-1].location.place, found[-1].location.city) == ("Kuryk International Sea Port", "Kuryk")
