import json
from pathlib import Path

import pytest
import yaml

from briefgen.cli import main

TEXT = "---\nlang: ru\n---\n\nОлжас Бектенов провел переговоры с Абдуллой Ариповым в Ташкенте.\n"


def test_facts_prints_json_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "talks.md"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["facts", str(path), "--format", "json", "-C", str(tmp_path)]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    [meeting] = entry["meetings"]
    assert entry["source"] == str(path)
    assert meeting["kind"] == "talks" and meeting["location"]["city"] == "Tashkent"
    assert set(meeting) == {
        "kind", "date", "location", "participants", "figures", "topics", "quotes", "outcome", "sentences"
    }  # fmt: skip


def test_facts_yaml_is_front_matter_ready(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "talks.md"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["facts", str(path), "--format", "yaml", "-C", str(tmp_path)]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["meetings"][0]["kind"] == "talks" and "sentences" not in data["meetings"][0]


def test_a_missing_file_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", str(tmp_path / "nope.md"), "-C", str(tmp_path)]) == 1
    assert "nope.md: no such file" in capsys.readouterr().err


def test_facts_explain_prints_each_fact_with_its_rule_and_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "talks.md"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["facts", str(path), "--explain", "-C", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "meeting 1: talks" in out
    # The kind comes from the Russian trigger table; the city from a city in the locative.
    assert "rule ru.talks.verb" in out and "rule place.city" in out
    assert "«Олжас Бектенов провел переговоры" in out
