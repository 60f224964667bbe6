"""The dateline and byline of agency copy: the agency, the city filed from, and no author as participant."""

from pathlib import Path

import pytest

from .helpers import meetings

TALKS_KK = "Сыртқы істер министрі Мұрат Нұртілеу Өзбекстан Сыртқы істер министрі Бахтиёр Саидовпен кездесті."
TALKS_RU = "Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с Жээнбеком Кулубаевым."


@pytest.mark.parametrize(
    ("lang", "lead", "agency"),
    [
        ("kk", f"ШЫМКЕНТ. KAZINFORM – {TALKS_KK}", "KAZINFORM"),
        ("kk", f"Шымкент. 14 мамыр. ҚазТАГ – {TALKS_KK}", "ҚазТАГ"),
        ("kk", f"ШЫМКЕНТ, 14 мамыр – Sputnik. {TALKS_KK}", "Sputnik"),
        ("ru", f"Ташкент, 12.03.25. /Дилноза Каримова – Podrobno.uz/. {TALKS_RU}", "Podrobno.uz"),
        # The agency in brackets, named by its name without the word for what it is.
        ("ru", f"Ташкент, 12.03.2025 (агентство «Дунё»). - {TALKS_RU}", "Дунё"),
    ],
)
def test_the_dateline_names_the_agency_and_the_place(tmp_path: Path, lang: str, lead: str, agency: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{lead}\n")
    assert meeting.source == agency
    assert meeting.location.city in ("Shymkent", "Tashkent") and meeting.rules["location"] == ["place.dateline"]


def test_a_byline_names_no_participant(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{TALKS_KK}\n\nАвтор: Әсел Мұратқызы\n")
    assert [p.name for p in meeting.participants] == ["Murat Nurtleu", "Bakhtiyor Saidov"]
    [slashed] = meetings(tmp_path, f"---\nlang: ru\n---\n\nТашкент, 12.03.25. /Дилноза Каримова – УзА/. {TALKS_RU}\n")
    assert "Dilnoza Karimova" not in [p.name for p in slashed.participants]


def test_a_sentence_opening_with_a_city_is_no_dateline(tmp_path: Path) -> None:
    text = f"---\nlang: kk\n---\n\nАстанада {TALKS_KK[0].lower()}{TALKS_KK[1:]}\n"
    [meeting] = meetings(tmp_path, text)
    assert meeting.source is None and meeting.rules["location"] == ["place.city"]


def test_a_dateline_town_the_gazetteer_lacks_is_the_meetings_city_romanized(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\nБАТУМИ. KAZINFORM – {TALKS_KK}\n")
    assert meeting.source == "KAZINFORM"
    assert meeting.location.city == "Batumi" and meeting.rules["location"] == ["place.dateline"]
