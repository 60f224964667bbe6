"""Benchmark of the LibreTranslate backend (a script, not a test): `python bench/libretranslate_bench.py`.

Sentences per second for the same SENTENCES distinct Kazakh sentences (made here from the tests' corpus, with
CLDR's country names and other figures, so the script needs no sample file), translated
1. locally (ArgosEngine, beam 1),
2. through a real LibreTranslate on 127.0.0.1 with one server worker (`--threads 1`, one request in flight),
3. the same server with two workers (`--threads 2`, translation.concurrency 2).
The package is the tests' tiny copy transformer (tests/support/tiny_argos.py) with LAYERS layers: its
output is nonsense, its cost is real. The server runs greedy decoding (ARGOS_BEAM_SIZE=1, as the test
server must), so local runs with beam 1 too. The server venv is the tests' (.briefgen-test/, made on first
use). On a shared machine, run it when the machine is quiet: the numbers include everyone's load.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from babel import Locale  # noqa: E402

from briefgen.config import TranslationConfig  # noqa: E402
from briefgen.translate.argos import ArgosEngine, install_package, installed_packages  # noqa: E402
from briefgen.translate.libretranslate import LibreTranslateClient, LibreTranslateEngine  # noqa: E402
from briefgen.translate.machine import MachineTranslator  # noqa: E402
from tests.support.libretranslate_server import LibreTranslateServer, ensure_venv  # noqa: E402
from tests.support.tiny_argos import build_package  # noqa: E402
from tests.translate.conftest import CORPUS  # noqa: E402

BATCH = 16
RUNS = 2
LAYERS = 3  # as bench/translate_bench.py: computes like a small real model
SENTENCES = 120
TIMEOUT = 900  # LibreTranslate translates a batch's texts one by one: on a loaded CPU, a batch takes a while


def make_sentences() -> list[str]:
    """Distinct sentences of agency length: the corpus' Kazakh ones with a country and a figure added."""
    countries = sorted(n for code, n in Locale("kk").territories.items() if len(code) == 2 and " " not in n)
    kazakh = [s for s in CORPUS if any(c in s for c in "әғқңөұүһі")]
    return [
        f"{countries[i % len(countries)]}: {kazakh[i % len(kazakh)].rstrip('.')} ({1000 + i} млн.)."
        for i in range(SENTENCES)
    ]


def timed(translator: MachineTranslator, texts: list[str]) -> float:
    started = time.perf_counter()
    results = translator.translate(texts, "kk", "en")
    seconds = time.perf_counter() - started
    missing = sum(r is None for r in results)
    if missing:
        why = translator.stopped("kk", "en") or "see the server's log"
        raise SystemExit(f"{missing} sentences came back untranslated ({why}) — the numbers would mean nothing")
    return seconds


def main() -> None:
    unique = make_sentences()
    venv = ensure_venv()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = unique
        kk_en, _ = build_package(work, corpus, "kk", "en", layers=LAYERS, positions=256)
        # LibreTranslate downloads the package index when it has fewer than two packages.
        en_ru, _ = build_package(work, corpus, "en", "ru", positions=256)
        install_package(kk_en, work / "packages")
        settings = TranslationConfig(beam_size=1, batch_size=BATCH)
        local = MachineTranslator(ArgosEngine(installed_packages(work / "packages"), settings))
        timed(local, unique[:4])  # load the model outside the timing
        print(f"{len(unique)} distinct sentences, model {LAYERS} layers, batches of {BATCH}, best of {RUNS}")
        report("local (ArgosEngine, beam 1)", min(timed(local, unique) for _ in range(RUNS)), len(unique))
        for workers in (1, 2):
            home = work / f"server-{workers}"
            # One CTranslate2 thread a worker: LibreTranslate's default (ARGOS_INTRA_THREADS=0, every core for
            # each request) oversubscribes the cores as soon as two requests run, and OpenMP's waiting threads
            # then cost more than the translating (measured: 16 sentences in 4.7 s instead of 0.14 s).
            with LibreTranslateServer(
                venv, home, [kk_en, en_ru], threads=workers, settings={"ARGOS_INTRA_THREADS": "1"}
            ) as server:
                engine = LibreTranslateEngine(
                    LibreTranslateClient(server.url, timeout=TIMEOUT), batch_size=BATCH, concurrency=workers
                )
                translator = MachineTranslator(engine)
                timed(translator, unique[:4])  # the server loads the model and splitter on first use
                best = min(timed(translator, unique) for _ in range(RUNS))
            report(f"LibreTranslate, {workers} worker{'s' * (workers > 1)}, {workers} in flight", best, len(unique))


def report(label: str, seconds: float, sentences: int) -> None:
    print(f"  {label:<42} {sentences / seconds:7.1f} sentences/s ({seconds:.2f} s)", flush=True)


if __name__ == "__main__":
    main()
