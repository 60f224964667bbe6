"""Stage 1, load: files under content/ become SourceDocuments, or one ContentError each.

Markdown articles carry YAML front matter; plain .txt articles (as agencies publish them) have none,
so their language comes from the text. A human translation sits beside its article as name.en.md.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .lang import detect_language, packs
from .model import ContentError, ContentProblem, SourceDocument

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
LANG_CODE = re.compile(r"^[a-z]{2,3}$")
FRONT_MATTER_END = re.compile(r"^(---|\.\.\.)[ \t]*$", re.MULTILINE)
TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class LoadResult:
    documents: list[SourceDocument]
    errors: list[ContentError]


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: PyYAML fails on 2025-13-01 outside its own error types, so dates
    stay text here and _check_meta reads them, with the key's line in its message."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def discover(content_dir: Path, target_language: str) -> tuple[list[Path], dict[Path, Path], list[Path]]:
    """Article files, their human translations keyed by the article's path, and translations whose
    article is missing."""
    articles: list[Path] = []
    sidecars: dict[Path, Path] = {}
    files = sorted(p for p in content_dir.rglob("*") if p.suffix in ARTICLE_SUFFIXES and p.is_file())
    for path in files:
        if any(part.startswith((".", "_")) for part in path.relative_to(content_dir).parts):
            continue
        stem = Path(path.stem)
        if stem.suffix == f".{target_language}":
            sidecars[path.with_name(stem.stem + path.suffix)] = path
        else:
            articles.append(path)
    # A sidecar of a .txt article may be .md and the other way round.
    by_stem = {a.with_suffix(""): a for a in articles}
    resolved: dict[Path, Path] = {}
    orphans: list[Path] = []
    for original, sidecar in sidecars.items():
        article = by_stem.get(original.with_suffix(""))
        if article is None:
            orphans.append(sidecar)
        else:
            resolved[article] = sidecar
    return articles, resolved, orphans


def load_content(content_dir: Path, target_language: str, default_language: str) -> LoadResult:
    documents: list[SourceDocument] = []
    errors: list[ContentError] = []
    articles, sidecars, orphans = discover(content_dir, target_language)
    for sidecar in orphans:
        errors.append(
            ContentError(sidecar, None, "a translation with no article beside it", "name it after its article")
        )
    for path in articles:
        try:
            translation = None
            if path in sidecars:
                translation = read_document(sidecars[path], content_dir, target_language)
            documents.append(read_document(path, content_dir, default_language, translation))
        except ContentProblem as exc:
            errors.append(exc.error)
    return LoadResult(documents, errors)


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
) -> SourceDocument:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = _encoding_hint(raw)
        raise ContentProblem(
            ContentError(path, line, f"the file is not UTF-8 text{hint}", "re-save it with UTF-8 encoding")
        ) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    fmt = "text" if path.suffix == ".txt" else "markdown"
    meta: dict[str, Any] = {}
    body, body_line = text, 1
    if fmt == "markdown" and text.startswith("---\n"):
        meta, body, body_line = _split_front_matter(path, text)
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
    )


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str, int]:
    end = FRONT_MATTER_END.search(text, 4)
    if end is None:
        raise ContentProblem(
            ContentError(path, 1, "front matter opened with --- is never closed", "add a line with --- after it")
        )
    header = text[4 : end.start()]
    try:
        meta = yaml.load(header, Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "bad syntax"
        mark = getattr(exc, "problem_mark", None)
        if "stream end" in problem:
            # An unclosed bracket or quote is noticed at the end; where it opened is the useful line.
            mark = getattr(exc, "context_mark", None) or mark
        line = mark.line + 2 if mark else 1
        raise ContentProblem(
            ContentError(
                path, line, f"front matter is not valid YAML ({problem})", "fix the YAML between the --- lines"
            )
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

    lang = meta.get("lang")
    if lang is not None and not (isinstance(lang, str) and LANG_CODE.match(lang)):
        fail("lang", f"{lang!r} is not a language code", f"use {', '.join(p.code for p in packs())}")

    if "title" in meta and not isinstance(meta["title"], str | int | float):
        fail("title", "expected text", "write the title on one line after 'title:'")
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
    slug = meta.get("slug")
    if slug is not None and not isinstance(slug, str | int):
        fail("slug", "expected text", "write slug: my-article")
    url = meta.get("url")
    if url is not None and not (isinstance(url, str) and re.match(r"^https?://\S+$", url)):
        fail("url", f"{url!r} is not an http(s) link", "give the article's full web address, or remove the key")
