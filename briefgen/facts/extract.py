"""An article's meetings: which sentences report which encounter, and the facts of each.

Official reports follow a few conventions this relies on: a verb (қабылдады, келіссөздер жүргізді,
встретился) opens a meeting, and a new one opens only with a new verb and a new partner — a sentence
that merely names someone (on whose instruction, by whose words) is no new encounter — or with a verb of
another kind dated against the last («Сол күні … кездесті» after a plant tour, «В тот же день … церемония
подписания» after talks); a journey (жұмыс сапарымен барды, с визитом) frames the meetings that follow,
its traveller being the guest at each, while a tour of a site (аралады, посетил) is a meeting itself; a
reply by a second official of a side already present («Өз тарапынан … Абдулла Арипов») means a second
meeting, and answers the paragraph before it; a city in the locative in the opening sentence (or in
the next one, qualifying the word for the meeting) is where the meeting took place, while a city where
something *will* happen (өтеді, пройдёт) or that qualifies a thing discussed («Алматыдағы зауыт») is
not; a tour to a named town, port or region leaves the city of the talks, and a city the text does not
settle is left empty rather than guessed. An article that speaks of an encounter and names two
people taking part always has a meeting, which then holds every figure and quote of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Article, Figure, Location, Meeting, Participant, Quote, Sentence
from ..segment import dateline_agency
from .figures import find_figures
from .gazetteer import Gazetteer, Match, Token, english_country, spelled, tokenize
from .morphology import russian_cases
from .names import Finder, Mention, Person
from .quotes import find_quotes
from .topics import topics_of
from .triggers import Trigger, strongest, triggers

# «во встрече участвовал», «қатысты», «в присутствии»: someone joins the encounter under way.
ATTENDING = re.compile(
    r"\b(?:участвовал\w*|принял\w* участие|присутствовал\w*|в присутствии|при участии|с участием|қатысты|"
    r"қатысуымен|қатысқан|қатысушы\w*|құрамында|в составе)\b",
    re.IGNORECASE,
)
# «Напомним, в 2023 году …», «Бұған дейін …»: an encounter recalled from the past is not one reported.
RECALL = re.compile(
    r"^(?:напомним|ранее|как сообщалось|как известно|еске сала кетейік|бұған дейін|айта кетейік|естеріңізге сала)",
    re.IGNORECASE,
)
REPLY = re.compile(r"^(?:өз тарапынан|өз кезегінде|в свою очередь|со своей стороны)", re.IGNORECASE)
FUTURE = re.compile(
    r"\b(?:өтеді|өткізіледі|өткізу\w*|өтпек|жоспарлан\w*|күтілуде|пройд[её]т|состоится|запланирован\w*|"
    r"решено провести|проведут|посетить|посетит|предстоящ\w*|алдағы)\b",
    re.IGNORECASE,
)
OUTCOMES: list[tuple[str, str]] = [
    (r"қол қой(?:ды|ылды|дық|ылған)\b|подписан|подписали|подписано", "Documents signed."),
    (r"\b(?:уағдаласты|келісті|келісімге келді|договорил\w+|условил\w+|решено)\b", "The sides reached an agreement."),
    (r"\b(?:тапсырма берді|тапсырды|поручил\w*|дал\w* поручени\w*)\b", "Instructions were given."),
    # An invitation accepted is a result even when what one is invited to lies ahead; one merely extended
    # is not (README: "invited and accepted").
    (
        r"\bпринял\w*\s+(?:с благодарностью\s+)?приглашение|приглашение\s+(?:было\s+)?принято|"
        r"подтвердил\w*\s+(?:сво[её]\s+)?участие|шақыру\w*\s+(?:\w+\s+)?қабыл(?:да|\s+алынды)",
        "An invitation was accepted.",
    ),
    (
        r"(?:декларация|мәлімдеме|коммюнике)\w*\s+(?:\w+\s+)?қабылдан(?:ды|ып)\b|"
        r"принят\w*\s+(?:\w+\s+)?(?:декларац|заявлени|коммюнике)|(?:декларац|коммюнике)\w*\s+(?:был\w*\s+)?принят",
        "A declaration was adopted.",
    ),
    (
        r"(?:кездесу|келіссөздер|әңгімелесу|отырыс|сапар|саммит)\w*\s+қорытындысы бойынша|"
        r"по итогам (?:переговоров|встречи|заседания|визита|разговора|беседы|саммита)",
        "The sides stated the result of the meeting.",
    ),
]
SOURCE = re.compile(
    r",\s*(?:деп\s+(?:хабарлайды|жазады)|сообщает|сообщают|передает|передаёт|пишет)\s+(?P<who>[^,]+?)\.?\s*$"
)
CORRESPONDENT = re.compile(r"^(?:корреспондент\w*|тілшісі)\s+|\s+(?:тілшісі|корреспондент\w*)$", re.IGNORECASE)
# «Tengrinews.kz со ссылкой на пресс-службу Акорды»: the outlet that cites a press service is the agency.
CITING = re.compile(r"\s+(?:со ссылкой на|ссылаясь на)\s.*$|\s+(?:\S+\s+){1,4}сілтеме\s+жасап.*$", re.IGNORECASE)
# «Kazinform агенттігінің Бакудегі тілшісі», «собственный корреспондент агентства Kazinform в Баку»: the
# agency whose correspondent writes is named before агенттігінің, or after the words for a correspondent
# and an agency. An agency that is itself the subject («El.kz ақпарат агенттігі») stays as written.
KK_AGENCY = re.compile(r"^(?P<name>.+?)\s+(?:ақпарат(?:тық)?\s+)?агенттігінің\s+\S", re.IGNORECASE)
RU_AGENCY = re.compile(
    r"^(?:(?:собственн\w+|специальн\w+)\s+)?(?:корреспондент\w*\s+)?"
    r"(?:(?:информационн\w+|международн\w+)\s+)?(?:агентств\w*|ақпарат агенттігі)\s+",
    re.IGNORECASE,
)
# A correspondent's city after the agency («корреспондент Kazinform в Баку») is where he writes from.
FROM_CITY = re.compile(r"\s+(?:в|во|из)\s+[А-ЯЁA-Z]\S*$")
MONTHS = {
    **dict.fromkeys(("қаңтар", "январ"), 1), **dict.fromkeys(("ақпан", "феврал"), 2),
    **dict.fromkeys(("наурыз", "март"), 3), **dict.fromkeys(("сәуір", "апрел"), 4),
    **dict.fromkeys(("мамыр", "мая", "май"), 5), **dict.fromkeys(("маусым", "июн"), 6),
    **dict.fromkeys(("шілде", "июл"), 7), **dict.fromkeys(("тамыз", "август"), 8),
    **dict.fromkeys(("қыркүйек", "сентябр"), 9), **dict.fromkeys(("қазан", "октябр"), 10),
    **dict.fromkeys(("қараша", "ноябр"), 11), **dict.fromkeys(("желтоқсан", "декабр"), 12),
}  # fmt: skip
DATE = re.compile(
    r"(?:(?P<year1>\d{4})\s+жылғы\s+)?\b(?P<day>\d{1,2})\s+(?P<month>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|"
    r"тамыз|қыркүйек|қазан|қараша|желтоқсан|январ|феврал|марта?\b|апрел|ма[яй]\b|июн|июл|август|сентябр|октябр|"
    r"ноябр|декабр)\w*(?:\s+(?P<year2>\d{4})\s*(?:года|г\.))?",
    re.IGNORECASE,
)
CONTINUES = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:сол күні|кейін|содан кейін|затем|в тот же день|в этот же день|после этого)\b",
    re.IGNORECASE,
)
CEREMONY = re.compile(r"церемони\w+\s+подписания|қол\s+қою\s+рәсім", re.IGNORECASE)
SAME_DAY = re.compile(r"\b(?:сол күні|в тот же день|в этот же день)\b", re.IGNORECASE)
NEXT_DAY = re.compile(r"\b(?:ертесі|келесі күні|на следующий день|на другой день)\b", re.IGNORECASE)
BILATERAL = frozenset({"phone call", "reception", "talks", "meeting"})


@dataclass
class Sent:
    index: int
    sentence: Sentence
    block: int
    tokens: list[Token]
    matches: list[Match]
    mentions: list[Mention]
    triggers: list[Trigger]


@dataclass
class Draft:
    kind: str | None
    opening: int  # the sentence that opened the meeting
    sentences: list[int] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    in_visit: bool = False

    def add_people(self, people: list[Person]) -> None:
        for person in people:
            if person not in self.people:
                self.people.append(person)


@dataclass
class Visit:
    visitor: Person | None
    sentence: int
    city: str | None
    country: str | None


def extract_meetings(article: Article, gazetteer: Gazetteer) -> list[Meeting]:
    lang = article.lang
    finder = Finder(gazetteer, lang)
    sents: list[Sent] = []
    for b, block in enumerate(article.blocks):
        for sentence in block.sentences:
            tokens = tokenize(sentence.plain, lang)
            matches = gazetteer.find(tokens)
            index = len(sents)
            mentions = finder.mentions(index, tokens, matches)
            sents.append(Sent(index, sentence, b, tokens, matches, mentions, triggers(sentence.plain, lang)))
    _resolve_offices(sents, finder, gazetteer, article.date)
    drafts, visit = _split(sents)
    if not drafts and visit is not None:
        drafts = [Draft("visit", visit.sentence, list(range(len(sents))), [visit.visitor] if visit.visitor else [])]
    if not drafts:
        drafts = _fallback(sents)
    speakers = _quotes(article, sents)
    source = _source(article, sents)
    seats = Seats.of(gazetteer)
    meetings: list[Meeting] = []
    previous_city: tuple[str | None, str | None] = (None, None)
    last_city: tuple[str | None, str | None] = (None, None)
    for draft in drafts:
        previous_date = meetings[-1].date if meetings else None
        # «Сол күні», «затем», «в тот же день», «ертесі»: the next meeting follows on where the last one was.
        opening = sents[draft.opening].sentence.plain
        follows = bool(CONTINUES.search(opening) or NEXT_DAY.search(opening))
        city = previous_city if previous_city[0] or not follows else last_city
        meeting = _facts(article, sents, draft, visit, speakers, city, previous_date, seats)
        meeting.source = source
        if draft.in_visit or meeting.kind == "summit":
            # Meetings of one visit, or on the sidelines of a summit, are in the same city.
            previous_city = (meeting.location.city, meeting.location.country)
        if meeting.kind != "phone call":
            last_city = (meeting.location.city, meeting.location.country)
        meetings.append(meeting)
    return meetings


def _resolve_offices(sents: list[Sent], finder: Finder, gazetteer: Gazetteer, date: dt.date | None = None) -> None:
    """«Қазақстан Үкіметінің басшысы», «Премьер-министр Таджикистана», «сказала она» → the person meant."""
    order: list[tuple[tuple[int, int], Person, bool]] = []
    for s in sents:
        for m in s.mentions:
            if m.person is not None:
                order.append(((s.index, m.start), m.person, m.takes_part))
    last_subject: Person | None = None
    for s in sents:
        for m in s.mentions:
            if m.reference and m.titles:
                m.person = _holder(m, order, finder, gazetteer, date)
        for m in s.mentions:
            if m.reference and not m.titles:
                m.person = last_subject  # a pronoun: the subject of the sentences before
        last_subject = _subject(s) or last_subject


def _holder(
    m: Mention,
    order: list[tuple[tuple[int, int], Person, bool]],
    finder: Finder,
    gazetteer: Gazetteer,
    date: dt.date | None = None,
) -> Person | None:
    title = m.titles[0]
    country = m.country or title.data.get("default_country")
    wanted_class = title.data.get("class")
    generic = bool(title.data.get("generic"))
    if generic and country is None:
        return None  # «басшысы» alone: whose head it is, the text does not say

    def fits(person: Person, country: str | None = country) -> bool:
        offices = (person.role or "").split(" and ")
        same_office = (
            (wanted_class in person.classes) if wanted_class else any(o.startswith(title.name) for o in offices)
        )
        return same_office and (country is None or person.country == country)

    # An office refers back to someone already named, in reading order («Президент высоко оценил …
    # диалог с Президентом Ильхамом Алиевым» is not about Aliyev), and to someone taking part before
    # someone merely mentioned («… Ілхам Әлиевке сәлем жолдады. — деді Президент» is not Aliyev).
    here = (m.sentence, m.start)
    earlier = sorted((i for i in order if i[0] < here and fits(i[1])), key=lambda i: (i[2], i[0]))
    if earlier:
        return earlier[-1][1]
    later = [p for i, p, _ in order if i > here and fits(p)]
    if later:
        return later[0]
    if m.country is None and country is not None:
        # The press's default («Глава государства» is Kazakhstan's) gives way to the holder of that office
        # the text has named: in a report of a visit to Bishkek, the Kyrgyz president.
        named = sorted((i for i in order if i[0] < here and i[2] and fits(i[1], None)), key=lambda i: i[0])
        if named:
            return named[-1][1]
    if wanted_class in ("head_of_state", "head_of_government") and country and not generic:
        # The office has one holder: the gazetteer knows who holds it.
        for entry in gazetteer.people():
            if (
                entry.data.get("country") == country
                and entry.data.get("role") == title.name
                and _in_office(entry.data, date)
            ):
                person = finder.people.get(entry.name) or Person(
                    entry.name, spelled(entry, finder.lang), title.name, country, {wanted_class}
                )
                finder.people[entry.name] = person
                return person
    return None


def _in_office(data: dict[str, object], date: dt.date | None) -> bool:
    """An office changes hands: the gazetteer dates its holders («since», «until», year-month), and an
    article names the one in office on its date, or the sitting one when it has no date."""
    since, until = (str(data[k]) if data.get(k) else None for k in ("since", "until"))
    if date is None:
        return until is None
    month = f"{date.year:04d}-{date.month:02d}"
    return (since is None or since <= month) and (until is None or month < until)


def _subject(s: Sent) -> Person | None:
    """The sentence's subject: news sentences open with who acts («Әркін Тұниаз өз кезегінде Қытай
    Төрағасы Си Цзиньпин ұсынған …» is about Tuniyaz, not Xi)."""
    return next(
        (m.person for m in s.mentions if m.person is not None and m.case == "nom" and (m.titles or not m.reference)),
        None,
    )


def _participants(s: Sent) -> list[Person]:
    """People taking part according to this sentence: named in the nominative, or as the object of the
    encounter (accusative, comitative) when the sentence reports one."""
    reported = any(t.event for t in s.triggers)
    people: list[Person] = []
    for m in s.mentions:
        if m.person is None or (m.reference and not m.titles):
            continue
        # Who attends («с участием», «қатысуымен») takes part whatever verb the sentence has.
        if (m.case in ("nom", "with") or (reported and m.takes_part)) and m.person not in people:
            people.append(m.person)
    return people


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


def _split(sents: list[Sent]) -> tuple[list[Draft], Visit | None]:
    drafts: list[Draft] = []
    visit: Visit | None = None
    current: Draft | None = None
    before_first: list[int] = []
    for s in sents:
        text = s.sentence.plain
        comitative = any(m.case == "ins" and m.person is not None for m in s.mentions)
        recalled = bool(RECALL.match(text))
        # «В ходе встречи с министром …», «… Орбанмен кездесуде»: a noun with whom the encounter was opens one.
        events = [
            t
            for t in s.triggers
            if (t.event or (comitative and t.kind in ("meeting", "talks"))) and _counts(t, s) and not recalled
        ]
        people = [] if recalled else _participants(s)
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
            sequel = bool(CONTINUES.search(text) or NEXT_DAY.search(text))
            dated = bool(SAME_DAY.search(text) or NEXT_DAY.search(text))
            changes_kind = current is not None and (
                (kind == "summit" and current.kind != "summit")
                or (current.kind == "summit" and kind in BILATERAL)
                or (sequel and kind != current.kind and "visit" in (kind, current.kind))
                or (dated and kind != current.kind and (kind != "signing" or bool(CEREMONY.search(text))))
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
            if current is None or changes_kind or (conflict and not ATTENDING.search(text) and not signatories):
                current = Draft(kind, s.index, in_visit=visit is not None)
                drafts.append(current)
            current.sentences.append(s.index)
            current.add_people(people)
            current.kinds.extend(kinds)
            continue
        # Without a verb of encounter, only a reply («Өз тарапынан X …») by a new official of a side
        # already present opens a meeting: naming someone else is no new encounter.
        subject = _subject(s) if REPLY.match(text) else None
        actors = [subject] if subject is not None else []
        if current is not None and _conflicts(current, actors) and not ATTENDING.search(text):
            new = Draft(None, s.index, in_visit=visit is not None)
            if _first_in_block(sents, s):
                # A reply answers the paragraph before it: that paragraph belongs to the new meeting.
                moved = [i for i in current.sentences if sents[i].block == s.block - 1 and i != current.opening]
                current.sentences = [i for i in current.sentences if i not in moved]
                new.sentences.extend(moved)
                for i in moved:
                    new.add_people(_participants(sents[i]))
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


def _fallback(sents: list[Sent]) -> list[Draft]:
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


# «…, который прибыл в регион»: a relative clause is about the name before it, as a participle is.
ARRIVED = re.compile(
    r"\b(?:келген|барған|жүрген|болып жатқан|находящ\w+|прибывш\w+|котор\w+\s+(?:прибыл\w*|приехал\w*|находится))\b",
    re.IGNORECASE,
)


def _visitor(s: Sent) -> Person | None:
    """Who travels: the subject of «барды», «прибыл»; after a participle («ресми сапармен келген X»,
    «находящийся с визитом X») the person it describes."""
    arrived = ARRIVED.search(s.sentence.plain)
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
    return _subject(s)


DELEGATION = re.compile(r"\bделегаци", re.IGNORECASE)


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
        or bool(DELEGATION.search(s.sentence.plain))
        or len(people) >= 2
    )


def _first_in_block(sents: list[Sent], s: Sent) -> bool:
    return s.index == 0 or sents[s.index - 1].block != s.block


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


ARRIVAL = re.compile(r"^(?:[\w-]+\s+){0,3}(?:келді|келген|барды|барған|сапар\w*)\b", re.IGNORECASE)


# «на полях Ташкентского инвестиционного форума»: a gathering named after its city is held there.
GATHERING = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:форум|саммит|конференци|выставк|конгресс|недел)", re.IGNORECASE)


def _place_of(s: Sent, lang: str, tied: bool = False, abroad: str | None = None) -> Location | None:
    """A venue, or a city in the locative (or after «в»), named in the sentence; a city one arrives at
    («Астанаға ресми сапармен келген») too. Not a place named in the agency's attribution. When `tied`
    (a sentence after the opening), only a city attached to the word for the encounter counts; `abroad` is
    the country a visit has gone to, whose generic seats («Үкімет үйінде») are the ones meant."""
    text = s.sentence.plain
    if FUTURE.search(text):
        return None
    attribution = SOURCE.search(text)
    cut = attribution.start() if attribution else len(text)
    matches = [m for m in s.matches if s.tokens[m.start].start < cut]
    for n, m in enumerate(matches):
        if m.entry.kind == "venue":
            data = m.entry.data
            if data.get("located") and not _in_locative(s, m, lang):
                continue
            # «Дом Правительства Кыргызстана», «Қырғызстан Үкімет үйі»: a seat named by its institution
            # (generic in the gazetteer) with another country's name as its owner is that country's, not
            # the one the gazetteer places it in. The owner follows in Russian and precedes in Kazakh.
            owner = [
                x for x in matches[max(n - 1, 0) : n + 2] if (x.start == m.end if lang == "ru" else x.end == m.start)
            ]
            if data.get("generic"):
                seat = _seat_owner(s, owner, str(data.get("country")), abroad)
                if seat is not None:
                    # Its city is settled later, as a ministry's is: the visit's city or that country's capital.
                    return Location(m.entry.name, None, seat)
            return Location(m.entry.name, str(data.get("city")), english_country(str(data.get("country"))))
    for m in matches:
        if m.entry.kind != "city":
            continue
        token = s.tokens[m.end - 1]
        word = token.text.lower()
        before = s.tokens[m.start - 1].text.lower() if m.start > 0 else ""
        after = s.tokens[m.end].text.lower() if m.end < len(s.tokens) else ""
        located = (
            re.search(r"(?:да|де|та|те|дағы|дегі|тағы|тегі)$", word)
            or re.match(r"қала\w*(?:да|де|нда|нде)(?:ғы|гі)?$", after)
            or (re.search(r"(?:ға|ге|қа|ке|на|не)$", word) and ARRIVAL.match(text[token.end :].lstrip()))
            if lang == "kk"
            # «в Астане», not «в Астану» (where someone goes); indeclinable names (Алматы) fit both.
            else (before in ("в", "во") and bool({"loct", "loc2"} & russian_cases(token.text)))
            or (word.endswith(("ского", "ском", "ской")) and GATHERING.match(text[token.end :]))
        )
        # «Алматыдағы зауыт», «Ульсан қаласындағы кеме жасау зауыты»: the attributive locative places the
        # noun after it, which is the encounter only when it names the encounter or a gathering.
        attributive = lang == "kk" and bool(
            re.search(r"(?:ғы|гі)$", word) or re.match(r"қала\w*(?:ғы|гі)$", after)
        )
        if attributive and not (_beside_trigger(s, m, lang) or KK_GATHERING.match(text[token.end :])):
            continue
        if located and (not tied or _beside_trigger(s, m, lang)):
            return Location(None, m.entry.name, english_country(str(m.entry.data["country"])))
    return None


KK_GATHERING = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:форум|саммит|конференция|көрме|апталығ|съез)", re.IGNORECASE)


def _elsewhere(s: Sent, lang: str) -> Location | None:
    """The town, port or region a tour goes to, when the opening names one: the city only when it is a
    town the gazetteer knows (a name in another script is not rendered by guesswork), the country when
    the gazetteer places the name."""
    m = ELSEWHERE[lang].search(s.sentence.plain) if lang in ELSEWHERE else None
    if m is None:
        return None
    name_start = m.start("name") if m.group("name") else m.start("name2")
    known = next((x for x in s.matches if s.tokens[x.start].start == name_start), None)
    code = known.entry.data.get("country") if known is not None else None
    country = english_country(str(code)) if code else None
    if known is not None and known.entry.kind == "city" and m.group("town"):
        # «порт Актау», «Құрық порты»: a port named by its town is rendered as its usual English name.
        port = f"Port of {known.entry.name}" if m.group("town").lower().startswith("порт") else None
        return Location(port, known.entry.name, country)
    return Location(None, None, country)


def _beside_trigger(s: Sent, m: Match, lang: str) -> bool:
    """«Қостанайда өткен кездесуде», «Встреча в Ташкенте прошла»: the city names where the encounter was,
    not a thing talked about at it («Кездесуде Алматыдағы зауыттың қуаты …»). A Kazakh modifier stands
    before its noun, so only a city before the word for the encounter qualifies it."""
    text = s.sentence.plain
    start, end = s.tokens[m.start].start, s.tokens[m.end - 1].end
    for t in s.triggers:
        if t.start >= end and len(text[end : t.start].split()) <= 1:
            return True
        if lang == "ru" and t.start < start and len(text[t.start : start].split()) <= 3:
            return True
    return False


def _in_locative(s: Sent, m: Match, lang: str) -> bool:
    """«Парламент Мәжілісінде», «в Мажилисе Парламента»: the name stands where something takes place."""
    if lang == "kk":
        return bool(re.search(r"(?:да|де|та|те)$", s.tokens[m.end - 1].text.lower()))
    return m.start > 0 and s.tokens[m.start - 1].text.lower() in ("в", "во")


def _seat_owner(s: Sent, owner: list[Match], home: str, abroad: str | None = None) -> str | None:
    """Whose generic seat (Government House, Parliament) this is when not the gazetteer's country: the
    country named as its owner, else that of the one who receives there («Председатель Кабинета министров
    Кыргызстана … в Доме правительства принял …» is in Kyrgyzstan's Government House). A guest who merely
    meets someone there («встретился с Премьер-министром») says nothing of whose seat it is."""
    named = next((x.entry.name for x in owner if x.entry.kind in ("country", "adjective")), None)
    receives = any(t.kind == "reception" and t.event for t in s.triggers)
    subject = _subject(s) if receives else None
    country = named or (subject.country if subject is not None else None) or abroad
    return country if country and country != home else None


# Seats named by the institution, not by a proper name: «облыс әкімдігінде», «в акимате области»,
# «Сыртқы істер министрлігінде», «в здании Министерства торговли», «в штаб-квартире Masdar».
# Only in the locative: «пресс-служба акимата области», «облыс әкімдігінің баспасөз қызметі» is who reports.
AKIMAT = re.compile(
    r"\bоблыс\w*\s+әкімдігінде\b|\bоблыстық\s+әкімдікте\b|\bв\s+(?:здании\s+)?акимате\s+(?:[\w-]+\s+)?области\b|"
    r"\bв\s+(?:здании\s+)?областном\s+акимате\b|\bв\s+здании\s+(?:областного\s+акимата|акимата\s+(?:[\w-]+\s+)?области)\b",
    re.IGNORECASE,
)
KK_MINISTRY = re.compile(r"((?:[\w-]+\s+){1,6})министрлігінде\b", re.IGNORECASE)
RU_MINISTRY = re.compile(r"\bв\s+(?:здании\s+)?министерств[еа]\s+((?:[\w-]+\s*){1,6})", re.IGNORECASE)
CITY_AKIMAT = re.compile(
    r"\bқаласы(?:ның)?\s+әкімдігінде\b|\bв\s+(?:здании\s+)?акимате\s+города\b", re.IGNORECASE
)
# The foreign ministry by its abbreviation: «в МИД Казахстана», «СІМ-де».
FOREIGN_MINISTRY = re.compile(r"\bв\s+(?:здании\s+)?МИД\b|\bСІМ-?(?:де|інде)\b")
HEADQUARTERS = re.compile(
    r"\bв\s+штаб-квартире\s+(?:компании\s+|корпорации\s+)?«?([\w.&-]+)»?|«?([\w.&-]+)»?\s+(?:компаниясының\s+)?штаб-пәтерінде",
    re.IGNORECASE,
)


# A site named in Latin letters or in quotes beside what it is («Qarmet металлургиялық комбинатына»,
# «на заводе «Kia»»): the name as written and the kind of site in English.
SITES = {
    r"металлургиялық комбинат|металлургическ\w+ комбинат": "steel plant",
    r"кеме жасау зауыт|судостроительн\w+ завод|верф": "shipyard",
    r"зауыт|завод|комбинат": "plant",
    r"депо": "depot",
}
_SITE = "|".join(f"(?:{p})" for p in SITES)
LATIN_NAME = r"«?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)»?"
SITE = {
    "kk": re.compile(rf"{LATIN_NAME}\s+(?P<site>{_SITE})\w*"),
    "ru": re.compile(rf"\b(?P<site>{_SITE})\w*\s+(?:[а-яё]+\s+)?{LATIN_NAME}", re.IGNORECASE),
}


@dataclass(frozen=True)
class Seats:
    """What a seat named by its institution resolves against: ministers' offices by wording, and the
    provinces by their English name (with the city their administration sits in)."""

    ministers: dict[str, str]  # «министр торговли и интеграции», «сауда және интеграция министрі» -> role
    provinces: dict[str, tuple[str, str, str | None]]  # "karaganda region" -> (name, country, seat)
    capitals: dict[str, str]  # "KZ" -> "Astana"
    generic: frozenset[str] = frozenset()  # seats every country has: "Government House"

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> Seats:
        ministers: dict[str, str] = {}
        provinces: dict[str, tuple[str, str, str | None]] = {}
        capitals: dict[str, str] = {}
        generic: set[str] = set()
        for e in gazetteer.entries:
            if e.kind == "city" and e.data.get("capital"):
                capitals[str(e.data.get("country"))] = e.name
            if e.kind == "venue" and e.data.get("generic"):
                generic.add(e.name)
            if e.kind == "title" and e.name.startswith("minister of") and not e.data.get("reference"):
                for lang in ("kk", "ru"):
                    for wording in e.data.get(lang, []):
                        ministers.setdefault(str(wording).lower(), e.name)
            elif e.kind == "province":
                seat = e.data.get("seat")
                provinces[e.name.lower()] = (e.name, str(e.data.get("country")), str(seat) if seat else None)
        return cls(ministers, provinces, capitals, frozenset(generic))


DISTRICT = re.compile(r"\b[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+(?:ауданында\w*|ауылында\w*)|\bв\s+[А-ЯЁ][\w-]*\s+районе\b")
# A site tour taken to a named town, region or port: «Ульсан қаласындағы зауытқа барды», «Ақмола облысындағы
# фермада болды», «посетили порт Курык», «в Жамбылской области». A town or port is a city when the
# gazetteer knows it; a region or district never is.
ELSEWHERE = {
    "kk": re.compile(
        r"\b(?P<name>[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)\s+(?:(?P<town>қала|кент|порт)|аудан|ауыл|облыс)\w*?"
        r"(?:да|де|та|те|ға|ге|қа|ке|на|не)(?:ғы|гі)?\b"
    ),
    "ru": re.compile(
        r"\b(?P<town>город|городе|порт|порту|посёлке|поселке|селе)\s+(?P<name>[А-ЯЁ][\w-]*)|"
        r"\bв\s+(?P<name2>[А-ЯЁ][\w-]*)\s+(?:районе|области)\b"
    ),
}


def _institution(s: Sent, lang: str, seats: Seats, people: list[Person]) -> Location | None:
    """A seat named by its institution. A ministry is named after its minister's office («Министерство
    торговли и интеграции» → Ministry of Trade and Integration); a regional akimat is that of the province
    named beside it or, when none is, of the akim taking part, and sits in the province's seat."""
    text = s.sentence.plain
    if FUTURE.search(text):
        return None
    if AKIMAT.search(text):
        named = [m.entry.name.lower() for m in s.matches if m.entry.kind == "province"]
        held = [
            p.role.removeprefix("akim of ").removeprefix("governor of ")
            for p in people
            if p.role and p.role.startswith(("akim of", "governor of"))
        ]
        province = next((seats.provinces[n] for n in [*named, *held] if n in seats.provinces), None)
        if province is not None:
            name, country, seat = province
            return Location(f"{name} akimat", seat, english_country(country))
    city_akimat = CITY_AKIMAT.search(text)
    if city_akimat:
        # «Қостанай қаласы әкімдігінде», «в акимате города Костанай»: any city's akimat, in that city.
        near = [m for m in s.matches if m.entry.kind == "city"]
        city = min(near, key=lambda m: abs(s.tokens[m.start].start - city_akimat.start()), default=None)
        if city is not None:
            country = str(city.entry.data.get("country"))
            return Location(f"{city.entry.name} city akimat", city.entry.name, english_country(country))
    if FOREIGN_MINISTRY.search(text):
        return Location("Ministry of Foreign Affairs", None, _ministry_country(s, people))
    words: list[str] = []
    if lang == "kk":
        m = KK_MINISTRY.search(text)
        words = m.group(1).split() if m else []
        candidates = [" ".join(words[-n:]).lower() + " министрі" for n in range(1, len(words) + 1)]
    else:
        m = RU_MINISTRY.search(text)
        words = m.group(1).split() if m else []
        candidates = ["министр " + " ".join(words[:n]).lower() for n in range(len(words), 0, -1)]
    role = next((seats.ministers[c] for c in candidates if c in seats.ministers), None)
    if role is not None:
        portfolio = role.removeprefix("minister of ").title().replace(" And ", " and ")
        return Location(f"Ministry of {portfolio}", None, _ministry_country(s, people))
    m = HEADQUARTERS.search(text)
    if m:
        return Location(f"{m.group(1) or m.group(2)} headquarters", None, None)
    site = SITE[lang].search(text) if lang in SITE else None
    if site and site.group("name")[:1].isascii():
        kind = next(english for pattern, english in SITES.items() if re.fullmatch(pattern, site.group("site").lower()))
        return Location(f"{site.group('name')} {kind}", None, None)
    return None


def _ministry_country(s: Sent, people: list[Person]) -> str | None:
    """Whose ministry: the country the sentence names («в МИД Казахстана», «ҚР … министрлігінде»), else the
    side of the one who opens the meeting, the usual subject of a report from home."""
    named = next((m.entry.name for m in s.matches if m.entry.kind in ("country", "adjective")), None)
    return named or next((p.country for p in people if p.country), None)


def _date_in(text: str, article: Article) -> dt.date | None:
    if FUTURE.search(text):
        return None
    m = DATE.search(text)
    if not m:
        return None
    year = m.group("year1") or m.group("year2") or (article.date.year if article.date else None)
    month = next((n for stem, n in MONTHS.items() if m.group("month").lower().startswith(stem)), None)
    if not year or not month:
        return None
    try:
        return dt.date(int(year), month, int(m.group("day")))
    except ValueError:
        return None


@dataclass(frozen=True)
class Spoken:
    quote: Quote
    last_sentence: int


def _quotes(article: Article, sents: list[Sent]) -> list[Spoken]:
    spoken: list[Spoken] = []
    by_block: dict[int, list[Sent]] = {}
    for s in sents:
        by_block.setdefault(s.block, []).append(s)
    for block_sents in by_block.values():
        offsets: list[tuple[int, int, Sent]] = []
        text = ""
        for s in block_sents:
            if text:
                text += " "
            offsets.append((len(text), len(text) + len(s.sentence.plain), s))
            text += s.sentence.plain
        for found in find_quotes(text):
            covered = [s for a, b, s in offsets if a < found.end and b > found.start]
            who_sent = next((s for a, b, s in offsets if a <= found.who_start < b or a < found.who_end <= b), None)
            speaker = _speaker(who_sent, offsets, found.who_start, found.who_end) if who_sent else None
            if speaker is None and who_sent is not None:
                speaker = _by_country(sents, who_sent, offsets, found.who_start, found.who_end)
            if speaker is None and who_sent is not None:
                speaker = _by_organisation(sents, who_sent, text[found.who_start : found.who_end])
            if speaker is None:
                speaker = _paragraph_subject(offsets, found.start)
            if speaker is None and block_sents[0].index > 0:
                # A quotation paragraph of its own, attributed by an office the text cannot resolve («—
                # сказал глава венгерского МИД»), follows the paragraph about its speaker.
                speaker = _subject_of_block(sents, block_sents[0].block - 1)
            ids = [s.sentence.id for s in covered]
            last = max((s.index for s in covered), default=who_sent.index if who_sent else 0)
            if who_sent is not None:
                last = max(last, who_sent.index)
                if who_sent.sentence.id not in ids:
                    ids.append(who_sent.sentence.id)
            spoken.append(Spoken(Quote(speaker.name if speaker else None, found.text, ids), last))
    return spoken


def _speaker(s: Sent, offsets: list[tuple[int, int, Sent]], start: int, end: int) -> Person | None:
    base = next(a for a, _, x in offsets if x is s)
    for m in s.mentions:
        token_start = base + s.tokens[m.start].start
        if start <= token_start < end and m.person is not None:
            return m.person
    return None


def _by_country(
    sents: list[Sent], s: Sent, offsets: list[tuple[int, int, Sent]], start: int, end: int
) -> Person | None:
    """«— заявила глава германского ведомства», «— деді тәжік парламентінің басшысы»: an office the
    gazetteer lacks, but of a country; the speaker is the last person of that country named before."""
    base = next(a for a, _, x in offsets if x is s)
    countries = {
        m.entry.name
        for m in s.matches
        if m.entry.kind in ("country", "adjective") and start <= base + s.tokens[m.start].start < end
    }
    if not countries:
        return None
    for earlier in reversed(sents[: s.index + 1]):
        for m in reversed(earlier.mentions):
            if m.person is not None and m.person.country in countries and not m.reference:
                return m.person
    return None


def _by_organisation(sents: list[Sent], s: Sent, who: str) -> Person | None:
    """«— сказал глава Masdar», «— деді KEGOC басшысы»: the head of a company or body named in the
    attribution is the person named before whose office is of it (chief executive officer of masdar)."""
    names = {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", who)}
    if not names:
        return None
    for earlier in reversed(sents[: s.index + 1]):
        for m in reversed(earlier.mentions):
            role = m.person.role if m.person is not None else None
            if role and " of " in role and names & set(role.rsplit(" of ", 1)[1].split()):
                return m.person
    return None


def _subject_of_block(sents: list[Sent], block: int) -> Person | None:
    subjects = [_subject(s) for s in sents if s.block == block]
    return next((p for p in reversed(subjects) if p is not None), None)


def _paragraph_subject(offsets: list[tuple[int, int, Sent]], before: int) -> Person | None:
    """The person the paragraph is about, when the attribution names no one the text can resolve
    («— деді Түркия парламентінің басшысы» after «Нұман Құртұлмұш өз кезегінде …»)."""
    subject = None
    for a, _, s in offsets:
        for m in s.mentions:
            if m.person is not None and m.case == "nom" and a + s.tokens[m.start].start < before:
                subject = m.person
    return subject


# The attribution as a sentence of its own in the lead: «Бұл туралы Kazinform хабарлайды.», «Об этом
# сообщает пресс-служба министерства.»
SOURCE_SENTENCE = re.compile(
    r"^(?:Бұл туралы\s+(?P<kk>.+?)\s+(?:хабарлайды|хабарлады|жазады)|"
    r"Об этом\s+(?:сообщает|сообщают|сообщила|сообщил|передает|передаёт|пишет)\s+(?P<ru>.+?))\.?$",
    re.IGNORECASE,
)

def _source(article: Article, sents: list[Sent]) -> str | None:
    """Front matter `source` when the article has one: it is the publisher's own name for the outlet
    (Tengrinews.kz where the text says «корреспондент Tengrinews», Akorda where it says «пресс-служба
    Акорды»), and «передает агентство» names nothing at all. Else the agency the lead names."""
    source = article.meta.get("source")
    if source:
        return str(source)
    for s in sents:
        if s.block != sents[0].block:
            break  # the agency is named in the lead
        m = SOURCE.search(s.sentence.plain)
        if m:
            return _agency(m.group("who"))
        m = SOURCE_SENTENCE.match(s.sentence.plain.strip())
        if m:
            return _agency(m.group("kk") or m.group("ru"))
    lead = " ".join(s.sentence.plain for s in sents if s.block == sents[0].block) if sents else ""
    return dateline_agency(lead.strip())


def _agency(who: str) -> str | None:
    """The agency as the article names it, without whom it cites, its correspondent or the generic word
    for an agency: «агентство «Интерфакс-Казахстан»» is Интерфакс-Казахстан. A press service that is
    itself the source («пресс-служба Кабинета министров») stays as written."""
    who = CITING.sub("", who.strip())
    who = CORRESPONDENT.sub("", who).strip()
    quoted = re.search(r"«([^«»]+)»", who)
    if quoted:
        return quoted.group(1).strip()
    kazakh = KK_AGENCY.match(who)
    if kazakh:
        return kazakh.group("name").strip()
    russian = RU_AGENCY.match(who)
    if russian:
        who = FROM_CITY.sub("", who[russian.end() :]).strip()
    who = CORRESPONDENT.sub("", who).strip()
    # «передает агентство», «деп хабарлайды агенттік»: the generic word alone names no agency.
    return None if re.fullmatch(r"(?:агентств\w*|агенттік\w*|ақпарат агенттігі)", who, re.IGNORECASE) else who


def _facts(
    article: Article,
    sents: list[Sent],
    draft: Draft,
    visit: Visit | None,
    spoken: list[Spoken],
    previous_city: tuple[str | None, str | None],
    previous_date: dt.date | None,
    seats: Seats,
) -> Meeting:
    members = sorted(set(draft.sentences))
    kinds = [k for k in draft.kinds if k != "signing" or k == draft.kind]
    kind = draft.kind or strongest(kinds) or "meeting"
    if draft.kind and draft.kind not in ("summit", "signing"):
        # A noun names the kind of the meeting under way, but a call recalled in a meeting held in person
        # («телефон арқылы сөйлесуі барысында қол жеткізілген уағдаластықтар») does not make it a call.
        other = (
            ("summit", "signing", "visit")
            if draft.kind == "phone call"
            else ("summit", "signing", "visit", "phone call")
        )
        kind = strongest([draft.kind, *[k for k in kinds if k not in other]]) or kind
    opening = sents[draft.opening]
    meeting = Meeting(kind=kind, sentences=[sents[i].sentence.id for i in members])
    evidence: dict[str, list[str]] = {"kind": [opening.sentence.id]}

    # Where: the opening sentence, else the visit's city, else the city of the visit's last meeting.
    if kind != "phone call":
        place = _location(article, sents, draft, visit, previous_city, seats)
        if place is not None:
            meeting.location = place
            evidence["location"] = [opening.sentence.id]

    date_sources = [opening] + ([sents[visit.sentence]] if visit is not None and draft.in_visit else [])
    meeting.date = next((d for d in (_date_in(s.sentence.plain, article) for s in date_sources) if d), article.date)
    if previous_date and not _date_in(opening.sentence.plain, article):
        if NEXT_DAY.search(opening.sentence.plain):
            meeting.date = previous_date + dt.timedelta(days=1)
        elif SAME_DAY.search(opening.sentence.plain):
            meeting.date = previous_date

    text = " ".join(sents[i].sentence.plain for i in members)
    host_country = _host_country(meeting, draft, visit, opening, text)
    receiver = _receiver(opening) if kind == "reception" else _chair([sents[i] for i in members])
    if receiver is not None and receiver not in draft.people:
        draft.people.insert(0, receiver)  # «под председательством X»: the chair takes part
    for person in draft.people:
        if _glued(person, draft.people):
            continue
        if receiver is not None:
            # The receiving side: the one who receives and those of his country with him.
            host = person is receiver or (person.country is not None and person.country == receiver.country)
        elif kind == "phone call" or host_country is None:
            host = False
        else:
            travelling = visit and draft.in_visit and person is visit.visitor
            # An akim touring his own region is the host of whoever he meets there.
            at_home = _local_head(draft, LOCAL_OFFICES) is person
            host = person.country == host_country and not (travelling and not at_home)
        where = [sents[i].sentence.id for i in members if any(m.person is person for m in sents[i].mentions)]
        meeting.participants.append(
            Participant(
                name=person.name,
                name_original=person.name_original,
                role=person.role,
                country=english_country(person.country) if person.country else None,
                host=host,
                sentences=where,
            )
        )

    for i in members:
        s = sents[i]
        for f in find_figures(s.sentence.plain):
            meeting.figures.append(Figure(f.value, f.unit, f.text, f.label, [s.sentence.id]))
        for topic in topics_of(s.sentence.plain):
            if topic not in meeting.topics:
                meeting.topics.append(topic)
                evidence[f"topic:{topic}"] = [s.sentence.id]
        if meeting.outcome is None:
            outcome = _outcome(s.sentence.plain)
            if outcome:
                meeting.outcome = outcome
                evidence["outcome"] = [s.sentence.id]
    member_set = set(members)
    meeting.quotes = [q.quote for q in spoken if q.last_sentence in member_set]
    meeting.evidence = evidence
    return meeting


def _location(
    article: Article,
    sents: list[Sent],
    draft: Draft,
    visit: Visit | None,
    previous_city: tuple[str | None, str | None],
    seats: Seats,
) -> Location | None:
    """Where the meeting was: its venue and city as the opening (or the sentences around it) name them,
    else the visit's, else the meeting before's."""
    members = sorted(set(draft.sentences))
    opening = sents[draft.opening]
    # The opening sentence, or a lead sentence before it («В Астане состоялась …», then who took part).
    leads = [sents[i] for i in members if i <= draft.opening]
    # …or the next sentence, when it refers back to the meeting by name («Переговоры во Дворце нации
    # начались …», «Қостанайда өткен кездесуде …»).
    follow = [sents[i] for i in members if i > draft.opening][:2]
    tied = [s for s in follow if s.triggers]
    leads += tied
    abroad = visit.country if draft.in_visit and visit is not None else None
    found = [p for p in (_place_of(s, article.lang, s in tied, abroad) for s in reversed(leads)) if p]
    place = found[0] if found else None
    if place is None or place.place is None:
        # A seat named by its institution in those sentences («Встреча прошла в здании Министерства …»
        # after «встретился в Астане»): the venue, in the city they name.
        seat = next((v for v in (_institution(s, article.lang, seats, draft.people) for s in leads) if v), None)
        if seat is not None:
            city = next((p for p in found if p.city), None)
            if seat.city is None and city is not None:
                seat.city, seat.country = city.city, city.country
            place = seat
    if place is None or place.place is None:
        # «В Доме Правительства стороны обсудили …»: a venue named right after the opening is where the
        # meeting is held, even in a sentence without a word for the encounter.
        venue = next((_place_of(s, article.lang) for s in follow[:1] if not s.triggers), None)
        if venue is not None and venue.place and (place is None or place.city in (None, venue.city)):
            place = venue
    moved = _elsewhere(opening, article.lang) if "visit" in (draft.kind, *draft.kinds) else None
    if moved is not None and (place is None or place.city is None):
        visited = english_country(visit.country) if visit is not None and visit.country else None
        country = moved.country or previous_city[1] or visited
        return Location(place.place if place else moved.place, moved.city, country) if country else None
    if place is None and DISTRICT.search(opening.sentence.plain) and previous_city[1]:
        # «Сарыағаш ауданындағы … аралады»: the text moves the meeting out of the city to a district
        # it does not place in a city; the country stays.
        place = Location(None, None, previous_city[1])
    if place is None and draft.in_visit and visit is not None:
        place = _place_of(sents[visit.sentence], article.lang)
        if place is not None:
            place.place = None
        elif not previous_city[0] and (visit.city or visit.country):
            place = Location(None, visit.city, english_country(visit.country) if visit.country else None)
    if place is None and previous_city[0]:
        place = Location(None, previous_city[0], previous_city[1])
    if place is not None and place.place and place.city is None and place.country:
        # A ministry the text places nowhere sits in its country's capital, unless the visit or the
        # meeting before names the city (below); the country was kept as its code until here.
        code = place.country
        place.country = english_country(code)
        # Another country's generic seat («в Доме правительства Кыргызстана») after a meeting at home is in
        # that country's capital, not in the city of the meeting before.
        elsewhere = place.place in seats.generic and previous_city[1] not in (None, place.country)
        on_visit = draft.in_visit and visit is not None
        if code in seats.capitals and not on_visit and (not previous_city[0] or elsewhere):
            place.city = seats.capitals[code]
    if place is not None and place.place and place.city is None:
        # A ministry or a company's headquarters is in the city of the visit, or of the meeting before.
        around = _place_of(sents[visit.sentence], article.lang) if draft.in_visit and visit is not None else None
        if around is not None and around.city:
            place.city, place.country = around.city, around.country
        elif draft.in_visit and visit is not None and visit.city:
            place.city, place.country = visit.city, english_country(visit.country) if visit.country else None
        elif previous_city[0]:
            place.city, place.country = previous_city
    if place is not None and place.place and place.country is None and draft.in_visit and visit is not None:
        # A plant toured on a visit abroad whose city the text never names is still in the visited country.
        place.country = english_country(visit.country) if visit.country else None
    return place


def _glued(person: Person, people: list[Person]) -> bool:
    """A name read with a word too many («Сондай-ақ Ласло Кёвер», «Бөлекпаев Теміртау»), with no office
    of its own, is the person named without that word: the same man must not appear twice."""
    words = person.name_original.split()
    if person.role is not None or person.from_gazetteer:
        return False
    for other in people:
        part = other.name_original.split()
        if other is not person and len(part) < len(words) and any(
            words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1)
        ):
            return True
    return False


def _outcome(text: str) -> str | None:
    agreed = r"уағдаласты|келісті|договорил|решено|приглашение|шақыру|подтвердил"
    if FUTURE.search(text) and not re.search(agreed, text, re.IGNORECASE):
        return None
    return next((summary for pattern, summary in OUTCOMES if re.search(pattern, text, re.IGNORECASE)), None)


PASSIVE = re.compile(r"\bбыл[аи]? принят", re.IGNORECASE)


def _receiver(opening: Sent) -> Person | None:
    """At a reception the one who receives is the subject of «қабылдады» / «принял»; in the passive
    («Посол был принят Президентом») the agent in the instrumental."""
    case = "ins" if PASSIVE.search(opening.sentence.plain) else "nom"
    return next((m.person for m in opening.mentions if m.person is not None and m.case == case), None)


CHAIR = re.compile(r"под председательством|төрағалығымен|төрағалық ет(?:ті|кен)|председательствовал", re.IGNORECASE)


def _chair(members: list[Sent]) -> Person | None:
    """«под председательством Президента Казахстана …», «… төрағалығымен»: the chair hosts."""
    for s in members:
        match = CHAIR.search(s.sentence.plain)
        if not match:
            continue
        people = [m for m in s.mentions if m.person is not None]
        if s.tokens and people:
            after = [m for m in people if s.tokens[m.start].start > match.start()]
            before = [m for m in people if s.tokens[m.end - 1].end <= match.start()]
            # Two names before «төрағалық етті» are co-chairs: neither alone is the host.
            chosen = (
                after[0] if match.group().startswith("под") and after else (before[0] if len(before) == 1 else None)
            )
            if chosen is not None:
                return chosen.person
    return None


def _host_country(meeting: Meeting, draft: Draft, visit: Visit | None, opening: Sent, text: str) -> str | None:
    """The side on whose soil the meeting is held. Where the text names the place, a participant of that
    country hosts (an akim in his region, the Emirates' minister at a signing in Abu Dhabi), and a place
    no participant is from has no host. Without a place, the traveller of a visit is the guest, unless he
    is an akim touring his own region; and a meeting at an akimat is its akim's."""
    country = meeting.location.country
    if country is not None:
        return next((p.country for p in draft.people if p.country and english_country(p.country) == country), None)
    local = _local_head(draft, LOCAL_OFFICES)
    if draft.in_visit and visit is not None and visit.visitor is not None:
        if visit.visitor is local and visit.country in (None, local.country):
            # An akim touring a plant of his own region travels, but on his own soil.
            return local.country
        others = [
            p.country
            for p in draft.people
            if p is not visit.visitor and p.country and p.country != visit.visitor.country
        ]
        if others:
            return others[0]
    guests_host = _guests_host(draft, opening)
    akim = _local_head(draft, ("akim",))
    if guests_host is None and akim is not None and AT_LOCAL_SEAT.search(text):
        # «Кездесу облыс әкімдігінде өтті», «в акимате области»: held at the seat of the akim who was met.
        return akim.country
    return guests_host


# The seat of a Kazakh local government (akimat), where its akim receives.
AT_LOCAL_SEAT = re.compile(r"әкімдіг\w*(?:де|те)\b|в\s+акимат\w*", re.IGNORECASE)
LOCAL_OFFICES = ("akim", "governor", "khokim", "mayor")


def _local_head(draft: Draft, offices: tuple[str, ...]) -> Person | None:
    """The one participant who heads a region or city (an akim, a governor)."""
    heads = [p for p in draft.people if p.role and p.role.split(" of ")[0] in offices and p.country]
    return heads[0] if len(heads) == 1 else None


def _guests_host(draft: Draft, opening: Sent) -> str | None:
    """Where the text names no place, the guest still shows who hosts: the head of a delegation («X
    бастаған делегация», «делегация во главе с X») or an envoy is received by the other side."""
    text = opening.sentence.plain
    heads = [
        m.person
        for m in opening.mentions
        if m.person is not None
        and (
            re.match(r"\s*(?:бастаған|басқарған)", text[opening.tokens[m.end - 1].end :])
            or re.search(r"во главе с\s*$|возглавляем\w+\s*$", text[: opening.tokens[m.phrase_start].start])
        )
    ]
    guests = {p.country for p in [*heads, *(p for p in draft.people if p.role == "ambassador")] if p and p.country}
    hosts = {p.country for p in draft.people if p.country and p.country not in guests}
    return hosts.pop() if guests and len(hosts) == 1 else None
