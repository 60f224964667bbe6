"""Kazakh: its data file read into a pack; morphology by the suffix tables of data/kk.yaml."""

from __future__ import annotations

from . import LanguagePack, read_data
from .suffixes import SuffixMorphology

DATA = read_data("kk")
MORPHOLOGY = SuffixMorphology(DATA)
PACK = LanguagePack.from_data(DATA, MORPHOLOGY)
