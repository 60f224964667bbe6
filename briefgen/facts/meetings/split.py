"""Which sentences report which encounter."""

from __future__ import annotations

from ..dates import date_words, dateline, find_dates
from ..people.model import Person
from ..triggers import Trigger, strongest
from .sentences import (
    FRAMED_KINDS,
    Draft,
    Sent,
    Visit,
    earlier,
    first_in_block,
    framed,
    participants_of,
    partner_elsewhere,
    subject_of,
)

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
    """The drafts of the meetings the sentences report, in order, and the journey that frames them."""
    splitter = _Splitter(sents)
    for s in sents:
        splitter.read(s)
    return splitter.finish()


class _Splitter:
    def __init__(self, sents: list[Sent]) -> None:
        self.sents = sents
        self.drafts: list[Draft] = []
        self.visit: Visit | None = None
        self.current: Draft | None = None
        self.before_first: list[int] = []
        self.lead_kinds: dict[str, str] = {}  # a reception verb of the lead that founded no meeting, and its rule
        self.apart: list[tuple[Person, Draft]] = []  # each partner one sentence listed, and the meeting with them
        self.focus: Draft | None = None  # of those, the meeting the last sentence naming one partner told of

    def read(self, s: Sent) -> None:
        people, recalled = _present(s, self.sents)
        kinds = [] if recalled else [t.kind for t in s.triggers if not _others_encounter(s, t, self.current)]
        named = {} if recalled else {t.kind: t.rule for t in reversed(s.triggers)}
        # A journey (сапармен барды, с визитом, прибыл) frames the meetings that follow; a tour of a site
        # (аралады, посетил) is an encounter of its own, made as often at home by a host as by a guest.
        if not recalled and self.visit is None:
            self._frame(s)
        guest = self.visit is not None and self.visit.visitor is not None
        events = [] if recalled else _events(s, guest)
        partners = _separate_partners(s, events)
        if partners:
            people = self._one_each(s, events, people, partners)
        elif events:
            self._encounter(s, events, people)
        elif not self._reply(s) and self.current is None:
            self.before_first.append(s.index)  # the lead before the first encounter
            if not recalled:
                # «X басқарушысы Нобумицу Хаясиді қабылдады» with a guest no rule names, then «Кездесу … өтті»:
                # the verb of the encounter gives the meeting its kind over the noun used later.
                self.lead_kinds.update({t.kind: t.rule for t in s.triggers if t.event and t.kind == "reception"})
            return
        elif self._told_of_another(s):
            return
        current = self._told_of(s)
        assert current is not None
        current.sentences.append(s.index)
        current.add_people(people, s)
        current.kinds.extend(kinds)
        current.kind_rules = {**named, **current.kind_rules}

    def _frame(self, s: Sent) -> None:
        """The journey the sentence names, which frames the meetings after it; not one announced («посетит»).
        Once a meeting is under way, a journey no one in the sentence makes is one talked of («сделки,
        заключенные в ходе визита в Вашингтон»), not the one the meetings are part of."""
        journey = any(t.kind == "visit" and not t.event for t in s.triggers)
        if not journey or s.language.marker("announced").search(s.sentence.plain):
            return
        visitor = _visitor(s)
        city, country = _destination(s, visitor)
        # «ДДҰ делегациясы Астанаға екі күндік сапармен келген» right after the reception: the guests' delegation
        # is who travels, though no one is named in it, and the reception under way is part of that journey.
        guests = bool(s.language.marker("delegation").search(s.sentence.plain)) and len(self.drafts) == 1
        if visitor is not None or self.current is None or _events(s) or guests:
            self.visit = Visit(visitor, s.index, city, country)
        if guests and self.current is not None and city is not None:
            self.current.in_visit = True

    def _encounter(self, s: Sent, events: list[Trigger], people: list[Person]) -> None:
        """A sentence reporting an encounter: a new meeting, or more of the one under way."""
        kind = strongest([t.kind for t in events])
        rule = next(t.rule for t in events if t.kind == kind)
        current = self.current
        other_day = current is not None and _another_day(s, self.sents[current.opening], len(self.drafts) == 1)
        if current is None or _new_encounter(s, current, kind, people, other_day):
            self._open(Draft(kind, s.index, in_visit=self.visit is not None, rule=rule))
            together = s.language.pattern("together", "both").search(s.sentence.plain)
            if current is not None and kind == "visit" and together:
                self.drafts[-1].add_people(_heads_of_sides(current), rule="participant.together")
            if current is not None and kind == "reception" and s.language.opening("guest").search(s.sentence.plain):
                self.drafts[-1].add_people(_guest_of(current, people), rule="participant.guest_before")
            if current is not None and kind == "visit" and _guests_tour(s, bool(people)):
                self.drafts[-1].add_people(self._guests_of(current), rule="participant.guests_tour")

    def _guests_of(self, before: Draft) -> list[Person]:
        """«В тот же день гости посетили …»: the guest of the meeting before — the traveller the visit names, else
        the one its opening says has come («с Раисом …, прибывшим в регион»), else the head of the side that is
        not its subject's (a report names its host first: «Хоким … встретился с …»)."""
        opening = self.sents[before.opening]
        traveller = self.visit.visitor if self.visit is not None else None
        if traveller is None and opening.language.marker("arrived").search(opening.sentence.plain):
            traveller = _visitor(opening)
        if traveller is not None and traveller in before.people:
            return [traveller]
        subject = subject_of(opening)
        home = subject.country if subject is not None else None
        return [p for p in _heads_of_sides(before) if p is not subject and (home is None or p.country != home)][:1]

    def _one_each(self, s: Sent, events: list[Trigger], people: list[Person], partners: list[Person]) -> list[Person]:
        """«На полях сессии X провел переговоры с A, B и C»: a meeting with each partner, one after the
        other; the sentence's other people (the subject) take part in each. The last one stays open for
        the sentences that follow; the people it gets are returned."""
        kind = strongest([t.kind for t in events])
        rule = next(t.rule for t in events if t.kind == kind)
        others = [p for p in people if p not in partners]
        for partner in partners:
            draft = Draft(kind, s.index, in_visit=self.visit is not None, rule=f"{rule}+meeting.each_partner")
            self._open(draft)
            if partner is not partners[-1]:
                draft.sentences.append(s.index)
                draft.add_people([*others, partner], s)
                draft.kinds.append(kind)
        self.apart = list(zip(partners, self.drafts[-len(partners) :], strict=True))
        return [*others, partners[-1]]

    def _told_of(self, s: Sent) -> Draft | None:
        """The meeting a sentence opening none goes on with: a partner's (`_partners_meeting`), or the one under way."""
        return self._partners_meeting(s) or self.focus or self.current

    def _partners_meeting(self, s: Sent) -> Draft | None:
        """After meetings with each of several partners, a sentence naming one alone by name («С Петером Сийярто
        обсуждены …», «Ханиф Аббасимен әңгімеде …») tells of that one's, as do those naming none after it (`focus`)."""
        named = {id(m.person) for m in s.mentions if m.person is not None and not m.reference}
        drafts = [d for partner, d in self.apart if id(partner) in named]
        if len(drafts) != 1:
            return None
        self.focus = drafts[0]
        return drafts[0]

    def _told_of_another(self, s: Sent) -> bool:
        """A sentence with no encounter of its own that tells of a meeting other than the one under way."""
        partners = self._partners_meeting(s)
        if partners is not None:
            partners.sentences.append(s.index)
        return partners is not None or self._to_meeting_before(s) or self._to_result_owner(s)

    def _to_result_owner(self, s: Sent) -> bool:
        """«Отырыс қорытындысында 6 құжатқа қол қойылды» after the reception that followed the session, «По итогам
        переговоров подписано …» after the reception that followed the talks, «Сапар барысында … қол қойылды» after
        the reception that closed a visit: a result the sentence gives to the session, the talks or the visit is
        the session's, or the talks', not the meeting's under way (the pack's `results_of_others`)."""
        current, language, text = self.current, s.language, s.sentence.plain
        if current is None or current.kind in ("meeting", "summit", "talks") or len(self.drafts) < 2:
            return False
        if not any(rule.pattern.search(text) for rule in language.outcomes):
            return False
        earlier = self.drafts[:-1]
        if language.pattern("results_of_others", "session").search(text):
            opened = language.pattern("results_of_others", "session_opening")
            owners = [d for d in earlier if opened.search(self.sents[d.opening].sentence.plain)]
        elif language.pattern("results_of_others", "talks").search(text):
            owners = [d for d in earlier if d.kind == "talks"]
        elif language.pattern("results_of_others", "journey").search(text):
            owners = [d for d in earlier if d.in_visit and d.kind == "talks"]
        else:
            return False
        if not owners:
            return False
        owners[-1].sentences.append(s.index)
        return True

    def _to_meeting_before(self, s: Sent) -> bool:
        """«По итогам встречи стороны подписали протокол» after a tour the same day: the result the sentence
        names is the meeting's before the tour, not the tour's (the pack's `results_of: meeting`)."""
        current = self.current
        if current is None or current.kind != "visit" or not s.language.pattern("results_of", "meeting").search(
            s.sentence.plain
        ):
            return False
        earlier = [d for d in self.drafts[:-1] if d.kind in BILATERAL]
        if not earlier:
            return False
        earlier[-1].sentences.append(s.index)
        return True

    def _reply(self, s: Sent) -> bool:
        """Without a verb of encounter, only a reply («Өз тарапынан X …») by a new official of a side
        already present opens a meeting: naming someone else is no new encounter."""
        language, current = s.language, self.current
        subject = subject_of(s) if language.marker("reply").match(s.sentence.plain) else None
        actors = [subject] if subject is not None else []
        if current is None or not _conflicts(current, actors) or language.marker("attending").search(s.sentence.plain):
            return False
        new = Draft(None, s.index, in_visit=self.visit is not None, rule="meeting.reply")
        if first_in_block(self.sents, s):
            # A reply answers the paragraph before it: that paragraph belongs to the new meeting.
            moved = [i for i in current.sentences if self.sents[i].block == s.block - 1 and i != current.opening]
            current.sentences = [i for i in current.sentences if i not in moved]
            new.sentences.extend(moved)
            for i in moved:
                new.add_people(participants_of(self.sents[i]), self.sents[i])
        self._open(new)
        return True

    def _open(self, draft: Draft) -> None:
        self.apart, self.focus = [], None
        self.current = draft
        self.drafts.append(draft)

    def finish(self) -> tuple[list[Draft], Visit | None]:
        drafts, visit = self.drafts, self.visit
        if drafts:
            drafts[0].sentences[:0] = self.before_first
            drafts[0].kinds.extend(self.lead_kinds)
            drafts[0].kind_rules = {**drafts[0].kind_rules, **self.lead_kinds}
            if visit is not None and visit.visitor is not None:
                for draft in drafts:
                    if draft.in_visit and not any(p.country == visit.visitor.country for p in draft.people):
                        draft.add_people([visit.visitor], rule="participant.visitor")
        return drafts, visit


def _heads_of_sides(draft: Draft) -> list[Person]:
    """«Сол күні екі вице-премьер … фабрикасын аралады», «министры посетили пункт пропуска»: the sides of the
    meeting before, named together, make the tour that follows it — the first named of each country, not
    everyone who attended («губернатор принял участие»)."""
    heads: dict[str | None, Person] = {}
    for person in draft.people:
        heads.setdefault(person.country, person)
    return list(heads.values())


def _guest_of(before: Draft, hosts: list[Person]) -> list[Person]:
    """«Сол күні қазақстандық дипломатты … Рашид Мередов қабылдады», «высокого гостя принял Президент»: the guest a
    reception names by a word, not a name, is the head of the side of the meeting before that is not the host's."""
    home = {p.country for p in hosts}
    return [p for p in _heads_of_sides(before) if p.country not in home][:1] if home else []


def _guests_tour(s: Sent, named: bool = False) -> bool:
    """Whether the guests, named by that word, make the tour the sentence reports (the pack's `tour_guests`): not
    when the sentence names (`named`) who leads them («делегация во главе с X посетила завод»: X is the guest);
    a host named beside them only shows them round («делегация X-пен бірге … аралады»)."""
    text = s.sentence.plain
    led = named and s.language.pattern("tour_guests", "led").search(text)
    return bool(s.language.pattern("tour_guests", "guests").search(text)) and not led


def _present(s: Sent, sents: list[Sent]) -> tuple[list[Person], bool]:
    """Who a sentence has taking part, and whether the encounter it tells of is an earlier one. Nobody in a
    recalled sentence («Напомним, …») or at an airport welcome; an encounter dated by its month alone is an
    earlier one, but who the sentence names may still be here. A sentence that goes on in the paragraph of a
    recalled one with no encounter of its own tells more of it («Еске сала кетейік, … қабылдаған болатын. Бұл
    оның … алғашқы сапары еді.»): nobody in it is here either."""
    before = sents[s.index - 1] if s.index > 0 else None
    recalled = _recalled(s) or (
        before is not None and before.block == s.block and _recalled(before) and not any(t.event for t in s.triggers)
    )
    welcome = bool(s.language.marker("welcome").search(s.sentence.plain))
    people = [] if recalled or welcome else participants_of(s)
    return people, recalled or earlier(s)


def _recalled(s: Sent) -> bool:
    return bool(s.language.marker("recall").match(s.sentence.plain))


def _others_encounter(s: Sent, trigger: Trigger, current: Draft | None) -> bool:
    """«по итогам переговоров Касым-Жомарта Токаева и Владимира Путина», «Тоқаев пен Путиннің келіссөздері
    барысында»: a noun naming the encounter of people who are not at the one under way (its possessors, in
    the genitive) tells of theirs, and does not rename this one."""
    if trigger.event or current is None or len(current.people) < 2:
        return False
    text = s.sentence.plain
    if s.language.modifiers_before:
        owners = [m for m in s.mentions if m.case == "gen" and s.tokens[m.end - 1].end <= trigger.start]
        owners = [m for m in owners if len(text[s.tokens[m.end - 1].end : trigger.start].split()) == 0]
    else:
        end = trigger.end if trigger.end >= 0 else trigger.start
        # A name right after a noun is its possessor, whichever of the like forms (genitive, animate
        # accusative) the analyzer read it as.
        after = [m for m in s.mentions if m.case in ("gen", "acc") and s.tokens[m.phrase_start].start >= end]
        owners = [m for m in after if len(text[end : s.tokens[m.phrase_start].start].split()) <= 1]
    people = [m.person for m in owners if m.person is not None]
    return bool(people) and not any(p in current.people for p in people)


def _events(s: Sent, guest: bool = False) -> list[Trigger]:
    """The triggers that report an encounter: verbs, and «В ходе встречи с министром …», «… Орбанмен
    кездесуде», a noun with whom the encounter was. `guest`: a visit frames the sentence, whose traveller a
    pronoun may name (see `_counts`)."""
    comitative = any(m.case == "ins" and m.person is not None for m in s.mentions)
    return [
        t
        for t in s.triggers
        if (t.event or (comitative and t.kind in FRAMED_KINDS and framed(s, t))) and _counts(t, s, guest)
    ]


def _separate_partners(s: Sent, events: list[Trigger]) -> list[Person]:
    """The partners of one subject, each met apart, that a sentence lists: on the sidelines of a gathering
    («на полях», «аясында») or in meetings in the plural («провел двусторонние встречи»), a meeting or talks
    with people of two or more other countries, all named with whom the subject met (comitative). A
    credentials ceremony or a reception receives them together; two partners of one country are one
    delegation."""
    if not events or strongest([t.kind for t in events]) not in ("meeting", "talks"):
        return []
    text = s.sentence.plain
    if not (s.language.marker("sidelines").search(text) or s.language.marker("several").search(text)):
        return []
    subject = subject_of(s)
    partners = [m.person for m in s.mentions if m.person is not None and m.case == "ins" and not m.reference]
    countries = {p.country for p in partners}
    if subject is None or None in countries or len(countries) != len(partners) or len(partners) < 2:
        return []
    return [] if subject.country in countries else partners


def _relative_day(s: Sent) -> int | None:
    """The day a sentence names against the article's own («кеше», «бүгін», «вчера»), in days from it."""
    words = date_words(s.language.code)
    found = [m.offset for m in find_dates(s.sentence.plain, words) if m.kind == "relative"] if words else []
    return found[0] if found else None


def _undated(s: Sent) -> bool:
    """Whether a sentence states no day of its own: nothing but the dateline's («ГРОДНО, 8 октября (БЕЛТА) –»)."""
    words = date_words(s.language.code)
    if words is None:
        return False
    text = s.sentence.plain
    end = dateline(text, words, None)[0] if s.index == 0 else 0
    return not any(m.start >= end for m in find_dates(text, words))


def _another_day(s: Sent, opening: Sent, first: bool) -> bool:
    """Whether a sentence dates itself to another day than the one opening the meeting under way does: «Кеше …
    келіссөз жүргізді», then «Бүгін министрлер бөгетті аралады» — yesterday's talks, today's tour. The
    article's first meeting, opened with no day of its own, is on the article's day (its dateline's): «Накануне
    X посетил завод» after it is the day before."""
    day, before = _relative_day(s), _relative_day(opening)
    if before is None and first and _undated(opening):
        before = 0
    return day is not None and before is not None and day != before


def _new_encounter(s: Sent, current: Draft, kind: str, people: list[Person], other_day: bool = False) -> bool:
    """A summit and a bilateral meeting on its sidelines are two encounters, even with the same people.
    So are a tour and a meeting told one after the other («Сол күні … кездесті» after a plant tour,
    «Ертесі … депосын аралады» after a reception), even when the same two people take part. An
    encounter of another kind dated against the last one («В тот же день … церемония подписания», «На
    следующий день … принял») is a new one too; documents merely signed after talks («Сол күні тараптар
    … қол қойды», «затем подписали») close them, as the README has it."""
    language, text = s.language, s.sentence.plain
    sequel, dated = _sequel_or_dated(s, other_day)
    if _changes_kind(current.kind, kind, sequel, dated, bool(language.marker("ceremony").search(text))):
        return True
    partners = [m.person for m in s.mentions if m.person is not None and m.takes_part and not partner_elsewhere(s, m)]
    if _apart_from_many(s, current, partners) or _also_met_by_name(s, sequel or dated):
        return True
    # «Затем … встретился с X», «Сол күні X-ті Y қабылдады»: a new partner when the meeting under way has
    # its pair already; whoever the new verb names, as subject or as object.
    # «Сапар аясында министр X-мен де кездесті», «также встретился с X»: «also» tells of another partner even
    # when the meeting under way has only one of its pair recognised.
    also = bool(language.opening("also").search(text))
    another = (len(current.people) >= 2 or also) and any(p not in current.people for p in partners)
    # «Документ подписали X и Y» after «состоялась церемония подписания»: the signatories of the ceremony
    # under way, however many officials of one side sign.
    signatories = current.kind == kind == "signing" and not (sequel or dated)
    conflict = _conflicts(current, people) or another
    return conflict and not language.marker("attending").search(text) and not signatories


def _apart_from_many(s: Sent, current: Draft, partners: list[Person]) -> bool:
    """«На полях мероприятия X провел встречу с Y» after a meeting of many: two of them apart, a meeting of its own;
    so is one dated the same day («Сол күні X Y-мен екіжақты кездесу өткізді» after the ministers' meeting)."""
    text = s.sentence.plain
    apart = s.language.marker("sidelines").search(text) or s.language.marker("same_day").search(text)
    return bool(len(current.people) > 2 and 0 < len(partners) <= 2 and apart)


def _also_met_by_name(s: Sent, dated: bool) -> bool:
    """«Сол күні X Рышард Комендамен де кездесті»: dated against the meeting under way and «also» met by name, another
    partner, even one no rule names as a person yet; not a group no name is given for («банк өкілдерімен де
    кездесті»). A language whose names a library finds (Russian) needs no such pattern."""
    return dated and bool(s.language.pattern("also_named", "partner").search(s.sentence.plain))


def _sequel_or_dated(s: Sent, other_day: bool) -> tuple[bool, bool]:
    """Whether a sentence follows on from the meeting under way («затем», «ертесі»), and whether it dates itself
    against it (the same day, the next, or a day of its own: `_another_day`)."""
    language, text = s.language, s.sentence.plain
    next_day = bool(language.marker("next_day").search(text))
    sequel = bool(language.marker("continues").search(text)) or next_day
    return sequel, bool(language.marker("same_day").search(text)) or next_day or other_day


def _changes_kind(before: str | None, kind: str, sequel: bool, dated: bool, ceremony: bool) -> bool:
    if kind == "summit" and before != "summit":
        return True
    if before == "summit" and kind in BILATERAL:
        return True
    if sequel and kind != before and "visit" in (kind, before):
        return True
    return dated and kind != before and (kind != "signing" or ceremony)


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


def _counts(trigger: Trigger, s: Sent, guest: bool = False) -> bool:
    """A reception only with someone received (`_receives`). A signing is an encounter only between two
    named or at a ceremony: a head of state signing a law alone («Заңына қол қойды») meets no one. A tour
    has someone named who makes it: «Казахстан посетили 8 млн иностранцев» is a statistic."""
    people = {id(m.person) for m in s.mentions if m.person is not None and (m.titles or not m.reference)}
    if trigger.kind == "signing":
        return len(people) >= 2 or bool(s.language.marker("ceremony").search(s.sentence.plain))
    if trigger.kind == "visit":
        # «делегациясының басшысы … аралады»: an office names who tours as surely as a name, «они посетили» the
        # people named before, and «главы регионов посетили» the sides of the meeting before, named together.
        named = any(m.person is not None or m.titles for m in s.mentions)
        together = (s.language.marker("pronoun"), s.language.pattern("together", "both"))
        return named or any(p.search(s.sentence.plain) for p in together) or _guests_tour(s)
    if trigger.kind != "reception" or trigger.alone:
        return True
    return len(people) >= 2 or _receives(s, guest)


def _receives(s: Sent, guest: bool) -> bool:
    """«қабылдады» reports a reception only with someone received («шара қабылдады» is taking measures):
    a person in the accusative, a delegation («X бастаған делегацияны», «делегацию во главе с X»), or
    two people named around the verb, whatever their case (`_counts`) — one of them may be named by office
    alone («еврокомиссара принял … Роман Скляр»), since an office names the person as surely as a name.
    Within a visit (`guest`), the one received may be a pronoun («Сапар аясында оны Сенат Төрағасы
    қабылдады», «его принял Председатель Сената»): the traveller the frame names, whom `finish` adds to the
    meeting; outside one, «оны қабылдады» may be a text adopted."""
    text = s.sentence.plain
    return (
        # «принял посла Индии»: an office names the one received even where no name resolves it.
        any(m.case == "acc" and (m.person is not None or m.titles) for m in s.mentions)
        or bool(s.language.marker("delegation").search(text))
        # «турецкого гостя принял Президент», «мәртебелі меймандарды қабылдады»: the guest named by that word.
        or bool(s.language.opening("guest").search(text))
        or (guest and bool(s.language.pattern("guest_pronoun", "received").search(text)))
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
    if country is not None and country == home and not any(m.entry.kind in ("city", "province") for m in s.matches):
        # «Ресми сапармен келген Өзбекстан Премьер-министрі …»: with no town or region of his own named, the
        # traveller's own country is where he came from, not where he went.
        return None, None
    return None, country
