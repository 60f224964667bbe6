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
