import pytest

from briefgen.lang import SOURCE_LANGUAGES, TARGET_LANGUAGE, LanguagePack, pack, packs


def test_every_built_in_pack_has_its_letters_and_words() -> None:
    assert [p.code for p in packs()][:3] == ["kk", "ru", "en"]
    for code in (*SOURCE_LANGUAGES, TARGET_LANGUAGE):
        language = pack(code)
        assert isinstance(language, LanguagePack)
        assert language.alphabet and language.abbreviations
    # Kazakh and Russian are split by razdel, English by pysbd's English rules (briefgen.segment says why).
    assert [pack(code).sentence_splitter for code in ("kk", "ru", "en")] == ["razdel", "razdel", "en"]


def test_kazakh_has_letters_russian_lacks_and_not_the_other_way_round() -> None:
    assert pack("kk").alphabet - pack("ru").alphabet == set("әғқңөұүһі")
    assert pack("ru").alphabet <= pack("kk").alphabet


@pytest.mark.parametrize(
    ("code", "word", "month"),
    [("kk", "наурызда", 3), ("kk", "желтоқсанның", 12), ("ru", "марта", 3), ("ru", "мае", 5), ("ru", "Май", 5)],
)
def test_a_month_is_named_in_any_of_its_forms(code: str, word: str, month: int) -> None:
    assert pack(code).month(word) == month


def test_a_word_that_only_starts_like_a_month_is_none() -> None:
    assert pack("ru").month("машина") is None
    assert pack("ru").month("Мартынов") is None
    assert pack("kk").month("мамандар") is None


def test_number_and_scale_words_in_any_of_their_forms() -> None:
    assert pack("ru").numeral("полтора") == 1.5
    assert pack("ru").numeral("двух") == 2
    assert pack("ru").scale("миллиарда") == 1e9
    assert pack("kk").numeral("жарым") == 0.5
    assert pack("kk").scale("миллиардқа") == 1e9
    assert pack("kk").scale("млрд.") == 1e9
    assert pack("ru").numeral("министр") is None


def test_a_code_no_pack_knows_gets_a_neutral_pack() -> None:
    neutral = pack("uz")
    assert neutral.code == "uz" and not neutral.alphabet and not neutral.abbreviations
    assert neutral.morphology.lemmas("Ташкентда") == {"ташкентда"}
    assert neutral.month("mart") is None
    assert pack("en").month("May") is None  # English is written, never read for dates


def test_stage_specific_sections_stay_in_the_packs_data() -> None:
    assert pack("kk").data["case_endings"]["ins"] == ["мен", "бен", "пен"]


def test_a_stages_own_section_comes_from_the_data_or_beside_it() -> None:
    made_up = LanguagePack.from_data(
        {"code": "xx", "name": "X", "script": "Latn", "alphabet": "abc", "facts": {"triggers": ["met"]}}
    )
    assert made_up.section("facts") == {"triggers": ["met"]}
    assert made_up.section("dates") == {}
    assert pack("ru").section("no-such-stage") == {}


def test_slugs_transliterate_the_letters_each_pack_adds() -> None:
    from briefgen.slugs import slugify

    assert slugify("Өзбекстан мен Қазақстан") == "ozbekstan-men-qazaqstan"


def test_a_word_of_unknown_language_has_the_lemmas_of_every_source_language() -> None:
    from briefgen.lang import lemmas_in_any_language

    assert "республика" in lemmas_in_any_language("Республикасы")  # Kazakh possessive off
    assert "узбекистан" in lemmas_in_any_language("Узбекистана")  # Russian genitive read by pymorphy3


def test_the_facts_words_of_a_built_in_language_are_its_facts_section() -> None:
    from briefgen.facts.language import facts_language

    assert pack("kk").section("facts")["grammar"]["cases"] == "endings"
    assert facts_language("ru").data == pack("ru").section("facts")
    # Numbers in words are the pack's, shared by every stage, not a list of the facts' own.
    assert pack("kk").numeral("жарым") == 0.5 and pack("ru").numeral("ста") == 100
