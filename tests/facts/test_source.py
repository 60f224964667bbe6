"""The agency that reports an article: read from the article, meeting or none, by its own name."""

from pathlib import Path

import pytest

from briefgen.facts import reporting_agency
from briefgen.model import Agency

from .helpers import article

MEETING_KK = "Олжас Бектенов пен Абдулла Арипов кездесті"
MEETING_RU = "Олжас Бектенов и Абдулла Арипов встретились"


def agency(tmp_path: Path, lang: str, body: str, front: str = "") -> Agency | None:
    return reporting_agency(article(tmp_path, f"---\nlang: {lang}\n{front}---\n\n{body}\n"))


def name(tmp_path: Path, lang: str, body: str) -> str | None:
    found = agency(tmp_path, lang, body)
    return found.name if found else None


def test_an_article_without_a_meeting_has_its_agency(tmp_path: Path) -> None:
    statistics = "АСТАНА. KAZINFORM – Биылғы жарты жылда тауар айналымы 2,4 млрд долларды құрады."
    doc = article(tmp_path, f"---\nlang: kk\n---\n\n{statistics}\n")
    assert reporting_agency(doc) == Agency("KAZINFORM", "source.dateline", (doc.blocks[0].sentences[0].id,))
    law = "Глава государства подписал закон о ратификации соглашения, сообщает пресс-служба Акорды."
    assert name(tmp_path, "ru", law) == "пресс-служба Акорды"


def test_front_matter_source_is_the_agency_over_the_texts_wording(tmp_path: Path) -> None:
    for lead in ("встретились, сообщает пресс-служба Министерства.", "встретились, передает агентство."):
        found = agency(tmp_path, "ru", f"Олжас Бектенов и Абдулла Арипов {lead}", front="source: Example.kz\n")
        assert found == Agency("Example.kz", "source.front_matter")


@pytest.mark.parametrize(
    ("lang", "dateline", "expected"),
    [
        ("kk", "ШЫМКЕНТ. KAZINFORM – ", "KAZINFORM"),
        ("kk", "Шымкент. 14 мамыр. ҚазТАГ – ", "ҚазТАГ"),
        ("kk", "ШЫМКЕНТ, 14 мамыр – Sputnik. ", "Sputnik"),
        ("ru", "Ташкент, 12.03.25. /Дилноза Каримова – Podrobno.uz/. ", "Podrobno.uz"),
        ("ru", "Ташкент, 5 мая. /Дунё/. ", "Дунё"),
        # No full stop between the date and the agency between slashes.
        ("ru", "Бишкек, 2 октября /Кабар/. ", "Кабар"),
        ("ru", "Душанбе, 14.10.2026 /НИАТ «Ховар»/. ", "Ховар"),
        # Copy that gives no date: the agency between slashes right after the place.
        ("ru", "Ош /Восток/. ", "Восток"),
        ("kk", "Талас /Кабар/. ", "Кабар"),
        # …or in brackets with the dash that closes a dateline after them.
        ("ru", "Бишкек (АКИpress) – ", "АКИpress"),
        # In brackets, by its name without the word for what it is.
        ("ru", "Ташкент, 12.03.2025 (агентство «Дунё»). - ", "Дунё"),
        ("kk", "Астана, 14 мамыр (Қазақпарат). ", "Қазақпарат"),
        # An outlet whose brand is its web address keeps it whole; the point after it closes the dateline.
        ("ru", "Самарканд, 9 июня – Kun.uz. ", "Kun.uz"),
        ("ru", "Наманган, 2 марта – Gazeta.uz. ", "Gazeta.uz"),
        # A spaced hyphen for the dash, the name in quotation marks after the word for its kind.
        ("ru", "МАРЫ, 4 июня - ИА \"Восток\". ", "Восток"),
        # After a comma, a capitalised name in Cyrillic or Latin as the agency writes it.
        ("ru", "Гянджа, 7 мая, ВОСТОКПРЕСС. ", "ВОСТОКПРЕСС"),
        ("ru", "Сумгайыт, 11 марта, Trend. ", "Trend"),
    ],
)
def test_the_dateline_names_the_agency(tmp_path: Path, lang: str, dateline: str, expected: str) -> None:
    found = agency(tmp_path, lang, dateline + (MEETING_KK if lang == "kk" else MEETING_RU) + ".")
    assert found is not None and (found.name, found.rule) == (expected, "source.dateline")


def test_the_dateline_wins_over_the_press_service_the_copy_cites(tmp_path: Path) -> None:
    body = "АСТАНА. KAZINFORM – Глава государства подписал закон, сообщает пресс-служба Акорды."
    assert name(tmp_path, "ru", body) == "KAZINFORM"


def test_the_bracketed_dateline_wins_over_the_press_service_the_copy_cites(tmp_path: Path) -> None:
    body = "Бишкек (АКИpress) – Президент подписал закон о ратификации, сообщает пресс-служба главы государства."
    assert name(tmp_path, "ru", body) == "АКИpress"


def test_a_bracket_after_a_name_opens_a_sentence_not_a_dateline(tmp_path: Path) -> None:
    assert agency(tmp_path, "ru", "Жапаров (Президент Кыргызстана) подписал закон о ратификации соглашения.") is None


def test_a_sentence_opening_with_a_word_and_a_full_stop_is_no_dateline(tmp_path: Path) -> None:
    assert agency(tmp_path, "ru", "Токаев. Министр иностранных дел – о переговорах с соседями.") is None
    assert agency(tmp_path, "kk", f"Астанада {MEETING_KK[0].lower()}{MEETING_KK[1:]}.") is None


@pytest.mark.parametrize(
    ("lang", "lead", "rule", "expected"),
    [
        ("kk", f"{MEETING_KK}, деп хабарлайды Inform.kz.", "source.closing", "Inform.kz"),
        ("ru", f"{MEETING_RU}, сообщает пресс-служба Правительства.", "source.closing", "пресс-служба Правительства"),
        (
            "ru",
            f"Как сообщает Tengrinews.kz, {MEETING_RU[0].lower()}{MEETING_RU[1:]}.",
            "source.leading",
            "Tengrinews.kz",
        ),  # noqa: E501
        (
            "kk",
            f"Ақорданың баспасөз қызметінің хабарлауынша, {MEETING_KK}.",
            "source.leading",
            "Ақорданың баспасөз қызметі",
        ),  # noqa: E501
        ("kk", f"{MEETING_KK}. Бұл туралы Хабар 24 хабарлайды.", "source.sentence", "Хабар 24"),
        ("ru", f"{MEETING_RU}. Об этом сообщает МИА «Казинформ».", "source.sentence", "Казинформ"),
        # Where one heard it, its head word in the nominative.
        ("ru", f"{MEETING_RU}, сообщили в пресс-службе Акорды.", "source.closing", "пресс-служба Акорды"),
        ("ru", f"{MEETING_RU}. Об этом сообщили в Минэнерго.", "source.sentence", "Минэнерго"),
    ],
)
def test_the_lead_names_the_agency(tmp_path: Path, lang: str, lead: str, rule: str, expected: str) -> None:
    found = agency(tmp_path, lang, lead)
    assert found is not None and (found.name, found.rule) == (expected, rule)
    assert found.sentences == (article(tmp_path, f"---\nlang: {lang}\n---\n\n{lead}\n").blocks[0].sentences[-1].id,)


@pytest.mark.parametrize(
    ("lang", "who", "expected"),
    [
        # The words for the kind of outlet, in any case form, and for its correspondent, where he writes from.
        ("kk", "El.kz ақпарат агенттігі", "El.kz"),
        ("kk", "Kazinform агенттігінің тілшісі", "Kazinform"),
        ("kk", "ҚазАқпарат агенттігінің Ташкенттегі тілшісі", "ҚазАқпарат"),
        ("kk", "Turkystan ақпарат агенттігі", "Turkystan"),
        ("kk", "Tengrinews.kz тілшісі", "Tengrinews.kz"),
        ("ru", "собственный корреспондент агентства Sputnik в Бишкеке", "Sputnik"),
        ("ru", "информационное агентство «Казинформ»", "Казинформ"),
        ("ru", "портал Zakon.kz", "Zakon.kz"),
        # A Latin name's case ending after a hyphen.
        ("kk", "Egemen.kz-тің тілшісі", "Egemen.kz"),
        # Whom it cites.
        ("kk", "Inform.kz ҚР Сауда министрлігіне сілтеме жасап", "Inform.kz"),
        ("kk", "El.kz ақпарат агенттігі министрліктің баспасөз қызметіне сілтеме жасап", "El.kz"),
        ("ru", "Inbusiness.kz со ссылкой на пресс-службу МИД", "Inbusiness.kz"),
        # A body named with the word, and a press service, as written.
        ("kk", "Стратегиялық жоспарлау және реформалар агенттігі", "Стратегиялық жоспарлау және реформалар агенттігі"),
        ("ru", "пресс-служба Министерства энергетики", "пресс-служба Министерства энергетики"),
    ],
)
def test_the_agency_is_named_without_the_words_around_its_name(
    tmp_path: Path, lang: str, who: str, expected: str
) -> None:
    verb = "деп хабарлайды" if lang == "kk" else "сообщает"
    meeting = MEETING_KK if lang == "kk" else MEETING_RU
    assert name(tmp_path, lang, f"{meeting}, {verb} {who}.") == expected


def test_a_word_for_an_agency_alone_names_none(tmp_path: Path) -> None:
    assert agency(tmp_path, "ru", f"{MEETING_RU}, передает агентство.") is None
    assert agency(tmp_path, "kk", f"{MEETING_KK}, деп хабарлайды агенттік тілшісі.") is None


def test_a_person_who_tells_the_news_is_no_agency(tmp_path: Path) -> None:
    ru = "Президент Франции посетит Казахстан в ноябре. Об этом сообщил пресс-секретарь Президента Руслан Желдибай."
    kk = "Франция Президенті қарашада келеді. Бұл туралы Президенттің баспасөз хатшысы Руслан Желдібай хабарлады."
    assert agency(tmp_path, "ru", ru) is None and agency(tmp_path, "kk", kk) is None


def test_the_agency_is_named_in_the_lead_only(tmp_path: Path) -> None:
    body = f"{MEETING_RU}.\n\nСтороны обсудили транзит, сообщает пресс-служба Правительства."
    assert agency(tmp_path, "ru", body) is None


def test_a_name_in_straight_quotes_and_a_past_tense_closing(tmp_path: Path) -> None:
    assert name(tmp_path, "ru", f'{MEETING_RU}, передает агентство "Интерфакс-Казахстан".') == "Интерфакс-Казахстан"
    press_service = "Ақорданың баспасөз қызметі"
    assert name(tmp_path, "kk", f"{MEETING_KK}, деп хабарлады {press_service}.") == press_service


def test_a_web_address_as_source_is_the_sites_own_name(tmp_path: Path) -> None:
    found = agency(tmp_path, "ru", f"{MEETING_RU}.", front="source: https://www.akorda.kz/ru/news/123\n")
    assert found == Agency("akorda.kz", "source.front_matter")


def test_a_regional_papers_name_in_quotes_in_the_dateline(tmp_path: Path) -> None:
    lead = "ШЫМКЕНТ. 3 наурыз. «Шымкент келбеті» – Былтыр қалаға 90 мың турист келді."
    assert name(tmp_path, "kk", lead) == "Шымкент келбеті"
    # A quotation opening the report after the dateline is said by someone: a lowercase verb follows its dash.
    assert name(tmp_path, "kk", "ШЫМКЕНТ. 3 наурыз. «Біз дайынбыз» – деді әкім.") is None


def test_the_data_an_agency_draws_on_is_no_part_of_its_name(tmp_path: Path) -> None:
    lead = "Экспорт 12%-ға өсті, деп хабарлайды Kursiv.media Ұлттық банктің деректеріне сүйеніп."
    assert name(tmp_path, "kk", lead) == "Kursiv.media"
    lead = "Экспорт өсті, деп хабарлайды Inform.kz Статистика бюросының мәліметіне сүйене отырып."
    assert name(tmp_path, "kk", lead) == "Inform.kz"


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("kk", "Экспорт 7 пайызға өсті, деп хабарлайды Kazinform тілшісі Алматы энергетика форумынан."),
        ("kk", "Екі ел министрлері кездесті, деп хабарлайды Kazinform тілшісі Анкарадан."),
        ("ru", "Экспорт вырос на 7 процентов, передает корреспондент Kazinform с Алматинского энергетического форума."),
    ],
)
def test_the_gathering_a_correspondent_writes_from_is_no_agencys_name(tmp_path: Path, lang: str, lead: str) -> None:
    assert name(tmp_path, lang, lead) == "Kazinform"


def test_a_place_and_an_outlets_latin_name_after_a_dash_is_a_dateline_over_the_body_cited(tmp_path: Path) -> None:
    lead = "Ош — Kaktus.kg. За полгода через пункты пропуска прошло 90 тысяч машин. Об этом сообщили в погранслужбе."
    found = agency(tmp_path, "ru", lead)
    assert found is not None and (found.name, found.rule) == ("Kaktus.kg", "source.dateline")
    # A sentence that only reads like one is no dateline: the name after the dash is no outlet's.
    assert name(tmp_path, "ru", "Ош — город на юге. Об этом сообщили в мэрии.") == "мэрия"
