"""Who said each quotation (briefgen/facts/attribution/speakers.py)."""

from pathlib import Path

from .helpers import meetings


def test_the_head_of_an_organization_named_in_the_attribution_is_the_one_named_before(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2025-05-14
---

Мемлекет басшысы Ақордада ЮНИДО Бас директоры Бобур Әлиевті қабылдады.

Қасым-Жомарт Тоқаев ұйыммен ынтымақтастықты жоғары бағалады.

– Біз Қазақстанның индустрияландыру бағдарламасын қолдаймыз, – деді ЮНИДО басшысы.
"""
    [meeting] = meetings(tmp_path, body)
    head = next(p for p in meeting.participants if p.role == "director general of unido")
    assert [q.speaker for q in meeting.quotes] == [head.name]


def test_an_office_no_one_was_resolved_to_is_the_last_person_named_who_holds_it(tmp_path: Path) -> None:
    # The paragraph before is about the other side; «еурокомиссар» names the commissioner met.
    body = """---
lang: kk
date: 2026-03-02
---

Министр Ерлан Ақкенженов Еуропалық комиссияның энергетика жөніндегі комиссары Дан Йоргенсенмен кездесті.

Ерлан Ақкенженов Қазақстанның мұнай экспорты туралы айтып, жаңа жобаларға тоқталды.

– Біз Каспий арқылы таза энергия жеткізу жобасын қолдауға дайынбыз, – деді еурокомиссар.
"""
    [meeting] = meetings(tmp_path, body)
    assert [q.speaker for q in meeting.quotes] == ["Dan Jørgensen"]
