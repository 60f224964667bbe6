from pathlib import Path

from .helpers import meetings

RECEPTION = """---
lang: kk
date: 2025-03-14
---

Ақордада Мемлекет басшысы Қасым-Жомарт Тоқаев Қырғыз Республикасы
Министрлер Кабинетінің Төрағасы Адылбек Қасымалиевті қабылдады.

Адылбек Қасымалиев Мемлекет басшысына Қырғызстан Президенті Садыр Жапаровтың сәлемін жеткізді.
Тараптар су ресурстарын пайдалану мәселелерін талқылады.

«Біз 36 бірлескен жобаны іске асырып жатырмыз», — деді Мемлекет басшысы.
"""

PHONE_CALL = """---
lang: ru
date: 2025-01-10
---

Глава государства Касым-Жомарт Токаев 9 января провел телефонный разговор
с Президентом Узбекистана Шавкатом Мирзиёевым.

Стороны обсудили торговлю: товарооборот превысил 4 млрд долларов. Лидеры договорились встретиться в Ташкенте.
"""


def test_a_reception_with_host_guest_venue_and_an_absent_leader(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, RECEPTION)
    assert meeting.kind == "reception"
    assert (meeting.location.place, meeting.location.city, meeting.location.country) == (
        "Akorda",
        "Astana",
        "Kazakhstan",
    )
    people = {p.name: (p.role, p.country, p.host, p.name_original) for p in meeting.participants}
    assert people == {
        "Kassym-Jomart Tokayev": ("president", "Kazakhstan", True, "Қасым-Жомарт Тоқаев"),
        "Adylbek Kasymaliev": ("chairman of the cabinet of ministers", "Kyrgyzstan", False, "Адылбек Қасымалиев"),
    }
    assert [(f.value, f.unit) for f in meeting.figures] == [(36, "projects")]
    assert [(q.speaker, q.text_original) for q in meeting.quotes] == [
        ("Kassym-Jomart Tokayev", "Біз 36 бірлескен жобаны іске асырып жатырмыз")
    ]
    assert "water" in meeting.topics
    assert str(meeting.date) == "2025-03-14"


def test_a_phone_call_has_no_host_and_no_place_and_takes_its_date_from_the_text(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, PHONE_CALL)
    assert meeting.kind == "phone call"
    assert str(meeting.date) == "2025-01-09"
    assert (meeting.location.city, meeting.location.country) == (None, None)
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Kassym-Jomart Tokayev", False),
        ("Shavkat Mirziyoyev", False),
    }
    assert meeting.figures[0].value == 4e9 and meeting.figures[0].unit == "USD"
    assert meeting.outcome is not None


def test_every_fact_records_its_sentences(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, RECEPTION)
    assert meeting.sentences and all(p.sentences for p in meeting.participants)
    assert meeting.evidence["kind"][0] == meeting.sentences[0]
    assert all(f.sentences for f in meeting.figures) and all(q.sentences for q in meeting.quotes)


def test_an_article_with_no_encounter_has_no_meetings(tmp_path: Path) -> None:
    assert meetings(tmp_path, "---\nlang: ru\n---\n\nВ Астане прошла выставка книг.\n") == []
