from briefgen.facts.topics import topics_of


def test_topics_from_stems_in_both_languages() -> None:
    assert topics_of("тауар айналымы мен транзиттік көлік әлеуеті") == ["trade", "transport and transit"]
    assert topics_of("водно-энергетическое сотрудничество") == ["water", "energy"]


def test_a_stem_must_start_a_word() -> None:
    assert "agriculture" not in topics_of("ынтымақтастық нығайды")
