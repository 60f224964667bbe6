"""The extractor against the annotated corpus and the real sample (scorer: tests/facts/score.py)."""

from __future__ import annotations

import pytest

from briefgen.config import Config

from .score import SAMPLE, SAMPLE_EXPECTED, Tally, corpus_files, score_file, table

# Issue 4's target: overall F1 at least 0.9 over every field of every annotated report.
MIN_CORPUS_F1 = 0.9


def test_the_corpus_scores_f1_of_at_least_0_9() -> None:
    files = corpus_files()
    assert len(files) >= 15, "the corpus should hold at least 15 annotated reports"
    tally = Tally()
    for article, expected in files:
        score_file(article, expected, tally, Config())
    assert tally.scores()[2] >= MIN_CORPUS_F1, table(tally)


def test_the_sample_comes_out_fully_right() -> None:
    if not SAMPLE.exists():
        pytest.skip(f"the shared sample is not at {SAMPLE}")
    tally = Tally()
    score_file(SAMPLE, SAMPLE_EXPECTED, tally, Config())
    assert tally.misses == [], "\n".join(tally.misses)
    # Both meetings, three people with names, roles and countries, Tashkent, two money figures, two quotes.
    assert tally.tp["kind"] == 2 and tally.tp["participants"] == 4 and tally.tp["quotes"] == 2
    assert tally.tp["figures"] == 3
