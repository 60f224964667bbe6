import subprocess
import sys

import pytest

from briefgen.facts.gazetteer import tokenize
from briefgen.facts.gazetteer.files import load_gazetteer_files
from briefgen.facts.people.finder import Finder
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


def test_the_finder_asks_the_ner_about_a_name_its_rules_cannot_tell() -> None:
    # No surname ending, and the office is parted from the name by a ministry's name in quotes; the
    # delegation, named by its country's adjective, gives the country.
    gazetteer = load_gazetteer_files([])
    text = (
        "Серик Жумангарин провел переговоры с делегацией Итальянской Республики во главе с министром "
        "предприятий и «Сделано в Италии» Адольфо Урсо."
    )
    tokens = tokenize(text, "ru")
    found = Finder(gazetteer, "ru").mentions(0, tokens, gazetteer.find(tokens))
    assert [(m.person.name, m.person.name_original, m.person.country) for m in found if m.person] == [
        ("Serik Zhumangarin", "Серик Жумангарин", "KZ"),
        ("Adolfo Urso", "Адольфо Урсо", "IT"),
    ]


def test_a_language_whose_pack_names_no_ner_never_loads_one() -> None:
    # An unknown name the rules cannot tell, in Kazakh (no NER) and then in Russian (slovnet_news); with
    # no office right before it (one with a quoted organ name is found by the rules alone).
    code = (
        "from briefgen.facts.gazetteer import tokenize;"
        "from briefgen.facts.gazetteer.files import load_gazetteer_files;"
        "from briefgen.facts.people.finder import Finder; from briefgen.facts.people import ner;"
        "g = load_gazetteer_files([]);"
        "t = tokenize('Кәсіпкерлік және «Италияда жасалған» министрі Адольфо Урсо келді.', 'kk');"
        "Finder(g, 'kk').mentions(0, t, g.find(t)); print(ner._tagger.cache_info().currsize);"
        "t = tokenize('Затем выступил Адольфо Урсо.', 'ru');"
        "Finder(g, 'ru').mentions(0, t, g.find(t)); print(ner._tagger.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "1"]


def test_a_pool_loads_the_ner_before_it_forks_only_when_enough_articles_may_ask(tmp_path) -> None:
    # prepare_for_workers reads only each article's language; the counts straddle NER_BEFORE_FORK.
    code = (
        "from types import SimpleNamespace as A; from briefgen.config import Config;"
        "from briefgen.facts import NER_BEFORE_FORK as n, prepare_for_workers; from briefgen.facts.people import ner;"
        "c = Config(); loaded = lambda: ner._tagger.cache_info().currsize;"
        "prepare_for_workers([A(lang='kk')] * 2 * n, c, 2 * n); print(loaded());"
        "prepare_for_workers([A(lang='ru')] * (n - 1) + [A(lang='kk')] * n, c, 2 * n); print(loaded());"
        "prepare_for_workers([A(lang='ru')] * n, c, n - 1); print(loaded());"
        "prepare_for_workers([A(lang='ru')] * n, c, n); print(loaded())"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert run.stdout.split() == ["0", "0", "0", "1"]
