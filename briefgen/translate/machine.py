"""The Translator a build uses: human corrections, then the memory, then the model, with the glossary.

For each language pair the stage hands over every distinct sentence of the build at once. Sentences with a
human correction take it; the others are protected by the glossary and looked up in the memory under the
model's id; only what remains goes to the model, in length-sorted batches, and each finished batch is
saved to the memory at once, so an interrupted build loses at most one batch.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..config import Config
from ..model import Translation
from ..progress import SILENT, Progress
from .argos import ArgosEngine, installed_packages, packages_dir
from .glossary import TARGET, Glossary, Protected, load_glossary
from .memory import MACHINE, Entry, TranslationMemory


class MachineTranslator:
    def __init__(
        self,
        engine: ArgosEngine,
        memory: TranslationMemory | None = None,
        glossary: Glossary | None = None,
        progress: Progress = SILENT,
        problems: Sequence[str] = (),
    ):
        self.engine = engine
        self.problems = list(problems)  # unusable package folders, for the build's warnings
        self.memory = memory
        self.glossary = glossary or Glossary()
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
        cached = (
            self.memory.machine(model, source, target, [(texts[i], protected[i].signature) for i in todo])
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

    def lost_terms(self, text: str, source: str, target: str) -> list[tuple[str, str]]:
        """(source form, English) of the glossary terms the translation of `text` does not carry."""
        return self._lost.get((source, target, text), [])

    def failure(self, text: str, source: str, target: str) -> str | None:
        """Why the model could not translate `text`, if it tried and failed."""
        return self._failed.get((source, target, text))

    def close(self) -> None:
        if self.memory:
            self.memory.close()

    def _protect(self, text: str, source: str, target: str) -> Protected:
        # The term base is to English; through a pivot to another language the terms would be English.
        return self.glossary.protect(text, source) if target == TARGET else Protected(text, text)

    def _check_terms(self, protected: Protected, translation: str, source: str, target: str) -> None:
        lost = self.glossary.lost(protected, translation)
        if lost:
            self._lost[(source, target, protected.original)] = lost


def open_translator(config: Config, progress: Progress = SILENT) -> MachineTranslator:
    """The build's translator: installed packages, the site's memory and glossary, per the config.

    Raises MemoryFileError or GlossaryError (one line each) for a misplaced memory or a bad glossary file.
    """
    settings = config.translation
    problems: list[str] = []
    packages = installed_packages(packages_dir(config), problems) if settings.enabled else []
    memory = None
    if settings.memory:
        memory = TranslationMemory.in_cache(config.path(config.cache_dir), config.path(config.output_dir))
    glossary = load_glossary([config.path(p) for p in settings.glossary])
    return MachineTranslator(ArgosEngine(packages, settings), memory, glossary, progress, problems)
