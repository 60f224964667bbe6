"""Which encounters an article reports (briefgen/facts/meetings/split.py): the ones it only announces,
recalls or holds at home are none."""

from pathlib import Path

from .helpers import meetings


def test_a_visit_announced_in_the_lead_is_no_meeting_even_where_its_programme_names_talks(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-02
---

Президент Узбекистана Шавкат Мирзиёев 20 апреля посетит Казахстан с государственным визитом.
В Акорде пройдут переговоры Касым-Жомарта Токаева и Шавката Мирзиёева. По итогам визита планируется
подписать десять соглашений.
"""
    assert meetings(tmp_path, text) == []


def test_a_session_of_one_countrys_officials_is_no_meeting(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-02-10
---

На заседании Правительства под председательством Премьер-министра Олжаса Бектенова обсуждены меры по
подготовке к паводкам. С докладом выступил министр энергетики Ерлан Аккенженов.
"""
    assert meetings(tmp_path, text) == []


def test_talks_dated_by_their_month_alone_are_an_earlier_encounter_recalled(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-09-15
---

Глава государства Касым-Жомарт Токаев подписал закон о ратификации соглашения о транзите грузов.
Соглашение было подписано в мае, когда Касым-Жомарт Токаев и Президент Узбекистана Шавкат Мирзиёев провели
переговоры в Ташкенте.
"""
    assert meetings(tmp_path, text) == []


def test_a_month_that_dates_an_event_to_come_leaves_the_encounter_reported(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

Касым-Жомарт Токаев встретился с Президентом Узбекистана Шавкатом Мирзиёевым. Стороны обсудили подготовку
к саммиту, который пройдет в июле.
"""
    found = meetings(tmp_path, text)
    assert [m.kind for m in found] == ["meeting"]


def test_a_law_signed_by_one_head_of_state_is_no_meeting(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-11-02
---

Мемлекет басшысы Қасым-Жомарт Тоқаев Қазақстан мен Қырғызстан арасындағы шекара туралы келісімді ратификациялау
туралы Заңға қол қойды.
"""
    assert meetings(tmp_path, text) == []


def test_a_law_signed_with_its_debate_and_a_guest_expected_later_is_no_meeting(tmp_path: Path) -> None:
    # The signature is one side's act; the Senate sitting is at home; a foreign minister «қатысуы күтіледі» (is
    # expected to attend) an opening still to come.
    text = """---
lang: kk
date: 2026-07-01
---

Мемлекет басшысы Қасым-Жомарт Тоқаев Қазақстан мен Түркия арасындағы ғылыми орталықтар туралы келісімді
ратификациялау туралы Заңға қол қойды.

Сенаттың жалпы отырысында Ғылым және жоғары білім министрі Саясат Нұрбек құжаттың маңызын түсіндірді.

Анкарадағы орталықтың ашылуына Түркияның Сыртқы істер министрі Хакан Фиданның қатысуы күтіледі.
"""
    assert meetings(tmp_path, text) == []


def test_visitors_counted_and_guests_arriving_are_no_visit(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-10-20
---

За полгода Казахстан посетили более 5 млн иностранных граждан. Больше всего гостей прибыло из Китая.
Премьер-министр Олжас Бектенов подписал постановление об упрощении визового режима.
"""
    assert meetings(tmp_path, text) == []


def test_a_tour_by_someone_named_by_office_is_a_visit(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-10-20
---

Сенат Төрағасы Мәулен Әшімбаев Түркия Ұлы Ұлттық Мәжілісінің Төрағасы Нұман Құртұлмұшпен кездесті.

Ертесі түрік делегациясының басшысы Түркістанға барып, Қожа Ахмет Ясауи кесенесін аралады.
"""
    assert [m.kind for m in meetings(tmp_path, text)] == ["meeting", "visit"]


def test_an_encounter_told_in_the_pluperfect_had_happened_before(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-11-02
---

Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевпен телефон арқылы сөйлесті.
Келісімге өткен жылы Ильхам Әлиевтің Астанаға сапары кезінде қол қойылған болатын.
"""
    [call] = meetings(tmp_path, text)
    assert call.kind == "phone call" and call.outcome is None


def test_bilateral_meetings_in_the_plural_are_one_with_each_partner(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-06-01
---

Касым-Жомарт Токаев провел двусторонние встречи с Президентом Кыргызстана Садыром Жапаровым и Президентом
Таджикистана Эмомали Рахмоном.
"""
    found = meetings(tmp_path, text)
    assert [sorted(p.name for p in m.participants) for m in found] == [
        ["Kassym-Jomart Tokayev", "Sadyr Japarov"],
        ["Emomali Rahmon", "Kassym-Jomart Tokayev"],
    ]


def test_a_tour_by_the_ministers_the_same_day_is_an_encounter_of_its_own(tmp_path: Path) -> None:
    text = """---
lang: ru
---

Министр энергетики Казахстана Алмасадам Саткалиев и министр энергетики России Сергей Цивилев провели в
Омске встречу. Стороны обсудили поставки угля.

В тот же день министры посетили теплоэлектростанцию, где ознакомились с ходом ее модернизации.
"""
    kinds = [m.kind for m in meetings(tmp_path, text)]
    assert kinds == ["meeting", "visit"]


def test_two_of_a_meeting_of_many_meeting_on_its_sidelines_meet_apart(tmp_path: Path) -> None:
    text = """---
lang: ru
---

В Астане прошла встреча министров иностранных дел Казахстана, Кыргызстана и Узбекистана. В ней приняли
участие Мурат Нуртлеу, Жээнбек Кулубаев и Бахтиёр Саидов.

На полях встречи Мурат Нуртлеу провел двустороннюю встречу с Бахтиёром Саидовым.
"""
    found = meetings(tmp_path, text)
    assert [len(m.participants) for m in found] == [3, 2]


def test_talks_the_same_day_as_a_summit_are_a_meeting_of_their_own_with_their_paragraphs_figures(
    tmp_path: Path,
) -> None:
    text = """---
lang: ru
date: 2026-09-10
---

В Астане прошёл саммит глав государств Центральной Азии. Председательствовал Президент Казахстана Касым-Жомарт
Токаев. В саммите приняли участие Президент Кыргызстана Садыр Жапаров и Президент Таджикистана Эмомали Рахмон.

Участники обсудили водные ресурсы региона.

В тот же день Президент Казахстана провёл переговоры с Президентом Кыргызстана Садыром Жапаровым. Стороны
договорились довести товарооборот до 5 млрд долларов.
"""
    summit, talks = meetings(tmp_path, text)
    assert (summit.kind, talks.kind) == ("summit", "talks")
    assert [p.name for p in talks.participants] == ["Kassym-Jomart Tokayev", "Sadyr Japarov"]
    assert talks.location.city == "Astana" and talks.date == summit.date
    assert [f.value for f in talks.figures] == [5_000_000_000] and summit.figures == []


def test_the_talks_of_others_named_in_a_meeting_do_not_make_it_talks(tmp_path: Path) -> None:
    ru = """---
lang: ru
date: 2026-10-02
---

1 октября в Астане под председательством Первого заместителя Премьер-министра Казахстана Романа Скляра и
Заместителя Председателя Правительства России Алексея Оверчука состоялось заседание межправительственной
комиссии. Роман Скляр напомнил о поручениях, данных по итогам переговоров Касым-Жомарта Токаева и Владимира
Путина.
"""
    kk = """---
lang: kk
date: 2026-10-02
---

Роман Скляр Ресей Үкіметі Төрағасының орынбасары Алексей Оверчукпен кездесті. Тараптар Қасым-Жомарт Тоқаев
пен Владимир Путиннің келіссөздері барысында қол жеткізілген уағдаластықтарды талқылады.
"""
    for text in (kk, ru):
        [meeting] = meetings(tmp_path, text)
        assert meeting.kind == "meeting"
        assert [p.name for p in meeting.participants] == ["Roman Sklyar", "Alexei Overchuk"]


def test_a_noun_for_the_encounter_with_a_partner_named_reports_it(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-20
---

Астанадағы кездесуде Премьер-министр Олжас Бектенов Әзербайжан Премьер-министрі Али Асадовпен екі ел
арасындағы сауданы талқылады.
"""
    [meeting] = meetings(tmp_path, text)
    assert {p.name: p.host for p in meeting.participants} == {"Olzhas Bektenov": True, "Ali Asadov": False}


def test_a_reception_the_same_day_of_someone_named_by_office_only_is_a_meeting_of_its_own(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

Министр иностранных дел Казахстана Ермек Кошербаев 19 мая провёл встречу с послом Японии в Казахстане Такаси
Канадзавой. В тот же день министр принял посла Индии.
"""
    meeting, reception = meetings(tmp_path, text)
    assert (meeting.kind, reception.kind) == ("meeting", "reception")
    assert [p.name for p in reception.participants] == ["Yermek Kosherbayev"]


def test_a_meeting_talked_about_in_a_call_is_no_meeting_of_its_own(tmp_path: Path) -> None:
    ru = """---
lang: ru
date: 2025-08-17
---

Состоялся телефонный разговор Касым-Жомарта Токаева и Владимира Путина. В ходе беседы Токаев поздравил Путина с
итогами встречи с Дональдом Трампом в Анкоридже.
"""
    kk = """---
lang: kk
date: 2025-08-17
---

Қасым-Жомарт Тоқаев Владимир Путинмен телефон арқылы сөйлесті. Мемлекет басшысы Ресей Президентін Дональд
Трамппен кездесуінің қорытындысымен құттықтады.
"""
    for text in (ru, kk):
        [call] = meetings(tmp_path, text)
        assert call.kind == "phone call"
        assert {p.name for p in call.participants} == {"Kassym-Jomart Tokayev", "Vladimir Putin"}


def test_a_visit_that_began_with_a_meeting_with_someone_named(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2025-09-16
---

Ауыл шаруашылығы министрі Айдарбек Сапаров Әзірбайжанға жұмыс сапарымен барды. Сапар Әзірбайжан Ауыл шаруашылығы
министрі Мәжнүн Мәммедовпен кездесуден басталды.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.location.country == "Azerbaijan"
    assert {p.name for p in meeting.participants} == {"Aidarbek Saparov", "Majnun Mammadov"}


def test_a_partner_of_another_encounter_talked_about_takes_no_part(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2022-10-28
---

Глава государства Касым-Жомарт Токаев провел встречу с президентом Узбекистана Шавкатом Мирзиёевым.

Собеседники также обменялись мнениями по итогам встречи глав государств Центральной Азии с Президентом
Европейского совета Антониу Коштой.

Ранее в Акорде состоялись переговоры Касым-Жомарта Токаева с Антониу Коштой.
"""
    [meeting] = meetings(tmp_path, text)
    assert {p.name for p in meeting.participants} == {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}
    assert meeting.location.place is None  # the venue of the talks recalled is not this meeting's


def test_a_guest_received_the_next_day_is_a_reception_of_its_own(tmp_path: Path) -> None:
    """«гостя принял», «қонақты қабылдады»: the guest, named by that word alone, is who the reception receives."""
    ru = """---
lang: ru
date: 2026-03-06
---

Премьер-министр Казахстана Олжас Бектенов 5 марта провел переговоры с Премьер-министром Узбекистана
Абдуллой Ариповым. Стороны обсудили поставки зерна.
На следующий день узбекского гостя принял Президент Касым-Жомарт Токаев.
"""
    kk = """---
lang: kk
date: 2026-03-06
---

Премьер-Министр Олжас Бектенов 5 наурызда Өзбекстан Премьер-министрі Абдулла Ариповпен келіссөздер жүргізді.
Тараптар астық жеткізу мәселесін талқылады.
Ертесі құрметті қонақты Мемлекет басшысы Қасым-Жомарт Тоқаев қабылдады.
"""
    for text in (ru, kk):
        found = meetings(tmp_path, text)
        assert [(m.kind, str(m.date)) for m in found] == [("talks", "2026-03-05"), ("reception", "2026-03-06")]


def test_a_partner_also_met_on_the_visit_is_a_meeting_of_its_own(tmp_path: Path) -> None:
    """«X-мен де кездесті», «также встретился с X»: «also» tells of another encounter, even where the
    first is with a body and no one named."""
    ru = """---
lang: ru
date: 2026-05-12
---

Министр энергетики Ерлан Аккенженов 12 мая в Баку встретился с руководством Государственной нефтяной
компании Азербайджана. Стороны обсудили поставки нефти.
Министр также встретился с президентом компании SOCAR Ровшаном Наджафом.
"""
    kk = """---
lang: kk
date: 2026-05-12
---

Энергетика министрі Ерлан Аккенженов 12 мамырда Бакуде Әзербайжан мемлекеттік мұнай компаниясының басшылығымен кездесті.
Тараптар мұнай жеткізу мәселесін талқылады.
Сапар аясында министр SOCAR компаниясының президенті Ровшан Наджафпен де кездесті.
"""
    for text in (ru, kk):
        assert [m.kind for m in meetings(tmp_path, text)] == ["meeting", "meeting"]


def test_the_sides_named_together_make_the_tour_that_follows_their_meeting(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-11-11
---

Министр транспорта Казахстана Нурлан Сауранбаев и министр транспорта России Андрей Никитин провели встречу в
Оренбурге. Во встрече также принял участие губернатор Оренбургской области Евгений Солнцев.

В тот же день министры посетили пункт пропуска «Сагарчин».
"""
    meeting, tour = meetings(tmp_path, text)
    assert tour.kind == "visit"
    assert [p.name for p in tour.participants] == ["Nurlan Sauranbayev", "Andrei Nikitin"]


def test_a_reception_or_session_of_one_countrys_officials_alone_is_no_meeting(tmp_path: Path) -> None:
    kk = """---
lang: kk
date: 2026-06-10
---

Мемлекет басшысы Энергетика министрі Ерлан Аккенженовты қабылдады. Министр Президентке отын-энергетика
кешенінің жай-күйі туралы баяндады.
"""
    assert meetings(tmp_path, kk) == []
    ru = """---
lang: ru
date: 2026-06-10
---

Премьер-министр Олжас Бектенов провел заседание Правительства. На заседании выступили министр энергетики Ерлан
Аккенженов и аким Алматы Дархан Сатыбалды.
"""
    assert meetings(tmp_path, ru) == []
    session = "провел заседание Правительства. На заседании выступили"
    video = ru.replace(session, "провел совещание в режиме видеоконференции. Выступили")
    assert meetings(tmp_path, video) == []
    # A company at home is a side from outside the government: a meeting (corpus README).
    head = "Олжас Бектенов встретился с председателем правления компании «КазМунайГаз» Асхатом Хасеновым."
    company = ru.split("Премьер-министр")[0] + "Премьер-министр " + head + "\n"
    [meeting] = meetings(tmp_path, company)
    assert meeting.kind == "meeting"


def test_the_result_of_the_meeting_told_after_a_tour_is_the_meetings(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-11-11
---

Министр транспорта Казахстана Нурлан Сауранбаев и министр транспорта России Андрей Никитин провели встречу в
Оренбурге.

В тот же день министры посетили пункт пропуска «Сагарчин».

По итогам встречи стороны подписали протокол о графике реконструкции пунктов пропуска.
"""
    meeting, tour = meetings(tmp_path, text)
    assert meeting.outcome is not None and tour.outcome is None


def test_an_encounter_earlier_the_same_day_is_reported_not_recalled(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

Президент Казахстана Касым-Жомарт Токаев принял в Акорде Верховного представителя ЕС по иностранным делам Каю
Каллас.

Ранее в тот же день Кая Каллас провела переговоры с министром иностранных дел Казахстана Ермеком Кошербаевым.

Напомним, в прошлом году Кая Каллас встречалась с Президентом в Брюсселе.
"""
    reception, talks = meetings(tmp_path, text)
    assert (reception.kind, talks.kind) == ("reception", "talks") and talks.date == reception.date


def test_a_phone_call_named_by_its_noun_with_the_partner_is_the_call_reported(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-05
---

Мемлекет басшысы Ресей Президенті Владимир Путинмен телефон арқылы сөйлесу барысында екіжақты сауданы талқылады.
"""
    [call] = meetings(tmp_path, text)
    assert call.kind == "phone call"
    assert [p.name for p in call.participants] == ["Kassym-Jomart Tokayev", "Vladimir Putin"]


def test_a_council_at_home_named_like_a_summit_is_no_meeting_nor_is_a_call_it_recalls(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

Под председательством Президента Касым-Жомарта Токаева состоялось заседание Совета Безопасности по
вопросам энергетики. С докладом выступил министр энергетики Ерлан Аккенженов.
Глава государства напомнил о договоренностях, достигнутых в ходе телефонного разговора с Президентом
Кыргызстана Садыром Жапаровым на прошлой неделе.
"""
    assert meetings(tmp_path, text) == []


def test_a_summit_of_several_countries_heads_is_no_session_at_home(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-05-20
---

В Бишкеке состоялось заседание Совета глав государств СНГ. В нем приняли участие Президент Казахстана
Касым-Жомарт Токаев, Президент Кыргызстана Садыр Жапаров и Президент Таджикистана Эмомали Рахмон.
"""
    found = meetings(tmp_path, text)
    assert [m.kind for m in found] == ["summit"]


def test_a_bilateral_council_of_two_heads_of_government_is_a_meeting(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-06-11
---

В Оше состоялось заседание Межправительственного совета Казахстана и Кыргызстана под председательством
Премьер-министра Казахстана Олжаса Бектенова и Председателя Кабинета министров Кыргызстана Адылбека
Касымалиева. Стороны обсудили водно-энергетическое сотрудничество.
"""
    assert [m.kind for m in meetings(tmp_path, text)] == ["meeting"]


def test_a_council_of_foreign_ministers_of_several_states_is_a_meeting(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-04-18
---

В Баку состоялось заседание Совета министров иностранных дел Организации тюркских государств. В нем
приняли участие министр иностранных дел Казахстана Ермек Кошербаев, министр иностранных дел Кыргызстана
Жээнбек Кулубаев и министр иностранных дел Турции Хакан Фидан.
"""
    assert [m.kind for m in meetings(tmp_path, text)] == ["meeting"]


def test_a_bilateral_the_same_day_after_a_ministers_meeting_of_many_is_a_meeting_of_its_own(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-14
---

Сеулда 13 мамырда «Орталық Азия – Корея» форматында сыртқы істер министрлерінің кездесуі өтті. Кездесуге
Қазақстан Сыртқы істер министрі Ермек Көшербаев, Қырғызстан Сыртқы істер министрі Жээнбек Кулубаев және
Өзбекстан Сыртқы істер министрі Бахтиёр Саидов қатысты.

Сол күні Ермек Көшербаев Бахтиёр Саидовпен екіжақты кездесу өткізді.
"""
    found = meetings(tmp_path, text)
    assert len(found) == 2
    assert {p.country for p in found[1].participants} == {"Kazakhstan", "Uzbekistan"}


def test_a_reception_verb_in_the_lead_gives_the_kind_when_no_rule_names_the_guest(tmp_path: Path) -> None:
    # The guest's name is one no rule resolves; the meeting opens with «Кездесу … өтті», and is still a reception.
    text = """---
lang: kk
---

Сауда және интеграция министрі Арман Шаққалиев Оңтүстік Корея банкінің басқарушысы Ким Чхоль Суды қабылдады.
Кездесу министрлік ғимаратында өтті. Тараптар несие желісін талқылады.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.kind == "reception" and meeting.rules["kind"] == ["kk.reception.verb"]


def test_a_journey_talked_of_after_the_meeting_opened_does_not_frame_the_next_meeting(tmp_path: Path) -> None:
    text = """---
lang: ru
---

АСТАНА, 3 марта – Kazinform. Глава государства Касым-Жомарт Токаев принял посла Франции Сильви Бермандер.

По его словам, контракты, подписанные в ходе визита в Париж, превышают 2 млрд евро.

Позднее в тот же день министр иностранных дел Ермек Кошербаев провел переговоры с послом в Министерстве
иностранных дел.
"""
    reception, talks = meetings(tmp_path, text)
    assert (talks.location.place, talks.location.city) == ("Ministry of Foreign Affairs", "Astana")


def test_a_result_given_to_the_session_after_a_reception_is_the_sessions(tmp_path: Path) -> None:
    text = """---
lang: kk
---

Бішкекте Қазақстан мен Қырғызстан арасындағы үкіметаралық комиссияның 12-отырысы өтті. Отырысқа Қазақстанның
Сауда және интеграция министрі Арман Шаққалиев пен Қырғызстан Экономика министрі Бакыт Сыдыков төрағалық етті.

Отырыстан кейін Арман Шаққалиевті Қырғызстан Министрлер Кабинетінің Төрағасы Адылбек Қасымалиев қабылдады.
Кездесуде тараптар су мәселесін талқылады.

Отырыс қорытындысында 4 құжатқа қол қойылды.
"""
    session, reception = meetings(tmp_path, text)
    assert session.outcome is not None and reception.outcome is None


def test_a_result_signed_in_the_course_of_a_visit_is_its_talks_not_the_reception_after(tmp_path: Path) -> None:
    text = """---
lang: ru
---

Министр иностранных дел Казахстана Ермек Кошербаев 4 мая прибыл с официальным визитом в Баку и провел переговоры
с министром иностранных дел Азербайджана Джейхуном Байрамовым.

На следующий день Ермека Кошербаева принял Президент Азербайджана Ильхам Алиев.

В ходе визита министры подписали план консультаций на 2027 год.
"""
    talks, reception = meetings(tmp_path, text)
    assert talks.outcome is not None and reception.outcome is None


def test_a_result_of_the_talks_named_after_the_reception_that_followed_is_the_talks(tmp_path: Path) -> None:
    text = """---
lang: ru
---

Премьер-министр Казахстана Олжас Бектенов провел переговоры с Премьер-министром Узбекистана Абдуллой Ариповым.

Затем Олжаса Бектенова принял Президент Узбекистана Шавкат Мирзиёев. Обсуждены вопросы водных ресурсов.

По итогам переговоров подписано 10 документов.
"""
    talks, reception = meetings(tmp_path, text)
    assert talks.outcome is not None and reception.outcome is None
    assert [f.value for f in talks.figures] == [10] and not reception.figures


def test_a_partner_also_met_by_name_the_same_day_is_another_meeting_even_unknown(tmp_path: Path) -> None:
    # The second partner is in no list and no rule yet reads his office: «also» met by name, dated the same day.
    lead = (
        "---\nlang: kk\ndate: 2026-11-12\n---\n\nҚазақстанның Адам құқықтары жөніндегі уәкілі Артур Ластаев кеше "
        "Ташкентте Өзбекстанның омбудсманы Феруза Эшматовамен кездесті. Кездесуде еңбек мигранттарының құқықтары "
        "талқыланды.\n\n"
    )
    named = lead + "Сол күні Артур Ластаев ЮНИСЕФ-тің өңірлік өкілі Томаш Ковальскимен де кездесті.\n"
    found = meetings(tmp_path, named)
    assert len(found) == 2 and (found[1].location.city, found[1].date) == ("Tashkent", found[0].date)
    # A group named by what it is («өкілдерімен де») is no partner of a meeting of its own.
    group = lead + "Сол күні Артур Ластаев халықаралық ұйымдардың өкілдерімен де кездесті.\n"
    assert len(meetings(tmp_path, group)) == 1



def test_what_follows_the_sentence_on_one_partner_belongs_to_the_meeting_with_that_partner(tmp_path: Path) -> None:
    text = """---
lang: ru
date: 2026-06-01
---

Касым-Жомарт Токаев провел двусторонние встречи с Президентом Кыргызстана Садыром Жапаровым и Президентом
Таджикистана Эмомали Рахмоном.

С Садыром Жапаровым обсуждены поставки электроэнергии. Было отмечено, что товарооборот двух стран достиг
2 млрд долларов.

С Эмомали Рахмоном обсуждено водное хозяйство.
"""
    first, second = meetings(tmp_path, text)
    assert [f.value for f in first.figures] == [2_000_000_000]
    assert second.figures == []
