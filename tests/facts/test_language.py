"""The language data files (briefgen/lang/data/<lang>.facts.yaml): one shape, rule ids unique."""

import pytest

from briefgen.facts.language import facts_language
from briefgen.facts.triggers import KIND_ORDER, triggers

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
