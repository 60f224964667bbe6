"""Russian in both directions through one pymorphy3 analyzer."""

from briefgen.lang import pack, ru


def test_one_analyzer_serves_both_directions() -> None:
    assert ru.analyzer() is ru.analyzer()
    assert pack("ru").morphology.lemmas("Узбекистана") >= {"узбекистан"}
    assert "Узбекистана" in pack("ru").morphology.inflections("Узбекистан")


def test_lemmas_of_surnames_missing_from_the_dictionary() -> None:
    assert "бектенов" in ru.lemmas("Бектеновым")
    assert "касым-жомарт" in ru.lemmas("Касым-Жомартом")


def test_a_foreign_surname_without_a_fleeting_vowel_is_found_under_its_ending() -> None:
    # pymorphy reads «Мерцем» like «отцом» (мерец); the name is Мерц.
    assert "мерц" in ru.lemmas("Мерцем")


def test_unlikely_readings_add_no_lemma() -> None:
    # «после» is a preposition, not the locative of «посол».
    assert "посол" not in ru.lemmas("после")


def test_inflections_keep_the_capital_and_cover_unknown_surnames() -> None:
    forms = ru.inflections("Бектенов")
    assert {"Бектенова", "Бектенову", "Бектеновым", "Бектенове"} <= set(forms)
    assert all(f[0] == "Б" for f in forms)
    assert ru.inflections("ЕАЭС") == ("ЕАЭС",)  # an abbreviation does not decline
    assert ru.inflections("Kazinform") == ("Kazinform",)


def test_part_of_speech_is_the_likeliest_readings() -> None:
    assert ru.part_of_speech("того") != "NOUN"
    assert ru.part_of_speech("узбекистан") == "NOUN"


def test_nominative_declines_each_part_of_a_double_name() -> None:
    assert ru.nominative("Касымом-Жомартом") == "Касым-Жомарт"
    assert ru.nominative("Мирзиёевым") == "Мирзиёев"


def test_cases_of_a_persons_word_are_singular() -> None:
    # «Главы» could be "heads" in the nominative; one person's office is a genitive singular.
    assert ru.cases("Главы") == {"gen"}
    assert "nom" not in ru.cases("Катерины")


def test_a_surname_agrees_with_the_first_name_or_does_not_decline() -> None:
    # The accusative of a woman's name, not the dative of a man's.
    assert ru.full_name_nominative(["Танзилу", "Нарбаеву"]) == ["Танзила", "Нарбаева"]
    assert ru.full_name_nominative(["Садыру", "Жапарову"]) == ["Садыр", "Жапаров"]
    # A foreign surname in a vowel keeps its form in every case.
    assert ru.full_name_nominative(["Катериной", "Райхе"]) == ["Катерина", "Райхе"]
    # A woman's surname in -и after her first name in the accusative is undeclined, not a noun in -я's genitive.
    assert ru.full_name_nominative(["Лючию", "Моретти"], "acc") == ["Лючия", "Моретти"]
    assert ru.full_name_nominative(["Джованну", "Кастани"]) == ["Джованна", "Кастани"]
    assert ru.full_name_nominative(["Терезу", "Торнани"], "acc") == ["Тереза", "Торнани"]


def test_a_foreign_name_the_dictionary_lacks_declines_by_its_ending_or_not_at_all() -> None:
    assert ru.full_name_nominative(["Такэси", "Иваей"], "ins") == ["Такэси", "Ивая"]
    assert ru.foreign_nominative("Исибы", "gen") == "Исиба"
    assert ru.foreign_nominative("Сигэру", "gen") == "Сигэру"
    assert ru.foreign_nominative("Марри", "ins") == "Марри"


def test_common_words_and_names() -> None:
    assert ru.is_common_word("сотрудничество")
    assert not ru.is_common_word("Иванов")
    assert ru.likeliest_lemma("промышленности") == "промышленность"
    assert ru.is_passive_participle("подписанного")
    assert ru.number("соглашений") == "plural"
    assert "сауда" not in ru.oblique_lemmas("сауда")


def test_a_mans_foreign_surname_declines_as_his_first_name_does() -> None:
    # The dictionary knows neither word; the ending the first name lost comes off the surname too.
    assert ru.full_name_nominative(["Мехмета", "Йылдыза"]) == ["Мехмет", "Йылдыз"]
    assert ru.full_name_nominative(["Штефаном", "Рауэром"]) == ["Штефан", "Рауэр"]
    # A Russian surname, a woman's, or one that does not decline keep their own rules.
    assert ru.full_name_nominative(["Шавката", "Мирзиёева"]) == ["Шавкат", "Мирзиёев"]
    assert ru.full_name_nominative(["Катериной", "Райхе"]) == ["Катерина", "Райхе"]
    assert ru.full_name_nominative(["Марком", "Ферраччи"]) == ["Марк", "Ферраччи"]


def test_a_first_name_the_dictionary_lacks_declines_by_its_ending_in_the_contexts_case() -> None:
    # Uzbek and Tajik first names pymorphy does not know: its guess made «Бобуром» a noun «Бобурома».
    assert ru.full_name_nominative(["Бобуром", "Алиевым"], "ins") == ["Бобур", "Алиев"]
    assert ru.full_name_nominative(["Бахромом", "Саидовым"], "ins") == ["Бахром", "Саидов"]
    assert ru.full_name_nominative(["Бобура", "Алиева"], "acc") == ["Бобур", "Алиев"]
    # A woman's name still agrees with her surname.
    assert ru.full_name_nominative(["Сахибу", "Гафарову"], "acc") == ["Сахиба", "Гафарова"]


def test_a_surname_shares_the_first_names_ending_however_each_spells_it() -> None:
    # The instrumental -ем after ш and -ом after к are one ending: the foreign surname loses it too.
    assert ru.full_name_nominative(["Лукашем", "Влчеком"], "ins") == ["Лукаш", "Влчек"]
    assert ru.full_name_nominative(["Томашем", "Гроудом"], "ins") == ["Томаш", "Гроуд"]


def test_a_foreign_surname_in_a_vowel_with_no_ending_of_the_context_case_stays_as_written() -> None:
    # A dictionary word among the given names (Барт) must not send the surname to the dictionary's guess.
    assert ru.full_name_nominative(["Эриком", "Барт", "Хольме"], "ins") == ["Эрик", "Барт", "Хольме"]
    assert ru.full_name_nominative(["Эрика", "Барт", "Хольме"], "gen") == ["Эрик", "Барт", "Хольме"]


def test_a_surname_of_an_ending_russian_never_declines_keeps_it_in_any_case() -> None:
    assert ru.full_name_nominative(["Сухроба", "Холикзода"], "gen") == ["Сухроб", "Холикзода"]
    assert ru.full_name_nominative(["Тимуром", "Ахмедзаде"], "ins") == ["Тимур", "Ахмедзаде"]
