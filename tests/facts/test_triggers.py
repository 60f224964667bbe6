from pathlib import Path

from briefgen.facts.language import facts_language
from briefgen.facts.triggers import strongest, triggers

from .helpers import meetings


def kinds(text: str, lang: str) -> list[tuple[str, bool]]:
    return [(t.kind, t.event) for t in triggers(text, facts_language(lang))]


def test_verbs_open_meetings_and_nouns_refer_to_them() -> None:
    assert kinds("Президент Премьер-министрді қабылдады.", "kk") == [("reception", True)]
    assert kinds("Кездесу барысында тараптар талқылады.", "kk") == [("meeting", False)]
    assert kinds("провел телефонный разговор с Президентом", "ru") == [("phone call", True)]
    assert ("talks", True) in kinds("провел в Астане переговоры с Премьер-министром", "ru")


def test_taking_part_is_not_a_reception() -> None:
    assert kinds("принял участие в форуме", "ru") == []


def test_the_most_specific_kind_wins() -> None:
    assert strongest(["meeting", "reception", "talks"]) == "reception"
    assert strongest([]) is None


def test_wordings_that_report_an_encounter_in_either_language() -> None:
    for lang, text, kind in [
        ("ru", "Прошла встреча министров энергетики", "meeting"),
        ("ru", "Переговоры прошли в Астане", "talks"),
        ("ru", "Министры обменялись мнениями о транзите", "meeting"),
        ("ru", "Посол был принят Президентом", "reception"),
        ("kk", "Екі министр Астанада жүздесті", "meeting"),
        ("kk", "Министрлер кездесу өткізді", "meeting"),
        ("kk", "Әкім елшіні қабылдап, ынтымақтастықты талқылады", "reception"),
        ("kk", "Министр келіссөз өткізді", "talks"),
        ("kk", "Министрлер бейнеконференция форматында кездесті", "phone call"),
        ("kk", "Түркі мемлекеттерінің сыртқы істер министрлері Астанада бас қосты", "meeting"),
    ]:
        assert kinds(text, lang) == [(kind, True)], text


def test_a_summit_reported_verb_first() -> None:
    assert kinds("В Душанбе прошел саммит глав государств Центральной Азии", "ru") == [("summit", True)]


def test_a_council_of_heads_in_the_plural_is_a_summit() -> None:
    # «мемлекеттер» (the plural without the possessive) as much as «мемлекеттері».
    text = "Түркі мемлекеттері ұйымына мүше мемлекеттер басшылары кеңесінің отырысы өтті."
    assert strongest([kind for kind, _ in kinds(text, "kk")]) == "summit"


def test_an_encounter_announced_for_later_names_no_kind() -> None:
    assert kinds("Встреча министров состоится в понедельник в Баку.", "ru") == []
    assert kinds("Комиссияның келесі отырысы Бішкекте өтеді.", "kk") == []
    assert kinds("Стороны обсудили подготовку саммита, который пройдет в Ашхабаде.", "ru") == []
    assert kinds("Переговоры прошли в Ашхабаде.", "ru") == [("talks", True)]


def test_talks_to_be_held_or_planned_are_no_encounter() -> None:
    # The aorist or a plan: what a visit's programme holds, not what took place.
    assert kinds("Министр Бакуде әріптесімен келіссөздер жүргізеді.", "kk") == []
    assert kinds("Сапар аясында кәсіпкерлермен кездесу жоспарланған.", "kk") == []
    assert kinds("Министр Бакуде әріптесімен келіссөздер жүргізді.", "kk") == [("talks", True)]


def test_accepting_an_invitation_is_no_reception() -> None:
    assert [t.kind for t in triggers("Гость принял приглашение посетить Астану", facts_language("ru"))] == []


def test_inspecting_a_site_is_a_tour() -> None:
    assert [(t.kind, t.event) for t in triggers("Делегация осмотрела цеха завода", facts_language("ru"))] == [
        ("visit", True)
    ]


def test_adopting_a_text_is_no_reception() -> None:
    assert kinds("По итогам встречи министры приняли совместное коммюнике.", "ru") == [("meeting", False)]
    assert kinds("Парламент принял закон о ратификации.", "ru") == []
    assert kinds("Президент принял министра иностранных дел.", "ru") == [("reception", True)]
    assert kinds("Министрлер бірлескен коммюнике қабылдады.", "kk") == []
    assert kinds("Президент Сыртқы істер министрін қабылдады.", "kk") == [("reception", True)]


def test_talks_named_with_the_possessive_and_a_meeting_with_time_and_place_before_its_verb() -> None:
    assert ("talks", True) in kinds("Ақордада Президенттердің келіссөздері өтті.", "kk")
    assert ("meeting", True) in kinds("Кездесу сейсенбі күні қала әкімдігінде өтті.", "kk")


def test_being_at_someones_reception_is_a_reception_by_them(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Өзбекстан Премьер-министрі Абдулла Арипов Ақордада Мемлекет басшысы Қасым-Жомарт Тоқаевтың қабылдауында болды.
"""
    [meeting] = meetings(tmp_path, text)
    hosts = {p.name: p.host for p in meeting.participants}
    assert meeting.kind == "reception" and hosts == {"Abdulla Aripov": False, "Kassym-Jomart Tokayev": True}


def test_a_session_held_may_have_its_number_between_verb_and_noun() -> None:
    assert ("meeting", True) in kinds("В Уральске состоялось XXII заседание межправительственной комиссии.", "ru")
    assert ("meeting", True) in kinds("Үкіметаралық комиссияның XXII отырысы Оралда өтті.", "kk")


def test_russian_copy_writes_yo_or_ye_alike() -> None:
    assert ("talks", True) in kinds("Президент провёл переговоры с Премьер-министром", "ru")
    assert ("meeting", True) in kinds("Министр провёл встречу с послом", "ru")


def test_talks_in_the_format_of_a_video_conference_are_a_call() -> None:
    found = kinds("Президент провёл переговоры в формате видеоконференции с главой компании", "ru")
    assert strongest([kind for kind, event in found if event]) == "phone call"


def test_the_meeting_took_place_however_many_words_and_commas_stand_between() -> None:
    text = "Кездесу 8 сәуірде Ташкентте, Инвестициялар министрлігінің ғимаратында өтті."
    assert kinds(text, "kk") == [("meeting", True)]
    # «атап өтті» (noted), «тоқталып өтті»: a converb before «өтті» is something said at the meeting.
    assert kinds("Кездесу барысында министр сауданың өсуін атап өтті.", "kk") == [("meeting", False)]


def test_a_meeting_listed_in_a_programme_to_come_is_planned() -> None:
    assert kinds("В программе запланированы встреча с Премьер-министром Франции", "ru") == []
    assert kinds("Ожидается встреча министров энергетики", "ru") == []


def test_talks_by_video_link_with_the_partner_named_between_are_a_call() -> None:
    text = "Мемлекет басшысы бейнебайланыс арқылы Қытай Төрағасы Си Цзиньпинмен келіссөздер жүргізді."
    assert strongest([kind for kind, event in kinds(text, "kk") if event]) == "phone call"


def test_talks_by_telephone_or_online_are_a_call() -> None:
    for lang, text in [
        ("ru", "Президенты провели телефонные переговоры"),
        ("ru", "Министры провели онлайн-переговоры"),
        ("kk", "Тараптар телефон арқылы келіссөздер жүргізді"),
        ("kk", "Президенттер телефон арқылы байланысқа шықты"),
    ]:
        assert strongest([kind for kind, event in kinds(text, lang) if event]) == "phone call", text


def test_a_summit_with_its_theme_in_quotation_marks_before_its_verb() -> None:
    # A quoted theme or title names one thing, however many words and dashes it holds.
    kk = "Ұйымның бейресми саммиті «Бірлік пен даму – ортақ мақсат» тақырыбымен Алматыда өтті."
    ru = "Саммит «Центральная Азия – Европа: общие горизонты развития» прошёл в Самарканде."
    assert ("summit", True) in kinds(kk, "kk")
    assert ("summit", True) in kinds(ru, "ru")


def test_a_sentence_opening_with_the_summit_and_listing_who_attended_reports_it() -> None:
    text = (
        "Саммитке Әзірбайжан Президенті Ильхам Әлиев, Қырғызстан Президенті Садыр Жапаров, Өзбекстан "
        "Президенті Шавкат Мирзиёев және Түркия Президенті Реджеп Тайып Ердоған қатысты."
    )
    assert ("summit", True) in kinds(text, "kk")
    # Not a summit named inside a sentence about something else that people attended.
    other = "Бизнес-форумға саммитке келген делегациялардың мүшелері, кәсіпкерлер, сарапшылар мен журналистер қатысты."
    assert ("summit", True) not in kinds(other, "kk")


def test_a_series_of_talks_with_others_does_not_rename_the_meeting_under_way(tmp_path: Path) -> None:
    assert kinds("Также министр провел ряд переговоров с руководителями международных организаций.", "ru") == []
    text = """---
lang: ru
date: 2026-09-23
---

Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с министром иностранных дел Японии Тосимицу
Мотеги. Также министр провел ряд переговоров с руководителями международных организаций.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.kind == "meeting"


def test_a_head_taking_part_or_speaking_at_a_summit_reports_it() -> None:
    for lang, text in [
        ("kk", "Мемлекет басшысы Шанхай ынтымақтастық ұйымының саммитіне қатысып, сөз сөйледі."),
        ("kk", "Президент ҰҚШҰ саммитінің кеңейтілген құрамдағы отырысында сөз сөйледі."),
        ("ru", "Президент принял участие в юбилейном саммите Организации тюркских государств."),
        ("ru", "Глава государства выступил на саммите «Центральная Азия – Китай» в Астане."),
        ("ru", "Главы государств провели Консультативную встречу в Бурабае."),
    ]:
        assert ("summit", True) in kinds(text, lang), text
    # Another event on its margins is not the summit.
    assert ("summit", True) not in kinds("Министр выступил на бизнес-форуме в рамках саммита.", "ru")


def test_a_meeting_held_by_video_or_online_is_a_call() -> None:
    for lang, text in [
        (
            "kk",
            "Премьер-министр бейнеконференция режимінде Қырғызстан Министрлер Кабинетінің Төрағасымен кездесу өткізді.",
        ),
        ("kk", "Министр Еуроодақ өкілдерімен онлайн кездесу өткізді."),
        ("ru", "Президент провёл видеоконференцию с руководителями компании."),
    ]:
        assert strongest([kind for kind, event in kinds(text, lang) if event]) == "phone call", text


def test_an_encounter_held_with_a_long_list_of_whose_it_was_before_its_verb() -> None:
    ru = (
        "Переговоры Президента Казахстана Касым-Жомарта Токаева и Президента Турции Реджепа Тайипа Эрдогана "
        "прошли в Анкаре."
    )
    assert ("talks", True) in kinds(ru, "ru")
    kk = "Қазақстан мен Қытай сыртқы істер министрлерінің кездесуі Бейжіңде өтті."
    assert ("meeting", True) in kinds(kk, "kk")


def test_a_working_meeting_held_in_the_accusative_is_reported() -> None:
    assert ("meeting", True) in kinds("Премьер-министр Франция Сыртқы істер министрімен жұмыс кездесуін өткізді.", "kk")


def test_consultations_held_between_ministries_are_a_meeting_reported() -> None:
    assert kinds("В Ташкенте прошли консульские консультации между МИД двух стран.", "ru") == [("meeting", True)]
    assert kinds("Политические консультации на уровне заместителей министров состоялись в Анкаре.", "ru") == [
        ("meeting", True)
    ]
    assert kinds("Астанада екі елдің СІМ арасындағы саяси консультациялар өтті.", "kk") == [("meeting", True)]
    assert kinds("Ведомство оказывает консультационные услуги.", "ru") == []


def test_a_council_held_by_video_link_is_a_call() -> None:
    text = "Энергетика министрі көршілес елдердің әріптестерімен бейнебайланыс арқылы кеңес өткізді."
    assert kinds(text, "kk") == [("phone call", True)]


def test_a_session_of_a_council_of_heads_is_a_summit_and_its_heads_named_in_a_list_take_part(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-11-26
---

Президент Казахстана Касым-Жомарт Токаев принял участие в сессии Совета глав государств СНГ в Душанбе.
В ней также участвовали Президент Кыргызстана Садыр Жапаров, Президент Таджикистана Эмомали Рахмон и
Президент Узбекистана Шавкат Мирзиёев.
"""
    (summit,) = meetings(tmp_path, text)
    assert summit.kind == "summit"
    assert {p.country for p in summit.participants} == {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"}


def test_talks_held_in_formats_told_between_noun_and_verb_are_reported() -> None:
    text = "Келіссөздер 12 мамырда алдымен шағын, кейін кеңейтілген құрамда өтті."
    assert kinds(text, "kk") == [("talks", True)]


def test_a_round_of_consultations_held_is_a_meeting_reported() -> None:
    assert kinds("Екі ел СІМ арасындағы саяси консультациялардың кезекті раунды Бакуде өтті.", "kk") == [
        ("meeting", True)
    ]
    assert kinds("В Баку прошел очередной раунд политических консультаций между МИД двух стран.", "ru") == [
        ("meeting", True)
    ]
    assert kinds("Очередной раунд консультаций по консульским вопросам состоялся в Душанбе.", "ru") == [
        ("meeting", True)
    ]
