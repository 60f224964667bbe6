"""The language data files (briefgen/lang/data/<lang>.facts.yaml): one shape, rule ids unique; and a
language the extractor has never seen is a pack plus its words, with no change to the rules' code."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from briefgen.facts.language import facts_language
from briefgen.facts.triggers import KIND_ORDER, triggers
from briefgen.lang import LanguagePack, Morphology, Unanalyzed, pack, register, unregister
from briefgen.lang.suffixes import SuffixMorphology
from tests.facts.helpers import meetings

LANGUAGES = ("kk", "ru")


def test_every_language_file_fills_the_same_sections() -> None:
    # A new language (Kyrgyz, Uzbek in Cyrillic) copies a file and fills every key the rules read.
    shapes = {
        code: {s: set(v) for s, v in facts_language(code).data.items() if isinstance(v, dict)} for code in LANGUAGES
    }
    for section in ("markers", "sources", "places", "people"):
        names = [set(shape.get(section, ())) for shape in shapes.values()]
        assert all(names), f"{section}: missing in a language file"
    assert {"grammar", "triggers", "outcomes", "markers"} <= set(facts_language("kk").data)


@pytest.mark.parametrize("code", LANGUAGES)
def test_rule_ids_are_unique_and_kinds_known(code: str) -> None:
    language = facts_language(code)
    ids = [r.id for r in (*language.triggers, *language.outcomes, *language.sites)]
    assert len(ids) == len(set(ids))
    assert {r.value for r in language.triggers} <= set(KIND_ORDER)


def test_the_grammar_traits_are_read_from_the_data() -> None:
    kk, ru = facts_language("kk"), facts_language("ru")
    assert kk.endings and kk.modifiers_before
    assert not ru.endings and not ru.modifiers_before


def test_a_language_without_a_data_file_has_no_rules() -> None:
    english = facts_language("en")
    assert english.triggers == () and triggers("The president met the minister.", english) == []
    assert english.marker("recall").search("anything") is None


# A made-up Kyrgyz pack: a few endings and one trigger word, no grammar of the language beyond that.
KYRGYZ: dict[str, Any] = {
    "code": "ky",
    "name": "Kyrgyz",
    "script": "Cyrl",
    "alphabet": "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя",
    "case_endings": {"gen": ["нын", "дын", "дин"], "acc": ["ны", "ды", "ди", "ти"], "loc": ["да", "та", "те"]},
    "possessive_endings": ["сы", "ы", "и"],
    "plural_endings": ["лар", "дар"],
    "vowels": "аеёиоөуүыэюя",
    "back_vowels": "аоуы",
    "facts": {
        "grammar": {"cases": "endings", "modifiers": "before"},
        "triggers": [{"id": "ky.reception.verb", "kind": "reception", "event": True, "pattern": r"\bкабыл\s+алды\b"}],
    },
}


@contextmanager
def _registered(data: dict[str, Any], morphology: Morphology) -> Iterator[LanguagePack]:
    language = LanguagePack.from_data(data, morphology)
    register(language)
    yield language
    unregister(language.code)


@pytest.fixture
def kyrgyz() -> Iterator[LanguagePack]:
    with _registered(KYRGYZ, SuffixMorphology(KYRGYZ)) as language:
        yield language


def test_a_third_language_is_a_pack_and_its_words(tmp_path: Path, kyrgyz: LanguagePack) -> None:
    text = "Бишкекте Садыр Жапаров Касым-Жомарт Токаевди кабыл алды."
    found = meetings(tmp_path, f"---\nlang: ky\n---\n{text}\n")
    assert [m.kind for m in found] == ["reception"]
    assert found[0].rules["kind"] == ["ky.reception.verb"]
    # The gazetteer's Russian spellings; the one received is in the accusative by the Kyrgyz ending (-ди,
    # where Kazakh writes -ді), which the pack's own tables read.
    assert {p.name: p.host for p in found[0].participants} == {"Sadyr Japarov": True, "Kassym-Jomart Tokayev": False}
    assert found[0].rules["participant:Kassym-Jomart Tokayev"] == ["participant.case.acc"]


@pytest.mark.parametrize(
    ("words_of", "text"),
    [
        ("ru", "В Астане Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Кыргызстана Садыром "
         "Жапаровым. Стороны обсудили торговлю. «Мы рады», — сказал Токаев."),
        ("kk", "Астанада Мемлекет басшысы Қасым-Жомарт Тоқаев Қырғызстан Президенті Садыр Жапаровпен кездесті. "
         "Тараптар сауданы талқылады."),
    ],
)  # fmt: skip
def test_a_language_without_an_analyzer_runs_every_rule(tmp_path: Path, words_of: str, text: str) -> None:
    # The rules of a prepositional and of an agglutinative language, over words no analyzer reads: every
    # question a rule asks of a word gets Unanalyzed's "don't know", and extraction still finds the meeting.
    facts = dict(pack(words_of).section("facts"))
    with _registered({"code": "xx", "name": "Toy", "script": "Cyrl", "alphabet": "", "facts": facts}, Unanalyzed()):
        found = meetings(tmp_path, f"---\nlang: xx\n---\n{text}\n")
        assert [m.kind for m in found] == ["meeting"]
        assert "Kassym-Jomart Tokayev" in {p.name for p in found[0].participants}
