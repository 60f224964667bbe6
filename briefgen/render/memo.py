"""The render memo: each file of the site comes with a key naming everything its bytes depend on, so a
rebuild renders only the files whose key changed and keeps the site's copy of the others.

A key is a hash of what the page's template is given (its Page: path, template, context, dates) together
with the build's render key (briefgen's code and templates, the site's templates, the configuration, whether
search is on: see manifest.render_fingerprint). Articles inside a context are hashed once each, as the
pickle of the whole Article (text, translations, facts), and stand in every key that lists them by that
hash; so a list page's key changes exactly when an article it lists, or the way it lists them, changes.

Pickling is a sound key: two equal pickles are two equal object graphs, and rendering is a function of
them. The pickler runs without its memo (`fast`), so an object met twice is written out twice: a value is
keyed by what it holds, not by which objects it shares (an article read fresh and the same article from the
facts memo share different strings). An equal graph may still pickle differently (a dict filled in another
order, say); that costs a render, never a stale page.

A page that lists meetings (a person's, a country's, a topic's) is rendered again whenever one article it
lists changes, and it may list every article of the site. Its rows are kept between builds (RowMemo), each
keyed like a page by its article's hash and what else the row shows, so such a page is rendered again by
joining its rows, of which only the changed article's are rendered anew.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import pickle
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..cache import TableMemo, fingerprint
from ..model import Article
from .catalog import Appearance
from .views import ArticleView

# The hash of the site's copy of `path` if that copy holds what `key` makes (then it is kept, and nothing
# is rendered), else None.
Fresh = Callable[[str, str], str | None]


def never_fresh(path: str, key: str) -> str | None:
    return None


class Keys:
    """Keys for the outputs of one render: the render key, and each article's hash computed once."""

    def __init__(
        self, render_key: str, kept: Callable[[Article], bytes | None] | None = None, ids_listed: bool = False
    ):
        """`kept` (article_memo.ArticleMemo.digest): the hash of the bytes an article was kept as, before
        its slug was settled, and of its translations, if it was; the article's own hash is then made of that
        and of its slug, rather than of a pickle of the whole article (a third of a second at 1,000), and is
        the same for the summary that stands in for an unchanged article (article_memo.py). `ids_listed`:
        the listing pages may read a meeting's sentence ids (the site has templates of its own), so a
        summary's hash keeps them (`summary`)."""
        self.render_key = render_key.encode()
        self._kept = kept
        self._ids_listed = ids_listed
        self._articles: dict[int, tuple[Article, bytes]] = {}
        # A whole article's hash → its summary's (summary.summarize), as the last build found them (RowMemo
        # reads them), and as this build did.
        self.summaries: dict[bytes, bytes] = {}
        self.summarized: dict[bytes, bytes] = {}
        # Each summary, by id, with its whole article's hash: what keys the files that read its meetings'
        # sentence ids (facts.json), which its own hash leaves out (`summary`).
        self._wholes: dict[int, tuple[Article, bytes]] = {}
        # Pickling stays in C but for these types, which stand for the article they derive from (an
        # appearance is its article's meeting number n, a view is made from its article and path).
        self._table = {
            Article: lambda article: (_ref, (self.article(article),)),
            Appearance: lambda seen: (_ref, (self.article(seen.article), seen.number)),
            ArticleView: lambda view: (_ref, (self.article(view.article), view.path)),
        }

    def article(self, article: Article) -> bytes:
        found = self._articles.get(id(article))
        if found is None:
            kept = self._kept(article) if self._kept is not None else None
            value = self._dumps(article, {}) if kept is None else kept + self._dumps(article.slug, {})
            digest = hashlib.blake2b(value, digest_size=16).digest()
            # The article is kept with its hash, so its id is not reused by another object meanwhile.
            found = self._articles[id(article)] = (article, digest)
        return found[1]

    def summary(self, article: Article, summary: Article) -> None:
        """Hash `summary`, summary.summarize(`article`), as the listing pages read it: the pickle of it
        without its meetings' sentence ids (`listed`). A summary is a function of its article, which the
        article's hash names whole (its text, path, facts, translations and slug), so the summary's hash a
        build found is taken again wherever the article's hash is the same; pickling the summary of every
        article again was a third of a one-article rebuild's keys. Its listings are still keyed by what the
        summary holds, so an edit they do not show renders none of them: and a meeting's sentence ids,
        which change with any sentence it rests on (segment.sentence_id), are read by facts.json alone
        (keyed by the whole article's hash: `whole`) where the site has no templates of its own."""
        whole = self.article(article)
        found = self.summaries.get(whole)
        if found is None:
            shown = summary if self._ids_listed else listed(summary)
            found = hashlib.blake2b(self._dumps(shown, {}), digest_size=16).digest()
        self._articles[id(summary)] = (summary, found)
        self._wholes[id(summary)] = (summary, whole)
        self.summarized[whole] = found

    def whole(self, article: Article) -> bytes:
        """The hash of the whole article `article` stands for: its own, unless it is a summary (`summary`)."""
        found = self._wholes.get(id(article))
        return found[1] if found is not None and found[0] is article else self.article(article)

    def release(self, article: Article) -> None:
        """Let an article go whose keys are all made (a build's, once its briefing page is: its listing
        pages are keyed by its summary)."""
        self._articles.pop(id(article), None)

    def of(self, *parts: Any) -> str:
        digest = hashlib.blake2b(self.render_key, digest_size=16)
        digest.update(self._dumps(parts, self._table))
        return digest.hexdigest()

    def of_wholes(self, *parts: Any) -> str:
        """`of` for a file that reads all of each summary in it (facts.json: the meetings' sentence ids),
        each standing in by its whole article's hash."""
        digest = hashlib.blake2b(self.render_key, digest_size=16)
        digest.update(self._dumps(parts, {**self._table, Article: lambda article: (_ref, (self.whole(article),))}))
        return digest.hexdigest()

    @staticmethod
    def _dumps(value: Any, table: dict[type, Callable[[Any], Any]]) -> bytes:
        """By value: without the pickler's memo (`fast`), an object met twice is written out twice."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        pickler.fast = True
        pickler.dispatch_table = table
        pickler.dump(value)
        return buffer.getvalue()


def listed(summary: Article) -> Article:
    """`summary` as its hash for the listing pages names it: without its meetings' sentence ids, which no
    listing reads (facts.json does: Keys.of_wholes)."""
    if not any(meeting.sentences for meeting in summary.meetings):
        return summary
    return dataclasses.replace(summary, meetings=[dataclasses.replace(m, sentences=[]) for m in summary.meetings])


def _ref(*parts: Any) -> None:
    """What a stand-in unpickles to; keys are never unpickled."""


class RowMemo:
    """Rendered rows of listing pages, kept in the cache folder from build to build, one SQLite row each
    (cache.TableMemo), grouped by their article's hash: a build reads the rows of the pages it renders and
    nothing else, and holds none (the JSON file it replaced was read, parsed and held whole, 20 MB at
    1,000 articles, growing with every listing page). The file is kept for the render key it was made
    under: a change to briefgen, the templates or the configuration makes every row again. Saved with the
    rows of this build's articles only, so it does not grow with deleted or edited articles."""

    def __init__(self, path: Path, keys: Keys):
        self.path = path
        self.keys = keys
        self.table = TableMemo(path, keys.render_key.decode())
        self._page: str | None = None  # the page whose rows `_rows` holds
        self._rows: dict[tuple[str, str], bytes] = {}
        # Each summary's hash is kept under the whole article's (Keys.summary): one row in the summary's group.
        self._summaries = {
            bytes.fromhex(key[len(SUMMARY) :]): value
            for (group, key), value in self.table.starting(SUMMARY).items()
            if _is_hex(key[len(SUMMARY) :]) and value.hex() == group
        }
        keys.summaries = self._summaries

    def row(
        self, article: Article, page: str, parts: tuple[Any, ...], make: Callable[[], str], whole: bool = False
    ) -> str:
        """The row of `article` on `page` that `parts` (str, int, bool or None values) further name, made
        only when no build since the article last changed has made it. A page's rows are read together,
        when it asks for its first (thousands on a topic's page: a query each cost 0.3 s a rebuild).
        `whole`: the row reads all of a summary (facts.json: its meetings' sentence ids), and is kept under
        its whole article's hash (Keys.of_wholes)."""
        if page != self._page:
            self._page, self._rows = page, self.table.starting(f"{page}\0")
        group, key = self._naming(article, page, parts)
        if whole:
            group = self.keys.whole(article).hex()
        found = self._rows.get((group, key)) or self.table.new.get((group, key))
        if found is not None:
            text = unpacked(found)
            if text is not None:
                return text
        made = make()
        self.put((group, key), made)
        return made

    def _naming(self, article: Article, page: str, parts: tuple[Any, ...]) -> tuple[str, str]:
        return self.keys.article(article).hex(), f"{page}\0{fingerprint(repr(parts))}"

    def put(self, key: tuple[str, str], row: str) -> None:
        self.table.put(*key, packed(row))

    def made(self, article: Article, page: str, parts: tuple[Any, ...], row: bytes) -> None:
        """Keep a row a render worker made (`packed` there), as `row` keeps one made here."""
        self.table.put(*self._naming(article, page, parts), row)

    def keep(self, articles: list[Article]) -> None:
        """Save the rows this build made, and drop those of articles the site no longer has. Raises OSError."""
        for whole, summary in self.keys.summarized.items():
            if self._summaries.get(whole) != summary:
                self.table.put(summary.hex(), SUMMARY + whole.hex(), summary)
        try:
            # A summary's rows are under its own hash, its facts.json entry under its whole article's.
            hashing = (self.keys.article, self.keys.whole)
            self.table.keep({hashed(article).hex() for article in articles for hashed in hashing})
        finally:
            self.table.close()
        # The JSON file of the rows before they moved here: stale, and the manifest would hash its megabytes.
        self.path.with_name(LEGACY_ROW_FILE).unlink(missing_ok=True)


# zlib.compress makes (and frees) a compressor of some 300 kB for every call: 54 µs for a row of 600 bytes,
# more than rendering the row took. One compressor a thread, flushed whole after each row (Z_FULL_FLUSH:
# what follows refers to nothing before it), packs a row in 5 µs to the same size.
_COMPRESSORS = threading.local()
_RAW_DEFLATE = -15  # wbits: a bare deflate stream, no zlib header; the row's CRC-32 is kept after it instead


def packed(row: str) -> bytes:
    """A row as the memo keeps it: its deflated bytes, which a fresh decompressor reads alone, then the
    CRC-32 of the row (4 bytes), so a damaged or cut value is made again rather than shown. Compressed:
    rows are HTML much alike, a fifth of their size so (the file was 58 MB at 1,000 articles without)."""
    compressor = getattr(_COMPRESSORS, "compressor", None)
    if compressor is None:
        compressor = _COMPRESSORS.compressor = zlib.compressobj(1, zlib.DEFLATED, _RAW_DEFLATE)
    data = row.encode("utf-8")
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH) + zlib.crc32(data).to_bytes(4, "big")


def unpacked(value: bytes) -> str | None:
    """The row `packed` made, or None for a value it did not make (damaged, cut, an older briefgen's)."""
    try:
        data = zlib.decompressobj(_RAW_DEFLATE).decompress(value[:-4])
        if len(value) < 4 or zlib.crc32(data).to_bytes(4, "big") != value[-4:]:
            return None
        return data.decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        return None


LEGACY_ROW_FILE = "rows.json"
# The key prefix of a summary's hash (Keys.summary) among the rows; no page's path starts with a NUL.
SUMMARY = "\0summary\0"


def _is_hex(text: str) -> bool:
    try:
        bytes.fromhex(text)
    except ValueError:
        return False
    return True
