"""Where a build's memory goes, stage by stage, on the compare.py site of N articles.

    python bench/memory_bench.py [N [WORKERS]] [--search] [--site DIR] [--runs cold,unchanged,one]

Each run is a new `python -m briefgen build` process (as an editor runs it) with this module's sampler
loaded first (`python -c`): a thread reads the process's VmRSS every 10 ms, and each stage the build calls
is wrapped to print the resident set as it starts, its peak while it runs and as it ends. The largest
child (a pool worker, Pagefind) is the kernel's ru_maxrss of the waited-for children, as bench/compare.py
counts it. Search is off unless `--search`: Pagefind's memory is its own (render/search.py).
`--site DIR` keeps the generated site there, so runs can be repeated on it: a "cold" run removes the site
and the cache folder first, as a first build finds them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare import make_articles, touch_article, write_briefgen  # noqa: E402

# (module, function) pairs wrapped in the build process; nested ones show inside their caller.
STAGES = (
    ("briefgen.build.pipeline", "prepare"),
    ("briefgen.build.pipeline", "_facts_first"),  # a first build's set-up and its pool, forked before any article
    ("briefgen.build.loading", "segment_documents"),
    ("briefgen.build.loading", "_split_in"),  # the articles read and split by that pool's workers
    ("briefgen.build.pipeline", "_translate"),
    ("briefgen.build.pipeline", "extract_facts"),
    ("briefgen.parallel", "prepare_for_workers"),  # the gazetteer and the name tagger, loaded before the fork
    ("briefgen.build.pipeline", "release_facts"),
    ("briefgen.build.pipeline", "_keep_articles"),
    ("briefgen.cache", "StoredMemo.save"),
    ("briefgen.build.site_writer", "SiteWriter.write"),
    ("briefgen.build.site_writer", "SiteWriter._keep_rows"),
    ("briefgen.build.site_writer", "facts_chunks"),
    ("briefgen.build.site_writer", "index_site"),
)

# Run in the build's process before briefgen's CLI: the sampler and the stage wrappers.
PROBE = r"""
import importlib, resource, sys, threading, time
STAGES = {stages!r}
peak = [0]  # of the stage running (reset by each)
overall = [0]  # of the build: the sampler's alone, as a stage's end may race with it on `peak`
def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
def sample():
    while True:
        now = rss()
        peak[0] = max(peak[0], now); overall[0] = max(overall[0], now); time.sleep(0.01)
threading.Thread(target=sample, daemon=True).start()
depth = [0]
def wrap(name, fn):
    def wrapper(*args, **kwargs):
        start, t = rss(), time.perf_counter()
        outer, peak[0] = peak[0], start
        depth[0] += 1
        try:
            return fn(*args, **kwargs)
        finally:
            depth[0] -= 1
            end, top = rss(), max(peak[0], rss())
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
            print(f"MEM {{'  ' * depth[0]}}{{name:<28}} {{time.perf_counter() - t:7.2f}}s  start {{start:5}} MB"
                  f"  peak {{top:5}} MB  end {{end:5}} MB  (largest child so far {{children}} MB)", file=sys.stderr)
            peak[0] = max(outer, top)
    return wrapper
for module_name, qualname in STAGES:
    module = importlib.import_module(module_name)
    owner, _, attr = qualname.rpartition(".")
    holder = getattr(module, owner) if owner else module
    if hasattr(holder, attr):  # another version of briefgen (PYTHONPATH) may lack a stage
        setattr(holder, attr, wrap(qualname, getattr(holder, attr)))
import atexit
atexit.register(lambda: print(f"MEM peak of the build process {{max(overall[0], rss())}} MB", file=sys.stderr))
sys.argv = ["briefgen", "build"]
from briefgen.cli import main
sys.exit(main())
"""


def run(root: Path, label: str) -> None:
    probe = PROBE.format(stages=STAGES)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    print(f"== {label}: {time.perf_counter() - start:.2f}s, exit {done.returncode}")
    for line in done.stderr.splitlines():
        if line.startswith("MEM ") or done.returncode:
            print("  " + line.removeprefix("MEM "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("workers", type=int, nargs="?")
    parser.add_argument("--search", action="store_true")
    parser.add_argument("--site", type=Path, help="keep the site in this folder (made if missing)")
    parser.add_argument("--runs", default="cold,unchanged,one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.site or Path(tmp)
        changed = root / "content" / "2024" / "a00001.md"
        if not (root / "content").is_dir():
            root.mkdir(parents=True, exist_ok=True)
            changed = write_briefgen(root, make_articles(args.count))
            settings = (f"workers: {args.workers}\n" if args.workers else "") + (
                "" if args.search else "search: false\n"
            )
            (root / "briefgen.yaml").write_text(settings, encoding="utf-8")
        for number, label in enumerate(args.runs.split(",")):
            if label == "one":
                touch_article(changed, number)
            if label == "cold":
                for made in ("site", ".briefgen-cache"):
                    shutil.rmtree(root / made, ignore_errors=True)
            run(root, label)


if __name__ == "__main__":
    main()
