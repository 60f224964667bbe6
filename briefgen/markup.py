"""Inline Markdown from articles, rendered and sanitized: shared by segmentation (for the plain words)
and rendering (for the page)."""

from __future__ import annotations

import html
import re
from functools import cache

import markdown
import nh3
from markupsafe import Markup, escape

# Characters without which a sentence's Markdown renders as the text itself.
MARKDOWN_SYNTAX = re.compile(r"[*_`\[\]<>&\\!#]|  $|^\s*(?:[-+=]|\d+\.)")
# What an HTML parser leaves out of text with no markup in it: a NUL and a byte order mark (checked on 490,000
# random strings of every plane and the test corpora's lines: without these, the parsed words are the text's).
HTML_DROPS = re.compile("[\x00\ufeff]")
INLINE_TAGS = {"a", "abbr", "b", "br", "code", "em", "i", "s", "strong", "sub", "sup"}
INLINE_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}


@cache
def _markdown() -> markdown.Markdown:
    # Building a Markdown instance costs more than converting a sentence; one is reset and reused.
    return markdown.Markdown(output_format="html")


def inline_markdown(text: str) -> Markup:
    """A sentence's inline Markdown as safe HTML: raw HTML in articles is sanitized, never trusted."""
    if not MARKDOWN_SYNTAX.search(text):
        return escape(text)
    rendered = _markdown().reset().convert(text)
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return Markup(
        nh3.clean(
            rendered,
            tags=INLINE_TAGS,
            attributes=INLINE_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
    )


def plain_text(markdown_text: str) -> str:
    """Inline Markdown and any raw HTML reduced to the words a reader sees."""
    if not MARKDOWN_SYNTAX.search(markdown_text) and not HTML_DROPS.search(markdown_text):
        # Most sentences: no markup, so the round trip below (escaped, parsed by nh3, unescaped) gives the
        # words back as they are; splitting a site's articles called nh3 once a sentence for nothing.
        return " ".join(markdown_text.split())
    text = html.unescape(nh3.clean(str(inline_markdown(markdown_text)), tags=set()))
    return " ".join(text.split())
