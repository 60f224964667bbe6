from collections.abc import Callable

from briefgen.facts.gazetteer import tokenize
from briefgen.facts.gazetteer.files import load_gazetteer_files
from briefgen.facts.language import facts_language
from briefgen.facts.people.finder import Finder
from briefgen.facts.people.offices import complete, for_field, office_words, same_office
from briefgen.facts.people.romanize import romanize

KK, RU = facts_language("kk"), facts_language("ru")


def spelled(country: str) -> Callable[[str], str]:
    return lambda word: romanize(word, country)


def words(text: str) -> list[str]:
    """An office's words as the tokenizer gives them: a comma is a word of its own."""
    return text.split()


def test_a_ministry_is_translated_word_by_word_in_either_language() -> None:
    assert (
        complete("minister", words("Ауыл шаруашылығы , су ресурстары және ирригация"), KK, spelled("KZ"))
        == "minister of agriculture, water resources and irrigation"
    )
    assert (
        complete("minister", words("цифрового развития , связи и аэрокосмической промышленности"), RU, spelled("KZ"))
        == "minister of digital development, communications and aerospace industry"
    )


def test_an_organ_nests_as_the_grammar_says_and_keeps_its_proper_name() -> None:
    # Kazakh: a possessive closes the organ the next one belongs to; Russian: a genitive noun governs.
    assert (
        complete("chairman", words("Олий Мажлисі Сенатының"), KK, spelled("UZ"))
        == "chairman of the senate of the oliy majlis"
    )
    assert (
        complete("speaker", words("Законодательной палаты Олий Мажлиса"), RU, spelled("UZ"))
        == "speaker of the legislative chamber of the oliy majlis"
    )


def test_a_word_the_map_lacks_leaves_the_office_to_the_gazetteer() -> None:
    assert complete("minister", words("Европы и иностранных дел"), RU, spelled("FR")) is None
    assert complete("minister", words("ерекше тапсырмалар"), KK, spelled("KZ")) is None


def test_infrastructure_and_environment_complete_a_ministry() -> None:
    assert complete("minister", words("энергетики и инфраструктуры"), RU, spelled("AE")) == (
        "minister of energy and infrastructure"
    )
    assert complete("minister", words("энергетика және инфрақұрылым"), KK, spelled("AE")) == (
        "minister of energy and infrastructure"
    )


def test_two_translations_of_one_office_are_the_same_office() -> None:
    assert same_office("chairman of the senate", "speaker of the senate")
    assert same_office(
        "minister of environment, water resources and agriculture", "minister of environment, water and agriculture"
    )
    assert not same_office("minister of energy and natural resources", "minister of energy")
    assert same_office("minister of trade and industry", "minister of commerce and industry")
    assert not same_office("minister of trade", "minister of industry")
    assert not same_office("chairman of the senate", "deputy chairman of the senate")


def test_the_words_offices_are_made_of_are_each_languages_data() -> None:
    assert office_words(RU).words["энергетика"] == office_words(KK).words["энергетика"] == "energy"
    assert office_words(RU).pairs[("иностранный", "дело")] == "foreign affairs"
    # A language without data names no ministry: the office stays as the gazetteer has it.
    assert complete("minister", ["энергетики"], facts_language("xx"), spelled("KZ")) is None


def test_in_kazakh_a_place_before_the_office_is_not_part_of_its_organ() -> None:
    gazetteer = load_gazetteer_files([])
    tokens = tokenize("Кая Каллас Сыртқы істер министрлігінде Сыртқы істер министрі Ермек Көшербаевпен кездесті.", "kk")
    found = Finder(gazetteer, "kk").mentions(0, tokens, gazetteer.find(tokens))
    roles = {m.person.name: m.person.role for m in found if m.person}
    assert roles["Yermek Kosherbayev"] == "minister of foreign affairs"  # not "… of the foreign affairs ministry"


def test_an_office_for_a_field_keeps_its_whole_wording_and_its_affairs() -> None:
    assert for_field("minister of state", words("по делам энергетики"), RU, spelled("KW")) == (
        "minister of state for energy affairs"
    )
    assert for_field("minister of state", words("энергетика істері жөніндегі"), KK, spelled("KW")) == (
        "minister of state for energy affairs"
    )
    assert for_field("minister of state", words("по вопросам энергетики"), RU, spelled("QA")) == (
        "minister of state for energy affairs"
    )
    assert complete("minister", words("по инвестициям и развитию"), RU, spelled("UZ")) == (
        "minister for investment and development"
    )
    assert for_field("minister", words("энергетики"), RU, spelled("KW")) is None  # a ministry, not a field
    assert for_field("minister", words("по делам Европы"), RU, spelled("FR")) is None  # a name is no field


def test_an_unknown_guests_full_office_is_never_shortened_to_minister() -> None:
    gazetteer = load_gazetteer_files([])
    for text, lang, role in (
        ("Он встретился с государственным министром по делам энергетики Кувейта Бобуром Алиевым.", "ru",
         "minister of state for energy affairs"),
        ("Ол Кувейттің энергетика істері жөніндегі мемлекеттік министрі Бобур Әлиевпен кездесті.", "kk",
         "minister of state for energy affairs"),
        ("Он встретился с министром нефти и газа Омана Бобуром Алиевым.", "ru", "minister of oil and gas"),
        ("Ол Кувейттің мұнай министрі Бобур Әлиевпен кездесті.", "kk", "minister of oil"),
    ):  # fmt: skip
        tokens = tokenize(text, lang)
        [*_, last] = Finder(gazetteer, lang).mentions(0, tokens, gazetteer.find(tokens))
        assert last.person is not None and last.person.role == role, text


def test_an_organ_cut_at_a_name_the_gazetteer_knows_is_not_translated_in_part() -> None:
    # «Еуропа және халықаралық істер»: "international affairs" alone would be another office; the whole is
    # Austria's own (the gazetteer's title, as bmeia.gv.at writes it), whoever holds it.
    gazetteer = load_gazetteer_files([])
    text = "Ол Австрияның Еуропа және халықаралық істер федералды министрі Беате Штайнгрубермен кездесті."
    tokens = tokenize(text, "kk")
    [*_, last] = Finder(gazetteer, "kk").mentions(0, tokens, gazetteer.find(tokens))
    assert last.person is not None and last.person.role == "federal minister for european and international affairs"
    text = "Ол Испанияның Еуропа және халықаралық істер министрі Иван Петровпен кездесті."
    tokens = tokenize(text, "kk")
    [*_, last] = Finder(gazetteer, "kk").mentions(0, tokens, gazetteer.find(tokens))
    assert last.person is not None and "international affairs" not in str(last.person.role)


def test_a_ministry_of_land_is_completed_in_either_language() -> None:
    # Land offices (a ministry of land and infrastructure, a land committee) are written with the plain
    # word for land, which the map must know or the whole office falls back to its head word.
    assert (
        complete("minister", words("жер , инфрақұрылым , көлік және туризм"), KK, spelled("JP"))
        == "minister of land, infrastructure, transport and tourism"
    )
    assert (
        complete("minister", words("земли , инфраструктуры , транспорта и туризма"), RU, spelled("JP"))
        == "minister of land, infrastructure, transport and tourism"
    )


def _roles(text: str, lang: str) -> dict[str, str | None]:
    gazetteer = load_gazetteer_files([])
    tokens = tokenize(text, lang)
    return {
        m.person.name: m.person.role
        for m in Finder(gazetteer, lang).mentions(0, tokens, gazetteer.find(tokens))
        if m.person
    }


def test_two_offices_joined_by_a_dash_are_kept_whole_however_long_the_second_ministry() -> None:
    # The second office's ministry names three fields, a comma between the first two.
    assert _roles(
        "Кеңеске Министрлер кабинеті Төрағасының орынбасары – Су ресурстары, ауыл шаруашылығы және қайта өңдеу "
        "өнеркәсібі министрі Иван Петров қосылды.",
        "kk",
    )["Ivan Petrov"] == (
        "deputy chairman of the cabinet of ministers and minister of water resources, agriculture and processing "
        "industry"
    )
    # Russian puts the ministry after the head word, so the first office is found back across it and the dash.
    assert (
        _roles("Во встрече участвовал заместитель премьер-министра — министр экономики и финансов Иван Петров.", "ru")[
            "Ivan Petrov"
        ]
        == "deputy prime minister and minister of economy and finance"
    )
    # Two people, each with an office, a comma between: no dash, no joining.
    roles = _roles("Присутствовали министр финансов Иван Петров, министр энергетики Пётр Иванов.", "ru")
    assert roles["Pyotr Ivanov"] == "minister of energy"


def _people(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    gazetteer = load_gazetteer_files([])
    tokens = tokenize(text, lang)
    found = Finder(gazetteer, lang).mentions(0, tokens, gazetteer.find(tokens))
    return [(m.person.name, m.person.role, m.person.country) for m in found if m.person]


def test_an_office_of_chinas_parliament_names_its_holders_country_and_spells_them_in_pinyin() -> None:
    # The NPC Standing Committee's chairman and vice chairmen, in its own English; an office only China has
    # tells that a name the gazetteer lacks is Chinese, read back from Palladius's letters to pinyin.
    vice = "vice chairman of the standing committee of the national people's congress"
    assert _people(
        "Депутаттар Бүкілқытайлық халық өкілдері жиналысы Тұрақты комитеті төрағасының орынбасары Ван Мин "
        "бастаған делегациямен кездесті.",
        "kk",
    )[-1] == ("Wang Ming", vice, "CN")
    assert _people("Спикер принял заместителя председателя ПК ВСНП Чжан Цзюня.", "ru")[-1] == ("Zhang Jun", vice, "CN")
    assert _people(
        "Спикер встретился с председателем Постоянного комитета Всекитайского собрания народных представителей "
        "Чэнь Ганом.",
        "ru",
    )[-1] == ("Chen Gang", "chairman of the standing committee of the national people's congress", "CN")


def test_a_federal_organ_is_translated_not_spelled_as_a_name() -> None:
    # «Федерального» is a word of the organ, capitalised as its name is: translated, never romanized.
    council = "chairman of the federal national council"
    ru = "Спикер встретился с Председателем Федерального национального совета ОАЭ Ахмедом Салемом."
    assert _people(ru, "ru")[-1] == ("Ahmed Salem", council, "AE")
    kk = "Мәжіліс депутаттары БАӘ Федералдық ұлттық кеңесінің төрағасы Ахмед Сәлеммен кездесті."
    assert _people(kk, "kk")[-1][1:] == (council, "AE")


def test_a_word_of_the_language_the_map_lacks_is_never_spelled_into_an_office() -> None:
    # «Консультативного» is a Russian adjective, not a foreign name: the office is not completed with it
    # (konsultativnogo council), and the gazetteer's own office for a person it knows stands.
    role = _people("Спикер принял Председателя Консультативного совета Катара Ахмеда Салема.", "ru")[-1][1]
    assert role is not None and "konsult" not in role
    known = "Спикер принял Председателя Консультативного совета Катара Хасана бин Абдаллу аль-Ганима."
    assert _people(known, "ru")[-1][1] == "speaker of the shura council"


def test_a_country_inside_the_event_framing_the_sentence_is_not_the_offices() -> None:
    # «Қазақстан – Корея бизнес-форумы аясында»: Korea names the forum; the minister after it is not Korean.
    framed = "Қазақстан – Корея бизнес-форумы аясында Энергетика министрі Асқар Нұрланов инвесторлармен кездесті."
    assert _people(framed, "kk")[-1] == ("Askar Nurlanov", "minister of energy", None)
    # Without the frame, the country before the office is the office's own.
    assert _people("Корея Энергетика министрі Асқар Нұрланов кездесті.", "kk")[-1][2] == "KR"


def test_a_partners_office_comes_out_in_that_states_own_english() -> None:
    # office_styles: China's and Japan's deputy foreign ministers, France's foreign minister and its chambers'
    # presiding officers, the Gulf's Shura councils, each as its own institution writes the office.
    assert _people("Министр встретился с заместителем министра иностранных дел КНР Ли Ганом.", "ru")[-1] == (
        "Li Gang",
        "vice foreign minister",
        "CN",
    )
    assert _people("Министр провел переговоры с заместителем министра иностранных дел Японии Кэнсукэ Оно.", "ru")[
        -1
    ] == ("Kensuke Ono", "vice-minister for foreign affairs", "JP")
    assert _people("Депутаттар Франция Сенатының Төрағасы Пьер Мартенмен кездесті.", "kk")[-1] == (
        "Pierre Marten",
        "president of the senate",
        "FR",
    )
    assert _people("Спикер встретился с Председателем Совета Шуры Катара Али аль-Марри.", "ru")[-1][1:] == (
        "speaker of the shura council",
        "QA",
    )


def test_a_partner_chambers_presiding_officer_is_known_by_the_chambers_own_title() -> None:
    # The gazetteer's class of partners' presiding officers (source: speakers), found in any case form.
    assert _people("Сенат төрағасы Германия Бундестагының Президенті Юлия Клёкнерді қабылдады.", "kk")[-1] == (
        "Julia Klöckner",
        "president of the bundestag",
        "DE",
    )
    assert _people("Спикер встретился с Председателем Сената Италии Иньяцио Ла Руссой.", "ru")[-1] == (
        "Ignazio La Russa",
        "president of the senate",
        "IT",
    )


def test_an_election_commissions_chairman_is_translated_with_his_commission() -> None:
    # «комиссия» is an organ of the office words: it takes the article as a council or a committee does.
    central = "chairman of the central election commission"
    assert (
        _people("Орталық сайлау комиссиясының төрағасы Ержан Сәрсенов бақылаушылармен кездесті.", "kk")[0][1] == central
    )
    assert (
        _people("Председатель Центральной избирательной комиссии Ержан Сарсенов встретился с наблюдателями.", "ru")[0][
            1
        ]
        == central
    )
    # The Union's Commission is the gazetteer's: its president, however the press titles her.
    assert _people("Еуропалық Комиссияның Төрағасы Урсула фон дер Ляйен саммитке қатысты.", "kk")[0][1] == (
        "president of the european commission"
    )


def test_russias_deputy_foreign_minister_written_with_initials_is_the_gazetteers() -> None:
    # mid.ru writes its officials with their initials run onto the surname; the gazetteer's class of Russia's
    # deputy foreign ministers (source: ru-mfa) gives the full name.
    assert _people("Консультации провел заместитель Министра иностранных дел России А.Ю.Руденко.", "ru")[-1] == (
        "Andrei Rudenko",
        "deputy minister of foreign affairs",
        "RU",
    )


def test_an_ombudsman_is_the_commissioner_for_human_rights() -> None:
    assert _people("Қазақстан Республикасының Адам құқықтары жөніндегі уәкілі Ерлан Сәрсенов елшімен кездесті.", "kk")[
        0
    ] == ("Yerlan Sarsenov", "commissioner for human rights", "KZ")
    assert _people("Уполномоченный по правам человека Ерлан Сарсенов встретился с послом.", "ru")[0][1] == (
        "commissioner for human rights"
    )


def test_a_partners_deputy_foreign_minister_is_the_gazetteers_in_his_ministrys_english() -> None:
    # The class of partners' deputy foreign ministers (source: deputy-fms), named in any case form.
    assert _people("Спикер принял заместителя министра иностранных дел Саудовской Аравии Валида аль-Хурайджи.", "ru")[
        -1
    ] == ("Waleed Elkhereiji", "vice minister of foreign affairs", "SA")
    assert _people("Министр ҚХР Сыртқы істер министрінің орынбасары Хуа Чуньинмен кездесті.", "kk")[-1] == (
        "Hua Chunying",
        "vice foreign minister",
        "CN",
    )


def test_capitalized_words_of_an_organ_right_before_a_known_person_are_no_second_person() -> None:
    assert [
        name
        for name, _, _ in _people("Министр встретился со Спикером Палаты Олий Мажлиса Нуриддином Исмоиловым.", "ru")
    ] == ["Nuriddinjon Ismoilov"]


def test_ministries_of_youth_sports_and_climate_are_completed_as_their_english_writes_them() -> None:
    # Sports in the plural, as most ministries' English names have it (Youth and Sports, Tourism and Sports).
    assert complete("minister", words("молодежи и спорта"), RU, spelled("TR")) == "minister of youth and sports"
    assert complete("minister", words("Жастар және спорт"), KK, spelled("TR")) == "minister of youth and sports"
    # Protection of the environment is "environmental protection"; the change of the climate "climate change".
    assert (
        complete("minister", words("Экология , қоршаған ортаны қорғау және климаттың өзгеруі"), KK, spelled("UZ"))
        == "minister of ecology, environmental protection and climate change"
    )


def test_russias_ministry_of_sport_keeps_its_own_singular() -> None:
    roles = _roles("Министр встретился с министром спорта России Иваном Петренко.", "ru")
    assert roles["Ivan Petrenko"] == "minister of sport"


def test_a_day_opening_the_sentence_is_no_part_of_an_organ_or_a_region() -> None:
    # A weekday or «кеше» capitalized at the sentence's start stands where an organ's or a region's name would.
    assert _people("Жексенбіде Орталық сайлау комиссиясының төрағасы Ержан Сәрсенов бақылаушылармен кездесті.", "kk")[
        0
    ][1] == ("chairman of the central election commission")
    assert complete("chairman", words("Кеше Орталық сайлау комиссиясының"), KK, spelled("KZ")) == (
        "chairman of the central election commission"
    )
    # «облыс әкімі» alone: the region is named elsewhere or not at all, never «Dushenbide region».
    assert _people("Дүйсенбіде облыс әкімі Ержан Сәрсенов фермерлермен кездесті.", "kk")[0][1] == "akim"


def test_an_organizations_name_in_the_genitive_after_an_office_is_no_person() -> None:
    # «Организации Договора …»: two dictionary nouns, the second only a genitive, open an organ's name.
    people = _people(
        "Генеральный секретарь Организации Договора о коллективной безопасности Иван Петров прибыл в Минск.", "ru"
    )
    assert [name for name, _, _ in people] == ["Ivan Petrov"]
    assert people[0][1] == "secretary general of the collective security treaty organization"


def test_the_security_organs_heads_are_named_by_their_office_and_state() -> None:
    assert _people("Он встретился с секретарем Совета безопасности Таджикистана Иваном Петровым.", "ru") == [
        ("Ivan Petrov", "secretary of the security council", "TJ")
    ]
    assert _people("Қырғызстан Бас прокуроры Иван Петров Астанаға келді.", "kk")[0][1:] == ("prosecutor general", "KG")
    assert _people("Генеральный прокурор России Иван Петров прибыл в Астану.", "ru")[0][1:] == (
        "prosecutor general",
        "RU",
    )


def test_a_country_visited_before_an_office_is_not_the_offices() -> None:
    # The country one travels to stands in the dative (Kazakh) or the accusative (Russian); the office's own
    # state is the genitive one, and with none the office is left without a country, never the host's.
    visited = _people("Жапонияға ресми сапармен барған Сыртқы істер министрі Иван Петров әріптесімен кездесті.", "kk")
    assert visited[0][2] != "JP"
    own = _people("Жапонияға барған Қазақстан Сыртқы істер министрі Иван Петров әріптесімен кездесті.", "kk")
    assert own[0][2] == "KZ"
    assert _people("Прибывший в Японию министр иностранных дел Иван Петров встретился с коллегой.", "ru")[0][2] != "JP"


def test_a_title_that_is_a_given_name_opens_the_name_it_is_capitalized_before() -> None:
    # «Сұлтан», «Султан» capitalized right before a name inside a sentence is the man's given name.
    people = _people("Министр Сұлтан Ахмет Қасымов әріптесімен кездесті.", "kk")
    assert [name.split()[:2] for name, _, _ in people] == [["Sultan", "Akhmet"]]
    people = _people("Министр встретился с председателем компании Султаном Ахмедом Рашидовым.", "ru")
    assert [name.split()[:2] for name, _, _ in people] == [["Sultan", "Akhmed"]]
    # A sultan written with his state stays the office.
    assert _people("Оман Сұлтаны Хайсам бин Тарик Астанаға келді.", "kk")[0][1] == "sultan"


def test_turkiyes_defence_minister_is_named_as_his_ministry_writes_it() -> None:
    # msb.gov.tr: the Minister of National Defense, whichever wording the press uses.
    assert _people("Министр обороны Турции Иван Петров прибыл в Астану.", "ru")[0][1] == "minister of national defense"
    assert _people("Түркия Ұлттық қорғаныс министрі Иван Петров келді.", "kk")[0][1] == "minister of national defense"
    assert _people("Министр обороны Таджикистана Иван Петров прибыл в Астану.", "ru")[0][1] == "minister of defence"


def test_a_known_persons_organ_is_spelled_as_his_country_writes_it() -> None:
    # No country written: the gazetteer's Speaker is Uzbek, so «Олий Мажлиса» is the Oliy Majlis, not «oly mazhlis».
    people = _people("Под председательством Спикера Законодательной палаты Олий Мажлиса Нуриддина Исмоилова.", "ru")
    assert people[0][1:] == ("speaker of the legislative chamber of the oliy majlis", "UZ")


def test_the_director_of_an_organizations_office_is_named_with_it() -> None:
    # odihr.osce.org: the Director of ODIHR; an organization's head has no country.
    office = "director of the osce office for democratic institutions and human rights"
    people = _people(
        "Ол ЕҚЫҰ Демократиялық институттар және адам құқықтары жөніндегі бюросының директоры Иван Петровпен кездесті.",
        "kk",
    )
    assert people[0][1:] == (office, None)
    assert _people("Он встретился с директором БДИПЧ ОБСЕ Иваном Петровым.", "ru")[0][1:] == (office, None)


def test_an_organs_own_name_in_brackets_is_no_person_and_keeps_the_office() -> None:
    # «совета (Маджлис аш-Шура)»: the bracketed words are the council's own name, the office reaches past them.
    people = _people("Он принял Председателя Консультативного совета (Маджлис аш-Шура) Омана Ивана Петрова.", "ru")
    assert [(role, country) for _, role, country in people] == [("chairman", "OM")]


def test_uzbekistans_ombudsman_is_named_as_the_institution_writes_itself() -> None:
    # ombudsman.uz: the Authorized Person of the Oliy Majlis for Human Rights; Kazakhstan's stays the commissioner.
    uz = _people("Өзбекстан Олий Мажлисінің Адам құқықтары жөніндегі уәкілі (омбудсман) Иван Петров келді.", "kk")
    assert uz[0][1:] == ("authorized person of the oliy majlis for human rights", "UZ")
    kz = _people("Қазақстанның Адам құқықтары жөніндегі уәкілі Иван Петров келді.", "kk")
    assert kz[0][1:] == ("commissioner for human rights", "KZ")


def test_russias_emergencies_minister_has_his_ministrys_full_title() -> None:
    # mchs.gov.ru: the press's «министр по ЧС» is the minister for civil defence, emergencies and disaster relief.
    title = "minister for civil defence, emergencies and elimination of consequences of natural disasters"
    assert _people("Министр по чрезвычайным ситуациям России Иван Петров прибыл.", "ru")[0][1] == title
    assert _people("Министр по чрезвычайным ситуациям Кыргызстана Иван Петров прибыл.", "ru")[0][1] == (
        "minister of emergency situations"
    )


def test_a_military_rank_between_the_office_and_the_name_keeps_the_offices_country() -> None:
    people = _people("Он встретился с министром обороны Кыргызстана генерал-майором Иваном Петровым.", "ru")
    assert people[0][1:] == ("minister of defence", "KG")
