"""Stage 3, translate: fill each Article's English side.

Sources, in order of authority: a human translation beside the article, then a Translator (machine
translation behind a translation memory). The stage gathers every sentence of the whole build that still
needs translating, deduplicated across articles, and hands them to the Translator in one call per
language pair, so that a backend can batch freely.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple, Protocol, runtime_checkable

from ..model import Article, BuildReport, Translation, TranslationOrigin
from .human import apply_human_translation


class Translator(Protocol):
    def supports(self, source: str, target: str) -> bool:
        """Whether this translator can translate the pair at all."""
        ...

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation | None]:
        """One result per text, in order; None where no translation could be made."""
        ...


@runtime_checkable
class Explaining(Protocol):
    """A Translator that can say what went wrong with a sentence, for the build's warnings."""

    def lost_terms(self, text: str, source: str, target: str) -> list[tuple[str, str]]:
        """(source form, English) of each glossary term missing from the translation of `text`."""
        ...

    def failure(self, text: str, source: str, target: str) -> str | None:
        """Why the model could not translate `text`, if it tried and failed."""
        ...

    def stopped(self, source: str, target: str) -> str | None:
        """Why translation of the pair stopped before the end (a server gone down), as one line."""
        ...


class Spot(NamedTuple):
    """A sentence where the warnings name it: its id and line."""

    id: str
    line: int


@dataclass(frozen=True)
class Answer:
    """What one text got: its origin (None: left untranslated), the glossary terms its translation lost and
    why the model failed on it; in an Outcome, with the article's sentences that carry it (id, line)."""

    text: str
    origin: TranslationOrigin | None
    lost: tuple[tuple[str, str], ...] = ()
    failure: str | None = None
    places: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What the stage gave one article, as the article memo keeps it, so that a later build counts and warns
    for it as translating it would: the sentences a human gave (its sidecar, the memory's corrections), its
    sidecar's warnings, its sentences left untranslated for want of a model, the hashes (`text_key`) of its
    distinct texts the memory translated (counted once across the site, however many articles carry
    them), and the texts that warned (a lost term, a failure) whole, with their places, for those warnings.
    Kept small: the sentences themselves are the article's, which the build does not read (ten times the
    size, every text kept whole)."""

    human: int = 0
    warnings: tuple[str, ...] = ()
    missing: int = 0
    remembered: tuple[bytes, ...] = ()
    said: tuple[Answer, ...] = ()


def text_key(text: str) -> bytes:
    """A text as Outcome.remembered names it."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).digest()


@dataclass
class _Tally:
    """An Outcome as the stage makes it."""

    human: int = 0
    warnings: tuple[str, ...] = ()
    missing: int = 0
    remembered: list[bytes] = field(default_factory=list)
    said: list[Answer] = field(default_factory=list)

    def add(self, answer: Answer, spot: Spot) -> None:
        """One sentence of the article, with what its text got: an article's sentences of one text come
        together."""
        if answer.origin is None and answer.failure is None:
            self.missing += 1
        elif answer.origin == "human":
            self.human += 1
        elif answer.origin is not None and not answer.lost:
            key = text_key(answer.text)
            if not self.remembered or self.remembered[-1] != key:
                self.remembered.append(key)
        elif self.said and self.said[-1].text == answer.text:
            self.said[-1] = replace(self.said[-1], places=(*self.said[-1].places, tuple(spot)))
        else:
            # Machine output is kept as "memory": the memory holds it now, and so the next build counts it.
            origin = "memory" if answer.origin == "machine" else answer.origin
            self.said.append(replace(answer, origin=origin, places=(tuple(spot),)))

    def outcome(self) -> Outcome:
        return Outcome(self.human, self.warnings, self.missing, tuple(self.remembered), tuple(self.said))


@dataclass
class _Pending:
    """Every sentence of the build still to translate, by language pair and text, and what the recorded
    outcomes of articles not translated again add to each pair."""

    texts: dict[tuple[str, str], dict[str, list[tuple[Article, Spot]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    asked: dict[tuple[str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )  # of articles translated now
    answered: dict[tuple[str, str], dict[str, Answer]] = field(default_factory=lambda: defaultdict(dict))
    missing: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    remembered: dict[tuple[str, str], set[bytes]] = field(default_factory=lambda: defaultdict(set))

    def pairs(self) -> list[tuple[str, str]]:
        return sorted({*self.texts, *self.missing, *self.remembered})

    def replay(self, article: Article, pair: tuple[str, str], kept: Outcome, report: BuildReport) -> None:
        report.human += kept.human
        report.warnings.extend(kept.warnings)
        self.missing[pair] += kept.missing
        self.remembered[pair].update(kept.remembered)
        for answer in kept.said:
            self.texts[pair][answer.text].extend((article, Spot(*place)) for place in answer.places)
            self.answered[pair][answer.text] = answer


def translate_articles(
    articles: Sequence[Article],
    target: str,
    translator: Translator,
    report: BuildReport,
    recorded: Mapping[int, Outcome] | None = None,
) -> dict[int, Outcome]:
    """Translate the articles, counting in `report`, and return what the stage gave each (by id), for the
    article memo. An article whose Outcome `recorded` holds (by id: a summary that stands in for it, kept by
    a build whose translation inputs were these) is not translated: it already carries its translations,
    and its outcome counts and warns for it as translating it would, distinct sentences across the site
    counted once whichever articles they come from."""
    recorded = recorded or {}
    pending = _Pending()
    tallies: dict[int, _Tally] = {}
    for article in articles:
        kept = recorded.get(id(article))
        if kept is None:
            tallies[id(article)] = tally = _Tally()  # an English article has nothing to translate: an empty one
        if article.lang == target:
            continue
        pair = (article.lang, target)
        if kept is not None:
            pending.replay(article, pair, kept, report)
            continue
        human, said = report.human, len(report.warnings)
        apply_human_translation(article, report)
        tally.warnings = tuple(report.warnings[said:])
        tally.human = report.human - human
        for sentence in article.untranslated():
            pending.texts[pair][sentence.plain].append((article, Spot(sentence.id, sentence.line)))
            pending.asked[pair].add(sentence.plain)
    for pair in pending.pairs():
        _translate_pair(pair, pending, translator, tallies, report)
    return {number: tally.outcome() for number, tally in tallies.items()}


def _translate_pair(
    pair: tuple[str, str], pending: _Pending, translator: Translator, tallies: dict[int, _Tally], report: BuildReport
) -> None:
    """One language pair's distinct texts: those of articles translated now go to the translator, the
    others are counted from their outcomes."""
    by_text = pending.texts[pair]
    texts = sorted(by_text)
    ask = [text for text in texts if text in pending.asked[pair]]
    results = translator.translate(ask, *pair) if ask and translator.supports(*pair) else [None] * len(ask)
    explaining = translator if isinstance(translator, Explaining) else None
    stopped = _stopped(explaining, pair, report)
    if missing := pending.missing[pair]:
        report.untranslated += missing
        report.missing_pairs[pair] = report.missing_pairs.get(pair, 0) + missing
    fresh = dict(zip(ask, results, strict=True))
    for text in texts:
        places = by_text[text]
        if text in fresh:
            answer = _answer(text, fresh[text], explaining, pair)
            _give(fresh[text], answer, places, tallies)
        else:
            answer = pending.answered[pair][text]
        _count(answer, places, pair, stopped is not None, report)
    # Distinct texts only the articles not translated again carry, which the memory translated.
    report.cached += len(pending.remembered[pair] - {text_key(text) for text in ask})


def _stopped(explaining: Explaining | None, pair: tuple[str, str], report: BuildReport) -> str | None:
    """Why the translator stopped before the end of the pair, said once in the report."""
    stopped = explaining.stopped(*pair) if explaining is not None else None
    if stopped is not None:
        report.translation_stopped = report.translation_stopped or stopped
        if stopped not in report.warnings:  # one line, however many pairs it cost
            report.warnings.append(stopped)
    return stopped


def _give(
    result: Translation | None, answer: Answer, places: list[tuple[Article, Spot]], tallies: dict[int, _Tally]
) -> None:
    """A text's translation to the sentences that carry it in the articles translated now, and to their
    outcomes (an article not translated again has its own)."""
    for article, spot in places:
        tally = tallies.get(id(article))
        if tally is None:
            continue
        if result is not None:
            article.translations[spot.id] = result
        tally.add(answer, spot)


def _answer(text: str, result: Translation | None, explaining: Explaining | None, pair: tuple[str, str]) -> Answer:
    """What the translator gave a text, with what it can say of it (an Explaining translator)."""
    if result is None:
        return Answer(text, None, failure=explaining.failure(text, *pair) if explaining is not None else None)
    lost = explaining.lost_terms(text, *pair) if explaining is not None and result.origin != "human" else []
    return Answer(text, result.origin, tuple(lost))


def _count(
    answer: Answer, places: list[tuple[Article, Spot]], pair: tuple[str, str], stopped: bool, report: BuildReport
) -> None:
    """Count one distinct text of a pair, with its warnings."""
    if answer.origin is None:
        _count_untranslated(places, pair, answer.failure, stopped, report)
        return
    if answer.origin == "machine":
        report.translated += 1
    elif answer.origin == "memory":
        report.cached += 1
    else:
        report.human += len(places)
    report.warnings.extend(
        f"{article.source.path}:{spot.line}: the {answer.origin} translation lost the term "
        f"'{form}' ({english}) — check it, or correct it with "
        f'`briefgen memory correct {spot.id} "English"`'
        for form, english in answer.lost
        for article, spot in places
    )


def _count_untranslated(
    places: list[tuple[Article, Spot]],
    pair: tuple[str, str],
    failure: str | None,
    stopped: bool,
    report: BuildReport,
) -> None:
    """Count a sentence left untranslated and say why: the model failed on it, the translator stopped
    (already said once for the pair), or there is no model for the pair (the summary's hint)."""
    report.untranslated += len(places)
    if failure is not None:
        report.warnings.extend(
            f"{article.source.path}:{sentence.line}: the model could not translate a sentence "
            f"({failure}) — split it, or give its translation with "
            f'`briefgen memory correct {sentence.id} "English"`'
            for article, sentence in places
        )
    elif stopped:
        report.not_sent += len(places)
    else:
        report.missing_pairs[pair] = report.missing_pairs.get(pair, 0) + len(places)
