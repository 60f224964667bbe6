"""How long each stage of a build takes, on a site of N articles made from the project's content/.

    python bench/build_bench.py [N]

Each copy of an article gets its own numbers in every paragraph, so no two are alike (as on a real site).
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from briefgen import build as build_module
from briefgen.config import load_config

REPO = Path(__file__).resolve().parents[1]
STAGES = ("load_content", "segment", "translate_articles", "apply_facts", "render_site", "index_pages", "write_site")


def make_site(root: Path, copies: int) -> int:
    sources = sorted(p for p in (REPO / "content").rglob("*") if p.suffix in (".md", ".txt"))
    count = 0
    for i in range(copies):
        for source in sources:
            text = source.read_text(encoding="utf-8")
            head, sep, body = text.rpartition("\n---\n")
            body = re.sub(r"\d+", lambda m, shift=i: str(int(m.group()) + shift), body)
            text = head + sep + body
            target = root / "content" / f"{i:04d}" / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            count += ".en." not in source.name
    return count


def timed(stages: dict[str, float], name: str, fn):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            stages[name] = stages.get(name, 0.0) + time.perf_counter() - start

    return wrapper


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        articles = make_site(root, copies)
        config = load_config(root)
        for run in ("first build", "rebuild"):
            stages: dict[str, float] = {}
            originals = {
                name: getattr(build_module, name)
                for name in STAGES
            }
            for name, fn in originals.items():
                setattr(build_module, name, timed(stages, name, fn))
            start = time.perf_counter()
            report = build_module.build_site(config)
            total = time.perf_counter() - start
            for name, fn in originals.items():
                setattr(build_module, name, fn)
            print(
                f"{run}: {articles} articles, {report.pages} pages in {total:.2f}s ({articles / total:.0f} articles/s)"
            )
            for name, seconds in stages.items():
                print(f"  {name:<20} {seconds:6.2f}s  {100 * seconds / total:5.1f}%")
        shutil.rmtree(root / "site")


if __name__ == "__main__":
    main()
