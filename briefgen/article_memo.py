"""The article memo: each article as the stages before translation leave it (read, split into sentences,
its facts read), kept in the cache folder (articles.sqlite3, its rows grouped under a key of its file's
bytes, its sidecar's and its date. A rebuild takes an unchanged article from it whole, with one read of its
row, rather than reading the file again, splitting it from the split memo and unpacking its meetings from
the facts memo: at 1,000 articles that was about 1.5 s of every one-article rebuild, now about 0.1 s.

The memo's version is the render fingerprint (briefgen's code, templates and data, the site's templates
and the configuration: manifest.render_fingerprint) with the split and facts memos' own versions (the
splitters, rules, gazetteer files and analyzers they name), so whatever could read an article otherwise
makes every row stale; such a build reads every article through the split and facts memos, as before.

Each article's translations are kept too, beside it, with what the listing pages read of it (its summary,
render/summary.py) and what the translate stage gave it (translate.Outcome, which counts and warns for it in
the report), for the translation inputs the last build left (translate/machine.py reuse_state, kept in the
memo). A build whose inputs are those takes each unchanged article as its summary alone, which stands in
for it until its briefing page has to be rendered (`whole`): a one-article rebuild then unpickles the
summaries and the edited article, not every article whole. Otherwise (a glossary edited, a package
installed, the memory corrected) the unchanged articles are taken whole and translated again, as the
articles read afresh are, and their translations kept for the next build.

A first build (or any that reads many articles afresh) keeps each article as its facts are read (`settle`)
and holds its summary from then on; the whole article, as this build made it (its translations as they
are now, which the memo keeps as the next build will find them), goes to a temporary file of the cache
folder (`Spill`), read back where its briefing page is rendered: so the build never holds every article
whole (at 10,000 articles, 28 KB each).

Rows are pickles of briefgen's own dataclasses, as the compiled gazetteer in the same folder is (see
facts/compiled.py); each is stored with its hash, so a damaged one is a miss.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import io
import os
import pickle
import weakref
from collections.abc import Iterable
from pathlib import Path

from .cache import ScratchFile, SplitCache, TableMemo, fingerprint
from .config import Config, LimitsConfig
from .load import Discovered
from .manifest import ARTICLE_MEMO_FILE, FileDigests, file_digest
from .model import Article, ContentError, Translation
from .render.summary import summarize
from .translate import Outcome
from .tree import read_regular

# The rows of a group, the article's key (the table's groups are what a build keeps): the article as read,
# its summary with its outcome, and its translations.
_ROW = "article"
_LISTED = "listed"
_TRANSLATIONS = "translations"
# Articles whose summaries are asked for in one query (cache.TableMemo.of_groups).
HELD_A_QUERY = 500
# The group of the translation inputs the last build left (translate/machine.py reuse_state).
_BUILD, _STATE = "", "translation state"


@dataclasses.dataclass
class Held:
    """An article the memo held, and the problems its front matter `meetings:` gave when it was read."""

    article: Article
    problems: list[ContentError]
    # Not None: `article` is the summary of the article, standing in for it (see ArticleMemo.whole), and this
    # is what translating it gave; it is not translated again.
    outcome: Outcome | None = None


class MemoLost(Exception):
    """A row the memo held at the start of the build was gone or damaged when the article was asked for."""


class ArticleMemo:
    def __init__(self, path: Path, version: str, read: FileDigests | None = None):
        """`read`: what the build read of each article file already (manifest.FileDigests), for the keys."""
        self.path = path
        self.read: FileDigests = read if read is not None else {}
        self.table = TableMemo(path, version)
        self.keys: dict[Path, str] = {}  # each article file of this build → its key
        # Each article held or kept, by id, with the hash of its row's bytes (see `digest`).
        self._digests: dict[int, tuple[Article, bytes]] = {}
        # Each summary standing in for its article, by id: with its key, and its translations' hash.
        self._standing: dict[int, tuple[Article, str, bytes]] = {}
        # Each summary that stands in for an article settled this build, by id: its translations' hash.
        self._settled: dict[int, tuple[Article, bytes]] = {}
        self.spill = Spill(path.parent)

    def held(self, found: Discovered, limits: LimitsConfig, state: str | None = None) -> dict[Path, Held]:
        """The articles `discover` found that the memo holds as they are now, by path; where `state` (the
        translation inputs now) is the one the last build left, as their summaries with their outcomes. They
        are left frozen (gc.freeze): the caller unfreezes them when the build is done (build.build_site)."""
        # Unpickling a thousand articles makes a million small objects, each allocation counted towards a
        # collection that finds nothing to free: without the collector it takes 0.3 s instead of 0.8 s.
        # Frozen, they are not traversed again by the next full collection either, which cost a rebuild
        # another 0.6 s of CPU wherever it fell.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._held(found, limits, state is not None and self.table.get(_BUILD, _STATE) == state.encode())
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

    def _held(self, found: Discovered, limits: LimitsConfig, translated: bool) -> dict[Path, Held]:
        held: dict[Path, Held] = {}
        for start in range(0, len(found.articles), HELD_A_QUERY):
            held.update(self._held_of(found, found.articles[start : start + HELD_A_QUERY], limits, translated))
        return held

    def _held_of(
        self, found: Discovered, paths: list[Path], limits: LimitsConfig, translated: bool
    ) -> dict[Path, Held]:
        held: dict[Path, Held] = {}
        keyed = ((path, _key(path, found.sidecars.get(path), limits, self.read)) for path in paths)
        keys = {path: key for path, key in keyed if key is not None}
        self.keys.update(keys)
        listed, rows = self.table.of_groups(list(keys.values()), _LISTED, _ROW) if translated else ({}, {})
        for path, key in keys.items():
            if key in listed and (standing := self._listed(key, listed[key], rows.get(key))) is not None:
                held[path] = standing
                continue
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

    def _listed(self, key: str, value: bytes, stored: bytes | None) -> Held | None:
        """The summary standing in for the article of `key` (its row `value`), if it was kept for the row
        of the article the memo holds (whose hash is `stored`)."""
        try:
            summary, problems, outcome, row, translations = pickle.loads(value)
        except Exception:  # noqa: BLE001 - as a row in _held
            return None
        if stored != row:  # kept beside another row of the article: take that one whole
            return None
        self._standing[id(summary)] = (summary, key, translations)
        self._digests[id(summary)] = (summary, row)
        return Held(summary, problems, outcome)

    def whole(self, article: Article) -> Article:
        """The whole article a summary stands in for (see `held`), with its slug of this build and its
        translations; any other article as it is. Raises MemoLost if its rows are gone since."""
        standing = self._standing.get(id(article))
        if standing is None or standing[0] is not article:
            return article
        row, translations = self.table.get(standing[1], _ROW), self.table.get(standing[1], _TRANSLATIONS)
        if row is None or translations is None or _digest(translations) != standing[2]:
            raise MemoLost(f"{article.source.path}: the article memo lost this article — build again")
        whole, _ = pickle.loads(row)
        whole.slug = article.slug
        whole.translations, whole.block_translations = pickle.loads(translations)
        return whole

    @classmethod
    def of_build(cls, config: Config, render_fingerprint: str, read: FileDigests | None = None) -> ArticleMemo:
        """The memo of a build with this render fingerprint (manifest.py), in the site's cache folder; `read`
        what the manifest's fingerprint read of each article file (manifest.Manifest.content)."""
        from .facts import facts_memo  # the facts package is large: only a build that reads articles loads it

        cache = config.path(config.cache_dir)
        splits = SplitCache(cache / "sentences.json").version
        return cls(cache / ARTICLE_MEMO_FILE, f"{render_fingerprint}; {splits}; {facts_memo(config).version}", read)

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
        """The hash of the row `article` was held as or kept in this build, and of its translations, which
        the row leaves out: with its slug, it stands for the whole article in the render memo's keys
        (render/memo.py Keys), whether the article is whole or a summary standing in for it. Equal rows are
        equal articles; an unchanged article held by the next build is the same row. Asked once an article
        (Keys keeps the answer), and then let go of, so that the article can go once its page is made."""
        found = self._digests.pop(id(article), None)
        if found is None or found[0] is not article:
            return None
        standing = self._standing.get(id(article))
        if standing is not None:
            return found[1] + standing[2]
        settled = self._settled.pop(id(article), None)
        if settled is not None and settled[0] is article:
            return found[1] + settled[1]
        return found[1] + _translations(article)[1]

    def settle(
        self, article: Article, slug: str, problems: list[ContentError], outcome: Outcome | None, state: str | None
    ) -> Article:
        """Keep an article read afresh this build as `keep` would (`slug` the one it asked for, `problems`
        its facts' problems; with `state`, its translations and `outcome`), and give back what stands in
        for it from now on: its summary, the whole article spilled (see `Spill`) to be read back where its
        page is rendered. The article itself where it cannot be kept (a file gone since it was read, no
        cache folder to write to): it is then held whole, as before."""
        self.put(article, slug, problems)
        if outcome is not None and state is not None:
            self._put_translations(article, slug, outcome, problems)
        found = self._digests.get(id(article))
        if found is None or found[0] is not article:
            return article
        summary = summarize(article)
        if not self.spill.put(summary, article):
            return article
        del self._digests[id(article)]
        self._digests[id(summary)] = (summary, found[1])
        self._settled[id(summary)] = (summary, _translations(article)[1])
        return summary

    def keep(
        self,
        read: list[tuple[Article, str]],
        problems: list[ContentError],
        translated: Iterable[tuple[Article, str, Outcome, list[ContentError]]] = (),
        state: str | None = None,
    ) -> None:
        """Keep the articles read afresh this build, each with the slug it asked for and its problems among
        `problems`; with `state` (the translation inputs the build leaves), the translations of the articles
        `translated` (each with the slug it asked for, its outcome and its problems), then save and drop the
        rows of files no longer there or changed. Raises OSError."""
        by_path: dict[Path, list[ContentError]] = {}
        for error in problems:
            by_path.setdefault(error.path, []).append(error)
        for article, slug in read:
            self.put(article, slug, by_path.get(article.source.path, []))
        if state is not None:
            for article, slug, outcome, held_problems in translated:
                self._put_translations(article, slug, outcome, by_path.get(article.source.path, held_problems))
            self.table.put(_BUILD, _STATE, state.encode())
        try:
            self.table.keep([*self.keys.values(), *([_BUILD] if state is not None else [])])
        finally:
            self.table.close()

    def _put_translations(self, article: Article, slug: str, outcome: Outcome, problems: list[ContentError]) -> None:
        key = self.keys.get(article.source.path)
        held = self._digests.get(id(article))
        if key is None or held is None or held[0] is not article:
            return
        # As the next build would find them: what the model translated now, the memory holds (and pages say so).
        remembered = dataclasses.replace(
            article,
            translations={sid: _remembered(t) for sid, t in article.translations.items()},
            block_translations={bid: _remembered(t) for bid, t in article.block_translations.items()},
        )
        value, digest = _translations(remembered)
        self.table.put(key, _TRANSLATIONS, value)
        summary = dataclasses.replace(summarize(remembered), slug=slug)
        listed = (summary, problems, outcome, held[1], digest)
        self.table.put(key, _LISTED, pickle.dumps(listed, protocol=pickle.HIGHEST_PROTOCOL))

    def close(self) -> None:
        self.table.close()
        self.spill.close()


class Spill:
    """Whole articles of one build, each pickled to a temporary file (in the cache folder, unlinked at once,
    so gone with the process) and read back by the summary that stands in for it (`whole`), where its page
    is rendered: in a forked render worker too, as a positioned read (os.pread) moves no shared offset.
    Not the article memo's rows: those keep the translations as the next build will find them (machine
    output as the memory's), where this build's pages show them as they are now."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._scratch = ScratchFile(folder, ".spill-")
        self._failed = False
        # By the summary's id: the summary (weakly: it must not outlive the build's list), where its article is.
        self._places: dict[int, tuple[weakref.ref[Article], int, int]] = {}

    def put(self, summary: Article, article: Article) -> bool:
        """Spill `article`, read back by `summary`; False where it cannot be (it is then to be held whole)."""
        if self._failed:
            return False
        try:
            if not self._scratch.opened:
                self.folder.mkdir(parents=True, exist_ok=True)
            offset, length = self._scratch.append(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            self._failed = True  # a full disk, a cache folder that cannot be made: the articles stay whole
            return False
        self._places[id(summary)] = (weakref.ref(summary), offset, length)
        return True

    def whole(self, article: Article) -> Article:
        """The whole article `article` stands in for, if it was spilled; else `article` itself."""
        found = self._places.get(id(article))
        if found is None or found[0]() is not article:
            return article
        _, offset, length = found
        data = self._scratch.read(offset, length)
        if data is None:
            raise MemoLost(f"{article.source.path}: this build's copy of the article was lost — build again")
        return pickle.loads(data)

    def close(self) -> None:
        self._scratch.close()
        self._places.clear()


def _digest(value: bytes) -> bytes:
    return hashlib.blake2b(value, digest_size=16).digest()


def _remembered(translation: Translation) -> Translation:
    return Translation(translation.text, "memory") if translation.origin == "machine" else translation


def _translations(article: Article) -> tuple[bytes, bytes]:
    """An article's translations as the memo keeps them, and their hash, which is of their values: the
    pickler runs without its memo (`fast`), as render/memo.py's keys do, so that shared strings do not count."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump((article.translations, article.block_translations))
    value = buffer.getvalue()
    return value, _digest(value)


def _key(path: Path, sidecar: Path | None, limits: LimitsConfig, read: FileDigests) -> str | None:
    """What the loader reads of an article: its bytes, its sidecar's, and its file date (the day a report
    without a date is read against), each file by the digest of its bytes. Where the manifest's fingerprint
    read a file whole moments before (`read`: a regular file, not a link, of at most its limit), its digest
    and time are taken from there; otherwise the file is read here. None for a file that cannot be read: the
    loader says why."""
    try:
        raw, modified = _file_digest(path, limits, read)
        beside = _file_digest(sidecar, limits, read)[0] if sidecar is not None else b""
    except OSError:
        return None
    day = dt.date.fromtimestamp(modified).isoformat()
    return fingerprint(str(path), raw, str(sidecar or ""), beside, day)


def _file_digest(path: Path, limits: LimitsConfig, read: FileDigests) -> tuple[bytes, float]:
    found = read.get(os.fspath(path))
    if found is not None:
        return found
    data = read_regular(path, limits.max_article_bytes)
    return file_digest(data), path.stat().st_mtime
