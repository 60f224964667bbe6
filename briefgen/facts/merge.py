"""Front matter `meetings:` written by editors, laid over what was extracted.

The list is read in order: the editor's first meeting completes or corrects the first one extracted,
and so on; a key the editor writes replaces the extracted value (a list whole, `location` key by key);
meetings beyond the extracted ones are added; `meetings: []` says the article reports none. The shape is
the one `briefgen facts --format yaml` prints.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import Article, ContentError, Figure, Location, Meeting, Participant, Quote

MEETING_KEYS = ("kind", "date", "location", "participants", "figures", "topics", "quotes", "outcome")


class Invalid(Exception):
    pass


def merge_front_matter(article: Article, extracted: list[Meeting]) -> tuple[list[Meeting], list[ContentError]]:
    written = article.meta.get("meetings")
    if written is None:
        return extracted, []
    path = article.source.path
    line = article.source.meta_lines.get("meetings")
    if not isinstance(written, list):
        return extracted, [
            ContentError(path, line, "meetings: expected a list of meetings", "write meetings: as a list")
        ]
    meetings = list(extracted)
    if not written:
        return [], []
    for n, item in enumerate(written):
        try:
            base = meetings[n] if n < len(meetings) else Meeting()
            merged = _apply(base, item)
        except Invalid as exc:
            return extracted, [ContentError(path, line, f"meetings: meeting {n + 1}: {exc}", _FIX)]
        if n < len(meetings):
            meetings[n] = merged
        else:
            meetings.append(merged)
    return meetings, []


_FIX = "correct it as `briefgen facts FILE --format yaml` prints meetings"


def _apply(base: Meeting, item: Any) -> Meeting:
    if not isinstance(item, dict):
        raise Invalid("expected a mapping of keys such as kind, participants, figures")
    unknown = sorted(set(item) - set(MEETING_KEYS))
    if unknown:
        raise Invalid(f"unknown key {unknown[0]!r} (known: {', '.join(MEETING_KEYS)})")
    meeting = Meeting(
        kind=base.kind,
        date=base.date,
        location=Location(base.location.place, base.location.city, base.location.country),
        participants=list(base.participants),
        figures=list(base.figures),
        topics=list(base.topics),
        quotes=list(base.quotes),
        outcome=base.outcome,
        sentences=list(base.sentences),
        evidence=dict(base.evidence),
    )
    if "kind" in item:
        meeting.kind = _text(item["kind"], "kind")
    if "date" in item:
        meeting.date = _date(item["date"])
    if "location" in item:
        location = _mapping(item["location"], "location", ("place", "city", "country"))
        for key, value in location.items():
            setattr(meeting.location, key, _text(value, f"location.{key}"))
    if "participants" in item:
        meeting.participants = [_participant(p) for p in _list(item["participants"], "participants")]
    if "figures" in item:
        meeting.figures = [_figure(f) for f in _list(item["figures"], "figures")]
    if "topics" in item:
        meeting.topics = [_required(_text(t, "topics"), "topics") for t in _list(item["topics"], "topics")]
    if "quotes" in item:
        meeting.quotes = [_quote(q) for q in _list(item["quotes"], "quotes")]
    if "outcome" in item:
        meeting.outcome = _text(item["outcome"], "outcome")
    # What an editor wrote has no sentence behind it: its links would point at the wrong wording.
    for key in ("kind", "location", "date", "outcome"):
        if key in item:
            meeting.evidence.pop(key, None)
    return meeting


def _text(value: Any, key: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    raise Invalid(f"{key}: expected text, got {type(value).__name__}")


def _required(value: str | None, key: str) -> str:
    if not value:
        raise Invalid(f"{key}: a value is required")
    return value


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise Invalid(f"date: {value!r} is not a date (write YYYY-MM-DD)") from None


def _list(value: Any, key: str) -> list[Any]:
    if not isinstance(value, list):
        raise Invalid(f"{key}: expected a list")
    return value


def _mapping(value: Any, key: str, keys: tuple[str, ...], required: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Invalid(f"{key}: expected a mapping with {', '.join(keys)}")
    unknown = sorted(set(value) - set(keys))
    if unknown:
        raise Invalid(f"{key}: unknown key {unknown[0]!r} (known: {', '.join(keys)})")
    for name in required:
        if value.get(name) in (None, ""):
            raise Invalid(f"{key}: {name} is required")
    return value


def _participant(value: Any) -> Participant:
    keys = ("name", "name_original", "role", "country", "host")
    p = _mapping(value, "participants", keys, required=("name",))
    host = p.get("host", False)
    if not isinstance(host, bool):
        raise Invalid("participants: host must be true or false")
    return Participant(
        name=_required(_text(p["name"], "participants.name"), "participants.name"),
        name_original=_text(p.get("name_original"), "participants.name_original"),
        role=_text(p.get("role"), "participants.role"),
        country=_text(p.get("country"), "participants.country"),
        host=host,
    )


def _figure(value: Any) -> Figure:
    f = _mapping(value, "figures", ("value", "unit", "text", "label", "qualifier"), required=("text",))
    number = f.get("value")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int | float)):
        raise Invalid(f"figures: value must be a number, got {number!r}")
    return Figure(
        value=float(number) if number is not None else None,
        unit=_text(f.get("unit"), "figures.unit"),
        text=_required(_text(f["text"], "figures.text"), "figures.text"),
        label=_text(f.get("label"), "figures.label"),
        qualifier=_text(f.get("qualifier"), "figures.qualifier"),
    )


def _quote(value: Any) -> Quote:
    q = _mapping(value, "quotes", ("speaker", "text_original"), required=("text_original",))
    return Quote(
        speaker=_text(q.get("speaker"), "quotes.speaker"),
        text_original=_required(_text(q["text_original"], "quotes.text_original"), "quotes.text_original"),
    )
