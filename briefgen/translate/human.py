"""Human translations: name.en.md beside name.md, paragraph by paragraph."""

from __future__ import annotations

from ..model import Article, BuildReport, Translation


def apply_human_translation(article: Article, report: BuildReport) -> None:
    """Align the sidecar with the article, counting what it translated in report.human.

    Blocks pair up in order. Where a translated paragraph splits into as many sentences as its original,
    sentences pair up one to one; where it does not, the paragraph is kept whole for the whole block,
    because a guessed sentence alignment would put wrong English beside the original.
    """
    doc = article.source.translation
    if doc is None or article.translation_blocks is None:
        return
    blocks = list(article.translation_blocks)
    title = doc.meta.get("title")
    if title is None and len(blocks) == len(article.blocks) + 1 and len(blocks[0]) == 1:
        title = blocks.pop(0)[0]
    count = 0
    if isinstance(title, str) and title.strip():
        article.translations[article.title.id] = Translation(title.strip(), "human")
        count += 1
    if len(blocks) != len(article.blocks):
        report.warnings.append(
            f"{doc.path}: {len(blocks)} paragraphs, but {article.source.path.name} has {len(article.blocks)}"
            " — give the translation one paragraph per paragraph of the original, in the same order"
        )
    for block, english in zip(article.blocks, blocks, strict=False):
        if len(english) == len(block.sentences):
            for sentence, text in zip(block.sentences, english, strict=True):
                article.translations[sentence.id] = Translation(text, "human")
        else:
            article.block_translations[block.id] = Translation(" ".join(english), "human")
        count += len(block.sentences)
    report.human += count
