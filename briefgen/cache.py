"""Work kept between builds in the cache folder (never inside site/): sentence splits, so that a rebuild
segments only the paragraphs that changed. pysbd costs milliseconds a paragraph; a site of thousands of
articles would otherwise spend most of every rebuild re-splitting text it has split before."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pysbd

from . import segment


def _rules_version() -> str:
    # A change to pysbd or to briefgen's own repairs invalidates every stored split.
    source = Path(segment.__file__).read_bytes()
    return f"pysbd {pysbd.__version__}; rules {hashlib.blake2b(source, digest_size=8).hexdigest()}"


class SplitCache:
    """A memo of segment.split_sentences, loaded from and saved to one JSON file."""

    def __init__(self, path: Path):
        self.path = path
        self.version = _rules_version()
        self.stored: dict[str, list[str]] = {}
        self.used: dict[str, list[str]] = {}
        self.hits = 0
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") == self.version:
                self.stored = data["splits"]
        except (OSError, ValueError, KeyError, AttributeError):
            pass  # no cache yet, or an unreadable one: start afresh

    def split(self, text: str, lang: str) -> list[str]:
        key = hashlib.blake2b(f"{lang}\0{text}".encode(), digest_size=12).hexdigest()
        found = self.stored.get(key)
        if found is None:
            found = segment.split_sentences(text, lang)
        else:
            self.hits += 1
        self.used[key] = found
        return found

    def save(self) -> None:
        """Keep what this build used, and only that, so the file does not grow with deleted articles."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        data = {"version": self.version, "splits": dict(sorted(self.used.items()))}
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)
