"""Whose soil a meeting is on: the seats, venues and cities the text names, before any default."""

from pathlib import Path

import pytest

from .helpers import meetings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "kk",
            "Премьер-Министрдің орынбасары – Ұлттық экономика министрі Серік Жұманғарин Италия елшісін қабылдады. "
            "Кездесу Ұлттық экономика министрлігінде өтті. Оған Италия елшілігінің кеңесшісі Марко Россини қатысты.",
        ),
        (
            "ru",
            "Заместитель Премьер-министра – министр национальной экономики Серик Жумангарин принял посла Италии. "
            "Встреча прошла в Министерстве национальной экономики.",
        ),
    ],
)
def test_a_ministry_is_the_one_its_fullest_words_name_and_its_ministers_own(
    tmp_path: Path, lang: str, text: str
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    location = meeting.location
    assert (location.place, location.city, location.country) == ("Ministry of National Economy", "Astana", "Kazakhstan")
    host = {p.name for p in meeting.participants if p.host}
    assert host == {"Serik Zhumangarin"}


def test_a_ministry_unowned_in_the_text_is_that_of_the_minister_who_holds_it_not_the_first_named(
    tmp_path: Path,
) -> None:
    text = (
        "Посол Италии в Казахстане Марко Россини встретился с заместителем Премьер-министра – министром "
        "национальной экономики Сериком Жумангариным в Министерстве национальной экономики."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Astana", "Kazakhstan")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Минск, 4 марта. Премьер-министр Беларуси Александр Турчин во Дворце Независимости провел переговоры с "
            "Премьер-министром Казахстана Олжасом Бектеновым.",
        ),
        (
            "kk",
            "Минск, 4 наурыз. Тәуелсіздік сарайында Беларусь Премьер-министрі Александр Турчин Қазақстан "
            "Премьер-Министрі Олжас Бектеновпен келіссөздер жүргізді.",
        ),
    ],
)
def test_a_palace_several_capitals_name_alike_is_the_one_in_the_country_of_the_dateline(
    tmp_path: Path, lang: str, text: str
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    location = meeting.location
    assert (location.place, location.city, location.country) == ("Palace of Independence", "Minsk", "Belarus")
    assert {p.name for p in meeting.participants if p.host} == {"Alexander Turchin"}


def test_the_palace_at_home_stays_at_home(tmp_path: Path) -> None:
    text = "Астана, 4 наурыз. Тәуелсіздік сарайында Қасым-Жомарт Тоқаев Александр Лукашенкомен келіссөздер жүргізді."
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Astana", "Kazakhstan")


def test_a_seat_every_country_has_is_never_in_a_country_none_of_its_people_is_from(tmp_path: Path) -> None:
    # Two foreign heads of government meet in «the Government House»: not Astana's; the first named receives.
    text = (
        "5 июня в Доме Правительства Председатель Кабинета министров Кыргызстана Адылбек Касымалиев и "
        "Премьер-министр Узбекистана Абдулла Арипов провели переговоры."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    location = meeting.location
    assert (location.place, location.city, location.country) == ("Government House", "Bishkek", "Kyrgyzstan")
    assert {p.name for p in meeting.participants if p.host} == {"Adylbek Kasymaliev"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Министр энергетики Ерлан Аккенженов в ходе рабочей поездки в Объединенные Арабские Эмираты посетил "
            "солнечный парк имени Мохаммеда бин Рашида аль-Мактума.",
        ),
        (
            "kk",
            "Энергетика министрі Ерлан Аккенженов Біріккен Араб Әмірліктеріне жұмыс сапарымен барып, Мұхаммед бин "
            "Рашид әл-Мақтұм атындағы күн паркін аралады.",
        ),
    ],
)
def test_a_site_toured_named_after_a_person_is_his_name_before_its_kind_in_the_country_visited(
    tmp_path: Path, lang: str, text: str
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    location = meeting.location
    assert (location.place, location.country) == ("Mohammed bin Rashid Al Maktoum Solar Park", "United Arab Emirates")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Министр иностранных дел Кыргызстана Жээнбек Кулубаев, находящийся с визитом в Узбекистане, провел "
            "переговоры с министром иностранных дел Узбекистана Бахтиёром Саидовым. Переговоры состоялись в здании "
            "Министерства иностранных дел Узбекистана в Самарканде.",
        ),
        (
            "kk",
            "Қырғызстан Сыртқы істер министрі Жээнбек Кулубаев Өзбекстанға ресми сапармен барып, Өзбекстан Сыртқы "
            "істер министрі Бахтиёр Саидовпен келіссөздер жүргізді. Келіссөздер Самарқандта Өзбекстан Сыртқы істер "
            "министрлігінде өтті.",
        ),
    ],
)
def test_a_ministry_abroad_is_in_the_city_its_own_sentence_names(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    location = meeting.location
    assert (location.place, location.city, location.country) == (
        "Ministry of Foreign Affairs",
        "Samarkand",
        "Uzbekistan",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Министр энергетики Ерлан Аккенженов, находящийся с рабочим визитом в ОАЭ, встретился с министром "
            "энергетики и инфраструктуры ОАЭ Сухейлем аль-Мазруи. Встреча прошла в здании министерства.",
        ),
        (
            "kk",
            "Энергетика министрі Ерлан Аккенженов БАӘ-ге жұмыс сапарымен барып, БАӘ Энергетика және инфрақұрылым "
            "министрі Сухейл әл-Мазруимен кездесті. Кездесу министрлік ғимаратында өтті.",
        ),
    ],
)
def test_on_a_visit_the_ministry_unnamed_is_the_hosts_as_his_office_writes_it(
    tmp_path: Path, lang: str, text: str
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    location = meeting.location
    assert (location.place, location.country) == ("Ministry of Energy and Infrastructure", "United Arab Emirates")


def test_a_meeting_on_the_sidelines_of_a_forum_on_third_soil_is_in_its_town_and_hosted_by_no_one(
    tmp_path: Path,
) -> None:
    text = (
        "Премьер-Министр Олжас Бектенов Давоста Дүниежүзілік экономикалық форум аясында Қырғызстан Министрлер "
        "Кабинетінің Төрағасы Адылбек Қасымалиевпен кездесті."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Davos", "Switzerland")
    assert not any(p.host for p in meeting.participants)


def test_a_regional_akimat_held_in_the_next_sentence_is_the_venue(tmp_path: Path) -> None:
    text = (
        "Ақтау, 3 қазан. Маңғыстау облысының әкімі Нұрдәулет Қилыбай Қатар компаниясының делегациясымен кездесті. "
        "Облыстық әкімдікте өткен жиында порт жобалары талқыланды."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{text}\n")
    assert (meeting.location.place, meeting.location.city) == ("Mangystau Region akimat", "Aktau")


def test_a_ministry_a_source_speaks_from_in_the_next_sentence_is_no_venue(tmp_path: Path) -> None:
    text = (
        "Министр энергетики Ерлан Аккенженов провел переговоры с послом Франции Сильви Бермандер. Как сообщили в "
        "министерстве, стороны обсудили поставки урана."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    assert meeting.location.place is None


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        (
            "ru",
            "Министр иностранных дел Ермек Кошербаев в Джидде встретился с министром иностранных дел "
            "Саудовской Аравии.",
            "Jeddah",
        ),
        ("kk", "Премьер-Министр Олжас Бектенов Гәнжәде Әзербайжан Премьер-министрі Али Асадовпен кездесті.", "Ganja"),
    ],
)
def test_a_partners_second_city_places_the_meeting_in_that_country(
    tmp_path: Path, lang: str, text: str, city: str
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.location.city == city and meeting.location.country in ("Saudi Arabia", "Azerbaijan")


def test_without_a_dateline_the_shared_palace_is_that_of_the_country_its_people_are_from(tmp_path: Path) -> None:
    text = (
        "Президент Беларуси Александр Лукашенко во Дворце Независимости принял Председателя Кабинета министров "
        "Кыргызстана Адылбека Касымалиева."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Minsk", "Belarus")


def test_a_ministry_on_a_visit_to_a_country_that_names_no_city_is_in_its_capital(tmp_path: Path) -> None:
    text = (
        "Министр иностранных дел Казахстана Ермек Кошербаев прибыл с официальным визитом в Белоруссию. В МИД "
        "республики он встретился с министром иностранных дел Беларуси Максимом Рыженковым."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    location = meeting.location
    assert (location.place, location.city, location.country) == ("Ministry of Foreign Affairs", "Minsk", "Belarus")
    assert {p.name for p in meeting.participants if p.host} == {"Maxim Ryzhenkov"}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "kk",
            "Түркістандағы Конгресс-холлда Премьер-Министр Олжас Бектенов пен Абдулла Арипов келіссөздер жүргізді.",
            "Congress Hall",
        ),
        (
            "ru",
            "В Самарканде в Конгресс-центре Олжас Бектенов и Абдулла Арипов провели переговоры.",
            "Congress Centre",
        ),
        (
            "ru",
            "В Ташкенте в Конгресс-центре «Ипак Йули» Олжас Бектенов и Абдулла Арипов провели переговоры.",
            None,
        ),
    ],
)
def test_a_hall_named_only_by_its_kind_is_the_venue_and_one_with_a_name_is_not_guessed(
    tmp_path: Path, lang: str, text: str, place: str | None
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.location.place == place and meeting.location.city in ("Turkistan", "Samarkand", "Tashkent")


def test_a_generic_seat_of_a_later_meeting_is_in_the_country_of_the_meeting_before(tmp_path: Path) -> None:
    # The guest met his counterpart in Bishkek; the same day's reception «в Доме Правительства», whose host the
    # next sentence does not name, is in Kyrgyzstan's, not the gazetteer's default (Astana).
    text = (
        "Министр энергетики Кыргызстана Таалайбек Ибраев и министр энергетики России Сергей Цивилев провели "
        "переговоры в Бишкеке. Стороны обсудили поставки топлива.\n\n"
        "В тот же день Сергея Цивилева принял Председатель Кабинета министров Адылбек Касымалиев. "
        "На встрече в Доме Правительства присутствовал Таалайбек Ибраев."
    )
    talks, reception = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    assert (talks.location.city, talks.location.country) == ("Bishkek", "Kyrgyzstan")
    location = reception.location
    assert (location.place, location.city, location.country) == ("Government House", "Bishkek", "Kyrgyzstan")
