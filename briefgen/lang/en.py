"""English: the language briefgen writes; as a source it needs its letters and abbreviations only."""

from __future__ import annotations

from . import LanguagePack, read_data

PACK = LanguagePack.from_data(read_data("en"))
