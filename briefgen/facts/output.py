"""Meetings as plain data: the JSON of `briefgen facts` and site/facts.json, and the YAML editors paste
into front matter. One shape for all three, so what the tool prints is what an editor can correct."""

from __future__ import annotations

import json
import math
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from ..model import Article, Meeting


def number(value: float | None) -> float | int | None:
    """4500000000 rather than 4.5e9: whole numbers print as integers. A figure too large to be a number
    (an overflow to infinity) has no value: JSON has no Infinity, and the wording stays in `text`."""
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else value


def meeting_dict(meeting: Meeting, sentences: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": meeting.kind,
        "date": meeting.date.isoformat() if meeting.date else None,
        "location": {
            "place": meeting.location.place,
            "city": meeting.location.city,
            "country": meeting.location.country,
        },
        "participants": [
            {"name": p.name, "name_original": p.name_original, "role": p.role, "country": p.country, "host": p.host}
            for p in meeting.participants
        ],
        "figures": [
            {"value": number(f.value), "unit": f.unit, "text": f.text, "label": f.label}
            | ({"qualifier": f.qualifier} if f.qualifier else {})
            for f in meeting.figures
        ],
        "topics": list(meeting.topics),
        "quotes": [{"speaker": q.speaker, "text_original": q.text_original} for q in meeting.quotes],
        "outcome": meeting.outcome,
    }
    if sentences:
        data["sentences"] = list(meeting.sentences)
    return data


def article_dict(article: Article, source: str) -> dict[str, Any]:
    """One article's facts: its agency (a fact of the article, there with no meeting too) and meetings."""
    return {
        "article": article.slug,
        "source": source,
        "reported_by": article.reported_by.name if article.reported_by else None,
        "meetings": [meeting_dict(m) for m in article.meetings],
    }


def to_json(data: Any) -> str:
    # allow_nan=False: a non-finite number that slipped through is an error here, never invalid JSON.
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)


def facts_entry(article: Article) -> str:
    """One article's entry of site/facts.json, as the file holds it (one level in)."""
    data = {**article_dict(article, article.source.rel_path.as_posix()), "url": article.url_path}
    return textwrap.indent(to_json(data | {"title": article.title.text}), "  ")


def facts_json(articles: list[Article], entry: Callable[[Article], str] = facts_entry) -> bytes:
    """site/facts.json: every meeting of the site, article by article, in a stable order: to_json of the
    list of entries, joined from each entry's text so that a rebuild can keep the unchanged ones (`entry`
    may take them from a memo)."""
    return b"".join(facts_chunks(articles, entry))


def facts_chunks(articles: list[Article], entry: Callable[[Article], str] = facts_entry) -> Iterator[bytes]:
    """facts_json's bytes, an entry at a time, for the build to write as they come: joined whole with its
    entries, the file cost a 3,000-article rebuild 180 MB at once (22 MB of UTF-8; its text and entries as
    Python strings, two bytes a Cyrillic letter, besides)."""
    separator = b"[\n"
    for article in sorted(articles, key=lambda a: a.slug):
        yield separator + entry(article).encode("utf-8")
        separator = b",\n"
    yield b"[]\n" if separator == b"[\n" else b"\n]\n"


def front_matter_yaml(article: Article) -> str:
    """`meetings:`, and `source:` (the agency, which front matter names so) when it was read from the text,
    as an editor pastes them into the article's front matter (which cannot hold a key twice)."""
    meetings = [meeting_dict(m, sentences=False) for m in article.meetings]
    agency = article.reported_by
    source = {"source": agency.name} if agency is not None and "source" not in article.meta else {}
    return yaml.safe_dump(source | {"meetings": meetings}, allow_unicode=True, sort_keys=False, width=100)
