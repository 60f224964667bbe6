"""A visit still to come that a sentence names (the pack's `announced` marker, meetings/split.py `_frame`): no
journey that frames the meeting reported, so its destination places nothing."""

from pathlib import Path

from .helpers import meetings


def test_a_document_readied_for_a_coming_visit_does_not_move_the_reception(tmp_path: Path) -> None:
    text = """БИШКЕК, 5 июня – Председатель Кабинета министров Кыргызской Республики Адылбек Касымалиев принял в Доме \
правительства губернатора Омской области Виталия Хоценко. Стороны обсудили поставки фруктов.

По итогам встречи стороны договорились подготовить программу сотрудничества к визиту кыргызской делегации в Омск.
"""
    (reception,) = meetings(tmp_path, text, "a.txt")
    assert (reception.location.city, reception.location.country) == ("Bishkek", "Kyrgyzstan")

