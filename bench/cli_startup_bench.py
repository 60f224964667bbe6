"""How long `briefgen --version`, `--help` and `build --help` take to start, against bare Python.

    python bench/cli_startup_bench.py [RUNS]

Each command runs RUNS times (default 10) in a fresh interpreter; the median wall time is printed, with
the number of modules the command imported. For the import tree itself:
`python -X importtime -m briefgen --version 2>&1 | sort -t'|' -k2 -n | tail`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python (nothing)": ["-c", "pass"],
    "briefgen --version": ["-m", "briefgen", "--version"],
    "briefgen --help": ["-m", "briefgen", "--help"],
    "briefgen build --help": ["-m", "briefgen", "build", "--help"],
}
COUNT_MODULES = (
    "import sys, runpy\nsys.argv = ['briefgen', *sys.argv[1:]]\n"
    "try:\n    runpy.run_module('briefgen', run_name='__main__')\nexcept SystemExit:\n    pass\n"
    "print(len(sys.modules), file=sys.stderr)"
)


def median_seconds(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def modules_loaded(args: list[str]) -> int | None:
    if args[0] != "-m":
        return None
    result = subprocess.run([sys.executable, "-c", COUNT_MODULES, *args[2:]], capture_output=True, text=True)
    return int(result.stderr.strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for name, args in COMMANDS.items():
        seconds = median_seconds(args, runs)
        modules = modules_loaded(args)
        loaded = f"{modules:4d} modules" if modules else ""
        print(f"{name:<24} {seconds * 1000:7.1f} ms  {loaded}")


if __name__ == "__main__":
    main()
