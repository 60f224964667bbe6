"""Stage 5, render: Articles become pages (site-relative path → bytes). Pure: nothing is written here.

Templates come from the site's own templates folder first, then the defaults shipped with briefgen, as
Hugo layouts and MkDocs' custom_dir allow. Autoescaping is on; Markdown from articles is rendered inline
and sanitized with nh3, because articles come from outside.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)
from markupsafe import Markup, escape

from .config import Config
from .facts import display as facts_display
from .markup import inline_markdown
from .model import Article, Block, Sentence, Translation

# Extra outputs contributed by later stages (site/facts.json from the facts stage, for instance):
# each takes the articles and returns {site-relative path: bytes}.
OutputHook = Callable[[list[Article]], dict[str, bytes]]


class RenderError(Exception):
    """A template failed; the message names the template file and line."""


def _template_problem(exc: TemplateError, page: str) -> str:
    if isinstance(exc, TemplateSyntaxError):
        where = f"{exc.filename or exc.name}:{exc.lineno}"
    else:
        # Jinja rewrites tracebacks so that template frames carry the template's file and line.
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith((".html", ".xml"))]
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "a template"
    return f"{where}: {exc.message or exc} (while rendering {page}) — fix the template"


@dataclass(frozen=True)
class Row:
    """One line of the parallel text: original sentences and their English side."""

    sentences: tuple[Sentence, ...]
    translation: Translation | None


def default_templates_dir() -> Path:
    return Path(str(resources.files("briefgen.default_templates")))


def make_environment(config: Config) -> Environment:
    search = [config.path(config.templates_dir), default_templates_dir()]
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(p)) for p in search if p.is_dir()]),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["inline_markdown"] = inline_markdown
    env.filters["long_date"] = long_date
    env.filters["language_name"] = language_name
    env.filters["english"] = english
    env.filters["original"] = original
    env.globals["rows"] = rows
    facts_display.register(env)
    return env


def long_date(value: object) -> str:
    return format_date(value, format="long", locale="en") if value else ""


@cache
def language_name(code: str) -> str:
    return Locale("en").languages.get(code, code)


def rows(article: Article, block: Block) -> list[Row]:
    whole = article.block_translations.get(block.id)
    if whole is not None:
        return [Row(block.sentences, whole)]
    return [Row((s,), article.translations.get(s.id)) for s in block.sentences]


def _as_html(article: Article, text: str, markdown_allowed: bool) -> Markup:
    if markdown_allowed and article.source.format == "markdown":
        return inline_markdown(text)
    return escape(text)


def original(article: Article, sentence: Sentence) -> Markup:
    return _as_html(article, sentence.text, markdown_allowed=True)


def english(article: Article, translation: Translation | None) -> Markup:
    """Human translations keep their Markdown; machine output is plain text."""
    if translation is None:
        return Markup("")
    return _as_html(article, translation.text, markdown_allowed=translation.origin == "human")


def sort_newest_first(articles: Iterable[Article]) -> list[Article]:
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)
    undated = sorted((a for a in articles if not a.date), key=lambda a: a.slug)
    return dated + undated


def render_site(articles: list[Article], config: Config, hooks: Iterable[OutputHook] = ()) -> dict[str, bytes]:
    env = make_environment(config)
    site = {
        "title": config.title,
        "description": config.description,
        "base_url": config.base_url,
        "target_language": config.target_language,
    }
    ordered = sort_newest_first(articles)
    pages: dict[str, bytes] = {}

    def page(path: str, template: str, **context: object) -> None:
        root = "../" * path.count("/")
        try:
            html = env.get_template(template).render(site=site, root=root, path=path, **context)
        except TemplateError as exc:
            raise RenderError(_template_problem(exc, path)) from exc
        pages[path] = html.encode("utf-8")

    page("index.html", "index.html", articles=ordered)
    for article in ordered:
        page(f"{article.url_path}index.html", "article.html", article=article)
    page("404.html", "404.html")
    for hook in hooks:
        pages.update(hook(ordered))
    return pages
