"""Edit → reload latency of `briefgen serve` on the compare.py site of N articles.

    python bench/serve_bench.py [N [ROUNDS]] [--no-search]

Starts `briefgen serve --port 0` on a fresh site (its first build is a cold one), then, ROUNDS times: waits
for the server to be idle (a status poll answered), appends a sentence to one article as an editor does,
and times until the page the browser reloads holds the edit: the live script's long poll returning with a
new build, then the article page fetched. That is what an editor waits for. Pagefind, when installed, runs
after the reload (serve's settle step) and is timed separately, from the edit to the next build's line.
Prints each round and the median. The server is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402
from compare import make_articles, write_briefgen  # noqa: E402

from briefgen.slugs import slugify  # noqa: E402

STATUS = "__briefgen/status"


def status(base: str, since: int | None = None, timeout: float = 120) -> dict:
    query = "" if since is None else f"?since={since}"
    with urllib.request.urlopen(f"{base}{STATUS}{query}", timeout=timeout) as response:
        return json.load(response)


def page(base: str, path: str) -> str:
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return response.read().decode("utf-8")


class Lines(threading.Thread):
    """The server's stdout, line by line, with the time each line came."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream, self.lines = stream, []
        self.arrived = threading.Condition()

    def run(self) -> None:
        for line in self.stream:
            with self.arrived:
                self.lines.append((time.perf_counter(), line.rstrip("\n")))
                self.arrived.notify_all()

    def wait_for(self, pattern: str, after: int = 0, timeout: float = 900) -> tuple[int, float, str]:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for number, (when, line) in enumerate(self.lines[after:], start=after):
                    if re.search(pattern, line):
                        return number, when, line
                left = deadline - time.monotonic()
                if left <= 0 or not self.is_alive():
                    raise SystemExit(f"no line matching {pattern!r}; got: {self.lines[-5:]}")
                self.arrived.wait(left)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("rounds", type=int, nargs="?", default=5)
    parser.add_argument("--no-search", action="store_true", help="search: false (no Pagefind index)")
    args = parser.parse_args()
    briefgen = Path(sys.executable).parent / "briefgen"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        edited = write_briefgen(root, make_articles(args.count))
        if args.no_search:
            (root / "briefgen.yaml").write_text("search: false\n", encoding="utf-8")
        started = time.perf_counter()
        server = subprocess.Popen(
            [str(briefgen), "serve", "--port", "0", "-C", str(root)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        lines = Lines(server.stdout)
        lines.start()
        try:
            seen, _when, line = lines.wait_for(r"serving .* at http")
            base = re.search(r"(http://127\.0\.0\.1:\d+/)", line).group(1)
            print(f"{args.count} articles: first build and start {time.perf_counter() - started:.1f}s")
            slug = _slug_of(root, edited)
            latencies, settled = [], []
            for number in range(1, args.rounds + 1):
                time.sleep(1.0)  # the watcher idle, as between an editor's saves
                version = status(base)["version"]
                marker = f"Түзету {number}."
                text = edited.read_text(encoding="utf-8")
                before = len(lines.lines)
                start = time.perf_counter()
                edited.write_text(text + f"\n{marker} Правка {number}.\n", encoding="utf-8")
                status(base, since=version)  # the live script's poll: answers when the build is done
                reloaded = page(base, f"briefings/{slug}/index.html")
                latency = time.perf_counter() - start
                if marker not in reloaded:
                    raise SystemExit(f"round {number}: the reloaded page lacks the edit")
                # Two result lines per round when search is on: the rebuild's, then settle's.
                _, done, _ = lines.wait_for(r"^built ", after=before)
                latencies.append(latency)
                extra = ""
                if not args.no_search:
                    _, indexed, _ = lines.wait_for(r"^search index updated", after=before)
                    settled.append(indexed - start)
                    extra = f", search index {indexed - start:.2f}s after the edit"
                print(f"  round {number}: edit → reloaded page {latency:.2f}s (build line {done - start:.2f}s){extra}")
            print(f"median edit → reloaded page: {statistics.median(latencies):.2f}s over {args.rounds} rounds")
            if settled:
                print(f"median edit → search index current: {statistics.median(settled):.2f}s")
        finally:
            server.terminate()
            server.wait(timeout=30)


def _slug_of(root: Path, article: Path) -> str:
    """The briefing folder of `article`: its slug is made from its title."""
    front = article.read_text(encoding="utf-8").split("---")[1]
    slug = slugify(str(yaml.safe_load(front)["title"]))
    if not (root / "site" / "briefings" / slug / "index.html").is_file():
        raise SystemExit(f"no page for {article} at briefings/{slug}/")
    return slug


if __name__ == "__main__":
    main()
