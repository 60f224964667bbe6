"""Venues named by what they are and whose they are (the gazetteer's `venues:`, meetings/place.py)."""

from pathlib import Path

from .helpers import meetings


def test_a_chambers_building_is_the_venue_and_gives_its_city(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-04-14
---

Сенат Төрағасы Мәулен Әшімбаев ТМД Атқару комитетінің төрағасы Сергей Лебедевті қабылдады.

Кездесу Парламент Сенатының ғимаратында өтті.
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.place, found.location.city, found.location.country) == (
        "Senate building",
        "Astana",
        "Kazakhstan",
    )


def test_the_building_in_russian(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-14
---

Председатель Мажилиса Ерлан Кошанов принял Генерального секретаря ООН Антониу Гутерриша.
Встреча прошла в здании Мажилиса Парламента.
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.place, found.location.city) == ("Mazhilis building", "Astana")


def test_a_resort_zone_named_with_its_kind_word_is_the_venue_in_its_city(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-08-03
---

Премьер-министр Олжас Бектенов Түрікменстан Министрлер Кабинеті Төрағасының орынбасары Рашид Мередовпен кездесті.
Кездесу «Аваза» ұлттық туристік аймағында өтті.
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.place, found.location.city, found.location.country) == (
        "Avaza national tourist zone",
        "Turkmenbashi",
        "Turkmenistan",
    )


def test_the_resort_zone_in_russian(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-08-03
---

Премьер-министр Казахстана Олжас Бектенов встретился с заместителем Председателя Кабинета Министров Туркменистана
Рашидом Мередовым. Встреча прошла в национальной туристической зоне «Аваза».
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.place, found.location.city) == ("Avaza national tourist zone", "Turkmenbashi")


def test_a_delegation_arriving_after_the_reception_brings_its_city(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-11
---

Сенат Төрағасы Мәулен Әшімбаев ТМД Атқарушы хатшысы Сергей Лебедев бастаған делегацияны қабылдады.

ТМД делегациясы Астанаға үш күндік сапармен келген. Тараптар парламентаралық ынтымақтастықты талқылады.
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.city, found.location.country) == ("Astana", "Kazakhstan")


def test_the_delegation_arriving_in_russian(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-11
---

Председатель Сената Маулен Ашимбаев принял делегацию СНГ во главе с Исполнительным секретарем Сергеем Лебедевым.

Делегация СНГ прибыла в Алматы с трехдневным визитом. Стороны обсудили межпарламентское сотрудничество.
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.city, found.location.country) == ("Almaty", "Kazakhstan")


def test_the_house_of_ministries_is_a_venue_in_astana(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-03-04
---

Министр торговли и интеграции Арман Шаккалиев встретился с послом Японии Ёсиаки Исидой.
Встреча прошла в Доме министерств.
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.place, found.location.city, found.location.country) == (
        "House of Ministries",
        "Astana",
        "Kazakhstan",
    )


def test_an_organizations_secretariat_is_in_its_seat_city(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-12-02
---

В Секретариате ШОС министр иностранных дел Казахстана Ермек Кошербаев встретился с Генеральным секретарем
организации. Стороны обсудили программу председательства.
"""
    (meeting,) = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city, meeting.location.country) == (
        "SCO Secretariat",
        "Beijing",
        "China",
    )


def test_the_ministers_own_building_with_others_taking_part(tmp_path: Path) -> None:
    text = """ДУШАНБЕ, 15.05.2026 /АВЕСТА/. Министр иностранных дел Республики Таджикистан Сироджиддин Мухриддин \
принял копии верительных грамот Посла Кении Питера Мутисо.
Встреча прошла в здании министерства при участии заместителя министра иностранных дел.
"""
    (meeting,) = meetings(tmp_path, text, "a.txt")
    assert (meeting.location.place, meeting.location.city) == ("Ministry of Foreign Affairs", "Dushanbe")
