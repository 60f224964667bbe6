"""An article's summary: what every page but its own reads of it (the listing pages, the feeds, the
catalog, sitemap.xml and facts.json), so that a build lets the whole article go once its briefing page is
made and lists the site from summaries.

A summary is an Article (the templates, the catalog and the feeds read the same fields) holding only what
those read: its title and the title's translation, its date, slug, language, front matter, agency and
meetings (without the sentences and rules behind each fact, which only its own page and `briefgen facts
--explain` read), and of its body the one sentence a listing shows, the lead
(ArticleView.lead: the first translated sentence), with its translation. Left out: every other sentence
and translation, and the human sidecar. What the listing pages make of a summary is what they make of the
whole article (tests/render/test_summary.py holds the bytes equal). Its meetings keep their sentence ids,
which facts.json lists and briefgen's listing templates never show: the listing pages are keyed without them
(render/memo.py Keys.summary), unless the site has templates of its own.
"""

from __future__ import annotations

import copy
import dataclasses

from ..model import Article, Block, Meeting, Sentence, Translation


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
        meetings=[_listed(meeting) for meeting in article.meetings],
    )


def _listed(meeting: Meeting) -> Meeting:
    """A meeting as the listings read it: without the sentences and rules behind each fact (`evidence`,
    `rules`: the briefing page's fact box and `briefgen facts --explain` read them), which were 40% of a
    summary's memory (a rebuild held every summary: 75 MB at 3,000 articles). A summary's own (the article
    memo keeps them so) is taken as it is."""
    if not meeting.evidence and not meeting.rules:
        return meeting
    listed = copy.copy(meeting)
    listed.evidence, listed.rules = {}, {}
    return listed


def _lead(article: Article) -> tuple[Block, Sentence] | None:
    for block in article.blocks:
        for sentence in block.sentences:
            if sentence.id in article.translations:
                return block, sentence
    return None
