"""Stages 1 and 2, load and segment: every article read and split into sentences (or taken whole from the
article memo), with the problems found on the way, each its one line, and the slugs claimed (pipeline.py
runs the stages that follow)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..article_memo import ArticleMemo, Held
from ..cache import SplitCache
from ..config import Config
from ..load import Discovered, discover, read_article, read_articles
from ..model import Article, ContentError, SourceDocument
from ..parallel import SPLIT, SentPool, segment_documents
from ..parallel import keep as keep_used
from ..progress import SILENT, Progress
from ..translate import Outcome
from ..write import describe_os_error
from .failures import BuildFailed


@dataclass
class Prepared:
    """Articles loaded and segmented, with the problems found on the way."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The articles the article memo held (by id), with their facts' problems: their meetings are read.
    held: dict[int, list[ContentError]] = field(default_factory=dict)
    # The slug each article asked for, by id, before claim_slugs: what the article memo keeps.
    asked: dict[int, str] = field(default_factory=dict)
    # What translating each held summary gave, by id (see article_memo.py): such an article is not translated.
    recorded: dict[int, Outcome] = field(default_factory=dict)
    # The pool the articles were read and split in, its workers forked before any was read, to read their facts
    # in too (see _facts_first); the facts stage closes it.
    pool: SentPool | None = None


def prepare(
    config: Config,
    progress: Progress = SILENT,
    keep: bool = True,
    memo: ArticleMemo | None = None,
    state: str | None = None,
    first: First | None = None,
) -> Prepared:
    """Load and segment every article: what `briefgen check` validates and `build` starts from. `keep`
    saves the sentence splits for the next build. An article `memo` holds as it is now is taken from it
    whole, its facts read, and is not read, split or looked up in the split memo again; where `state` (the
    translation inputs now: translate.machine.reuse_state) is the last build's, as its summary, translated.
    Where the memo held no article, `first` is asked, before any article is read, for a pool to read and
    split them in (see _facts_first); the Prepared then carries it, for the facts stage, to be closed."""
    content_dir = config.path(config.content_dir)
    if not content_dir.is_dir():
        raise BuildFailed(f"{content_dir}: no content folder — create it, or set content_dir in briefgen.yaml")
    progress.stage("reading articles")
    found = discover(content_dir, config.target_language, config.limits)
    held = memo.held(found, config.limits, state) if memo is not None else {}
    to_read = [path for path in found.articles if path not in held]
    read = partial(
        read_article,
        found,
        content_dir=content_dir,
        target_language=config.target_language,
        default_language=config.default_language,
        limits=config.limits,
    )
    # Where the article memo held articles, those it did not are new or edited (or their row was damaged):
    # the split memo has nothing for them, and reading its megabytes for nothing cost a rebuild 0.1-0.5 s.
    splits = SplitCache(config.path(config.cache_dir) / "sentences.json", empty=bool(held))
    pooled = first(read, to_read, splits) if first is not None and not held else None
    pool = pooled[0] if pooled is not None else None
    try:
        prepared = Prepared(pool=pool)
        if pooled is not None:
            split = _split_in(pooled, to_read, found, splits, progress)
        else:
            split = _read_and_split(config, to_read, found, splits, progress)
        _gather(prepared, split, held, found)
        del split
    except BaseException:
        if pool is not None:
            pool.close()
        raise
    # Saved only by a build that read every article through it: saved by one that took articles from the
    # article memo, it would lose theirs. It keeps an edited article's old splits until then, and lacks its
    # new ones, which only that article pays for should the article memo go stale.
    if keep and not held:
        try:
            splits.save()
        except OSError as exc:
            prepared.warnings.append(
                f"cannot keep sentence splits for the next build: {describe_os_error(exc, splits.path)}"
            )
    return prepared


def _gather(prepared: Prepared, split: _Split, held: dict[Path, Held], found: Discovered) -> None:
    """The articles split and those the article memo held, in the order discovery found them, their slugs
    claimed, and the problems of reading and splitting, into `prepared`."""
    prepared.errors = [*split.read_errors, *split.split_errors]
    by_path = {path: kept.article for path, kept in held.items()}
    prepared.held = {id(kept.article): kept.problems for kept in held.values()}
    prepared.asked = {id(kept.article): kept.article.slug for kept in held.values()}
    prepared.recorded = {id(kept.article): kept.outcome for kept in held.values() if kept.outcome is not None}
    for article in split.articles:
        by_path[article.source.path] = article
        prepared.asked[id(article)] = article.slug
    prepared.articles = [by_path[path] for path in found.articles if path in by_path]
    prepared.warnings.extend(claim_slugs(prepared.articles))


# What prepare asks, where the article memo held no article, for a pool to read and split the articles in,
# given how to read one, their paths and the split memo (see _facts_first): the pool, and how many files
# it will read and split (as the progress display counts them).
First = Callable[[Callable[[Path], SourceDocument], list[Path], SplitCache], tuple[SentPool, int] | None]


@dataclass
class _Split:
    """The articles read and split, in their paths' order, and the problems: the discovery's and the files'
    that could not be read, then the splitting's (the order a build has always reported them in)."""

    articles: list[Article] = field(default_factory=list)
    read_errors: list[ContentError] = field(default_factory=list)
    split_errors: list[ContentError] = field(default_factory=list)


def _read_and_split(
    config: Config, paths: list[Path], found: Discovered, splits: SplitCache, progress: Progress
) -> _Split:
    """Every document read here, then split (in a pool where it is worth one)."""
    content_dir = config.path(config.content_dir)
    language, default = config.target_language, config.default_language
    loaded = read_articles(found, paths, content_dir, language, default, config.limits)
    progress.stage("splitting sentences", len(loaded.documents))
    split = _Split(read_errors=list(loaded.errors))
    if loaded.documents:  # else the split memo is not even read
        for outcome in segment_documents(loaded.documents, splits, config.workers, progress.advance):
            _add(split, outcome)
    return split


def _split_in(
    pooled: tuple[SentPool, int], paths: list[Path], found: Discovered, splits: SplitCache, progress: Progress
) -> _Split:
    """Every document read and split by the pool's workers: this process never holds the documents. Which
    files can be read is known only as the workers read them, so the stage counts the files, each one done
    once its worker is (a file that cannot be read too: its error line is the loading's)."""
    pool, files = pooled
    progress.stage("splitting sentences", files)
    split = _Split(read_errors=list(found.errors))
    for made, unread in pool.stream(SPLIT, paths):
        if unread is not None:
            split.read_errors.append(unread)
        else:
            outcome, used = made
            keep_used(splits, used)
            _add(split, outcome)
        progress.advance(1)
    return split


def _add(split: _Split, outcome: Article | ContentError) -> None:
    if isinstance(outcome, ContentError):
        split.split_errors.append(outcome)
    else:
        split.articles.append(outcome)


def claim_slugs(articles: list[Article]) -> list[str]:
    """Give every article a slug of its own, so that no page overwrites another. The first article (in
    path order) keeps a contested slug; the others get the next `-N` that no article asks for itself."""
    asked = {article.slug for article in articles}
    owner: dict[str, Article] = {}
    warnings: list[str] = []
    for article in articles:
        wanted = article.slug
        if wanted in owner:
            number = 2
            while f"{wanted}-{number}" in owner or f"{wanted}-{number}" in asked:
                number += 1
            article.slug = f"{wanted}-{number}"
            warnings.append(
                f"{article.source.path}: slug '{wanted}' is taken by {owner[wanted].source.path}; "
                f"this one is at '{article.slug}' — give it its own slug in the front matter"
            )
        owner[article.slug] = article
    # Checked, not assumed: two articles at one path would lose one page without a word.
    paths = Counter(article.url_path for article in articles)
    clash = [path for path, count in paths.items() if count > 1]
    if clash:
        raise BuildFailed(f"two articles claim the page {clash[0]} — give one of them its own slug")
    return warnings
