"""Stage 2, segment: a SourceDocument becomes an Article of blocks and sentences.

Sentence boundaries come from the splitter a language pack names (`sentence_splitter`): razdel, Natasha's
rule-based splitter, for Kazakh and Russian; pysbd for English and for a pack that names a pysbd language
or none. `_repair` then fixes the splits either gets wrong on official news text, by the abbreviations and
letters of the language packs (briefgen.lang). Ids are hashes of the text, so an edit elsewhere in the
article leaves them alone.

Why razdel for Kazakh and Russian: pysbd took 92% of splitting's time (it recompiles its patterns and
rescans the paragraph for every abbreviation it meets); razdel is linear and about 15× faster on news text
(bench/PROFILE.md). razdel reads a known abbreviation before punctuation as no sentence end, so «$4,5 млрд.
«Мы…» is cut again where a quotation or a dash-opened remark starts with a capital (`_pieces`).

Its quality, measured on the 1,001 paragraphs of content/, the tests' corpora and the shared sample: razdel
plus `_repair` splits as pysbd plus `_repair` did in all but three, each reviewed. A quotation of several
sentences, which razdel cuts and pysbd kept whole, is joined back (the quote rule of `_repair`). «A, –
сказал X. – B» is now always two sentences, where pysbd split one such quotation and kept another whole.
«…№2154-р. Средства…» stays one sentence (razdel reads «р.» as «река»): a cut missed. Fact scores
(python -m tests.facts.score) are the same with either. English stays with pysbd: razdel knows Russian
abbreviations only, and would split after «Mr.» or «U.S.».
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pysbd
import razdel
from pysbd.languages import LANGUAGE_CODES as PYSBD_LANGUAGES

from .lang import pack
from .lang.patterns import (
    abbreviation_at_end,
    capitals_first,
    continuation,
    quotation_after_full_stop,
    scale_at_end,
    without_dateline,
)
from .markup import plain_text
from .model import Article, Block, ContentError, ContentProblem, Sentence, SourceDocument
from .slugs import slugify

SENTENCE_END = re.compile(r"[.!?…]")
LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Quotation marks that open and close a quotation; straight double quotes do both.
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'))
DASH_OPENED = re.compile(r"^[\s«»\"“”]*[—–-]")
RAZDEL = "razdel"


Splitter = Callable[[str, str], list[str]]


@dataclass(frozen=True)
class _RawBlock:
    kind: str
    text: str
    line: int


@cache
def _segmenter(lang: str) -> pysbd.Segmenter:
    rules = pack(lang).sentence_splitter
    return pysbd.Segmenter(language=rules if rules in PYSBD_LANGUAGES else "en", clean=False)


def _pieces(text: str, lang: str) -> list[str]:
    if pack(lang).sentence_splitter == RAZDEL:
        quotation = quotation_after_full_stop()
        pieces = [cut for s in razdel.sentenize(text) for cut in quotation.split(s.text)]
    else:
        pieces = _segmenter(lang).segment(text)
    return [p.strip() for p in pieces if p.strip()]


def split_sentences(text: str, lang: str) -> list[str]:
    if not SENTENCE_END.search(text.rstrip()[:-1]):
        # One closing mark at most, and it is the last character: one sentence. A splitter costs time
        # a paragraph, and most headings, list items and short paragraphs need none of it.
        return [text.strip()]
    return _repair(_pieces(text, lang), lang)


def _repair(pieces: list[str], lang: str) -> list[str]:
    """Join what the splitter cut after an abbreviation, before a continuation, between a scale word and
    its unit («240 тыс. TEU»), or inside a quotation that a later piece closes (a quotation of several
    sentences is one sentence with its attribution; one whose attribution stands between its parts,
    «…, – деді ол. – …», is two, so a piece opened by a dash starts afresh)."""
    closers_after = _closers_after(pieces)
    sentences: list[list[str]] = []
    open_quotes: dict[str, int] = {}
    for n, piece in enumerate(pieces):
        if sentences and (
            _cut_wrongly(sentences[-1][-1], piece, lang)
            or (_inside(open_quotes, closers_after[n]) and not DASH_OPENED.match(piece))
        ):
            sentences[-1].append(piece)
        else:
            sentences.append([piece])
            open_quotes = {}
        _count_quotes(open_quotes, piece)
    return [" ".join(parts) for parts in sentences]


def _cut_wrongly(before: str, piece: str, lang: str) -> bool:
    """A cut no sentence end makes: after an abbreviation or an initial, before a lowercase continuation,
    between a scale word and a unit in capitals."""
    scale = scale_at_end(lang)
    return bool(
        abbreviation_at_end(lang).search(before)
        or continuation().match(piece)
        or (scale is not None and scale.search(before) and capitals_first().match(piece))
    )


def _count_quotes(open_quotes: dict[str, int], piece: str) -> None:
    """Add a piece's quotation marks to the sentence's count of those left open, by closing mark."""
    for opening, closing in QUOTE_PAIRS:
        if opening == closing:
            open_quotes[closing] = (open_quotes.get(closing, 0) + piece.count(opening)) % 2
        else:
            open_quotes[closing] = max(0, open_quotes.get(closing, 0) + piece.count(opening) - piece.count(closing))


def _closers_after(pieces: list[str]) -> list[dict[str, int]]:
    """For each piece, how many of each closing mark it and the pieces after it hold: a quotation left
    open joins the next piece only where it is closed later (a stray «, never closed, joins nothing)."""
    counts: list[dict[str, int]] = [{}] * len(pieces)
    running = {closing: 0 for _, closing in QUOTE_PAIRS}
    for n in range(len(pieces) - 1, -1, -1):
        running = {closing: running[closing] + pieces[n].count(closing) for closing in running}
        counts[n] = running
    return counts


def _inside(open_quotes: dict[str, int], closers_ahead: dict[str, int]) -> bool:
    return any(count and closers_ahead[closing] for closing, count in open_quotes.items())


def sentence_id(text: str) -> str:
    normalized = " ".join(text.split()).casefold()
    return "s" + hashlib.blake2b(normalized.encode(), digest_size=5).hexdigest()


def _blocks_of_text(body: str, first_line: int) -> list[_RawBlock]:
    """Plain text as agencies publish it: one paragraph a line."""
    return [_RawBlock("p", line.strip(), first_line + i) for i, line in enumerate(body.split("\n")) if line.strip()]


def _blocks_of_markdown(body: str, first_line: int) -> list[_RawBlock]:
    """Top-level Markdown blocks, each with the line it starts on.

    Python-Markdown gives HTML without line numbers, and an article needs them for its error messages
    and its facts, so blocks are found here; their inline Markdown is rendered later, sentence by sentence.
    """
    blocks: list[_RawBlock] = []
    current: list[str] = []
    kind, start = "p", first_line

    def flush() -> None:
        if current:
            blocks.append(_RawBlock(kind, " ".join(current), start))
            current.clear()

    for offset, raw in enumerate(body.split("\n")):
        line_no = first_line + offset
        line = raw.strip()
        if not line:
            flush()
            continue
        heading = HEADING.match(line)
        if heading:
            flush()
            level = min(max(len(heading.group(1)), 2), 4)
            blocks.append(_RawBlock(f"h{level}", heading.group(2), line_no))
            continue
        if LIST_ITEM.match(raw):
            flush()
            kind, start = "li", line_no
            current.append(LIST_ITEM.sub("", raw).strip())
            continue
        if line.startswith(">"):
            if kind != "quote" or not current:
                flush()
                kind, start = "quote", line_no
            current.append(line.lstrip("> ").strip())
            continue
        if not current:
            kind, start = "p", line_no
        current.append(line)
    flush()
    return [b for b in blocks if b.text]


def raw_blocks(doc: SourceDocument) -> list[_RawBlock]:
    if doc.format == "text":
        return _blocks_of_text(doc.body, doc.body_line)
    return _blocks_of_markdown(doc.body, doc.body_line)


def _make_blocks(raw: list[_RawBlock], lang: str, is_markdown: bool, split: Splitter) -> list[Block]:
    seen: Counter[str] = Counter()

    def unique(base: str) -> str:
        seen[base] += 1
        return base if seen[base] == 1 else f"{base}-{seen[base]}"

    blocks = []
    for block in raw:
        texts = [block.text] if block.kind.startswith("h") else split(block.text, lang)
        sentences = tuple(
            Sentence(sys.intern(unique(sentence_id(t))), t, block.line, _plain(t) if is_markdown else t) for t in texts
        )
        block_id = unique("b" + sentence_id(block.text)[1:])
        blocks.append(Block(block_id, block.kind, sentences, block.line))  # type: ignore[arg-type]
    return blocks


def _plain(text: str) -> str:
    """The words of a Markdown sentence, the same string as the text when it has no markup (most have none):
    a build holds every article's sentences at once."""
    plain = plain_text(text)
    return text if plain == text else plain


def lead_title(blocks: list[Block], lang: str) -> str:
    """A headline for an article that has none: its first sentence, without the dateline and the agency
    attribution; a dateline that stands as a sentence of its own gives way to the sentence after it."""
    sentences = [s for block in blocks[:2] for s in block.sentences]
    for sentence in sentences:
        title = without_dateline(sentence.text, lang).strip(" .")
        if title:
            return title
    return sentences[0].text


def segment(doc: SourceDocument, split: Splitter = split_sentences) -> Article:
    """The article's blocks and sentences; `split` may be a cached split_sentences."""
    is_markdown = doc.format == "markdown"
    blocks = [
        b for b in _make_blocks(raw_blocks(doc), doc.lang, is_markdown, split) if any(s.plain for s in b.sentences)
    ]
    if not blocks:
        raise ContentProblem(
            ContentError(doc.path, doc.body_line, "the article has no readable text", "write the article body")
        )
    meta = doc.meta
    if isinstance(meta.get("title"), str | int | float) and str(meta["title"]).strip():
        title_text = str(meta["title"]).strip()
    elif blocks[0].kind.startswith("h"):
        title_text = blocks.pop(0).sentences[0].text
    else:
        title_text = lead_title(blocks, doc.lang)
    date = meta.get("date") if isinstance(meta.get("date"), dt.date) else None
    slug = slugify(str(meta["slug"])) if meta.get("slug") else ""
    return Article(
        source=_without_body(doc),
        slug=slug or slugify(title_text) or slugify(doc.rel_path.stem) or "article",
        title=Sentence(
            sentence_id(title_text), title_text, doc.body_line, _plain(title_text) if is_markdown else ""
        ),
        lang=doc.lang,
        date=date,
        blocks=blocks,
        translation_blocks=_translation_blocks(doc.translation, split) if doc.translation else None,
    )


def _without_body(doc: SourceDocument) -> SourceDocument:
    """The document without its text, which the blocks now hold: the article keeps it for its path and
    front matter, and a build holds every article at once (6 KB an article of bench/compare.py's site)."""
    translation = dataclasses.replace(doc.translation, body="") if doc.translation else None
    return dataclasses.replace(doc, body="", translation=translation)


def _translation_blocks(doc: SourceDocument, split: Splitter) -> list[list[str]]:
    """A human translation, block by block, sentence by sentence, for alignment with its original."""
    return [[b.text] if b.kind.startswith("h") else split(b.text, doc.lang) for b in raw_blocks(doc)]
