"""ASCII slugs for clean URLs, transliterated from Kazakh or Russian titles."""

from __future__ import annotations

import re
import unicodedata

import cyrtranslit

# cyrtranslit knows Russian but not the Kazakh letters; these follow the Kazakh Latin alphabet of 2021,
# folded to ASCII.
KAZAKH_TO_LATIN = str.maketrans(
    {"ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}
)
MAX_LENGTH = 60


def transliterate(text: str) -> str:
    latin = cyrtranslit.to_latin(text.lower().translate(KAZAKH_TO_LATIN), "ru")
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
