"""Which sentences report which encounter."""

from __future__ import annotations

from ..people.model import Person
from ..triggers import Trigger, strongest
from .sentences import Draft, Sent, Visit, first_in_block, participants_of, subject_of

BILATERAL = frozenset({"phone call", "reception", "talks", "meeting"})


def _conflicts(draft: Draft, people: list[Person]) -> bool:
    """Someone new from a country another participant already represents: a different encounter.
    Not on a tour (kind visit), where local officials show the guests round."""
    if draft.kind == "visit":
        return False
    for person in people:
        if person in draft.people or person.country is None:
            continue
        if any(other.country == person.country for other in draft.people):
            return True
    return False


def split_meetings(sents: list[Sent]) -> tuple[list[Draft], Visit | None]:
    drafts: list[Draft] = []
    visit: Visit | None = None
    current: Draft | None = None
    before_first: list[int] = []
    for s in sents:
        text = s.sentence.plain
        comitative = any(m.case == "ins" and m.person is not None for m in s.mentions)
        language = s.language
        recalled = bool(language.marker("recall").match(text))
        # «В ходе встречи с министром …», «… Орбанмен кездесуде»: a noun with whom the encounter was opens one.
        events = [
            t
            for t in s.triggers
            if (t.event or (comitative and t.kind in ("meeting", "talks"))) and _counts(t, s) and not recalled
        ]
        people = [] if recalled else participants_of(s)
        kinds = [] if recalled else [t.kind for t in s.triggers]
        # A journey (сапармен барды, с визитом, прибыл) frames the meetings that follow; a tour of a site
        # (аралады, посетил) is an encounter of its own, made as often at home by a host as by a guest.
        if any(t.kind == "visit" and not t.event for t in s.triggers) and not recalled and visit is None:
            visitor = _visitor(s)
            city, country = _destination(s, visitor)
            visit = Visit(visitor, s.index, city, country)
        if events:
            kind = strongest([t.kind for t in events])
            # A summit and a bilateral meeting on its sidelines are two encounters, even with the same people.
            # So are a tour and a meeting told one after the other («Сол күні … кездесті» after a plant
            # tour, «Ертесі … депосын аралады» after a reception), even when the same two people take part.
            # An encounter of another kind dated against the last one («В тот же день … церемония
            # подписания», «На следующий день … принял») is a new one too; documents merely signed after
            # talks («Сол күні тараптар … қол қойды», «затем подписали») close them, as the README has it.
            sequel = bool(language.marker("continues").search(text) or language.marker("next_day").search(text))
            dated = bool(language.marker("same_day").search(text) or language.marker("next_day").search(text))
            changes_kind = current is not None and (
                (kind == "summit" and current.kind != "summit")
                or (current.kind == "summit" and kind in BILATERAL)
                or (sequel and kind != current.kind and "visit" in (kind, current.kind))
                or (
                    dated
                    and kind != current.kind
                    and (kind != "signing" or bool(language.marker("ceremony").search(text)))
                )
            )
            # «Затем … встретился с X», «Сол күні X-ті Y қабылдады»: a new partner when the meeting under
            # way has its pair already; whoever the new verb names, as subject or as object.
            partners = [m.person for m in s.mentions if m.person is not None and m.takes_part]
            another = (
                current is not None and len(current.people) >= 2 and any(p not in current.people for p in partners)
            )
            conflict = (_conflicts(current, people) or another) if current is not None else False
            # «Документ подписали X и Y» after «состоялась церемония подписания»: the signatories of the
            # ceremony under way, however many officials of one side sign.
            signatories = current is not None and current.kind == kind == "signing" and not (sequel or dated)
            if (
                current is None
                or changes_kind
                or (conflict and not language.marker("attending").search(text) and not signatories)
            ):
                current = Draft(kind, s.index, in_visit=visit is not None)
                drafts.append(current)
            current.sentences.append(s.index)
            current.add_people(people)
            current.kinds.extend(kinds)
            continue
        # Without a verb of encounter, only a reply («Өз тарапынан X …») by a new official of a side
        # already present opens a meeting: naming someone else is no new encounter.
        subject = subject_of(s) if language.marker("reply").match(text) else None
        actors = [subject] if subject is not None else []
        if current is not None and _conflicts(current, actors) and not language.marker("attending").search(text):
            new = Draft(None, s.index, in_visit=visit is not None)
            if first_in_block(sents, s):
                # A reply answers the paragraph before it: that paragraph belongs to the new meeting.
                moved = [i for i in current.sentences if sents[i].block == s.block - 1 and i != current.opening]
                current.sentences = [i for i in current.sentences if i not in moved]
                new.sentences.extend(moved)
                for i in moved:
                    new.add_people(participants_of(sents[i]))
            current = new
            drafts.append(current)
        if current is None:
            before_first.append(s.index)
            continue
        current.sentences.append(s.index)
        current.add_people(people)
        current.kinds.extend(kinds)
    if drafts:
        drafts[0].sentences[:0] = before_first
        if visit is not None and visit.visitor is not None:
            for draft in drafts:
                if draft.in_visit and not any(p.country == visit.visitor.country for p in draft.people):
                    draft.add_people([visit.visitor])
    return drafts, visit


def fallback_meeting(sents: list[Sent]) -> list[Draft]:
    """An article that speaks of an encounter («кездесуде», «в ходе переговоров») and names two people
    taking part reports one meeting, even in a wording no verb pattern knows: the whole text is its."""
    named = [s for s in sents if s.triggers]
    people: list[Person] = []
    for s in sents:
        for m in s.mentions:
            if m.person is not None and not m.reference and m.takes_part and m.person not in people:
                people.append(m.person)
    if not named or len(people) < 2:
        return []
    kind = strongest([t.kind for s in named for t in s.triggers if t.kind != "visit"]) or "meeting"
    draft = Draft(kind, named[0].index, list(range(len(sents))), people)
    draft.kinds = [t.kind for s in sents for t in s.triggers]
    return [draft]


def _visitor(s: Sent) -> Person | None:
    """Who travels: the subject of «барды», «прибыл»; after a participle («ресми сапармен келген X»,
    «находящийся с визитом X») the person it describes."""
    arrived = s.language.marker("arrived").search(s.sentence.plain)
    people = [m for m in s.mentions if m.person is not None and not (m.reference and not m.titles)]
    if arrived:
        text = s.sentence.plain
        # «Токаев, находящийся с визитом в …, провел»: a participle set off by a comma after a name is about it.
        before = [m for m in people if text[s.tokens[m.end - 1].end : arrived.start()].strip() == ","]
        if before:
            return before[-1].person
        after = [m for m in people if s.tokens[m.phrase_start].start >= arrived.end()]
        if after:
            return after[0].person
    return subject_of(s)


def _counts(trigger: Trigger, s: Sent) -> bool:
    """«қабылдады» reports a reception only with someone received («шара қабылдады» is taking measures):
    a person in the accusative, a delegation («X бастаған делегацияны», «делегацию во главе с X»), or
    two people named around the verb, whatever their case — one of them may be named by office alone
    («еврокомиссара принял … Роман Скляр»), since an office names the person as surely as a name."""
    if trigger.kind != "reception":
        return True
    people = {id(m.person) for m in s.mentions if m.person is not None and (m.titles or not m.reference)}
    return (
        any(m.case == "acc" and m.person is not None for m in s.mentions)
        or bool(s.language.marker("delegation").search(s.sentence.plain))
        or len(people) >= 2
    )


def _destination(s: Sent, visitor: Person | None) -> tuple[str | None, str | None]:
    """Where the traveller goes: the city named, else a country not the traveller's own («Президент
    Казахстана …, находящийся с визитом в Таджикистане» goes to Tajikistan)."""
    home = visitor.country if visitor is not None else None
    city = next((m for m in s.matches if m.entry.kind == "city" and m.entry.data.get("country") != home), None)
    countries = [m.entry.name for m in s.matches if m.entry.kind == "country"]
    country = next((c for c in countries if c != home), countries[0] if countries else None)
    if city is not None:
        return city.entry.name, str(city.entry.data["country"])
    return None, country
