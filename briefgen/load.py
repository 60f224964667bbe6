"""Stage 1, load: files under content/ become SourceDocuments, or one ContentError each.

Markdown articles carry YAML front matter; plain .txt articles (as agencies publish them) have none,
so their language comes from the text. A human translation sits beside its article as name.en.md.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import safeyaml
from .config import LimitsConfig
from .lang import detect_language, packs
from .model import ContentError, ContentProblem, SourceDocument
from .tree import Refused, name_is_text, read_regular, shown, walk_files

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
LANG_CODE = re.compile(r"^[a-z]{2,3}$")
FRONT_MATTER_END = re.compile(r"^(---|\.\.\.)[ \t]*$", re.MULTILINE)
TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class LoadResult:
    documents: list[SourceDocument]
    errors: list[ContentError]


@dataclass(frozen=True)
class Discovered:
    articles: list[Path]
    sidecars: dict[Path, Path]  # the article's path → its human translation
    errors: list[ContentError]


def _skipped(name: str) -> bool:
    return name.startswith((".", "_"))


def discover(content_dir: Path, target_language: str, limits: LimitsConfig | None = None) -> Discovered:
    """Article files and their human translations, with a problem for each file left out: links out of
    content/, devices and FIFOs, names that are not UTF-8, translations without their article."""
    limits = limits or LimitsConfig()
    errors: list[ContentError] = []
    articles: list[Path] = []
    sidecars: dict[Path, Path] = {}
    count = 0
    for found in walk_files(content_dir, limits.max_depth, skip=_skipped):
        if isinstance(found, Refused):
            errors.append(ContentError(found.path, None, found.why, found.fix))
            continue
        if found.suffix not in ARTICLE_SUFFIXES:
            continue
        if not name_is_text(str(found)):
            errors.append(ContentError(shown(found), None, "the file name is not UTF-8", "rename it with a UTF-8 name"))
            continue
        count += 1
        if count > limits.max_files:
            errors.append(
                ContentError(
                    content_dir,
                    None,
                    f"more than {limits.max_files} article files (limits.max_files); the rest are left out",
                    "raise limits.max_files in briefgen.yaml or split the site",
                )
            )
            break
        stem = Path(found.stem)
        if stem.suffix == f".{target_language}":
            sidecars[found.with_name(stem.stem + found.suffix)] = found
        else:
            articles.append(found)
    # A sidecar of a .txt article may be .md and the other way round.
    by_stem = {a.with_suffix(""): a for a in articles}
    resolved: dict[Path, Path] = {}
    for original, sidecar in sorted(sidecars.items()):
        article = by_stem.get(original.with_suffix(""))
        if article is None:
            errors.append(
                ContentError(sidecar, None, "a translation with no article beside it", "name it after its article")
            )
        else:
            resolved[article] = sidecar
    return Discovered(sorted(articles), resolved, errors)


def load_content(
    content_dir: Path, target_language: str, default_language: str, limits: LimitsConfig | None = None
) -> LoadResult:
    limits = limits or LimitsConfig()
    found = discover(content_dir, target_language, limits)
    return read_articles(found, found.articles, content_dir, target_language, default_language, limits)


def read_articles(
    found: Discovered,
    paths: list[Path],
    content_dir: Path,
    target_language: str,
    default_language: str,
    limits: LimitsConfig,
) -> LoadResult:
    """The articles at `paths` of those `discover` found (a rebuild reads only those the article memo
    does not hold), with the problems of the discovery and of each file."""
    documents: list[SourceDocument] = []
    errors = list(found.errors)
    for path in paths:
        try:
            documents.append(read_article(found, path, content_dir, target_language, default_language, limits))
        except ContentProblem as exc:
            errors.append(exc.error)
        except Exception as exc:  # noqa: BLE001 - one article's failure is that article's error line
            errors.append(unexpected(path, "reading", exc))
    return LoadResult(documents, errors)


def read_article(
    found: Discovered,
    path: Path,
    content_dir: Path,
    target_language: str,
    default_language: str,
    limits: LimitsConfig,
) -> SourceDocument:
    """One article that `discover` found, with its human translation when it has a sidecar."""
    sidecar = found.sidecars.get(path)
    translation = read_document(sidecar, content_dir, target_language, limits=limits) if sidecar else None
    return read_document(path, content_dir, default_language, translation, limits)


def unexpected(path: Path, stage: str, exc: BaseException) -> ContentError:
    """The one line for an article that failed in a way no check foresaw: a bug in briefgen, shown as
    that article's problem so the rest of the site still builds."""
    return ContentError(
        path,
        None,
        f"failed while {stage} ({type(exc).__name__}: {str(exc)[:200]})",
        "this is a bug in briefgen; report it with the file — the other articles were built",
    )


def _encoding_hint(raw: bytes) -> str:
    """Name the likely encoding where it is plain: the fix is then obvious to the user."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return " (it is UTF-16)"
    # Russian files saved by older Windows tools.
    letters = [ch for ch in raw.decode("cp1251", errors="replace") if ch.isalpha()]
    if letters and sum("\u0400" <= ch <= "\u04ff" for ch in letters) > 0.5 * len(letters):
        return " (it looks like Windows-1251)"
    return ""


def read_document(
    path: Path,
    content_dir: Path,
    default_language: str,
    translation: SourceDocument | None = None,
    limits: LimitsConfig | None = None,
) -> SourceDocument:
    limits = limits or LimitsConfig()
    raw = _read_bounded(path, limits)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = _encoding_hint(raw)
        raise ContentProblem(
            ContentError(path, line, f"the file is not UTF-8 text{hint}", "re-save it with UTF-8 encoding")
        ) from None
    _check_lines(path, text, limits)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    fmt = "text" if path.suffix == ".txt" else "markdown"
    meta: dict[str, Any] = {}
    body, body_line = text, 1
    if fmt == "markdown" and text.startswith("---\n"):
        meta, body, body_line = _split_front_matter(path, text, limits.max_depth)
    if fmt == "markdown":
        # Comments are notes to editors; blank them out but keep the line count for error messages.
        body = HTML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), body)
    if not body.strip():
        raise ContentProblem(
            ContentError(path, body_line, "the article has no text", "write the article body or delete the file")
        )
    meta_lines = _meta_lines(text, body_line)
    _check_meta(path, meta_lines, meta)
    return SourceDocument(
        path=path,
        rel_path=path.relative_to(content_dir),
        meta=meta,
        body=body,
        body_line=body_line,
        format=fmt,
        lang=meta.get("lang") or detect_language(body, default_language),
        translation=translation,
        meta_lines=meta_lines,
        modified=dt.date.fromtimestamp(path.stat().st_mtime),
    )


# How much of a file language_of_head reads: the front matter, or enough text to tell its letters.
LANGUAGE_HEAD = 2048
_LANG_LINE = re.compile(r"""^lang:[ \t]*['"]?([A-Za-z][A-Za-z-]*)""", re.MULTILINE)


def language_of_head(path: Path, default: str) -> str:
    """An article's language guessed from the head of its file alone, as read_document would settle it: the
    front matter's `lang:` line (of a Markdown file whose front matter opens the head), else the letters of
    its first LANGUAGE_HEAD bytes. A guess, for whoever must know the languages before reading the articles
    (build/pipeline.py: which name taggers the workers share), never for what a page shows."""
    head = read_regular(path, LANGUAGE_HEAD)[:LANGUAGE_HEAD].decode("utf-8-sig", "ignore").replace("\r\n", "\n")
    if path.suffix != ".txt" and head.startswith("---\n"):
        end = FRONT_MATTER_END.search(head, 4)
        found = _LANG_LINE.search(head, 4, end.start() if end is not None else len(head))
        if found is not None:
            return found.group(1)
    return detect_language(head, default)


def _read_bounded(path: Path, limits: LimitsConfig) -> bytes:
    try:
        raw = read_regular(path, limits.max_article_bytes)
    except OSError as exc:
        raise ContentProblem(
            ContentError(path, None, f"cannot read the file ({exc.strerror})", "check that it is a readable file")
        ) from None
    if len(raw) > limits.max_article_bytes:
        raise ContentProblem(
            ContentError(
                path,
                None,
                f"larger than {limits.max_article_bytes} bytes (limits.max_article_bytes)",
                "split the article, or raise limits.max_article_bytes in briefgen.yaml",
            )
        )
    return raw


def _check_lines(path: Path, text: str, limits: LimitsConfig) -> None:
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > limits.max_line_length:
            raise ContentProblem(
                ContentError(
                    path,
                    number,
                    f"a line of {len(line)} characters, over {limits.max_line_length} (limits.max_line_length)",
                    "break it into paragraphs, or raise limits.max_line_length in briefgen.yaml",
                )
            )


def _split_front_matter(path: Path, text: str, max_depth: int) -> tuple[dict[str, Any], str, int]:
    end = FRONT_MATTER_END.search(text, 4)
    if end is None:
        raise ContentProblem(
            ContentError(path, 1, "front matter opened with --- is never closed", "add a line with --- after it")
        )
    header = text[4 : end.start()]
    try:
        meta = safeyaml.load(header, max_depth) or {}
    except safeyaml.YamlProblem as exc:
        # The front matter starts on the file's second line.
        raise ContentProblem(
            ContentError(path, exc.line + 1, f"front matter: {exc.message}", "fix the YAML between the --- lines")
        ) from None
    if not isinstance(meta, dict):
        raise ContentProblem(ContentError(path, 2, "front matter is not a mapping", "write it as key: value lines"))
    body_start = end.end() + 1
    return meta, text[body_start:], text[:body_start].count("\n") + 1


def _meta_lines(text: str, body_line: int) -> dict[str, int]:
    """The line of each top-level front matter key, for messages about its value."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.split("\n")[: body_line - 1], start=1):
        match = TOP_LEVEL_KEY.match(line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _check_meta(path: Path, meta_lines: dict[str, int], meta: dict[str, Any]) -> None:
    def fail(key: str, message: str, fix: str) -> None:
        raise ContentProblem(ContentError(path, meta_lines.get(key), f"{key}: {message}", fix))

    _read_meta_values(meta, fail)
    _check_meta_words(meta, fail)


def _read_meta_values(meta: dict[str, Any], fail: Callable[[str, str, str], None]) -> None:
    """The keys whose value is read into another form: the date, and tags written as one line."""
    date = meta.get("date")
    if date is not None:
        try:
            meta["date"] = dt.datetime.fromisoformat(str(date)).date()
        except ValueError:
            fail("date", f"{date!r} is not a date", "write it as YYYY-MM-DD")
    tags = meta.get("tags")
    if isinstance(tags, str):
        meta["tags"] = [t.strip() for t in tags.split(",") if t.strip()]
    elif tags is not None and not (isinstance(tags, list) and all(isinstance(t, str | int) for t in tags)):
        fail("tags", "expected a list of words", "write tags: [trade, water]")


def _check_meta_words(meta: dict[str, Any], fail: Callable[[str, str, str], None]) -> None:
    """The keys kept as written, each checked for the shape it must have."""
    lang = meta.get("lang")
    if lang is not None and not (isinstance(lang, str) and LANG_CODE.match(lang)):
        fail("lang", f"{lang!r} is not a language code", f"use {', '.join(p.code for p in packs())}")

    if "title" in meta and not isinstance(meta["title"], str | int | float):
        fail("title", "expected text", "write the title on one line after 'title:'")
    slug = meta.get("slug")
    if slug is not None and not isinstance(slug, str | int):
        fail("slug", "expected text", "write slug: my-article")
    url = meta.get("url")
    if url is not None and not (isinstance(url, str) and re.match(r"^https?://\S+$", url)):
        fail("url", f"{url!r} is not an http(s) link", "give the article's full web address, or remove the key")
