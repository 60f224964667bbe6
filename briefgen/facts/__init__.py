"""Stage 4, facts: the meetings an article reports, read from the original text (no translation needed).

`extract_meetings` does one article; `apply_facts` does a build's articles, laying what editors wrote in
front matter `meetings:` over what was extracted; `facts_json` is site/facts.json.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..config import Config
from ..model import Article, ContentError, Meeting
from .extract import extract
from .gazetteer import Gazetteer, load_gazetteer_files
from .merge import merge_front_matter
from .output import facts_json


def extract_meetings(article: Article, gazetteer: Gazetteer) -> list[Meeting]:
    return extract(article, gazetteer)


def load_gazetteer(config: Config) -> Gazetteer:
    """The shipped gazetteer extended by the site's files (facts.gazetteer in briefgen.yaml)."""
    return _cached(tuple(config.path(p).resolve() for p in config.facts.gazetteer))


@cache
def _cached(paths: tuple[Path, ...]) -> Gazetteer:
    return load_gazetteer_files(list(paths))


def apply_facts(articles: list[Article], config: Config) -> list[ContentError]:
    """Fill each article's meetings; returns the problems found in front matter `meetings:`."""
    errors: list[ContentError] = []
    gazetteer = load_gazetteer(config) if config.facts.enabled else None
    for article in articles:
        extracted = extract_meetings(article, gazetteer) if gazetteer is not None else []
        article.meetings, problems = merge_front_matter(article, extracted)
        errors.extend(problems)
    return errors


__all__ = ["Gazetteer", "apply_facts", "extract_meetings", "facts_json", "load_gazetteer"]
