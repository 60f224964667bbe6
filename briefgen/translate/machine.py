"""The Translator a build uses: human corrections, then the memory, then the model, with the glossary.

For each language pair the stage hands over every distinct sentence of the build at once. Sentences with a
human correction take it; the others are protected by the glossary and looked up in the memory under the
model's id; only what remains goes to the model, in length-sorted batches, and each finished batch is
saved to the memory at once, so an interrupted build loses at most one batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Protocol

from ..cache import fingerprint
from ..config import Config
from ..lang import TARGET_LANGUAGE
from ..model import Translation
from ..progress import SILENT, Progress
from .argos import ArgosEngine, installed_packages, packages_dir
from .glossary import Glossary, Protected, load_glossary, read_glossary_file
from .memory import MACHINE, MEMORY_FILE, Entry, TranslationMemory


class Engine(Protocol):
    """What translates: installed packages (argos.ArgosEngine) or a server (libretranslate.LibreTranslateEngine)."""

    failures: dict[str, str]  # source text -> why it could not be translated
    stopped: dict[tuple[str, str], str]  # pair -> why the engine gave up on the rest of it
    reuses_any_model: bool  # whether the memory's output of other models counts as this engine's

    def route(self, source: str, target: str) -> object | None: ...

    def model_id(self, source: str, target: str) -> str | None: ...

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        on_batch: Callable[[list[int], list[str | None]], None] | None = None,
    ) -> list[str | None]: ...


class MachineTranslator:
    def __init__(
        self,
        engine: Engine,
        memory: TranslationMemory | None = None,
        glossary: Glossary | Callable[[], Glossary] | None = None,
        progress: Progress = SILENT,
        problems: Sequence[str] = (),
    ):
        """`glossary` may be given as the function that loads it: it is loaded where a model is to translate
        (0.17 s, most of it CLDR's country names), never where none is installed."""
        self.engine = engine
        self.problems = list(problems)  # unusable package folders, for the build's warnings
        self.memory = memory
        self._glossary = glossary or Glossary()
        self.progress = progress
        self._lost: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
        self._failed: dict[tuple[str, str, str], str] = {}

    def supports(self, source: str, target: str) -> bool:
        # Without a model, human corrections still apply; sentences without one come back as None.
        return self.engine.route(source, target) is not None or (
            self.memory is not None and self.memory.has_pair(source, target)
        )

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation | None]:
        results: list[Translation | None] = [None] * len(texts)
        human = self.memory.human(source, target, texts) if self.memory else {}
        for i, text in enumerate(texts):
            if text in human:
                results[i] = Translation(human[text], "human")
        model = self.engine.model_id(source, target)
        if model is None:
            return results

        todo = [i for i in range(len(texts)) if results[i] is None]
        protected = {i: self._protect(texts[i], source, target) for i in todo}
        lookup = None if self.engine.reuses_any_model else model
        cached = (
            self.memory.machine(lookup, source, target, [(texts[i], protected[i].signature) for i in todo])
            if self.memory
            else {}
        )
        for i in todo:
            hit = cached.get((texts[i], protected[i].signature))
            if hit is not None:
                results[i] = Translation(hit, "memory")
                self._check_terms(protected[i], hit, source, target)
        todo = [i for i in todo if results[i] is None]
        if not todo:
            return results

        def save(batch: list[int], outputs: list[str | None]) -> None:
            entries = []
            for k, output in zip(batch, outputs, strict=True):
                i = todo[k]
                if output is None:
                    self._failed[(source, target, texts[i])] = self.engine.failures.get(protected[i].text, "")
                    continue
                text = self.glossary.restore(protected[i], output)
                results[i] = Translation(text, "machine")
                self._check_terms(protected[i], text, source, target)
                entries.append(Entry(source, target, texts[i], text, MACHINE, model, protected[i].signature))
            if self.memory:
                self.memory.add(entries)
            self.progress.advance(len(batch))

        self.progress.stage(f"translating {source}→{target}", len(todo))
        self.engine.translate([protected[i].text for i in todo], source, target, on_batch=save)
        return results

    @property
    def glossary(self) -> Glossary:
        if not isinstance(self._glossary, Glossary):
            self._glossary = self._glossary()
        return self._glossary

    def lost_terms(self, text: str, source: str, target: str) -> list[tuple[str, str]]:
        """(source form, English) of the glossary terms the translation of `text` does not carry."""
        return self._lost.get((source, target, text), [])

    def failure(self, text: str, source: str, target: str) -> str | None:
        """Why the model could not translate `text`, if it tried and failed."""
        return self._failed.get((source, target, text))

    def stopped(self, source: str, target: str) -> str | None:
        """Why the engine gave up on the rest of the pair (a server gone down), as one line."""
        return self.engine.stopped.get((source, target))

    def close(self) -> None:
        if self.memory:
            self.memory.close()

    def _protect(self, text: str, source: str, target: str) -> Protected:
        # The term base is to English; through a pivot to another language the terms would be English.
        return self.glossary.protect(text, source) if target == TARGET_LANGUAGE else Protected(text, text)

    def _check_terms(self, protected: Protected, translation: str, source: str, target: str) -> None:
        lost = self.glossary.lost(protected, translation)
        if lost:
            self._lost[(source, target, protected.original)] = lost


def open_translator(config: Config, progress: Progress = SILENT) -> MachineTranslator:
    """The build's translator: installed packages or a LibreTranslate server, the site's memory and
    glossary, per the config.

    Raises MemoryFileError, GlossaryError or ServerSetupError (one line each) for a misplaced memory, a bad
    glossary file or an unset API key variable.
    """
    settings = config.translation
    problems: list[str] = []
    engine: Engine
    if settings.enabled and settings.backend == "libretranslate":
        # Imported for this backend alone: with http.client and ssl, 20 ms of every build's start-up.
        from .libretranslate import open_engine

        engine = open_engine(settings)
    else:
        packages = installed_packages(packages_dir(config), problems) if settings.enabled else []
        engine = ArgosEngine(packages, settings)
    extra = [config.path(p) for p in settings.glossary]
    for path in extra:  # a bad file is the build's error whether or not a model is there to read it
        read_glossary_file(path)
    memory = None
    if settings.memory:
        memory = TranslationMemory.in_cache(config.path(config.cache_dir), config.path(config.output_dir))
    return MachineTranslator(engine, memory, partial(load_glossary, extra), progress, problems)


def reuse_state(config: Config) -> str | None:
    """What an article's translations depend on besides the article itself, briefgen and the configuration
    (which the article memo's version names), as one hash: the installed packages (their files' names,
    sizes and times, as the manifest knows them), the site's glossary files, Babel's version (the CLDR
    country names the glossary adds) and the translation memory's file. A build whose state at its start is
    the one the last build left takes unchanged articles' translations from the article memo
    (article_memo.py): the memory answers every sentence of theirs as it did, since that build only added
    machine output for sentences that no unchanged article had translated, and the model would give it the
    same again. None where translations are never taken so: from a server, whose answers no file shows
    (one down, or without a language, leaves sentences to translate next time), and without a memory, where
    every build translates every sentence afresh and counts it so."""
    settings = config.translation
    if settings.enabled and (settings.backend == "libretranslate" or not settings.memory):
        return None
    parts: list[str | bytes] = [f"babel {version('babel')}"]
    if settings.enabled:
        folder = packages_dir(config)
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            with suppress(OSError):
                info = path.stat()
                parts.append(f"{path.relative_to(folder)}\0{info.st_size}\0{info.st_mtime_ns}")
    for glossary in settings.glossary:
        try:
            parts += [str(glossary), config.path(glossary).read_bytes()]
        except OSError:
            parts.append(f"{glossary} unreadable")
    if settings.memory:
        memory = config.path(config.cache_dir) / MEMORY_FILE
        for path in (memory, memory.with_name(f"{MEMORY_FILE}-wal")):  # SQLite's writes not yet checkpointed
            parts.append(_file_state(path))
    return fingerprint(*parts)


# A memory file up to this size is hashed whole; a larger one (a large site's, tens of megabytes) is known
# by its size and time, as the manifest knows large inputs: every write to it changes its time.
WHOLE_MEMORY_LIMIT = 4 * 2**20


def _file_state(path: Path) -> bytes:
    try:
        info = path.stat()
        if info.st_size > WHOLE_MEMORY_LIMIT:
            return f"large {info.st_size} {info.st_mtime_ns}".encode()
        return path.read_bytes()
    except OSError:
        return b"none"
