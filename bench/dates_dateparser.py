"""Our date grammar (briefgen/facts/dates.py) against dateparser, on the annotated sets.

    pip install 'dateparser==1.5.0'
    python bench/dates_dateparser.py            # date coverage and time with our grammar
    python bench/dates_dateparser.py dateparser # the same with dateparser reading the dates

The meeting logic stays ours either way (which sentence dates a meeting, the dateline, background and
planned clauses, «сол күні» / «в тот же день» against the meeting before, which dateparser has no word
for); only the reading of the date expressions changes: dateparser's `search_dates` with the article's
day as RELATIVE_BASE, dates from the past preferred, day and month required.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import briefgen.facts.dates as dates  # noqa: E402
from briefgen.model import Article  # noqa: E402

SETTINGS: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}


def parse(text: str, lang: str, base: dt.date | None) -> list[tuple[int, int, dt.date]]:
    from dateparser.search import search_dates

    settings = dict(SETTINGS, RELATIVE_BASE=dt.datetime.combine(base or dt.date(2025, 6, 1), dt.time()))
    found: list[tuple[int, int, dt.date]] = []
    pos = 0
    for sub, when in search_dates(text, languages=[lang], settings=settings) or []:
        at = text.find(sub, pos)
        pos = at + len(sub) if at >= 0 else pos
        found.append((at, at + len(sub), when.date()))
    return found


def read_with_dateparser(article: Article, words: dates.DateWords, reference: dt.date | None) -> Any:
    sentences = article.sentences()
    ids: dict[str, int] = {}
    for i, s in enumerate(sentences):
        ids.setdefault(s.id, i)
    end, dated = 0, None
    place = dates.DATELINE_PLACE.match(sentences[0].plain) if sentences else None
    if place:
        first = parse(sentences[0].plain, article.lang, article.date or reference)
        if first and first[0][0] == place.end():
            end, dated = first[0][1], first[0][2]
    today = dated or article.date or reference
    mentions = []
    for i, s in enumerate(sentences):
        found = [dates.Mention(a, "date", d.day, d.month, d.year) for a, _, d in parse(s.plain, article.lang, today)]
        found += [m for m in dates.find_dates(s.plain, words) if m.kind == "chained"]
        found.sort(key=lambda m: m.start)
        mentions.append([m for m in found if (i or m.start >= end) and not dates._planned(s.plain, m.start, words)])
    background = [bool(words.background and words.background.search(s.plain)) for s in sentences]
    return dates._Reading(ids, mentions, background, today, dated, 0, article.date)


def main() -> None:
    if "dateparser" in sys.argv[1:]:
        dates._read = read_with_dateparser
    from briefgen.config import Config
    from tests.facts.score import SETS, Tally, corpus_files, score_file

    config = Config()
    for label, folder in SETS:
        tally = Tally()
        started = time.perf_counter()
        for article, expected in corpus_files(folder):
            score_file(article, expected, tally, config)
        share = tally.dates_right / tally.dates_expected if tally.dates_expected else 0.0
        print(
            f"{folder.name:<10} date right on {tally.dates_right:>2} of {tally.dates_expected:>2} ({share:.0%}), "
            f"date F1 {tally.scores('date')[2]:.3f}, {time.perf_counter() - started:.1f}s  ({label})"
        )


if __name__ == "__main__":
    main()
