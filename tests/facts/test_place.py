"""Where a meeting was: never the seat whose press service reports it."""

from pathlib import Path

import pytest

from .helpers import meetings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Ақорданың баспасөз қызметінің хабарлауынша, Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті."),
        ("ru", "Как сообщает пресс-служба Акорды, Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым."),
        ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым, сообщили в Акорде."),
    ],
)
def test_a_press_service_is_never_the_venue(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.location.place is None and "location" not in meeting.rules


def test_the_venue_itself_still_places_the_meeting(tmp_path: Path) -> None:
    [meeting] = meetings(
        tmp_path, "---\nlang: ru\n---\n\nКасым-Жомарт Токаев встретился в Акорде с Шавкатом Мирзиёевым.\n"
    )
    assert meeting.location.place == "Akorda" and meeting.rules["location"] == ["place.venue"]


def test_a_venue_named_after_the_opening_wins_over_a_city_the_guest_arrived_in(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Роман Скляр Қытай Сауда министрінің орынбасарын қабылдады. Кездесу Үкімет үйінде өтті. Қытай делегациясы
Астанаға жұмыс сапарымен келді.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Astana")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Алматы қаласының әкімі Ерболат Досаев Air Astana басшысымен кездесті. Кездесу қала әкімдігінде өтті."),
        ("ru", "Аким Алматы Ерболат Досаев встретился с главой Air Astana. Встреча прошла в городском акимате."),
    ],
)
def test_the_city_akimat_unnamed_is_the_akims_city(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert (meeting.location.place, meeting.location.city) == ("Almaty city akimat", "Almaty")


def test_a_meeting_on_the_sidelines_is_in_the_city_of_the_gathering_before(tmp_path: Path) -> None:
    text = """---
lang: ru
---

В Бишкеке прошла встреча министров иностранных дел стран Центральной Азии. Председательствовал министр
иностранных дел Кыргызстана Жээнбек Кулубаев. В мероприятии приняли участие министр иностранных дел Казахстана
Мурат Нуртлеу и министр иностранных дел Узбекистана Бахтиёр Саидов.

На полях мероприятия Мурат Нуртлеу провел двустороннюю встречу с министром иностранных дел Таджикистана
Сироджиддином Мухриддином.
"""
    first, second = meetings(tmp_path, text)
    assert first.location.city == second.location.city == "Bishkek"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "kk",
            "Энергетика министрі Ерлан Аккенженов министрлік ғимаратында Франция елшісі Сильви Бермандерді қабылдады.",
        ),
        ("ru", "Министр энергетики Ерлан Аккенженов принял посла Франции Сильви Бермандер в здании министерства."),
    ],
)
def test_the_ministry_building_unnamed_is_the_ministers_own(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert (meeting.location.place, meeting.location.city) == ("Ministry of Energy", "Astana")


def test_a_venue_beside_the_word_for_the_encounter_further_on_places_it(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Мемлекет басшысы Қасым-Жомарт Тоқаев Еуропалық кеңестің Төрағасы Антониу Коштаны қабылдады.

Қонақ Астанаға кеше кешке келді. Әуежайда оны Сыртқы істер министрінің орынбасары күтіп алды.

Ақордада өткен кездесуде тараптар сауда мен көлік байланыстарын талқылады.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city) == ("Akorda", "Astana")


def test_a_headquarters_named_in_words_of_the_text_is_not_rendered_by_guesswork(tmp_path: Path) -> None:
    text = """---
lang: ru
---

Ермек Кошербаев встретился с Каей Каллас. Встреча состоялась в штаб-квартире Европейской службы внешних действий.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.place is None or meeting.location.place.isascii()


def test_a_city_in_the_dative_before_the_converb_of_going_is_where_the_tour_is(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Сенат Төрағасы Мәулен Әшімбаев Астанада Түркия Ұлы Ұлттық Мәжілісінің Төрағасы Нұман Құртұлмұшпен кездесті.

Ертесі түрік делегациясының басшысы Шымкентке барып, тарихи орталықты аралады.
"""
    _, tour = meetings(tmp_path, text)
    assert tour.location.city == "Shymkent"


def test_a_city_inside_the_words_reporting_the_encounter_places_it(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Энергетика министрі Алмасадам Сәтқалиев француз компаниясының басшысы Жан Дюпонмен кездесті. Кездесу
Шымкентте өтті. Тараптар жаңа жобаларды талқылады.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.city == "Shymkent" and meeting.rules["location"] == ["place.city"]


def test_a_venue_in_no_city_is_in_the_city_of_the_dateline(tmp_path: Path) -> None:
    text = """---
lang: ru
---

ТАШКЕНТ, 3 марта – Sputnik. Премьер-министр Узбекистана Абдулла Арипов в Доме правительства принял
министра торговли Китая Ван Вэньтао, находящегося в республике с рабочим визитом.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Tashkent")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В Доме Правительства Председатель Правительства России Михаил Мишустин провёл переговоры с "
            "Премьер-министром Казахстана Олжасом Бектеновым, находящимся в Москве с рабочим визитом.",
        ),
        ("kk", "Михаил Мишустин Мәскеуде Үкімет үйінде Олжас Бектеновпен келіссөздер жүргізді."),
    ],
)
def test_a_seat_every_country_has_is_in_the_city_the_sentence_names(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    where = meeting.location
    assert (where.place, where.city, where.country) == ("Government House", "Moscow", "Russia")
    # The side on whose soil it is hosts.
    assert {p.name: p.host for p in meeting.participants} == {"Mikhail Mishustin": True, "Olzhas Bektenov": False}


@pytest.mark.parametrize(
    ("lang", "text", "place", "city", "country"),
    [
        (
            "ru",
            "Министр сельского хозяйства Казахстана Айдарбек Сапаров провёл встречу с послом Египта. "
            "Встреча состоялась в здании министерства в Астане.",
            "Ministry of Agriculture",
            "Astana",
            "Kazakhstan",
        ),
        (
            "kk",
            "Сауда және интеграция министрі Арман Шаққалиев Өзбекстан Инвестициялар министрі Лазиз Кудратовпен "
            "кездесті. Кездесу Өзбекстан астанасында, Инвестициялар министрлігінің ғимаратында өтті.",
            "Ministry of Investment",
            "Tashkent",
            "Uzbekistan",
        ),
    ],
)
def test_a_ministrys_building_is_its_venue(
    tmp_path: Path, lang: str, text: str, place: str, city: str, country: str
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert (meeting.location.place, meeting.location.city, meeting.location.country) == (place, city, country)
    assert meeting.rules["location"][0].startswith("place.seat.")


def test_a_works_toured_is_named_by_its_company_with_a_word_between(tmp_path: Path) -> None:
    text = (
        "Ауыл шаруашылығы министрі Айдарбек Сапаров Қостанай облысындағы KazBeef компаниясының кәсіпорнына "
        "барып, өндіріспен танысты."
    )
    [visit] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{text}\n")
    assert visit.kind == "visit" and visit.location.place == "KazBeef plant"


def test_a_works_named_after_its_town_places_the_tour_there(tmp_path: Path) -> None:
    text = (
        "Премьер-министр Олжас Бектенов Павлодар облысына жұмыс сапары аясында Павлодар мұнай өңдеу зауытына "
        "барып, жаңа қондырғылармен танысты."
    )
    [visit] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{text}\n")
    assert (visit.location.place, visit.location.city) == ("Pavlodar oil refinery", "Pavlodar")


def test_a_tour_of_a_town_named_as_its_object_is_in_that_town(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

Президент Казахстана Касым-Жомарт Токаев прибыл с государственным визитом в Узбекистан. В Ташкенте он провёл
переговоры с Шавкатом Мирзиёевым.

На следующий день Касым-Жомарт Токаев посетил Самарканд, где осмотрел исторические памятники.
"""
    talks, tour = meetings(tmp_path, text)
    assert (talks.location.city, tour.location.city) == ("Tashkent", "Samarkand")
    assert tour.kind == "visit" and tour.location.country == "Uzbekistan"


def test_a_seat_every_country_has_is_in_the_datelines_country_when_the_text_names_no_city(tmp_path: Path) -> None:
    text = (
        "МОСКВА, 19 февраля. В Доме Правительства Председатель Правительства России Михаил Мишустин провёл "
        "переговоры с Председателем Кабинета министров Киргизии Адылбеком Касымалиевым."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n", "a.md")
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Moscow")


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("во дворце «Огузхан»", "Oguzkhan Palace"),
        ("в Огузхан", "Oguzkhan"),
        ("в резиденции «Куксарой»", "Kuksaroy residence"),
    ],
)
def test_a_venue_has_its_kind_word_only_when_the_text_gives_one(tmp_path: Path, where: str, place: str) -> None:
    text = f"Президент Туркменистана Сердар Бердымухамедов {where} принял министра иностранных дел Казахстана."
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    assert meeting.location.place == place


def test_the_regions_summit_resorts_are_known_towns_with_their_country(tmp_path: Path) -> None:
    text = (
        "Ыстықкөл облысындағы Шолпан-Ата қаласында Қазақстан–Қырғызстан үкіметаралық кеңесінің отырысы өтті. "
        "Отырысқа Олжас Бектенов пен Адылбек Қасымалиев қатысты."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Cholpon-Ata", "Kyrgyzstan")


@pytest.mark.parametrize(
    ("lang", "text", "city", "country"),
    [
        (
            "ru",
            "Аким Туркестанской области Нуралхан Кушеров встретился с хокимом Ферганской области. "
            "Встреча прошла в городе Маргилан Ферганской области.",
            "Margilan",
            "Uzbekistan",
        ),
        (
            "kk",
            "Жамбыл облысының әкімі Ербол Қарашөкеев Талас облысының губернаторымен кездесті. "
            "Кездесу Талас облысындағы Манас ауылында өтті.",
            "Manas",
            "Kyrgyzstan",
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_is_in_the_country_of_the_region_beside_it(
    tmp_path: Path, lang: str, text: str, city: str, country: str
) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == (city, country)


def test_a_site_named_in_quotes_in_cyrillic_is_romanized_beside_its_kind(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-11-12
---

Министр транспорта Казахстана Нурлан Сауранбаев и министр транспорта России Андрей Никитин провели в Оренбурге
встречу.

В тот же день министры посетили автомобильный пункт пропуска «Сагарчин», где ознакомились с ходом работ.
"""
    meeting, tour = meetings(tmp_path, text)
    assert (tour.kind, tour.location.place, tour.location.country) == ("visit", "Sagarchin checkpoint", "Russia")


def test_a_city_in_the_locative_with_nouns_between_it_and_its_preposition(tmp_path: Path) -> None:
    text = "Ильхам Алиев и Касым-Жомарт Токаев встретились в столице республики Астане."
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Astana", "Kazakhstan")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Министр иностранных дел Казахстана Ермек Кошербаев встретился в столице Азербайджана "
            "с Джейхуном Байрамовым.",
        ),
        ("kk", "Ермек Көшербаев Джейхун Байрамовпен кездесті. Кездесу Әзербайжан астанасында өтті."),
    ],
)
def test_the_capital_of_a_country_named_is_its_capital_city(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Baku", "Azerbaijan")


def test_the_town_that_qualifies_a_site_toured_is_its_city(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-04-14
---

Мемлекет басшысы Қасым-Жомарт Тоқаев Қарағанды облысына жұмыс сапарымен барды. Президент Теміртаудағы Qarmet
металлургиялық комбинатын аралап, кәсіпорынды жаңғырту барысымен танысты.
"""
    [visit] = meetings(tmp_path, text)
    assert (visit.location.place, visit.location.city) == ("Qarmet steel plant", "Temirtau")
    assert [p.host for p in visit.participants] == [True]  # on his own soil


def test_a_dateline_city_gives_way_to_the_venue_the_next_sentence_names(tmp_path: Path) -> None:
    """Copy filed from Istanbul the day after talks held in the Presidential Complex: the talks were in Ankara."""
    text = """---
lang: ru
date: 2026-05-08
---

Стамбул. 8 мая. – Президент Кыргызстана Садыр Жапаров накануне провел переговоры с Президентом Турции
Реджепом Тайипом Эрдоганом.
Переговоры прошли в Президентском комплексе. Стороны обсудили торговлю.
"""
    [talks] = meetings(tmp_path, text)
    assert (talks.location.place, talks.location.city) == ("Presidential Complex", "Ankara")


def test_a_site_toured_in_a_city_named_attributively_moves_the_tour_there(tmp_path: Path) -> None:
    """«Ақтаудағы кеме жасау зауытын аралады»: the city that places the toured site is where the tour is,
    not the city of the talks the day before."""
    text = """---
lang: kk
date: 2026-06-03
---

2 маусымда Астана қаласында Олжас Бектенов Абдулла Ариповпен келіссөздер жүргізді.
Ертесі Олжас Бектенов пен Абдулла Арипов Ақтаудағы кеме жасау зауытын аралады.
"""
    talks, tour = meetings(tmp_path, text)
    assert (talks.location.city, tour.kind, tour.location.city) == ("Astana", "visit", "Aktau")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Президент Кыргызстана Садыр Жапаров принял посла Турции Сельчука Озденира. Посол вручил "
         "верительные грамоты. Церемония прошла в резиденции «Ынтымак Ордо»."),
        ("kk", "Қасым-Жомарт Тоқаев Түркия елшісі Сельчук Озденирді қабылдады. Елші сенім грамоталарын тапсырды. "
         "Рәсім Ақордада өтті."),
    ],
)
def test_the_venue_where_the_ceremony_took_place_places_the_meeting(tmp_path: Path, lang: str, text: str) -> None:
    """«Церемония прошла в …», «Рәсім … өтті» two sentences on: whatever the word for it, what took place
    there is the meeting."""
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.location.place in ("Yntymak Ordo residence", "Akorda")


def test_a_host_receiving_again_receives_in_the_city_of_the_first_reception_not_its_venue(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-04-08
---

Қасым-Жомарт Тоқаев Ақордада Siemens Energy компаниясының президенті Кристиан Брухты қабылдады.

Сондай-ақ Мемлекет басшысы Hyundai Motor компаниясының төрағасы Чон Ый Сонды қабылдады.
"""
    first, second = meetings(tmp_path, text)
    assert (first.location.place, first.location.city) == ("Akorda", "Astana")
    assert (second.location.place, second.location.city, second.location.country) == (None, "Astana", "Kazakhstan")


def test_a_meeting_with_other_people_does_not_take_the_city_of_the_one_before(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-08
---

Касым-Жомарт Токаев принял в Акорде Президента Монголии Ухнаагийна Хурэлсуха.

Премьер-министр Олжас Бектенов встретился с министром иностранных дел Германии Йоханном Вадефулем.
"""
    first, second = meetings(tmp_path, text)
    assert first.location.city == "Astana" and second.location.city is None


def test_the_city_a_guest_arrived_in_places_the_meeting_in_russian(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-08
---

Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с прибывшим в Самарканд министром
иностранных дел Венгрии Петером Сийярто.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.city, meeting.location.country) == ("Samarkand", "Uzbekistan")


def test_a_city_the_guest_came_from_is_not_where_they_met(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-08
---

Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с прибывшим из Будапешта министром
иностранных дел Венгрии Петером Сийярто.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.city is None


def test_a_named_venue_the_gazetteer_lacks_is_in_the_city_that_qualifies_it(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-06-02
---

Екі елдің Үкімет басшылары өңірлік ынтымақтастықты талқылады. Самарқандтағы Мәңгілік қала кешенінде
Премьер-Министр Олжас Бектенов пен Өзбекстан Премьер-министрі Абдулла Арипов келіссөздер жүргізді.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.city, meeting.location.country) == ("Samarkand", "Uzbekistan")
    assert meeting.rules["location"] == ["place.city"]


def test_a_plant_in_a_city_talked_about_is_not_where_they_met(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-06-02
---

Премьер-Министр Олжас Бектенов Өзбекстан Премьер-министрі Абдулла Ариповпен кездесті. Тараптар Самарқандтағы
Ипак Йули кәсіпорнында өндірісті арттыруды талқылады.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.city is None


def test_government_house_is_that_of_the_head_of_government_who_meets_there(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-05
---

Председатель Кабинета министров Кыргызстана Адылбек Касымалиев в Доме Правительства встретился с министром
иностранных дел Турции Хаканом Фиданом.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Bishkek")
    # The head of government of Kazakhstan meeting his Kyrgyz colleague there: his own, in Astana.
    home = """---
lang: ru
date: 2026-05-05
---

Премьер-министр Казахстана Олжас Бектенов в Доме Правительства встретился с Председателем Кабинета министров
Кыргызстана Адылбеком Касымалиевым.
"""
    [meeting] = meetings(tmp_path, home)
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Astana")


def test_a_guest_met_again_by_another_host_is_still_in_the_city_of_the_first_meeting(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-05
---

Президент Узбекистана Шавкат Мирзиёев принял в Ташкенте министра иностранных дел Венгрии Петера Сийярто.

Кроме того, Петер Сийярто провел переговоры с министром иностранных дел Узбекистана Бахтиёром Саидовым.
"""
    first, second = meetings(tmp_path, text)
    assert first.location.city == second.location.city == "Tashkent"
    assert second.rules["location"] == ["place.previous_meeting"]


def test_a_city_only_the_title_names_places_the_meeting(tmp_path: Path) -> None:
    text = """---
title: Тоқаев Тегерандағы Каспий саммитіне қатысты
lang: kk
date: 2026-08-12
---

Мемлекет басшысы Қасым-Жомарт Тоқаев Каспий маңы мемлекеттері басшыларының саммитіне қатысты.
"""
    [meeting] = meetings(tmp_path, text)
    assert (meeting.location.city, meeting.location.country) == ("Tehran", "Iran")
    assert meeting.rules["location"] == ["place.title"]
    # A city the title names as a destination to come is no place of the meeting.
    later = text.replace("Тоқаев Тегерандағы Каспий саммитіне қатысты", "Тоқаев Тегеранға барады")
    [meeting] = meetings(tmp_path, later)
    assert meeting.location.city is None


def test_a_palace_named_alike_in_several_capitals_is_the_one_in_the_city_the_sentence_names(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-30
---

29 октября в Минске во Дворце Независимости состоялось заседание Евразийского межправительственного совета
под председательством Премьер-министра Беларуси Александра Турчина. В заседании приняли участие
Премьер-министр Казахстана Олжас Бектенов, Председатель Правительства России Михаил Мишустин и
Председатель Кабинета министров Кыргызстана Адылбек Касымалиев.
"""
    (found,) = meetings(tmp_path, text)
    assert (found.location.city, found.location.country) == ("Minsk", "Belarus")
    host = [p.name for p in found.participants if p.host]
    assert host == ["Alexander Turchin"]


def test_a_kazakh_city_in_the_locative_before_the_regions_akim_is_the_meetings_city(tmp_path: Path) -> None:
    # «Қостанайда облыс әкімі»: Kazakh inflects a name of several words on its last word only, so the city with its
    # own ending is no «Қостанай облысы» (the region) read through to the next word.
    text = (
        "Кеше Қостанайда облыс әкімі Құмар Ақсақалов Ресейдің Қазақстандағы елшісі Алексей Бородавкинді "
        "қабылдады. Тараптар астық жеткізуді талқылады."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: kk\ndate: 2026-03-05\n---\n\n{text}\n")
    assert (meeting.location.city, meeting.location.country) == ("Kostanay", "Kazakhstan")
    # Written whole, the region's name is still the region's: its akim is of it, and it names no city.
    text = text.replace("Кеше Қостанайда облыс әкімі", "Кеше Қостанай облысының әкімі")
    [meeting] = meetings(tmp_path, f"---\nlang: kk\ndate: 2026-03-05\n---\n\n{text}\n")
    assert meeting.location.city is None
    assert [p.role for p in meeting.participants if p.host] == ["akim of kostanay region"]
