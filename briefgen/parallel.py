"""Every core for the work articles do alone: splitting sentences and reading facts, one article at a time.

Articles are independent until rendering, so a build hands them to a pool of worker processes in chunks and
takes the results back in the order it gave them: the site is the same, byte for byte, for any number of
workers. Workers are forked (on Linux), so they start with what the parent already holds (the articles, the
stored splits and facts, a loaded gazetteer) and only results travel back. `workers: 1` in briefgen.yaml, or
a platform without fork, does the same work in the process itself.

A memo (cache.StoredMemo) that a worker fills lives in the worker; `recorded` collects what one article used
of it, so the parent can keep it for the next build as if it had done the work itself.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, TypeVar

from .cache import SplitCache, StoredMemo
from .config import Config
from .facts import apply_facts, prepare_for_workers
from .load import unexpected
from .model import Agency, Article, ContentError, ContentProblem, Meeting, SourceDocument
from .segment import segment

Item = TypeVar("Item")
Result = TypeVar("Result")

# Chunks small enough that the progress display moves and the last worker does not finish long after the
# others, large enough that sending results back is not paid article by article.
CHUNKS_PER_WORKER = 8
MAX_CHUNK = 64
AHEAD = 2

# The names of a cold build's works in its SentPool: reading and splitting an article, reading its facts.
SPLIT, FACTS = "split", "facts"

# The job of the pool being run: set before the workers fork, so they find it without it being pickled.
_job: tuple[Callable[[Any], Any], Sequence[Any]] | None = None

WORKER_DIED = (
    "a worker process stopped before it finished (killed, or out of memory) — build again, "
    "or set `workers: 1` in briefgen.yaml to do the work in one process"
)


class WorkerDied(RuntimeError):
    """A worker of the pool was killed before it gave back its chunk."""


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    done: Callable[[int], None] = lambda count: None,
) -> list[Result]:
    """[work(item) for item in items], spread over `workers` processes; `done(n)` as each chunk finishes.
    `work` must not raise for a bad item: it returns the item's error as a value instead."""
    return list(ordered_stream(work, items, workers, done))


def ordered_stream(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    done: Callable[[int], None] = lambda count: None,
    least: int = 2,
    here_first: bool = True,
    chunk: int = MAX_CHUNK,
) -> Iterator[Result]:
    """ordered_map's results one at a time, in the items' order, as the workers finish them: the caller
    uses each and lets it go, so the results of a stage (rendered pages, say) are never all held at once.
    Fewer than `least` items are done in this process: a pool costs more than it saves on a few. Read it
    to the end or close it: the pool stops then. `here_first`: the first item is done in this process
    before the workers fork (see below); else every item is a worker's. At most `chunk` items go to a
    worker at once, and at most AHEAD chunks a worker are done ahead of the one this process waits for, so
    results this process has not taken yet are bounded too (a site's topic pages run to megabytes each)."""
    workers = min(workers, len(items))
    if workers <= 1 or len(items) < least or not can_fork():
        for item in items:
            yield work(item)
            done(1)
        return
    global _job
    _job = (work, items)
    first = 1 if here_first else 0
    try:
        # The first item here, before the fork: what the work builds lazily on first use (compiled
        # patterns, analyzers) is then inherited by every worker rather than built in each.
        if here_first:
            yield work(items[0])
            done(1)
        size = _chunk_size(len(items) - first, workers, chunk)
        bounds = iter([(start, min(start + size, len(items))) for start in range(first, len(items), size)])
        # What this process holds now (every article, the models) is left out of the cyclic collector's
        # scans while the pool runs, here and in the forked workers, which would otherwise walk (and so
        # copy, page by page) the whole inherited heap: a fifth of the build's CPU in this process.
        gc.freeze()
        yield from _pooled(bounds, workers, done)
    finally:
        gc.unfreeze()
        _job = None


def _pooled(bounds: Iterator[tuple[int, int]], workers: int, done: Callable[[int], None]) -> Iterator[Any]:
    """The chunks' results in order from a pool of forked workers, AHEAD chunks a worker sent at a time.

    concurrent.futures rather than multiprocessing.Pool, for how it stops: Pool.terminate kills workers
    where they are, and one killed while sending a large result (a listing page) left Pool's result thread
    reading the rest of it for ever, so a build whose page failed hung on stopping its pool. The executor
    lets the chunks already begun finish (cancel_futures drops the rest) and never kills a worker; one that
    dies (the kernel's OOM killer) breaks the pool with an error instead of leaving its chunk waited for."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from _in_order(pool, _run_chunk, ((b,) for b in bounds), workers, done)
    except BrokenProcessPool:  # from result(), or from submit() once the pool has broken
        raise WorkerDied(WORKER_DIED) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunk_size(count: int, workers: int, most: int = MAX_CHUNK) -> int:
    """Items a chunk: about CHUNKS_PER_WORKER chunks a worker, at most `most` items each."""
    return max(1, min(most, count // (workers * CHUNKS_PER_WORKER)))


def _in_order(
    pool: ProcessPoolExecutor, run: Callable[..., list[Any]], chunks: Iterator[tuple[Any, ...]], workers: int,
    done: Callable[[int], None],
) -> Iterator[Any]:
    """run(*chunk)'s results for each chunk, in order, with at most AHEAD chunks a worker submitted ahead of
    the one waited for (Executor.map would run every chunk as fast as the workers can and queue the results
    here); `done(n)` as each chunk's n results come."""
    pending = deque(pool.submit(run, *c) for c in islice(chunks, workers * AHEAD))
    while pending:
        part = pending.popleft().result()
        pending.extend(pool.submit(run, *c) for c in islice(chunks, 1))
        done(len(part))
        yield from part


def _run_chunk(bounds: tuple[int, int]) -> list[Any]:
    assert _job is not None, "a worker runs only inside ordered_map"
    work, items = _job
    return [work(items[i]) for i in range(*bounds)]


# The works of the SentPool being started, by name: set before its workers fork, so they find them (closures
# over the build's memos) without them being pickled.
_works: dict[str, Callable[[Any], Any]] | None = None


class SentPool:
    """Workers forked when it is made, to which each chunk's items are sent (pickled) rather than inherited:
    a cold build forks them before it holds any article, so that they never start as large as the build
    (ordered_stream's workers, forked in the middle of a stage, inherit every article it holds: at 10,000
    articles the facts stage's worker peaked at 489 MB, bench/PROFILE.md "mem10k3"). `works` are the
    functions the workers can be asked to run, by name; like ordered_stream's, each must not raise for a
    bad item. Close it (or use it in a `with`): its workers stop then."""

    def __init__(self, works: dict[str, Callable[[Any], Any]], workers: int):
        global _works
        _works = works
        self.workers = workers
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        gc.freeze()  # as in ordered_stream: the workers' collector leaves what they inherit alone
        try:
            # A fork context starts every worker at the first submit; each answers once it is up.
            for started in [self._pool.submit(_started) for _ in range(workers)]:
                started.result()
        except BrokenProcessPool:
            self._pool.shutdown(wait=True, cancel_futures=True)
            raise WorkerDied(WORKER_DIED) from None
        finally:
            gc.unfreeze()
            _works = None  # the workers have their copy

    def stream(
        self, work: str, items: Sequence[Item], done: Callable[[int], None] = lambda count: None
    ) -> Iterator[Result]:
        """[works[work](item) for item in items], one at a time and in order, as ordered_stream gives them;
        at most AHEAD chunks a worker are sent ahead of the one this process waits for."""
        size = _chunk_size(len(items), self.workers)
        chunks = ((work, items[start : start + size]) for start in range(0, len(items), size))
        try:
            yield from _in_order(self._pool, _run_sent, chunks, self.workers, done)
        except BrokenProcessPool:
            raise WorkerDied(WORKER_DIED) from None

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> SentPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _started() -> None:
    """What a SentPool's worker is first asked: nothing, once it is up."""


def _run_sent(work: str, items: Sequence[Any]) -> list[Any]:
    assert _works is not None, "a worker runs only inside a SentPool"
    run = _works[work]
    return [run(item) for item in items]


@contextmanager
def recorded(memo: StoredMemo | None) -> Iterator[dict[str, Any]]:
    """What the memo is asked for and given inside the block, in a dict of its own, which the memo does not
    keep: a worker returns it, and the parent merges it with `keep` (the work done here, too). A worker's
    memo that kept it as well held the JSON of every article the worker read until the pool stopped (at
    10,000 articles, 40 MB a worker), and here each value was written twice."""
    if memo is None:
        yield {}
        return
    kept, memo.used = memo.used, {}
    try:
        yield memo.used
    finally:
        memo.used = kept


def keep(memo: StoredMemo | None, used: dict[str, Any]) -> None:
    """Entries a worker used, kept by the parent's memo for the next build."""
    if memo is not None:
        memo.used.update(used)


# --- the two per-article stages of a build ----------------------------------------------------------------


def _worth_a_pool(memo: StoredMemo, items: Sequence[Any], workers: int) -> int:
    """All the workers when the memo holds fewer entries than there are items (a first build, or many new
    articles), else 1: a rebuild served from the memo does a millisecond an article, less than sending
    the results back from workers costs (measured at 1,000 articles: 0.6 s in one process, 2.6 s with
    two, bench/build_bench.py)."""
    return workers if len(memo.stored) < len(items) else 1


_Split = tuple[Article | ContentError, dict[str, Any]]  # an article or its error, and the split memo's entries used


def splitting(splits: SplitCache) -> Callable[[SourceDocument], _Split]:
    """The work of splitting one document into its article, in a worker or here."""

    def one(doc: SourceDocument) -> _Split:
        with recorded(splits) as used:
            try:
                outcome: Article | ContentError = segment(doc, splits.split)
            except ContentProblem as exc:
                outcome = exc.error
            except Exception as exc:  # noqa: BLE001 - one article's failure is that article's error line
                outcome = unexpected(doc.path, "splitting it into sentences", exc)
        return outcome, used

    return one


def reading_and_splitting(
    read: Callable[[Path], SourceDocument], splits: SplitCache
) -> Callable[[Path], tuple[_Split | None, ContentError | None]]:
    """The work of reading the article at a path (`read`: load.read_article, its settings given) and
    splitting it, in a worker: the build then never holds the documents (at 10,000 articles, 77 MB read
    before the first was split). The file's problem, where it cannot be read, comes apart from the split's."""
    split = splitting(splits)

    def one(path: Path) -> tuple[_Split | None, ContentError | None]:
        try:
            doc = read(path)
        except ContentProblem as exc:
            return None, exc.error
        except Exception as exc:  # noqa: BLE001 - one article's failure is that article's error line
            return None, unexpected(path, "reading", exc)
        return split(doc), None

    return one


def segment_documents(
    documents: list[SourceDocument], splits: SplitCache, workers: int, done: Callable[[int], None]
) -> list[Article | ContentError]:
    """Each document's article, or the one line saying why it has none, in the documents' order. Each
    document is let go of (taken out of `documents`) once its article comes, rather than every text held
    beside every article until the last came."""
    outcomes: list[Article | ContentError] = []
    made = ordered_stream(splitting(splits), documents, _worth_a_pool(splits, documents, workers), done)
    for number, (outcome, used) in enumerate(made):
        keep(splits, used)
        documents[number] = None  # type: ignore[call-overload]  # the workers forked with the list as it was
        outcomes.append(outcome)
    return outcomes


@dataclass(frozen=True)
class _StopAll:
    """A problem no article can be read past (the site's gazetteer), sent back from a worker."""

    error: ContentError


_Read = tuple[list[Meeting], Agency | None]  # what reading an article's facts gives it, sent back from a worker


# What read_facts hands each article read to, with its problems, as its facts arrive; it gives back what is to
# stand in for the article from then on (build/pipeline.py: its summary, once it is kept).
Settle = Callable[[Article, list[ContentError]], Article]


class Written(Protocol):
    """What the facts stage's set-up asks of the articles to come: the language each is written in."""

    @property
    def lang(self) -> str: ...


def facts_pool(items: Sequence[Written], config: Config, memo: StoredMemo | None, workers: int) -> int:
    """How many workers the facts stage uses for `items` (articles, or the documents they are being made
    from); where more than one, some articles will be read afresh, so the gazetteer (and the NER model, when
    enough articles may ask it) is loaded here, once, and the forked workers share it rather than each
    loading its own."""
    workers = _worth_a_pool(memo, items, workers) if memo is not None else workers
    if workers > 1:
        prepare_for_workers(items, config, len(items) - len(memo.stored) if memo is not None else len(items))  # type: ignore[arg-type]
    return workers


_Facts = tuple[_Read | None, list[ContentError], dict[str, Any]] | _StopAll  # one article's, from a worker


def reading_facts(config: Config, memo: StoredMemo | None) -> Callable[[Article], _Facts]:
    """The work of reading one article's facts, in a worker or here."""

    def one(article: Article) -> _Facts:
        with recorded(memo) as used:
            try:
                errors = apply_facts([article], config, memo)
            except ContentProblem as exc:
                return _StopAll(exc.error)
            except Exception as exc:  # noqa: BLE001 - one article's failure is that article's error line
                return None, [unexpected(article.source.path, "reading its facts", exc)], used
        return (article.meetings, article.reported_by), errors, used

    return one


def read_facts(
    articles: list[Article],
    config: Config,
    memo: StoredMemo | None,
    workers: int,
    done: Callable[[int], None],
    settle: Settle | None = None,
    pool: SentPool | None = None,
) -> tuple[list[Article], list[ContentError]]:
    """Fill every article's meetings and agency (see facts.apply_facts): the articles read, in their order, and the
    problems found; an article the extractor fails on is left out with its one error line. Raises
    ContentProblem for a site gazetteer that cannot be read. With `settle`, each article read is handed to it
    as its facts arrive (results are used as they come, never listed), and what it gives takes the article's
    place in `articles` and in the list returned: the whole articles go as the stage goes. With `pool` (whose
    works include FACTS, set up as facts_pool sets one up), the articles are sent to its workers."""
    if pool is not None:
        outcomes: Iterator[_Facts] = pool.stream(FACTS, articles, done)
    else:
        workers = facts_pool(articles, config, memo, workers)
        outcomes = ordered_stream(reading_facts(config, memo), articles, workers, done)
    read: list[Article] = []
    errors: list[ContentError] = []
    for number, outcome in enumerate(outcomes):
        if isinstance(outcome, _StopAll):
            raise ContentProblem(outcome.error)
        facts, problems, used = outcome
        errors.extend(problems)
        keep(memo, used)
        if facts is not None:
            article = articles[number]
            meetings, article.reported_by = facts
            article.meetings = [_sharing_strings(meeting) for meeting in meetings]
            if settle is not None:
                # The pool's workers were forked with the list as it was: changing it here is this process's.
                article = articles[number] = settle(article, problems)
            read.append(article)
    return read, errors


def _sharing_strings(value: Any) -> Any:
    """The value with each of its strings interned, in place where it can be: a meeting names the ids of
    its sentences and its rules' ids many times over, each a string of its own once unpickled from a worker
    or read from the memo, and a build holds every article's meetings (a fifth of their memory)."""
    if type(value) is str:
        return sys.intern(value)
    if type(value) is list:
        value[:] = [_sharing_strings(item) for item in value]
    elif type(value) is dict:
        return {_sharing_strings(key): _sharing_strings(item) for key, item in value.items()}
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            # object's own setter, a frozen one's too: an equal string in its place changes no value or hash
            object.__setattr__(value, name, _sharing_strings(getattr(value, name)))
    return value


def give_back_freed_memory() -> None:
    """Hand the C allocator's freed memory back to the system (glibc's malloc_trim): the whole articles just
    let go are most of a large site's heap, and the workers forked next (the listing pages') would otherwise
    start as large as the build. Measured on 1,000 articles: the build process from 245 to 222 MB before the
    listing pages' workers fork.
    No library offers this; where there is no glibc (musl, macOS) it does nothing."""
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)  # the C library the process runs on
