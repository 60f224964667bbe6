from briefgen.lang.patterns import abbreviation_at_end, continuation, read_dateline, without_dateline


def test_one_reader_gives_a_datelines_place_date_agency_and_author() -> None:
    lead = "Бишкек, 23 января. /Кабар/. Председатель принял министра."
    dateline = read_dateline(lead)
    assert dateline is not None and (dateline.place, dateline.agency, dateline.slashed) == ("Бишкек", "Кабар", True)
    assert dateline.date is not None and lead[slice(*dateline.date)] == "23 января"
    assert lead[dateline.end :] == "Председатель принял министра."
    closing = read_dateline("ШЫМКЕНТ, 14 мамыр – Sputnik. Министр барды.")
    assert closing is not None and closing.agency == "Sputnik" and not closing.slashed
    author = read_dateline("Ташкент, 12.03.25. /Дилноза Каримова – УзА/. Министр прибыл.")
    assert author is not None and (author.author, author.agency) == ("Дилноза Каримова", "УзА")
    agency = read_dateline("АСТАНА. KAZINFORM – Министр барды.")
    assert agency is not None and agency.date is None and agency.agency == "KAZINFORM"
    bracketed = read_dateline("Душанбе, 3.04.2026 (агентство «Дунё»). - Министр прибыл.")
    assert bracketed is not None and (bracketed.place, bracketed.agency) == ("Душанбе", "агентство «Дунё»")
    assert without_dateline("Душанбе, 3.04.2026 (Дунё). - Министр прибыл.", "ru") == "Министр прибыл."


def test_an_agency_after_a_spaced_hyphen_or_a_comma_closes_the_dateline() -> None:
    hyphen = "МАРЫ, 4 июня - ИА «Восток». Министр прибыл."
    dateline = read_dateline(hyphen)
    assert dateline is not None and dateline.agency == "ИА «Восток»" and hyphen[slice(*dateline.date)] == "4 июня"
    comma = "Гянджа, 7 мая, ВОСТОКПРЕСС. Министр прибыл."
    dateline = read_dateline(comma)
    assert dateline is not None and dateline.agency == "ВОСТОКПРЕСС" and comma[slice(*dateline.date)] == "7 мая"
    assert comma[dateline.end :] == "Министр прибыл."
    # A hyphen inside a date is part of it; a sentence after the comma is no agency.
    span = read_dateline("Астана, 3-4 апреля – Kazinform. Министр прибыл.")
    assert span is not None and span.agency == "Kazinform"
    assert read_dateline("Астана, 12 марта, Президент Токаев принял министра.") is None


def test_a_sentence_or_slashes_alone_are_no_dateline() -> None:
    assert read_dateline("/Кабар/ без места и даты.") is None
    assert read_dateline("Астанада министр кездесті.") is None
    assert read_dateline("Токаев. Министр барды.") is None
    assert read_dateline("Министр, по его словам (как сообщалось), прибыл.") is None


def test_a_lead_without_its_dateline_and_attribution() -> None:
    assert without_dateline("АСТАНА. KAZINFORM – Министр барды.", "kk") == "Министр барды."
    assert without_dateline("Министр барды, деп хабарлайды Kazinform.", "kk") == "Министр барды"
    assert without_dateline("Министр прибыл в Ташкент, сообщает Kabar.", "ru") == "Министр прибыл в Ташкент"
    # The attribution is the article's language's: a Russian verb closes no Kazakh lead.
    assert without_dateline("Министр барды, сообщает Kabar.", "kk") == "Министр барды, сообщает Kabar."
    # An agency of one word with capitals inside goes with its dateline.
    assert without_dateline("Астана. 25 қараша. ҚазТАГ – Министр барды.", "kk") == "Министр барды."
    assert without_dateline("АСТАНА, 15 шілде. ҚазАқпарат – Министр барды.", "kk") == "Министр барды."


def test_abbreviations_are_the_languages_own_and_initials_are_everyones() -> None:
    assert abbreviation_at_end("ru").search("в г.")
    assert abbreviation_at_end("kk").search("2025 ж.")
    assert not abbreviation_at_end("ru").search("2025 ж.")
    assert abbreviation_at_end("en").search("met Mr.")
    for code in ("kk", "ru", "en", "uz"):
        assert abbreviation_at_end(code).search("подписал Қ.")
    assert continuation().match("— деді Олжас Бектенов.")
    assert not continuation().match("Екінші сөйлем.")
    assert not continuation().match("19 мая посол был принят.")  # a sentence opening with its day


def test_an_agency_between_slashes_right_after_the_date() -> None:
    for lead, place, agency in [
        ("Бишкек, 2 октября /Кабар/. Президент принял посла.", "Бишкек", "Кабар"),
        ("Душанбе, 14.10.2026 /НИАТ «Ховар»/. Вчера Президент встретился с послом.", "Душанбе", "НИАТ «Ховар»"),
    ]:
        dateline = read_dateline(lead)
        assert dateline is not None and (dateline.place, dateline.agency, dateline.slashed) == (place, agency, True)
        assert dateline.date is not None and lead[slice(*dateline.date)][0].isdigit()
