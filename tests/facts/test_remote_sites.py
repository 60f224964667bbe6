"""Sites toured outside any town (the pack's `remote_sites`, meetings/seats.py `_remote_site`), and sites and
residences named by their kind in quotes (`places: sites`)."""

from pathlib import Path

from .helpers import meetings


def test_a_deposit_toured_is_in_the_country_not_in_the_town_the_text_is_filed_from(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-07
---

Атырау, 6 октября. Министр энергетики Казахстана Ерлан Аккенженов и глава компании Eni Клаудио Дескальци посетили
нефтяное месторождение Кашаган.
"""
    (tour,) = meetings(tmp_path, text)
    assert (tour.location.place, tour.location.city, tour.location.country) == (
        "Kashagan deposit",
        None,
        "Kazakhstan",
    )
    assert tour.rules["location"] == ["place.seat.remote_site"]


def test_a_deposit_toured_in_kazakh(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-10-07
---

Энергетика министрі Ерлан Аккенженов Атырауда Chevron компаниясының басшысы Майк Вёртпен бірге Қашаған кен орнын
аралады.
"""
    (tour,) = meetings(tmp_path, text)
    assert (tour.location.place, tour.location.city, tour.location.country) == ("Kashagan deposit", None, "Kazakhstan")


def test_a_deposit_only_talked_about_is_no_place(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-07
---

Министр энергетики Казахстана Ерлан Аккенженов встретился в Астане с главой компании Eni Клаудио Дескальци.
Стороны обсудили разработку месторождения Кашаган.
"""
    (meeting,) = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city) == (None, "Astana")


def test_a_special_economic_zone_toured_is_named_by_its_kind(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-07
---

Премьер-министр Казахстана Олжас Бектенов и Премьер-министр Узбекистана Абдулла Арипов посетили специальную
экономическую зону «Сарыарка» в Караганде.
"""
    (tour,) = meetings(tmp_path, text)
    assert (tour.location.place, tour.location.city) == ("Saryarka special economic zone", "Karaganda")


def test_a_residence_the_gazetteer_lacks_is_named_by_its_quoted_name_and_kind(tmp_path: Path) -> None:
    ru = """---
lang: ru
date: 2026-09-16
---

Президент Узбекистана Шавкат Мирзиёев принял министра иностранных дел Турции Хакана Фидана.

Встреча прошла в резиденции «Кибрай».
"""
    kk = """---
lang: kk
date: 2026-09-16
---

Мемлекет басшысы Қасым-Жомарт Тоқаев Түркия Сыртқы істер министрі Хакан Фиданды қабылдады.

Кездесу «Кибрай» резиденциясында өтті.
"""
    for text in (ru, kk):
        (found,) = meetings(tmp_path, text)
        assert found.location.place == "Kibray residence"


def test_a_free_economic_zone_toured_lies_out_of_the_town_of_the_talks(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-09-17
---

Самарканд, 16 сентября. Хоким Самаркандской области Эркинжон Турдимов встретился с губернатором Омской области
Виталием Хоценко.

В тот же день гости посетили свободную экономическую зону «Каттакурган».
"""
    _, tour = meetings(tmp_path, text)
    assert (tour.location.place, tour.location.city, tour.location.country) == (
        "Kattakurgan free economic zone",
        None,
        "Uzbekistan",
    )


def test_a_company_toured_by_its_legal_form_is_its_works_in_the_town_of_the_talks(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-08
---

ГРОДНО, 8 октября (БЕЛТА) – Председатель Гродненского облисполкома Юрий Караев встретился с акимом Павлодарской
области Асаином Байхановым.

Накануне Асаин Байханов посетил ОАО «Белшина», где ознакомился с производством шин.
"""
    talks, tour = meetings(tmp_path, text)
    assert (talks.location.city, talks.location.country) == ("Grodno", "Belarus")
    assert (tour.location.place, tour.location.city, tour.location.country) == ("Belshina", "Grodno", "Belarus")


def test_a_company_named_as_a_party_is_no_place(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-08
---

Аким Павлодарской области Асаин Байханов встретился в Павлодаре с губернатором Омской области Виталием Хоценко.
Стороны обсудили поставки шин ОАО «Белшина».
"""
    (meeting,) = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city) == (None, "Pavlodar")


def test_a_plant_named_after_its_town_in_kazakh(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-14
---

Павлодар облысының әкімі Асаин Байханов Павлодарда Омбы облысының губернаторы Виталий Хоценкомен кездесті.

Сол күні өңір басшылары Павлодар мұнай-химия зауытына барып, өндіріспен танысты.
"""
    _, tour = meetings(tmp_path, text)
    assert (tour.location.place, tour.location.city) == ("Pavlodar petrochemical plant", "Pavlodar")
