"""Work kept between builds in the cache folder (never inside site/), so that a rebuild redoes only what
changed: sentence splits (razdel and pysbd cost time a paragraph) and the meetings read from each article
(fact extraction costs tens of milliseconds an article). A site of thousands of articles would otherwise
spend most of every rebuild redoing work on text it has seen before."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pysbd

from . import segment
from .lang import patterns


def fingerprint(*parts: str | bytes) -> str:
    digest = hashlib.blake2b(digest_size=12)
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def files_fingerprint(paths: Iterable[Path]) -> str:
    """What the given files hold: a change to any of them changes it."""
    return fingerprint(*(b for path in sorted(paths) for b in (str(path).encode(), path.read_bytes())))


class StoredMemo:
    """A memo of JSON values by key, loaded from and saved to one JSON file. `version` names the code and
    data that made the values: a file written under another version is ignored. The file carries a hash
    of its values: one edited, truncated or damaged since it was written is ignored whole and rebuilt,
    never trusted (its values would be published as an article's text and facts). The file is read on
    first use: a rebuild whose articles all come from the article memo (ArticleMemo) never reads it."""

    def __init__(self, path: Path, version: str, empty: bool = False):
        """`empty`: start with nothing stored, the file unread (nor to be saved): it is of no use to this
        build, as when the article memo held every article the file knows."""
        self.path = path
        self.version = version
        self._stored: dict[str, Any] | None = {} if empty else None
        # What this build used, as the JSON the file will hold (sorted keys): a cold build's facts held so,
        # rather than as parsed values, take a quarter of the memory (22 against 93 MB at 3,000 articles),
        # and those in a temporary file rather than in memory (77 MB at 10,000 articles: see SpilledValues).
        self.used: MutableMapping[str, bytes] = SpilledValues(path.parent)
        self.hits = 0

    @property
    def stored(self) -> dict[str, Any]:
        if self._stored is None:
            self._stored = {}
            # No cache yet, or an unreadable one: start afresh.
            with contextlib.suppress(OSError, ValueError, LookupError, AttributeError, TypeError, RecursionError):
                self._stored = self._read(self.path.read_bytes())
        return self._stored

    def _read(self, text: bytes) -> dict[str, Any]:
        """The values the file holds, if it was written whole under this version, else {}."""
        data = json.loads(text)
        values = data["values"]
        return values if data.get("version") == self.version and data.get("checksum") == _checksum(values) else {}

    def _chunks(self, values: Mapping[str, bytes]) -> Iterator[bytes]:
        """The file's bytes: {"version", "checksum", "values"} as JSON, value by value (the memo dumped
        whole, and again for its checksum, cost 95 MB at once at 3,000 articles)."""
        head = {"version": self.version, "checksum": _digest_of(_pairs(values))}
        yield json.dumps(head, ensure_ascii=False, allow_nan=False)[:-1].encode("utf-8") + b', "values": {'
        yield from _pairs(values)
        yield b"}}"

    def get(self, key: str) -> Any | None:
        found = self.stored.get(key)
        if found is not None:
            self.hits += 1
            self.used[key] = _json(found)
        return found

    def put(self, key: str, value: Any) -> None:
        self.used[key] = _json(value)

    def save(self) -> None:
        """Keep what this build used, and only that, so the file does not grow with deleted articles."""
        write_whole(self.path, self._chunks(self.used))


class ScratchFile:
    """Bytes appended to a temporary file of `folder` (None: the system's), unlinked at once, so gone with
    the process, and read back by place: a build's values that need not stay in memory until it uses them.
    Every write and read is positioned (os.pwrite, os.pread), since forked workers share the file's offset."""

    def __init__(self, folder: Path | None, prefix: str):
        self.folder, self.prefix = folder, prefix
        self._file: Any = None  # an unbuffered binary file, once something is appended
        self._size = 0

    @property
    def opened(self) -> bool:
        return self._file is not None

    def append(self, data: bytes) -> tuple[int, int]:
        """Write `data` after what is there; its place (offset, length). Raises OSError (a full disk, a folder
        that cannot be written to)."""
        if self._file is None:
            self._file = tempfile.TemporaryFile(dir=self.folder, prefix=self.prefix, buffering=0)  # noqa: SIM115
        written = 0
        while written < len(data):
            written += os.pwrite(self._file.fileno(), data[written:], self._size + written)
        place = (self._size, len(data))
        self._size += len(data)
        return place

    def read(self, offset: int, length: int) -> bytes | None:
        """What was appended at that place; None where the file is closed or cut short."""
        if self._file is None:
            return None
        data = os.pread(self._file.fileno(), length, offset)
        return data if len(data) == length else None

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class SpilledValues(MutableMapping[str, bytes]):
    """Bytes by key, the bytes in a ScratchFile of `folder` and only where each is in memory: what a memo's
    build used (StoredMemo.used) is written once, at the end, and a cold build held the JSON of every
    article's meetings until then. Where no such file can be made, the values are held in memory, as before.
    A forked worker reads the parent's values; it adds its own to a memo of its own (parallel.recorded)."""

    def __init__(self, folder: Path):
        self.folder = folder
        # The cache folder where there is one (`check` makes none), looked for when the first value is set.
        self._scratch: ScratchFile | None = None
        self._pid = os.getpid()  # the process that writes it
        self._at: dict[str, tuple[int, int] | bytes] = {}  # where each value is, or the value itself

    def __setitem__(self, key: str, value: bytes) -> None:
        self._at[key] = self._spilled(value)

    def _spilled(self, value: bytes) -> tuple[int, int] | bytes:
        if os.getpid() != self._pid:  # a forked worker's copy (parallel.recorded): the file is the parent's
            return value
        if self._scratch is None:
            self._scratch = ScratchFile(self.folder if self.folder.is_dir() else None, ".used-")
        try:
            return self._scratch.append(value)
        except OSError:  # no cache folder to write to (the build says so where it saves), or a full disk
            return value

    def __getitem__(self, key: str) -> bytes:
        found = self._at[key]
        if isinstance(found, bytes):
            return found
        value = self._scratch.read(*found) if self._scratch is not None else None
        if value is None:
            raise OSError(0, "the memo's temporary file was cut short", str(self.folder))
        return value

    def __delitem__(self, key: str) -> None:
        del self._at[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


# How many bytes of new values a table memo holds before it writes them.
FLUSH_BYTES = 8 * 2**20


class TableMemo:
    """A memo of bytes by key in one SQLite file of the cache folder, read a key at a time, so a rebuild
    reads only what it asks for and holds none of the rest (a JSON memo is read, parsed and held whole).
    Each value belongs to a group (the article it was made from) and is stored with its hash: one damaged
    or edited since it was written is a miss, never trusted. A file of another `version`, or one SQLite
    cannot read, counts as empty and is rebuilt by `keep`. The standard library's sqlite3: no server, one
    file, and the translation memory already lives in one."""

    def __init__(self, path: Path, version: str):
        self.path, self.version = path, version
        self.new: dict[tuple[str, str], bytes] = {}
        self._pending = 0  # bytes in `new`
        self._flush_failed = False
        self._db: sqlite3.Connection | None = None
        self._pid = os.getpid()  # the process `_db` is of
        self._inherited: sqlite3.Connection | None = None
        self._valid = False

    def _open(self) -> sqlite3.Connection:
        if self._db is not None and self._pid != os.getpid():
            # A forked render worker reading an article (article_memo.ArticleMemo.whole): SQLite's connections
            # must not cross a fork. The parent's is left alone (closing it here could touch its file state).
            self._inherited, self._db = self._db, None
        if self._db is None:
            self._pid = os.getpid()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS memo (key TEXT, grp TEXT, value BLOB NOT NULL, hash BLOB NOT NULL,"
                " PRIMARY KEY (key, grp)) WITHOUT ROWID"
            )
            # Groups by themselves, for `keep` to find the stale ones without reading the table's values.
            self._db.execute("CREATE INDEX IF NOT EXISTS memo_groups ON memo (grp)")
            self._db.execute("CREATE TABLE IF NOT EXISTS about (version TEXT NOT NULL)")
            found = self._db.execute("SELECT version FROM about").fetchall()
            self._valid = found == [(self.version,)]
        return self._db

    def get(self, group: str, key: str) -> bytes | None:
        if (group, key) in self.new:
            return self.new[(group, key)]
        try:
            db = self._open()
            if not self._valid:
                return None
            row = db.execute("SELECT value, hash FROM memo WHERE key = ? AND grp = ?", (key, group)).fetchone()
        except (sqlite3.Error, OSError):  # no cache folder to be had: the build says so where it needs one
            return None
        if row is None or bytes(row[1]) != _value_hash(row[0]):
            return None
        return bytes(row[0])

    def of_groups(self, groups: list[str], key: str, hashed: str) -> tuple[dict[str, bytes], dict[str, bytes]]:
        """For each of `groups`: its value named `key` (damaged ones left out, as misses) and the stored hash
        of its value named `hashed` (what `get` would check it against), in one query: a rebuild asks this
        of a thousand articles, a query each cost it 30 ms. Of the file alone: asked before anything is put.
        At most 30,000 groups a call (SQLite's limit on parameters)."""
        values: dict[str, bytes] = {}
        hashes: dict[str, bytes] = {}
        try:
            db = self._open()
            if not self._valid:
                return values, hashes
            rows = db.execute(
                "SELECT grp, key, CASE WHEN key = ? THEN value END, hash FROM memo WHERE key IN (?, ?) AND grp IN"
                f" ({','.join('?' * len(groups))})",
                (key, key, hashed, *groups),
            ).fetchall()
        except (sqlite3.Error, OSError):
            return values, hashes
        for group, name, value, stored in rows:
            if name == hashed:
                hashes[group] = bytes(stored)
            if name == key and bytes(stored) == _value_hash(value):
                values[group] = bytes(value)
        return values, hashes

    def starting(self, prefix: str) -> dict[tuple[str, str], bytes]:
        """Every stored value whose key starts with `prefix`, by (group, key), in one query: the keys are the
        table's index, so this reads those rows alone. Damaged values are left out (misses)."""
        try:
            db = self._open()
            if not self._valid:
                return {}
            rows = db.execute(
                "SELECT grp, key, value, hash FROM memo WHERE key >= ? AND key < ?", (prefix, prefix + "\U0010ffff")
            ).fetchall()
        except (sqlite3.Error, OSError):
            return {}
        return {(g, k): bytes(v) for g, k, v, h in rows if bytes(h) == _value_hash(v)}

    def put(self, group: str, key: str, value: bytes) -> None:
        """Store a value; values are written in batches as they come (a first build of 10,000 articles
        makes hundreds of megabytes of them), made permanent, and the others dropped, by `keep`."""
        self.new[(group, key)] = value
        self._pending += len(value)
        if self._pending > FLUSH_BYTES and not self._flush_failed:
            try:
                self._save(None)
            except (sqlite3.Error, OSError):  # kept in memory: `keep` tries again, and says why if it fails
                self._flush_failed = True

    def keep(self, groups: Iterable[str]) -> None:
        """Save the values this build made, and drop those of every group not named (deleted or edited
        articles), so the file does not grow. Raises OSError if it cannot be written."""
        groups = set(groups)
        try:
            self._save(groups)
        except sqlite3.OperationalError as exc:  # locked by another build, say: not damaged, and kept as it is
            raise OSError(0, f"cannot write the memo ({exc})", str(self.path)) from None
        except sqlite3.Error:  # a damaged file: made again
            self.close()
            self.path.unlink(missing_ok=True)
            try:
                self._save(groups)
            except sqlite3.Error as exc:
                raise OSError(0, f"cannot write the memo ({exc})", str(self.path)) from None

    def _save(self, groups: set[str] | None) -> None:
        """Write the new values (of `groups` only), then drop every other group; with None, only write."""
        db = self._open()
        if not self._valid:  # every value is stale: a new file, as SQLite does not give back the old one's space
            self.close()
            self.path.unlink(missing_ok=True)
            db = self._open()
        with _transaction(db):
            if not self._valid:
                db.execute("DELETE FROM about")
                db.execute("INSERT INTO about VALUES (?)", (self.version,))
                self._valid = True
            db.executemany(
                "INSERT OR REPLACE INTO memo VALUES (?, ?, ?, ?)",
                [(k, g, v, _value_hash(v)) for (g, k), v in self.new.items() if groups is None or g in groups],
            )
            if groups is not None:
                # The groups there, from the index alone, and the stale ones deleted by it: a `DELETE … NOT IN`
                # the kept groups read the whole table every build (17 ms of a one-article rebuild's row memo).
                there = [group for (group,) in db.execute("SELECT DISTINCT grp FROM memo")]
                db.executemany("DELETE FROM memo WHERE grp = ?", [(g,) for g in there if g not in groups])
        self.new, self._pending = {}, 0
        if groups is None:
            return
        # Edits leave the space of the rows they replace free; once it is most of the file, it is given back.
        free, pages = (db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("freelist_count", "page_count"))
        if free > pages / 2:
            db.execute("VACUUM")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _value_hash(value: bytes) -> bytes:
    return hashlib.blake2b(value, digest_size=16).digest()


def write_whole(path: Path, chunks: Iterable[bytes]) -> None:
    """Write a file of the cache folder beside its place, in parts, and rename it there: a reader sees the
    old file or the new one, whole, and a failure leaves no half-written file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        with temporary.open("wb") as file:
            file.writelines(chunks)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False).encode("utf-8")


def _checksum(values: dict[str, Any]) -> str:
    """The checksum of parsed values: that of the file's values as they were written."""
    return _digest_of(_pairs(values, _json))


def _pairs(values: dict[str, Any], as_json: Callable[[Any], bytes] = bytes) -> Iterator[bytes]:
    """The `"key": value` pairs of the JSON object of `values` (JSON already, or made so by `as_json`),
    sorted by key, with their separators: json.dumps(..., sort_keys=True) of the parsed values, in pieces."""
    for number, key in enumerate(sorted(values)):
        name = json.dumps(key, ensure_ascii=False).encode("utf-8")
        yield (b", " if number else b"") + name + b": " + as_json(values[key])


def _digest_of(chunks: Iterable[bytes]) -> str:
    """fingerprint() of the JSON object whose pairs `chunks` are."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(b"{")
    for chunk in chunks:
        digest.update(chunk)
    digest.update(b"}\0")
    return digest.hexdigest()


def _rules_version() -> str:
    # A change to a splitter, to briefgen's own repairs or to the words they read (the packs' abbreviations,
    # scale words, splitter names) invalidates every stored split.
    rules = [Path(segment.__file__), Path(__file__), Path(patterns.__file__)]
    rules += [p for p in (Path(patterns.__file__).parent / "data").glob("*.yaml") if p.stem.count(".") == 0]
    return f"pysbd {pysbd.__version__}; razdel {version('razdel')}; rules {files_fingerprint(rules)}"


class SplitCache(StoredMemo):
    """A memo of segment.split_sentences."""

    def __init__(self, path: Path, empty: bool = False):
        super().__init__(path, _rules_version(), empty)

    def split(self, text: str, lang: str) -> list[str]:
        key = fingerprint(lang, text)
        found = self.get(key)
        if found is None or not _is_split_of(found, text):
            found = split_afresh(text, lang)
            self.put(key, found)
        return found


def split_afresh(text: str, lang: str) -> list[str]:
    """What SplitCache.split gives, computed without a memo (serve's preview of one article)."""
    return [s for piece in pieces_for_pysbd(text) for s in segment.split_sentences(piece, lang)]


# pysbd (English, and languages without razdel) rescans the whole text once for every abbreviation it meets,
# so its time grows with the square of one paragraph's length (25,000 characters: 4 s; 200,000: 5 minutes);
# razdel is linear, but `_repair` joins pieces and the pieces bound that too. A paragraph
# longer than this is cut first, at sentence ends no abbreviation makes (a word of four letters or more, a
# closing mark, then a capital in any script or an opening quote), and each piece is split alone: linear,
# and the same sentences for real text.
PYSBD_PIECE = 4000
SAFE_CUT = re.compile(r"\w{4}[.!?…]\s+(?=[^\W\d_]|[«\"“])")


def _safe_cuts(window: str) -> Iterator[int]:
    for match in SAFE_CUT.finditer(window):
        if not window[match.end()].islower():
            yield match.end()


def pieces_for_pysbd(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    while len(text) - start > PYSBD_PIECE:
        window = text[start : start + PYSBD_PIECE]
        cut = max(_safe_cuts(window), default=None)  # the last one: the longest piece
        if cut is None:  # no sentence end at all: a run of words, cut between two of them
            cut = window.rfind(" ") + 1 or PYSBD_PIECE
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _is_split_of(sentences: Any, text: str) -> bool:
    """Whether a stored split is one of this text: its sentences are the text's words, in order."""
    return (
        isinstance(sentences, list)
        and all(isinstance(s, str) for s in sentences)
        and "".join("".join(sentences).split()) == "".join(text.split())
    )
