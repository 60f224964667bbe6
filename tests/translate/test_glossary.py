"""The glossary: protection, inflected forms, CLDR country names, site terms."""

import pytest
from babel import Locale

from briefgen.translate.glossary import GlossaryError, load_glossary, read_glossary_file


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def test_a_term_becomes_a_placeholder_and_comes_back_in_english(glossary):
    protected = glossary.protect("Олжас Бектенов кеңес өткізді.", "kk")
    assert "Бектенов" not in protected.text
    ((placeholder, form, english),) = protected.placeholders
    assert form == "Олжас Бектенов" and english == "Olzhas Bektenov"
    model_output = protected.text.replace("кеңес өткізді", "held a meeting")
    assert glossary.restore(protected, model_output) == "Olzhas Bektenov held a meeting."


def test_kazakh_endings_stay_with_the_placeholder_and_go_with_it(glossary):
    protected = glossary.protect("Делегация Ақордаға келді.", "kk")
    ((placeholder, form, english),) = protected.placeholders
    assert f"{placeholder}-ға" in protected.text and english == "Akorda"
    assert glossary.restore(protected, f"The delegation came to {placeholder}-ға.") == "The delegation came to Akorda."


def test_russian_terms_match_in_every_case(glossary):
    for sentence in ("Встреча с Олжасом Бектеновым.", "Визит Олжаса Бектенова завершился."):
        protected = glossary.protect(sentence, "ru")
        assert [e for _, _, e in protected.placeholders] == ["Olzhas Bektenov"], sentence


def test_country_names_come_from_cldr_in_each_language(glossary):
    english = Locale("en").territories["FR"]
    kazakh = Locale("kk").territories["FR"]
    russian = Locale("ru").territories["FR"]
    kk = glossary.protect(f"Делегация {kazakh}ға барды.", "kk")
    ru = glossary.protect(f"Делегация посетила {russian}.", "ru")
    assert [e for _, _, e in kk.placeholders] == [english] == [e for _, _, e in ru.placeholders]


def test_a_russian_country_name_that_is_also_a_common_word_is_left_alone(glossary):
    # CLDR's Russian name of Togo is also the pronoun "того"
    assert Locale("ru").territories["TG"] == "Того"
    assert glossary.protect("Того же мнения министр.", "ru").placeholders == ()


def test_lost_terms_are_named(glossary):
    protected = glossary.protect("Олжас Бектенов Ташкентке барды.", "kk")
    assert glossary.lost(protected, "Bektenov went to Tashkent.") == [("Олжас Бектенов", "Olzhas Bektenov")]
    assert glossary.lost(protected, glossary.restore(protected, protected.text)) == []


def test_a_site_glossary_adds_and_overrides_terms(tmp_path):
    site_terms = tmp_path / "terms.yaml"
    site_terms.write_text(
        "- en: PM Bektenov\n  kk: Олжас Бектенов\n- en: Baiterek holding\n  ru: [холдинг Байтерек]\n",
        encoding="utf-8",
    )
    glossary = load_glossary([site_terms])
    assert [e for _, _, e in glossary.protect("Олжас Бектенов сөйледі.", "kk").placeholders] == ["PM Bektenov"]
    assert [e for _, _, e in glossary.protect("Отчёт холдинга Байтерек.", "ru").placeholders] == [
        "Baiterek holding"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- kk: Астана\n", r"terms.yaml:1: a term without 'en"),
        ("- en: Astana\n", r"terms.yaml:1: 'Astana' has no source forms"),
        ("- en: Astana\n  kk: Астана\n\n- en: Almaty\n  kk: {a: b}\n", r"terms.yaml:4: kk: expected a form"),
        ("en: [unclosed\n", r"terms.yaml:2: invalid YAML"),
    ],
)
def test_a_bad_glossary_file_gets_file_line_and_fix(tmp_path, text, message):
    path = tmp_path / "terms.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message):
        read_glossary_file(path)
