"""Who hosts: the side on whose soil the meeting is held."""

from pathlib import Path

from .helpers import meetings


def test_a_minister_touring_a_works_at_home_hosts_with_the_works_head(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-03-03
---

Премьер-министр Олжас Бектенов Павлодар облысына жұмыс сапары аясында Павлодар мұнай-химия зауытына барып,
жаңа қондырғылармен танысты. Үкімет басшысына «ҚазМұнайГаз» ұлттық компаниясы» АҚ Басқарма төрағасы Асхат
Хасенов зауыттың жұмысы туралы баяндады.
"""
    [visit] = meetings(tmp_path, text)
    assert visit.kind == "visit" and visit.location.country == "Kazakhstan"
    assert all(p.host for p in visit.participants) and len(visit.participants) == 2


def test_a_journey_to_a_neighbour_places_a_town_the_gazetteer_lacks_and_its_side_hosts(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-08-12
---

Премьер-министр Олжас Бектенов Тәжікстанға жұмыс сапары аясында Тәжікстан Премьер-министрі Қохир Расулзодамен
кездесті. Кездесу Варзоб ауданындағы Хоҷа-Оби-Гарм курортында өтті.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.country == "Tajikistan"
    assert {p.name: p.host for p in meeting.participants} == {"Olzhas Bektenov": False, "Kohir Rasulzoda": True}


def test_the_chair_named_after_the_verb_hosts_the_summit(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

В Чолпон-Ате прошёл саммит Организации тюркских государств. Председательствовал на саммите Президент Кыргызстана
Садыр Жапаров. В саммите приняли участие Касым-Жомарт Токаев и Шавкат Мирзиёев.
"""
    [summit] = meetings(tmp_path, text)
    # A town the gazetteer lacks is in the chair's country.
    assert summit.kind == "summit" and summit.location.country == "Kyrgyzstan"
    assert {p.name: p.host for p in summit.participants} == {
        "Sadyr Japarov": True,
        "Kassym-Jomart Tokayev": False,
        "Shavkat Mirziyoyev": False,
    }


def test_a_delegation_staying_in_the_country_is_the_guest_in_the_datelines_city(tmp_path: Path) -> None:
    text = (
        "ТАШКЕНТ, 4 декабря. /УЗИНФОРМ/. 3 декабря Президент Узбекистана Шавкат Мирзиёев провел встречу с "
        "пребывающей с визитом в стране делегацией России во главе с первым заместителем председателя "
        "правительства Денисом Мантуровым.\n"
    )
    [meeting] = meetings(tmp_path, text, "a.txt")
    assert (meeting.location.city, meeting.location.country) == ("Tashkent", "Uzbekistan")
    assert {p.name: p.host for p in meeting.participants} == {"Shavkat Mirziyoyev": True, "Denis Manturov": False}


def test_the_guest_named_first_in_the_accusative_is_received_by_the_host_of_the_soil(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-09-03
---

Затем Александра Лукашенко принял Президент Казахстана Касым-Жомарт Токаев. Встреча прошла в Акорде.
"""
    [reception] = meetings(tmp_path, text)
    assert reception.kind == "reception"
    assert [p.name for p in reception.participants if p.host] == ["Kassym-Jomart Tokayev"]


def test_an_official_of_a_union_hosts_at_its_seat(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-03-10
---

Министр торговли и интеграции Казахстана Арман Шаккалиев встретился в Брюсселе с комиссаром ЕС по торговле
Марошем Шефчовичем. Встреча прошла в здании «Европа».
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.place == "Europa building"
    assert [p.country for p in meeting.participants if p.host] == ["European Union"]


def test_the_unions_officials_host_in_the_city_its_institutions_sit_in(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Сыртқы істер министрі Ермек Көшербаев Брюссельде ЕО-ның Сыртқы істер және қауіпсіздік саясаты жөніндегі жоғары
өкілі Кая Калласпен кездесті.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.city == "Brussels"
    assert {p.name: p.host for p in meeting.participants} == {"Yermek Kosherbayev": False, "Kaja Kallas": True}


def test_a_guest_who_came_on_a_visit_is_not_at_home_in_his_own_country(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Ресми сапармен келген Өзбекстан Премьер-министрі Абдулла Арипов Премьер-Министр Олжас Бектеновпен кездесті.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.country != "Uzbekistan"
    assert {p.name: p.host for p in meeting.participants} == {"Abdulla Aripov": False, "Olzhas Bektenov": True}


def test_the_subjects_office_before_a_declined_name_gives_the_guest_no_country(tmp_path: Path) -> None:
    # «Қазақстан министрі Петровичке … жеткізді»: the Kazakh minister is the subject; the dative name after
    # his office is the Montenegrin president named before, who stays of his own country and hosts.
    text = """---
lang: kk
date: 2026-04-02
---

Сыртқы істер министрі Ермек Көшербаев 1 сәуірде Подгорицада Черногория Президенті Никола Петровичпен
кездесті. Қазақстан министрі Петровичке Мемлекет басшысы Қасым-Жомарт Тоқаевтың сәлемін жеткізді.
"""
    [meeting] = meetings(tmp_path, text)
    guest = next(p for p in meeting.participants if p.name_original.startswith("Никола"))
    assert guest.country == "Montenegro" and guest.role == "president" and guest.host
    assert not next(p for p in meeting.participants if p.name == "Yermek Kosherbayev").host


def test_a_guest_described_by_a_past_participle_is_the_traveller_and_the_home_side_hosts(tmp_path: Path) -> None:
    # «находившимся в … с визитом» after the guest's name: he travelled, not the subject who met him at home.
    text = """---
lang: ru
date: 2026-06-04
---

Премьер-министр Республики Узбекистан Абдулла Арипов провел переговоры с
Премьер-министром Монголии Гомбожавын Занданшатаром, находившимся в Самарканде с рабочим визитом.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.country == "Uzbekistan"
    assert {p.name: p.host for p in meeting.participants} == {"Abdulla Aripov": True, "Zandanshatar Gombojav": False}


def test_an_official_attending_without_a_country_is_of_the_leads_side_in_russian(tmp_path: Path) -> None:
    # Russian is written by several states' press: the report's own side, whose officials it names without a
    # country, is its lead's subject's; he hosts at home, and so do they, spelled as that country spells them.
    text = """---
lang: ru
date: 2026-05-12
---

Душанбе, 12 мая. Президент Республики Таджикистан Эмомали Рахмон принял в Душанбе
министра энергетики Монголии Батбаяра Чойжилсурэна.

Во встрече принял участие министр энергетики и водных ресурсов Далер Джумазода.
"""
    [meeting] = meetings(tmp_path, text)
    attending = next(p for p in meeting.participants if p.name_original == "Далер Джумазода")
    assert (attending.country, attending.host) == ("Tajikistan", True)
