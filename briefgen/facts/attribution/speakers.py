"""Who said each quotation."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ...model import Article, Quote
from ..gazetteer import Entry
from ..meetings.sentences import Draft, Sent, subject_of
from ..people.model import Person
from ..people.offices import opens_with
from ..people.organizations import organizations_in
from .quotes import FoundQuote, find_quotes


@dataclass(frozen=True)
class Spoken:
    quote: Quote
    last_sentence: int  # the meeting whose sentences hold this one holds the quotation
    rules: tuple[str, ...] = ()  # how the quotation was found, and how its speaker
    spans: tuple[tuple[int, int, int], ...] = ()  # (sentence index, start, end) of the quoted words
    afterwards: bool = False  # a post written after the events («Позднее X написал: «…»»)


# A company or body named in Latin letters («Masdar», «SOCAR», «KEGOC»), as an attribution names it.
LATIN_NAME = re.compile(r"[A-Za-z][\w-]+")
WORD = re.compile(r"[^\W\d_]+")
LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z][A-Za-z0-9]*")  # «G42» of «G42-мен»

Offsets = list[tuple[int, int, Sent]]  # each sentence's span in its paragraph's text
MAX_RUN = 6  # paragraphs one quotation may run over: a bound on the work an unclosed mark can cause


def quotes_of(article: Article, sents: list[Sent]) -> list[Spoken]:
    """Every quotation of the article, paragraph by paragraph, with its speaker."""
    by_block: dict[int, list[Sent]] = {}
    for s in sents:
        by_block.setdefault(s.block, []).append(s)
    return [q for run, reopened in _runs(list(by_block.values())) for q in _paragraph_quotes(sents, run, reopened)]


def _runs(blocks: list[list[Sent]]) -> list[tuple[list[Sent], frozenset[int]]]:
    """The paragraphs read as one: a quotation of several paragraphs, attributed once at its end, is one
    quotation. The press opens it with «, reopens it (or not) at each paragraph and closes it once: «A. /
    «B», — сказал X. A paragraph that opens a quotation it does not close is read with the ones after it, up
    to the one that closes it (MAX_RUN paragraphs at most); the sentences whose « reopens it are returned
    with it, that mark to be read as a space."""
    runs: list[tuple[list[Sent], frozenset[int]]] = []
    i = 0
    while i < len(blocks):
        run, reopened, balance, j = list(blocks[i]), set(), _balance(blocks[i]), i + 1
        opens = blocks[i][0].sentence.plain.lstrip().startswith("«") and balance > 0
        while opens and balance > 0 and j < len(blocks) and j - i < MAX_RUN:
            first = blocks[j][0]
            if first.sentence.plain.lstrip().startswith("«"):
                reopened.add(first.index)
                balance -= 1
            balance += _balance(blocks[j])
            run += blocks[j]
            j += 1
        if opens and balance != 0:  # never closed: each paragraph is read alone
            run, reopened, j = list(blocks[i]), set(), i + 1
        runs.append((run, frozenset(reopened)))
        i = j
    return runs


def _balance(block: list[Sent]) -> int:
    return sum(s.sentence.plain.count("«") - s.sentence.plain.count("»") for s in block)


def _paragraph_quotes(sents: list[Sent], block_sents: list[Sent], reopened: frozenset[int]) -> list[Spoken]:
    offsets: Offsets = []
    text = ""
    for s in block_sents:
        if text:
            text += " "
        offsets.append((len(text), len(text) + len(s.sentence.plain), s))
        # A quotation's mark reopened at a paragraph of it is read as a space: the same length, the same offsets.
        text += s.sentence.plain.replace("«", " ", 1) if s.index in reopened else s.sentence.plain
    return [_spoken(sents, block_sents, offsets, text, found) for found in find_quotes(text, block_sents[0].language)]


def _spoken(sents: list[Sent], block_sents: list[Sent], offsets: Offsets, text: str, found: FoundQuote) -> Spoken:
    """One quotation of the paragraph, with its speaker and the sentences it and its attribution are in."""
    covered = [s for a, b, s in offsets if a < found.end and b > found.start]
    who_sent = next((s for a, b, s in offsets if a <= found.who_start < b or a < found.who_end <= b), None)
    speaker, rule = _speaker_of(sents, block_sents, offsets, found, who_sent, text)
    ids = [s.sentence.id for s in covered]
    last = max((s.index for s in covered), default=who_sent.index if who_sent else 0)
    if who_sent is not None:
        last = max(last, who_sent.index)
        if who_sent.sentence.id not in ids:
            ids.append(who_sent.sentence.id)
    quote = Quote(speaker.name if speaker else None, found.text, ids)
    spans = tuple(
        (s.index, max(found.start - a, 0), min(found.end, b) - a)
        for a, b, s in offsets
        if a < found.end and b > found.start
    )
    post = _posted_afterwards(who_sent or next(iter(covered), None))
    return Spoken(quote, last, (found.rule, rule), spans, post)


def _posted_afterwards(s: Sent | None) -> bool:
    """A post its writer published after the events: the sentence opens with the language's word for
    «later» (`posts: afterwards`) and writes rather than says (`posts: written`)."""
    if s is None:
        return False
    text = s.sentence.plain.strip()
    return bool(s.language.post("afterwards").match(text) and s.language.post("written").search(text))


def place_posts(spoken: list[Spoken], drafts: list[Draft]) -> list[Spoken]:
    """A post written after the events («Позднее X написал в Telegram-канале: «…»», «Сапар соңында … «…» деп
    жазды») sums them up: it belongs to the first meeting its writer took part in, not to the last one
    reported before it (a tour, a sidelines meeting) — unless it names the partner of one meeting of its
    writer's alone («Договорились с коллегой Чо Хёном …», «G42-мен серіктестік …»), which it is about."""
    placed = []
    for q in spoken:
        own = [d for d in drafts if q.quote.speaker in {p.name for p in d.people}]
        about = [d for d in own if _names_partner(q.quote, d)]
        chosen = about[0] if len(about) == 1 else own[0] if own else None
        if q.afterwards and chosen is not None:
            q = dataclasses.replace(q, last_sentence=chosen.opening)
        placed.append(q)
    return placed


def _names_partner(quote: Quote, draft: Draft) -> bool:
    """Whether a quotation names someone of the meeting besides its speaker: by a word of their name in any
    case form («Чо Хёном» for Чо Хён), or by the company in their office written in Latin letters («G42»)."""
    words = [w.lower() for w in WORD.findall(quote.text_original)]
    latin = {w.lower() for w in LATIN_WORD.findall(quote.text_original) if not w.islower()}
    for person in draft.people:
        if person.name == quote.speaker:
            continue
        stems = [t.lower()[: max(3, len(t) - 2)] for t in person.name_original.split() if len(t) >= 3]
        if any(w.startswith(stem) for stem in stems for w in words):
            return True
        if latin & set((person.role or "").split()):
            return True
    return False


def mark_quoted(sents: list[Sent], spoken: list[Spoken]) -> None:
    """People named inside a quotation are talked about by its speaker: none of them takes part for it. Nor
    does a word for an encounter inside one («Бүгінгі келіссөздер …» in a post) report or name the meeting:
    its kind is what the article calls it."""
    for q in spoken:
        for index, start, end in q.spans:
            s = sents[index]
            for m in s.mentions:
                if start <= s.tokens[m.start].start < end:
                    m.quoted = True
            s.triggers = [t for t in s.triggers if not start <= t.start < end]


def _speaker_of(
    sents: list[Sent], block_sents: list[Sent], offsets: Offsets, found: FoundQuote, who_sent: Sent | None, text: str
) -> tuple[Person | None, str]:
    """The speaker the attribution names, else the person of the country or body it names, else the
    subject of the paragraph or of the one before."""
    start, end = found.who_start, found.who_end
    if who_sent is not None:
        # A name first; then the company or body named («— деді ЮНИДО басшысы»), before an office alone, which
        # a bare «басшысы» would make the head of state; then a country's office.
        for rule, read in (
            ("speaker.named", lambda: _speaker(who_sent, offsets, start, end, by_name=True)),
            ("speaker.by_organisation", lambda: _by_organisation(sents, who_sent, offsets, start, end)),
            ("speaker.named", lambda: _speaker(who_sent, offsets, start, end)),
            ("speaker.by_country", lambda: _by_country(sents, who_sent, offsets, start, end)),
        ):
            person = read()
            if person is not None:
                return person, rule
    person = _by_office(sents, who_sent, offsets, start, end) if who_sent is not None else None
    if person is not None:
        return person, "speaker.by_office"
    person = _paragraph_subject(offsets, found.start)
    if person is not None:
        return person, "speaker.paragraph_subject"
    if block_sents[0].index > 0:
        # A quotation paragraph of its own, attributed by an office the text cannot resolve («— сказал глава
        # венгерского МИД»), follows the paragraph about its speaker.
        person = _subject_of_block(sents, block_sents[0].block - 1)
        if person is not None:
            return person, "speaker.previous_paragraph"
    return None, "speaker.none"


def _speaker(
    s: Sent, offsets: list[tuple[int, int, Sent]], start: int, end: int, by_name: bool = False
) -> Person | None:
    """The person the attribution names (by name only, with `by_name`; else by an office too)."""
    base = next(a for a, _, x in offsets if x is s)
    for m in s.mentions:
        token_start = base + s.tokens[m.start].start
        if start <= token_start < end and m.person is not None and not (by_name and m.reference):
            return m.person
    return None


def _by_country(
    sents: list[Sent], s: Sent, offsets: list[tuple[int, int, Sent]], start: int, end: int
) -> Person | None:
    """«— заявила глава германского ведомства», «— деді тәжік парламентінің басшысы»: an office the
    gazetteer lacks, but of a country; the speaker is the last person of that country named before as one
    taking part (the subject, the one received or met), not their head of state named only as the sender of
    greetings («приветствие Президента Кыргызстана …»: a genitive), who is the speaker only when no one of
    that country takes part."""
    base = next(a for a, _, x in offsets if x is s)
    countries = {
        m.entry.name
        for m in s.matches
        if m.entry.kind in ("country", "adjective") and start <= base + s.tokens[m.start].start < end
    }
    if not countries:
        return None
    named = [
        m
        for earlier in reversed(sents[: s.index + 1])
        for m in reversed(earlier.mentions)
        if m.person is not None and m.person.country in countries and not m.reference
    ]
    taking_part = next((m for m in named if m.takes_part and not m.quoted), None)
    chosen = taking_part or next(iter(named), None)
    return chosen.person if chosen is not None else None


def _by_office(sents: list[Sent], s: Sent, offsets: Offsets, start: int, end: int) -> Person | None:
    """«— деді еурокомиссар», «— сказал министр»: an office no one was resolved to is the last person named
    before who holds it (its class, or an office it opens), not the subject of the paragraph before, which
    is often the other side."""
    base = next(a for a, _, x in offsets if x is s)
    titles = [
        t for m in s.mentions if m.person is None and start <= base + s.tokens[m.start].start < end for t in m.titles
    ]
    if not titles:
        return None
    for earlier in reversed(sents[: s.index + 1]):
        for m in reversed(earlier.mentions):
            if m.person is not None and not m.reference and not m.quoted and any(_holds(m.person, t) for t in titles):
                return m.person
    return None


def _holds(person: Person, title: Entry) -> bool:
    """Whether the person holds the office: of its class, in an office it opens, or of its union in an office
    of its head word («еурокомиссар»: a commissioner of the European Union)."""
    role = person.role or ""
    if title.data.get("class") and str(title.data["class"]) in person.classes or opens_with(role, title.name):
        return True
    union = title.data.get("default_country")
    return bool(union) and person.country == union and title.name.split()[-1] in role.split()


def _by_organisation(sents: list[Sent], s: Sent, offsets: Offsets, start: int, end: int) -> Person | None:
    """«— сказал глава Masdar», «— деді KEGOC басшысы», «— деді ЮНИДО басшысы»: the head of a company or
    body named in the attribution (in Latin letters, or an organization the table knows) is the person
    named before whose office is of it (chief executive officer of masdar, director general of unido), else
    the one the text named beside it, not its sentence's subject («… встретился в штаб-квартире SOCAR с
    президентом Государственной нефтяной компании Ровшаном Наджафом»)."""
    base = next(a for a, _, x in offsets if x is s)
    spoken = [t for t in s.tokens if start <= base + t.start < end]
    names = {t.text.lower() for t in spoken if LATIN_NAME.fullmatch(t.text)}
    bodies = tuple(f" of {m.entry.name}" for m in organizations_in(spoken))
    if not names and not bodies:
        return None
    earlier = list(reversed(sents[: s.index + 1]))
    return _head_named(earlier, names, bodies) or _named_beside(earlier[1:], names)


def _head_named(earlier: list[Sent], names: set[str], bodies: tuple[str, ...]) -> Person | None:
    """The last person named whose office is of the company or body (its Latin words, or its whole name)."""
    for sent in earlier:
        for m in reversed(sent.mentions):
            role = m.person.role if m.person is not None else None
            if not role or " of " not in role:
                continue
            if names & set(role.rsplit(" of ", 1)[1].split()) or role.endswith(bodies):
                return m.person
    return None


def _named_beside(earlier: list[Sent], names: set[str]) -> Person | None:
    """The person the text named in the sentence that names the company, not that sentence's subject."""
    beside = next((x for x in earlier if names & {w.lower() for w in LATIN_NAME.findall(x.sentence.plain)}), None)
    if beside is None:
        return None
    subject = subject_of(beside)
    named = [m.person for m in beside.mentions if m.person is not None and not m.reference and m.person is not subject]
    return named[-1] if named else None


def _subject_of_block(sents: list[Sent], block: int) -> Person | None:
    subjects = [subject_of(s) for s in sents if s.block == block]
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
