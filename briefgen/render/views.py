"""How an article reads in English wherever it is listed: its headline (the English title, else one
generated from its facts, else the original), a one-line description, and its JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Article, Translation
from .headline import Generated, generate

DESCRIPTION_LENGTH = 200


@dataclass(frozen=True)
class ArticleView:
    article: Article
    path: str
    title_en: Translation | None
    generated: Generated | None

    @property
    def headline(self) -> str:
        if self.title_en:
            return self.title_en.text
        return self.generated.headline if self.generated else self.article.title.plain

    @property
    def headline_lang(self) -> str | None:
        """The headline's language when it is not the page's (an untranslated title without facts)."""
        return None if self.title_en or self.generated else self.article.lang

    @property
    def lead(self) -> str | None:
        """The English lead: the generated one, else the first translated sentence of the body."""
        if self.generated:
            return self.generated.lead
        for sentence in self.article.sentences():
            translation = self.article.translations.get(sentence.id)
            if translation:
                return translation.text
        return None

    @property
    def has_translation(self) -> bool:
        return bool(self.article.block_translations) or any(
            s.id in self.article.translations for s in self.article.sentences()
        )

    def description(self, fallback: str) -> str:
        text = " ".join((self.lead or fallback).split())
        if len(text) <= DESCRIPTION_LENGTH:
            return text
        return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"

    def json_ld(self, url: str | None, site_title: str, fallback: str) -> dict[str, Any]:
        """schema.org NewsArticle, with the people of its meetings as what it is `about`."""
        people = {p.name: p for m in self.article.meetings for p in m.participants}
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.headline[:110],
            "description": self.description(fallback),
            "inLanguage": self.article.lang,
            "publisher": {"@type": "Organization", "name": site_title},
            "about": [
                {"@type": "Person", "name": p.name, **({"jobTitle": p.role} if p.role else {})}
                for p in people.values()
            ],
        }
        if self.article.date:
            data["datePublished"] = self.article.date.isoformat()
        if url:
            data["url"] = url
            data["mainEntityOfPage"] = url
        if self.article.meta.get("url"):
            data["isBasedOn"] = str(self.article.meta["url"])
        return data


def article_view(article: Article, path: str) -> ArticleView:
    title_en = article.translations.get(article.title.id)
    return ArticleView(article, path, title_en, None if title_en else generate(article))
