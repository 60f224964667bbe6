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
