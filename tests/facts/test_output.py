import json
from pathlib import Path

from briefgen.facts.output import facts_json

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
