"""Dates of meetings (briefgen/facts/dates.py): the date grammar of each language, the year and the day
a report is read against, and which sentence dates which meeting."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.facts import apply_facts, extract_meetings, load_gazetteer
from briefgen.facts.dates import date_meetings, date_words, find_dates
from briefgen.load import read_document
from briefgen.model import Article, Meeting
from briefgen.segment import segment

from .helpers import article

D = dt.date
# A Tuesday.
TUESDAY = D(2025, 11, 25)


def read(lang: str, text: str, today: D | None = TUESDAY, previous: D | None = None) -> list[D | None]:
    words = date_words(lang)
    assert words is not None
    return [m.resolve(today, previous) for m in find_dates(text, words)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 наурыз", D(2025, 3, 12)),
        ("Кездесу 12 наурызда өтті", D(2025, 3, 12)),
        ("12 наурыздағы кездесу", D(2025, 3, 12)),
        ("12-наурызда", D(2025, 3, 12)),
        ("21 қазанда", D(2025, 10, 21)),
        ("5 шілдеде", D(2025, 7, 5)),
        ("2025 жылғы 12 наурызда", D(2025, 3, 12)),
        ("2019 жылдың 9 маусымында", D(2019, 6, 9)),
        ("1-желтоқсанда", D(2025, 12, 1)),
        ("2024 жылғы 5 мамырда", D(2024, 5, 5)),
        ("12 наурыз 2024 ж.", D(2024, 3, 12)),
        ("20 қыркүйек, 2014 жыл", D(2014, 9, 20)),
        ("12.03.2025", D(2025, 3, 12)),
        ("14.10.25", D(2025, 10, 14)),
        ("2–3 наурызда", D(2025, 3, 2)),
        ("бүгін", TUESDAY),
        ("кеше", D(2025, 11, 24)),
        ("ертең", D(2025, 11, 26)),
        ("дүйсенбіде", D(2025, 11, 24)),
        ("дүйсенбі күні", D(2025, 11, 24)),
        ("сенбі күні", D(2025, 11, 22)),
        ("сейсенбі күні", TUESDAY),  # the day itself, not a week before; and not «сенбі»
        ("жексенбі күні кешке", D(2025, 11, 23)),
        ("жұмада", D(2025, 11, 21)),
    ],
)
def test_kazakh_dates_in_every_case_form(text: str, expected: D) -> None:
    assert read("kk", text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 апреля", D(2025, 4, 3)),
        ("3-4 апреля", D(2025, 4, 3)),
        ("12 марта 2024 года", D(2024, 3, 12)),
        ("12 март 2024 г.", D(2024, 3, 12)),
        ("Бишкек, 23 ноября.", D(2025, 11, 23)),
        ("НУР-СУЛТАН, 16 ноя - РИА Новости.", D(2025, 11, 16)),
        ("сегодня", TUESDAY),
        ("вчера", D(2025, 11, 24)),
        ("позавчера", D(2025, 11, 23)),
        ("в понедельник", D(2025, 11, 24)),
        ("во вторник", TUESDAY),
        ("в среду", D(2025, 11, 19)),
        ("в пятницу", D(2025, 11, 21)),
        ("в воскресенье", D(2025, 11, 23)),
        ("2025-03-12", D(2025, 3, 12)),
    ],
)
def test_russian_dates_in_every_case_form(text: str, expected: D) -> None:
    assert read("ru", text) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "наурызда"),  # a month without a day is no date
        ("ru", "в марте"),
        ("ru", "охрана окружающей среды и среда обитания"),
        ("kk", "Министр Жұма Қасымовпен кездесті"),  # a name, not a Friday
        ("ru", "рост на 4.5 процента, 10 млн тонн"),
        ("kk", "кешке"),  # «in the evening», not «кеше»
    ],
)
def test_words_that_are_no_dates(lang: str, text: str) -> None:
    assert read(lang, text) == []


def test_words_that_date_against_the_meeting_before() -> None:
    before = D(2025, 4, 12)
    assert read("kk", "Сол күні министр кездесті", previous=before) == [before]
    assert read("kk", "Ертесі келіссөздер жүргізді", previous=before) == [D(2025, 4, 13)]
    assert read("ru", "На следующий день прошли переговоры", previous=before) == [D(2025, 4, 13)]
    assert read("ru", "В тот же день", previous=before) == [before]


def test_the_year_puts_a_date_from_ten_months_before_the_reports_day_to_two_after() -> None:
    # Read on 3 January, «28 желтоқсанда» is last December; read on 20 December, «5 января» next January.
    assert read("kk", "28 желтоқсанда", today=D(2026, 1, 3)) == [D(2025, 12, 28)]
    assert read("ru", "5 января", today=D(2025, 12, 20)) == [D(2026, 1, 5)]
    assert read("kk", "12 наурызда", today=D(2025, 11, 25)) == [D(2025, 3, 12)]
    assert read("kk", "15 шілдеде", today=D(2024, 5, 20)) == [D(2024, 7, 15)]


def test_without_a_day_to_read_against_only_full_dates_resolve() -> None:
    found = read("ru", "вчера и в понедельник, а также 3 апреля и 03.04.2025", today=None)
    assert found == [None, None, None, D(2025, 4, 3)]


def dated(tmp_path: Path, body: str, openings: list[str], reference: D | None, name: str = "a.txt") -> list[D | None]:
    """The dates given to meetings opening at the sentences that hold these words."""
    found = date_meetings(*_meetings_at(tmp_path, body, openings, name), reference)
    return [m.date for m in found]


def _meetings_at(tmp_path: Path, body: str, openings: list[str], name: str) -> tuple[Article, list[Meeting]]:
    art = article(tmp_path, body, name)
    ids = [next(s.id for s in art.sentences() if words in s.plain) for words in openings]
    return art, [Meeting(kind="talks", sentences=[i], evidence={"kind": [i]}) for i in ids]


def test_the_dateline_dates_a_meeting_whose_sentences_give_none(tmp_path: Path) -> None:
    body = "АСТАНА, 21 қазан – Sputnik. Мемлекет басшысы Ақордада елшілерден сенім грамоталарын қабылдады.\n"
    assert dated(tmp_path, body, ["қабылдады"], D(2025, 10, 30)) == [D(2025, 10, 21)]


def test_a_line_with_only_a_date_dates_the_report_like_a_dateline(tmp_path: Path) -> None:
    body = "Премьер-министр Түркия Сыртқы істер министрімен кездесті.\n\n12:45, 12 Наурыз 2025\n"
    assert dated(tmp_path, body, ["кездесті"], D(2025, 6, 1)) == [D(2025, 3, 12)]
    body = "22.04.2020 | 15:03\n\nПрезидент в понедельник провел переговоры с премьер-министром.\n"
    assert dated(tmp_path, body, ["переговоры"], D(2025, 6, 1)) == [D(2020, 4, 20)]


def test_relative_words_count_from_the_dateline_not_from_the_file(tmp_path: Path) -> None:
    body = "Астана. 25 қараша. ҚазТАГ – Мемлекет басшысы дүйсенбі күні Еуропа Одағының өкілін қабылдады.\n"
    # The file was saved a week later; the dateline says which Monday.
    assert dated(tmp_path, body, ["қабылдады"], D(2025, 12, 2)) == [D(2025, 11, 24)]
    body = "Бишкек, 14.10.25. /Кабар/. Президент сегодня, 14 октября, принял верительные грамоты послов.\n"
    assert dated(tmp_path, body, ["принял"], D(2025, 10, 20)) == [D(2025, 10, 14)]


def test_without_a_dateline_relative_words_count_from_the_reference(tmp_path: Path) -> None:
    body = "АСТАНА. KAZINFORM – Мемлекет басшысы кеше Түркия Президентімен телефон арқылы сөйлесті.\n"
    assert dated(tmp_path, body, ["сөйлесті"], D(2025, 2, 18)) == [D(2025, 2, 17)]
    body = "АСТАНА. KAZINFORM – Президент в понедельник провел телефонный разговор с Президентом Азербайджана.\n"
    assert dated(tmp_path, body, ["разговор"], D(2025, 12, 3)) == [D(2025, 12, 1)]


def test_front_matter_gives_the_year_and_the_date_of_an_undated_meeting(tmp_path: Path) -> None:
    front = "---\ndate: 2024-05-20\nlang: kk\n---\n\n"
    assert dated(
        tmp_path, front + "Министр 15 шілдеде Бакуде келіссөздер жүргізді.\n", ["Бакуде"], D(2026, 1, 1), "a.md"
    ) == [D(2024, 7, 15)]
    assert dated(tmp_path, front + "Министр Ақордада кездесті.\n", ["кездесті"], D(2026, 1, 1), "b.md") == [
        D(2024, 5, 20)
    ]


def test_a_background_date_does_not_date_todays_meeting(tmp_path: Path) -> None:
    body = (
        "Астана. 25 қараша. ҚазТАГ – Мемлекет басшысы дүйсенбі күні Еуропа Одағының өкілін қабылдады.\n"
        "Жоғары өкіл Астанаға жексенбі күні кешке келді.\n"
        "Сыртқы істер министрі онымен келіссөздер жүргізді.\n"
    )
    # The arrival on Sunday lies between the two meetings; the talks follow the reception, not the arrival.
    assert dated(tmp_path, body, ["қабылдады", "келіссөздер"], D(2025, 11, 25)) == [D(2025, 11, 24), D(2025, 11, 24)]
    body = (
        "---\ndate: 2025-03-14\nlang: ru\n---\n\n"
        "Напомним, 3 марта министры уже встречались в Ташкенте.\n\n"
        "Министр провел переговоры с коллегой.\n"
    )
    assert dated(tmp_path, body, ["переговоры"], None, "c.md") == [D(2025, 3, 14)]


def test_a_date_later_in_a_meetings_text_is_another_events(tmp_path: Path) -> None:
    body = (
        "---\ndate: 2025-06-11\nlang: kk\n---\n\n"
        "Министр әріптесімен кездесті. Тараптар 2024 жылғы 5 мамырда қол қойылған келісімді талқылады.\n"
    )
    assert dated(tmp_path, body, ["кездесті"], None, "a.md") == [D(2025, 6, 11)]


def test_the_nearest_date_before_the_opening_dates_it(tmp_path: Path) -> None:
    body = "Премьер-министр 12 наурызда Өзбекстанға барды. Ташкентте Өзбекстан Президенті оны қабылдады.\n"
    assert dated(tmp_path, body, ["қабылдады"], D(2025, 3, 20)) == [D(2025, 3, 12)]


def test_the_same_day_as_the_day_last_stated_when_no_meeting_came_before(tmp_path: Path) -> None:
    body = "Премьер-министр 12 наурызда Ташкентке барды. Сол күні ол Өзбекстан Президентімен кездесті.\n"
    assert dated(tmp_path, body, ["кездесті"], D(2025, 3, 20)) == [D(2025, 3, 12)]


def test_each_meeting_takes_the_date_of_the_one_before_unless_it_states_its_own(tmp_path: Path) -> None:
    body = (
        "Министр 10 шілдеде Пекинде әріптесімен кездесті.\n"
        "Министр провинция әкімімен де кездесті.\n"
        "Ертесі Шанхайда келіссөздер жүргізді.\n"
        "12 шілдеде министр Гонконгта болды.\n"
    )
    assert dated(tmp_path, body, ["Пекинде", "провинция", "Шанхайда", "Гонконгта"], D(2025, 7, 20)) == [
        D(2025, 7, 10),
        D(2025, 7, 10),
        D(2025, 7, 11),
        D(2025, 7, 12),
    ]


def test_an_event_to_come_or_recalled_dates_no_meeting(tmp_path: Path) -> None:
    body = "АСТАНА. KAZINFORM – Федеральный канцлер Германии посетит Казахстан с официальным визитом 3–4 ноября.\n"
    assert dated(tmp_path, body, ["посетит"], D(2025, 10, 20)) == [None]
    body = (
        "АСТАНА, 10 ақпан – Sputnik. Канцлер 2–3 наурызда Қазақстанға ресми сапармен келеді.\n"
        "Еске салайық, Мемлекет басшысы 2023 жылғы қыркүйекте Берлинге ресми сапармен барып, канцлермен кездесті.\n"
    )
    assert dated(tmp_path, body, ["Еске салайық"], D(2026, 2, 10)) == [None]
    [recalled] = date_meetings(*_meetings_at(tmp_path, body, ["Еске салайық"], "b.txt"), D(2026, 2, 10))
    assert recalled.rules["date"] == ["date.recalled"]


def test_a_report_that_gives_no_date_gets_none(tmp_path: Path) -> None:
    body = "АКТАУ. KAZINFORM – Первый заместитель Премьер-министра провел переговоры с министром энергетики Турции.\n"
    assert dated(tmp_path, body, ["переговоры"], D(2025, 5, 16)) == [None]


def test_the_sentence_that_gives_the_date_is_its_evidence(tmp_path: Path) -> None:
    body = "АСТАНА, 21 қазан – Sputnik. Мемлекет басшысы Ақордада елшілерден сенім грамоталарын қабылдады.\n"
    art, found = _meetings_at(tmp_path, body, ["қабылдады"], "a.txt")
    [meeting] = date_meetings(art, found, D(2025, 10, 30))
    assert meeting.evidence["date"] == [art.sentences()[0].id]
    assert meeting.rules["date"] == ["date.dateline"]  # what `briefgen facts --explain` prints


def test_a_language_without_date_words_keeps_the_front_matter_date(tmp_path: Path) -> None:
    body = "---\ndate: 2025-01-02\nlang: en\n---\n\nThe minister met his counterpart yesterday.\n"
    assert dated(tmp_path, body, ["met"], None, "a.md") == [D(2025, 1, 2)]


CALL = (
    "АСТАНА. KAZINFORM – Мемлекет басшысы Қасым-Жомарт Тоқаев кеше Түркия Президенті Режеп Тайып Ердоғанмен "
    "телефон арқылы сөйлесті.\n"
)


def test_a_plain_text_report_is_read_against_its_files_date(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    saved = dt.datetime(2025, 2, 18, 12, 0).timestamp()
    os.utime(path, (saved, saved))
    [call] = extract_meetings(segment(read_document(path, tmp_path, "kk")), load_gazetteer(Config()))
    assert call.kind == "phone call" and call.date == D(2025, 2, 17)


def test_a_build_reads_a_report_without_a_file_date_against_the_build_date(tmp_path: Path) -> None:
    art = article(tmp_path, CALL, "call.txt")
    art.source = dataclasses.replace(art.source, modified=None)
    assert apply_facts([art], Config(), today=D(2025, 2, 18)) == []
    assert [m.date for m in art.meetings] == [D(2025, 2, 17)]


def test_a_later_sentence_telling_again_of_the_encounter_dates_it(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2026-05-15
---

Алматы қаласының әкімі Ерболат Досаев Air Astana компаниясының басшысымен кездесіп, жаңа бағыттарды талқылады.
Кездесу сейсенбі күні қала әкімдігінде өтті. Тараптар 2027 жылы жаңа рейстер ашуға келісті.
"""
    [meeting] = extract_meetings(article(tmp_path, body), load_gazetteer(Config()))
    assert meeting.date == D(2026, 5, 12) and meeting.rules["date"] == ["date.restated"]


def test_talks_named_with_the_possessive_open_where_they_took_place(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2026-07-02
---

Ақордада Қасым-Жомарт Тоқаев пен Моңғолия Президенті Ухнаагийн Хүрэлсүхтің келіссөздері өтті. Моңғолия басшысы
Астанаға кеше келген болатын.

Мемлекеттер басшылары шағын құрамда кездесті.
"""
    [meeting] = extract_meetings(article(tmp_path, body), load_gazetteer(Config()))
    assert meeting.kind == "talks" and meeting.date == D(2026, 7, 2)
    # Who held them, named in the genitive before the noun, took part.
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Ukhnaagiin Khürelsükh"}


def test_the_next_day_in_its_dative_form() -> None:
    assert read("kk", "Ертесіне делегация зауытты аралады", previous=D(2025, 4, 12)) == [D(2025, 4, 13)]
    assert read("kk", "Ертеңінде Президент министрмен кездесті", previous=D(2025, 4, 12)) == [D(2025, 4, 13)]


def test_the_same_day_as_an_undated_meeting_is_undated(tmp_path: Path) -> None:
    # No dateline, no front matter, no date in the text: the file's day dates neither the summit nor the
    # meeting held «сол күні».
    body = (
        "Бакуде Түркі мемлекеттері ұйымының саммиті өтті, деп хабарлайды Kazinform.\n"
        "Сол күні Қасым-Жомарт Тоқаев Ильхам Әлиевпен екіжақты кездесу өткізді.\n"
    )
    assert dated(tmp_path, body, ["саммиті өтті", "Сол күні"], D(2026, 9, 4)) == [None, None]


def test_a_later_sentence_placing_the_encounter_with_a_comma_dates_it(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2026-04-10
---

Сауда және интеграция министрі Арман Шаққалиев Өзбекстан Инвестициялар министрі Лазиз Кудратовпен кездесті.
Кездесу 8 сәуірде Ташкентте, Инвестициялар министрлігінің ғимаратында өтті. Тараптар экспортты талқылады.
"""
    [meeting] = extract_meetings(article(tmp_path, body), load_gazetteer(Config()))
    assert meeting.date == D(2026, 4, 8) and meeting.rules["date"] == ["date.restated"]


def test_a_weekday_with_its_calendar_date_is_that_date() -> None:
    # Read on Wednesday 20 May: «в среду, 13 мая» is the Wednesday before, as its date says.
    assert read("ru", "в среду, 13 мая, провёл переговоры", today=D(2026, 5, 20)) == [D(2026, 5, 13)]
    assert read("kk", "Сәрсенбі, 13 мамыр күні кездесті", today=D(2026, 5, 20)) == [D(2026, 5, 13)]


def test_an_encounter_weeks_before_the_report_is_recalled_not_reported(tmp_path: Path) -> None:
    body = """---
lang: ru
date: 2025-10-20
---

Президент Казахстана Касым-Жомарт Токаев встретился в Акорде с Президентом Азербайджана Ильхамом Алиевым.

23 сентября на полях Генеральной Ассамблеи ООН Касым-Жомарт Токаев провёл переговоры с Президентом Украины
Владимиром Зеленским. В тот же день Касым-Жомарт Токаев встретился с Президентом Франции Эммануэлем
Макроном.
"""
    [meeting] = extract_meetings(article(tmp_path, body), load_gazetteer(Config()))
    assert meeting.date == D(2025, 10, 20)
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Ilham Aliyev"}
