"""Pagefind alone, and the search index in N shards: what a cold index and a rebuild after one page changed
cost, and what the browser pays to search N merged bundles.

    python bench/search_shards_bench.py SITE                       # a site built by briefgen (site/)
    python bench/search_shards_bench.py SITE --shards 1 4 16 64 --browser

SITE's pages are hard-linked into temporary folders (nothing in SITE is written). For each shard count:
the cold index (render.search.index_site, `workers` Pagefind processes at a time), then the index of the
next build after one marked page changed, kept shards linked from the first. Each runs in a process of its
own, timed by the wall clock; its peak is the largest resident set of any one process of it (wait4's
ru_maxrss: the Python parent or one Pagefind; the processes of one build run at most `workers` at once).
"Pagefind alone" is one Pagefind over every marked page, as briefgen ran it before shards.

With --browser, each sharded site is served on 127.0.0.1 and Debian's Chromium (headless, Playwright)
opens the search page with ?q= for a few words; the figure is the median time from navigation to the
first result shown, with the requests and bytes the search page made.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefgen.render.search import BUNDLE, pagefind_executable, pages_to_index  # noqa: E402

QUERIES = ("Токаев", "Бектенов", "сауда")


def run_measured(command: list[str]) -> tuple[float, int]:
    """Wall-clock seconds and the peak resident set (MB) of the largest process of the run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:3]} failed: {process.stderr.read().decode()[-2000:] if process.stderr else ''}")
    return time.perf_counter() - start, usage.ru_maxrss // 1024


def link_pages(site: Path, target: Path) -> None:
    """The site's files but the search bundle, hard-linked (a page changed later is replaced, not written)."""
    for path in site.rglob("*"):
        rel = path.relative_to(site)
        if rel.parts[0] == BUNDLE or not path.is_file():
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        os.link(path, target / rel)


def pagefind_alone(site: Path, tmp: Path, executable: Path) -> tuple[int, float, int]:
    pages = sorted(pages_to_index(site).digests)
    folder = tmp / "alone"
    for rel in pages:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        os.link(site / rel, folder / rel)
    command = [str(executable), "--site", str(folder), "--output-path", str(tmp / "alone-pf"), "--silent"]
    seconds, peak = run_measured(command)
    shutil.rmtree(folder)
    shutil.rmtree(tmp / "alone-pf")
    return len(pages), seconds, peak


def index_command(folder: Path, shards: int, workers: int, previous: Path | None) -> list[str]:
    code = (
        "import sys; from pathlib import Path; from briefgen.render.search import index_site, pagefind_executable\n"
        "done = index_site(Path(sys.argv[1]), pagefind_executable(), False,"
        " Path(sys.argv[4]) if sys.argv[4] else None, int(sys.argv[3]), int(sys.argv[2]))\n"
        "print(len(done.indexed), len(done.kept), file=sys.stderr)"
    )
    return [sys.executable, "-c", code, str(folder), str(shards), str(workers), str(previous or "")]


def one_changed(site: Path, first: Path, second: Path) -> None:
    """The next build's pages: the first's, with one briefing page changed (a new file, not written through)."""
    link_pages(first, second)
    page = sorted(second.glob("briefings/*/index.html"))[1]
    data = page.read_bytes().replace(b"</main>", b"<p>A sentence added.</p></main>", 1)
    page.unlink()
    page.write_bytes(data)


def shards_case(site: Path, tmp: Path, shards: int, workers: int) -> dict[str, float]:
    first, second = tmp / f"s{shards}-a", tmp / f"s{shards}-b"
    link_pages(site, first)
    cold, cold_peak = run_measured(index_command(first, shards, workers, None))
    one_changed(site, first, second)
    one, one_peak = run_measured(index_command(second, shards, workers, first / BUNDLE))
    shutil.rmtree(second)
    return {"cold s": cold, "cold MB": cold_peak, "one changed s": one, "one changed MB": one_peak}


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def browser_case(folder: Path, playwright) -> dict[str, float]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
    times, requests, sizes = [], [], []
    try:
        for query in QUERIES:
            page = browser.new_page()
            seen: list[int] = []
            page.on("requestfinished", lambda request, seen=seen: seen.append(request.sizes()["responseBodySize"]))
            start = time.perf_counter()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/index.html?q={query}")
            page.wait_for_selector(".pagefind-ui__result-link", timeout=60000)
            times.append(time.perf_counter() - start)
            requests.append(len(seen))
            sizes.append(sum(seen) / 1024)
            page.close()
    finally:
        browser.close()
        server.shutdown()
        server.server_close()
    return {"first result s": statistics.median(times), "requests": statistics.median(requests),
            "KB": statistics.median(sizes)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--shards", type=int, nargs="+", default=[1, 4, 16, 64])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--browser", action="store_true", help="also time the search page in Chromium")
    parser.add_argument("--no-alone", action="store_true", help="skip the run of one Pagefind over every page")
    args = parser.parse_args(argv)
    executable = pagefind_executable()
    if executable is None:
        raise SystemExit("needs Pagefind: pip install -e '.[search]'")
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; workers {args.workers}", flush=True)
    with tempfile.TemporaryDirectory(prefix="briefgen-shards-", dir=args.site.parent) as tmp:
        if not args.no_alone:
            pages, seconds, peak = pagefind_alone(args.site, Path(tmp), executable)
            print(f"Pagefind alone: {pages} pages, {seconds:.2f} s, peak {peak} MB", flush=True)
        playwright = None
        if args.browser:
            from playwright.sync_api import sync_playwright

            playwright = sync_playwright().start()
        try:
            for shards in args.shards:
                row = shards_case(args.site, Path(tmp), shards, args.workers)
                if playwright is not None:
                    row |= browser_case(Path(tmp) / f"s{shards}-a", playwright)
                print(f"{shards:>3} shards: " + "  ".join(f"{k} {v:.2f}" for k, v in row.items()), flush=True)
                shutil.rmtree(Path(tmp) / f"s{shards}-a")
        finally:
            if playwright is not None:
                playwright.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
