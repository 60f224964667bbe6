from pathlib import Path

from .helpers import meetings

RECEPTION = """---
lang: kk
date: 2025-03-14
---

Ақордада Мемлекет басшысы Қасым-Жомарт Тоқаев Қырғыз Республикасы
Министрлер Кабинетінің Төрағасы Адылбек Қасымалиевті қабылдады.

Адылбек Қасымалиев Мемлекет басшысына Қырғызстан Президенті Садыр Жапаровтың сәлемін жеткізді.
Тараптар су ресурстарын пайдалану мәселелерін талқылады.

«Біз 36 бірлескен жобаны іске асырып жатырмыз», — деді Мемлекет басшысы.
"""

PHONE_CALL = """---
lang: ru
date: 2025-01-10
---

Глава государства Касым-Жомарт Токаев 9 января провел телефонный разговор
с Президентом Узбекистана Шавкатом Мирзиёевым.

Стороны обсудили торговлю: товарооборот превысил 4 млрд долларов. Лидеры договорились встретиться в Ташкенте.
"""


def test_a_reception_with_host_guest_venue_and_an_absent_leader(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, RECEPTION)
    assert meeting.kind == "reception"
    assert (meeting.location.place, meeting.location.city, meeting.location.country) == (
        "Akorda",
        "Astana",
        "Kazakhstan",
    )
    people = {p.name: (p.role, p.country, p.host, p.name_original) for p in meeting.participants}
    assert people == {
        "Kassym-Jomart Tokayev": ("president", "Kazakhstan", True, "Қасым-Жомарт Тоқаев"),
        "Adylbek Kasymaliev": ("chairman of the cabinet of ministers", "Kyrgyzstan", False, "Адылбек Қасымалиев"),
    }
    assert [(f.value, f.unit) for f in meeting.figures] == [(36, "projects")]
    assert [(q.speaker, q.text_original) for q in meeting.quotes] == [
        ("Kassym-Jomart Tokayev", "Біз 36 бірлескен жобаны іске асырып жатырмыз")
    ]
    assert "water" in meeting.topics
    assert str(meeting.date) == "2025-03-14"


def test_a_phone_call_has_no_host_and_no_place_and_takes_its_date_from_the_text(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, PHONE_CALL)
    assert meeting.kind == "phone call"
    assert str(meeting.date) == "2025-01-09"
    assert (meeting.location.city, meeting.location.country) == (None, None)
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Kassym-Jomart Tokayev", False),
        ("Shavkat Mirziyoyev", False),
    }
    assert meeting.figures[0].value == 4e9 and meeting.figures[0].unit == "USD"
    assert meeting.outcome is not None


def test_every_fact_records_its_sentences(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, RECEPTION)
    assert meeting.sentences and all(p.sentences for p in meeting.participants)
    assert meeting.evidence["kind"][0] == meeting.sentences[0]
    assert all(f.sentences for f in meeting.figures) and all(q.sentences for q in meeting.quotes)


def test_an_article_with_no_encounter_has_no_meetings(tmp_path: Path) -> None:
    assert meetings(tmp_path, "---\nlang: ru\n---\n\nВ Астане прошла выставка книг.\n") == []


STATE_VISIT = """---
lang: ru
date: 2025-05-20
---

Президент Кыргызстана Садыр Жапаров прибыл в Ташкент с государственным визитом.

Президент Узбекистана Шавкат Мирзиёев принял Садыра Жапарова в резиденции «Куксарой». Стороны обсудили
поставки электроэнергии.

На следующий день Садыр Жапаров провел переговоры с Премьер-министром Узбекистана Абдуллой Ариповым.
По итогам переговоров подписаны 4 документа.
"""

SUMMIT = """---
lang: ru
date: 2024-08-09
---

В Астане под председательством Президента Казахстана Касым-Жомарта Токаева прошел саммит глав государств.
В саммите приняли участие Президент Кыргызстана Садыр Жапаров и Председатель Кабинета министров Кыргызстана
Акылбек Жапаров.

На полях саммита Касым-Жомарт Токаев провел встречу с Президентом Таджикистана Эмомали Рахмоном.
"""


def test_one_visit_two_meetings_with_the_guest_at_each(tmp_path: Path) -> None:
    reception, talks = meetings(tmp_path, STATE_VISIT)
    assert (reception.kind, talks.kind) == ("reception", "talks")
    assert {(p.name, p.host) for p in reception.participants} == {
        ("Shavkat Mirziyoyev", True),
        ("Sadyr Japarov", False),
    }
    assert {(p.name, p.host) for p in talks.participants} == {("Sadyr Japarov", False), ("Abdulla Aripov", True)}
    assert reception.location.place == "Kuksaroy residence"
    # The talks are in the visit's city, not at the venue of the reception; and on the next day.
    assert (talks.location.place, talks.location.city, talks.location.country) == (None, "Tashkent", "Uzbekistan")
    assert str(talks.date) == "2025-05-21"
    assert talks.outcome is not None and [(f.value, f.unit) for f in talks.figures] == [(4, "documents")]


def test_a_summit_and_a_meeting_on_its_sidelines(tmp_path: Path) -> None:
    summit, sidelines = meetings(tmp_path, SUMMIT)
    assert (summit.kind, sidelines.kind) == ("summit", "meeting")
    hosts = [p.name for p in summit.participants if p.host]
    assert hosts == ["Kassym-Jomart Tokayev"]
    # A family name the gazetteer spells keeps that spelling; the first name is romanized.
    assert "Akylbek Japarov" in {p.name for p in summit.participants}
    assert {p.name for p in sidelines.participants} == {"Kassym-Jomart Tokayev", "Emomali Rahmon"}
    assert sidelines.location.city == "Astana"


def test_the_date_in_the_text_wins_over_the_front_matter_but_a_planned_one_does_not(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-06-14\n---\n\n"
        "12 маусымда Олжас Бектенов Абдулла Ариповпен кездесті. Келесі кездесу 20 шілдеде өтеді.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert str(meeting.date) == "2025-06-12"


def test_a_sentence_naming_someone_else_is_no_new_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-04-02\n---\n\n"
        "Премьер-министр Казахстана Олжас Бектенов встретился с Премьер-министром Узбекистана Абдуллой Ариповым.\n\n"
        "Стороны обсудили реформы, проводимые по поручению Главы государства Касым-Жомарта Токаева.\n\n"
        "Товарооборот вырос на 12%.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {p.name for p in meeting.participants} == {"Olzhas Bektenov", "Abdulla Aripov"}
    assert [(f.value, f.unit) for f in meeting.figures] == [(12, "percent")]


def test_a_new_verb_of_encounter_with_a_new_partner_opens_a_second_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-04-02\n---\n\n"
        "Олжас Бектенов Бахтиёр Саидовпен кездесті. Тараптар сауданы талқылады.\n\n"
        "Сол күні Олжас Бектеновті Өзбекстан Президенті Шавкат Мирзиёев қабылдады.\n"
    )
    first, second = meetings(tmp_path, body)
    assert {p.name for p in first.participants} == {"Olzhas Bektenov", "Bakhtiyor Saidov"}
    assert second.kind == "reception"
    assert {(p.name, p.host) for p in second.participants} == {
        ("Shavkat Mirziyoyev", True),
        ("Olzhas Bektenov", False),
    }


def test_the_russian_instrumental_names_the_partner_without_a_preposition_before_the_office(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-04-02\n---\n\n"
        "Касым-Жомарт Токаев встретился с Председателем Халк Маслахаты Туркменистана Гурбангулы Бердымухамедовым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert "Gurbanguly Berdimuhamedov" in {p.name for p in meeting.participants}


def test_a_regional_head_receiving_a_delegation_is_a_reception_with_offices_named_by_province(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-03-05\n---\n\n"
        "Павлодар облысының әкімі Асқар Рахымбеков Ресей Федерациясы Омбы облысының губернаторы "
        "Виталий Хоценко бастаған делегацияны қабылдады.\n\n"
        "Тараптар астық жеткізу мәселелерін талқылады.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert meeting.kind == "reception"
    people = {(p.name_original, p.role, p.country, p.host) for p in meeting.participants}
    assert people == {
        ("Асқар Рахымбеков", "akim of pavlodar region", "Kazakhstan", True),
        ("Виталий Хоценко", "governor of omsk region", "Russia", False),
    }


def test_an_article_about_an_encounter_in_an_unknown_wording_still_has_its_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-03-05\n---\n\n"
        "Министр энергетики Казахстана Ерлан Аккенженов и Министр энергетики Азербайджана Парвиз Шахбазов "
        "обменялись мнениями о поставках нефти.\n\n"
        "В ходе встречи стороны отметили рост поставок на 5%.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {p.name for p in meeting.participants} == {"Yerlan Akkenzhenov", "Parviz Shahbazov"}
    assert [(f.value, f.unit) for f in meeting.figures] == [(5, "percent")]


def test_a_visitor_described_by_a_participle_after_the_name_is_the_guest_abroad(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-05-06\n---\n\n"
        "Президент Казахстана Касым-Жомарт Токаев, находящийся с официальным визитом в Кыргызстане, "
        "провел переговоры с Президентом Кыргызстана Садыром Жапаровым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Kassym-Jomart Tokayev", False),
        ("Sadyr Japarov", True),
    }
    assert meeting.location.country == "Kyrgyzstan"


def test_an_office_refers_back_to_someone_already_named_not_to_a_name_later_in_its_sentence(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-02-10\n---\n\n"
        "Глава государства Касым-Жомарт Токаев принял Министра иностранных дел Узбекистана Бахтиёра Саидова.\n\n"
        "Президент отметил доверительный диалог с Президентом Шавкатом Мирзиёевым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Bakhtiyor Saidov"}


def test_the_receiving_side_hosts_with_the_receiver_and_an_institution_is_no_person(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-02-10\n---\n\n"
        "Касым-Жомарт Токаев принял Председателя Олий Мажлиса Узбекистана Танзилу Нарбаеву.\n\n"
        "Во встрече принял участие Председатель Мажилиса Ерлан Кошанов.\n"
    )
    [meeting] = meetings(tmp_path, body)
    hosts = {p.name: p.host for p in meeting.participants}
    assert hosts == {"Kassym-Jomart Tokayev": True, "Yerlan Koshanov": True, "Tanzila Narbaeva": False}


def test_a_call_recalled_at_a_meeting_does_not_make_it_a_call(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-02-10\n---\n\n"
        "Олжас Бектенов Абдулла Ариповпен кездесті.\n\n"
        "Кездесу екі елдің президенттерінің телефон арқылы сөйлесуі барысында жасалған уағдаластықтарға арналды.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert meeting.kind == "meeting"


def test_a_guest_described_by_a_participle_and_a_venue_named_in_the_next_sentence(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-02-10\n---\n\n"
        "Мәжіліс Төрағасы Ерлан Қошанов Астанада ресми сапармен жүрген Өзбекстан Сыртқы істер министрі "
        "Бахтиёр Саидовпен келіссөздер жүргізді.\n\n"
        "Келіссөздер Тәуелсіздік сарайында өтті.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Yerlan Koshanov", True),
        ("Bakhtiyor Saidov", False),
    }
    assert (meeting.location.place, meeting.location.city) == ("Palace of Independence", "Astana")


def test_a_gathering_named_after_its_city_gives_the_place_and_so_the_host(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-02-10\n---\n\n"
        "На полях Бакинского энергетического форума Министр энергетики Казахстана Ерлан Аккенженов встретился "
        "с Министром энергетики Азербайджана Парвизом Шахбазовым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert (meeting.location.city, meeting.location.country) == ("Baku", "Azerbaijan")
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Yerlan Akkenzhenov", False),
        ("Parviz Shahbazov", True),
    }


def test_in_kazakh_a_country_after_an_honorific_is_not_its_own(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-02-10\n---\n\n"
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Франция Президенті Эмманюэль Макронмен телефон арқылы сөйлесті.\n\n"
        "Мемлекет басшысы Франция Қазақстанның маңызды серіктесі екенін айтты.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Emmanuel Macron"}


def test_a_quote_attributed_to_an_unknown_office_of_a_country_goes_to_that_countrys_person(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-02-10\n---\n\n"
        "Олжас Бектенов встретился с Министром иностранных дел Узбекистана Бахтиёром Саидовым.\n\n"
        "«Мы открываем два новых пункта пропуска», — сказал руководитель узбекского дипломатического ведомства.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert [(q.speaker, q.text_original) for q in meeting.quotes] == [
        ("Bakhtiyor Saidov", "Мы открываем два новых пункта пропуска")
    ]


def test_in_the_passive_the_agent_receives(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-02-10\n---\n\n"
        "Министр иностранных дел Узбекистана Бахтиёр Саидов был принят Президентом Казахстана "
        "Касым-Жомартом Токаевым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert meeting.kind == "reception"
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Kassym-Jomart Tokayev", True),
        ("Bakhtiyor Saidov", False),
    }


def test_a_city_names_a_local_office_and_a_delegation_head_is_the_guest(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-03-12\n---\n\n"
        "Шымкент қаласының әкімі Ғабит Сыздықбеков Өзбекстан Республикасы Сауда палатасының төрағасы "
        "Даврон Вахабов бастаған делегациямен кездесті.\n"
    )
    [meeting] = meetings(tmp_path, body)
    people = {(p.name_original, p.role, p.host) for p in meeting.participants}
    assert ("Ғабит Сыздықбеков", "akim of shymkent", True) in people
    assert ("Даврон Вахабов", "chairman of the chamber of commerce", False) in people


def test_a_provinces_head_of_government_is_its_chairman(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-03-12\n---\n\n"
        "Председатель правительства Синьцзян-Уйгурского автономного района Ли Мин встретился с акимом Алматы "
        "Ерболатом Досаевым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["Yerbolat Dossayev"] == "akim of almaty"
    # Palladius writes ming as мин (min is минь): the name comes back in pinyin.
    # A Chinese province's government is its people's government (the gazetteer's office_styles for CN).
    assert roles["Li Ming"] == "chairman of the people's government of the xinjiang uygur autonomous region"


def test_a_meeting_the_same_day_is_where_the_last_one_was(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-06-02\n---\n\n"
        "В Астане состоялась встреча Министра энергетики Казахстана Ерлана Аккенженова с Министром энергетики "
        "Узбекистана Журабеком Мирзамахмудовым.\n\n"
        "В тот же день Журабек Мирзамахмудов встретился с Премьер-министром Казахстана Олжасом Бектеновым.\n"
    )
    first, second = meetings(tmp_path, body)
    assert (second.location.city, second.location.country) == ("Astana", "Kazakhstan")
    assert {(p.name, p.host) for p in second.participants} == {
        ("Jurabek Mirzamahmudov", False),
        ("Olzhas Bektenov", True),
    }


def test_a_quotation_paragraph_attributed_by_an_unresolved_office_follows_its_speakers_paragraph(
    tmp_path: Path,
) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-07-10\n---\n\n"
        "Олжас Бектенов встретился с Министром иностранных дел Узбекистана Бахтиёром Саидовым.\n\n"
        "Бахтиёр Саидов рассказал о новых совместных проектах.\n\n"
        "— Мы откроем еще два торговых дома, — добавил руководитель внешнеполитического ведомства.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert [q.speaker for q in meeting.quotes] == ["Bakhtiyor Saidov"]


def test_a_name_right_before_the_verb_of_reception_is_its_object(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-07-10\n---\n\n"
        "Сенат Төрағасы Мәулен Әшімбаев Малайзия Парламенті Өкілдер палатасының Төрағасы Джохари Абдул "
        "Ғаниді қабылдады.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {(p.name_original, p.country, p.host) for p in meeting.participants} == {
        ("Мәулен Әшімбаев", "Kazakhstan", True),
        ("Джохари Абдул Ғани", "Malaysia", False),
    }


def test_an_office_prefers_someone_taking_part_to_someone_greeted(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-09-03\n---\n\n"
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Өзбекстан Премьер-министрі Абдулла Ариповты қабылдады.\n\n"
        "Тоқаев Өзбекстан Президенті Шавкат Мирзиёевке сәлем жолдады.\n\n"
        "«Біз су мәселесін бірге шешеміз», — деді Президент.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Abdulla Aripov"}
    assert [q.speaker for q in meeting.quotes] == ["Kassym-Jomart Tokayev"]


def test_abroad_the_head_of_state_is_the_one_the_text_named(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-09-03\n---\n\n"
        "Премьер-министр Казахстана Олжас Бектенов прибыл с рабочим визитом в Бишкек.\n\n"
        "После переговоров Олжаса Бектенова принял Президент Кыргызстана Садыр Жапаров. "
        "Глава государства подчеркнул важность водно-энергетического сотрудничества.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Olzhas Bektenov", False),
        ("Sadyr Japarov", True),
    }


def test_a_visit_being_prepared_is_neither_a_place_nor_a_participant(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-10-05\n---\n\n"
        "Министр иностранных дел Казахстана Ермек Кошербаев провел встречу с Послом Китая в Казахстане "
        "Хань Чуньлинем.\n\n"
        "Стороны обсудили подготовку визита Вице-премьера Госсовета КНР Дин Сюэсяна в Астану.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Yermek Kosherbayev", True),
        ("Han Chunlin", False),
    }
    assert meeting.location.city is None


def test_the_word_after_a_kind_of_place_is_the_place_not_a_name(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-10-05\n---\n\n"
        "Аким Туркестанской области Нуралхан Кушеров встретился с губернатором провинции Хэнань Ван Каем.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {p.name_original for p in meeting.participants} == {"Нуралхан Кушеров", "Ван Кай"}


def test_the_head_of_a_delegation_is_of_the_delegations_side(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-11-12\n---\n\n"
        "Аким Павлодарской области Асаин Байханов принял делегацию Омской области во главе с губернатором "
        "Виталием Хоценко.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {(p.name_original, p.role, p.country, p.host) for p in meeting.participants} == {
        ("Асаин Байханов", "akim of pavlodar region", "Kazakhstan", True),
        ("Виталий Хоценко", "governor of omsk region", "Russia", False),
    }


def test_an_encounter_recalled_from_the_past_is_not_one_reported(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-11-12\n---\n\n"
        "Касым-Жомарт Токаев провел переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.\n\n"
        "Напомним, в 2023 году Касым-Жомарт Токаев встретился с Президентом Кыргызстана Садыром Жапаровым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}


def test_a_capital_in_the_locative_gives_city_and_country(tmp_path: Path) -> None:
    for body, city, country in (
        (
            "---\nlang: kk\n---\n\nНью-Делиде Олжас Бектенов Нарендра Модимен кездесті.\n",
            "New Delhi",
            "India",
        ),
        (
            "---\nlang: ru\n---\n\nВ Бангкоке Олжас Бектенов встретился с Абдуллой Ариповым.\n",
            "Bangkok",
            "Thailand",
        ),
        (
            "---\nlang: ru\n---\n\nВ Вашингтоне Олжас Бектенов встретился с Абдуллой Ариповым.\n",
            "Washington",
            "United States",
        ),
    ):
        [meeting] = meetings(tmp_path, body)
        assert (meeting.location.city, meeting.location.country) == (city, country)


def test_a_venue_named_just_after_the_opening_is_where_the_meeting_is(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nАнтонио Таяни провел переговоры с Ермеком Кошербаевым.\n\n"
        "В Квиринальском дворце стороны обсудили поставки зерна.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert (meeting.location.place, meeting.location.city, meeting.location.country) == (
        "Quirinal Palace",
        "Rome",
        "Italy",
    )


def test_a_seat_named_by_its_institution_belongs_to_the_country_named_with_it(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nВ Бишкеке в Доме Правительства Кыргызской Республики Олжас Бектенов "
        "встретился с Адылбеком Касымалиевым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Bishkek")
    body = "---\nlang: kk\n---\n\nҮкімет үйінде Олжас Бектенов Абдулла Ариповпен кездесті.\n"
    [meeting] = meetings(tmp_path, body, "b.md")
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Astana")


def test_a_generic_seat_belongs_to_the_country_of_the_one_who_receives_there(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nПремьер-министр Узбекистана Абдулла Арипов в Доме правительства принял "
        "Олжаса Бектенова.\n"
    )
    [meeting] = meetings(tmp_path, body)
    location = meeting.location
    assert (location.place, location.city, location.country) == ("Government House", "Tashkent", "Uzbekistan")


def test_an_office_that_changed_hands_names_its_holder_on_the_articles_date(tmp_path: Path) -> None:
    body = """---
lang: ru
date: {date}
---

Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Премьер-министром Японии.
"""
    [earlier] = meetings(tmp_path, body.format(date="2025-03-02"))
    [later] = meetings(tmp_path, body.format(date="2026-02-10"))
    assert "Shigeru Ishiba" in {p.name for p in earlier.participants}
    assert "Sanae Takaichi" in {p.name for p in later.participants}


def test_leaders_named_as_attending_a_summit_in_the_genitive_take_part(tmp_path: Path) -> None:
    body = """---
lang: ru
date: 2025-04-03
---

В Самарканде прошел саммит «Центральная Азия – ЕС» с участием Президента Казахстана
Касым-Жомарта Токаева, Президента Таджикистана Эмомали Рахмона и Председателя Кабинета министров
Кыргызстана Адылбека Касымалиева.
"""
    [meeting] = meetings(tmp_path, body)
    assert meeting.kind == "summit"
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Emomali Rahmon", "Adylbek Kasymaliev"}


def test_in_kazakh_a_list_of_those_attending_ends_in_the_genitive(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2025-04-03
---

Олжас Бектенов Өзбекстан Премьер-министрі Абдулла Ариповпен кездесті.

Кездесу Роман Скляр, Серік Жұмаңғарин және Бахтиёр Саидовтың қатысуымен өтті.
"""
    [meeting] = meetings(tmp_path, body)
    assert {p.name for p in meeting.participants} == {
        "Olzhas Bektenov", "Abdulla Aripov", "Roman Sklyar", "Serik Zhumangarin", "Bakhtiyor Saidov",
    }  # fmt: skip


def test_an_honorific_between_the_office_and_the_name_is_part_of_the_office(tmp_path: Path) -> None:
    body = """---
lang: ru
date: 2025-03-01
---

Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Королем Королевства Бахрейн
Хамадом бен Исой Аль Халифой.
"""
    [meeting] = meetings(tmp_path, body)
    people = {(p.name, p.role, p.country) for p in meeting.participants}
    assert ("Hamad bin Isa Al Khalifa", "king", "Bahrain") in people


def test_the_side_of_the_country_where_the_meeting_is_held_hosts(tmp_path: Path) -> None:
    akim = """---
lang: ru
date: 2025-05-20
---

Аким Костанайской области Кумар Аксакалов встретился в Костанае с Министром иностранных дел Узбекистана
Бахтиёром Саидовым, который прибыл в регион с рабочей поездкой.
"""
    [meeting] = meetings(tmp_path, akim)
    assert {(p.name, p.host) for p in meeting.participants} == {
        ("Kumar Aksakalov", True),
        ("Bakhtiyor Saidov", False),
    }
    signing = """---
lang: kk
date: 2025-05-20
---

Бакуде Қазақстан Премьер-Министрінің орынбасары Серік Жұмаңғарин мен Әзербайжан Премьер-министрі
Әли Әсадов көлік дәлізі туралы келісімге қол қойды.
"""
    [meeting] = meetings(tmp_path, signing)
    assert {(p.name, p.host) for p in meeting.participants} == {("Serik Zhumangarin", False), ("Ali Asadov", True)}


def test_the_honorific_subject_before_a_guests_office_still_takes_part(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2025-03-01
---

Мемлекет басшысы Бахрейн Королі Хамад бин Иса Әл Халифамен телефон арқылы сөйлесті.
"""
    [meeting] = meetings(tmp_path, body)
    assert {(p.name, p.role) for p in meeting.participants} == {
        ("Kassym-Jomart Tokayev", "president"),
        ("Hamad bin Isa Al Khalifa", "king"),
    }


def test_a_guest_named_by_office_alone_is_received_in_a_second_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-11-05\n---\n\n"
        "Министр иностранных дел Казахстана Мурат Нуртлеу встретился в Астане с Министром иностранных дел "
        "Узбекистана Бахтиёром Саидовым.\n\n"
        "Стороны обсудили транзит.\n\n"
        "В тот же день министра принял Премьер-министр Казахстана Олжас Бектенов.\n"
    )
    first, second = meetings(tmp_path, body)
    assert first.kind == "meeting"
    assert second.kind == "reception"
    assert "Olzhas Bektenov" in {p.name for p in second.participants}
    assert "Olzhas Bektenov" not in {p.name for p in first.participants}


def test_a_tour_and_a_meeting_the_same_day_are_two_meetings_of_one_date(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-05-03\n---\n\n"
        "2 мамырда Олжас Бектенов пен Абдулла Арипов жылу электр орталығын аралады.\n\n"
        "Сол күні Олжас Бектенов Абдулла Ариповпен кездесті. Тараптар сауда мәселелерін талқылады.\n"
    )
    tour, meeting = meetings(tmp_path, body)
    assert (tour.kind, str(tour.date)) == ("visit", "2025-05-02")
    assert (meeting.kind, str(meeting.date)) == ("meeting", "2025-05-02")
    assert "trade" in meeting.topics and "trade" not in tour.topics


def test_a_tour_the_next_day_after_a_reception_is_its_own_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-05-03\n---\n\n"
        "Олжас Бектенов Абдулла Ариповты қабылдады.\n\n"
        "Ертесі Олжас Бектенов пен Абдулла Арипов метро депосын аралады. Желінің ұзындығы 20 шақырым.\n"
    )
    reception, tour = meetings(tmp_path, body)
    assert reception.kind == "reception" and not reception.figures
    assert (tour.kind, str(tour.date)) == ("visit", "2025-05-04")
    assert [(f.value, f.unit) for f in tour.figures] == [(20, "km")]


def test_a_signing_dated_the_same_day_is_an_event_but_one_that_closes_talks_is_not(tmp_path: Path) -> None:
    talks = "---\nlang: ru\ndate: 2025-05-03\n---\n\nОлжас Бектенов провел переговоры с Абдуллой Ариповым.\n\n"
    separate = talks + "В тот же день состоялась церемония подписания соглашения о поставках 2 млн тонн зерна.\n"
    first, second = meetings(tmp_path, separate)
    assert (first.kind, second.kind) == ("talks", "signing")
    assert [(f.value, f.unit) for f in second.figures] == [(2000000, "tonnes")]
    for closing in ("Затем стороны подписали соглашение о поставках.", "В тот же день стороны подписали соглашение."):
        [only] = meetings(tmp_path, talks + closing + "\n")
        assert only.kind == "talks"


def test_a_ministry_named_by_its_portfolio_is_the_venue_in_the_city_named(tmp_path: Path) -> None:
    for lang, body in (
        (
            "ru",
            "Олжас Бектенов встретился в Астане с Абдуллой Ариповым.\n\n"
            "Встреча прошла в здании Министерства энергетики. Стороны обсудили транзит.\n",
        ),
        ("kk", "Олжас Бектенов Астанада Энергетика министрлігінде Абдулла Ариповпен кездесті.\n"),
    ):
        [meeting] = meetings(tmp_path, f"---\nlang: {lang}\ndate: 2025-05-03\n---\n\n{body}")
        loc = meeting.location
        assert (loc.place, loc.city, loc.country) == ("Ministry of Energy", "Astana", "Kazakhstan")


def test_a_regional_akimat_is_the_akims_and_sits_in_the_provinces_seat(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-05-03\n---\n\n"
        "Павлодар облысының әкімі Асаин Байханов Абдулла Ариповпен кездесті. Кездесу облыс әкімдігінде өтті.\n"
    )
    [meeting] = meetings(tmp_path, body)
    loc = meeting.location
    assert (loc.place, loc.city, loc.country) == ("Pavlodar Region akimat", "Pavlodar", "Kazakhstan")


def test_the_akimat_that_reports_is_no_venue(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-05-03\n---\n\n"
        "Аким Павлодарской области Асаин Байханов встретился с Абдуллой Ариповым, сообщает пресс-служба "
        "акимата области.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert meeting.location.place is None


def test_a_company_headquarters_is_the_venue_in_the_city_of_the_gathering(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-05-03\n---\n\n"
        "Олжас Бектенов в рамках Абу-Дабийской недели устойчивого развития провел переговоры с "
        "Абдуллой Ариповым.\n\n"
        "В тот же день в штаб-квартире Masdar состоялась церемония подписания соглашения.\n"
    )
    talks, signing = meetings(tmp_path, body)
    assert (talks.location.city, talks.location.country) == ("Abu Dhabi", "United Arab Emirates")
    loc = signing.location
    assert (loc.place, loc.city, loc.country) == ("Masdar headquarters", "Abu Dhabi", "United Arab Emirates")


def test_a_town_named_with_its_word_for_a_town_places_a_tour(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-05-03\n---\n\n"
        "Олжас Бектенов Теміртау қаласындағы металлургиялық комбинатқа барып, жаңғырту барысымен танысты.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert (meeting.kind, meeting.location.city, meeting.location.country) == ("visit", "Temirtau", "Kazakhstan")


def test_an_invitation_accepted_to_a_future_event_is_an_outcome(tmp_path: Path) -> None:
    call = (
        "---\nlang: ru\ndate: 2025-05-03\n---\n\n"
        "Олжас Бектенов провел телефонный разговор с Абдуллой Ариповым.\n\n"
        "Олжас Бектенов пригласил Абдуллу Арипова на форум, который пройдет в Астане.{}\n"
    )
    [accepted] = meetings(tmp_path, call.format(" Гость с благодарностью принял приглашение."))
    assert accepted.kind == "phone call"
    assert accepted.outcome is not None
    [open_] = meetings(tmp_path, call.format(""))
    assert open_.outcome is None


def test_a_tour_in_a_district_keeps_the_country_but_not_the_city(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-05-03\n---\n\n"
        "Олжас Бектенов Шымкентте Абдулла Ариповпен кездесті.\n\n"
        "Сол күні Олжас Бектенов пен Абдулла Арипов Сайрам ауданындағы зауытты аралады.\n"
    )
    meeting, tour = meetings(tmp_path, body)
    assert (meeting.location.city, meeting.location.country) == ("Shymkent", "Kazakhstan")
    assert (tour.kind, tour.location.city, tour.location.country) == ("visit", None, "Kazakhstan")


def test_a_site_tour_is_no_journey_so_the_host_at_home_stays_host(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-05-03\n---\n\n"
        "Павлодар облысының әкімі Асаин Байханов Екібастұз қаласындағы зауытқа барып, өндіріспен танысты.\n\n"
        "Сол күні Асаин Байханов облыс әкімдігінде Абдулла Ариповпен кездесті.\n"
    )
    tour, meeting = meetings(tmp_path, body)
    assert (tour.location.city, meeting.location.city) == ("Ekibastuz", "Pavlodar")
    assert {(p.name_original, p.host) for p in meeting.participants} >= {("Асаин Байханов", True)}
    assert [(p.name_original, p.host) for p in tour.participants] == [("Асаин Байханов", True)]


def test_a_tour_the_next_day_stays_in_the_city_of_the_meeting_before(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2025-05-03\n---\n\n"
        "Олжас Бектенов Шымкентте Абдулла Ариповты қабылдады.\n\n"
        "Ертесі Олжас Бектенов пен Абдулла Арипов зауытты аралады.\n"
    )
    _, tour = meetings(tmp_path, body)
    assert (tour.location.city, str(tour.date)) == ("Shymkent", "2025-05-04")


def test_a_site_named_in_latin_letters_is_the_venue_of_a_tour(tmp_path: Path) -> None:
    for lang, body in (
        ("kk", "Олжас Бектенов Теміртау қаласындағы ArcelorSteel металлургиялық комбинатын аралады.\n"),
        ("ru", "Олжас Бектенов посетил завод Hyundai в Алматы.\n"),
    ):
        [tour] = meetings(tmp_path, f"---\nlang: {lang}\ndate: 2025-05-03\n---\n\n{body}")
        assert tour.kind == "visit"
        assert (tour.location.place, tour.location.country) in {
            ("ArcelorSteel steel plant", "Kazakhstan"),
            ("Hyundai plant", "Kazakhstan"),
        }


def test_any_citys_akimat_and_the_foreign_ministry_by_its_abbreviation(tmp_path: Path) -> None:
    for lang, body, want in (
        ("kk", "Олжас Бектенов Павлодар қаласы әкімдігінде Абдулла Ариповпен кездесті.\n",
         ("Pavlodar city akimat", "Pavlodar")),
        ("ru", "Олжас Бектенов встретился в Астане с Абдуллой Ариповым. Встреча прошла в здании МИД.\n",
         ("Ministry of Foreign Affairs", "Astana")),
    ):  # fmt: skip
        [meeting] = meetings(tmp_path, f"---\nlang: {lang}\ndate: 2025-05-03\n---\n\n{body}")
        assert (meeting.location.place, meeting.location.city) == want


def test_an_invitation_is_an_outcome_only_once_accepted_and_a_declaration_adopted_is_one(tmp_path: Path) -> None:
    head = "---\nlang: kk\ndate: 2025-05-03\n---\n\nОлжас Бектенов Абдулла Ариповпен кездесті.\n\n"
    invited = "Олжас Бектенов Абдулла Ариповты Астанаға шақырды."
    [open_] = meetings(tmp_path, head + invited + "\n")
    assert open_.outcome is None
    [accepted] = meetings(tmp_path, head + invited + " Шақыру ризашылықпен қабыл алынды.\n")
    assert accepted.outcome is not None
    [adopted] = meetings(tmp_path, head + "Кездесуде бірлескен декларация қабылданды.\n")
    assert adopted.outcome is not None


def test_a_ministry_the_text_places_nowhere_sits_in_its_countrys_capital(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2025-05-03\n---\n\n"
        "Олжас Бектенов встретился с Абдуллой Ариповым в Министерстве энергетики Узбекистана.\n"
    )
    [meeting] = meetings(tmp_path, body)
    loc = meeting.location
    assert (loc.place, loc.city, loc.country) == ("Ministry of Energy", "Tashkent", "Uzbekistan")


AKIM_AT_THE_AKIMAT = """---
lang: kk
date: 2025-05-06
---

Ақтөбе облысының әкімі Асқар Жұмабаев Ресейдің Орынбор облысының губернаторы Иван Петровпен кездесті.
Кездесу облыс әкімдігінде өтті. Тараптар сауда байланыстарын талқылады.
"""

AKIM_TOURS_HIS_REGION = """---
lang: kk
date: 2025-05-06
---

Ақтөбе облысының әкімі Асқар Жұмабаев Хромтау қаласындағы кенішке барып, өндіріспен танысты.

Кеніште оған Германияның Қазақстандағы Елшісі Ганс Мюллер қосылды.
"""


def test_an_akim_hosts_a_meeting_at_his_akimat(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, AKIM_AT_THE_AKIMAT)
    hosts = {p.name: p.host for p in meeting.participants}
    assert hosts == {"Askar Zhumabayev": True, "Ivan Petrov": False}


def test_an_akim_touring_his_own_region_hosts_a_visiting_ambassador(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, AKIM_TOURS_HIS_REGION)
    hosts = {p.name: (p.role, p.host) for p in meeting.participants}
    assert hosts == {
        "Askar Zhumabayev": ("akim of aktobe region", True),
        "Hans Müller": ("ambassador", False),
    }  # Russian keeps the old form Ганс of the German Hans (see romanization.yaml, german: names)


COMPANY_HEAD_QUOTED = """---
lang: ru
date: 2025-02-03
---

Министр энергетики Казахстана Алмасадам Саткалиев встретился с главой компании Saudi Aramco Амином Насером.

Стороны обсудили поставки оборудования.

«Мы готовы расширять сотрудничество», — сказал глава Aramco.
"""


def test_a_quote_attributed_to_the_head_of_a_company_goes_to_its_head(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, COMPANY_HEAD_QUOTED)
    assert [q.speaker for q in meeting.quotes] == ["Amin Nasser"]


GLUED_OPENING = """---
lang: kk
date: 2025-05-06
---

Ақтөбе облысының әкімі Асқар Жұмабаев Орынбор облысының губернаторы Иван Петровпен кездесті.

Тараптар сауда байланыстарын талқылады. Шұғыл Иван Петров жаңа жобаларды ұсынды.
"""


def test_a_name_read_with_a_word_too_many_is_not_a_second_participant(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, GLUED_OPENING)
    assert sorted(p.name for p in meeting.participants) == ["Askar Zhumabayev", "Ivan Petrov"]


def test_an_official_long_country_form_keeps_a_double_office_whole(tmp_path: Path) -> None:
    body = """---
lang: ru
date: 2025-05-10
---

Министр иностранных дел Казахстана Ерлан Нурланов провел телефонный разговор с Заместителем
Премьер-министра – Министром иностранных дел Исламской Республики Пакистан Аликом Хановым.
"""
    [meeting] = meetings(tmp_path, body)
    roles = {p.name_original: (p.role, p.country) for p in meeting.participants}
    assert roles["Алик Ханов"] == ("deputy prime minister and minister for foreign affairs", "Pakistan")


def test_the_gazetteer_wording_of_an_office_the_text_translates_otherwise_stands(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2025-05-10
---

Мәжіліс Төрағасы Ерлан Қошанов Венгрия Ұлттық жиналысының Төрағасы Ласло Кёвермен кездесті.
"""
    [meeting] = meetings(tmp_path, body)
    roles = {p.name: p.role for p in meeting.participants}
    assert roles["László Kövér"] == "speaker of the national assembly"


def test_the_head_of_kazakh_diplomacy_is_the_foreign_minister_not_the_head_of_state(tmp_path: Path) -> None:
    body = """---
lang: ru
date: 2025-05-10
---

Министр иностранных дел Казахстана Мурат Нуртлеу провел телефонный разговор с Министром
иностранных дел Индии Субраманьямом Джайшанкаром. Стороны обсудили реализацию инициатив
Главы государства Касым-Жомарта Токаева.

«Мы открыты для новых проектов», — отметил глава казахстанской дипломатии.
"""
    [meeting] = meetings(tmp_path, body)
    assert [q.speaker for q in meeting.quotes] == ["Murat Nurtleu"]


def test_a_city_talked_about_at_a_meeting_is_not_where_it_is_held(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\n---\n\nТашкентте Олжас Бектенов Абдулла Ариповпен кездесті.\n\n"
        "Сол күні Олжас Бектенов Шавкат Мирзиёевпен кездесті. Кездесуде Алматыдағы зауыттың қуаты сөз болды.\n"
    )
    first, second = meetings(tmp_path, body)
    assert second.location.city == first.location.city == "Tashkent"
    body = (
        "---\nlang: kk\n---\n\nОлжас Бектенов Абдулла Ариповпен кездесті. "
        "Қостанайда өткен кездесуде тараптар астық экспортын талқылады.\n"
    )
    [meeting] = meetings(tmp_path, body, "b.md")
    assert meeting.location.city == "Kostanay"


def test_a_tour_to_another_town_leaves_the_city_of_the_talks(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\n---\n\nТашкентте Олжас Бектенов Абдулла Ариповпен кездесті.\n\n"
        "Ертесі Олжас Бектенов Чирчик қаласындағы тыңайтқыш зауытына барып, өндіріспен танысты.\n"
    )
    talks, tour = meetings(tmp_path, body)
    assert talks.location.city == "Tashkent"
    # A town the gazetteer lacks, named with the word for a town, is romanized as unknown_town renders one.
    assert (tour.location.city, tour.location.country) == ("Chirchik", "Uzbekistan")
    body = (
        "---\nlang: ru\n---\n\nВ Астане Олжас Бектенов встретился с Абдуллой Ариповым.\n\n"
        "Затем они посетили порт Актау, где ознакомились с работой терминала.\n"
    )
    _, tour = meetings(tmp_path, body, "b.md")
    assert (tour.location.place, tour.location.city, tour.location.country) == ("Port of Aktau", "Aktau", "Kazakhstan")


def test_a_region_named_after_a_city_is_not_that_city(tmp_path: Path) -> None:
    body = "---\nlang: kk\n---\n\nОлжас Бектенов Алматы облысындағы жылыжай кешеніне барып, жұмысымен танысты.\n"
    [tour] = meetings(tmp_path, body)
    assert tour.location.city is None


def test_a_shipyard_named_in_latin_letters_is_the_venue_of_a_tour(tmp_path: Path) -> None:
    body = "---\nlang: kk\n---\n\nОлжас Бектенов Baltic Marine кеме жасау зауытына барып, өндіріспен танысты.\n"
    [tour] = meetings(tmp_path, body)
    assert tour.location.place == "Baltic Marine shipyard"


def test_the_signatories_of_a_ceremony_do_not_open_another_one(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nВ Доме Правительства в присутствии Олжаса Бектенова состоялась церемония "
        "подписания соглашения о строительстве завода.\n\n"
        "Документ подписали министр энергетики Алмасадам Саткалиев и министр торговли Арман Шаккалиев.\n"
    )
    [signing] = meetings(tmp_path, body)
    assert signing.kind == "signing"


def test_a_chamber_of_parliament_is_a_venue_only_where_something_takes_place(tmp_path: Path) -> None:
    body = "---\nlang: ru\n---\n\nВ Мажилисе Парламента Ерлан Кошанов принял Абдуллу Арипова.\n"
    [meeting] = meetings(tmp_path, body)
    assert (meeting.location.place, meeting.location.city) == ("Mazhilis of the Parliament", "Astana")
    body = (
        "---\nlang: kk\n---\n\nЕрлан Қошанов Абдулла Ариповты қабылдады. Кездесуге Парламент Мәжілісінің "
        "депутаттары қатысты.\n"
    )
    [meeting] = meetings(tmp_path, body, "b.md")
    assert meeting.location.place is None


def test_a_meeting_in_the_building_of_the_regional_akimat_is_at_that_akimat(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nВ Караганде аким Карагандинской области Ермаганбет Булекпаев встретился с "
        "Абдуллой Ариповым. Встреча прошла в здании областного акимата.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert (meeting.location.place, meeting.location.city) == ("Karaganda Region akimat", "Karaganda")


def test_a_declaration_adopted_at_a_summit_is_its_outcome(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\n---\n\nҚасым-Жомарт Тоқаев Ташкентте өткен саммитке қатысты.\n\n"
        "Саммит қорытындысы бойынша Ташкент декларациясы қабылданып, іс-қимыл жоспары бекітілді.\n"
    )
    [summit] = meetings(tmp_path, body)
    assert summit.kind == "summit"
    assert summit.outcome


def test_a_tour_to_a_partners_port_city_takes_that_city(tmp_path: Path) -> None:
    body = "---\nlang: kk\n---\n\nРоман Скляр Пусан қаласындағы портқа барып, терминалдың жұмысымен танысты.\n"
    [tour] = meetings(tmp_path, body)
    assert (tour.location.city, tour.location.country) == ("Busan", "South Korea")


def test_a_guest_meeting_at_a_generic_seat_does_not_make_it_his_countrys(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nПремьер-министр Узбекистана Абдулла Арипов в Доме Правительства встретился "
        "с Олжасом Бектеновым.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert (meeting.location.place, meeting.location.city) == ("Government House", "Astana")


def test_a_generic_seat_on_a_visit_abroad_is_the_visited_countrys(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\n---\n\nРоман Скляр Түркия Республикасына жұмыс сапарымен барды.\n\n"
        "Анкарада Роман Скляр Түркия Сауда министрі Өмер Болатпен кездесті.\n\n"
        "Ертесі Роман Скляр Үкімет үйінде Түркия вице-президенті Джевдет Йылмазбен кездесті.\n"
    )
    _, second = meetings(tmp_path, body)
    location = second.location
    assert (location.place, location.city, location.country) == ("Government House", "Ankara", "Türkiye")


def test_a_plant_toured_on_a_visit_abroad_is_in_the_visited_country(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nРоман Скляр прибыл с рабочим визитом в Республику Корея.\n\n"
        "Роман Скляр посетил завод Hyundai, где ознакомился с производством.\n"
    )
    [tour] = meetings(tmp_path, body)
    assert (tour.location.place, tour.location.city, tour.location.country) == (
        "Hyundai plant",
        None,
        "South Korea",
    )


def test_a_city_qualifying_a_thing_discussed_in_the_opening_is_not_the_venue(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\n---\n\nРоман Скляр Түркия Республикасына жұмыс сапарымен барды.\n\n"
        "Роман Скляр Алматыдағы зауытты кеңейту жөнінде Түркия Сауда министрі Өмер Болатпен кездесті.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert (meeting.location.city, meeting.location.country) == (None, "Türkiye")
    body = "---\nlang: kk\n---\n\nОлжас Бектенов Ташкенттегі инвестициялық форум аясында Абдулла Ариповпен кездесті.\n"
    [meeting] = meetings(tmp_path, body, "b.md")
    assert meeting.location.city == "Tashkent"


def test_another_countrys_generic_seat_after_a_meeting_at_home_is_in_its_capital(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nВ Астане Олжас Бектенов встретился с Абдуллой Ариповым.\n\n"
        "На следующий день Адылбек Касымалиев в Доме правительства Кыргызской Республики принял "
        "Олжаса Бектенова.\n"
    )
    _, reception = meetings(tmp_path, body)
    assert (reception.location.city, reception.location.country) == ("Bishkek", "Kyrgyzstan")


def _pairs(found: list) -> list[list[str]]:
    return [[p.name for p in m.participants] for m in found]


def test_talks_on_the_sidelines_with_partners_of_several_countries_are_a_meeting_with_each(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nНа полях сессии Генеральной Ассамблеи ООН Ермек Кошербаев провел переговоры с "
        "министром иностранных дел Венгрии Петером Сийярто и министром иностранных дел Турции Хаканом Фиданом.\n\n"
        "С Петером Сийярто обсуждены поставки нефти.\n\nС Хаканом Фиданом обсуждено развитие Среднего коридора.\n"
    )
    szijjarto, fidan = meetings(tmp_path, body)
    assert _pairs([szijjarto, fidan]) == [
        ["Yermek Kosherbayev", "Péter Szijjártó"],
        ["Yermek Kosherbayev", "Hakan Fidan"],
    ]
    assert "energy" in szijjarto.topics and "energy" not in fidan.topics  # each sentence goes to its partner
    assert "transport and transit" in fidan.topics
    # Without a gathering around them, people of two countries met at once are one meeting.
    together = body.replace("На полях сессии Генеральной Ассамблеи ООН ", "В Астане ")
    assert len(meetings(tmp_path, together, "b.md")) == 1


def test_a_home_honorific_before_a_declined_foreign_name_is_the_one_who_meets_them(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\n---\n\nАстанада Консультативтік кездесу өтті. Оған Қазақстан Президенті Қасым-Жомарт "
        "Тоқаев және Тәжікстан Президенті Эмомали Рахмон қатысты.\n\n"
        "Саммит аясында Мемлекет басшысы Эмомали Рахмонмен кездесті.\n"
    )
    summit, bilateral = meetings(tmp_path, body)
    assert summit.kind == "summit"
    assert _pairs([bilateral]) == [["Kassym-Jomart Tokayev", "Emomali Rahmon"]]
    # With the country written, the office is the name's own: «Тәжікстан Президенті Эмомали Рахмонмен».
    named = body.replace("Мемлекет басшысы Эмомали", "Қасым-Жомарт Тоқаев Тәжікстан Президенті Эмомали")
    assert _pairs(meetings(tmp_path, named, "b.md")[1:]) == [["Kassym-Jomart Tokayev", "Emomali Rahmon"]]


def test_a_council_of_the_heads_of_states_in_the_plural_possessive_is_a_summit_of_everyone_who_spoke(
    tmp_path: Path,
) -> None:
    body = (
        "---\nlang: kk\n---\n\nҚасым-Жомарт Тоқаев Душанбеде өткен ТМД мемлекеттері басшылары кеңесінің "
        "отырысына қатысты. Саммитте Тәжікстан Президенті Эмомали Рахмон және Ресей Президенті Владимир Путин "
        "сөз сөйледі.\n\nСаммит аясында Мемлекет басшысы Владимир Путинмен кездесті.\n"
    )
    summit, bilateral = meetings(tmp_path, body)
    assert summit.kind == "summit" and len(summit.participants) == 3
    assert [p.name for p in summit.participants if p.host] == ["Emomali Rahmon"]  # the host country's head
    assert _pairs([bilateral]) == [["Kassym-Jomart Tokayev", "Vladimir Putin"]]
    assert bilateral.location.city == "Dushanbe"  # on the summit's sidelines, in its city


def test_a_bare_office_as_subject_is_the_reports_protagonist_not_the_partner_named_last(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\n---\n\nНа полях форума Ермек Кошербаев встретился с министром иностранных дел Венгрии "
        "Петером Сийярто.\n\nПетер Сийярто отметил рост товарооборота.\n\n"
        "Затем министр встретился с министром иностранных дел Азербайджана Джейхуном Байрамовым.\n"
    )
    _, second = meetings(tmp_path, body)
    assert _pairs([second]) == [["Yermek Kosherbayev", "Jeyhun Bayramov"]]


def test_figures_of_an_event_recalled_are_not_the_meetings(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Премьер-министр Олжас Бектенов Өзбекстан Премьер-министрі Абдулла Ариповпен кездесті. Тараптар 3 млрд
долларлық жобаларды талқылады. Еске салайық, өткен жылы 5 млрд долларлық келісімдерге қол қойылған болатын.
"""
    [meeting] = meetings(tmp_path, text)
    assert [(f.value, f.unit) for f in meeting.figures] == [(3_000_000_000, "USD")]


def test_a_session_at_home_with_a_visit_being_prepared_and_talks_recalled_is_no_meeting(tmp_path: Path) -> None:
    text = """---
lang: ru
---

Президент Туркменистана Сердар Бердымухамедов на заседании Кабинета министров подписал постановление о
строительстве дороги.

Президент поручил министру иностранных дел Рашиду Мередову подготовить визит в Ашхабад делегации Ирана,
который ожидается в ноябре.

Вопросы строительства обсуждались в ходе переговоров Сердара Бердымухамедова и Президента России Владимира
Путина в прошлом году.
"""
    assert meetings(tmp_path, text) == []


def test_a_deputy_attending_with_the_minister_is_of_the_ministers_side(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2025-04-02
---

Сыртқы істер министрі Ермек Көшербаев Астанада Финляндия Қаржы министрі Элина Валтоненмен кездесті.
Кездесуге Сыртқы істер министрінің орынбасары Нұрлан Сейтімов та қатысты.
"""
    [meeting] = meetings(tmp_path, body)
    deputy = next(p for p in meeting.participants if p.role == "deputy minister of foreign affairs")
    assert deputy.country == "Kazakhstan"


def test_an_office_named_by_its_first_words_after_its_full_name_is_its_holder(tmp_path: Path) -> None:
    # The office's own name holds "and": it is still one office, and its short form refers back to it.
    body = """---
lang: ru
date: 2025-06-03
---

Министр иностранных дел Казахстана Ермек Кошербаев встретился в Астане с Верховным представителем ЕС
по иностранным делам и политике безопасности Каей Каллас.

«Мы хотим строить с регионом дороги и сети», – сказала Высокий представитель.
"""
    [meeting] = meetings(tmp_path, body)
    assert [q.speaker for q in meeting.quotes] == ["Kaja Kallas"]


def test_a_bare_office_in_a_paragraph_reporting_others_encounter_is_its_holder_there(tmp_path: Path) -> None:
    # The lead minister is not in the second meeting: «министр» there is the minister who is.
    body = (
        "---\nlang: ru\n---\n\nМинистр иностранных дел Узбекистана Бахтиёр Саидов принял в Ташкенте министра "
        "иностранных дел Венгрии Петера Сийярто.\n\nНа следующий день Петер Сийярто встретился с министром "
        "энергетики Журабеком Мирзамахмудовым. Как отметил министр, экспорт электроэнергии вырос.\n"
    )
    _, second = meetings(tmp_path, body)
    assert sorted(p.name for p in second.participants) == ["Jurabek Mirzamahmudov", "Péter Szijjártó"]


def test_an_official_the_kazakh_press_names_without_a_country_is_kazakhstans(tmp_path: Path) -> None:
    # The Kazakh press writes the country of a foreign official and leaves out its own.
    body = (
        "---\nlang: kk\ndate: 2026-08-21\n---\n\nМәдениет министрі Ержан Тілеуов Түркия Мәдениет министрі "
        "Мехмет Нури Ерсоймен кездесті.\n"
    )
    [meeting] = meetings(tmp_path, body)
    countries = {p.name: p.country for p in meeting.participants}
    assert countries["Yerzhan Tileuov"] == "Kazakhstan" and countries["Mehmet Nuri Ersoy"] == "Türkiye"


def test_what_the_report_gives_as_the_meetings_result_is_one_even_when_it_looks_ahead(tmp_path: Path) -> None:
    # «По итогам встречи договорено создать … группу …, которое пройдет летом»: the agreement is now, the event later;
    # so is an invitation the report gives as the result («По итогам встречи X пригласил Y посетить …»).
    head = "---\nlang: ru\ndate: 2025-05-03\n---\n\nОлжас Бектенов встретился с Абдуллой Ариповым.\n\n"
    agreed = "По итогам встречи договорено создать рабочую группу к заседанию комиссии, которое пройдет летом в Хиве."
    [meeting] = meetings(tmp_path, head + agreed + "\n")
    assert meeting.outcome is not None
    invited = "По итогам встречи Олжас Бектенов пригласил Абдуллу Арипова посетить Астану с визитом."
    [meeting] = meetings(tmp_path, head + invited + "\n")
    assert meeting.outcome is not None
