import datetime as dt

from briefgen.render.headline import generate

from .conftest import make_article, person, talks

BEKTENOV = person("Olzhas Bektenov", "prime minister", "Kazakhstan")
MIRZIYOYEV = person("Shavkat Mirziyoyev", "president", "Uzbekistan", host=True)


def test_a_reception_reads_as_who_received_whom_where_and_when():
    meeting = talks(BEKTENOV, MIRZIYOYEV, kind="reception", city="Tashkent", date=dt.date(2026, 3, 14))
    generated = generate(make_article("a", meetings=[meeting]))
    assert generated.headline == "Shavkat Mirziyoyev receives Olzhas Bektenov"
    assert generated.lead == (
        "Prime Minister Olzhas Bektenov of Kazakhstan was received by President Shavkat Mirziyoyev of Uzbekistan"
        " in Tashkent on 14 March 2026."
    )


def test_without_a_host_every_participant_is_named_and_offices_keep_their_small_words():
    minister = person("Murat Nurtleu", "deputy prime minister and minister of foreign affairs", "Kazakhstan")
    call = talks(minister, person("Kaja Kallas"), kind="phone call")
    generated = generate(make_article("b", date=dt.date(2025, 2, 11), meetings=[call]))
    assert generated.headline == "Murat Nurtleu and Kaja Kallas speak by phone"
    assert generated.lead == (
        "Deputy Prime Minister and Minister of Foreign Affairs Murat Nurtleu of Kazakhstan and Kaja Kallas"
        " spoke by phone on 11 February 2025."
    )


def test_an_article_without_people_in_its_meetings_gets_no_generated_headline():
    assert generate(make_article("c")) is None
    assert generate(make_article("d", meetings=[talks(kind="summit", city="Astana")])) is None


def test_a_country_or_union_built_on_a_common_noun_takes_the():
    envoy = person("Kaja Kallas", "high representative", "European Union")
    minister = person("Marco Rubio", "secretary of state", "United States")
    generated = generate(make_article("e", date=dt.date(2025, 2, 11), meetings=[talks(envoy, minister)]))
    assert "Kaja Kallas of the European Union" in generated.lead
    assert "Marco Rubio of the United States" in generated.lead
    assert "Olzhas Bektenov of Kazakhstan" in generate(make_article("f", meetings=[talks(BEKTENOV, MIRZIYOYEV)])).lead
