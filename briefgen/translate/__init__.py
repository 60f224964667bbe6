"""Stage 3, translate: fill each Article's English side.

Sources, in order of authority: a human translation beside the article, then a Translator (machine
translation behind a translation memory). The stage gathers every sentence of the whole build that still
needs translating, deduplicated across articles, and hands them to the Translator in one call per
language pair, so that a backend can batch freely.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ..model import Article, BuildReport, Sentence, Translation
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


def translate_articles(articles: Sequence[Article], target: str, translator: Translator, report: BuildReport) -> None:
    pending: dict[tuple[str, str], dict[str, list[tuple[Article, Sentence]]]] = defaultdict(lambda: defaultdict(list))
    for article in articles:
        if article.lang == target:
            continue
        apply_human_translation(article, report)
        for sentence in article.untranslated():
            pending[(article.lang, target)][sentence.plain].append((article, sentence))

    for pair, by_text in sorted(pending.items()):
        texts = sorted(by_text)
        results = translator.translate(texts, *pair) if translator.supports(*pair) else [None] * len(texts)
        explaining = isinstance(translator, Explaining)
        stopped = translator.stopped(*pair) if explaining else None
        if stopped is not None:
            report.translation_stopped = report.translation_stopped or stopped
            if stopped not in report.warnings:  # one line, however many pairs it cost
                report.warnings.append(stopped)
        for text, result in zip(texts, results, strict=True):
            if result is None:
                failure = translator.failure(text, *pair) if explaining else None
                _count_untranslated(by_text[text], pair, failure, stopped is not None, report)
                continue
            if result.origin == "machine":
                report.translated += 1
            elif result.origin == "memory":
                report.cached += 1
            else:
                report.human += len(by_text[text])
            for article, sentence in by_text[text]:
                article.translations[sentence.id] = result
            if result.origin != "human" and explaining:
                report.warnings.extend(
                    f"{article.source.path}:{sentence.line}: the {result.origin} translation lost the term "
                    f"'{form}' ({english}) — check it, or correct it with "
                    f'`briefgen memory correct {sentence.id} "English"`'
                    for form, english in translator.lost_terms(text, *pair)
                    for article, sentence in by_text[text]
                )


def _count_untranslated(
    places: list[tuple[Article, Sentence]],
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
