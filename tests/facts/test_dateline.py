"""The dateline and byline of agency copy: the city filed from, and no author as participant (the agency it
names: test_source.py)."""

from pathlib import Path

import pytest

from .helpers import meetings

TALKS_KK = "Сыртқы істер министрі Мұрат Нұртілеу Өзбекстан Сыртқы істер министрі Бахтиёр Саидовпен кездесті."
TALKS_RU = "Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с Жээнбеком Кулубаевым."


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("kk", f"ШЫМКЕНТ. KAZINFORM – {TALKS_KK}"),
        ("kk", f"Шымкент. 14 мамыр. ҚазТАГ – {TALKS_KK}"),
        ("kk", f"ШЫМКЕНТ, 14 мамыр – Sputnik. {TALKS_KK}"),
        ("ru", f"Ташкент, 12.03.25. /Дилноза Каримова – Podrobno.uz/. {TALKS_RU}"),
        ("ru", f"Ташкент, 12.03.2025 (агентство «Дунё»). - {TALKS_RU}"),
    ],
)
def test_the_dateline_names_the_place(tmp_path: Path, lang: str, lead: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{lead}\n")
    assert meeting.location.city in ("Shymkent", "Tashkent") and meeting.rules["location"] == ["place.dateline"]


def test_a_byline_names_no_participant(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{TALKS_KK}\n\nАвтор: Әсел Мұратқызы\n")
    assert [p.name for p in meeting.participants] == ["Murat Nurtleu", "Bakhtiyor Saidov"]
    [slashed] = meetings(tmp_path, f"---\nlang: ru\n---\n\nТашкент, 12.03.25. /Дилноза Каримова – УзА/. {TALKS_RU}\n")
    assert "Dilnoza Karimova" not in [p.name for p in slashed.participants]


def test_a_sentence_opening_with_a_city_is_no_dateline(tmp_path: Path) -> None:
    text = f"---\nlang: kk\n---\n\nАстанада {TALKS_KK[0].lower()}{TALKS_KK[1:]}\n"
    [meeting] = meetings(tmp_path, text)
    assert meeting.rules["location"] == ["place.city"]


def test_a_dateline_town_the_gazetteer_lacks_is_the_meetings_city_romanized(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\nБАТУМИ. KAZINFORM – {TALKS_KK}\n")
    assert meeting.location.city == "Batumi" and meeting.rules["location"] == ["place.dateline"]


def test_a_town_written_in_title_case_with_a_date_and_a_slashed_agency_is_a_dateline(tmp_path: Path) -> None:
    """«Коканд, 3 мая /УзА/.»: a regional town the gazetteer lacks, in the dateline of a national agency; without
    the agency between slashes a capitalised word and a date may open a sentence, and are no dateline."""
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\nКоканд, 3 мая /УзА/. {TALKS_RU}\n")
    assert meeting.location.city == "Kokand" and meeting.rules["location"] == ["place.dateline"]
    [plain] = meetings(tmp_path, f"---\nlang: ru\n---\n\nКоканд, 3 мая. {TALKS_RU}\n")
    assert plain.location.city is None
