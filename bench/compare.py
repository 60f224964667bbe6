"""briefgen beside Hugo, Pelican and MkDocs, on the same synthetic site, in one run.

    python bench/compare.py                  # 1,000 articles, 3 rounds; writes bench/RESULTS.md
    python bench/compare.py --sizes 1000 10000 --rounds 3 1
    python bench/compare.py --tools briefgen hugo --sizes 200 --rounds 1 --no-write

Every tool gets the same articles (Kazakh and Russian, about 350 words each, front matter, and one in five as
agency plain text for briefgen; the others take everything as Markdown, the plain text with a title added).
For each size the tools run interleaved, round by round (cold build, rebuild with nothing changed, rebuild
after one article changed), so a slow moment of the machine falls on all of them; each figure is the median
over the rounds, and the ratio is to Hugo's figure of the same round. Peak RSS is the most memory the build's
whole process tree held at one moment: every 0.25 s the proportional set sizes (PSS: a page a forked worker
shares with its parent counts once) of the process and all its descendants are summed, and the largest sum
is taken, or the largest single process's peak (wait4's ru_maxrss) where that is higher, a spike between
two samples. wait4's figure alone is not the tree's: Linux reports the largest of the process and its
waited-for descendants, one at a time, so a build waiting on Pagefind counted as Pagefind alone.

Hugo is Debian's `hugo` (apt-get install hugo); Pelican and MkDocs come from PyPI (`pip install -e .[bench]`,
which `make bench` does). A tool that is missing is left out with a line saying how to get it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS_PER_ARTICLE = 350
PLAIN_TEXT_EVERY = 5  # one article in five is agency plain text, as users get it
SEED = 20261202


# --- the articles -----------------------------------------------------------------------------------------


def paragraph_pool() -> dict[str, list[str]]:
    """Paragraphs of the project's own reports (content/ and the annotated corpus), by language."""
    pool: dict[str, list[str]] = {"kk": [], "ru": []}
    sources = [*(REPO / "content").rglob("*"), *(REPO / "tests" / "facts" / "corpus").glob("[0-9][0-9]_*.md")]
    for path in sorted(sources):
        if path.suffix not in (".md", ".txt") or ".en." in path.name:
            continue
        text = path.read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        lang = "kk" if re.search("[әғқңөұүһі]", body) else "ru"
        pool[lang] += [p.strip() for p in body.split("\n") if len(p.split()) >= 12]
    return pool


@dataclass
class Article:
    name: str
    lang: str
    title: str
    date: dt.date
    paragraphs: list[str]
    plain: bool


def make_articles(count: int) -> list[Article]:
    rng = random.Random(SEED)
    pool = paragraph_pool()
    articles = []
    for i in range(count):
        lang = "kk" if i % 2 == 0 else "ru"
        paragraphs: list[str] = []
        while sum(len(p.split()) for p in paragraphs) < WORDS_PER_ARTICLE:
            # Numbers shifted per article, so no two articles are alike (as on a real site).
            text = rng.choice(pool[lang])
            paragraphs.append(re.sub(r"\d+", lambda m, k=i: str(int(m.group()) + k % 97), text))
        title = re.split(r"(?<=[.!?])\s", paragraphs[0], maxsplit=1)[0].rstrip(".")[:140]
        date = dt.date(2024, 1, 1) + dt.timedelta(days=i % 700)
        articles.append(Article(f"a{i:05d}", lang, title, date, paragraphs, i % PLAIN_TEXT_EVERY == 0))
    return articles


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_briefgen(root: Path, articles: list[Article]) -> Path:
    for a in articles:
        folder = root / "content" / a.date.strftime("%Y")
        folder.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(a.paragraphs) + "\n"
        if a.plain:
            (folder / f"{a.name}.txt").write_text("\n".join(a.paragraphs) + "\n", encoding="utf-8")
        else:
            head = f"---\ntitle: {_yaml_str(a.title)}\ndate: {a.date}\nlang: {a.lang}\n---\n\n"
            (folder / f"{a.name}.md").write_text(head + body, encoding="utf-8")
    return root / "content" / articles[1].date.strftime("%Y") / f"{articles[1].name}.md"


def write_briefgen_one_worker(root: Path, articles: list[Article]) -> Path:
    """briefgen confined to one process: what every core buys, measured in the same run."""
    (root / "briefgen.yaml").write_text("workers: 1\n", encoding="utf-8")
    return write_briefgen(root, articles)


def write_briefgen_no_search(root: Path, articles: list[Article]) -> Path:
    """briefgen without its search index (Pagefind), which Hugo's build here does not make either."""
    (root / "briefgen.yaml").write_text("search: false\n", encoding="utf-8")
    return write_briefgen(root, articles)


def write_hugo(root: Path, articles: list[Article]) -> Path:
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "bench"\n', encoding="utf-8")
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    page = "<!doctype html><html><head><title>{{ .Title }}</title></head><body>%s</body></html>\n"
    (layouts / "single.html").write_text(page % "<h1>{{ .Title }}</h1>{{ .Content }}", encoding="utf-8")
    listing = "<ul>{{ range .Pages }}<li><a href='{{ .RelPermalink }}'>{{ .Title }}</a></li>{{ end }}</ul>"
    (layouts / "list.html").write_text(page % listing, encoding="utf-8")
    (root / "layouts" / "index.html").write_text(page % listing.replace(".Pages", ".Site.RegularPages"))
    return _markdown_files(root / "content" / "briefings", articles, "---\ntitle: {title}\ndate: {date}\n---\n\n")


def write_pelican(root: Path, articles: list[Article]) -> Path:
    (root / "pelicanconf.py").write_text(
        "SITENAME = 'bench'\nSITEURL = ''\nTIMEZONE = 'UTC'\nDEFAULT_LANG = 'ru'\nFEED_ALL_ATOM = None\n"
        "CATEGORY_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\nAUTHOR_FEED_RSS = None\nDEFAULT_PAGINATION = 10\n",
        encoding="utf-8",
    )
    return _markdown_files(root / "content", articles, "Title: {title}\nDate: {date}\nSlug: {name}\n\n")


def write_mkdocs(root: Path, articles: list[Article]) -> Path:
    (root / "mkdocs.yml").write_text("site_name: bench\n", encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# bench\n", encoding="utf-8")
    return _markdown_files(root / "docs" / "briefings", articles, "# {title}\n\n")


def _markdown_files(folder: Path, articles: list[Article], head: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        title = _yaml_str(a.title) if head.startswith("---") else a.title
        text = head.format(title=title, date=a.date, name=a.name) + "\n\n".join(a.paragraphs) + "\n"
        (folder / f"{a.name}.md").write_text(text, encoding="utf-8")
    return folder / f"{articles[1].name}.md"


# --- the tools --------------------------------------------------------------------------------------------


@dataclass
class Tool:
    name: str
    write: Callable[[Path, list[Article]], Path]
    command: list[str]
    missing: str  # how to get it
    version_command: list[str] = field(default_factory=list)

    def available(self) -> bool:
        return shutil.which(self.command[0]) is not None

    def version(self) -> str:
        out = subprocess.run(self.version_command, capture_output=True, text=True, check=False)
        return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr) else "?"


def _venv_tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def tools() -> list[Tool]:
    briefgen, pelican, mkdocs = _venv_tool("briefgen"), _venv_tool("pelican"), _venv_tool("mkdocs")
    return [
        Tool("hugo", write_hugo, ["hugo", "--quiet"], "apt-get install hugo", ["hugo", "version"]),
        Tool("briefgen", write_briefgen, [briefgen, "build"], "pip install -e .", [briefgen, "--version"]),
        Tool("briefgen-1", write_briefgen_one_worker, [briefgen, "build"], "pip install -e .", [briefgen, "--version"]),
        Tool("briefgen-nosearch", write_briefgen_no_search, [briefgen, "build"], "pip install -e .",
             [briefgen, "--version"]),
        Tool("pelican", write_pelican, [pelican, "content", "-o", "output", "-s", "pelicanconf.py", "-q"],
             "pip install -e .[bench]", [pelican, "--version"]),
        Tool("mkdocs", write_mkdocs, [mkdocs, "build", "-q"], "pip install -e .[bench]", [mkdocs, "--version"]),
    ]  # fmt: skip


def tree_pss_kb(root: int) -> int:
    """The PSS of a process and all its descendants, summed (kB); a process gone meanwhile counts nothing."""
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
                total += next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                    pending.extend(int(child) for child in children.read().split())
        except (OSError, ValueError, StopIteration):
            continue
    return total


def sample_tree(pid: int, done: threading.Event, peak: list[int], every: float = 0.25) -> None:
    while not done.is_set():
        peak[0] = max(peak[0], tree_pss_kb(pid))
        done.wait(every)


# The Python tools run as an installed copy runs: with their modules' bytecode (pip compiles it on install).
# A shell that sets PYTHONDONTWRITEBYTECODE (this sandbox does) would have every run compile briefgen's and
# Pelican's modules from source again: 0.45-0.7 s of a briefgen rebuild instead of 0.22 s for its imports.
TOOL_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall-clock seconds and peak memory in MB of one build's process tree (see the module docstring),
    which must succeed."""
    start = time.perf_counter()
    peak, done = [0], threading.Event()
    with open(cwd / "bench.log", "ab") as log:
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env=TOOL_ENV)
        sampler = threading.Thread(target=sample_tree, args=(process.pid, done, peak), daemon=True)
        sampler.start()
        # The sampler reads /proc/<pid> until wait4 reaps the process: WNOWAIT first, so it is not reaped early.
        os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        done.set()
        sampler.join()
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = (cwd / "bench.log").read_text(encoding="utf-8", errors="replace")[-2000:]
        raise SystemExit(f"{command[0]} failed with exit code {process.returncode} in {cwd}:\n{tail}")
    return seconds, max(peak[0], usage.ru_maxrss) // 1024


def touch_article(path: Path, round_no: int) -> None:
    """One article changed as an editor changes one: a sentence added at its end."""
    with path.open("a", encoding="utf-8") as f:
        f.write(f"\nТүзету {round_no}. Правка {round_no}.\n")


MEASURES = ("cold", "unchanged", "one changed", "peak RSS MB")


def measure(size: int, rounds: int, chosen: list[Tool], workdir: Path) -> dict[str, dict[str, list[float]]]:
    articles = make_articles(size)
    results: dict[str, dict[str, list[float]]] = {t.name: {m: [] for m in MEASURES} for t in chosen}
    for round_no in range(rounds):
        for tool in chosen:  # interleaved: every tool once per round
            root = workdir / f"{tool.name}-{size}-{round_no}"
            root.mkdir(parents=True)
            changed = tool.write(root, articles)
            cold, rss = run(tool.command, root)
            unchanged, rss2 = run(tool.command, root)
            touch_article(changed, round_no)
            one, rss3 = run(tool.command, root)
            for name, value in zip(MEASURES, (cold, unchanged, one, max(rss, rss2, rss3)), strict=True):
                results[tool.name][name].append(value)
            shutil.rmtree(root)
            print(f"  {size} articles, round {round_no + 1}: {tool.name:<17} cold {cold:6.2f}s  "
                  f"unchanged {unchanged:6.2f}s  one changed {one:6.2f}s  peak {max(rss, rss2, rss3)} MB",
                  flush=True)  # fmt: skip
    return results


def table(size: int, results: dict[str, dict[str, list[float]]]) -> list[str]:
    base = {m: statistics.median(results["hugo"][m]) for m in MEASURES} if "hugo" in results else None
    lines = [f"### {size:,} articles", "",
             "| tool | cold build | rebuild, nothing changed | rebuild, one article changed | peak RSS |",
             "|---|---|---|---|---|"]  # fmt: skip
    for tool, values in results.items():
        cells = []
        for m in MEASURES:
            median = statistics.median(values[m])
            shown = f"{median:.0f} MB" if m == "peak RSS MB" else f"{median:.2f} s"
            ratio = f" ({median / base[m]:.1f}× Hugo)" if base and base[m] and tool != "hugo" else ""
            cells.append(shown + ratio)
        lines.append(f"| {tool} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())  # fmt: skip
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory:.0f} GiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--rounds", type=int, nargs="+", default=[3], help="rounds per size (the last repeats)")
    parser.add_argument("--tools", nargs="+", choices=[t.name for t in tools()], default=[t.name for t in tools()])
    parser.add_argument("--no-write", action="store_true", help="print the results, leave bench/RESULTS.md alone")
    args = parser.parse_args(argv)
    chosen = []
    for tool in tools():
        if tool.name not in args.tools:
            continue
        if tool.available():
            chosen.append(tool)
        else:
            print(f"{tool.name} is not installed, so it is left out: {tool.missing}")
    versions = {t.name: t.version() for t in chosen}
    command = "python bench/compare.py " + " ".join(sys.argv[1:] if argv is None else argv)
    out = ["# Benchmark results", "", f"`{command.strip()}` on {dt.date.today()}.", "",
           f"Machine: {machine()}; Python {platform.python_version()}; load average before the run"
           f" {' '.join(f'{x:.1f}' for x in os.getloadavg())} (other jobs share the machine).", "",
           "Versions: " + "; ".join(f"{n} {v}" for n, v in versions.items()) + ".", "",
           "Medians over the rounds; ratios are to Hugo in the same run. briefgen uses every core (`workers`"
           " defaults to the number of cores); briefgen-1 is the same build with `workers: 1`;"
           " briefgen-nosearch the same build with `search: false` (no Pagefind index, as Hugo makes none here)."
           " See the module docstring for the method.",
           ""]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        for i, size in enumerate(args.sizes):
            rounds = args.rounds[min(i, len(args.rounds) - 1)]
            print(f"{size} articles, {rounds} round(s):", flush=True)
            out += table(size, measure(size, rounds, chosen, Path(tmp)))
    text = "\n".join(out)
    print(text)
    if not args.no_write:
        (REPO / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
