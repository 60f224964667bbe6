"""Every extracted fact records the id of the rule that produced it, beside its sentences."""

from pathlib import Path

import pytest

from .helpers import meetings

KK = (
    "---\nlang: kk\n---\n\nҚазақстан Президенті Қасым-Жомарт Тоқаев Ақордада Өзбекстан Президенті Шавкат "
    "Мирзиёевті қабылдады.\n\nТараптар тауар айналымын 10 миллиард долларға жеткізу туралы уағдаласты.\n"
)


def test_the_kind_and_the_outcome_name_their_rows_in_the_language_tables(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, KK)
    assert meeting.kind == "reception" and meeting.rules["kind"] == ["kk.reception.verb"]
    assert meeting.rules["outcome"] == ["outcome.agreed"]


def test_participants_figures_and_place_say_how_they_were_found(tmp_path: Path) -> None:
    [meeting] = meetings(tmp_path, KK)
    by_name = {p.name: meeting.rules[f"participant:{p.name}"] for p in meeting.participants}
    # The one who receives is named in the nominative, the guest in the accusative.
    assert by_name == {
        "Kassym-Jomart Tokayev": ["participant.case.nom"],
        "Shavkat Mirziyoyev": ["participant.case.acc"],
    }
    assert meeting.rules["location"] == ["place.venue"]
    assert meeting.rules["figure:0"] == ["figure.money"]
    # Every rule sits under a key the evidence or a fact list has.
    facts = {f"participant:{p.name}" for p in meeting.participants} | {"figure:0", "date"}
    assert set(meeting.rules) <= set(meeting.evidence) | facts


def test_a_credentials_ceremony_is_one_reception_of_every_ambassador(tmp_path: Path) -> None:
    text = (
        "---\nlang: ru\n---\n\nПрезидент Казахстана Касым-Жомарт Токаев принял верительные грамоты у новых послов."
        "\n\nВерительные грамоты вручили посол Узбекистана Ойбек Усманов и посол Кыргызстана Рысбек Молдогазиев.\n"
    )
    [meeting] = meetings(tmp_path, text)
    assert meeting.rules["kind"] == ["ru.reception.credentials"]
    assert [(p.role, p.country, p.host) for p in meeting.participants] == [
        ("president", "Kazakhstan", True),
        ("ambassador", "Uzbekistan", False),
        ("ambassador", "Kyrgyzstan", False),
    ]


def test_an_instruction_names_what_is_to_be_done_and_credentials_handed_over_are_none(tmp_path: Path) -> None:
    instructed = """---
lang: kk
---

Мемлекет басшысы Өзбекстан Премьер-министрі Абдулла Ариповты қабылдады. Кездесу қорытындысы бойынша Президент
Үкіметке өткізу пункттерінің өткізу қабілетін арттыру жоспарын бекітуді тапсырды.
"""
    [meeting] = meetings(tmp_path, instructed)
    assert meeting.rules["outcome"] == ["outcome.instructed"]
    credentials = """---
lang: kk
---

Қасым-Жомарт Тоқаев шетел елшілерінің сенім грамоталарын қабылдады. Сенім грамоталарын Финляндия елшісі
Микко Лахтинен мен Жапония елшісі Хироси Накамура тапсырды.
"""
    [ceremony] = meetings(tmp_path, credentials)
    assert ceremony.outcome is None


def test_an_instruction_recalled_is_no_outcome(tmp_path: Path) -> None:
    text = """---
lang: ru
---

Касым-Жомарт Токаев принял Премьер-министра Узбекистана Абдуллу Арипова. Стороны обсудили торговлю.
Напомним, в прошлом году главы государств поручили правительствам увеличить товарооборот.
"""
    [meeting] = meetings(tmp_path, text)
    assert meeting.outcome is None


def test_an_agreement_reached_and_an_invitation_accepted_with_words_between_are_outcomes(tmp_path: Path) -> None:
    """«уағдаластыққа қол жеткізілді», «Келіссөз қорытындысы бойынша» (singular), «достигнута договоренность»,
    «Приглашение было с благодарностью принято»."""
    cases = {
        "kk": "Олжас Бектенов Абдулла Ариповпен келіссөздер жүргізді. Келіссөз қорытындысы бойынша комиссия "
        "отырысын Ташкентте өткізу туралы уағдаластыққа қол жеткізілді.",
        "ru": "Олжас Бектенов провел переговоры с Абдуллой Ариповым. Достигнута договоренность о запуске "
        "нового рейса.",
    }
    for lang, body in cases.items():
        [talks] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{body}\n")
        assert talks.outcome is not None, lang
    invited = """---
lang: ru
---

Олжас Бектенов провел переговоры с Абдуллой Ариповым. Абдулла Арипов пригласил Олжаса Бектенова посетить
Ташкент. Приглашение было с благодарностью принято.
"""
    [talks] = meetings(tmp_path, invited)
    assert talks.outcome is not None and talks.rules["outcome"] == ["outcome.invitation"]


def test_an_invitation_taken_up_in_the_active_voice_in_kazakh_is_an_outcome(tmp_path: Path) -> None:
    """«шақыруды ризашылықпен қабыл алды» as much as «шақыру қабылданды»."""
    body = """---
lang: kk
---

Олжас Бектенов Абдулла Ариповпен келіссөздер жүргізді. Абдулла Арипов Олжас Бектеновті Ташкентке келуге
шақырды. Олжас Бектенов шақыруды ризашылықпен қабыл алды.
"""
    [talks] = meetings(tmp_path, body)
    assert talks.outcome is not None and talks.rules["outcome"] == ["outcome.invitation"]


def test_a_signing_ceremony_held_at_the_end_of_talks_is_their_outcome(tmp_path: Path) -> None:
    body = """---
lang: kk
---

Қасым-Жомарт Тоқаев Вьетнам Президенті Лыонг Кыонгпен келіссөздер жүргізді. Келіссөздер соңында мемлекет
басшыларының қатысуымен 12 құжатқа қол қою рәсімі өтті.
"""
    [talks] = meetings(tmp_path, body)
    assert talks.kind == "talks" and talks.rules["outcome"] == ["outcome.signed"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "kk",
            "Қасым-Жомарт Тоқаев Ақордада Катар Сыртқы істер министрін қабылдады. Кездесу қорытындысында Мемлекет "
            "басшысы бизнес-форумды алдағы жылы Дохада өткізуді тапсырды.",
        ),
        (
            "ru",
            "Касым-Жомарт Токаев принял в Акорде министра иностранных дел Катара. По итогам встречи Глава "
            "государства поручил Правительству провести бизнес-форум, который состоится в Дохе в следующем году.",
        ),
    ],
)
def test_an_instruction_for_an_event_to_come_is_an_outcome(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.rules["outcome"] == ["outcome.instructed"]


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        (
            "kk",
            "Астанада Орталық Азия елдері сыртқы істер министрлерінің кездесуі өтті. Кездесу соңында министрлер "
            "бірлескен мәлімдеме қабылдады.",
            "outcome.declaration",
        ),
        (
            "ru",
            "Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с министром иностранных дел "
            "Азербайджана Джейхуном Байрамовым. Министры одобрили проекты документов к визиту президента.",
            "outcome.approved",
        ),
        (
            "kk",
            "Сауда және интеграция министрі Арман Шаққалиев Тәжікстан Экономикалық даму және сауда министрі Завқи "
            "Завқизодамен кездесті. Тараптар сауда айналымын арттыру жөніндегі жол картасын мақұлдады.",
            "outcome.approved",
        ),
    ],
)
def test_a_statement_adopted_or_a_text_approved_is_an_outcome(tmp_path: Path, lang: str, text: str, rule: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.rules["outcome"] == [rule]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Министр иностранных дел Ермек Кошербаев встретился с министром иностранных дел Бельгии Максимом Прево. "
            "«Хороший разговор о логистике», — написал Ермек Кошербаев в своем Telegram-канале по итогам встречи.",
        ),
        (
            "kk",
            "Сыртқы істер министрі Ермек Көшербаев Бельгия Сыртқы істер министрі Максим Превомен кездесті. Кездесу "
            "қорытындысы бойынша ол Telegram арнасында: «Логистика туралы жақсы әңгіме болды», – деп жазды.",
        ),
    ],
)
def test_words_posted_after_the_meeting_are_no_result_of_it(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.outcome is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "kk",
            "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен келіссөздер жүргізді. Келіссөздер соңында мемлекет басшылары "
            "құжаттармен алмасты.",
        ),
        (
            "ru",
            "Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым. По завершении переговоров главы государств "
            "обменялись подписанными документами.",
        ),
    ],
)
def test_the_signed_texts_exchanged_are_documents_signed(tmp_path: Path, lang: str, text: str) -> None:
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{text}\n")
    assert meeting.rules["outcome"] == ["outcome.signed"]


def test_an_agreement_in_the_kazakh_passive_is_an_outcome(tmp_path: Path) -> None:
    """«… өткізу жоспары келісілді» (was agreed) as much as «тараптар келісті»."""
    body = """---
lang: kk
---

Олжас Бектенов Абдулла Ариповпен келіссөздер жүргізді. Кездесу соңында келесі жылы Ташкентте бизнес-форум өткізу
жоспары келісілді.
"""
    [talks] = meetings(tmp_path, body)
    assert talks.outcome is not None and talks.rules["outcome"] == ["outcome.agreed"]


def test_a_goal_confirmed_decisions_adopted_and_an_agreement_come_to_are_outcomes(tmp_path: Path) -> None:
    """«міндетін растады», «подтвердили цель довести», «шешім қабылданды», «принято 12 решений», «уағдаластыққа
    келді»: each states a result of the meeting, by the rule the table names."""
    cases = {
        ("kk", "outcome.confirmed"): "Олжас Бектенов Абдулла Ариповпен кездесті. Министрлер тауар айналымын 5 млрд "
        "долларға жеткізу міндетін растады.",
        ("ru", "outcome.confirmed"): "Олжас Бектенов встретился с Абдуллой Ариповым. Стороны подтвердили цель "
        "довести товарооборот до 5 млрд долларов.",
        ("kk", "outcome.decisions"): "Олжас Бектенов Абдулла Ариповпен кездесті. Отырыста 12 шешім қабылданды.",
        ("ru", "outcome.decisions"): "Олжас Бектенов встретился с Абдуллой Ариповым. На заседании принято 12 решений.",
        ("kk", "outcome.agreed"): "Олжас Бектенов Абдулла Ариповпен кездесті. Министрлер бизнес-форумды күзде "
        "өткізу туралы уағдаластыққа келді.",
    }
    for (lang, rule), body in cases.items():
        [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{body}\n")
        assert meeting.rules.get("outcome") == [rule], (lang, rule)


def test_a_position_confirmed_is_no_goal(tmp_path: Path) -> None:
    body = "Олжас Бектенов встретился с Абдуллой Ариповым. Стороны обсудили торговлю и подтвердили свою позицию."
    [meeting] = meetings(tmp_path, f"---\nlang: ru\n---\n\n{body}\n")
    assert meeting.outcome is None


@pytest.mark.parametrize(
    ("lang", "closing"),
    [
        ("kk", "Кездесу соңында Сауда министрлігіне жол картасының орындалуын апта сайын бақылау тапсырылды."),
        ("ru", "В завершение встречи Министерству торговли поручено отслеживать исполнение дорожной карты."),
    ],
)
def test_an_instruction_given_in_the_passive_is_an_outcome(tmp_path: Path, lang: str, closing: str) -> None:
    opening = {
        "kk": "Олжас Бектенов Өзбекстан Премьер-министрі Абдулла Ариповпен кездесті.",
        "ru": "Олжас Бектенов встретился с Премьер-министром Узбекистана Абдуллой Ариповым.",
    }[lang]
    [meeting] = meetings(tmp_path, f"---\nlang: {lang}\n---\n\n{opening} {closing}\n")
    assert meeting.rules["outcome"] == ["outcome.instructed"]
    handed = "Қасым-Жомарт Тоқаев Жапония елшісі Хироси Накамураны қабылдады. Елшінің сенім грамоталары тапсырылды."
    [ceremony] = meetings(tmp_path, f"---\nlang: kk\n---\n\n{handed}\n")
    assert ceremony.outcome is None
