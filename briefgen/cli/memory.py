"""`briefgen memory export|import|correct`: the translation memory as TMX, and single corrections."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .common import CONTENT_ERRORS, OK, USAGE, action_adder, site_config
from .output import Output

if TYPE_CHECKING:
    from ..config import Config
    from ..translate.memory import TranslationMemory

HELP = "export, import or correct the translation memory"
SENTENCE_ID = re.compile(r"^s[0-9a-f]{10}(?:-\d+)?$")
FAILED = CONTENT_ERRORS  # the command could not do what was asked; the memory is unchanged


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    action = action_adder(parser, options)
    action("export", run_export, "write the memory as TMX").add_argument("file", type=Path)
    action("import", run_import, "read a TMX file; its units count as human translations").add_argument(
        "file", type=Path
    )
    correct = action(
        "correct",
        run_correct,
        "record a human translation of one sentence; it replaces machine output from the next build",
    )
    correct.add_argument("sentence", help="the sentence id shown on the page (s…), or the source sentence itself")
    correct.add_argument("english", help="the corrected translation")
    correct.add_argument("--lang", help="language of a sentence given as text (default: detected)")


def open_memory(args: argparse.Namespace, out: Output, reading: bool = False) -> tuple[Config, TranslationMemory] | int:
    """The site's configuration and memory, or the exit code once the error is told. With `reading`, a
    damaged memory is opened read-only as it is, so that export saves what can still be read."""
    from ..translate.memory import MemoryFileError, TranslationMemory

    config = site_config(args, out)
    if config is None:
        return USAGE
    try:
        cache, output = config.path(config.cache_dir), config.path(config.output_dir)
        return config, TranslationMemory.in_cache(cache, output, reading)
    except MemoryFileError as exc:
        out.error(exc)
        return FAILED


def run_export(args: argparse.Namespace, out: Output) -> int:
    opened = open_memory(args, out, reading=True)
    if isinstance(opened, int):
        return opened
    with opened[1] as memory:
        try:
            count = memory.export_tmx(args.file)
        except OSError as exc:
            out.error(f"{args.file}: cannot write it ({exc.strerror})")
            return FAILED
    out.result(f"wrote {count} translation units to {args.file}")
    return OK


def run_import(args: argparse.Namespace, out: Output) -> int:
    from ..translate.memory import MemoryFileError

    opened = open_memory(args, out)
    if isinstance(opened, int):
        return opened
    config, memory = opened
    with memory:
        try:
            result = memory.import_tmx(args.file, config.target_language)
        except MemoryFileError as exc:
            out.error(exc)
            return FAILED
    out.result(f"imported {result.added} translation units from {args.file}")
    if result.kept:
        out.note(
            f"kept {result.kept} human corrections that the file would have changed — "
            "use `briefgen memory correct` to change one"
        )
    return OK


def run_correct(args: argparse.Namespace, out: Output) -> int:
    from ..lang import detect_language

    opened = open_memory(args, out)
    if isinstance(opened, int):
        return opened
    config, memory = opened
    with memory:
        if SENTENCE_ID.match(args.sentence):
            found = find_sentence(config, args.sentence, out)
            if found is None:
                return FAILED
            lang, text = found
        else:
            text = args.sentence
            lang = args.lang or detect_language(text, config.default_language)
        if not args.english.strip():
            out.error("the corrected translation is empty — give the English text")
            return FAILED
        memory.correct(lang, config.target_language, text, args.english)
    out.result(f"recorded the correction for: {text}")
    return OK


def find_sentence(config: Config, sentence_id: str, out: Output) -> tuple[str, str] | None:
    """(language, text) of the sentence with this id in the site's content, or None once told why not."""
    from ..build import BuildFailed
    from ..build.loading import prepare

    try:
        articles = prepare(config).articles
    except BuildFailed as exc:
        out.error(exc)
        return None
    for article in articles:
        for sentence in [article.title, *article.sentences()]:
            if sentence.id == sentence_id:
                return article.lang, sentence.plain
    out.error(f"no sentence {sentence_id} in {config.path(config.content_dir)} — copy the id from the page")
    return None
