"""The Jinja environment: templates from the site's own folder first, then the defaults shipped with
briefgen (as Hugo layouts and MkDocs' custom_dir allow), autoescaping on, and the filters templates use."""

from __future__ import annotations

import dataclasses
import datetime as dt
import traceback
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from jinja2 import (
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)
from jinja2.bccache import Bucket
from markupsafe import Markup, escape

from ..config import Config
from ..facts import display as facts_display
from ..manifest import TEMPLATES_BYTECODE
from ..markup import inline_markdown
from ..model import Article, Block, Figure, Sentence, Translation
from ..tree import walk_files


class RenderError(Exception):
    """A template failed; the message names the template file and line."""


def template_problem(exc: TemplateError, page: str) -> str:
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


def has_own_templates(config: Config) -> bool:
    """Whether the site's templates folder holds any template (anything but static files): its listing
    pages may then read what briefgen's own never do there (a meeting's sentence ids: render/memo.py Keys)."""
    folder = config.path(config.templates_dir)
    found = walk_files(folder, skip={"static", "__pycache__"}.__contains__) if folder.is_dir() else iter(())
    return next(found, None) is not None


class _KeptBytecode(FileSystemBytecodeCache):
    """Jinja's own cache of compiled templates, each checked against its template's source (and Jinja's and
    Python's versions) when read, so a stale one is compiled again. Compiling briefgen's templates took a
    rebuild 60 ms of CPU, and each render worker as much again; reading them back takes a few. One that cannot
    be written (a read-only folder, a full disk) is only not kept."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache(config: Config) -> BytecodeCache | None:
    """Where the build has a cache folder already (one is never made for this alone)."""
    cache = config.path(config.cache_dir)
    if not cache.is_dir():
        return None
    folder = cache / TEMPLATES_BYTECODE  # not an input of the build: see there
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return _KeptBytecode(str(folder))


def make_environment(config: Config) -> Environment:
    search = [config.path(config.templates_dir), default_templates_dir()]
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(p)) for p in search if p.is_dir()]),
        bytecode_cache=_bytecode_cache(config),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # A build makes its own environment and the templates do not change while it renders: without
        # this, every get_template (one per meeting row, tens of thousands a build) stats the file.
        auto_reload=False,
    )
    env.filters["inline_markdown"] = inline_markdown
    env.filters["long_date"] = long_date
    env.filters["month_name"] = month_name
    env.filters["language_name"] = language_name
    env.filters["english"] = english
    env.filters["original"] = original
    env.globals["rows"] = rows
    env.globals["sentence_translation"] = sentence_translation
    facts_display.register(env)
    env.filters["figure_text"] = figure_text
    return env


_FIGURE_TEXTS: dict[tuple[object, ...], str] = {}
# Every field of a Figure but the sentence ids it rests on, which its English does not read.
_FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(Figure) if f.name != "sentences")


def figure_text(figure: Figure) -> str:
    """The facts stage's English for a figure, remembered: listing pages show the same figures again and
    again, and Babel's compact numbers are slow to make. Keyed on every field but the sentence ids, each
    with its type (1 and 1.0 are equal keys, but may not read alike)."""
    key = tuple((type(value), value) for value in (getattr(figure, name) for name in _FIGURE_FIELDS))
    text = _FIGURE_TEXTS.get(key)
    if text is None:
        text = _FIGURE_TEXTS[key] = facts_display.figure_text(figure)
    return text


def long_date(value: object) -> str:
    """Dates as an English reader expects them: 14 March 2026."""
    return _formatted(value, "d MMMM y") if value else ""


def month_name(value: object) -> str:
    return _formatted(value, "MMMM y") if value else ""


def _formatted(value: object, pattern: str) -> str:
    # Listing pages show the same few hundred dates tens of thousands of times; Babel takes 40 µs a date.
    if type(value) is dt.date:
        return _formatted_date(value, pattern)
    return format_date(value, format=pattern, locale="en")


@cache
def _formatted_date(value: dt.date, pattern: str) -> str:
    return format_date(value, format=pattern, locale="en")


@cache
def language_name(code: str) -> str:
    return Locale("en").languages.get(code, code)


def rows(article: Article, block: Block) -> list[Row]:
    whole = article.block_translations.get(block.id)
    if whole is not None:
        return [Row(block.sentences, whole)]
    return [Row((s,), article.translations.get(s.id)) for s in block.sentences]


def sentence_translation(article: Article, ids: list[str] | None) -> Translation | None:
    """The English of the first sentence a fact rests on, where that sentence was translated alone."""
    return article.translations.get(ids[0]) if ids else None


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
