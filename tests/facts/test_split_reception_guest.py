"""A reception that names its guest by a word, not a name («казахстанского дипломата принял», «қазақстандық
дипломатты … қабылдады»): a meeting of its own, with the visiting side of the meeting before (meetings/split.py
`_guest_of`, the pack's `openings: guest`)."""

from pathlib import Path

from .helpers import meetings


def test_the_diplomat_received_after_the_consultations_is_the_visiting_head(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-22
---

В Баку 21 апреля заместитель министра иностранных дел Казахстана Алибек Бакаев провел политические консультации
с заместителем министра иностранных дел Азербайджана Эльнуром Мамедовым. Стороны обсудили транзит через Каспий.

В тот же день казахстанского дипломата принял министр иностранных дел Азербайджана Джейхун Байрамов.
"""
    consultations, reception = meetings(tmp_path, text)
    assert reception.kind == "reception"
    assert {p.name for p in reception.participants} == {"Alibek Bakayev", "Jeyhun Bayramov"}
    assert [p.name for p in consultations.participants if p.country == "Azerbaijan"] == ["Elnur Mammadov"]


def test_the_diplomat_received_in_kazakh(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-04-22
---

Бакуде Қазақстан Сыртқы істер министрінің орынбасары Әлібек Бақаев пен Әзербайжан Сыртқы істер министрінің
орынбасары Эльнур Мамедов бастаған делегациялар арасында саяси консультациялар өтті.

Сол күні қазақстандық дипломатты Әзербайжан Сыртқы істер министрі Джейхун Байрамов қабылдады.
"""
    consultations, reception = meetings(tmp_path, text)
    assert reception.kind == "reception"
    assert {p.country for p in reception.participants} == {"Kazakhstan", "Azerbaijan"}
    assert "Jeyhun Bayramov" not in {p.name for p in consultations.participants}


def test_diplomats_received_together_are_no_guest_of_the_meeting_before(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-22
---

В Баку 21 апреля заместитель министра иностранных дел Казахстана Алибек Бакаев провел политические консультации
с заместителем министра иностранных дел Азербайджана Эльнуром Мамедовым.

В тот же день министр иностранных дел Азербайджана Джейхун Байрамов принял иностранных дипломатов.
"""
    assert len(meetings(tmp_path, text)) == 1
