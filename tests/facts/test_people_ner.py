import subprocess
import sys

import pytest

from briefgen.facts.gazetteer import tokenize
from briefgen.facts.people.ner import LONGEST, NerUnavailable, person_runs


def runs(text: str) -> list[str]:
    tokens = tokenize(text, "ru")
    return [" ".join(t.text for t in tokens[a:b]) for a, b in person_runs(tokens)]


def test_names_without_a_surname_ending_are_tagged_as_people() -> None:
    found = runs(
        "Серик Жумангарин провел переговоры с министром предприятий и «Сделано в Италии» Адольфо Урсо "
        "и губернатором провинции Шэньси Чжао Ганом."
    )
    assert found == ["Серик Жумангарин", "Адольфо Урсо", "Чжао Ганом"]


def test_offices_and_places_are_not_people() -> None:
    assert runs("Министерство иностранных дел Казахстана сообщило о встрече в Астане.") == []


def test_a_sentence_past_the_bound_is_not_tagged() -> None:
    assert runs("Адольфо Урсо прибыл. " + "и " * LONGEST) == []


def test_the_model_loads_from_the_wheel_without_natasha_or_pymorphy2() -> None:
    # Natasha's package imports pymorphy2 (unmaintained); only its model files are used.
    code = (
        "import sys; from briefgen.facts.gazetteer import tokenize; from briefgen.facts.people.ner import person_runs;"
        "person_runs(tokenize('Адольфо Урсо прибыл.', 'ru'));"
        "print(sorted(m for m in ('natasha', 'pymorphy2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_unknown_model_is_one_clear_error() -> None:
    with pytest.raises(NerUnavailable, match="slovnet_news"):
        person_runs(tokenize("Адольфо Урсо прибыл.", "ru"), model="bert")
