"""Two ambassadors received one after the other by one official, each in a paragraph of their own: two
receptions (meetings/split.py `_new_encounter`: a new partner, named in Kazakh by the pack's `also_named`), each
with its own partner; and where an ambassador sits, said in an aside, is no place of the meeting (meetings/place.py,
towns.py)."""

from pathlib import Path

from .helpers import meetings

KK = """АСТАНА, 14 қазан. KAZINFORM – Сыртқы істер министрінің орынбасары Әлібек Бакаев Малайзияның Қазақстандағы \
жаңадан тағайындалған елшісі Ахмад Разалиді қабылдап, одан сенім грамоталарының көшірмесін алды.
Тараптар сауда байланыстарын талқылады.

Сол күні Әлібек Бакаев Кения Республикасының Қазақстандағы елшісі (резиденциясы Мәскеуде) Питер Мутисоның де сенім \
грамоталарының көшірмесін қабылдады. Әңгіме барысында астық экспорты қозғалды.
"""

RU = """АСТАНА, 14 октября. KAZINFORM – Заместитель министра иностранных дел Казахстана Алибек Бакаев принял копию \
верительных грамот новоназначенного Посла Малайзии Ахмада Разали. Стороны обсудили торговлю.

В тот же день Алибек Бакаев также принял Посла Кении Питера Мутисо (с резиденцией в Москве). Стороны обсудили \
экспорт зерна.
"""


def _pairs(tmp_path: Path, text: str) -> list[tuple[str, list[str], str | None]]:
    found = meetings(tmp_path, text, "a.txt")
    return [(m.kind, [p.country or "" for p in m.participants], m.location.city) for m in found]


def test_a_second_ambassador_received_the_same_day_in_kazakh(tmp_path: Path) -> None:
    assert _pairs(tmp_path, KK) == [
        ("reception", ["Kazakhstan", "Malaysia"], "Astana"),
        ("reception", ["Kazakhstan", "Kenya"], "Astana"),
    ]


def test_a_second_ambassador_also_received_in_russian(tmp_path: Path) -> None:
    assert _pairs(tmp_path, RU) == [
        ("reception", ["Kazakhstan", "Malaysia"], "Astana"),
        ("reception", ["Kazakhstan", "Kenya"], "Astana"),
    ]


def test_taking_part_also_is_no_second_reception(tmp_path: Path) -> None:
    text = RU.split("\n\n")[0] + "\n\nВ тот же день Алибек Бакаев также принял участие в брифинге.\n"
    assert len(meetings(tmp_path, text, "a.txt")) == 1
