import pytest

from briefgen.lang import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мемлекет басшысы Қырғызстан Президентімен сөйлесті.", "kk"),
        ("Президент Казахстана провёл переговоры с Президентом Кыргызстана.", "ru"),
        # A Russian text that quotes one Kazakh name is still Russian…
        ("Делегацию возглавил аким Қызылорды. " + "Стороны обсудили вопросы сотрудничества. " * 20, "ru"),
        # …but a short one with a Kazakh word in every few is Kazakh.
        ("Бұл туралы Kazinform.kz хабарлайды.", "kk"),
        ("The President held talks in Astana.", "en"),
        ("Астана: the President held talks with the Prime Minister of Uzbekistan on trade.", "en"),
        ("2026 — 15 %", "kk"),  # nothing to go on: the default
    ],
)
def test_a_text_is_in_the_language_whose_alphabet_holds_its_letters(text: str, expected: str) -> None:
    assert detect_language(text, default="kk") == expected


def test_the_default_is_any_code_the_caller_gives() -> None:
    assert detect_language("", default="ru") == "ru"
    assert detect_language("12.03.2026", default="uz") == "uz"
