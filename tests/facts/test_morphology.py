from briefgen.facts.morphology import (
    kazakh_bases,
    kazakh_case,
    kazakh_nominative,
    kazakh_object,
    kazakh_stems,
    russian_cases,
    russian_forms,
    russian_full_name,
    russian_nominative,
)


def test_kazakh_stems_undo_case_possessive_and_plural() -> None:
    assert "республика" in kazakh_stems("Республикасының")
    assert "үкімет" in kazakh_stems("Үкіметінің")
    assert "іс" in kazakh_stems("істер")
    assert "президент" in kazakh_stems("президенттері")


def test_kazakh_case_of_an_inflected_form() -> None:
    assert kazakh_case("басшысын", "басшы") == "acc"
    assert kazakh_case("Тоқаевтың", "тоқаев") == "gen"
    assert kazakh_case("Мишустинмен", "мишустин") == "ins"
    assert kazakh_case("Ташкентте", "ташкент") == "loc"
    assert kazakh_case("Президенті", "президент") == "nom"


def test_kazakh_nominative_keeps_endings_that_belong_to_the_name() -> None:
    assert kazakh_nominative("Қасымалиевті") == "Қасымалиев"
    assert kazakh_nominative("Мередовпен") == "Мередов"
    assert kazakh_nominative("Йылмазбен") == "Йылмаз"
    assert kazakh_nominative("Расулзода") == "Расулзода"
    assert kazakh_nominative("Сатыбалды") == "Сатыбалды"


def test_russian_forms_include_the_lemma_of_surnames_missing_from_the_dictionary() -> None:
    assert "бектенов" in russian_forms("Бектеновым")
    assert "узбекистан" in russian_forms("Узбекистана")


def test_russian_nominative_declines_each_part_of_a_double_name() -> None:
    assert russian_nominative("Касымом-Жомартом") == "Касым-Жомарт"
    assert russian_nominative("Мирзиёевым") == "Мирзиёев"


def test_russian_cases_of_a_persons_word_are_singular() -> None:
    # «Главы» could be "heads" in the nominative; one person's office is a genitive singular.
    assert russian_cases("Главы") == {"gent"}
    assert "nomn" not in russian_cases("Катерины")


def test_a_russian_surname_agrees_with_the_first_name_or_does_not_decline() -> None:
    # The accusative of a woman's name, not the dative of a man's.
    assert russian_full_name(["Танзилу", "Нарбаеву"]) == ["Танзила", "Нарбаева"]
    assert russian_full_name(["Садыру", "Жапарову"]) == ["Садыр", "Жапаров"]
    # A foreign surname in a vowel keeps its form in every case.
    assert russian_full_name(["Катериной", "Райхе"]) == ["Катерина", "Райхе"]


def test_a_russian_word_in_the_gazetteer_is_not_taken_for_a_kazakh_plural_of_a_short_stem() -> None:
    assert "ли" not in kazakh_bases("лидер")
    assert "министр" in kazakh_bases("министрлер")


def test_a_foreign_surname_without_a_fleeting_vowel_is_found_under_its_ending() -> None:
    # pymorphy reads «Мерцем» like «отцом» (мерец); the name is Мерц.
    assert "мерц" in russian_forms("Мерцем")


def test_a_kazakh_object_loses_its_accusative_by_the_sound_before_it() -> None:
    assert kazakh_object("Ғаниді") == "Ғани"
    assert kazakh_object("Мұхтарды") == "Мұхтар"
    assert kazakh_object("Ахметті") == "Ахмет"
    assert kazakh_object("Санжарны") == "Санжарны"  # -ны does not follow a consonant


def test_a_name_ending_in_a_devoiced_consonant_takes_the_accusative_in_t() -> None:
    assert kazakh_object("Батболдты") == "Батболд"
    assert kazakh_object("Ганбаатарды") == "Ганбаатар"
    assert kazakh_object("Сүхбатты") == "Сүхбат"


def test_a_foreign_name_the_dictionary_lacks_declines_by_its_ending_or_not_at_all() -> None:
    from briefgen.facts.morphology import russian_foreign_nominative

    assert russian_full_name(["Такэси", "Иваей"], "ins") == ["Такэси", "Ивая"]
    assert russian_foreign_nominative("Исибы", "gen") == "Исиба"
    assert russian_foreign_nominative("Сигэру", "gen") == "Сигэру"
    assert russian_foreign_nominative("Марри", "ins") == "Марри"


def test_a_mans_foreign_surname_declines_as_his_first_name_does() -> None:
    # The dictionary knows neither word; the ending the first name lost comes off the surname too.
    assert russian_full_name(["Мехмета", "Йылдыза"]) == ["Мехмет", "Йылдыз"]
    assert russian_full_name(["Штефаном", "Рауэром"]) == ["Штефан", "Рауэр"]
    # A Russian surname, a woman's, or one that does not decline keep their own rules.
    assert russian_full_name(["Шавката", "Мирзиёева"]) == ["Шавкат", "Мирзиёев"]
    assert russian_full_name(["Катериной", "Райхе"]) == ["Катерина", "Райхе"]
    assert russian_full_name(["Марком", "Ферраччи"]) == ["Марк", "Ферраччи"]
