"""Classes of venues: a parliament's seat abroad, a central election commission's building, a technology park
(the gazetteer's `venues:`, the packs' `places: sites`, meetings/place.py and meetings/seats.py)."""

from pathlib import Path

from .helpers import meetings


def _where(tmp_path: Path, text: str) -> tuple[str | None, str | None, str | None]:
    (found,) = meetings(tmp_path, text)
    return found.location.place, found.location.city, found.location.country


def test_a_parliaments_palace_abroad_is_the_venue_and_gives_its_city(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-10-02
---

Мәжіліс Төрағасы Ерлан Қошанов Ұлыбританияға жұмыс сапарымен барды.
Вестминстер сарайында ол Қауымдар палатасының спикерімен келіссөздер жүргізді.
"""
    assert _where(tmp_path, text) == ("Palace of Westminster", "London", "United Kingdom")


def test_the_french_senates_palace_in_russian(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-02
---

Председатель Сената Маулен Ашимбаев провел переговоры с председателем Сената Франции в Люксембургском дворце.
"""
    assert _where(tmp_path, text) == ("Luxembourg Palace", "Paris", "France")


def test_an_election_commissions_building_is_the_venue(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-09-14
---

Орталық сайлау комиссиясының төрағасы Нұрлан Әбдіров ЕҚЫҰ бақылаушылар миссиясының басшысын қабылдады.
Кездесу Орталық сайлау комиссиясының ғимаратында өтті.
"""
    assert _where(tmp_path, text) == ("Central Election Commission building", "Astana", "Kazakhstan")


def test_another_countrys_election_commission_is_in_its_capital(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-09-14
---

Председатель ЦИК Кыргызстана Тынчтык Шайназаров принял главу миссии наблюдателей СНГ Сергея Лебедева
в здании Центральной избирательной комиссии Кыргызстана.
"""
    assert _where(tmp_path, text) == ("Central Election Commission building", "Bishkek", "Kyrgyzstan")


def test_a_known_technology_park_gives_its_city(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-06-20
---

Цифрлық даму министрі Жаслан Мәдиев Astana Hub халықаралық технопаркінде
Microsoft компаниясының вице-президентімен кездесті.
"""
    assert _where(tmp_path, text) == ("Astana Hub international technopark", "Astana", "Kazakhstan")


def test_any_technology_park_is_named_with_its_kind_in_the_city_the_text_gives(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-06-20
---

В Ташкенте министр цифровых технологий Узбекистана встретился с руководством компании Presight в технопарке «Yashnobod».
"""
    assert _where(tmp_path, text) == ("Yashnobod technopark", "Tashkent", "Uzbekistan")


def test_a_technology_park_spelled_out_is_a_technopark(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-06-20
---

Шымкент қаласының әкімі Ғабит Сыздықбеков «Shymkent IT Hub» технологиялық паркінде
Huawei компаниясының өкілі Ли Минмен кездесті.
"""
    assert _where(tmp_path, text) == ("Shymkent IT Hub technopark", "Shymkent", "Kazakhstan")


def test_the_european_parliament_in_brussels_on_a_visit_to_belgium(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-11-04
---

Председатель Мажилиса Ерлан Кошанов находится с рабочим визитом в Бельгии.
Он встретился с заместителем председателя Европарламента Катариной Барли. Встреча прошла в здании
Европейского парламента.
"""
    assert _where(tmp_path, text) == ("European Parliament building", "Brussels", "Belgium")


def test_the_european_parliament_in_strasbourg_by_default(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-11-04
---

Председатель Сената Маулен Ашимбаев встретился с председателем Европарламента Робертой Метсолой.
Встреча прошла в здании Европейского парламента.
"""
    assert _where(tmp_path, text) == ("European Parliament building", "Strasbourg", "France")


def test_a_chancellery_of_the_country_visited(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-11-04
---

Сыртқы істер министрі Ермек Көшербаев Австрияға сапармен барды. Министрді Федералды канцлер кеңсесінде
Австрия Федералды канцлері Кристиан Штоккер қабылдады.
"""
    assert _where(tmp_path, text) == ("Federal Chancellery", "Vienna", "Austria")


def test_a_state_bodys_building_named_by_its_kind_is_the_venue_in_the_city_the_text_names(tmp_path: Path) -> None:
    # A parliament's building abroad, with the city between the body and the building (Kazakh).
    kk = """---
lang: kk
date: 2026-05-20
---

Мәжіліс Төрағасы Ерлан Қошанов Беларусь Ұлттық жиналысы Өкілдер палатасының Төрағасымен кездесті.
Кездесу Ұлттық жиналыстың Минсктегі ғимаратында өтті.
"""
    assert _where(tmp_path, kk)[:2] == ("National Assembly building", "Minsk")
    # In Russian, in the sentence after the opening, with the city named before the building.
    ru = """---
lang: ru
date: 2026-05-20
---

Генеральный прокурор Казахстана Берик Асылов провел переговоры с Генеральным прокурором Узбекистана.
Встреча прошла в Ташкенте, в здании Генеральной прокуратуры.
"""
    assert _where(tmp_path, ru) == ("Prosecutor General's Office building", "Tashkent", "Uzbekistan")


def test_a_venue_in_quotes_where_a_gathering_was_organised_further_on(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-03-05
title: Комиссия Астанада бас қосты
---

4 наурызда Қазақстан – Венгрия үкіметаралық комиссиясының кезекті отырысы өтті.
Отырысты Сауда және интеграция министрі Арман Шаққалиев жүргізді.
Жиын Астанада, «Тәуелсіздік сарайында» ұйымдастырылды.
"""
    assert _where(tmp_path, text) == ("Palace of Independence", "Astana", "Kazakhstan")


def test_a_congress_centre_named_for_its_city_is_the_venue_in_that_city(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-06-03
---

В Бакинском конгресс-центре Президент Азербайджана Ильхам Алиев принял Мурата Нуртлеу.
"""
    assert _where(tmp_path, text) == ("Baku Congress Center", "Baku", "Azerbaijan")


def test_a_forum_palace_named_in_kazakh_gives_its_city(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-06-03
---

Шавкат Мирзиёев «Өзбекстан» халықаралық форумдар сарайында Қазақстан министрі Мұрат Нұртлеуді қабылдады.
"""
    assert _where(tmp_path, text) == ("Palace of International Forums Uzbekistan", "Tashkent", "Uzbekistan")


def test_a_guest_come_for_a_forum_named_with_its_city_is_met_in_that_city(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-06-03
---

Эмомали Рахмон принял Мурата Нуртлеу, прибывшего на Душанбинскую водную конференцию.
"""
    assert _where(tmp_path, text) == (None, "Dushanbe", "Tajikistan")


def test_a_business_districts_congress_centre_named_in_quotes(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-06-03
---

В Конгресс-центре «Ташкент Сити» Шавкат Мирзиёев принял министра Казахстана Мурата Нуртлеу.
"""
    assert _where(tmp_path, text) == ("Tashkent City Congress Centre", "Tashkent", "Uzbekistan")


def test_a_palace_the_gazetteer_lacks_is_named_by_its_own_name_and_kind(tmp_path: Path) -> None:
    russian = """---
lang: ru
date: 2026-06-03
---

ДУШАНБЕ, 3 июня. Во дворце «Кохи Сомон» Эмомали Рахмон принял министра Казахстана Мурата Нуртлеу.
"""
    assert _where(tmp_path, russian) == ("Kokhi Somon Palace", "Dushanbe", "Tajikistan")
    kazakh = """---
lang: kk
date: 2026-06-03
---

Эмомали Рахмон «Кохи Сомон» сарайында Қазақстан министрі Мұрат Нұртлеуді қабылдады.
"""
    assert _where(tmp_path, kazakh)[0] == "Kokhi Somon Palace"
