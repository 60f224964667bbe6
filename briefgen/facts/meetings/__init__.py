"""An article's meetings."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ...model import Article, Location, Meeting
from ..attribution.dateline import Dateline, read_dateline
from ..attribution.speakers import mark_quoted, place_posts, quotes_of
from ..dates import date_meetings
from ..gazetteer import Gazetteer, english_country, tokenize
from ..language import facts_language
from ..people.finder import Finder
from ..people.resolve import resolve_offices
from ..triggers import triggers
from .assemble import Context, assemble
from .place import title_place
from .seats import Seats
from .sentences import Draft, Sent, Visit
from .split import split_meetings
from .whole import announces, at_home, fallback_meeting


def extract_meetings(article: Article, gazetteer: Gazetteer, reference: dt.date | None = None) -> list[Meeting]:
    """The meetings one article reports, each fact with its sentences and the rule that found it.
    `reference`: the day an article without a front matter date is read against (its file's date, else the
    build's), for the year of «12 наурызда» and the day of «кеше» (see dates.py)."""
    lang = article.lang
    language = facts_language(lang)
    finder = Finder(gazetteer, lang, article.date)
    sents: list[Sent] = []
    for b, block in enumerate(article.blocks):
        for sentence in block.sentences:
            tokens = tokenize(sentence.plain, lang)
            matches = gazetteer.find(tokens, language.endings)
            index = len(sents)
            mentions = finder.mentions(index, tokens, matches)
            sents.append(
                Sent(index, sentence, b, tokens, matches, mentions, triggers(sentence.plain, language), language)
            )
    dateline = read_dateline(sents)
    for i in dateline.bylines:
        sents[i].mentions = []  # a correspondent's byline names no one taking part
    resolve_offices(sents, finder, gazetteer, article.date)
    speakers = quotes_of(article, sents)
    mark_quoted(sents, speakers)
    drafts, visit = split_meetings(sents)
    drafts = [d for d in drafts if not at_home(d, sents)]
    drafts = drafts or _visit_alone(sents, visit) or fallback_meeting(sents)
    speakers = place_posts(speakers, drafts)
    seats = Seats.of(gazetteer)
    titled = _titled(article, gazetteer, seats)
    ctx = Context(article, sents, visit, speakers, (None, None), seats, _filed_from(dateline), titled)
    meetings = _assembled(ctx, drafts)
    # The sentences that report an encounter may date it: by a verb of meeting, or by naming it as held on a day
    # («3 ақпанда өткен консультацияларда»: the opening sentence may have told of it without its day). Not a tour
    # alone («Накануне представители хозяйств посетили завод»): another encounter, whatever its day.
    reporting = frozenset(
        s.sentence.id
        for s in sents
        if any(t.event and t.kind != "visit" for t in s.triggers) or s.language.restated().search(s.sentence.plain)
    )
    dated = date_meetings(article, meetings, reference or article.source.modified, reporting)
    # An encounter the text dates weeks before the report is one it recalls, no meeting it reports.
    return [m for m in dated if m.rules.get("date") != ["date.long_before"]]


def _assembled(ctx: Context, drafts: list[Draft]) -> list[Meeting]:
    """Each draft's meeting, in order, each placed where the one before it was when the text ties it on."""
    meetings: list[Meeting] = []
    previous_city: tuple[str | None, str | None] = (None, None)
    last_city: tuple[str | None, str | None] = (None, None)
    last_people: set[str] = set()
    for draft in drafts:
        follows = _follows(ctx.sents, draft, last_people)
        city = previous_city if previous_city[0] or not follows else last_city
        meeting = assemble(dataclasses.replace(ctx, previous_city=city), draft)
        if draft.in_visit or meeting.kind == "summit":
            # Meetings of one visit, or on the sidelines of a summit, are in the same city.
            previous_city = (meeting.location.city, meeting.location.country)
        if meeting.kind != "phone call":
            last_city = (meeting.location.city, meeting.location.country)
            last_people = {p.name for p in meeting.participants}
        meetings.append(meeting)
    return meetings


def _follows(sents: list[Sent], draft: Draft, last_people: set[str]) -> bool:
    """Whether a meeting follows on where the last one held in person was: «Сол күні», «затем», «в тот же
    день», «ертесі»; one «на полях мероприятия», on the sidelines of the gathering reported before; and one
    with someone of the last one again («Сондай-ақ Мемлекет басшысы … қабылдады» after a reception in the
    Akorda; the guest then received by the prime minister), who is still where he was unless the text moves
    him."""
    opening = sents[draft.opening]
    language = opening.language
    if any(language.marker(m).search(opening.sentence.plain) for m in ("continues", "next_day", "sidelines")):
        return True
    return any(p.name in last_people for p in draft.people)


def _visit_alone(sents: list[Sent], visit: Visit | None) -> list[Draft]:
    """A journey reported with no meeting in it is a visit; not one the lead announces for later, whose
    programme («пройдут переговоры») follows, nor one with no traveller named («гостей прибыло …»)."""
    if visit is None or visit.visitor is None or announces(sents):
        return []
    rule = next((t.rule for t in sents[visit.sentence].triggers if t.kind == "visit"), None)
    draft = Draft("visit", visit.sentence, list(range(len(sents))), rule=rule)
    draft.add_people([visit.visitor] if visit.visitor else [], rule="participant.visitor")
    return [draft]


def _titled(article: Article, gazetteer: Gazetteer, seats: Seats) -> Location | None:
    """The place an editor's front matter title names (a plain text's title is its lead, read already)."""
    if not article.meta.get("title"):
        return None
    language = facts_language(article.lang)
    text = article.title.plain
    tokens = tokenize(text, article.lang)
    matches = gazetteer.find(tokens, language.endings)
    title = Sent(-1, article.title, -1, tokens, matches, [], triggers(text, language), language)
    return title_place(title, seats)


def _filed_from(dateline: Dateline) -> Location | None:
    if dateline.city is None:
        # A town the gazetteer lacks: its country is settled as any unknown town's (meetings/towns.py).
        return Location(None, dateline.town, None) if dateline.town else None
    entry = dateline.city.entry
    return Location(None, entry.name, english_country(str(entry.data.get("country"))))
