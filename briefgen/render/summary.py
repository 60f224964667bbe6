"""An article's summary: what every page but its own reads of it (the listing pages, the feeds, the
catalog, sitemap.xml and facts.json), so that a build lets the whole article go once its briefing page is
made and lists the site from summaries.

A summary is an Article (the templates, the catalog and the feeds read the same fields) holding only what
those read: its title and the title's translation, its date, slug, language, front matter, agency and
meetings (the article's own objects: copies without the sentence and rule ids behind each fact cost a
rebuild 0.1 s a thousand articles), and of its body the one sentence a listing shows, the lead
(ArticleView.lead: the first translated sentence), with its translation. Left out: every other sentence
and translation, and the human sidecar. What the listing pages make of a summary is what they make of the
whole article (tests/render/test_summary.py holds the bytes equal).
"""

from __future__ import annotations

import dataclasses

from ..model import Article, Block, Sentence, Translation


def summarize(article: Article) -> Article:
    """The article as the listing pages read it (see the module's docstring)."""
    lead = _lead(article)
    translations: dict[str, Translation] = {}
    if (title_en := article.translations.get(article.title.id)) is not None:
        translations[article.title.id] = title_en
    blocks: list[Block] = []
    if lead is not None:
        block, sentence = lead
        translations[sentence.id] = article.translations[sentence.id]
        blocks.append(dataclasses.replace(block, sentences=(sentence,)))
    # Only whether there are any is read (ArticleView.has_translation): one stands for them all.
    block_translations = dict(list(article.block_translations.items())[:1])
    return dataclasses.replace(
        article,
        source=dataclasses.replace(article.source, body="", translation=None),
        blocks=blocks,
        translation_blocks=None,
        translations=translations,
        block_translations=block_translations,
    )


def _lead(article: Article) -> tuple[Block, Sentence] | None:
    for block in article.blocks:
        for sentence in block.sentences:
            if sentence.id in article.translations:
                return block, sentence
    return None
