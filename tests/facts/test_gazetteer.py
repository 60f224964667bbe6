from pathlib import Path

import pytest

from briefgen.facts.gazetteer import load_gazetteer_files, tokenize
from briefgen.model import ContentProblem


def found(text: str, lang: str, extra: list[Path] | None = None) -> list[tuple[str, str]]:
    gazetteer = load_gazetteer_files(extra or [])
    return [(m.entry.kind, m.entry.name) for m in gazetteer.find(tokenize(text, lang))]


def test_finds_inflected_people_offices_and_places() -> None:
    assert found("Ташкентте Өзбекстан Президенті Шавкат Мирзиёев қабылдады", "kk") == [
        ("city", "Tashkent"),
        ("country", "UZ"),
        ("title", "president"),
        ("person", "Shavkat Mirziyoyev"),
    ]
    assert ("person", "Kokhir Rasulzoda") in found("с Премьер-министром Таджикистана Кохиром Расулзода", "ru")


def test_countries_come_from_cldr_and_lowercase_words_are_not_names() -> None:
    assert found("Беларусь пен Моңғолия", "kk") == [("country", "BY"), ("country", "MN")]
    assert found("после того", "ru") == []


def test_a_site_file_adds_people(tmp_path: Path) -> None:
    extra = tmp_path / "people.yaml"
    extra.write_text("people:\n  - {name: Aigul Test, role: akim, country: KZ, variants: [Айгүл Тест]}\n", "utf-8")
    assert ("person", "Aigul Test") in found("Айгүл Тестпен кездесті", "kk", [extra])


def test_a_broken_site_file_is_one_clear_error(tmp_path: Path) -> None:
    extra = tmp_path / "people.yaml"
    extra.write_text("people: [\n", "utf-8")
    with pytest.raises(ContentProblem) as problem:
        load_gazetteer_files([extra])
    assert "people.yaml" in str(problem.value) and "not valid YAML" in str(problem.value)


def test_a_country_is_found_by_its_adjective_in_either_language() -> None:
    gazetteer = load_gazetteer_files([])
    for text, lang, code in (("глава венгерского МИД", "ru", "HU"), ("жапон тарапы", "kk", "JP")):
        found = {(m.entry.kind, m.entry.name) for m in gazetteer.find(tokenize(text, lang))}
        assert ("adjective", code) in found, text


def test_cities_come_from_cldr_time_zones_in_either_language() -> None:
    assert ("city", "Bangkok") in found("Бангкокта өтті", "kk")
    assert ("city", "Jakarta") in found("переговоры в Джакарте", "ru")
    # Asia/Qatar's exemplar city is the country's name: it stays a country.
    assert found("Катар", "ru") == [("country", "QA")]


def test_a_venue_written_with_a_common_word_first_matches_in_lowercase() -> None:
    assert found("встреча на набережной Орсе", "ru") == [("venue", "Quai d'Orsay")]
    assert found("во дворце Бельвю", "ru") == [("venue", "Bellevue Palace")]


def test_cldr_spellings_of_a_city_stay_beside_the_gazetteers_own() -> None:
    # The gazetteer spells Istanbul «Ыстамбұл»; CLDR's Kazakh «Стамбұл» still finds it.
    assert found("Стамбұлда өтті", "kk") == [("city", "Istanbul")]
    assert found("в Риме", "ru") == [("city", "Rome")]


def test_a_surname_alone_is_not_read_as_a_common_word_it_declines_like() -> None:
    from briefgen.facts.gazetteer import Entry, Gazetteer

    gazetteer = Gazetteer()
    entry = Entry("person", "Aidar Saparov", {"variants": ["Айдар Сапаров"]})
    gazetteer.add(entry, "Сапаров", shown="Айдар Сапаров")
    assert gazetteer.find(tokenize("Сапар басталды", "kk")) == []
    assert [m.entry.name for m in gazetteer.find(tokenize("Сапаровпен кездесті", "kk"))] == ["Aidar Saparov"]


def test_a_province_knows_the_city_its_administration_sits_in() -> None:
    provinces = {e.name: e.data.get("seat") for e in load_gazetteer_files([]).entries if e.kind == "province"}
    assert provinces["Karaganda Region"] == "Karaganda"
    assert provinces["Ulytau Region"] == "Zhezkazgan"
    cities = {e.name for e in load_gazetteer_files([]).entries if e.kind == "city"}
    assert {seat for seat in provinces.values() if seat} <= cities


def test_each_country_has_at_most_one_capital() -> None:
    capitals = [str(e.data["country"]) for e in load_gazetteer_files([]).entries if e.data.get("capital")]
    assert len(capitals) == len(set(capitals))
    assert "KZ" in capitals
