from pathlib import Path

from briefgen.facts.merge import merge_front_matter
from briefgen.facts.output import front_matter_yaml, meeting_dict
from briefgen.model import Meeting, Participant

from .helpers import article, meetings

BODY = "Олжас Бектенов кездесті.\n"


def test_editors_override_and_add(tmp_path: Path) -> None:
    doc = article(
        tmp_path,
        "---\nlang: kk\nmeetings:\n  - kind: talks\n    location: {city: Tashkent}\n  - kind: signing\n---\n\n" + BODY,
    )
    extracted = [Meeting(kind="meeting", participants=[Participant("Olzhas Bektenov")])]
    merged, errors = merge_front_matter(doc, extracted)
    assert errors == []
    assert [m.kind for m in merged] == ["talks", "signing"]
    assert merged[0].location.city == "Tashkent"
    assert merged[0].participants[0].name == "Olzhas Bektenov"


def test_an_empty_list_means_no_meetings(tmp_path: Path) -> None:
    doc = article(tmp_path, "---\nlang: kk\nmeetings: []\n---\n\n" + BODY)
    assert merge_front_matter(doc, [Meeting(kind="meeting")]) == ([], [])


def test_a_bad_entry_is_one_error_with_file_and_line(tmp_path: Path) -> None:
    doc = article(tmp_path, "---\nlang: kk\ntitle: T\nmeetings:\n  - participants: [{role: president}]\n---\n\n" + BODY)
    kept = [Meeting(kind="meeting")]
    merged, [error] = merge_front_matter(doc, kept)
    assert merged == kept
    assert error.line == 4 and "name is required" in error.message and str(error.path).endswith("a.md")


def test_what_briefgen_facts_prints_pastes_back_unchanged(tmp_path: Path) -> None:
    text = "Олжас Бектенов провел переговоры с Абдуллой Ариповым в Ташкенте. Товарооборот составил $4,5 млрд.\n"
    source = article(tmp_path, "---\nlang: ru\n---\n\n" + text, "a.md")
    source.meetings = meetings(tmp_path, "---\nlang: ru\n---\n\n" + text, "a.md")
    pasted = article(tmp_path, "---\nlang: ru\n" + front_matter_yaml(source) + "---\n\n" + text, "b.md")
    merged, errors = merge_front_matter(pasted, [])
    assert errors == []
    assert [meeting_dict(m, sentences=False) for m in merged] == [
        meeting_dict(m, sentences=False) for m in source.meetings
    ]
