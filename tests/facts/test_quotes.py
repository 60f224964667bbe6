from pathlib import Path

from briefgen.facts.attribution.quotes import find_quotes
from briefgen.facts.language import facts_language

from .helpers import meetings

KK, RU = facts_language("kk"), facts_language("ru")


def test_quotation_marks_then_attribution() -> None:
    paragraph = "«Біз дайынбыз. Жұмыс жалғасады», — деді Олжас Бектенов."
    [quote] = find_quotes(paragraph, KK)
    assert quote.text == "Біз дайынбыз. Жұмыс жалғасады"
    assert paragraph[quote.who_start : quote.who_end].strip() == "Олжас Бектенов"


def test_attribution_before_a_colon() -> None:
    [quote] = find_quotes("Министр отметил: «Мы готовы к работе».", RU)
    assert quote.text == "Мы готовы к работе"


def test_a_paragraph_whose_quotation_marks_were_lost() -> None:
    [quote] = find_quotes("Біз бәрін жасаймыз. Нәтиже болады, — деді Абдулла Арипов.", KK)
    assert quote.text == "Біз бәрін жасаймыз. Нәтиже болады"


def test_reported_speech_and_quoted_names_are_not_quotes() -> None:
    assert find_quotes("Ол ынтымақтастық маңызды екенін айтты.", KK) == []
    assert find_quotes("«Солтүстік – Оңтүстік» дәлізі арқылы тасымал артты.", KK) == []


def test_more_verbs_of_saying_in_either_order() -> None:
    [quote] = find_quotes("Министр атап өтті: «Жол картасы бекітілді».", KK)
    assert quote.text == "Жол картасы бекітілді"
    [quote] = find_quotes("«Порт расширят к осени», — рассказал глава ведомства.", RU)
    assert quote.text == "Порт расширят к осени"


def test_a_paragraph_without_quotation_marks_may_name_a_project_in_them() -> None:
    [quote] = find_quotes("«Жібек жолы» жобасы биыл аяқталады, — деді ол.", KK)
    assert quote.text == "«Жібек жолы» жобасы биыл аяқталады"


def test_the_attribution_in_the_middle_splits_two_quotations_of_one_speaker() -> None:
    text = "«Италия – важный партнер, – сказал Серик Жумангарин. – Мы ждем новых проектов»."
    first, second = find_quotes(text, RU)
    assert (first.text, second.text) == ("Италия – важный партнер", "Мы ждем новых проектов")
    assert text[first.who_start : first.who_end].strip() == "Серик Жумангарин" and first.rule == "quote.middle"


def test_agency_copy_splits_the_same_way_without_quotation_marks() -> None:
    text = "– Сауда өсті, – деді Қасым-Жомарт Тоқаев. – Әлеуетіміз бұдан да жоғары."
    assert [q.text for q in find_quotes(text, KK)] == ["Сауда өсті", "Әлеуетіміз бұдан да жоғары"]


def test_a_post_in_straight_quotes_after_the_sentence_naming_its_author() -> None:
    text = 'Президент әлеуметтік желідегі парақшасында жазба қалдырды. "Бүгін досыммен жылы әрі мазмұнды сұхбат өтті."'
    [quote] = find_quotes(text, KK)
    assert quote.text == "Бүгін досыммен жылы әрі мазмұнды сұхбат өтті." and quote.rule == "quote.standalone"


def test_a_name_in_quotation_marks_is_no_quotation() -> None:
    assert find_quotes("Стороны обсудили проект «Средний коридор».", RU) == []


def test_written_is_a_way_of_saying() -> None:
    [quote] = find_quotes("«Провели откровенный разговор», – написал Ермек Кошербаев.", RU)
    assert quote.text == "Провели откровенный разговор" and quote.rule == "quote.after"


def test_the_speech_verbs_are_the_languages_own() -> None:
    # «деді» attributes a quotation in Kazakh; in a language whose data lacks it, nothing is attributed.
    assert find_quotes("«Біз дайынбыз», — деді Олжас Бектенов.", KK)
    assert find_quotes("«Біз дайынбыз», — деді Олжас Бектенов.", facts_language("xx")) == []


def test_attribution_in_the_middle_of_a_quotation_that_quotes_a_name() -> None:
    paragraph = "«Біз «Жасыл көпір» жобасын биыл бастаймыз, – деді Олжас Бектенов. – Қаржы дайын»."
    first, second = find_quotes(paragraph, KK)
    assert (first.text, second.text) == ("Біз «Жасыл көпір» жобасын биыл бастаймыз", "Қаржы дайын")
    assert paragraph[first.who_start : first.who_end].strip() == "Олжас Бектенов"


def test_a_quotation_then_a_sentence_that_points_back_and_names_the_speaker() -> None:
    paragraph = "«Екі елдің тауар айналымы өсе береді. Біз бұған сенеміз». Мұны Олжас Бектенов брифингте айтты."
    [quote] = find_quotes(paragraph, KK)
    assert quote.text == "Екі елдің тауар айналымы өсе береді. Біз бұған сенеміз"
    assert "Олжас Бектенов" in paragraph[quote.who_start : quote.who_end]
    paragraph = "«Мы откроем новый маршрут до конца года». Об этом заявил министр транспорта Нурлан Сауранбаев."
    [quote] = find_quotes(paragraph, RU)
    assert quote.rule == "quote.pointed"
    assert "Нурлан Сауранбаев" in paragraph[quote.who_start : quote.who_end]


def test_a_sentence_after_a_quotation_that_echoes_it_anywhere_names_the_speaker() -> None:
    paragraph = "«Су мәселесін бірге шешуіміз керек». Айбек Тұрсынов кездесу соңында осылай деп түйіндеді."
    [quote] = find_quotes(paragraph, KK)
    assert quote.rule == "quote.echoed"
    assert "Айбек Тұрсынов" in paragraph[quote.who_start : quote.who_end]
    paragraph = "«Мы готовы строить дорогу вместе». Этими словами министр Игорь Петров открыл заседание."
    [quote] = find_quotes(paragraph, RU)
    assert quote.rule == "quote.echoed"
    assert "Игорь Петров" in paragraph[quote.who_start : quote.who_end]


def test_a_sentence_after_a_quotation_that_speaks_of_something_else_names_no_speaker() -> None:
    # «Так,» opens an example, not a pointer to the quotation; a sentence without a verb of saying neither:
    # the quotation stands alone, its speaker left to the paragraph's subject.
    for paragraph in (
        "«Мы откроем новый маршрут до конца года». Так, министр отметил, что порт готов.",
        "«Мы откроем новый маршрут до конца года». Об этом маршруте давно мечтали.",
    ):
        [quote] = find_quotes(paragraph, RU)
        assert (quote.rule, quote.who_start, quote.who_end) == ("quote.standalone", 0, 0)


def test_two_quotations_around_one_attribution() -> None:
    paragraph = "«Порт готов», — сказал Нурлан Сауранов. — «Новый маршрут откроем до конца года»."
    first, second = find_quotes(paragraph, RU)
    assert (first.text, second.text) == ("Порт готов", "Новый маршрут откроем до конца года")
    assert paragraph[second.who_start : second.who_end].strip() == "Нурлан Сауранов"


def test_a_quotation_closed_by_a_quotative_particle_is_the_subjects() -> None:
    paragraph = 'Кездесуден кейін Олжас Бектенов парақшасында: "Жаңа дәліз екі елге де тиімді болады" деп жазды.'
    [quote] = find_quotes(paragraph, KK)
    assert quote.text == "Жаңа дәліз екі елге де тиімді болады"
    assert "Олжас Бектенов" in paragraph[quote.who_start : quote.who_end]


def test_a_quotation_standing_as_a_sentence_inside_a_paragraph() -> None:
    paragraph = (
        "Министр пригласил инвесторов. «Мы откроем пятнадцать новых проектов в энергетике». Стороны обсудили кадры."
    )
    [quote] = find_quotes(paragraph, RU)
    assert quote.text == "Мы откроем пятнадцать новых проектов в энергетике"
    # A name in quotation marks followed by the rest of its sentence is no quotation.
    forum = "Министр выступил. «Казахстан – Китай: новые горизонты сотрудничества» открылся в Алматы."
    assert find_quotes(forum, RU) == []


def test_a_quotation_after_a_colon_whatever_the_verb_may_quote_a_name() -> None:
    text = "Президент өз сөзінде көлік мәселесіне тоқталды: «Біз «Орта дәліз» бағытын толық жүктеуге тиіспіз»."
    [quote] = find_quotes(text, KK)
    assert quote.text == "Біз «Орта дәліз» бағытын толық жүктеуге тиіспіз" and quote.rule == "quote.standalone"
    # A name after a colon is no quotation, however it is introduced.
    assert find_quotes("Жоба былай аталады: «Орта дәліз».", KK) == []


def test_a_post_written_afterwards_belongs_to_the_first_meeting_of_its_writer(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2026-11-12\n---\n\n"
        "Министр транспорта Казахстана Нурлан Сауранбаев и министр транспорта России Андрей Никитин провели "
        "в Оренбурге встречу.\n\n"
        "В тот же день министры посетили пункт пропуска «Сагарчин».\n\n"
        "Позднее Нурлан Сауранбаев написал в своем Telegram-канале: «Эти договоренности сократят очереди на "
        "границе в несколько раз».\n"
    )
    first, tour = meetings(tmp_path, body)
    assert [q.speaker for q in first.quotes] == ["Nurlan Sauranbayev"] and tour.quotes == []
    # Said, not posted, at the tour, it stays with the tour.
    said = body.replace("Позднее Нурлан Сауранбаев написал в своем Telegram-канале:", "Там Нурлан Сауранбаев сказал:")
    first, tour = meetings(tmp_path, said)
    assert first.quotes == [] and [q.speaker for q in tour.quotes] == ["Nurlan Sauranbayev"]


def test_a_post_at_the_end_of_a_visit_sums_up_its_first_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2026-06-18\n---\n\n"
        "Қасым-Жомарт Тоқаев Ташкентте Шавкат Мирзиёевпен келіссөздер жүргізді.\n\n"
        "Сол күні Мемлекет басшысы Өзбекстан Премьер-министрі Абдулла Ариповпен кездесті.\n\n"
        "Сапар соңында Мемлекет басшысы әлеуметтік желідегі парақшасында «Ташкентте екі ел арасындағы "
        "ынтымақтастықтың жаңа кезеңін бастадық» деп жазды.\n"
    )
    talks, second = meetings(tmp_path, body)
    assert [q.speaker for q in talks.quotes] == ["Kassym-Jomart Tokayev"] and second.quotes == []


def test_the_head_of_a_company_is_the_one_named_beside_it(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2026-05-12\n---\n\n"
        "Министр энергетики Казахстана Алмасадам Саткалиев встретился в штаб-квартире SOCAR с президентом "
        "Государственной нефтяной компании Азербайджана Ровшаном Наджафом.\n\n"
        "– Мы готовы войти в проект на равных условиях и привлечь наших подрядчиков, – сказал глава SOCAR.\n"
    )
    [meeting] = meetings(tmp_path, body)
    [quote] = meeting.quotes
    assert quote.speaker == "Rovshan Najaf" and meeting.rules["quote:0"][1] == "speaker.by_organisation"


def test_a_quotation_over_several_paragraphs_attributed_once_is_one(tmp_path: Path) -> None:
    opening = "---\nlang: ru\ndate: 2026-10-02\n---\n\nСадыр Жапаров принял в Бишкеке Дин Сюэсяна.\n\n"
    first = "«Железная дорога станет для нас воротами в мир.\n\n"
    for second in ("«Мы рассчитываем на сроки»", "Мы рассчитываем на сроки»"):  # reopened, or not
        [meeting] = meetings(tmp_path, f"{opening}{first}{second}, – сказал Садыр Жапаров.\n")
        [quote] = meeting.quotes
        assert quote.speaker == "Sadyr Japarov"
        assert quote.text_original == "Железная дорога станет для нас воротами в мир. Мы рассчитываем на сроки"
    # A quotation never closed leaves each paragraph to itself.
    [meeting] = meetings(tmp_path, f"{opening}{first}Стороны обсудили транзит.\n")
    assert meeting.quotes == []


def test_a_quotative_particle_after_a_comma_closes_the_subjects_quotation() -> None:
    # Kazakh copy writes the comma after the closing mark before «деп жазды» as before «деді».
    paragraph = "Олжас Бектенов парақшасында: «Жаңа дәліз екі елге де тиімді болады», деп жазды."
    [quote] = find_quotes(paragraph, KK)
    assert quote.text == "Жаңа дәліз екі елге де тиімді болады"
    assert "Олжас Бектенов" in paragraph[quote.who_start : quote.who_end]


def test_a_post_written_after_the_meeting_just_told_belongs_to_that_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2026-09-23\n---\n\n"
        "Министр иностранных дел Узбекистана Бахтиёр Саидов на полях сессии Генассамблеи ООН встретился с "
        "министром иностранных дел Японии Тосимицу Мотеги.\n\n"
        "В тот же день Бахтиёр Саидов провел встречу с министром иностранных дел Республики Корея Чо Хёном.\n\n"
        "После встречи Бахтиёр Саидов написал в своем Telegram-канале: «Условились ускорить работу над "
        "соглашением о трудовой миграции».\n"
    )
    first, second = meetings(tmp_path, body)
    assert first.quotes == [] and [q.speaker for q in second.quotes] == ["Bakhtiyor Saidov"]
    kk = (
        "---\nlang: kk\ndate: 2026-09-23\n---\n\n"
        "Энергетика министрі Ерлан Аккенженов Orano компаниясының бас директоры Николя Маэспен кездесті.\n\n"
        "Сол күні Ерлан Аккенженов TotalEnergies компаниясының президенті Патрик Пуянені қабылдады.\n\n"
        "Кездесуден кейін министр Telegram-арнасында: «Қашаған жобасын бірге кеңейтеміз» деп жазды.\n"
    )
    first, second = meetings(tmp_path, kk)
    assert first.quotes == [] and [q.speaker for q in second.quotes] == ["Yerlan Akkenzhenov"]


def test_a_post_written_later_that_names_one_meetings_partner_is_about_that_meeting(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2026-11-04\n---\n\n"
        "Министр энергетики Казахстана Алмасадам Саткалиев встретился в Абу-Даби с министром энергетики ОАЭ "
        "Сухейлем аль-Мазруи.\n\n"
        "В тот же день Алмасадам Саткалиев провел встречу с главой компании Masdar Мохамедом Джамилем аль-Рамахи.\n\n"
        "Позднее Алмасадам Саткалиев написал в своем Telegram-канале: «С Masdar мы построим в Казахстане "
        "ветровые станции».\n"
    )
    first, second = meetings(tmp_path, body)
    assert first.quotes == [] and [q.speaker for q in second.quotes] == ["Almassadam Satkaliyev"]
    # A post naming no one of either meeting sums the visit up: its first meeting.
    general = body.replace("С Masdar мы построим", "Мы построим")
    first, second = meetings(tmp_path, general)
    assert [q.speaker for q in first.quotes] == ["Almassadam Satkaliyev"] and second.quotes == []


def test_a_word_for_the_encounter_inside_a_quotation_does_not_name_its_kind(tmp_path: Path) -> None:
    body = (
        "---\nlang: kk\ndate: 2026-09-17\n---\n\n"
        "Ауыл шаруашылығы министрі Айдарбек Сапаров Түркия Ауыл шаруашылығы министрі Ибрахим Юмаклымен кездесті.\n\n"
        "Ибрахим Юмаклы: «Бүгінгі келіссөздер астық саудасына жол ашады», – деді.\n"
    )
    [meeting] = meetings(tmp_path, body)
    assert meeting.kind == "meeting"
    # The article's own word for it still does.
    told = body.replace(
        "Ибрахим Юмаклы: «Бүгінгі келіссөздер астық саудасына жол ашады», – деді.",
        "Келіссөздер барысында астық саудасы талқыланды.",
    )
    [meeting] = meetings(tmp_path, told)
    assert meeting.kind == "talks"
