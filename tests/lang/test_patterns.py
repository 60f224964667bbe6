from briefgen.lang.patterns import abbreviation_at_end, continuation, dateline_agency, without_dateline


def test_a_dateline_names_the_agency_between_slashes() -> None:
    assert dateline_agency("Бишкек, 23 января. /Кабар/. Председатель принял министра.") == "Кабар"
    assert dateline_agency("АСТАНА. KAZINFORM – Министр барды.") is None
    assert dateline_agency("/Кабар/ без места и даты.") is None


def test_a_lead_without_its_dateline_and_attribution() -> None:
    assert without_dateline("АСТАНА. KAZINFORM – Министр барды.", "kk") == "Министр барды."
    assert without_dateline("Министр барды, деп хабарлайды Kazinform.", "kk") == "Министр барды"
    assert without_dateline("Министр прибыл в Ташкент, сообщает Kabar.", "ru") == "Министр прибыл в Ташкент"
    # The attribution is the article's language's: a Russian verb closes no Kazakh lead.
    assert without_dateline("Министр барды, сообщает Kabar.", "kk") == "Министр барды, сообщает Kabar."


def test_abbreviations_are_the_languages_own_and_initials_are_everyones() -> None:
    assert abbreviation_at_end("ru").search("в г.")
    assert abbreviation_at_end("kk").search("2025 ж.")
    assert not abbreviation_at_end("ru").search("2025 ж.")
    assert abbreviation_at_end("en").search("met Mr.")
    for code in ("kk", "ru", "en", "uz"):
        assert abbreviation_at_end(code).search("подписал Қ.")
    assert continuation().match("— деді Олжас Бектенов.")
    assert not continuation().match("Екінші сөйлем.")
