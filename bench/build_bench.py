"""How long each stage of a build takes, on the compare.py site of N articles, in this process.

    python bench/build_bench.py [N [WORKERS]] [--no-search]

Three builds: cold (empty cache), nothing changed, one article changed. Each stage is timed as the build
calls it (wall clock; the pool's stages include starting their workers), with the CPU seconds spent in
this process and in the pool's workers during it: workers' CPU near twice the wall time means both cores
did the stage's work. Pages are rendered as they are written, so write_site's time is rendering and
writing (and index_site's, which it calls). Peak RSS is this process's (workers not included).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare import make_articles, touch_article, write_briefgen  # noqa: E402

from briefgen import build as build_module  # noqa: E402
from briefgen import manifest as manifest_module  # noqa: E402
from briefgen.build import loading, pipeline, site_writer  # noqa: E402
from briefgen.config import load_config  # noqa: E402

# Each stage where the build looks it up (build/__init__.py imports the pipeline only when something changed).
STAGES = (
    (manifest_module, "inputs_fingerprint"),
    (pipeline, "_facts_first"),  # a first build: the facts set-up, each file's language, the pool forked
    (loading, "read_articles"),  # only the articles the article memo does not hold
    (loading, "segment_documents"),
    (loading, "_split_in"),  # a first build's articles read and split by the pool's workers instead
    (pipeline, "open_translator"),
    (pipeline, "translate_articles"),
    (pipeline, "read_facts"),
    (site_writer, "write_site"),  # rendering and writing: pages stream from one to the other
    (site_writer, "index_site"),  # inside write_site: Pagefind, when installed
)


def timed(stages: dict[str, list[float]], name: str, fn):
    def wrapper(*args, **kwargs):
        start, (own, workers) = time.perf_counter(), _cpu_split()
        try:
            return fn(*args, **kwargs)
        finally:
            own_after, workers_after = _cpu_split()
            spent = stages.setdefault(name, [0.0, 0.0, 0.0])
            spent[0] += time.perf_counter() - start
            spent[1] += own_after - own
            spent[2] += workers_after - workers

    return wrapper


def _cpu_split() -> tuple[float, float]:
    """CPU seconds of this process, and of the workers it has waited for."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime


def _cpu() -> float:
    return sum(_cpu_split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=200)
    parser.add_argument("workers", type=int, nargs="?")
    parser.add_argument("--no-search", action="store_true", help="search: false (no Pagefind index)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        changed = write_briefgen(root, make_articles(args.count))
        settings = (f"workers: {args.workers}\n" if args.workers else "") + (
            "search: false\n" if args.no_search else ""
        )
        (root / "briefgen.yaml").write_text(settings, encoding="utf-8")
        config = load_config(root)
        for run in ("cold", "nothing changed", "one changed"):
            if run == "one changed":
                touch_article(changed, 1)
            stages: dict[str, list[float]] = {}
            originals = {(module, name): getattr(module, name) for module, name in STAGES}
            for (module, name), fn in originals.items():
                setattr(module, name, timed(stages, name, fn))
            start = time.perf_counter()
            cpu = _cpu()
            report = build_module.build_site(config)
            total = time.perf_counter() - start
            cpu = _cpu() - cpu
            for (module, name), fn in originals.items():
                setattr(module, name, fn)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(
                f"{run} ({config.workers} workers): {report.articles} articles, {report.pages} pages in {total:.2f}s"
                f" (CPU {cpu:.2f}s, workers included; peak RSS so far {peak} MB)"
            )
            print(f"  {'stage':<20} {'wall':>7}  {'share':>6}  {'CPU here':>8}  {'workers':>8}")
            for name, (seconds, own, workers) in stages.items():
                print(f"  {name:<20} {seconds:6.2f}s  {100 * seconds / total:5.1f}%  {own:7.2f}s  {workers:7.2f}s")
            rest = total - sum(spent[0] for name, spent in stages.items() if name != "index_site")  # in write_site
            print(f"  {'(the rest)':<20} {rest:6.2f}s  {100 * rest / total:5.1f}%")


if __name__ == "__main__":
    main()
