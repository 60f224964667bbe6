"""The data that flows through the pipeline: load → segment → translate → facts → render → write.

Each stage takes and returns these dataclasses; nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

TranslationOrigin = Literal["human", "memory", "machine"]


@dataclass(frozen=True)
class ContentError:
    """One problem with one input file, reported as a single line."""

    path: Path
    line: int | None
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message} — {self.fix}"


class ContentProblem(Exception):
    """Raised by a stage for an input it cannot use; carries the line to show the user."""

    def __init__(self, error: ContentError):
        super().__init__(str(error))
        self.error = error


@dataclass(frozen=True)
class SourceDocument:
    """An article file as read from content/, before segmentation."""

    path: Path  # as given to the loader (used in messages)
    rel_path: Path  # relative to the content folder
    meta: dict[str, Any]  # the whole front matter, unknown keys included
    body: str
    body_line: int  # line number of the body's first line in the file
    format: Literal["markdown", "text"]
    lang: str
    translation: SourceDocument | None = None  # a human English sidecar (name.en.md)
    meta_lines: dict[str, int] = field(default_factory=dict)  # front matter key -> its line in the file
    modified: dt.date | None = None  # the file's modification date: the day a report without a date is read against


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str  # derived from the text, so it survives edits elsewhere in the article
    text: str  # source text; inline Markdown kept for Markdown articles
    line: int  # 1-based line in the source file
    plain: str = ""  # the words alone, without markup: what translation and fact extraction read

    def __post_init__(self) -> None:
        if not self.plain:
            object.__setattr__(self, "plain", self.text)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading, list item or quotation: the unit a human translation aligns on."""

    id: str
    kind: Literal["p", "h2", "h3", "h4", "li", "quote"]
    sentences: tuple[Sentence, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Translation:
    text: str
    origin: TranslationOrigin


@dataclass(slots=True)
class Location:
    place: str | None = None
    city: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Participant:
    name: str
    name_original: str | None = None
    role: str | None = None
    country: str | None = None
    host: bool = False
    sentences: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Figure:
    value: float | None
    unit: str | None  # ISO 4217 code for money, else a word: items, documents, percent, GW…
    text: str  # the wording in the original
    label: str | None = None  # what the figure measures, in English ("trade turnover")
    sentences: list[str] = field(default_factory=list)
    qualifier: str | None = None  # "more than", "about", "up to": what the text says of the number


@dataclass(slots=True)
class Quote:
    speaker: str | None
    text_original: str
    sentences: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Meeting:
    kind: str | None = None  # talks, reception, visit, phone call, summit, signing…
    date: dt.date | None = None
    location: Location = field(default_factory=Location)
    participants: list[Participant] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    outcome: str | None = None
    sentences: list[str] = field(default_factory=list)  # ids of every sentence the meeting rests on
    # The sentences behind the facts that are not objects of their own: "kind", "location", "date",
    # "outcome", "topic:<topic>" → sentence ids, so the fact box can link each fact to its wording.
    evidence: dict[str, list[str]] = field(default_factory=dict)
    # The ids of the rules behind each fact, under the keys of `evidence`, and "participant:<name>",
    # "figure:<n>", "quote:<n>" (n: the index in its list): what `briefgen facts --explain` prints.
    rules: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Agency:
    """Who reports an article: the agency, outlet or press service by its own name («Kazinform», «El.kz»,
    «пресс-служба Акорды»). A fact of the article, not of a meeting: a report with no meeting has one too."""

    name: str
    rule: str  # how it was read: source.front_matter, source.dateline, source.closing, …
    sentences: tuple[str, ...] = ()  # the sentence that names it (none for front matter)


@dataclass
class Article:
    source: SourceDocument
    slug: str
    title: Sentence
    lang: str
    date: dt.date | None
    blocks: list[Block]
    # The human translation beside the article, block by block, sentence by sentence (not yet aligned).
    translation_blocks: list[list[str]] | None = None
    # Filled by the translate stage, keyed by sentence id (the title's id included).
    translations: dict[str, Translation] = field(default_factory=dict)
    # A human translation whose paragraph splits into a different number of sentences than the
    # original is kept whole, keyed by block id, rather than misaligned sentence by sentence.
    block_translations: dict[str, Translation] = field(default_factory=dict)
    # Filled by the facts stage.
    meetings: list[Meeting] = field(default_factory=list)
    reported_by: Agency | None = None

    @property
    def meta(self) -> dict[str, Any]:
        return self.source.meta

    @property
    def url_path(self) -> str:
        return f"briefings/{self.slug}/"

    def sentences(self) -> list[Sentence]:
        """Every sentence of the body, in reading order (the title is not included)."""
        return [s for block in self.blocks for s in block.sentences]

    def untranslated(self) -> list[Sentence]:
        covered = {s.id for b in self.blocks if b.id in self.block_translations for s in b.sentences}
        return [s for s in [self.title, *self.sentences()] if s.id not in self.translations and s.id not in covered]


@dataclass
class BuildReport:
    articles: int = 0
    pages: int = 0
    translated: int = 0  # distinct sentences machine-translated in this build
    cached: int = 0  # distinct sentences served from the translation memory
    human: int = 0  # sentences taken from human translations
    untranslated: int = 0
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things the reader may want to know, not problems
    # language pairs with no model, e.g. {("kk", "en"): 42}: number of sentences left untranslated
    missing_pairs: dict[tuple[str, str], int] = field(default_factory=dict)
    # why machine translation stopped before the end (a translation server gone down), if it did,
    # and how many sentences that left untranslated
    translation_stopped: str | None = None
    not_sent: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"built {self.articles} article{'s' if self.articles != 1 else ''}",
            f"{self.pages} pages",
            f"translated {self.translated}",
            f"cached {self.cached}",
            f"human {self.human}",
            f"untranslated {self.untranslated}",
            f"errors {len(self.errors)}",
        ]
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def content_hash(data: bytes) -> str:
    return content_hash_of((data,))


def content_hash_of(chunks: Iterable[bytes]) -> str:
    """content_hash of the chunks joined, taken as they come."""
    digest = hashlib.blake2b(digest_size=16)
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


@dataclass(eq=False)
class Output:
    """A file of the site as render hands it to write: its path; its key, naming everything its bytes depend
    on; its bytes, made only when asked for (`data()`). `kept`: the site already holds these bytes (their
    hash is `hash`), so the writer keeps that copy and nothing is rendered."""

    path: str
    key: str
    make: Callable[[], bytes]
    hash: str | None = None
    kept: bool = False
    _data: bytes | None = field(default=None, repr=False)

    @classmethod
    def of(cls, path: str, data: bytes, key: str = "") -> Output:
        return cls(path, key, lambda: data, content_hash(data), _data=data)

    def data(self) -> bytes:
        if self._data is None:
            self._data = self.make()
            self.hash = content_hash(self._data)
        return self._data

    def release(self) -> None:
        """Once written, the bytes are let go (pages stream to disk); the hash stays."""
        self._data = None


@dataclass(eq=False)
class StreamedOutput(Output):
    """A file too large to hold whole (facts.json: 22 MB at 3,000 articles, held with its entries it cost a
    rebuild 180 MB): the writer writes its `chunks` as they are made and takes its hash on the way. `data()`
    still joins them, for what needs the bytes (`briefgen check`, render_site)."""

    chunks: Callable[[], Iterable[bytes]] = lambda: ()
