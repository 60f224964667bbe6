from briefgen.facts.figures import find_figures


def figures(text: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.unit, f.text) for f in find_figures(text)]


def test_money_with_scale_sign_and_case_endings() -> None:
    assert figures("тауар айналымы $4,5 млрд-ты құрады") == [(4.5e9, "USD", "$4,5 млрд")]
    assert figures("товарооборот составил 1,2 млрд долларов") == [(1.2e9, "USD", "1,2 млрд долларов")]
    assert figures("300 млн теңгеге көмек") == [(3e8, "KZT", "300 млн теңгеге")]
    assert figures("$500 млн сомасына") == [(5e8, "USD", "$500 млн")]


def test_counts_percentages_and_physical_units() -> None:
    assert figures("255 позиция бойынша") == [(255, "items", "255 позиция")]
    assert figures("экспорт 8,6%-ға өсті") == [(8.6, "percent", "8,6%")]
    assert figures("свыше 4 300 предприятий") == [(4300, "enterprises", "4 300 предприятий")]
    assert figures("қуаты 1,2 ГВт болатын") == [(1.2, "GW", "1,2 ГВт")]
    assert figures("50-ден астам өнеркәсіптік жобаны") == [(50, "projects", "50")]
    assert figures("рейстерінің саны аптасына 120-ға жетті") == [(120, "flights", "120")]


def test_years_dates_durations_and_names_are_not_figures() -> None:
    assert figures("2025 жылғы 6 наурызда") == []
    assert figures("2024–2026 жылдарға арналған") == []
    assert figures("за последние 20 лет") == []
    assert figures("Қамбар-Ата-1 станциясы") == []


def test_a_number_written_in_two_scales_and_us_dollars_named_in_kazakh() -> None:
    assert figures("айналым 2 млрд 350 млн долларды құрады") == [(2.35e9, "USD", "2 млрд 350 млн долларды")]
    assert figures("экспорт 3 млн 40 тыс. тонн") == [(3.04e6, "tonnes", "3 млн 40 тыс. тонн")]
    assert figures("инвестиция 2,5 млрд АҚШ долларына жетті") == [(2.5e9, "USD", "2,5 млрд АҚШ долларына")]


def test_trucks_are_vehicles_in_either_language() -> None:
    assert figures("завод на 3 тыс. грузовиков") == [(3000, "vehicles", "3 тыс. грузовиков")]
    assert [(v, u) for v, u, _ in figures("күніне 400-ден астам жүк көлігі өтеді")] == [(400, "vehicles")]


def test_euros_in_kazakh_spelling() -> None:
    assert figures("айналым 2,1 млрд еуроға жетті") == [(2.1e9, "EUR", "2,1 млрд еуроға")]


def test_kilowatt_hours_spelled_out_in_kazakh() -> None:
    assert figures("1,5 млрд киловатт-сағат электр") == [(1.5e9, "kWh", "1,5 млрд киловатт-сағат")]


def test_unit_symbols_in_latin_letters() -> None:
    assert figures("қуаты 250 MW болатын күн электр станциясы") == [(250, "MW", "250 MW")]
    assert figures("линия протяженностью 120 km") == [(120, "km", "120 km")]


def test_currencies_by_their_cldr_name() -> None:
    assert figures("кредит на 40 млрд иен") == [(4e10, "JPY", "40 млрд иен")]
    assert figures("200 млн юаней инвестиций") == [(2e8, "CNY", "200 млн юаней")]
    assert figures("бюджет 15 млн грузинских лари") == [(1.5e7, "GEL", "15 млн грузинских лари")]
    assert figures("жоба құны 2 млрд Жапония иенасы") == [(2e9, "JPY", "2 млрд Жапония иенасы")]


def test_a_shared_currency_noun_is_told_apart_by_the_word_beside_it() -> None:
    assert figures("150 млн азербайджанских манатов") == [(1.5e8, "AZN", "150 млн азербайджанских манатов")]
    assert figures("150 млн туркменских манатов") == [(1.5e8, "TMT", "150 млн туркменских манатов")]


def test_counted_nouns_are_found_by_their_base_form() -> None:
    # Treaties and contracts are documents; adjectives between the number and the noun are in the text.
    assert figures("6 екіжақты шартқа қол қойылды") == [(6, "documents", "6 екіжақты шартқа")]
    assert figures("заключено 9 договоров") == [(9, "documents", "9 договоров")]
    # A noun the README does not list takes the English plural of the noun.
    assert figures("салынған 12 мектеп") == [(12, "schools", "12 мектеп")]
    assert figures("создано 2 500 рабочих мест") == [(2500, "jobs", "2 500 рабочих мест")]


def test_a_qualifier_or_a_hyphenated_ending_leaves_the_number_alone_as_text() -> None:
    assert figures("1 200-ге жуық жұмыс орны ашылады") == [(1200, "jobs", "1 200")]
    assert figures("5 мыңнан астам жұмыс орнын") == [(5000, "jobs", "5 мыңнан")]


def test_a_target_counts_the_noun_named_before_it() -> None:
    assert figures("количество рейсов в Стамбул планируется довести до 21 в неделю") == [(21, "flights", "21")]
    assert figures("пойыздар қатынасын аптасына 10-ға дейін арттыру") == [(10, "trains", "10")]


def test_times_as_many_is_not_a_count() -> None:
    assert figures("в 3 раза больше встреч") == []


def test_documents_still_to_be_signed_are_no_figure() -> None:
    assert figures("Ертең 7 құжатқа қол қойылады") == []
    assert figures("В ходе визита планируется подписать 15 соглашений") == []
    assert figures("подписано 15 соглашений") == [(15, "documents", "15 соглашений")]


def test_residents_of_a_special_economic_zone_are_enterprises() -> None:
    assert figures("в технопарке зарегистрированы 140 резидентов") == [(140, "enterprises", "140 резидентов")]


def test_thousand_spelled_out_is_not_cut_to_its_abbreviation() -> None:
    assert [(f.value, f.unit, f.text) for f in find_figures("рассчитанных на 5 тысяч человек")] == [
        (5000, "people", "5 тысяч человек")
    ]


def test_citizens_pupils_households_stations_and_scholarships_are_counted() -> None:
    found = [
        (f.value, f.unit)
        for text in ("трудятся 70 тыс. граждан", "около 40 тыс. домохозяйств", "желіде 12 бекет бар",
                     "жыл сайын 80 шәкіртақы бөледі", "школа на 600 учеников")
        for f in find_figures(text)
    ]  # fmt: skip
    assert found == [(70000, "people"), (40000, "households"), (12, "stations"), (80, "scholarships"),
                     (600, "people")]  # fmt: skip


def test_vessels_livestock_greenhouses_and_containers_are_counted() -> None:
    found = find_figures("Компания 3 паром мен 5 танкер сатып алады, шаруашылықта 900 бас ірі қара бар.")
    assert [(f.value, f.unit) for f in found] == [(3, "ferries"), (5, "tankers"), (900, "cattle")]
    [greenhouses] = find_figures("Инвесторлар 7 жылыжай кешенін салады.")
    assert (greenhouses.unit, greenhouses.text) == ("greenhouse complexes", "7 жылыжай кешенін")
    [containers] = find_figures("При участии компании терминал будет обрабатывать до 120 тыс. TEU в год.")
    assert (containers.value, containers.unit) == (120000, "TEU")


def test_money_in_words_is_a_figure() -> None:
    from briefgen.facts.language import facts_language

    [ru] = find_figures("Российская сторона выделит полтора миллиарда рублей на школы.", facts_language("ru"))
    assert (ru.value, ru.unit, ru.text) == (1_500_000_000, "RUB", "полтора миллиарда рублей")
    [kk] = find_figures("Эксимбанк бір жарым миллиард долларлық несие желісін ашады.", facts_language("kk"))
    assert (kk.value, kk.unit, kk.text) == (1_500_000_000, "USD", "бір жарым миллиард долларлық")
    # Several number words make one number: «үш жарым» 3.5, «екі жүз елу» 250.
    [half] = find_figures("Қор үш жарым миллиард теңге бөледі.", facts_language("kk"))
    assert (half.value, half.unit) == (3_500_000_000, "KZT")
    [hundreds] = find_figures("Бағдарламаға екі жүз елу миллион еуро бағытталады.", facts_language("kk"))
    assert (hundreds.value, hundreds.unit) == (250_000_000, "EUR")
    [ru_hundreds] = find_figures("Стороны создадут фонд в пятьсот миллионов долларов.", facts_language("ru"))
    assert (ru_hundreds.value, ru_hundreds.unit) == (500_000_000, "USD")


def test_money_in_words_in_any_case_and_a_fused_half() -> None:
    """«в размере ста миллионов евро», «свыше двухсот миллионов долларов»: the case forms of the numerals;
    «полумиллиарда долларов»: the half fused to its scale. Only money: a count in words is no figure."""
    from briefgen.facts.language import facts_language

    ru = facts_language("ru")
    [hundred] = find_figures("Банк направит кредит в размере ста миллионов евро на водопровод.", ru)
    assert (hundred.value, hundred.unit, hundred.text) == (100_000_000, "EUR", "ста миллионов евро")
    [two_hundred] = find_figures("Инвестиции свыше двухсот пятидесяти миллионов долларов.", ru)
    assert (two_hundred.value, two_hundred.unit) == (250_000_000, "USD")
    [half] = find_figures("Фонд выделит до полумиллиарда долларов на дороги.", ru)
    assert (half.value, half.unit, half.text) == (500_000_000, "USD", "полумиллиарда долларов")
    assert find_figures("Станция выработает полмиллиарда киловатт-часов.", ru) == []


def test_a_hospitals_beds_are_counted() -> None:
    from briefgen.facts.language import facts_language

    [ru] = find_figures("В области построят больницу на 250 коек.", facts_language("ru"))
    [kk] = find_figures("Облыста 250 төсекке арналған аурухана салынады.", facts_language("kk"))
    assert (ru.value, ru.unit) == (kk.value, kk.unit) == (250, "beds")


def test_a_qualifier_is_kept_beside_the_number() -> None:
    from briefgen.facts.display import figure_text
    from briefgen.facts.language import facts_language
    from briefgen.model import Figure

    [ru] = find_figures("Инвестиции составили более 5 млрд долларов.", facts_language("ru"))
    [kk] = find_figures("Инвестиция 450 млрд доллардан астам болды.", facts_language("kk"))
    assert (ru.qualifier, ru.text, kk.qualifier, kk.text) == (
        "more than",
        "5 млрд долларов",
        "more than",
        "450 млрд доллардан",
    )
    assert figure_text(Figure(5e9, "USD", ru.text, qualifier=ru.qualifier)) == "more than US$5 billion"
    [plain] = find_figures("Товарооборот составил 5 млрд долларов.", facts_language("ru"))
    assert plain.qualifier is None


def test_tourists_and_compatriots_are_people_and_cities_are_counted() -> None:
    found = [
        (f.value, f.unit)
        for text in ("өткен жылы 300 мыңнан астам турист келді", "в Монголии живут 90 тысяч соотечественников",
                     "әуе компаниясы 12 қаламен байланыстырады", "рейсы связывают 7 городов")
        for f in find_figures(text)
    ]  # fmt: skip
    assert found == [(300000, "people"), (90000, "people"), (12, "cities"), (7, "cities")]


def test_grants_are_counted_in_either_language() -> None:
    assert figures("жыл сайын 300 грант бөлінеді") == [(300, "grants", "300 грант")]
    assert figures("выделит 200 грантов") == [(200, "grants", "200 грантов")]


def test_people_are_people_whatever_they_are_counted_as() -> None:
    assert figures("ежегодно будут обучаться 1 000 программистов") == [(1000, "people", "1 000 программистов")]
    assert figures("зауытта 500 жұмысшы еңбек етеді") == [(500, "people", "500 жұмысшы")]
    assert figures("здесь трудятся 3 тыс. сотрудников") == [(3000, "people", "3 тыс. сотрудников")]


def test_a_sum_in_words_in_an_oblique_case() -> None:
    from briefgen.facts.language import facts_language

    ru = facts_language("ru")
    found = [(f.value, f.unit) for f in find_figures("кредит в размере полутора миллиардов юаней", ru)]
    assert found == [(1_500_000_000, "CNY")]
    assert [(f.value, f.unit) for f in find_figures("на сумму двух миллиардов долларов", ru)] == [(2e9, "USD")]
    assert find_figures("в течение пяти лет", ru) == []


def test_a_root_adjective_between_a_number_and_its_noun_in_kazakh() -> None:
    """«6 жаңа кемені», «3 ірі жобаны»: adjectives with no adjectival ending still stand before the noun counted."""
    from briefgen.facts.language import facts_language

    kk = facts_language("kk")
    [ships] = find_figures("Компания Каспийге 6 жаңа кемені шығарады.", kk)
    assert (ships.value, ships.unit, ships.text) == (6, "ships", "6 жаңа кемені")
    [projects] = find_figures("Тараптар 3 ірі жобаны іске асырады.", kk)
    assert (projects.unit, projects.text) == ("projects", "3 ірі жобаны")
    [scientists] = find_figures("Биыл 40 жас ғалым тағылымдамадан өтеді.", kk)
    assert (scientists.unit, scientists.text) == ("people", "40 жас ғалым")
    # An age is no count: «жас» with no counted noun after it.
    assert find_figures("Ол биыл 40 жасқа толды, ал мерейтойы 40 жас болды.", kk) == []


def test_members_of_an_ethnic_group_are_people() -> None:
    """«100 мың этникалық корей», «20 тысяч этнических немцев»: people, the text through the group's noun."""
    from briefgen.facts.language import facts_language

    [kk] = find_figures("Елімізде 100 мың этникалық корей тұрады.", facts_language("kk"))
    assert (kk.value, kk.unit, kk.text) == (100_000, "people", "100 мың этникалық корей")
    [ru] = find_figures("В стране живут 20 тысяч этнических немцев.", facts_language("ru"))
    assert (ru.value, ru.unit, ru.text) == (20_000, "people", "20 тысяч этнических немцев")


def test_a_classifier_with_no_counted_noun_after_it_counts_units() -> None:
    from briefgen.facts.language import facts_language

    ru = facts_language("ru")
    [plant] = find_figures("Завод будет выпускать до 3 млн единиц в год.", ru)
    assert (plant.value, plant.unit, plant.text) == (3_000_000, "units", "3 млн единиц")
    # With the noun after it, the noun says what is counted.
    [machines] = find_figures("В регион направлено 150 единиц спецтехники.", ru)
    assert machines.unit == "vehicles"


def test_the_people_of_a_country_counted_are_people() -> None:
    from briefgen.facts.language import facts_language

    [workers] = find_figures("На предприятии работают более 3 тысяч казахстанцев.", facts_language("ru"))
    assert (workers.value, workers.unit, workers.text) == (3000, "people", "3 тысяч казахстанцев")
    kk = facts_language("kk")
    [staff] = find_figures("Зауытта 3 мыңнан астам қазақстандық жұмыс істейді.", kk)
    assert (staff.value, staff.unit, staff.text) == (3000, "people", "3 мыңнан")
    # The demonym before a counted noun qualifies it: the noun says what is counted.
    [firms] = find_figures("Елде 500 қазақстандық компания жұмыс істейді.", kk)
    assert (firms.unit, firms.text) == ("enterprises", "500 қазақстандық компания")


def test_machines_and_permits_are_counted_by_their_own_english_plural() -> None:
    assert figures("завод соберет 300 комбайнов") == [(300, "combines", "300 комбайнов")]
    assert figures("сторона выделит 500 разрешений на перевозки") == [(500, "permits", "500 разрешений")]
    assert figures("қалаға 40 электробус жеткізіледі") == [(40, "vehicles", "40 электробус")]
    assert figures("зауыт 120 трактор құрастырды") == [(120, "tractors", "120 трактор")]


def test_a_count_written_with_a_thousands_space_is_no_year() -> None:
    assert figures("поставки 2 000 тракторов") == [(2000, "tractors", "2 000 тракторов")]
    assert figures("в 2026 году") == []


def test_servicemen_are_people() -> None:
    assert figures("в учениях участвовали 1 200 военнослужащих") == [(1200, "people", "1 200 военнослужащих")]


def test_a_sum_in_words_with_two_scales_adds_them() -> None:
    """«один миллиард двести миллионов долларов» is 1.2 billion, not the 200 million its last scale says."""
    from briefgen.facts.language import facts_language

    ru, kk = facts_language("ru"), facts_language("kk")
    [sum_ru] = find_figures("Завод обойдется в два миллиарда триста миллионов евро.", ru)
    assert (sum_ru.value, sum_ru.unit, sum_ru.text) == (2.3e9, "EUR", "два миллиарда триста миллионов евро")
    [sum_kk] = find_figures("Қор бір миллиард бес жүз миллион доллар бөледі.", kk)
    assert (sum_kk.value, sum_kk.unit) == (1.5e9, "USD")
    # A smaller scale before a larger one starts no sum: only the words after it are read.
    assert [f.value for f in find_figures("тысяч пятьсот миллионов рублей", ru)] == [5e8]


def test_market_restrictions_facilities_and_consumers_are_counted_in_either_language() -> None:
    """Counted things take the English plural of their noun: what a common market lifts, sites built, and
    consumers (people, whoever they are)."""
    assert figures("стороны отменят 7 ограничений и 2 изъятия") == [
        (7, "restrictions", "7 ограничений"),
        (2, "exemptions", "2 изъятия"),
    ]
    assert figures("Биыл 5 шектеуді алып тастау көзделген") == [(5, "restrictions", "5 шектеуді")]
    assert figures("в области введено 30 объектов") == [(30, "facilities", "30 объектов")]
    assert figures("Өңірде 8 нысан салынды") == [(8, "facilities", "8 нысан")]
    assert figures("рынок на 300 млн потребителей") == [(300e6, "people", "300 млн потребителей")]
    assert figures("100 миллион тұтынушысы бар нарық") == [(100e6, "people", "100 миллион тұтынушысы")]
    assert figures("ауданда 4 бала бақшасы ашылды") == [(4, "kindergartens", "4 бала бақшасы")]


def test_two_adjectives_joined_before_the_noun_counted() -> None:
    assert figures("подписаны 12 отраслевых и региональных соглашений") == [
        (12, "documents", "12 отраслевых и региональных соглашений")
    ]
    assert figures("7 үкіметаралық және салалық құжатқа қол қойылды") == [
        (7, "documents", "7 үкіметаралық және салалық құжатқа")
    ]


def test_a_target_with_its_ending_fused_to_a_scale_word_counts_the_noun_before_it() -> None:
    """«көліктің өтуі тәулігіне 3 мыңға дейін»: the noun stands before a target whose ending is on «мың»."""
    assert figures("Бекет арқылы жүк көлігінің өтуі тәулігіне 3 мыңға дейін жетеді") == [(3000, "vehicles", "3 мыңға")]


def test_a_sum_in_words_and_a_half() -> None:
    """«три с половиной миллиарда долларов» is 3.5 billion; «с половиной» alone before a scale is no number."""
    from briefgen.facts.language import facts_language

    ru = facts_language("ru")
    [sum_ru] = find_figures("Инвестиции составят четыре с половиной миллиарда евро.", ru)
    assert (sum_ru.value, sum_ru.unit, sum_ru.text) == (4.5e9, "EUR", "четыре с половиной миллиарда евро")
    assert find_figures("Речь шла о половине миллиарда евро, с половиной миллиарда рублей", ru) == []


def test_dollars_abbreviated_without_a_full_stop_and_routes_counted() -> None:
    assert figures("товарооборот составил 3,1 млрд долл") == [(3.1e9, "USD", "3,1 млрд долл")]
    assert figures("открыто 12 новых маршрутов") == [(12, "routes", "12 новых маршрутов")]


def test_floor_area_product_kinds_and_trades_own_sites_are_counted() -> None:
    assert figures("площадью 15 тыс. кв. м") == [(15000, "square metres", "15 тыс. кв. м")]
    assert figures("жалпы ауданы 40 мың шаршы метр") == [(40000, "square metres", "40 мың шаршы метр")]
    assert figures("экспортируется около 90 видов продукции") == [(90, "items", "90 видов продукции")]
    assert figures("открыты 3 торговых дома") == [(3, "trading houses", "3 торговых дома")]
    assert figures("Облыста 2 индустриялық парк жұмыс істейді") == [(2, "industrial parks", "2 индустриялық парк")]
    assert figures("построено 6 логистических центров") == [(6, "logistics centres", "6 логистических центров")]
    assert figures("в состязаниях по 5 видам спорта") == []


def test_a_qualifier_of_two_words_and_one_on_the_other_side() -> None:
    """«не менее» is at least (not the «менее» in it), «кем емес» after a Kazakh figure too; «шамамен» stands
    before a Kazakh figure; a verb of exceeding («превысил», «асты») says more than."""
    from briefgen.facts.language import facts_language

    ru, kk = facts_language("ru"), facts_language("kk")

    def qualifier(text: str, language: object) -> str | None:
        [found] = find_figures(text, language)  # type: ignore[arg-type]
        return found.qualifier

    assert qualifier("Фонд вложит не менее 2 млрд долларов.", ru) == "at least"
    assert qualifier("Фонд вложит менее 2 млрд долларов.", ru) == "less than"
    assert qualifier("Товарооборот превысил 6 млрд долларов.", ru) == "more than"
    assert qualifier("Жоба құны шамамен 400 млн доллар.", kk) == "about"
    assert qualifier("Үлес 20 пайыздан кем емес болады.", kk) == "at least"
    assert qualifier("Тауар айналымы 2 млрд доллардан асты.", kk) == "more than"
    assert qualifier("Тауар айналымы 2 млрд долларды құрады.", kk) is None


def test_a_label_from_the_figures_own_clause() -> None:
    """A label comes from the words beside the figure: its own clause first, the sentence only when the
    clause names nothing measured."""
    labels = [f.label for f in find_figures("Экспорт составил 4,5 млрд долларов, а инвестиции 2,1 млрд долларов.")]
    assert labels == ["exports", "investment"]
    labels = [f.label for f in find_figures("Тауар айналымы 12%-ға өсті, ал инвестиция 5 млрд долларға жетті.")]
    assert labels == ["trade turnover", "investment"]
    labels = [f.label for f in find_figures("Товарооборот вырос на 12%, достигнув 5 млрд долларов.")]
    assert labels == ["trade turnover", "trade turnover"]


def test_a_peoples_name_before_the_kazakh_noun_counted() -> None:
    assert figures("Ресейде 5 мың өзбек азаматы оқиды") == [(5000, "people", "5 мың өзбек азаматы")]
    assert figures("Елде 300 корей компаниясы тіркелген") == [(300, "enterprises", "300 корей компаниясы")]


def test_a_scale_word_alone_is_one_of_it_and_a_vague_many_is_none() -> None:
    """«около миллиарда долларов» is about a billion: a sum in words with no number word; «десятки миллионов»,
    «бірнеше миллиард», «миллиарды» say no number."""
    from briefgen.facts.language import facts_language

    ru, kk = facts_language("ru"), facts_language("kk")
    [one] = find_figures("Инвестиции составят около миллиарда долларов.", ru)
    assert (one.value, one.unit, one.text, one.qualifier) == (1e9, "USD", "миллиарда долларов", "about")
    [kk_one] = find_figures("Жобаға миллиард доллар салынады.", kk)
    assert (kk_one.value, kk_one.unit) == (1e9, "USD")
    assert find_figures("Речь идёт о десятках миллионов долларов и миллиардах рублей.", ru) == []
    assert find_figures("Бірнеше миллиард доллар тартылды.", kk) == []
    [digits] = find_figures("Проект стоит 1 миллиард долларов.", ru)
    assert (digits.value, digits.text) == (1e9, "1 миллиард долларов")


def test_a_size_adjective_counts_its_own_noun_and_a_span_of_years_is_none() -> None:
    """«500 орындық мектеп» counts seats, not schools; «3 жылдық бағдарлама» is a three-year programme."""
    assert figures("Ауданда 500 орындық мектеп салынады") == [(500, "seats", "500 орындық")]
    assert figures("Қалада 300 төсектік аурухана ашылады") == [(300, "beds", "300 төсектік")]
    assert figures("Тараптар 3 жылдық бағдарламаны бекітті") == []
    assert figures("построена школа на 600 мест") == [(600, "seats", "600 мест")]
    assert figures("создано 1 200 рабочих мест") == [(1200, "jobs", "1 200 рабочих мест")]


def test_a_hyphenated_size_adjective_is_no_count_of_its_noun() -> None:
    """«500-местная школа» is one school of 500 seats, not 500 schools; an adjective of a unit keeps the unit
    («100-мегаваттная станция» is 100 MW); a Kazakh case ending after a hyphen still counts («50-ден астам жобаны»)."""
    assert figures("построена 600-местная школа") == []
    assert figures("контейнеры 40-футового формата") == []
    assert figures("запущена 100-мегаваттная станция") == [(100, "MW", "100")]
    assert figures("50-ден астам жобаны қарады") == [(50, "projects", "50")]


def test_every_known_currency_sign_starts_a_figure() -> None:
    assert figures("контракт на ₽50 млрд") == [(50e9, "RUB", "₽50 млрд")]
    assert figures("заем в £200 млн") == [(200e6, "GBP", "£200 млн")]


def test_energy_in_watt_hours_is_not_power() -> None:
    """«5 ГВт·ч» is gigawatt-hours, not the 5 GW its first letters say; «1 ГВт» stays power."""
    assert figures("выработка составит 5 ГВт·ч") == [(5, "GWh", "5 ГВт·ч")]
    assert figures("станция выработает 2 ТВт·ч") == [(2, "TWh", "2 ТВт·ч")]
    assert figures("жылына 300 МВт·сағ") == [(300, "MWh", "300 МВт·сағ")]
    assert figures("мощностью 1 ГВт") == [(1, "GW", "1 ГВт")]


def test_classes_of_counted_things_each_by_its_own_english_plural() -> None:
    # Health care's sites, settlements, power plants by kind, vessels and gauges, in both languages.
    assert figures("Ауданда 8 жаңа емхана салынады.") == [(8, "clinics", "8 жаңа емхана")]
    assert figures("В области откроют 25 сельских амбулаторий.") == [(25, "clinics", "25 сельских амбулаторий")]
    assert figures("Жоба 45 ауылды ауыз сумен қамтиды.") == [(45, "villages", "45 ауылды")]
    assert figures("Газ пришел в 120 сёл района.") == [(120, "villages", "120 сёл")]
    assert figures("Су тасқынынан 7 елді мекен қорғалады.") == [(7, "settlements", "7 елді мекен")]
    assert figures("Компания модернизирует 2 угольные ТЭЦ.") == [(2, "power plants", "2 угольные ТЭЦ")]
    assert figures("Серіктес 4 жаңа электр станциясын салады.") == [(4, "power plants", "4 жаңа электр станциясын")]
    assert figures("Верфь спустила на воду 2 земснаряда и 5 барж.") == [
        (2, "dredgers", "2 земснаряда"),
        (5, "barges", "5 барж"),
    ]
    assert figures("Өзенге 12 гидробекет орнатылады.") == [(12, "gauging stations", "12 гидробекет")]
    # The members of a bloc, loans a bank gives, chips, cars, and people by their trade.
    assert figures("Организация объединяет 10 государств.") == [(10, "states", "10 государств")]
    assert figures("Банк выдал 900 займов фермерам.") == [(900, "loans", "900 займов")]
    assert figures("Банк шағын бизнеске 300 несие берді.") == [(300, "loans", "300 несие")]
    assert figures("Дата-центр получит 2 тысячи процессоров.") == [(2000, "processors", "2 тысячи процессоров")]
    assert figures("Завод собрал 15 тысяч машин.") == [(15000, "vehicles", "15 тысяч машин")]
    assert figures("В фестивале участвуют 80 артистов.") == [(80, "people", "80 артистов")]


def test_a_kazakh_compound_is_counted_by_its_head() -> None:
    # Nouns naming the kind of what is counted stand before it, which carries the compound's possessive.
    assert figures("Университеттер 40 бірлескен білім беру бағдарламасын ашады.") == [
        (40, "programmes", "40 бірлескен білім беру бағдарламасын")
    ]
    assert figures("Серіктес 3 жел электр станциясын салады.") == [(3, "power plants", "3 жел электр станциясын")]
    # A compound of people names whose they are: the number counts the countries, which is no figure here.
    assert figures("Форумға 30 ел өкілдері қатысты.") == []
    # A date before a city's name is no count of cities; a classifier still counts when no noun follows.
    assert figures("Кездесу 12 наурызда Түркістан қаласында өтті.") == []
    assert figures("мощностью до 2 млн единиц в год") == [(2e6, "units", "2 млн единиц")]


def test_what_health_rescue_culture_and_districts_count_is_the_plural_of_their_noun() -> None:
    # Vaccine doses, aircraft, exercises, works and districts each take the English plural of the noun counted.
    assert figures("Министрлікке 800 мың доза вакцина жеткізілді.") == [(800000, "doses", "800 мың доза")]
    assert figures("Закуплено 2,5 млн доз вакцины.") == [(2.5e6, "doses", "2,5 млн доз")]
    assert figures("Өрт сөндіруге 3 тікұшақ жіберілді.") == [(3, "helicopters", "3 тікұшақ")]
    assert figures("В учениях задействуют 6 вертолётов.") == [(6, "helicopters", "6 вертолётов")]
    assert figures("Биыл 25-тен астам бірлескен жаттығу өтті.") == [(25, "exercises", "25")]
    assert figures("Студиялар 7 бірлескен фильм түсірмек.") == [(7, "films", "7 бірлескен фильм")]
    assert figures("В 9 районах области открыты 9 центров.") == [
        (9, "districts", "9 районах"),
        (9, "centres", "9 центров"),
    ]
    assert figures("Стадион вмещает 30 тысяч зрителей.") == [(30000, "people", "30 тысяч зрителей")]


def test_a_capitalised_word_after_a_number_is_a_name_not_what_it_counts() -> None:
    # «Орталық» is a centre, but «Орталық Азия» is Central Asia: the number counts the countries of the name.
    assert figures("Облыста 4 жаңа орталық ашылды.") == [(4, "centres", "4 жаңа орталық")]
    assert figures("Кездесуге 5 Орталық Азия елінің өкілдері қатысты.") == []


def test_a_singular_head_of_a_kazakh_compound_of_people_is_counted() -> None:
    # A number counts a singular noun: «медицина қызметкері» are health workers; the plural «ел өкілдері» belongs to
    # the countries the number counts.
    assert figures("Курстарда 900-ден астам медицина қызметкері оқыды.") == [(900, "people", "900")]
    assert figures("Жиынға 40 ел өкілдері келді.") == []


def test_a_part_of_what_the_figure_before_counts_is_counted_alike() -> None:
    # «из них», «оның … жуығы»: the bare number is a part of the students, whatever noun follows it.
    assert figures("В России учатся 4 000 студентов, из них 250 – в МГУ.") == [
        (4000, "people", "4 000 студентов"),
        (250, "people", "250"),
    ]
    assert figures("Елге 700 турист келді, оның 200-ге жуығы Сеул университетінде болды.") == [
        (700, "people", "700 турист"),
        (200, "people", "200"),
    ]
    # «оның» alone is «its»: «оның 3 зауыты» are its plants, no part of the money before.
    assert figures("Компания 5 млн доллар салды, оның 3 зауыты бар.") == [(5e6, "USD", "5 млн доллар")]


def test_what_elections_ombudsmen_prosecutors_and_flood_defences_count() -> None:
    # Polling stations, citizens' appeals, persons handed over and sandbags each take the English plural of their noun.
    assert figures("Жаңа жүйе 3 мыңнан астам учаскеде сыналды.") == [(3000, "polling stations", "3 мыңнан")]
    assert figures("Камеры установлены на 500 избирательных участках.") == [
        (500, "polling stations", "500 избирательных участках")
    ]
    assert figures("Омбудсмен 140-тан астам өтінішті қарады.") == [(140, "appeals", "140")]
    assert figures("За год поступило 900 обращений граждан.") == [(900, "appeals", "900 обращений")]
    assert figures("По запросам партнёров выдано 18 лиц.") == [(18, "people", "18 лиц")]
    assert figures("Проверено 18 юридических лиц.") == [(18, "enterprises", "18 юридических лиц")]
    assert figures("Комиссия 4 мыңнан астам учаскелік комиссия мүшесін оқытты.") == [(4000, "people", "4 мыңнан")]
    assert figures("Вдоль реки уложено 25 тысяч мешков с песком.") == [(25000, "sandbags", "25 тысяч мешков с песком")]
    # A plot of land is not a polling station: the longer noun wins.
    assert figures("Инвесторға 3 жер учаскесі берілді.") == [(3, "plots", "3 жер учаскесі")]


def test_armoured_vehicles_and_a_classifier_whose_noun_stands_before_sany() -> None:
    assert figures("До конца года поставят 30 единиц бронетехники.") == [(30, "vehicles", "30 единиц бронетехники")]
    # «бірлік» alone counts units, but where the clause names what it counts before «саны», that noun says.
    assert figures("Бірлескен шығарылатын бронды көліктердің саны 40 бірлікке жетеді.") == [
        (40, "vehicles", "40 бірлікке")
    ]


def test_who_attends_a_gathering_framing_the_meeting_is_no_figure_of_it() -> None:
    from briefgen.facts.language import facts_language

    ru, kk = facts_language("ru"), facts_language("kk")
    framed = "Встреча прошла на полях форума, в котором принимают участие более 3 тысяч делегатов из 50 стран."
    assert find_figures(framed, ru) == []
    council = "Переговоры прошли на заседании делового совета, собравшего представителей 120 компаний."
    assert find_figures(council, ru) == []
    assert find_figures("Форумға 60 елден 4 мыңнан астам делегат қатысуда.", kk) == []
    assert find_figures("Көрмеге 30 елден 500-ге жуық компания қатысып жатыр.", kk) == []  # the progressive too
    # What was signed there, and a count with no gathering attended, stay figures.
    [signed] = find_figures("На полях форума, в котором участвуют 3 тысячи делегатов, подписано 12 соглашений.", ru)
    assert (signed.value, signed.unit) == (12, "documents")
    [troops] = find_figures("В учениях примут участие 1 500 военнослужащих.", ru)
    assert (troops.value, troops.unit) == (1500, "people")


def test_a_councils_decisions_are_counted_as_decisions() -> None:
    assert figures("Отырыста 24 шешім қабылданды") == [(24, "decisions", "24 шешім")]
    assert figures("по итогам заседания принято 12 решений") == [(12, "decisions", "12 решений")]


def test_what_water_environment_and_health_care_count() -> None:
    # Glaciers, lakes, trees and seedlings, tablets: each the English plural of its noun, in either language.
    assert figures("В горах за полвека исчезло около 500 ледников.") == [(500, "glaciers", "500 ледников")]
    assert figures("Соңғы жылдары 300-ден астам мұздық еріп кетті.") == [(300, "glaciers", "300")]
    assert figures("Вдоль канала высажено 40 тысяч саженцев.") == [(40000, "seedlings", "40 тысяч саженцев")]
    assert figures("Облыста 2 мың көл бар.") == [(2000, "lakes", "2 мың көл")]
    assert figures("Завод будет выпускать 50 млн таблеток в год.") == [(50_000_000, "tablets", "50 млн таблеток")]
