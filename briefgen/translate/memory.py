"""The translation memory: every sentence translated once, human corrections kept for good.

One SQLite file in the site's cache folder (never inside the output folder, which each build replaces).
SQLite gives crash safety for free: the journal is in WAL mode and each batch of translations is saved in
one transaction, so an interrupted build keeps what it finished and never leaves a half-written row.

Machine rows are keyed by model (package name and version), language pair, the normalized source
sentence and a signature of the glossary terms found in it, so a new model version or a changed term
retranslates only what it affects. Human rows are keyed by pair and sentence alone: they win over any
model, and machine output never replaces them.

The memory exchanges with translators' tools as TMX 1.4b.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .. import __version__

MEMORY_FILE = "translation-memory.sqlite3"
HUMAN = "human"
MACHINE = "machine"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ENTRY_COLUMNS = "source_lang, target_lang, source, target, origin, model, terms"
ENTRY_ORDER = "ORDER BY source_lang, target_lang, source_key, origin"

SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (
    origin TEXT NOT NULL CHECK (origin IN ('human', 'machine')),
    model TEXT NOT NULL,          -- '' for human rows: they hold for every model
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_key TEXT NOT NULL,     -- the normalized source sentence
    terms TEXT NOT NULL,          -- glossary signature ('' when no term occurs)
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (origin, model, source_lang, target_lang, source_key, terms)
);
"""


class MemoryFileError(Exception):
    """A memory file or TMX file that cannot be used, worded for the user."""


def normalize(text: str) -> str:
    """The form sentences are matched on: NFC, runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Entry:
    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str = MACHINE
    model: str = ""
    terms: str = ""


@dataclass(frozen=True)
class ImportResult:
    added: int
    kept: int  # human corrections already in the memory that the file would have changed


COLUMNS = ("origin", "model", "source_lang", "target_lang", "source_key", "terms", "source", "target", "created")
# SQLite's primary result codes (https://sqlite.org/rescode.html) that are no damage to the file.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = (
    3,
    5,
    6,
    8,
    10,
    13,
    14,
)
# ... and the two that are.
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
# How long a build waits for another build's transaction on the same memory.
BUSY_TIMEOUT = 60.0


class _WrongTable(sqlite3.DatabaseError):
    """A memory file whose table is not the one briefgen made (a column dropped or added)."""


def _nearly_full(folder: Path) -> bool:
    """SQLite reports a full disk as an I/O error when it cannot even make its -shm file."""
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


class TranslationMemory:
    def __init__(self, path: Path, reading: bool = False):
        """Open (or create) the memory. With `reading`, a damaged file is opened as it is, read-only, so
        that `export` saves what can still be read."""
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise MemoryFileError(
                f"{path.parent}: cannot make the cache folder ({exc.strerror}) — set cache_dir"
            ) from None
        if reading:
            try:
                self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
            except sqlite3.Error as exc:
                raise MemoryFileError(self._explain(exc)) from None
            return
        with self._guard():
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            columns = tuple(row[1] for row in self.db.execute("PRAGMA table_info(segments)"))
            if columns != COLUMNS:
                raise _WrongTable(f"its table has the columns {', '.join(columns)}")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite's errors as one line for the user: out of space or read-only is no damage, and the
        memory must never be called broken then (moving it away would throw away human corrections)."""
        try:
            yield
        except sqlite3.Error as exc:
            raise MemoryFileError(self._explain(exc)) from None

    def _explain(self, exc: sqlite3.Error) -> str:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == SQLITE_FULL or (code == SQLITE_IOERR and _nearly_full(self.path.parent)):
            return f"{self.path}: the disk is full ({exc}) — the translation memory is intact; free some space"
        if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
            return (
                f"{self.path}: cannot write the translation memory ({exc}) — check the permissions of "
                f"{self.path.parent}, or set cache_dir in briefgen.yaml; the memory itself is intact"
            )
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return f"{self.path}: another build held the translation memory too long ({exc}) — build again"
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or isinstance(exc, _WrongTable):
            return (
                f"{self.path}: the translation memory is damaged ({exc}) — save what can be read with "
                f"`briefgen memory export rescued.tmx`, move {self.path.name} away, "
                "then `briefgen memory import rescued.tmx`"
            )
        return f"{self.path}: cannot use the translation memory ({exc}) — check the disk, then build again"

    @classmethod
    def in_cache(cls, cache_dir: Path, output_dir: Path, reading: bool = False) -> TranslationMemory:
        cache, output = cache_dir.resolve(), output_dir.resolve()
        if cache == output or cache.is_relative_to(output):
            raise MemoryFileError(
                f"cache_dir {cache_dir} is inside output_dir {output_dir}, which every build replaces — "
                "set cache_dir in briefgen.yaml to a folder outside the site, such as .briefgen-cache"
            )
        return cls(cache_dir / MEMORY_FILE, reading)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_pair(self, source_lang: str, target_lang: str) -> bool:
        with self._guard():
            row = self.db.execute(
                "SELECT 1 FROM segments WHERE source_lang = ? AND target_lang = ? LIMIT 1", (source_lang, target_lang)
            ).fetchone()
        return row is not None

    def human(self, source_lang: str, target_lang: str, sources: Sequence[str]) -> dict[str, str]:
        """Human translations of those sources that have one, keyed by the source as given."""
        keys = {normalize(s): s for s in sources}
        found: dict[str, str] = {}
        with self._guard():
            for chunk in _chunks(list(keys)):
                rows = self.db.execute(
                    f"SELECT source_key, target FROM segments WHERE origin = 'human' AND source_lang = ? "
                    f"AND target_lang = ? AND source_key IN ({','.join('?' * len(chunk))})",
                    (source_lang, target_lang, *chunk),
                )
                found.update((keys[key], target) for key, target in rows)
        return found

    def machine(
        self, model: str | None, source_lang: str, target_lang: str, sources: Sequence[tuple[str, str]]
    ) -> dict[tuple[str, str], str]:
        """Machine translations by this model of (source, terms) keys, keyed as given.

        With model None, any model's output counts (a server's, whose package version is unknown, takes
        what any backend made); the newest row wins."""
        keys = {(normalize(s), terms): (s, terms) for s, terms in sources}
        found: dict[tuple[str, str], str] = {}
        which = "" if model is None else "AND model = ? "
        with self._guard():
            for chunk in _chunks(sorted({key for key, _ in keys})):
                rows = self.db.execute(
                    f"SELECT source_key, terms, target FROM segments WHERE origin = 'machine' {which}"
                    f"AND source_lang = ? AND target_lang = ? AND source_key IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY created",
                    (*([] if model is None else [model]), source_lang, target_lang, *chunk),
                )
                for key, terms, target in rows:
                    if (key, terms) in keys:
                        found[keys[(key, terms)]] = target
        return found

    def add(self, entries: Iterable[Entry], replace_human: bool = False) -> ImportResult:
        """Save entries in one transaction. Machine rows replace older output of the same model;
        human rows replace an older correction only when `replace_human` (a deliberate correction)."""
        added = kept = 0
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._guard(), self.db:
            for e in entries:
                key = normalize(e.source)
                if e.origin == HUMAN and not replace_human:
                    old = self.db.execute(
                        "SELECT target FROM segments WHERE origin = 'human' AND source_lang = ? AND target_lang = ?"
                        " AND source_key = ?",
                        (e.source_lang, e.target_lang, key),
                    ).fetchone()
                    if old is not None:
                        kept += old[0] != e.target
                        continue
                model, terms = ("", "") if e.origin == HUMAN else (e.model, e.terms)
                self.db.execute(
                    "INSERT OR REPLACE INTO segments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (e.origin, model, e.source_lang, e.target_lang, key, terms, e.source, e.target, now),
                )
                added += 1
        return ImportResult(added, kept)

    def correct(self, source_lang: str, target_lang: str, source: str, target: str) -> None:
        """Record a human translation of one sentence; it wins over machine output from now on."""
        self.add([Entry(source_lang, target_lang, source, target.strip(), HUMAN)], replace_human=True)

    def entries(self) -> list[Entry]:
        """Every entry; from a damaged file, every entry that can still be read."""
        try:
            return [Entry(*row) for row in self.db.execute(f"SELECT {ENTRY_COLUMNS} FROM segments {ENTRY_ORDER}")]
        except sqlite3.DatabaseError:
            return self._salvage()

    def _salvage(self) -> list[Entry]:
        """Row by row, skipping the rows on damaged pages (SQLite's .recover does more, but needs the
        sqlite3 program; this keeps what a plain query can reach)."""
        try:
            top = self.db.execute("SELECT max(rowid) FROM segments").fetchone()[0] or 0
        except sqlite3.Error:
            top = self.path.stat().st_size // 16  # no row is smaller than this
        rows = []
        for rowid in range(1, top + 1):
            try:
                row = self.db.execute(f"SELECT {ENTRY_COLUMNS} FROM segments WHERE rowid = ?", (rowid,)).fetchone()
            except sqlite3.Error:
                continue
            if row is not None:
                rows.append(row)
        rows.sort(key=lambda r: (r[0], r[1], normalize(r[2]), r[4]))
        return [Entry(*row) for row in rows]

    def export_tmx(self, path: Path) -> int:
        """Write every entry as a TMX translation unit; origin, model and terms go in <prop> elements
        (the TMX way to carry tool data), so that importing the file back restores them."""
        root = ET.Element("tmx", version="1.4")
        ET.SubElement(
            root,
            "header",
            creationtool="briefgen",
            creationtoolversion=__version__,
            segtype="sentence",
            adminlang="en",
            srclang="*all*",
            datatype="plaintext",
            **{"o-tmf": "briefgen-sqlite"},
        )
        body = ET.SubElement(root, "body")
        entries = self.entries()
        for e in entries:
            tu = ET.SubElement(body, "tu", srclang=e.source_lang)
            for name, value in (("x-origin", e.origin), ("x-model", e.model), ("x-terms", e.terms)):
                if value:
                    ET.SubElement(tu, "prop", type=name).text = value
            for lang, text in ((e.source_lang, e.source), (e.target_lang, e.target)):
                tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
                ET.SubElement(tuv, "seg").text = text
        ET.indent(root)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
        return len(entries)

    def import_tmx(self, path: Path, target_lang: str) -> ImportResult:
        """Read translation units into the memory. Units without briefgen's origin (from a translator's
        tool) count as human translations; existing human corrections are kept."""
        return self.add(read_tmx(path, target_lang))


def read_tmx(path: Path, target_lang: str) -> list[Entry]:
    # TMX is a small XML format and ElementTree reads it; translate-toolkit's TMX store would add lxml
    # and a large dependency, and drops the <prop> elements that carry origin and model.
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise MemoryFileError(f"{path}: cannot read it as TMX ({exc}) — export it again as TMX 1.4") from None
    body = root.find("body")
    if root.tag != "tmx" or body is None:
        raise MemoryFileError(f"{path}: no <tmx><body> — this is not a TMX file")
    return [_read_unit(tu, number, path, target_lang) for number, tu in enumerate(body.iter("tu"), start=1)]


def _read_unit(tu: ET.Element, number: int, path: Path, target_lang: str) -> Entry:
    """One <tu>: its segments by language, and briefgen's origin, model and terms where it wrote them."""
    segs = {}
    for tuv in tu.iter("tuv"):
        lang = (tuv.get(XML_LANG) or tuv.get("lang") or "").split("-")[0].lower()
        seg = tuv.find("seg")
        if lang and seg is not None:
            segs[lang] = "".join(seg.itertext()).strip()
    props = {p.get("type"): (p.text or "") for p in tu.iter("prop")}
    source_lang = (tu.get("srclang") or "").split("-")[0].lower()
    if source_lang not in segs:
        source_lang = next((lang for lang in segs if lang != target_lang), "")
    if not source_lang or not segs.get(source_lang) or not segs.get(target_lang):
        raise MemoryFileError(
            f"{path}: translation unit {number} lacks a source or a {target_lang} segment — fix or remove that <tu>"
        )
    origin = props.get("x-origin", HUMAN)
    return Entry(
        source_lang,
        target_lang,
        segs[source_lang],
        segs[target_lang],
        origin=origin if origin in (HUMAN, MACHINE) else HUMAN,
        model=props.get("x-model", ""),
        terms=props.get("x-terms", ""),
    )


def _chunks(items: list, size: int = 500) -> Iterable[list]:
    # SQLite limits the number of parameters in one statement.
    for start in range(0, len(items), size):
        yield items[start : start + size]
