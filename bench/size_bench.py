"""Time per stage against the size of ONE article: every stage should be linear, so seconds per MB should
stay flat as the article grows. A superlinear stage shows as a ratio that climbs with size.

    python bench/size_bench.py [SIZES_KB...]      (default: 64 128 256 512 1024)

The article is made of the project's own articles (content/), paragraph after paragraph with the numbers
changed, so that the text is varied as a long real report would be. A benchmark, not a test: it prints.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from briefgen.build.pipeline import extract_facts
from briefgen.config import load_config
from briefgen.load import load_content
from briefgen.render import render_site
from briefgen.segment import segment

REPO = Path(__file__).resolve().parents[1]


def paragraphs() -> list[str]:
    found = []
    for source in sorted((REPO / "content").rglob("*")):
        if source.suffix in (".md", ".txt") and ".en." not in source.name:
            body = source.read_text(encoding="utf-8").rpartition("\n---\n")[2]
            found += [p.strip() for p in body.split("\n\n") if len(p.strip()) > 80]
    return found


def article(size: int, source: list[str]) -> str:
    parts, total, i = [], 0, 0
    while total < size:
        text = re.sub(r"\d+", lambda m, shift=i: str(int(m.group()) + shift), source[i % len(source)])
        parts.append(text)
        total += len(text.encode()) + 2
        i += 1
    return "---\ntitle: Длинный отчёт\ndate: 2026-03-05\n---\n\n" + "\n\n".join(parts) + "\n"


def measure(size: int, source: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "content").mkdir()
        (root / "briefgen.yaml").write_text(f"limits:\n  max_article_bytes: {size * 2}\n")
        (root / "content" / "long.md").write_text(article(size, source), encoding="utf-8")
        config = load_config(root)
        times: dict[str, float] = {}

        def timed(name, fn, *args):
            start = time.perf_counter()
            result = fn(*args)
            times[name] = time.perf_counter() - start
            return result

        loaded = timed("load", load_content, root / "content", "en", "kk", config.limits)
        assert not loaded.errors, loaded.errors
        articles = [timed("segment", segment, loaded.documents[0])]
        facts = timed("facts", extract_facts, articles, config, None)
        for error in facts.errors:  # the article is left out of the build then: say so, time the rest
            print(f"  note: {error}", file=sys.stderr)
        timed("render", render_site, articles, config)
        return times


def main() -> None:
    sizes_kb = [int(a) for a in sys.argv[1:]] or [64, 128, 256, 512, 1024]
    source = paragraphs()
    measure(4096, source)  # warm-up: loads the gazetteer and analyzers once, outside the measurements
    stages = ("load", "segment", "facts", "render")
    print(f"{'size':>8}  " + "  ".join(f"{s + ' s':>9} {'s/MB':>6}" for s in stages))
    for kb in sizes_kb:
        times = measure(kb * 1024, source)
        mb = kb / 1024
        print(f"{kb:>6}KB  " + "  ".join(f"{times[s]:>9.2f} {times[s] / mb:>6.1f}" for s in stages), flush=True)


if __name__ == "__main__":
    main()
