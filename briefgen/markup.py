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
    text = html.unescape(nh3.clean(str(inline_markdown(markdown_text)), tags=set()))
    return " ".join(text.split())
