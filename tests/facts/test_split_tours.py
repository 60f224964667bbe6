"""A tour the heads of two regions make together after their meeting (meetings/split.py `_counts`, the pack's
`together: both`), and where it goes (meetings/place.py, towns.py)."""

from pathlib import Path

from .helpers import meetings

RU = """---
lang: ru
date: 2026-09-16
---

Аким Северо-Казахстанской области Гауез Нурмухамбетов 15 сентября встретился в Омске с губернатором Омской области
Виталием Хоценко. Стороны обсудили поставки зерна и ремонт автомобильных дорог.

Затем главы регионов посетили {site}.
"""


def test_the_heads_of_the_regions_named_together_make_a_tour_of_their_own(tmp_path: Path) -> None:
    meeting, tour = meetings(tmp_path, RU.format(site="машиностроительный завод «Сибирь»"))
    assert (meeting.kind, tour.kind) == ("meeting", "visit")
    assert [(p.name, p.host) for p in tour.participants] == [
        ("Gauez Nurmukhambetov", False),
        ("Vitaly Khotsenko", True),
    ]
    assert (tour.location.place, tour.location.city, tour.location.country) == ("Sibir plant", "Omsk", "Russia")


def test_a_district_the_tour_goes_to_is_no_town(tmp_path: Path) -> None:
    (_, tour) = meetings(tmp_path, RU.format(site="элеватор «Колос» в Азовском районе"))
    assert tour.location.city is None
    assert tour.location.country == "Russia"


def test_the_heads_of_the_regions_in_kazakh(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-09-16
---

Солтүстік Қазақстан облысының әкімі Гауез Нұрмұхамбетов 15 қыркүйекте Омбыда Омбы облысының губернаторы Виталий
Хоценкомен кездесті. Тараптар астық жеткізу мәселесін талқылады.

Сол күні өңір басшылары Омбы қаласындағы вагон жөндеу зауытын аралады.
"""
    meeting, tour = meetings(tmp_path, text)
    assert tour.kind == "visit"
    assert {p.name for p in tour.participants} == {p.name for p in meeting.participants}


def test_the_heads_of_two_regions_touring_together(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-09-16
---

Аким Северо-Казахстанской области Гауез Нурмухамбетов 15 сентября встретился в Петропавловске с губернатором
Тюменской области Александром Моором. Стороны обсудили поставки зерна.

Затем главы двух регионов посетили молочный комбинат «Молпродукт».
"""
    meeting, tour = meetings(tmp_path, text)
    assert tour.kind == "visit"
    assert {p.name for p in tour.participants} == {p.name for p in meeting.participants}


def test_a_tour_dated_to_another_day_than_the_talks_is_its_own_meeting(tmp_path: Path) -> None:
    # «Кеше» dates the talks, «Бүгін» the tour: two days, two encounters, with no «сол күні» or «затем» between.
    # The dam stands by the town of the talks, so that town is its city.
    text = """ШЫМКЕНТ, 14 мамыр. – Кеше Шымкентте Қазақстанның Су ресурстары министрі Нұржан Нұржігітов пен \
Өзбекстанның Су шаруашылығы министрі Шавкат Хамраев келіссөз жүргізді. Тараптар суару маусымын талқылады.

Бүгін министрлер Бадам су қоймасын аралап, оның жұмысымен танысты.
"""
    talks, tour = meetings(tmp_path, text, "a.txt")
    assert (talks.kind, tour.kind) == ("talks", "visit")
    assert [(m.date.month, m.date.day) for m in (talks, tour) if m.date] == [(5, 13), (5, 14)]
    assert (tour.location.place, tour.location.city) == ("Badam reservoir", "Shymkent")


def test_a_tour_the_same_day_as_the_talks_stays_part_of_them(tmp_path: Path) -> None:
    text = """ШЫМКЕНТ, 14 мамыр. – Бүгін Шымкентте Қазақстанның Су ресурстары министрі Нұржан Нұржігітов пен \
Өзбекстанның Су шаруашылығы министрі Шавкат Хамраев кездесті. Тараптар суару маусымын талқылады.

Бүгін министрлер Бадам су қоймасын аралап, оның жұмысымен танысты.
"""
    assert len(meetings(tmp_path, text, "a.txt")) == 1


def test_a_tour_the_day_before_the_meeting_the_dateline_dates_is_its_own(tmp_path: Path) -> None:
    # The talks carry no day but the dateline's; «Накануне» dates the plant tour a day earlier, so it is a
    # second encounter, with its own date, made by the guest the sentence names.
    text = """ОМСК, 14 мая. – Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области \
Асаином Байхановым. Стороны обсудили поставки зерна.

Накануне Асаин Байханов посетил нефтеперерабатывающий завод «Омский», где ознакомился с производством.
"""
    talks, tour = meetings(tmp_path, text, "a.txt")
    assert (talks.kind, tour.kind) == ("meeting", "visit")
    assert [(m.date.month, m.date.day) for m in (talks, tour) if m.date] == [(5, 14), (5, 13)]
    assert [p.name for p in tour.participants] == ["Asain Baikhanov"]


def test_the_same_tour_told_without_a_day_of_its_own_stays_part_of_the_meeting(tmp_path: Path) -> None:
    text = """ОМСК, 14 мая. – Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области \
Асаином Байхановым. Стороны обсудили поставки зерна.

Асаин Байханов также посетил нефтеперерабатывающий завод «Омский».
"""
    assert len(meetings(tmp_path, text, "a.txt")) == 1


GUESTS = """САМАРКАНД, 17 сентября. – Хоким Самаркандской области Эркинжон Турдимов встретился с губернатором Омской \
области Виталием Хоценко, прибывшим в регион с рабочим визитом. Стороны обсудили поставки зерна.

В тот же день {who} посетили текстильную фабрику «Ипак».
"""


def test_the_guests_named_by_that_word_make_the_tour_the_host_does_not(tmp_path: Path) -> None:
    _, tour = meetings(tmp_path, GUESTS.format(who="гости"), "a.txt")
    assert tour.kind == "visit"
    assert [p.name for p in tour.participants] == ["Vitaly Khotsenko"]


def test_a_delegation_led_by_someone_named_is_that_one_on_tour(tmp_path: Path) -> None:
    text = GUESTS.format(who="делегация во главе с Виталием Хоценко").replace("посетили", "посетила")
    _, tour = meetings(tmp_path, text, "a.txt")
    assert [p.name for p in tour.participants] == ["Vitaly Khotsenko"]


def test_the_guests_in_kazakh_shown_round_by_the_host(tmp_path: Path) -> None:
    text = """ПАВЛОДАР, 14 мамыр. – Павлодар облысының әкімі Асаин Байханов Омбы облысының губернаторы Виталий \
Хоценкомен кездесті. Тараптар астық жеткізу мәселесін талқылады.

Сол күні қонақтар Асаин Байхановпен бірге вагон жөндеу зауытын аралады.
"""
    _, tour = meetings(tmp_path, text, "a.txt")
    assert {p.name for p in tour.participants} == {"Vitaly Khotsenko", "Asain Baikhanov"}
