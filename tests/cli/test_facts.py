"""`briefgen facts`: the meetings of files, folders and globs, as JSON, YAML or CSV for a spreadsheet."""

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from briefgen.cli import main

TEXT = "---\nlang: ru\n---\n\nОлжас Бектенов провел переговоры с Абдуллой Ариповым в Ташкенте.\n"


@pytest.fixture
def talks(tmp_path: Path) -> Path:
    path = tmp_path / "content" / "talks.md"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_facts_prints_json_per_file(talks, capsys):
    assert main(["facts", str(talks), "--format", "json", "-C", str(talks.parents[1])]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    [meeting] = entry["meetings"]
    assert entry["source"] == str(talks)
    assert meeting["kind"] == "talks" and meeting["location"]["city"] == "Tashkent"
    assert set(meeting) == {
        "kind", "date", "location", "participants", "figures", "topics", "quotes", "outcome", "sentences"
    }  # fmt: skip


def test_facts_yaml_is_front_matter_ready(talks, capsys):
    assert main(["facts", str(talks), "--format", "yaml", "-C", str(talks.parents[1])]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["meetings"][0]["kind"] == "talks" and "sentences" not in data["meetings"][0]


def test_csv_has_a_row_per_participant_with_the_counterparts_and_a_bom(talks, capsysbinary):
    assert main(["facts", str(talks.parent), "--format", "csv", "-C", str(talks.parents[1])]) == 0
    raw = capsysbinary.readouterr().out
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: what makes Excel read Cyrillic right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 2 and {r["source"] for r in rows} == {str(talks)}
    assert rows[0]["title"].startswith("Олжас Бектенов провел переговоры")
    assert all(r["kind"] == "talks" and r["city"] == "Tashkent" for r in rows)
    for row, other in (rows, rows[::-1]):
        assert row["participant"] and row["counterparts"] == other["participant"]


def test_a_folder_is_read_as_a_build_reads_it(tmp_path, talks, capsys):
    (talks.parent / "_drafts").mkdir()
    (talks.parent / "_drafts" / "draft.md").write_text(TEXT, encoding="utf-8")
    (talks.parent / "talks.en.md").write_text("The parties held talks.\n", encoding="utf-8")
    assert main(["facts", str(talks.parent), "-C", str(tmp_path)]) == 0
    assert [entry["source"] for entry in json.loads(capsys.readouterr().out)] == [str(talks)]


def test_a_glob_is_expanded_when_the_shell_did_not(tmp_path, talks, capsys):
    (talks.parent / "2026").mkdir()
    (talks.parent / "2026" / "more.md").write_text(TEXT, encoding="utf-8")
    assert main(["facts", str(talks.parent / "**" / "*.md"), "-C", str(tmp_path)]) == 0
    sources = sorted(Path(e["source"]).name for e in json.loads(capsys.readouterr().out))
    assert sources == ["more.md", "talks.md"]


def test_a_sidecar_is_skipped_with_the_reason(tmp_path, talks, capsys):
    sidecar = talks.parent / "talks.en.md"
    sidecar.write_text("The parties held talks.\n", encoding="utf-8")
    assert main(["facts", str(sidecar), str(talks), "-C", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert f"note: {sidecar}: skipped — a .en file is the human translation of its article" in err
    assert len(json.loads(out)) == 1


def test_a_missing_file_is_one_error_line_and_the_others_still_print(tmp_path, talks, capsys):
    assert main(["facts", str(tmp_path / "nope.md"), str(talks), "-C", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    expected = f"error: {tmp_path / 'nope.md'}: no such file — give the path of an article, a folder or a glob"
    assert err.strip() == expected
    assert len(json.loads(out)) == 1


def test_facts_explain_prints_each_fact_with_its_rule_and_sentence(talks, capsys):
    assert main(["facts", str(talks), "--explain", "-C", str(talks.parents[1])]) == 0
    out = capsys.readouterr().out
    assert "meeting 1: talks" in out
    # The kind comes from the Russian trigger table; the city from a city in the locative.
    assert "rule ru.talks.verb" in out and "rule place.city" in out
    assert "«Олжас Бектенов провел переговоры" in out
