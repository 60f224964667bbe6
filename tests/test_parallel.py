"""Articles split and read over several processes: the same site, byte for byte, as in one."""

import dataclasses
import os
import shutil
import threading
from pathlib import Path

import pytest

from briefgen import facts as facts_module
from briefgen import parallel
from briefgen import render as render_module
from briefgen import segment as segment_module
from briefgen.article_memo import ARTICLE_MEMO_FILE
from briefgen.build import BuildFailed, build_site
from briefgen.config import ConfigError, load_config
from briefgen.facts.compiled import FILE_NAME as GAZETTEER_FILE
from briefgen.facts.tables import FILE_NAME as TABLES_FILE
from briefgen.manifest import ROW_MEMO_FILE
from briefgen.render import RowMemo

from .conftest import KK_MEETING, REPO, RU_MEETING
from .test_build import snapshot

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="worker processes are forked: needs Linux or macOS")


def write_site(root: Path, workers: int) -> None:
    """The project's content, plus more articles (some broken) than a worker takes in one chunk."""
    shutil.copytree(REPO / "content", root / "content")
    for i in range(12):
        (root / "content" / f"kk-{i}.md").write_text(KK_MEETING.replace("2 млрд", f"{i + 2} млрд"), encoding="utf-8")
        (root / "content" / f"ru-{i}.md").write_text(RU_MEETING.replace("05", f"{i + 10}"), encoding="utf-8")
    (root / "content" / "empty.md").write_text("---\ntitle: Пусто\n---\n", encoding="utf-8")
    (root / "content" / "no-text.md").write_text("---\ntitle: Пусто\n---\n- \n", encoding="utf-8")
    (root / "content" / "bad-meetings.md").write_text(
        RU_MEETING.replace("source:", "meetings: [{kind: 7, participants: x}]\nsource:"), encoding="utf-8"
    )
    # No search index: Pagefind names its files differently on every run, whatever the number of workers.
    # Four a page: the meetings of people, countries and topics run to several pages, each its own output.
    (root / "briefgen.yaml").write_text(f"workers: {workers}\nsearch: false\nmeetings_per_page: 4\n", encoding="utf-8")


@needs_fork
def test_two_workers_build_every_byte_one_worker_builds(tmp_path):
    reports, sites, caches = [], [], []
    for workers in (1, 2):
        root = tmp_path / f"workers-{workers}"
        write_site(root, workers)
        config = load_config(root)
        assert config.workers == workers
        reports.append(build_site(config))
        sites.append(snapshot(root / "site"))
        # The manifest and the row and article memos are keyed on the configuration, which names the number
        # of workers (and the article memo's rows hold each article's path); the compiled gazetteer and
        # tables are written by the first build of a process that reads them, whichever that is.
        cache = snapshot(root / ".briefgen-cache")
        unlike = ("manifest.json", ROW_MEMO_FILE, ARTICLE_MEMO_FILE, GAZETTEER_FILE, TABLES_FILE)
        caches.append({k: v for k, v in cache.items() if k not in unlike})
    one, two = reports
    assert one.articles == two.articles > 20
    lines = [[str(e).replace(str(tmp_path / f"workers-{n}"), "") for e in r.errors] for n, r in ((1, one), (2, two))]
    assert lines[0] == lines[1]
    # a bad article is its own line, as in one process, whichever stage finds it
    assert {e.path.name for e in two.errors} == {"empty.md", "no-text.md", "bad-meetings.md"}
    assert sites[0].keys() == sites[1].keys()
    assert any(name.startswith("countries/") and "/page/3/" in name for name in sites[0])
    assert [name for name in sites[0] if sites[0][name] != sites[1][name]] == []
    # what the workers split and read is kept for the next build, too (the manifest records file times)
    assert caches[0] == caches[1] and {"sentences.json", "facts.json"} <= caches[0].keys()


@needs_fork
def test_what_the_workers_split_and_read_serves_the_next_build(tmp_path, monkeypatch):
    write_site(tmp_path, 2)
    build_site(load_config(tmp_path))
    first = snapshot(tmp_path / "site")
    done_again = []
    for module, name in ((segment_module, "split_sentences"), (facts_module, "extract_meetings")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *args, real=real: done_again.append(args) or real(*args))
    # The rebuild runs (the configuration changed) in this process, where the calls are counted, and is
    # served from what the workers kept.
    (tmp_path / "briefgen.yaml").write_text("workers: 1\nsearch: false\nmeetings_per_page: 4\n", encoding="utf-8")
    report = build_site(load_config(tmp_path))
    assert report.articles > 20 and done_again == []
    assert snapshot(tmp_path / "site") == first


@needs_fork
def test_ordered_map_keeps_the_order_across_chunks_and_runs_in_other_processes():
    items = list(range(200))
    finished = []
    results = parallel.ordered_map(lambda n: (n * n, os.getpid()), items, workers=2, done=finished.append)
    assert [square for square, _ in results] == [n * n for n in items]
    # the first here, to warm what the work builds on first use; the rest in the workers
    assert results[0][1] == os.getpid() and os.getpid() not in {pid for _, pid in results[1:]}
    assert sum(finished) == len(items) and len(finished) > 2  # progress moves chunk by chunk


def test_one_worker_does_the_work_in_this_process():
    results = parallel.ordered_map(lambda n: (n + 1, os.getpid()), [1, 2, 3], workers=1)
    assert results == [(2, os.getpid()), (3, os.getpid()), (4, os.getpid())]


def test_workers_default_to_every_core_and_must_be_at_least_one(site):
    config = site({}, config_yaml="title: x\n")
    assert config.workers == (os.cpu_count() or 1)
    assert {f.name for f in dataclasses.fields(config)} >= {"workers"}
    with pytest.raises(ConfigError, match=r"briefgen.yaml:1: workers: expected a whole number of at least 1"):
        site({}, config_yaml="workers: 0\n")


@needs_fork
def test_pages_rendered_by_workers_are_the_pages_one_process_renders(tmp_path, monkeypatch):
    # A page whose template fails is its article's one error line, and the other pages leave it out, whether
    # a worker or this process rendered it.
    failing = (
        '{% if article.source.rel_path.name == "kk-3.md" %}{{ article.slug.no_such_method() }}{% endif %}'
        "{{ article.slug }}\n"
    )
    monkeypatch.setattr(render_module, "POOL_AT_LEAST", 2)  # the test site has fewer pages than a pool needs
    errors, sites, published = [], [], []
    for workers in (1, 2):
        root = tmp_path / f"workers-{workers}"
        write_site(root, workers)
        (root / "templates").mkdir()
        (root / "templates" / "article.html").write_text(failing, encoding="utf-8")
        report = build_site(load_config(root))
        errors.append([str(e).replace(str(root), "") for e in report.errors])
        published.append(report.articles)
        sites.append(snapshot(root / "site"))
    assert any("kk-3.md: failed while rendering its page" in line for line in errors[0])
    assert errors[0] == errors[1]
    assert sum(path.startswith("briefings/") for path in sites[0]) == published[0] == published[1]
    assert sites[0].keys() == sites[1].keys()
    assert any(name.startswith("countries/") and "/page/3/" in name for name in sites[0])
    assert [path for path in sites[0] if sites[0][path] != sites[1][path]] == []


@needs_fork
def test_the_rows_workers_made_serve_the_next_build(tmp_path, monkeypatch):
    monkeypatch.setattr(render_module, "POOL_AT_LEAST", 2)  # the test site has fewer pages than a pool needs
    write_site(tmp_path, 2)
    build_site(load_config(tmp_path))
    # One article edited: the pages that list it are rendered again, here (too few for a pool), and every
    # row of another article on them comes from the memo the workers' rows were kept in.
    monkeypatch.setattr(render_module, "POOL_AT_LEAST", 10_000)
    made: list[tuple[str, str]] = []
    real = RowMemo.row

    def counted(self, article, page, *naming, **options):
        *parts, make = naming
        counting = lambda: made.append((article.source.path.name, page)) or make()  # noqa: E731
        return real(self, article, page, *parts, counting, **options)

    monkeypatch.setattr(RowMemo, "row", counted)
    edited = tmp_path / "content" / "kk-5.md"  # its figure, which the rows of its meeting show
    edited.write_text(edited.read_text(encoding="utf-8").replace("7 млрд", "70 млрд"), encoding="utf-8")
    build_site(load_config(tmp_path))
    assert {name for name, _ in made} == {"kk-5.md"}
    assert [page for _, page in made if page != "facts.json"]  # rows of listing pages among them


@needs_fork
def test_ordered_stream_hands_on_results_in_order_and_does_a_few_here():
    assert list(parallel.ordered_stream(lambda n: (n, os.getpid()), [1, 2], workers=2, least=3)) == [
        (1, os.getpid()),
        (2, os.getpid()),
    ]
    results = list(parallel.ordered_stream(lambda n: (n, os.getpid()), list(range(100)), workers=2, least=3))
    assert [n for n, _ in results] == list(range(100)) and os.getpid() not in {pid for _, pid in results[1:]}
    results = list(parallel.ordered_stream(lambda n: os.getpid(), list(range(10)), workers=2, here_first=False))
    assert len(results) == 10 and os.getpid() not in results


def _large_result(n: int) -> bytes:
    return bytes(4_000_000 if n % 3 else 1)


@needs_fork
def test_a_stream_closed_while_workers_send_large_results_stops_its_pool():
    # A pool killed while a worker was still sending a page (multiprocessing.Pool.terminate) left its result
    # thread reading the rest of the page for ever, and the build waited on it: what a failed listing page
    # made a build do now and then. Closing now lets the begun chunks finish; each close takes moments.
    def close_many() -> None:
        for _ in range(30):
            stream = parallel.ordered_stream(_large_result, list(range(24)), workers=2, here_first=False, chunk=1)
            next(stream)
            stream.close()

    closing = threading.Thread(target=close_many, daemon=True)
    closing.start()
    closing.join(timeout=120)
    assert not closing.is_alive(), "closing a stream waited for its pool for ever"


def _dies_on_five(n: int) -> int:
    if n == 5:
        os.kill(os.getpid(), 9)  # as the kernel's OOM killer would
    return n


@needs_fork
def test_a_worker_killed_stops_the_work_with_one_clear_error():
    with pytest.raises(parallel.WorkerDied, match="set `workers: 1`"):
        parallel.ordered_map(_dies_on_five, list(range(40)), workers=2)


@needs_fork
def test_a_build_whose_worker_is_killed_fails_and_leaves_the_site_as_it_was(tmp_path, monkeypatch):
    write_site(tmp_path, 2)
    build_site(load_config(tmp_path))
    before = snapshot(tmp_path / "site")
    for path in (tmp_path / "content").glob("*.md"):
        path.write_text(path.read_text(encoding="utf-8") + "\nТүзету.\n", encoding="utf-8")
    parent, real = os.getpid(), segment_module.segment

    def killed_in_a_worker(document, *args, **kwargs):
        if os.getpid() != parent:
            os.kill(os.getpid(), 9)
        return real(document, *args, **kwargs)

    monkeypatch.setattr(parallel, "segment", killed_in_a_worker)
    with pytest.raises(BuildFailed, match="a worker process stopped before it finished"):
        build_site(load_config(tmp_path))
    assert snapshot(tmp_path / "site") == before


@needs_fork
def test_a_listing_page_failing_in_a_worker_leaves_out_its_article_and_the_build_finishes(tmp_path, monkeypatch):
    # The pool that rendered the failing page is stopped before the pages are written again without the
    # article: its workers hold the site's lock (the descriptor they inherited), and the retry would wait.
    monkeypatch.setattr(render_module, "POOL_AT_LEAST", 2)
    write_site(tmp_path, 2)
    row = (REPO / "templates" / "partials" / "meeting_row.html").read_text(encoding="utf-8")
    failing = '{% if a.article.source.rel_path.name == "kk-3.md" %}{{ a.no_such_method() }}{% endif %}'
    (tmp_path / "templates" / "partials").mkdir(parents=True)
    (tmp_path / "templates" / "partials" / "meeting_row.html").write_text(failing + row, encoding="utf-8")
    reports = []
    build = threading.Thread(target=lambda: reports.append(build_site(load_config(tmp_path))), daemon=True)
    build.start()
    build.join(timeout=300)
    assert not build.is_alive(), "the build waited for its own lock"
    assert any("kk-3.md: failed while rendering its page" in str(e) for e in reports[0].errors)
    assert reports[0].articles > 20


@needs_fork
def test_a_first_build_loads_the_facts_set_up_before_it_splits_and_a_rebuild_does_not(site, monkeypatch):
    """The gazetteer and the name tagger pass through far more memory as they load than they keep: loaded
    before the articles are split, that memory is the articles' to reuse."""
    from briefgen.build import pipeline

    events: list[str] = []
    real_pool, real_segment = pipeline.facts_pool, parallel.segment

    def preparing(*args):
        workers = real_pool(*args)
        if workers > 1:  # a pool of workers to come, and what they share loaded for them
            events.append("facts set up")
        return workers

    def splitting(document, *args):
        events.append(f"split {document.path.name}")  # the first document is split here, the others by workers
        return real_segment(document, *args)

    monkeypatch.setattr(pipeline, "facts_pool", preparing)
    monkeypatch.setattr(parallel, "segment", splitting)
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING}, "workers: 2\nsearch: false\n")
    build_site(config)
    # Every article split by the pool's workers, forked once the set-up was loaded: none in this process.
    assert events == ["facts set up"]
    events.clear()
    (config.root / "content" / "b.md").write_text(RU_MEETING + "\nСтороны обсудили энергетику.\n")
    build_site(config)  # a.md from the article memo: b.md alone is read, in this process
    assert events == ["split b.md"]


@needs_fork
def test_a_first_build_reads_in_workers_forked_before_any_article_and_lets_the_facts_set_up_go(tmp_path, monkeypatch):
    """A first build's workers fork before it holds any article, and read and split the articles and read
    their facts; this process never holds the documents, nor the gazetteer while it translates."""
    from briefgen.build import loading, pipeline

    def not_here(*args):
        raise AssertionError("the documents were read in the build's process")

    held_while_translating = []
    real_translate = pipeline._translate

    def translating(*args):
        held_while_translating.append(bool(facts_module._loaded))
        return real_translate(*args)

    monkeypatch.setattr(loading, "read_articles", not_here)
    monkeypatch.setattr(pipeline, "_translate", translating)
    write_site(tmp_path, 2)
    report = build_site(load_config(tmp_path))
    assert report.articles > 20 and held_while_translating == [False]
    assert {e.path.name for e in report.errors} == {"empty.md", "no-text.md", "bad-meetings.md"}


def test_each_document_is_let_go_once_split(tmp_path):
    from briefgen.cache import SplitCache
    from briefgen.load import discover, read_articles

    for name, text in (("a.md", KK_MEETING), ("b.md", RU_MEETING), ("c.md", KK_MEETING)):
        (tmp_path / "content").mkdir(exist_ok=True)
        (tmp_path / "content" / name).write_text(text, encoding="utf-8")
    config = load_config(tmp_path)
    found = discover(tmp_path / "content", config.target_language, config.limits)
    documents = read_articles(
        found, found.articles, tmp_path / "content", config.target_language, config.default_language, config.limits
    ).documents
    articles = parallel.segment_documents(documents, SplitCache(tmp_path / "s.json"), 2, lambda count: None)
    assert [article.source.path.name for article in articles] == ["a.md", "b.md", "c.md"]
    assert documents == [None, None, None]


@needs_fork
def test_a_first_build_reads_each_article_once_in_its_workers(tmp_path, monkeypatch):
    """The languages that decide which name taggers the workers share are guessed from each file's head here;
    each article is read whole once, by the worker that splits it."""
    from briefgen.build import loading

    here, real = os.getpid(), loading.read_article
    read_here: list[Path] = []

    def reading(found, path, *args, **kwargs):
        if os.getpid() == here:  # a worker's calls are in its own copy of the list
            read_here.append(path)
        return real(found, path, *args, **kwargs)

    monkeypatch.setattr(loading, "read_article", reading)
    write_site(tmp_path, 2)
    assert build_site(load_config(tmp_path)).articles > 20
    assert read_here == []


def test_the_languages_guessed_from_the_files_heads_are_the_articles_own(tmp_path):
    from briefgen.build.pipeline import _languages
    from briefgen.load import read_document

    files = {
        "kk.md": KK_MEETING,
        "ru.md": RU_MEETING,
        "quoted.md": RU_MEETING.replace("---\n", "---\nlang: 'ru'\n", 1),
        "plain-kk.txt": KK_MEETING.split("---\n", 2)[2],
        "plain-ru.txt": RU_MEETING.split("---\n", 2)[2],
        "no-front-matter.md": RU_MEETING.split("---\n", 2)[2],
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [tmp_path / name for name in files]
    guessed = [written.lang for written in _languages(paths, "kk")]
    assert guessed == [read_document(path, tmp_path, "kk").lang for path in paths]
    assert set(guessed) == {"kk", "ru"}
