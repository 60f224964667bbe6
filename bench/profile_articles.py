"""Where sentence splitting and fact extraction spend their time, on N articles of the compare.py site.

    python bench/profile_articles.py [N] [--top 25]
    python bench/profile_articles.py [N] --plain     # CPU per article, no profiler

Both stages run in this process (no pool), each under cProfile; the functions that take the most time,
their own and with what they call, are printed per stage. With --plain, each stage's CPU time
(`time.process_time`) per article is printed instead, facts twice: the first pass (pymorphy3's caches
cold, the NER tagger loaded when an article first needs it) and again warm.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare import make_articles, write_briefgen  # noqa: E402

from briefgen.config import load_config  # noqa: E402
from briefgen.facts import extract_meetings, load_gazetteer, reporting_agency  # noqa: E402
from briefgen.load import load_content  # noqa: E402
from briefgen.segment import segment, split_sentences  # noqa: E402


def profiled(name: str, work, top: int):
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    result = work()
    profile.disable()
    print(f"\n=== {name}: {time.perf_counter() - start:.2f}s (under the profiler) ===")
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return result


def timed(name: str, work, count: int):
    start = time.process_time()
    result = work()
    print(f"{name}: {(time.process_time() - start) / count * 1000:.2f} ms CPU an article")
    return result


def read_facts(article, gazetteer):
    """What the facts stage reads of one article: its meetings and its agency."""
    return extract_meetings(article, gazetteer), reporting_agency(article)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int, nargs="?", default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--plain", action="store_true", help="CPU per article, without the profiler")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_briefgen(root, make_articles(args.count))
        config = load_config(root)
        loaded = load_content(root / "content", config.target_language, config.default_language)
        if args.plain:
            articles = timed("splitting", lambda: [segment(d, split_sentences) for d in loaded.documents], args.count)
            gazetteer = timed("gazetteer (once)", lambda: load_gazetteer(config), args.count)
            for name in ("facts, first pass", "facts, warm"):
                timed(name, lambda: [read_facts(a, gazetteer) for a in articles], args.count)
            return
        articles = profiled(
            "splitting sentences", lambda: [segment(d, split_sentences) for d in loaded.documents], args.top
        )
        start = time.perf_counter()
        gazetteer = load_gazetteer(config)
        print(f"\ngazetteer loaded in {time.perf_counter() - start:.2f}s")
        profiled("reading facts", lambda: [read_facts(a, gazetteer) for a in articles], args.top)


if __name__ == "__main__":
    main()
