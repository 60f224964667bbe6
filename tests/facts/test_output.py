import json
from pathlib import Path

from briefgen.facts.display import figure_text
from briefgen.facts.output import facts_json
from briefgen.model import Figure

from .helpers import article, meetings

TEXT = "---\nlang: ru\n---\n\nОлжас Бектенов встретился с Абдуллой Ариповым. Товарооборот составил $4,5 млрд.\n"


def test_figures_read_as_english_press_writes_them() -> None:
    assert figure_text(Figure(4.5e9, "USD", "$4,5 млрд")) == "US$4.5 billion"
    assert figure_text(Figure(1e10, "EUR", "10 млрд евро")) == "€10 billion"
    assert figure_text(Figure(3e8, "KZT", "300 млн теңге")) == "300 million KZT"
    assert figure_text(Figure(255, "items", "255 позиция")) == "255 items"
    assert figure_text(Figure(8.6, "percent", "8,6%")) == "8.6%"


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
