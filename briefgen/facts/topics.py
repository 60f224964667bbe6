"""A small fixed taxonomy of what meetings discuss, found from word stems and lemmas each language's data
lists (`topics:` in briefgen/lang/data/<lang>.facts.yaml), after its figures of speech are taken out.

Stems rather than whole words: «тауар айналымын», «товарооборот», «сауда-экономикалық» all say trade. A
short word whose stem would start too many others (газ, рейс, уголь) is matched by its lemma instead:
pymorphy3 for Russian, the Kazakh stemmer for Kazakh, so «газа», «газды», «рейсов», «көмірді» are found.

A topic is what a sentence discusses, not a word it holds. So the data's `not_topics` also take out the
words of names: an office's fields («министр иностранных дел и внешней торговли»), an organization's, an
event's or a venue's name («Европейский инвестиционный банк», «инвестиционный форум», «туристическая зона
«Аваза»»); a recalled past event gives none; and money a lender or a donor gives is finance, not investment.
These are regular expressions rather than a grammar (yargy) or a matcher (spaCy): they are a pack's data,
one per class of phrase, and one scan of them all costs less than tagging the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import derived_from_packs, lemmas_in_any_language
from .figures import find_figures
from .language import FactsLanguage, facts_language

# The fixed taxonomy, in its order (tests/facts/corpus/README.md); the words that name each topic are each
# language's data (`topics:` in briefgen/lang/data/<lang>.facts.yaml).
TAXONOMY = (
    "trade", "investment", "transport and transit", "water", "energy", "industry", "agriculture", "security",
    "culture", "education", "health", "digital", "finance", "environment", "tourism",
)  # fmt: skip


@dataclass(frozen=True)
class TopicWords:
    """One language's `topics:` data (see briefgen/lang/data/<lang>.facts.yaml)."""

    stems: dict[str, re.Pattern[str]]  # stems start a word: «астық» (grain) is not the end of «ынтымақтастық»
    # The stems a capitalised word inside a sentence may start: a capital there starts a name (Бекетаев, Туристов,
    # Уранов are people, not a border post, tourists or uranium), so only the stems the data writes with a capital
    # (Ауғанстан, Сырдария, АЭС) or as a pattern are asked there.
    name_stems: dict[str, re.Pattern[str]]
    # Where any topic's stem starts: one pass over a sentence finds the few places worth asking each topic
    # about (a search per topic over every sentence was a quarter of extraction's time, bench/PROFILE.md).
    any_stem: re.Pattern[str]
    lemmas: dict[str, frozenset[str]]  # short words whose stem would start unrelated words (газ/газета)
    # Figures of speech that name a topic's word without discussing it; each starts at a word's edge, so the
    # one alternation of them all is tried there only, not at every letter.
    not_topics: re.Pattern[str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]  # a phrase said in another topic's word
    any_rewrite: re.Pattern[str]  # where any of them matches: one scan, so most sentences try none of them
    projects: frozenset[str]  # money put into these is investment
    supply: re.Pattern[str]  # … unless they are to supply goods
    lenders: re.Pattern[str]  # … or a lender or donor gives the money (finance, not investment)
    # What makes a recalled sentence an event (a meeting, a visit, a signing, an agreement): a recalled figure
    # without one is a statistic the report gives as background to this meeting, and its topic counts.
    recalled_events: re.Pattern[str]


NEVER = re.compile(r"(?!)")


@derived_from_packs
def topic_words(code: str) -> TopicWords:
    data = facts_language(code).data.get("topics") or {}
    listed = {str(topic): [str(s) for s in words] for topic, words in (data.get("stems") or {}).items() if words}
    return TopicWords(
        *_stems(listed),
        {topic: frozenset(str(w) for w in words) for topic, words in (data.get("lemmas") or {}).items()},
        _any_of(data.get("not_topics"), r"\b"),
        tuple((re.compile(str(p), re.IGNORECASE), str(r)) for p, r in data.get("rewrites") or []),
        _any_of([p for p, _ in data.get("rewrites") or []]),
        frozenset(str(w) for w in data.get("projects") or []),
        _any_of(data.get("supply")),
        _any_of(data.get("lenders")),
        _any_of(data.get("recalled_events")),
    )


def _stems(
    listed: dict[str, list[str]],
) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]], re.Pattern[str]]:
    """Each topic's stems, those a name may start (written with a capital, or a pattern), and where any starts."""
    every_stem = _by_first_letter([s for words in listed.values() for s in words])
    return (
        {topic: _any_of(words, r"\b") for topic, words in listed.items()},
        {topic: _any_of([w for w in words if not w[:1].islower()], r"\b") for topic, words in listed.items()},
        _compiled(rf"\b(?=(?:{every_stem}))" if every_stem else ""),
    )


def _any_of(patterns: str | list[object] | None, start: str = "") -> re.Pattern[str]:
    """One pattern for any of `patterns` (a list, one pattern or none), tried only where `start` holds; never
    matching when there are none."""
    listed = [patterns] if isinstance(patterns, str) else [str(p) for p in patterns or []]
    return _compiled(rf"{start}(?:{'|'.join(listed)})" if listed else "")


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE) if pattern else NEVER


def _by_first_letter(stems: list[str]) -> str:
    """One alternation of every stem, grouped by its first letter («энерг|электр» → «э(?:нерг|лектр)»), so
    that at each word the regex engine tries the few stems of its letter rather than all of them."""
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for stem in stems:
        if stem[:1].isalnum() and stem[1:2] not in ("*", "+", "?", "{"):
            groups.setdefault(stem[0].lower(), []).append(stem[1:])
        else:
            rest.append(stem)
    grouped = [f"{re.escape(first)}(?:{'|'.join(tails)})" for first, tails in groups.items()]
    return "|".join(grouped + rest)


WORD = re.compile(r"[^\W\d_]+")


def _funds_projects(text: str, original: str, lemmas: set[str], words: TopicWords) -> bool:
    """Money put into projects, or into enterprises to be set up, is investment, whatever the verb
    («направит на совместные проекты средства в объеме до …», «жобаларға 2 млрд доллар бөлінеді»); not
    the value of projects to supply goods or machines, which is trade or industry («жабдық жеткізу жобаларын»),
    nor a lender's or a donor's money («Банк профинансировал 60 проектов», «грант в размере 40 млн евро»);
    both read in the `original` sentence, since the rewrites take supplying and financing words out of `text`."""
    trade = words.stems.get("trade")
    if not words.projects & lemmas or words.supply.search(original) or (trade is not None and trade.search(text)):
        return False
    if words.lenders.search(original):
        return False
    return any(f.unit and f.unit.isupper() and len(f.unit) == 3 for f in find_figures(text))


def topics_of(text: str, language: FactsLanguage) -> list[str]:
    """The topics a sentence discusses, in taxonomy order. A past event recalled («Напомним, в мае президенты
    обсудили …», «Еске салайық, …») is background: what was discussed then is not this meeting's topic. A
    figure recalled with no event («Напомним, в прошлом году товарооборот составил …») is the meeting's
    background in numbers, and says its topic (README: a sentence or a figure about it)."""
    words = topic_words(language.code)
    if language.marker("recall").match(text) and not _recalled_figure(text, words):
        return []
    original = text
    # Figures of speech and rewrites only take out or reword a topic's stem (greenhouse gases are a stem of
    # the environment's), so a sentence without any stem skips them: half of all sentences, most of the time.
    if words.any_stem.search(text):
        text = words.not_topics.sub(" ", text)
        if words.any_rewrite.search(text):
            for pattern, replacement in words.rewrites:
                text = pattern.sub(replacement, text)
    stated = _stated(text, words)
    lemmas = set().union(*(lemmas_in_any_language(w.group()) for w in WORD.finditer(text) if _common(w)))
    return [
        topic
        for topic in TAXONOMY
        if topic in stated
        or words.lemmas.get(topic, frozenset()) & lemmas
        or (topic == "investment" and _funds_projects(text, original, lemmas, words))
    ]


def _recalled_figure(text: str, words: TopicWords) -> bool:
    """A recalled sentence that states a figure and names no event."""
    return not words.recalled_events.search(text) and bool(find_figures(text))


def _common(word: re.Match[str]) -> bool:
    """A word that may be a common noun: a capital inside a sentence starts a name, and a name is not
    looked up by lemma (the Gaza Strip, «секторе Газа», is no gas)."""
    return word.start() == 0 or not word.group()[0].isupper()


def _stated(text: str, words: TopicWords) -> set[str]:
    """The topics whose stems the text holds: each asked only where some stem starts."""
    found: set[str] = set()
    for hit in words.any_stem.finditer(text):
        stems = words.name_stems if _names(text, hit.start()) else words.stems
        found.update(t for t, pattern in stems.items() if t not in found and pattern.match(text, hit.start()))
    return found


OPENERS = '«"“„(:.!?–—-'  # what a sentence, a quotation or a clause after a dash starts after


def _names(text: str, start: int) -> bool:
    """Whether the word at `start` is capitalised inside its sentence (Бекетаев), so starts a name."""
    if not (text[start].isupper() and text[start + 1 : start + 2].islower()):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in OPENERS
