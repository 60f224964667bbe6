"""Receptions whose guest only the visit names, reports whose encounters are all planned or recalled, and
video talks named by one word (briefgen/facts/meetings/split.py, the triggers of the language packs)."""

from pathlib import Path

from briefgen.facts.language import facts_language
from briefgen.facts.triggers import triggers

from .helpers import meetings


def _names(meeting) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in meeting.participants)


def test_a_guest_received_as_a_pronoun_within_a_visit_is_the_traveller(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-10-05
---

Сергей Лебедев 5 қазанда Астанаға жұмыс сапарымен келді.

Сапар барысында оны Сенат Төрағасы Мәулен Әшімбаев қабылдады. Кездесуде парламентаралық байланыстар талқыланды.

Сол күні Сергей Лебедев Мәжіліс Төрағасы Ерлан Қошановпен кездесті.
"""
    found = meetings(tmp_path, text)
    assert [m.kind for m in found] == ["reception", "meeting"]
    assert _names(found[0]) == ["Maulen Ashimbayev", "Sergei Lebedev"]
    assert _names(found[1]) == ["Sergei Lebedev", "Yerlan Koshanov"]


def test_a_russian_report_names_the_received_traveller_by_a_pronoun_too(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-05
---

Генеральный секретарь ООН Антониу Гутерриш прибыл в Астану с рабочим визитом.

В рамках визита его принял Председатель Сената Маулен Ашимбаев. Стороны обсудили водную повестку региона.
"""
    found = meetings(tmp_path, text)
    assert [m.kind for m in found] == ["reception"]
    assert _names(found[0]) == ["António Guterres", "Maulen Ashimbayev"]


def test_a_pronoun_adopted_outside_a_visit_receives_no_one(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-10-05
---

Мәжіліс салық кодексіне түзетулерді мақұлдады. Бүгін оны Сенат Төрағасы Мәулен Әшімбаев басқарған палата қабылдады.
"""
    assert meetings(tmp_path, text) == []


def test_a_report_of_figures_with_a_recalled_meeting_and_a_planned_visit_has_no_meeting(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-02-03
---

Азия даму банкі 2025 жылы Қазақстандағы жобаларға 900 млн доллар бөлді, деп хабарлайды банктің өкілдігі.

Еске салсақ, өткен жылдың мамыр айында Токиода Ұлттық экономика министрі банк басшылығымен кездесіп,
жаңа жобаларды талқылаған еді.

Өкілдіктің мәліметінше, Бақытжан Сағынтаев сәуір айында Алматыға сапармен келіп, кәсіпкерлермен кездеседі деп
жоспарланып отыр.
"""
    assert meetings(tmp_path, text) == []


def test_video_talks_named_by_one_compound_word_are_calls_one_after_another(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-07-14
---

Министр иностранных дел Казахстана Ермек Кошербаев во вторник провел переговоры по видеосвязи с Генеральным
секретарем ШОС Нурланом Ермекбаевым. Обсуждалась подготовка к заседанию министров.

В тот же день Ермек Кошербаев провел видеовстречу с Генеральным секретарем ООН Антониу Гутеррешем.
Стороны обсудили водную повестку.
"""
    found = meetings(tmp_path, text)
    assert [m.kind for m in found] == ["phone call", "phone call"]
    assert _names(found[1]) == ["António Guterres", "Yermek Kosherbayev"]


def test_video_talks_in_kazakh() -> None:
    found = triggers("Министр Еуропа комиссары мен бейнекездесу өткізді.", facts_language("kk"))
    assert [(t.kind, t.event) for t in found] == [("phone call", True)]


def test_taking_part_in_a_gathering_of_speakers_reports_it_and_a_talk_on_its_sidelines_is_another(
    tmp_path: Path,
) -> None:
    text = """---
lang: ru
date: 2026-09-20
---

Председатель Мажилиса Ерлан Кошанов принял участие во встрече спикеров парламентов, которая прошла в Баку.

Во встрече также участвовали Председатель Сената Маулен Ашимбаев и Генеральный секретарь СНГ Сергей Лебедев.

На полях мероприятия Ерлан Кошанов провел двустороннюю встречу с Сергеем Лебедевым.
"""
    found = meetings(tmp_path, text)
    assert [m.kind for m in found] == ["meeting", "meeting"]
    assert _names(found[0]) == ["Maulen Ashimbayev", "Sergei Lebedev", "Yerlan Koshanov"]
    assert _names(found[1]) == ["Sergei Lebedev", "Yerlan Koshanov"]


def test_taking_part_in_a_meeting_in_kazakh() -> None:
    found = triggers("Сенат Төрағасы парламент басшыларының кездесуіне қатысты.", facts_language("kk"))
    assert [(t.kind, t.event) for t in found] == [("meeting", True)]
    attended = triggers("Кездесуге министрліктің хатшысы қатысты.", facts_language("kk"))
    assert [(t.kind, t.event) for t in attended] == [("meeting", False)]


def test_a_sentence_going_on_from_a_recalled_one_names_no_one_taking_part(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-10-15
---

Сенат Төрағасы Мәулен Әшімбаев ТМД Атқарушы хатшысы Сергей Лебедевті қабылдады. Тараптар парламентаралық
байланыстарды талқылады.

Еске сала кетейік, биыл наурызда Сергей Лебедевті Мемлекет басшысы Қасым-Жомарт Тоқаев қабылдаған болатын. Сонда
Президент ТМД-ның экономикалық бастамаларын қолдады.
"""
    (found,) = meetings(tmp_path, text)
    assert _names(found) == ["Maulen Ashimbayev", "Sergei Lebedev"]
