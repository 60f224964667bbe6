"""Articles for the facts tests, built in code."""

from __future__ import annotations

from pathlib import Path

from briefgen.config import Config
from briefgen.facts import extract_meetings, load_gazetteer
from briefgen.load import read_document
from briefgen.model import Article, Meeting
from briefgen.segment import segment


def article(tmp_path: Path, body: str, name: str = "a.md") -> Article:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return segment(read_document(path, tmp_path, "kk"))


def meetings(tmp_path: Path, body: str, name: str = "a.md") -> list[Meeting]:
    return extract_meetings(article(tmp_path, body, name), load_gazetteer(Config()))
