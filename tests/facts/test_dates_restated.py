"""A meeting whose opening sentence gives no day, dated by a later sentence naming the encounter as held on a day
(the packs' `encounter_restated:`, facts/dates.py `_again`)."""

import datetime as dt
from pathlib import Path

from briefgen.facts.language import facts_language

from .helpers import meetings


def test_consultations_named_again_with_their_day_are_dated_by_it(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-20
---

Қазақстан мен Оңтүстік Корея сыртқы істер министрліктері арасындағы саяси консультациялардың кезекті раунды Сеулде өтті.
18 мамырда өткен консультацияларда қазақстандық делегацияны Сыртқы істер министрінің орынбасары Роман Василенко,
корей тарапын Сыртқы істер министрінің бірінші орынбасары Пак Юн Чжу басқарды.
"""
    (found,) = meetings(tmp_path, text)
    assert found.kind == "meeting"
    assert found.date == dt.date(2026, 5, 18)


def test_consultations_named_again_as_held_yesterday(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-20
---

Қазақстан мен Оңтүстік Корея сыртқы істер министрліктері арасындағы саяси консультациялардың кезекті раунды Сеулде өтті.
Кеше өткен консультацияларда қазақстандық делегацияны Сыртқы істер министрінің орынбасары Роман Василенко,
корей тарапын Сыртқы істер министрінің бірінші орынбасары Пак Юн Чжу басқарды.
"""
    (found,) = meetings(tmp_path, text)
    assert found.date == dt.date(2026, 5, 19)


def test_a_meeting_named_again_in_russian(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

В Сеуле прошел очередной раунд политических консультаций между МИД Казахстана и Республики Корея.
На состоявшихся 18 мая консультациях казахстанскую делегацию возглавил заместитель министра иностранных дел
Роман Василенко, корейскую — первый заместитель министра иностранных дел Пак Юн Чжу.
"""
    (found,) = meetings(tmp_path, text)
    assert found.kind == "meeting"
    assert found.date == dt.date(2026, 5, 18)


def test_last_years_meeting_is_no_restatement() -> None:
    restated = facts_language("kk").restated()
    assert restated.search("Тараптар өткен жылы кездесу өткізген болатын.") is None
    assert restated.search("Астанада өткен кездесуде тараптар келісті.") is not None


def test_a_session_named_again_with_its_day_is_dated_by_it(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-09-12
---

Бішкекте Қазақстан мен Қырғызстанның су шаруашылығы жөніндегі комиссиясының кезекті отырысы өтті. Оған Су
ресурстары министрі Нұржан Нұржігітов пен Қырғызстанның Су ресурстары агенттігінің директоры Алмаз Бакиров
төрағалық етті.

10 қыркүйекте өткен отырыста тараптар Шу және Талас өзендерінің суын бөлу мәселесін қарады.
"""
    (found,) = meetings(tmp_path, text)
    assert found.date == dt.date(2026, 9, 10)


def test_a_tour_told_on_another_day_does_not_date_the_meeting(tmp_path: Path) -> None:
    # No one named makes the tour, so it is no encounter of its own; its «Накануне» is still not the talks' day.
    text = """ГРОДНО, 8 октября (БЕЛТА) – Председатель Гродненского облисполкома Юрий Караев встретился с акимом \
Костанайской области Кумаром Аксакаловым. Стороны обсудили поставки техники.
Накануне представители костанайских хозяйств посетили ОАО «Гродно Азот».
"""
    (found,) = meetings(tmp_path, text, "a.txt")
    assert found.date == dt.date(2026, 10, 8)
