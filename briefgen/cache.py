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
from collections.abc import Iterable, Iterator
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
    never trusted (its values would be published as an article's text and facts)."""

    def __init__(self, path: Path, version: str):
        self.path = path
        self.version = version
        self.stored: dict[str, Any] = {}
        self.used: dict[str, Any] = {}
        self.hits = 0
        # No cache yet, or an unreadable one: start afresh.
        with contextlib.suppress(OSError, ValueError, LookupError, AttributeError, TypeError, RecursionError):
            self.stored = self._read(path.read_bytes())

    def _read(self, text: bytes) -> dict[str, Any]:
        """The values the file holds, if it was written whole under this version, else {}."""
        data = json.loads(text)
        values = data["values"]
        return values if data.get("version") == self.version and data.get("checksum") == _checksum(values) else {}

    def _chunks(self, values: dict[str, Any]) -> list[bytes]:
        """The file's bytes, in parts written one after the other (a large memo is not copied to join them)."""
        data = {"version": self.version, "checksum": _checksum(values), "values": values}
        return [json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")]

    def get(self, key: str) -> Any | None:
        found = self.stored.get(key)
        if found is not None:
            self.hits += 1
            self.used[key] = found
        return found

    def put(self, key: str, value: Any) -> None:
        self.used[key] = value

    def save(self) -> None:
        """Keep what this build used, and only that, so the file does not grow with deleted articles."""
        write_whole(self.path, self._chunks(dict(sorted(self.used.items()))))


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


def _checksum(values: Any) -> str:
    return fingerprint(json.dumps(values, ensure_ascii=False, sort_keys=True, allow_nan=False))


def _rules_version() -> str:
    # A change to a splitter, to briefgen's own repairs or to the words they read (the packs' abbreviations,
    # scale words, splitter names) invalidates every stored split.
    rules = [Path(segment.__file__), Path(__file__), Path(patterns.__file__)]
    rules += [p for p in (Path(patterns.__file__).parent / "data").glob("*.yaml") if p.stem.count(".") == 0]
    return f"pysbd {pysbd.__version__}; razdel {version('razdel')}; rules {files_fingerprint(rules)}"


class SplitCache(StoredMemo):
    """A memo of segment.split_sentences."""

    def __init__(self, path: Path):
        super().__init__(path, _rules_version())

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
