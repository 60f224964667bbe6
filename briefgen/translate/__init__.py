"""Stage 3, translate: fill each Article's English side.

Sources, in order of authority: a human translation beside the article, then a Translator (machine
translation behind a translation memory). The stage gathers every sentence of the whole build that still
needs translating, deduplicated across articles, and hands them to the Translator in one call per
language pair, so that a backend can batch freely.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from ..model import Article, BuildReport, Translation
from .human import apply_human_translation


class Translator(Protocol):
    def supports(self, source: str, target: str) -> bool:
        """Whether this translator can translate the pair at all."""
        ...

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation | None]:
        """One result per text, in order; None where no translation could be made."""
        ...


class NoTranslator:
    """What a build has when no model is installed: nothing is machine-translated."""

    def supports(self, source: str, target: str) -> bool:
        return False

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation | None]:
        return [None] * len(texts)


def translate_articles(articles: Sequence[Article], target: str, translator: Translator, report: BuildReport) -> None:
    pending: dict[tuple[str, str], dict[str, list[tuple[Article, str]]]] = defaultdict(lambda: defaultdict(list))
    for article in articles:
        if article.lang == target:
            continue
        apply_human_translation(article, report)
        for sentence in article.untranslated():
            pending[(article.lang, target)][sentence.plain].append((article, sentence.id))

    for pair, by_text in sorted(pending.items()):
        texts = sorted(by_text)
        results = translator.translate(texts, *pair) if translator.supports(*pair) else [None] * len(texts)
        for text, result in zip(texts, results, strict=True):
            if result is None:
                report.untranslated += len(by_text[text])
                report.missing_pairs[pair] = report.missing_pairs.get(pair, 0) + len(by_text[text])
                continue
            if result.origin == "machine":
                report.translated += 1
            elif result.origin == "memory":
                report.cached += 1
            else:
                report.human += len(by_text[text])
            for article, sentence_id in by_text[text]:
                article.translations[sentence_id] = result
