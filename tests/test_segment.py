from pathlib import Path

from briefgen.markup import plain_text
from briefgen.model import SourceDocument
from briefgen.segment import lead_title, segment, sentence_id, split_sentences


def doc(body: str, fmt: str = "markdown", lang: str = "kk", meta: dict | None = None) -> SourceDocument:
    return SourceDocument(Path("a.md"), Path("a.md"), meta or {}, body, 1, fmt, lang)  # type: ignore[arg-type]


def test_abbreviations_inside_a_sentence_do_not_end_it():
    assert split_sentences("Сауда 4,5 млрд. доллар болды. Келесі сөйлем.", "kk") == [
        "Сауда 4,5 млрд. доллар болды.",
        "Келесі сөйлем.",
    ]
    assert split_sentences("Мақта, астық т.б. өнімдер жеткізіледі. Екінші сөйлем.", "kk") == [
        "Мақта, астық т.б. өнімдер жеткізіледі.",
        "Екінші сөйлем.",
    ]
    assert split_sentences("Встреча прошла в г. Астане. Товарооборот составил 1,2 млрд. долларов США.", "ru") == [
        "Встреча прошла в г. Астане.",
        "Товарооборот составил 1,2 млрд. долларов США.",
    ]


def test_domain_names_and_initials_do_not_end_a_sentence():
    assert split_sentences("Бұл туралы Kazinform.kz хабарлайды. Жаңа сөйлем.", "kk") == [
        "Бұл туралы Kazinform.kz хабарлайды.",
        "Жаңа сөйлем.",
    ]
    assert split_sentences("Указ подписал К. Токаев. Он вступает в силу.", "ru") == [
        "Указ подписал К. Токаев.",
        "Он вступает в силу.",
    ]


def test_a_quote_stays_with_its_attribution():
    text = "«Мы готовы к сотрудничеству!» — сказал министр. — Это важный шаг, — отметил он."
    assert split_sentences(text, "ru") == [
        "«Мы готовы к сотрудничеству!» — сказал министр.",
        "— Это важный шаг, — отметил он.",
    ]


def test_sentence_ids_come_from_the_text_not_the_position():
    before = segment(doc("Бірінші сөйлем. Екінші сөйлем.\n\nҮшінші сөйлем."))
    after = segment(doc("Жаңа абзац басында.\n\nБірінші сөйлем. Екінші сөйлем өзгерді.\n\nҮшінші сөйлем."))
    ids_before = {s.text: s.id for s in before.sentences()}
    ids_after = {s.text: s.id for s in after.sentences()}
    assert ids_after["Бірінші сөйлем."] == ids_before["Бірінші сөйлем."]
    assert ids_after["Үшінші сөйлем."] == ids_before["Үшінші сөйлем."]
    assert ids_after["Екінші сөйлем өзгерді."] != ids_before["Екінші сөйлем."]


def test_repeated_sentences_get_distinct_ids():
    article = segment(doc("Иә. Иә.\n\nИә."))
    ids = [s.id for s in article.sentences()]
    assert len(ids) == len(set(ids)) == 3
    assert ids[0] == sentence_id("Иә.")


def test_markdown_blocks_keep_kind_and_line():
    body = "Кіріспе сөйлем.\n\n## Нәтижелер\n\n- Бірінші тармақ.\n- Екінші тармақ.\n\n> Дәйексөз мұнда.\n"
    article = segment(doc(body, meta={"title": "Тақырып"}))
    assert [(b.kind, b.line) for b in article.blocks] == [("p", 1), ("h2", 3), ("li", 5), ("li", 6), ("quote", 8)]


def test_plain_text_for_translation_drops_markup():
    article = segment(doc("Бұл **маңызды** [сілтеме](https://example.org) <b>мәтін</b>.", meta={"title": "T"}))
    (sentence,) = article.sentences()
    assert sentence.plain == "Бұл маңызды сілтеме мәтін."
    assert "**" in sentence.text


def test_plain_words_of_a_sentence_without_markup_are_its_own_as_the_html_parser_reads_them():
    # A sentence with no Markdown syntax skips the parser; what the parser would drop (a NUL, a byte order
    # mark) still goes through it, and quotes, spaces and letters come out the same either way.
    assert plain_text('Министр «ҚазМұнайГаз» "Ltd" деді,  \t\n 100%.') == 'Министр «ҚазМұнайГаз» "Ltd" деді, 100%.'
    assert plain_text("\ufeffБас\x00қосу") == "Басқосу"
    assert plain_text("a & b <i>c</i>") == "a & b c"


def test_text_articles_take_their_title_from_the_lead_without_attribution():
    article = segment(doc("Министр Ташкентке барды, деп хабарлайды Kazinform агенттігі.\nЕкінші абзац.", fmt="text"))
    assert article.title.text == "Министр Ташкентке барды"
    assert lead_title(article.blocks, "kk") == "Министр Ташкентке барды"
    assert article.slug == "ministr-tashkentke-bardy"
    # The lead itself stays in the body.
    assert article.blocks[0].sentences[0].text.startswith("Министр Ташкентке барды, деп")


def test_a_heading_first_becomes_the_title_when_front_matter_has_none():
    article = segment(doc("# Кездесу өтті\n\nМәтін."))
    assert article.title.text == "Кездесу өтті"
    assert [b.kind for b in article.blocks] == ["p"]


def test_a_dateline_is_no_headline():
    for body in (
        "АСТАНА. KAZINFORM – Министр Ташкентке барды.\nЕкінші абзац.",
        "Астана, 2025 жылғы 12 наурыз. Министр Ташкентке барды, деп хабарлайды Kazinform.",
        "Астана, 2025 жылғы 12 наурыз.\nМинистр Ташкентке барды.",
        "Ташкент, 3 мамыр. /Kabar/. Министр Ташкентке барды.",
    ):
        assert segment(doc(body, fmt="text")).title.text == "Министр Ташкентке барды", body
    # A lead that merely starts with a one-word subject keeps it.
    assert segment(doc("Тоқаев Ташкентке барды. Екінші сөйлем.", fmt="text")).title.text == "Тоқаев Ташкентке барды"


def test_a_quotation_of_several_sentences_is_one_sentence_with_its_attribution():
    text = "Министр выступил. «Торговля выросла. Мы довольны», — сказал он. Встреча завершилась."
    assert split_sentences(text, "ru") == [
        "Министр выступил.",
        "«Торговля выросла. Мы довольны», — сказал он.",
        "Встреча завершилась.",
    ]
    assert split_sentences("«Су – ортақ байлық. Оны үнемдейміз», — деді ол. Келесі сөйлем.", "kk") == [
        "«Су – ортақ байлық. Оны үнемдейміз», — деді ол.",
        "Келесі сөйлем.",
    ]


def test_an_attribution_between_two_parts_of_a_quotation_ends_the_first():
    text = "«Мы поставили цель, – сказал министр. – Для этого нужно снять барьеры»."
    assert split_sentences(text, "ru") == ["«Мы поставили цель, – сказал министр.", "– Для этого нужно снять барьеры»."]


def test_a_quotation_mark_never_closed_joins_nothing():
    text = "Он сказал: «Мы готовы. Это важно. Второй абзац без кавычки."
    assert split_sentences(text, "ru") == ["Он сказал: «Мы готовы.", "Это важно.", "Второй абзац без кавычки."]


def test_a_unit_in_capitals_after_an_abbreviated_scale_word_continues_the_sentence():
    assert split_sentences("Хаб обработает до 240 тыс. TEU в год. Порт растёт.", "ru") == [
        "Хаб обработает до 240 тыс. TEU в год.",
        "Порт растёт.",
    ]
    # A sentence that ends in the scale word still ends there.
    assert split_sentences("Компании вложили более $5 млрд. Сегодня работают 4 300 предприятий.", "ru") == [
        "Компании вложили более $5 млрд.",
        "Сегодня работают 4 300 предприятий.",
    ]


def test_a_quotation_or_a_dash_after_an_abbreviated_scale_word_starts_a_sentence():
    assert split_sentences("Товарооборот составил $4,5 млрд. «Мы готовы», — сказал он.", "ru") == [
        "Товарооборот составил $4,5 млрд.",
        "«Мы готовы», — сказал он.",
    ]
    assert split_sentences("Объем достиг 5 млрд. — Это рекорд, — отметил министр.", "ru") == [
        "Объем достиг 5 млрд.",
        "— Это рекорд, — отметил министр.",
    ]
    # An abbreviation that never ends a sentence keeps its quotation: «т.н. «зеленый коридор»».
    assert split_sentences("Стороны обсудили т.н. «Зеленый коридор». Далее выступил министр.", "ru") == [
        "Стороны обсудили т.н. «Зеленый коридор».",
        "Далее выступил министр.",
    ]


def test_a_sentence_opening_with_its_date_is_a_sentence_of_its_own():
    # «18 мая …», «3 маусымда …»: reports open sentences with the day, and each may date a meeting of its own.
    assert split_sentences("Министр встретился с послом. 19 мая посол был принят Президентом.", "ru") == [
        "Министр встретился с послом.",
        "19 мая посол был принят Президентом.",
    ]
    assert len(split_sentences("Ол Түркияға барды. 3 маусымда Анкарада келіссөздер жүргізді.", "kk")) == 2
    # …while an abbreviated scale word before a number still continues its sentence.
    assert len(split_sentences("За год перевезено 2 тыс. 500 тонн груза.", "ru")) == 1
