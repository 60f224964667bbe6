"""ASCII slugs for clean URLs, transliterated from Kazakh or Russian titles."""

from __future__ import annotations

import re
import unicodedata

import cyrtranslit

from .lang import derived_from_packs, packs

MAX_LENGTH = 60


@derived_from_packs
def _beyond_russian() -> dict[int, str]:
    """cyrtranslit knows Russian; the letters other languages add (Kazakh ә, қ…) come from their packs."""
    return str.maketrans({k: v for p in packs() for k, v in p.ascii_letters.items()})


def transliterate(text: str) -> str:
    latin = cyrtranslit.to_latin(text.lower().translate(_beyond_russian()), "ru")
    # cyrtranslit marks ы and ь with apostrophes, which would split words in a slug.
    latin = latin.replace("'", "")
    return unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens; never empty of meaning, never a path."""
    words = re.findall(r"[a-z0-9]+", transliterate(text))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_LENGTH:
            break
        slug = candidate
    return slug or (words[0][:MAX_LENGTH] if words else "")
