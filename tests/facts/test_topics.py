from briefgen.facts.topics import topics_of


def test_topics_from_stems_in_both_languages() -> None:
    assert topics_of("тауар айналымы мен транзиттік көлік әлеуеті") == ["trade", "transport and transit"]
    assert topics_of("водно-энергетическое сотрудничество") == ["water", "energy"]


def test_a_stem_must_start_a_word() -> None:
    assert "agriculture" not in topics_of("ынтымақтастық нығайды")


def test_figures_of_speech_and_lookalike_stems_are_not_topics() -> None:
    assert topics_of("Министр рассказал об улучшении инвестиционного климата") == []
    assert "energy" not in topics_of("Шекарада электрондық кезек жүйесі енгізіледі")


def test_doctors_schools_and_metallurgy() -> None:
    assert topics_of("Дәрігерлердің біліктілігін арттыру мәселесі қаралды") == ["health"]
    assert topics_of("Жастар жоғары оқу орындарында білім алады") == ["education"]
    assert topics_of("проекты в горно-металлургической отрасли") == ["industry"]


def test_nuclear_fuel_is_energy() -> None:
    assert topics_of("уран өндіру саласындағы ынтымақтастық") == ["energy"]
