import json
from pathlib import Path

from briefgen.facts.output import facts_json, to_json

from .helpers import article, meetings

TEXT = "---\nlang: ru\n---\n\nОлжас Бектенов встретился с Абдуллой Ариповым. Товарооборот составил $4,5 млрд.\n"


def test_facts_json_is_stable_and_lists_every_meeting(tmp_path: Path) -> None:
    doc = article(tmp_path, TEXT)
    doc.meetings = meetings(tmp_path, TEXT)
    first, second = facts_json([doc]), facts_json([doc])
    assert first == second
    [entry] = json.loads(first)
    [meeting] = entry["meetings"]
    assert entry["article"] == doc.slug
    assert meeting["figures"] == [{"label": "trade turnover", "text": "$4,5 млрд", "unit": "USD", "value": 4500000000}]
    assert {p["name"] for p in meeting["participants"]} == {"Olzhas Bektenov", "Abdulla Aripov"}


def test_facts_json_joined_from_entries_is_the_json_of_the_whole_list(tmp_path: Path) -> None:
    """A rebuild joins entries kept from the last build: the bytes must be those of encoding the list."""
    docs = []
    for name, text in (("b", TEXT), ("a", TEXT.replace("$4,5", "$7"))):
        doc = article(tmp_path, text, name=f"{name}.md")
        doc.meetings = meetings(tmp_path, text, name=f"{name}.md")
        docs.append(doc)
    whole = to_json(json.loads(facts_json(docs)))
    assert facts_json(docs) == (whole + "\n").encode("utf-8")
    assert [entry["article"] for entry in json.loads(facts_json(docs))] == sorted(d.slug for d in docs)
    assert facts_json([]) == b"[]\n"
