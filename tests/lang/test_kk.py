"""Kazakh morphology by the suffix tables of data/kk.yaml."""

from briefgen.lang import kk, pack

KK = kk.MORPHOLOGY


def test_lemmas_undo_case_possessive_and_plural() -> None:
    assert "республика" in KK.lemmas("Республикасының")
    assert "үкімет" in KK.lemmas("Үкіметінің")
    assert "іс" in KK.lemmas("істер")
    assert "президент" in KK.lemmas("президенттері")
    assert "қхр" in KK.lemmas("ҚХР-дың")  # an ending written after a hyphen
    assert pack("kk").morphology is KK


def test_lemmas_undo_the_first_person_plural_possessive() -> None:
    assert "ел" in KK.lemmas("Еліміздің")
    assert "серіктес" in KK.lemmas("серіктестеріміз")
    assert "азамат" in KK.lemmas("азаматымызға")


def test_endings_attach_to_names_so_inflections_are_the_name_alone() -> None:
    assert pack("kk").endings_attach_to_names
    assert KK.inflections("Өзбекстан") == ("Өзбекстан",)


def test_case_of_an_inflected_form() -> None:
    assert KK.case_of("басшысын", "басшы") == "acc"
    assert KK.case_of("Тоқаевтың", "тоқаев") == "gen"
    assert KK.case_of("Мишустинмен", "мишустин") == "ins"
    assert KK.case_of("Ташкентте", "ташкент") == "loc"
    assert KK.case_of("Президенті", "президент") == "nom"


def test_nominative_keeps_endings_that_belong_to_the_name() -> None:
    assert KK.nominative("Қасымалиевті") == "Қасымалиев"
    assert KK.nominative("Мередовпен") == "Мередов"
    assert KK.nominative("Йылмазбен") == "Йылмаз"
    assert KK.nominative("Расулзода") == "Расулзода"
    assert KK.nominative("Сатыбалды") == "Сатыбалды"


def test_an_ablative_in_n_follows_only_a_nasal() -> None:
    # -нан/-нен opens with н after м, н, ң alone: a foreign name in -нен after a vowel is the name itself.
    assert KK.nominative("Ханнан") == "Хан"
    assert KK.nominative("Накамурадан") == "Накамура"
    assert KK.nominative("Лахтинен") == "Лахтинен"
    assert KK.nominative("Хейкинен") == "Хейкинен"


def test_a_wording_in_the_nominative_loses_no_case_ending() -> None:
    assert "ли" not in KK.bases("лидер")  # no Kazakh plural of a short stem
    assert "министр" in KK.bases("министрлер")
    assert "су" not in KK.bases("Судан")


def test_an_object_loses_its_accusative_by_the_sound_before_it() -> None:
    assert KK.object_of_verb("Ғаниді") == "Ғани"
    assert KK.object_of_verb("Мұхтарды") == "Мұхтар"
    assert KK.object_of_verb("Ахметті") == "Ахмет"
    assert KK.object_of_verb("Санжарны") == "Санжарны"  # -ны does not follow a consonant
    assert KK.object_of_verb("Батболдты") == "Батболд"  # a devoiced final takes -ты
    assert KK.object_of_verb("Сүхбатты") == "Сүхбат"


def test_participles() -> None:
    assert KK.is_participle("жеткізген")
    assert not KK.is_participle("Ташкент")


def test_a_korean_names_last_syllable_of_two_letters_loses_its_ending() -> None:
    # Three words of a few letters each are a Korean family name and given name: «Гумен» is Гу with -мен.
    assert KK.full_name_nominative(["Ё", "Хан", "Гумен"]) == ["Ё", "Хан", "Гу"]
    # A name of two words keeps a short last word whole: «Доға» is a name, not До with -ға.
    assert KK.full_name_nominative(["Джон", "Доға"]) == ["Джон", "Доға"]
