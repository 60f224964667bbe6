"""Adding a language is a pack plus its data: a small made-up Kyrgyz pack, registered from here, is
detected, split and glossed by the stages with no change to their code.

A Kyrgyz module in briefgen would do the same with data/ky.yaml and `PACK = LanguagePack.from_data(DATA,
SuffixMorphology(DATA))` in ky.py, its code added to briefgen.lang.BUILT_IN.
"""

from collections.abc import Iterator

import pytest

from briefgen.lang import LanguagePack, detect_language, pack, register, unregister
from briefgen.lang.suffixes import SuffixMorphology
from briefgen.segment import split_sentences
from briefgen.translate.glossary import Glossary, Term

# A few of Kyrgyz's endings: enough for the sentences below, no grammar of the language.
KYRGYZ = {
    "code": "ky",
    "name": "Kyrgyz",
    "script": "Cyrl",
    "alphabet": "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя",
    "abbreviations": ["мис", "проф"],
    "reporting_phrases": ["деп билдирди"],
    "dates": {"months": {"январь": 1, "март": 3}},
    "numerals": {"эки": 2},
    "endings_attach_to_names": True,
    "case_endings": {"gen": ["нын", "дын"], "dat": ["га", "ка"], "loc": ["да", "та"], "acc": ["ны", "ды"]},
    "possessive_endings": ["сы", "ы"],
    "plural_endings": ["лар", "дар"],
    "vowels": "аеёиоөуүыэюя",
    "back_vowels": "аоуы",
}
KYRGYZ_TEXT = "Кыргызстандын Президенти Өзбекстандын өкүлүн кабыл алды."


@pytest.fixture
def kyrgyz() -> Iterator[LanguagePack]:
    language = LanguagePack.from_data(KYRGYZ, SuffixMorphology(KYRGYZ))
    register(language)
    yield language
    unregister("ky")


def test_before_it_is_registered_a_kyrgyz_text_passes_for_kazakh() -> None:
    assert pack("ky").alphabet == frozenset()
    assert detect_language(KYRGYZ_TEXT, default="ru") == "kk"


def test_a_registered_pack_is_every_stages(kyrgyz: LanguagePack) -> None:
    assert pack("ky") is kyrgyz
    # Its letters: ө, ү and ң fit Kazakh too, but Kyrgyz's alphabet is the smaller one that holds them.
    assert detect_language(KYRGYZ_TEXT, default="ru") == "ky"
    assert detect_language("Мемлекет басшысы Қырғызстан Президентімен сөйлесті.", default="ru") == "kk"
    # Its abbreviations keep a sentence whole (pysbd has no Kyrgyz rules and would split after «мис.»).
    assert split_sentences("Өлкөлөр, мис. Кыргызстан жана Өзбекстан, макулдашты. Экинчи сүйлөм.", "ky") == [
        "Өлкөлөр, мис. Кыргызстан жана Өзбекстан, макулдашты.",
        "Экинчи сүйлөм.",
    ]
    # Its endings: a month and a name are found under them.
    assert kyrgyz.month("мартта") == 3
    assert "өзбекстан" in kyrgyz.morphology.lemmas("Өзбекстандын")
    # The glossary keeps the ending beside the placeholder, as for Kazakh.
    glossary = Glossary([Term("Uzbekistan", {"ky": ("Өзбекстан",)}, exact_case=True)])
    protected = glossary.protect("Министр Өзбекстанга барды.", "ky")
    assert protected.text == "Министр ZXA-га барды."
    assert glossary.restore(protected, "The minister went to ZXA-га.") == "The minister went to Uzbekistan."


def test_unregistering_forgets_the_pack(kyrgyz: LanguagePack) -> None:
    unregister("ky")
    assert detect_language(KYRGYZ_TEXT, default="ru") == "kk"
    register(kyrgyz)  # for the fixture to remove
