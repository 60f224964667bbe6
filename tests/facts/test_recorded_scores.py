"""The floor: no annotated set may score more than 0.02 below the micro-F1 recorded for it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefgen.config import Config

from .score import HERE, Tally, corpus_files, score_file, table

RECORDED = yaml.safe_load((HERE / "recorded_scores.yaml").read_text(encoding="utf-8"))
TOLERANCE = 0.02


def test_every_annotated_set_has_a_recorded_score() -> None:
    sets = {p.parent.name for p in HERE.glob("*/*.expected.yaml")}
    assert sets <= set(RECORDED), f"record the first score of {sorted(sets - set(RECORDED))} in recorded_scores.yaml"


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_the_set_keeps_its_recorded_score(name: str) -> None:
    folder: Path = HERE / name
    files = corpus_files(folder)
    assert files, f"{folder} holds no annotated reports"
    tally = Tally()
    for article, expected in files:
        score_file(article, expected, tally, Config())
    f1 = tally.scores()[2]
    floor = RECORDED[name] - TOLERANCE
    assert f1 >= floor, f"{name}: F1 {f1:.3f} fell below {floor:.3f} (recorded {RECORDED[name]:.3f})\n{table(tally)}"
