"""`briefgen facts FILE --explain`: the article's agency and each fact of each meeting beside the sentences
it rests on and the ids of the rules that produced it (Agency.rule, Meeting.rules; the ids are those of the
language data's rule tables or of the steps in code, such as place.venue or speaker.by_country)."""

from __future__ import annotations

from ..model import Article, Meeting
from .display import figure_text

CLIP = 70  # characters of a sentence shown beside its id


def explain(article: Article, source: str) -> str:
    texts = {s.id: s.plain for s in [article.title, *article.sentences()]}
    lines = [f"# {source}"]
    agency = article.reported_by
    if agency is not None:
        lines.append(_fact("reported by", agency.name, list(agency.sentences), [agency.rule], texts))
    if not article.meetings:
        lines.append("  no meeting")
    for n, meeting in enumerate(article.meetings, 1):
        lines.append(f"meeting {n}: {meeting.kind}")
        lines.extend(
            _fact(label, value, ids, meeting.rules.get(key), texts) for key, label, value, ids in _facts(meeting)
        )
    return "\n".join(lines) + "\n"


def _facts(meeting: Meeting) -> list[tuple[str, str, str, list[str]]]:
    """(rules key, label, value, sentence ids) of every fact of the meeting, in the fact box's order."""
    where = ", ".join(x for x in (meeting.location.place, meeting.location.city, meeting.location.country) if x)
    ev = meeting.evidence
    facts = [("kind", "kind", meeting.kind or "", ev.get("kind", []))]
    if where:
        facts.append(("location", "place", where, ev.get("location", [])))
    facts.append(("date", "date", meeting.date.isoformat() if meeting.date else "none", ev.get("date", [])))
    for p in meeting.participants:
        side = ", ".join(x for x in (p.role, p.country, "host" if p.host else "") if x)
        facts.append((f"participant:{p.name}", "participant", f"{p.name} ({side})", p.sentences))
    for i, f in enumerate(meeting.figures):
        facts.append((f"figure:{i}", "figure", f"{figure_text(f)} {f.label or ''}".strip(), f.sentences))
    facts.extend((f"topic:{t}", "topic", t, ev.get(f"topic:{t}", [])) for t in meeting.topics)
    for i, q in enumerate(meeting.quotes):
        facts.append((f"quote:{i}", "quote", f"{q.speaker or '?'}: «{q.text_original[:40]}…»", q.sentences))
    if meeting.outcome:
        facts.append(("outcome", "outcome", meeting.outcome, ev.get("outcome", [])))
    return facts


def _fact(label: str, value: str, ids: list[str], rules: list[str] | None, texts: dict[str, str]) -> str:
    why = ", ".join(rules) if rules else "front matter"
    shown = "; ".join(f"{i} «{_clip(texts.get(i, ''))}»" for i in ids[:2])
    return f"  {label:<12} {value}\n  {'':<12} rule {why}" + (f" — {shown}" if shown else "")


def _clip(text: str) -> str:
    return text if len(text) <= CLIP else text[: CLIP - 1] + "…"
