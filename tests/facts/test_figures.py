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
