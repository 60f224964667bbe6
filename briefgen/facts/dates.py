"""When each meeting took place: dates read from the dateline, the text or the front matter.

`date_meetings(article, meetings, reference)` gives every meeting the date its article states for it:

- in its opening sentence: «12 наурызда», «3-4 апреля», «2025 жылғы 12 наурызда», «12.03.2025», a
  relative word («кеше», «вчера», «бүгін», «сегодня»), a weekday («дүйсенбіде», «в понедельник»), or a
  word that dates it against the meeting before, or the day last stated («сол күні», «на следующий день»);
- else the date of the meeting reported before it (a report tells one day's meetings in order);
- else the nearest date stated before its opening sentence, in a sentence that recalls nothing earlier
  («Напомним, …», «Бұған дейін …» open a background sentence, whose date is another event's);
- else the dateline's date («АСТАНА, 12 наурыз. KAZINFORM», «Бишкек, 14.10.25. /Кабар/.»), or the date of
  a line that holds only a date, as a page copied from a site has one above or below the text;
- else the front matter `date`; else none (a report that gives no date gets none).

Dates later in a meeting's own text are not taken: there they are mostly another event's (an agreement
«2024 жылғы 5 мамырда қол қойылған», a guest's arrival the day before).
A date in a clause that tells of an event to come («Мерц 2–3 наурызда … келеді», «посетит … 3–4 ноября»)
dates no meeting, and a meeting whose opening sentence recalls an earlier event takes no date but its own.

Relative words and weekdays count from the article's own day: its dateline, else its front matter date,
else `reference` (the caller's: the file's modification date, else the build date; this module reads no
clock). A date without a year takes the year that puts it from ten months before that day to two months after.

Month names, weekdays and relative words are language data: the `dates` section of the language pack
(briefgen/lang/data/<lang>.dates.yaml).

Why a grammar of our own and not dateparser: measured with bench/dates_dateparser.py (dateparser 1.5.0
reading the date expressions, the meeting logic here around both), dateparser dates 29 of 35 corpus
meetings against our 35, and 11 of 24 against 24 on heldout6, and is lower on every annotated set but
one where they tie; it also takes about half as long again over the whole score run. It knows Kazakh
months in the nominative only («15 шілде»), so it misses what Kazakh reports write: the locative and
attributive («15 шілдеде», «наурыздағы»), «2025 жылғы 12 наурызда», weekdays with a case ending or
«күні» («дүйсенбіде», «сенбі күні»), day ranges («3-4 апреля»), and it has no word for «сол күні».
Our grammar is one table per language and four patterns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..lang import derived_from_packs, pack
from ..lang.patterns import read_dateline
from ..model import Article, Meeting

NUMERIC = r"(?<![\d.])(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>\d{4}|\d{2})(?!\d)"
ISO = r"(?<!\d)(?P<iyear>\d{4})-(?P<imonth>\d{2})-(?P<iday>\d{2})(?!\d)"
# «12-ші наурыз», «3-4 апреля», «2–3 наурызда»: the range's end and the ordinal ending (the pack's
# `ordinal_endings`) are read past.
DAY = r"(?P<day>\d{1,2})(?:\s?[-–—]\s?\d{1,2}(?!\d))?"
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
CLAUSE_BREAK = re.compile(r"[,;:]|\s[—–-]\s")
# How far before and after the article's own day a date without a year may lie.
BEHIND, AHEAD = dt.timedelta(days=304), dt.timedelta(days=61)
# A report tells of encounters of its own last days (every annotated one within three days of its date): one
# its text dates further back than this is recalled, not reported.
LONG_BEFORE = dt.timedelta(days=10)
Kind = Literal["date", "relative", "weekday", "chained"]


@dataclass(frozen=True)
class DateWords:
    """One language's date words, compiled into a single pattern."""

    pattern: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    chained: dict[str, int]
    background: re.Pattern[str] | None
    planned: re.Pattern[str] | None


@dataclass(frozen=True)
class Mention:
    """A date as written, before it is placed in time."""

    start: int
    kind: Kind
    day: int = 0
    month: int = 0
    year: int | None = None
    offset: int = 0  # relative and chained: days from the article's day or from the meeting before

    def resolve(self, today: dt.date | None, previous: dt.date | None) -> dt.date | None:
        if self.kind == "chained":
            # «Сол күні», «в тот же день» count from the meeting before (or the day last stated): after one
            # the article leaves undated, the next is as undated, not dated by the day it is read.
            return previous + dt.timedelta(days=self.offset) if previous else None
        if self.kind == "date":
            return _calendar_date(self.year, self.month, self.day, today)
        if today is None:
            return None
        if self.kind == "relative":
            return today + dt.timedelta(days=self.offset)
        # A weekday names the latest such day not after the article's own (a report tells what was done).
        return today - dt.timedelta(days=(today.weekday() - self.offset) % 7)


def _calendar_date(year: int | None, month: int, day: int, near: dt.date | None) -> dt.date | None:
    if year is not None:
        return _valid(year + 2000 if year < 100 else year, month, day)
    if near is None:
        return None
    # The year that puts it from ten months before the article's day to two months after: a report tells
    # of what was done, or of what comes within weeks («28 желтоқсанда» read on 3 January is last year's,
    # «5 января» read on 20 December next year's, «15 шілдеде» read on 20 May this year's).
    candidates = [d for y in (near.year - 1, near.year, near.year + 1) if (d := _valid(y, month, day))]
    return max((d for d in candidates if near - BEHIND <= d <= near + AHEAD), default=None)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _alternatives(words: list[str]) -> str:
    # Longest first, so that «сейсенбі» is not read as «сенбі» and «марте» not as «март».
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@derived_from_packs
def date_words(lang: str) -> DateWords | None:
    """The date words of a language, or None when briefgen has none for it."""
    data = pack(lang).section("dates")
    if not data:
        return None
    endings = f"(?:{_alternatives(data['endings'])})?" if data.get("endings") else ""
    months = {k.casefold(): v for k, v in data["months"].items()}
    weekdays = {k.casefold(): v for k, v in data["weekdays"].items()}
    relative = {k.casefold(): v for k, v in data["relative"].items()}
    chained = {k.casefold(): v for k, v in data["chained"].items()}
    year_words = _alternatives(data["year_words"])
    ordinal = f"(?:-(?:{_alternatives(data['ordinal_endings'])}))?" if data.get("ordinal_endings") else ""
    month = rf"(?P<month>{_alternatives(list(months))}){endings}(?!\w)"
    before = rf"(?:(?P<year1>\d{{4}})\s+(?:{year_words})\s+)?"
    after = rf"(?:,?\s+(?P<year2>\d{{4}})(?:\s*(?:{year_words}))?(?!\w))?"
    pattern = "|".join(
        [
            NUMERIC,
            ISO,
            rf"{before}(?<![\d.]){DAY}{ordinal}[\s-]+{month}{after}",
            rf"(?<!\w)(?P<weekday>{_alternatives(list(weekdays))}){endings}(?!\w)",
            rf"(?<!\w)(?P<chained>{_alternatives(list(chained))})(?!\w)",
            rf"(?<!\w)(?P<relative>{_alternatives(list(relative))})(?!\w)",
        ]
    )
    background, planned = data.get("background"), data.get("planned")
    return DateWords(
        re.compile(pattern, re.IGNORECASE),
        months,
        weekdays,
        relative,
        chained,
        re.compile(rf"^\W*(?:{_alternatives(background)})(?!\w)", re.IGNORECASE) if background else None,
        re.compile(rf"(?<!\w)(?:{_alternatives(planned)})", re.IGNORECASE) if planned else None,
    )


def names_a_day(word: str, lang: str) -> bool:
    """Whether a word alone names a day, in any case form: a weekday, a relative day, a month («Сейсенбіде», «Кеше»,
    «Жұмада», «Наурызда»). Capitalised first in its sentence, it is no name of a place or a region."""
    words = date_words(lang)
    if words is None:
        return False
    lowered = word.casefold()
    if find_dates(lowered, words):
        return True
    # A month alone (no day before it) is no date mention, but names no place either.
    return any(lowered.startswith(month) and len(lowered) - len(month) <= 4 for month in words.months)


def find_dates(text: str, words: DateWords) -> list[Mention]:
    """Every date mention in a text, in order."""
    found: list[tuple[Mention, int]] = []
    for m in _date_matches(words.pattern, text):
        mention = _mention(m, words)
        if mention is None:
            continue
        if mention.kind in ("weekday", "relative") and m.group()[0].isupper() and _mid_clause(text, m.start()):
            continue  # «Жұма Қасымов»: a name, not a Friday
        written_with = (
            found and found[-1][0].kind in ("weekday", "relative") and not text[found[-1][1] : m.start()].strip(" ,")
        )
        if mention.kind == "date" and written_with:
            found.pop()  # «в среду, 13 мая»: the calendar date says which Wednesday
        found.append((mention, m.end()))
    return [mention for mention, _ in found]


@lru_cache(maxsize=64)
def _date_matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """The date pattern's matches in a text: an article's sentences are scanned for a date line, then each for
    its dates, and the scan is the cost of both (a Match is immutable: the one kept is as good as a new one)."""
    return tuple(pattern.finditer(text))


def _mid_clause(text: str, at: int) -> bool:
    """Whether a word at `at` follows another word of its clause (not a dash, colon, quote or start)."""
    before = text[:at].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _mention(m: re.Match[str], words: DateWords) -> Mention | None:
    start = m.start()
    if m.group("nday"):
        return Mention(start, "date", int(m.group("nday")), int(m.group("nmonth")), int(m.group("nyear")))
    if m.group("iyear"):
        return Mention(start, "date", int(m.group("iday")), int(m.group("imonth")), int(m.group("iyear")))
    if m.group("month"):
        year = m.group("year1") or m.group("year2")
        month = words.months[m.group("month").casefold()]
        return Mention(start, "date", int(m.group("day")), month, int(year) if year else None)
    if m.group("weekday"):
        return Mention(start, "weekday", offset=words.weekdays[m.group("weekday").casefold()])
    if m.group("chained"):
        return Mention(start, "chained", offset=words.chained[m.group("chained").casefold()])
    return Mention(start, "relative", offset=words.relative[m.group("relative").casefold()])


def dateline(text: str, words: DateWords, reference: dt.date | None) -> tuple[int, dt.date | None]:
    """Where a dateline's date ends in an article's first sentence, and the date («АСТАНА, 12 наурыз –»):
    the dateline is read by briefgen/lang/patterns.py, its date by this language's words."""
    opening = read_dateline(text)
    if opening is None or opening.date is None:
        return 0, None
    start, end = opening.date
    m = words.pattern.match(text, start)
    mention = _mention(m, words) if m else None
    # The date is all the dateline holds between its place and its agency: «Напомним, 3 марта министры …»
    # is a sentence.
    if m is None or mention is None or mention.kind != "date" or text[m.end() : end].strip():
        return 0, None
    return m.end(), mention.resolve(reference, None)


def date_line(text: str, words: DateWords, reference: dt.date | None) -> dt.date | None:
    """The date of a line that holds nothing else, as a site prints its page's («12:45, 12 наурыз 2025»,
    «22.04.2020 | 15:03», «Сенбі, 20 қыркүйек, 2014 жыл»)."""
    found = [(m, _mention(m, words)) for m in _date_matches(words.pattern, text)]
    dated = next((mention for _, mention in found if mention is not None and mention.kind == "date"), None)
    if dated is None:
        return None
    rest = CLOCK.sub("", words.pattern.sub("", text))
    return None if any(ch.isalnum() for ch in rest) else dated.resolve(reference, None)


@dataclass
class _Reading:
    """An article's sentences with the dates they state, and its own day."""

    ids: dict[str, int]
    mentions: list[list[Mention]]
    background: list[bool]  # recalls an earlier event
    today: dt.date | None  # what relative words and weekdays count from
    dateline: dt.date | None  # the dateline's, else a date line's (the day the report was published)
    dateline_at: int  # the sentence that holds it
    front_matter: dt.date | None


def _read(article: Article, words: DateWords, reference: dt.date | None) -> _Reading:
    sentences = article.sentences()
    ids: dict[str, int] = {}
    for i, s in enumerate(sentences):
        ids.setdefault(s.id, i)
    base = article.date or reference
    end, dated = dateline(sentences[0].plain, words, base) if sentences else (0, None)
    at = 0
    if dated is None:
        at, dated = next(((i, d) for i, s in enumerate(sentences) if (d := date_line(s.plain, words, base))), (0, None))
    mentions = [
        [m for m in find_dates(s.plain, words) if (i or m.start >= end) and not _planned(s.plain, m.start, words)]
        for i, s in enumerate(sentences)
    ]
    background = [bool(words.background and words.background.search(s.plain)) for s in sentences]
    return _Reading(ids, mentions, background, dated or article.date or reference, dated, at, article.date)


def _planned(text: str, at: int, words: DateWords) -> bool:
    """Whether the clause around a date tells of an event to come («… посетит Казахстан 3–4 ноября»)."""
    if words.planned is None:
        return False
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, at)]
    end = CLAUSE_BREAK.search(text, at)
    return bool(words.planned.search(text, starts[-1] if starts else 0, end.start() if end else len(text)))


def _first(reading: _Reading, index: int, previous: dt.date | None) -> tuple[dt.date, Kind] | None:
    """The first date a sentence states that can be placed in time, and how it is written."""
    return next(
        ((d, m.kind) for m in reading.mentions[index] if (d := m.resolve(reading.today, previous)) is not None),
        None,
    )


# A date, the sentence that gives it (None: the front matter) and the id of the rule that found it
# (what `briefgen facts --explain` prints): date.stated, date.relative, date.weekday, date.chained (in the
# meeting's opening sentence), date.previous_meeting, date.earlier_sentence, date.dateline,
# date.front_matter, date.recalled (an encounter recalled: no date), date.restated (a later sentence
# reporting the encounter again), date.long_before (an encounter weeks before the report: recalled), date.none.
Dated = tuple[dt.date | None, int | None, str]
STATED = {"date": "date.stated", "relative": "date.relative", "weekday": "date.weekday", "chained": "date.chained"}


def _date_of(reading: _Reading, opening: int, previous: Dated, earlier: Dated, again: list[int]) -> Dated:
    """A meeting's date, `previous` being the meeting's before, `earlier` the nearest date stated before
    its opening sentence and `again` its later sentences that report the encounter once more."""
    # «Сол күні», «на следующий день» count from the meeting before, else from the day last stated.
    stated = _first(reading, opening, previous[0] or earlier[0])
    published = reading.dateline or reading.front_matter
    if stated is not None and published is not None and stated[0] < published - LONG_BEFORE:
        # «23 сентября на полях Генассамблеи Токаев провёл переговоры …» in a report of 20 October: an
        # encounter weeks before the report's own day is one it recalls (reports tell of the last days).
        return stated[0], opening, "date.long_before"
    if stated is not None:
        return stated[0], opening, STATED[stated[1]]
    if reading.background[opening]:
        # An encounter recalled («Еске салайық, … 2023 жылы») is not dated by today's report.
        return None, None, "date.recalled"
    # «Кездесу сәрсенбі күні қала әкімдігінде өтті», «Встреча состоялась 12 марта»: a sentence that tells
    # again of the encounter under way dates it, where other later dates are mostly another event's.
    for i in again:
        restated = None if reading.background[i] else _first(reading, i, None)
        if restated is not None and restated[1] != "chained":
            return restated[0], i, "date.restated"
    if previous[0] is not None:
        return previous[0], previous[1], "date.previous_meeting"
    if earlier[0] is not None:
        return earlier
    return _published(reading)


def _published(reading: _Reading) -> Dated:
    if reading.dateline is not None:
        return reading.dateline, reading.dateline_at, "date.dateline"
    return reading.front_matter, None, "date.front_matter" if reading.front_matter else "date.none"


def _earlier(reading: _Reading) -> list[Dated]:
    """For each sentence, the nearest date stated before it outside the sentences that recall earlier
    events (one pass, however many meetings an article has)."""
    found: list[Dated] = []
    last: Dated = (None, None, "date.none")
    for i, background in enumerate(reading.background):
        found.append(last)
        date = None if background else _first(reading, i, None)
        if date is not None:
            last = (date[0], i, "date.earlier_sentence")
    return found


def _opening(meeting: Meeting, ids: dict[str, int]) -> int | None:
    found = [ids[s] for s in (meeting.evidence.get("kind") or []) + meeting.sentences if s in ids]
    return found[0] if found else None


def _again(meeting: Meeting, opening: int, reading: _Reading, reporting: frozenset[str]) -> list[int]:
    """The meeting's sentences after its opening one that report an encounter, in order."""
    return sorted(i for s in meeting.sentences if s in reporting and (i := reading.ids.get(s, -1)) > opening)


def date_meetings(
    article: Article, meetings: list[Meeting], reference: dt.date | None, reporting: frozenset[str] = frozenset()
) -> list[Meeting]:
    """The meetings, each with the date its article gives it (or None), the sentence that gives it as
    evidence["date"] and the rule that found it as rules["date"]. `reference` is the day the article is
    read against when its front matter has no date: the file's modification date, else the build date.
    `reporting`: the ids of the sentences that report an encounter (a verb of meeting), which may date the
    meeting whose sentences they are."""
    words = date_words(article.lang)
    if words is None:
        rule = "date.front_matter" if article.date else "date.none"
        return [dataclasses.replace(m, date=article.date, rules={**m.rules, "date": [rule]}) for m in meetings]
    reading = _read(article, words, reference)
    sentences = article.sentences()
    dated: list[Meeting] = []
    previous: Dated = (None, None, "date.none")
    earlier = _earlier(reading)
    for meeting in meetings:
        opening = _opening(meeting, reading.ids)
        date, where, rule = (
            _published(reading)
            if opening is None
            else _date_of(reading, opening, previous, earlier[opening], _again(meeting, opening, reading, reporting))
        )
        evidence = {k: v for k, v in meeting.evidence.items() if k != "date"}
        if date is not None and where is not None:
            evidence["date"] = [sentences[where].id]
        dated.append(
            dataclasses.replace(meeting, date=date, evidence=evidence, rules={**meeting.rules, "date": [rule]})
        )
        if date is not None:
            previous = (date, where, rule)
    return dated
