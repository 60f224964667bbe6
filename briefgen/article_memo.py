"""The article memo: each article as the stages before translation leave it (read, split into sentences,
its facts read), kept in the cache folder (articles.sqlite3, one row an article) under a key of its file's
bytes, its sidecar's and its date. A rebuild takes an unchanged article from it whole, with one read of its
row, rather than reading the file again, splitting it from the split memo and unpacking its meetings from
the facts memo: at 1,000 articles that was about 1.5 s of every one-article rebuild, now about 0.1 s.

The memo's version is the render fingerprint (briefgen's code, templates and data, the site's templates
and the configuration: manifest.render_fingerprint) with the split and facts memos' own versions (the
splitters, rules, gazetteer files and analyzers they name), so whatever could read an article otherwise
makes every row stale; such a build reads every article through the split and facts memos, as before.
Translation is not kept: it is the translation memory's, and runs for every article each build.

Rows are pickles of briefgen's own dataclasses, as the compiled gazetteer in the same folder is (see
facts/compiled.py); each is stored with its hash, so a damaged one is a miss.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import pickle
from pathlib import Path

from .cache import SplitCache, TableMemo, fingerprint
from .config import Config, LimitsConfig
from .load import Discovered
from .manifest import ARTICLE_MEMO_FILE
from .model import Article, ContentError
from .tree import read_regular

# One row a group, the article's key: the table's groups are what a build keeps.
_ROW = "article"


@dataclasses.dataclass
class Held:
    """An article the memo held, and the problems its front matter `meetings:` gave when it was read."""

    article: Article
    problems: list[ContentError]


class ArticleMemo:
    def __init__(self, path: Path, version: str):
        self.path = path
        self.table = TableMemo(path, version)
        self.keys: dict[Path, str] = {}  # each article file of this build → its key
        # Each article held or kept, by id, with the hash of its row's bytes (see `digest`).
        self._digests: dict[int, tuple[Article, bytes]] = {}

    def held(self, found: Discovered, limits: LimitsConfig) -> dict[Path, Held]:
        """The articles `discover` found that the memo holds as they are now, by path. They are left frozen
        (gc.freeze): the caller unfreezes them when the build is done (build.build_site)."""
        # Unpickling a thousand articles makes a million small objects, each allocation counted towards a
        # collection that finds nothing to free: without the collector it takes 0.3 s instead of 0.8 s.
        # Frozen, they are not traversed again by the next full collection either, which cost a rebuild
        # another 0.6 s of CPU wherever it fell.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._held(found, limits)
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

    def _held(self, found: Discovered, limits: LimitsConfig) -> dict[Path, Held]:
        held: dict[Path, Held] = {}
        for path in found.articles:
            key = _key(path, found.sidecars.get(path), limits)
            if key is None:
                continue
            self.keys[path] = key
            value = self.table.get(key, _ROW)
            if value is None:
                continue
            try:
                article, problems = pickle.loads(value)
            except Exception:  # noqa: BLE001 - a row of another briefgen's classes: read the article afresh
                continue
            held[path] = Held(article, problems)
            self._digests[id(article)] = (article, _digest(value))
        return held

    @classmethod
    def of_build(cls, config: Config, render_fingerprint: str) -> ArticleMemo:
        """The memo of a build with this render fingerprint (manifest.py), in the site's cache folder."""
        from .facts import facts_memo  # the facts package is large: only a build that reads articles loads it

        cache = config.path(config.cache_dir)
        splits = SplitCache(cache / "sentences.json").version
        return cls(cache / ARTICLE_MEMO_FILE, f"{render_fingerprint}; {splits}; {facts_memo(config).version}")

    def put(self, article: Article, slug: str, problems: list[ContentError]) -> None:
        """Keep an article read afresh this build: `slug` is the one it asked for (claim_slugs may have
        given it another, which depends on the other articles), `problems` its facts' problems."""
        key = self.keys.get(article.source.path)
        if key is not None:
            kept = dataclasses.replace(article, slug=slug, translations={}, block_translations={})
            value = pickle.dumps((kept, problems), protocol=pickle.HIGHEST_PROTOCOL)
            self.table.put(key, _ROW, value)
            self._digests[id(article)] = (article, _digest(value))

    def digest(self, article: Article) -> bytes | None:
        """The hash of the row `article` was held as or kept in this build: with its slug and translations,
        which the row leaves out, it stands for the whole article in the render memo's keys (render/memo.py
        Keys). Equal rows are equal articles; an unchanged article held by the next build is the same row.
        Asked once an article (Keys keeps the answer), and then let go of, so that the article can go once its
        page is made."""
        found = self._digests.pop(id(article), None)
        return found[1] if found is not None and found[0] is article else None

    def keep(self, read: list[tuple[Article, str]], problems: list[ContentError]) -> None:
        """Keep the articles read afresh this build, each with the slug it asked for and its problems among
        `problems`, then save and drop the rows of files no longer there or changed. Raises OSError."""
        by_path: dict[Path, list[ContentError]] = {}
        for error in problems:
            by_path.setdefault(error.path, []).append(error)
        for article, slug in read:
            self.put(article, slug, by_path.get(article.source.path, []))
        try:
            self.table.keep(self.keys.values())
        finally:
            self.table.close()


def _digest(value: bytes) -> bytes:
    return hashlib.blake2b(value, digest_size=16).digest()


def _key(path: Path, sidecar: Path | None, limits: LimitsConfig) -> str | None:
    """What the loader reads of an article: its bytes, its sidecar's, and its file date (the day a report
    without a date is read against). None for a file that cannot be read: the loader says why."""
    try:
        raw = read_regular(path, limits.max_article_bytes)
        beside = read_regular(sidecar, limits.max_article_bytes) if sidecar is not None else b""
        modified = dt.date.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
    return fingerprint(str(path), raw, str(sidecar or ""), beside, modified.isoformat())
