"""Stage 4, facts: the meetings an article reports and the agency that reports it, read from the original
text (no translation needed).

`extract_meetings` does one article's meetings, `reporting_agency` its agency; `apply_facts` does a build's
articles, laying what editors wrote in front matter `meetings:` over what was extracted; `facts_json` is
site/facts.json.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ..cache import StoredMemo, files_fingerprint, fingerprint
from ..config import Config
from ..lang import analyzer_libraries, release_derived
from ..model import Article, ContentError, Figure, Location, Meeting, Participant, Quote, SourceDocument
from .attribution.source import front_matter_agency, reporting_agency
from .compiled import compiled_gazetteer
from .gazetteer import Gazetteer
from .gazetteer.files import default_gazetteer_paths
from .language import facts_language
from .meetings import extract_meetings
from .merge import merge_front_matter
from .output import facts_json
from .people import ner
from .tables import load_tables, release_tables


def load_gazetteer(config: Config) -> Gazetteer:
    """The shipped gazetteer extended by the site's files (facts.gazetteer in briefgen.yaml), built once
    per version into the site's cache folder (facts/compiled.py)."""
    paths = tuple(config.path(p).resolve() for p in config.facts.gazetteer)
    if paths not in _loaded:
        # Once a process, by its files alone: another site's cache folder would hold the same build.
        _loaded[paths] = compiled_gazetteer(list(paths), config.path(config.cache_dir))
        # The rules' tables from the same folder (this module has imported every module that marks one).
        load_tables(config.path(config.cache_dir))
    return _loaded[paths]


_loaded: dict[tuple[Path, ...], Gazetteer] = {}


def release() -> None:
    """Let go of what reading facts holds for the rest of the process: the loaded gazetteers, the name
    tagger (its model and embeddings, the largest), the compiled tables and what the rules derived from the
    language packs. A build calls it when its facts stage is done, before the render workers fork, so that
    they do not start with all of it; reading facts afterwards loads each again as it is asked (the
    gazetteer and the tables from the cache folder)."""
    _loaded.clear()
    ner.release()
    release_tables()
    release_derived()

# Articles in a language with a NER model from which on the model is loaded before a pool forks. The rules
# ask the NER in about one Russian article in six (bench/profile_articles.py 100: 8 taggings among its 50
# Russian articles), so from this many on every worker can be expected to need it, and loading it once
# beats each worker loading it; for fewer, a worker that needs it loads it itself, and most pay nothing.
NER_BEFORE_FORK = 40


def prepare_for_workers(articles: Sequence[Article | SourceDocument], config: Config, fresh: int) -> None:
    """What forked workers should share rather than each build: the gazetteer, and the NER model of a
    language that enough of the articles (or the documents they will be made from) are in. `fresh` is how
    many articles will be read at most (the others are in the facts memo)."""
    if not config.facts.enabled or fresh <= 0:
        return
    load_gazetteer(config)
    per_language = Counter(article.lang for article in articles)
    for lang, count in sorted(per_language.items()):
        model = facts_language(lang).text("people", "ner")
        if model is not None and min(count, fresh) >= NER_BEFORE_FORK:
            ner.load(model)


def apply_facts(
    articles: list[Article], config: Config, memo: StoredMemo | None = None, today: dt.date | None = None
) -> list[ContentError]:
    """Fill each article's meetings and agency; returns the problems found in front matter `meetings:`. With a memo
    (see `facts_memo`), an article read before under the same rules and gazetteer is not read again.
    `today` (the build date, read here when not given) dates an article that has no file date."""
    errors: list[ContentError] = []
    build_date = today or dt.date.today()
    for article in articles:
        extracted: list[Meeting] = []
        if config.facts.enabled:
            reference = article.date or article.source.modified or build_date
            key = _article_key(article, reference)
            stored = memo.get(key) if memo is not None else None
            if stored is not None:
                extracted = [_meeting_from_json(m) for m in stored]
            else:
                # The gazetteer is loaded (once, cached) only for an article not stored: a rebuild that
                # changed nothing does without its half second of loading.
                extracted = extract_meetings(article, load_gazetteer(config), reference)
                if memo is not None:
                    memo.put(key, [_meeting_to_json(m) for m in extracted])
        article.meetings, problems = merge_front_matter(article, extracted)
        # Read afresh each time, memo or not: a few patterns over the lead cost less than storing it.
        article.reported_by = reporting_agency(article) if config.facts.enabled else front_matter_agency(article)
        errors.extend(problems)
    return errors


# The libraries whose answers extraction depends on, beside the language packs' analyzers
# (lang.analyzer_libraries): a new version may read an article differently.
ANALYZERS = ("babel", "rapidfuzz", "natasha", "slovnet", "navec")


def facts_memo(config: Config) -> StoredMemo:
    """The stored meetings of the last build, valid while the extractor, its data, the site's gazetteer
    files and the analyzers it leans on are unchanged."""
    here = Path(__file__).parent
    # The rules (every module of this package) and the words they read (the language data files: the
    # facts' and the dates' words).
    sources = [*sorted(here.rglob("*.py")), *sorted((here.parent / "lang" / "data").glob("*.*.yaml"))]
    # The shipped gazetteer and the romanization conventions that spell the names it lacks.
    sources += [*default_gazetteer_paths(), here.parent / "data" / "romanization.yaml"]
    sources += [config.path(p).resolve() for p in config.facts.gazetteer if config.path(p).is_file()]
    libraries = ", ".join(f"{name} {version(name)}" for name in (*analyzer_libraries(), *ANALYZERS))
    return StoredMemo(config.path(config.cache_dir) / "facts.json", f"{libraries}; {files_fingerprint(sources)}")


def _article_key(article: Article, reference: dt.date) -> str:
    """Everything extraction reads from an article: its language, date, front matter and sentences, and
    the day it is read against."""
    read = {
        "lang": article.lang,
        "date": article.date,
        "reference": reference,
        "meta": {k: v for k, v in article.meta.items() if k != "meetings"},
        "title": article.title.text,
        "blocks": [[b.kind, [[s.id, s.text] for s in b.sentences]] for b in article.blocks],
    }
    return fingerprint(json.dumps(read, ensure_ascii=False, sort_keys=True, default=str))


def _meeting_to_json(meeting: Meeting) -> dict[str, Any]:
    data = dataclasses.asdict(meeting)
    data["date"] = meeting.date.isoformat() if meeting.date else None
    return data


def _meeting_from_json(data: dict[str, Any]) -> Meeting:
    return Meeting(
        **{
            **data,
            "date": dt.date.fromisoformat(data["date"]) if data["date"] else None,
            "location": Location(**data["location"]),
            "participants": [Participant(**p) for p in data["participants"]],
            "figures": [Figure(**f) for f in data["figures"]],
            "quotes": [Quote(**q) for q in data["quotes"]],
        }
    )


__all__ = [
    "Gazetteer",
    "apply_facts",
    "extract_meetings",
    "facts_json",
    "facts_memo",
    "load_gazetteer",
    "prepare_for_workers",
    "release",
    "reporting_agency",
]
