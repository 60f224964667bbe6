"""The Morphology protocol: what fact extraction asks of a word, answered by every pack in the same
language-neutral terms (lang.CASES, lang.WORD_CLASSES), an analyzer's own tags never leaving its pack."""

import inspect

import pytest

from briefgen.lang import CASES, WORD_CLASSES, Morphology, Unanalyzed, pack

MEMBERS = [name for name in dir(Morphology) if not name.startswith("_")] + list(Morphology.__annotations__)


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_every_pack_answers_the_whole_protocol(code: str) -> None:
    morphology = pack(code).morphology
    missing = [name for name in MEMBERS if not hasattr(morphology, name)]
    assert missing == []
    for name in MEMBERS:
        if inspect.isfunction(getattr(Morphology, name, None)):
            ours = inspect.signature(getattr(Morphology, name)).parameters
            theirs = inspect.signature(getattr(morphology, name)).parameters
            assert list(theirs) == [p for p in ours if p != "self"], f"{code}: {name}"


def test_russian_cases_and_classes_are_neutral_names() -> None:
    russian = pack("ru").morphology
    assert russian.cases("Главы") == {"gen"}
    assert russian.cases("Астане") <= set(CASES) and "loc" in russian.cases("Астане")
    assert russian.case_of("Жапаровым", "жапаров") == "ins"
    assert russian.number("соглашений") == "plural"
    assert (russian.word_class("встретился"), russian.word_class("Центральной")) == ("verb", "modifier")
    assert {russian.word_class(w) for w in ("встреча", "встретился", "новой")} <= set(WORD_CLASSES)
    assert russian.full_name_nominative(["Садыру", "Жапарову"]) == ["Садыр", "Жапаров"]
    assert russian.locative_place("Бурабае") == "Бурабай"
    assert russian.libraries  # the analyzer's versions key the compiled gazetteer


def test_kazakh_reads_cases_from_its_endings() -> None:
    kazakh = pack("kk").morphology
    assert kazakh.cases("Астанада") == {"nom", "loc"}  # a name may end in -да (Расулзода)
    assert "ins" in kazakh.cases("Тоқаевпен") and "nom" not in kazakh.cases("Тоқаевпен")
    assert kazakh.case_of("Тоқаевпен", "тоқаев") == "ins"
    # A name declines on its last word only.
    assert kazakh.full_name_nominative(["Садыр", "Жапаровтың"]) == ["Садыр", "Жапаров"]
    assert kazakh.bases("Республикасы") >= {"республикасы", "республика"}
    assert kazakh.word_class("кездесті") is None  # no dictionary: "don't know"


def test_unanalyzed_says_dont_know() -> None:
    # A language with no analyzer: every word its own lemma and nominative, no case, no class.
    plain = Unanalyzed()
    assert plain.lemmas("Бишкекте") == {"бишкекте"}
    assert (plain.cases("Бишкекте"), plain.case_of("Бишкекте", "бишкек")) == (frozenset(), "nom")
    assert plain.full_name_nominative(["Садыр", "Жапаров"]) == ["Садыр", "Жапаров"]
    assert not plain.is_common_word("и") and plain.locative_place("Бишкекте") is None
