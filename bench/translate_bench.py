"""Benchmark of the translation stage (a script, not a test): `python bench/translate_bench.py`.

1. Overhead: sentences per second of the pipeline (MachineTranslator: tokenization, batching, memory
   writes, detokenization) against raw `translate_batch` on the same model, the same pre-tokenized
   sentences, the same batches and the same decoding options. Goal: at most 10% overhead.
2. Batching: the stage's way (every distinct sentence of the build, deduplicated, in cross-article
   length-sorted batches) against translating each paragraph on its own, as a naive loop would.

The model is the tests' copy transformer (tests/support/tiny_argos.py), given 6 layers so that it
computes like a small real model; its output is nonsense, its cost is real. The text is the shared sample
article, made into a build of ARTICLES articles that share some sentences, as agency copy does
(attributions, standard closing lines).
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

# The tiny-package builder lives with the tests; this script runs from a checkout.
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from babel import Locale  # noqa: E402

from briefgen.config import TranslationConfig  # noqa: E402
from briefgen.segment import split_sentences  # noqa: E402
from briefgen.translate.argos import ArgosEngine, install_package, installed_packages  # noqa: E402
from briefgen.translate.glossary import Glossary, load_glossary  # noqa: E402
from briefgen.translate.machine import MachineTranslator  # noqa: E402
from briefgen.translate.memory import TranslationMemory  # noqa: E402
from tests.support.tiny_argos import build_package  # noqa: E402

SAMPLE = REPO.parent / "shared" / "samples" / "kk_pm_visit_uzbekistan.txt"
ARTICLES = 12
LAYERS = 3
SHARED = 0.25  # share of an article's sentences that other articles also carry


def make_build(paragraphs: list[str], seed: int = 7) -> list[list[list[str]]]:
    """ARTICLES articles of 4 paragraphs of 3 sentences. Each sentence is a sample sentence with its
    country name and figures changed (another country from CLDR, other digits), so most are distinct;
    a SHARED part is drawn from a common pool, as agencies repeat attributions and closing lines."""
    sentences = [s for p in paragraphs for s in split_sentences(p, "kk")]
    countries = [n for code, n in Locale("kk").territories.items() if len(code) == 2 and " " not in n]
    rng = random.Random(seed)

    def variant(sentence: str) -> str:
        sentence = sentence.replace("Өзбекстан", rng.choice(countries))
        return re.sub(r"\d", lambda _m: str(rng.randrange(10)), sentence)

    pool = [variant(rng.choice(sentences)) for _ in range(8)]
    return [
        [
            [rng.choice(pool) if rng.random() < SHARED else variant(rng.choice(sentences)) for _ in range(3)]
            for _ in range(4)
        ]
        for _ in range(ARTICLES)
    ]


def raw_batches(engine: ArgosEngine, texts: list[str], settings: TranslationConfig) -> float:
    """Seconds for translate_batch alone: tokenized beforehand, same sort, batches and options."""
    model = engine.load(engine.route("kk", "en")[0])
    tokens = model.tokenizer.encode(texts)
    order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
    batches = [
        [tokens[i] for i in order[s : s + settings.batch_size]] for s in range(0, len(order), settings.batch_size)
    ]
    started = time.perf_counter()
    for batch in batches:
        model.translator.translate_batch(
            batch,
            max_batch_size=settings.batch_size,
            beam_size=settings.beam_size,
            replace_unknowns=True,
            max_decoding_length=2 * max(map(len, batch)) + 10,
        )
    return time.perf_counter() - started


def best_of_interleaved(runs: int, *fns) -> list[float]:  # noqa: ANN002 - zero-argument callables
    """The best time of each, running them in turn so that drift on a shared machine hits all alike."""
    times = [[fn() for fn in fns] for _ in range(runs)]
    return [min(column) for column in zip(*times, strict=True)]


def main() -> None:
    paragraphs = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    build = make_build(paragraphs)
    all_sentences = [s for article in build for paragraph in article for s in paragraph]
    unique = sorted(set(all_sentences))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = paragraphs + [s for a in build for p in a for s in p]
        archive, _ = build_package(work, corpus, "kk", "en", layers=LAYERS, positions=256)
        install_package(archive, work / "packages")
        packages = installed_packages(work / "packages")
        print(f"{len(all_sentences)} sentences in {ARTICLES} articles, {len(unique)} distinct; model: {LAYERS} layers")
        for beam in (1, 2):
            settings = TranslationConfig(beam_size=beam)
            engine = ArgosEngine(packages, settings)
            engine.translate(unique[:4], "kk", "en")  # load the model and warm up outside the timings


            def pipeline(glossary: Glossary) -> float:
                with tempfile.TemporaryDirectory() as mem_dir:
                    memory = TranslationMemory(Path(mem_dir) / "tm.sqlite3")
                    translator = MachineTranslator(engine, memory, glossary)  # noqa: B023
                    started = time.perf_counter()
                    translator.translate(unique, "kk", "en")
                    seconds = time.perf_counter() - started
                    memory.close()
                    return seconds

            glossary = load_glossary()
            raw, plain, with_terms = best_of_interleaved(
                5,
                lambda: raw_batches(engine, unique, settings),  # noqa: B023
                lambda: pipeline(Glossary()),
                lambda: pipeline(glossary),  # noqa: B023
            )

            def per_paragraph() -> float:
                started = time.perf_counter()
                for article in build:
                    for paragraph in article:
                        engine.translate(paragraph, "kk", "en")  # noqa: B023
                return time.perf_counter() - started

            naive = per_paragraph()
            rate = len(unique) / raw
            print(f"\nbeam {beam}, batch {settings.batch_size}:")
            print(f"  raw translate_batch      {rate:7.1f} sentences/s ({raw:.2f} s)")
            print(
                f"  pipeline, no glossary    {len(unique) / plain:7.1f} sentences/s ({plain:.2f} s): "
                f"overhead {100 * (plain / raw - 1):+.1f}%"
            )
            print(
                f"  pipeline with glossary   {len(unique) / with_terms:7.1f} sentences/s ({with_terms:.2f} s): "
                f"{100 * (with_terms / raw - 1):+.1f}% (placeholders change the model's input too)"
            )
            print(
                f"  paragraph by paragraph   {naive:.2f} s for all {len(all_sentences)} sentences; "
                f"dedup + cross-article batching is {naive / with_terms:.1f}x faster"
            )


if __name__ == "__main__":
    main()
