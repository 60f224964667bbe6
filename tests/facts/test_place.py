"""Where a meeting was: never the seat whose press service reports it."""

from pathlib import Path

import pytest

from .helpers import meetings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Ақорданың баспасөз қызметінің хабарлауынша, Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті."),
        ("ru", "Как сообщает пресс-служба Акорды, Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым."),
        ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым, сообщили в Акорде."),
    ],
)
def test_a_press_service_is_never_the_venue(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.location.place is None and "location" not in meeting.rules


def test_the_venue_itself_still_places_the_meeting(tmp_path: Path) -> None:
    [meeting] = meetings(
        tmp_path, "---\nlang: ru\n---\n\nКасым-Жомарт Токаев встретился в Акорде с Шавкатом Мирзиёевым.\n"
    )
    assert meeting.location.place == "Akorda" and meeting.rules["location"] == ["place.venue"]
