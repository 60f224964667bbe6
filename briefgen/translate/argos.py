"""Machine translation with installed Argos Translate packages, run directly on CTranslate2.

`argostranslate.translate` is not used: importing it loads stanza and torch (seconds), and its
`translate()` splits text into sentences with a model it downloads. The pipeline has its own
sentences, so this module reads the installed packages with `argostranslate.package`, tokenizes with
the package's own SentencePiece (or BPE) model and calls `ctranslate2.Translator.translate_batch`:
every sentence of the build for a language pair in a few large batches, sorted by length so that a
batch holds sentences of similar length and little padding.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..config import TranslationConfig
from ..installed import packages_dir as packages_dir

if TYPE_CHECKING:
    import ctranslate2

# CTranslate2, SentencePiece and Argos' tokenizer are imported where a model is opened: a build that
# translates nothing (nothing changed, or no model installed) names this module for its install hints and
# should not pay their import; urllib likewise, for the one command that downloads.

PIVOT = "en"
# Languages the public Argos index has no package for: NLLB-200, packed by `briefgen models pack`, has.
NOT_IN_ARGOS_INDEX = frozenset({"kk"})


class PackageError(Exception):
    """An installed package folder that cannot be used, worded for the user."""


@dataclass(frozen=True)
class InstalledPackage:
    path: Path
    from_code: str
    to_code: str
    version: str
    # NLLB-style models read the language as a first source token and are told the output language
    # by a forced first target token; Argos metadata has `target_prefix`, `source_prefix` is ours.
    source_prefix: str
    target_prefix: str

    @property
    def model_id(self) -> str:
        """What the translation memory keys machine output on: a new version retranslates."""
        return f"{self.path.name}@{self.version}"

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)


def read_package(path: Path) -> InstalledPackage:
    """An installed package from its metadata.json, read as argostranslate.package.Package reads it
    (without importing that module: see packages_dir, and without loading its tokenizer)."""
    try:
        metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
        if not isinstance(metadata, dict):
            raise ValueError("metadata.json is not an object")
    except (OSError, ValueError) as exc:
        raise PackageError(f"{path}: not a readable Argos package ({exc}) — remove or reinstall it") from None
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if metadata.get("type", "translate") != "translate" or not from_code or not to_code:
        raise PackageError(f"{path}/metadata.json: no from_code/to_code — this is not a translation package")
    if not (path / "model" / "model.bin").exists():
        raise PackageError(f"{path}: no model/model.bin — the package is incomplete; reinstall it")
    if not ((path / "sentencepiece.model").exists() or (path / "bpe.model").exists()):
        raise PackageError(f"{path}: neither sentencepiece.model nor bpe.model — the package is incomplete")
    return InstalledPackage(
        path=path,
        from_code=str(from_code),
        to_code=str(to_code),
        version=str(metadata.get("package_version") or "0"),
        source_prefix=str(metadata.get("source_prefix") or ""),
        target_prefix=str(metadata.get("target_prefix") or ""),
    )


def installed_packages(directory: Path, problems: list[str] | None = None) -> list[InstalledPackage]:
    """Every usable package in the folder; unusable ones are described in `problems`."""
    if not directory.is_dir():
        return []
    found = []
    for path in sorted(p for p in directory.iterdir() if p.is_dir() and not p.name.startswith(".")):
        try:
            found.append(read_package(path))
        except PackageError as exc:
            if problems is not None:
                problems.append(str(exc))
    return found


def find_route(packages: Sequence[InstalledPackage], source: str, target: str) -> list[InstalledPackage] | None:
    """The packages to chain for a pair: one that translates it, or two through English."""
    by_pair = {p.pair: p for p in packages}  # with duplicates, the last (highest sorted name) wins
    if (source, target) in by_pair:
        return [by_pair[(source, target)]]
    if PIVOT not in (source, target) and (source, PIVOT) in by_pair and (PIVOT, target) in by_pair:
        return [by_pair[(source, PIVOT)], by_pair[(PIVOT, target)]]
    return None


def install_hint(source: str, target: str) -> str:
    """The exact commands that give a build a model for the pair."""
    if {source, target} & NOT_IN_ARGOS_INDEX:
        return (
            f"the Argos index has no {source}→{target} package: convert NLLB-200 with ct2-transformers-converter, "
            f"run `briefgen models pack --model DIR --sentencepiece FILE --from {source} --to {target}`, then "
            f"`briefgen models install translate-{source}_{target}-nllb.argosmodel` (README: Translation models)"
        )
    return (
        f"install one with `briefgen models install translate-{source}_{target}` when online, "
        "or `briefgen models install FILE.argosmodel` (README: Translation models)"
    )


def install_package(archive: Path, directory: Path) -> InstalledPackage:
    """Unpack an .argosmodel into the packages folder, replacing an older copy of the same package.

    argostranslate.package.install_from_path is not used: it always unpacks into the folder fixed when
    argostranslate.settings was imported, checks nothing, and imports argostranslate.translate (torch).
    """
    if not zipfile.is_zipfile(archive):
        raise PackageError(f"{archive}: not an .argosmodel (a zip archive) — download the package again")
    with zipfile.ZipFile(archive) as zf:
        tops = {name.split("/")[0] for name in zf.namelist() if name.strip("/")}
        if len(tops) != 1 or f"{next(iter(tops))}/metadata.json" not in zf.namelist():
            raise PackageError(f"{archive}: expected one folder holding metadata.json — this is not an Argos package")
        name = next(iter(tops))
        directory.mkdir(parents=True, exist_ok=True)
        # Unpack beside the final place and rename, so a failed install leaves no half package.
        with tempfile.TemporaryDirectory(dir=directory, prefix=".installing-") as staging:
            zf.extractall(staging)  # zipfile drops absolute paths and ".." components
            read_package(Path(staging) / name)  # refuse an unusable package before replacing anything
            final = directory / name
            if final.exists():
                shutil.rmtree(final)
            (Path(staging) / name).rename(final)
    return read_package(final)


def remove_package(name: str, directory: Path) -> list[InstalledPackage]:
    """Remove the package named by its folder or by its pair ("kk_en", "kk-en"); returns what went."""
    pair = re.fullmatch(r"(?:translate-)?([a-z]{2,3})[_-]([a-z]{2,3})", name)
    chosen = [
        p
        for p in installed_packages(directory)
        if p.path.name == name or (pair is not None and p.pair == (pair.group(1), pair.group(2)))
    ]
    folder = directory / name
    if not chosen and folder.is_dir() and folder.parent == directory and not name.startswith("."):
        # A broken package (`models list` warns about it) is removed by its folder name.
        chosen = [InstalledPackage(folder, "?", "?", "?", "", "")]
    for p in chosen:
        shutil.rmtree(p.path)
    return chosen


def download_from_index(name: str, timeout: float = 30) -> Path:
    """Fetch a package such as translate-ru_en from the Argos index (needs the internet)."""
    # Imported here: argostranslate creates its folders in the user's home on import (see packages_dir).
    import urllib.error
    import urllib.request

    from argostranslate import package as argos_package
    from argostranslate import settings as argos_settings

    url = argos_settings.remote_package_index
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            index = json.load(response)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PackageError(
            f"cannot read the Argos package index at {url} ({reason}) — offline, download {name}.argosmodel "
            "on a machine with internet and run `briefgen models install FILE.argosmodel`"
        ) from None
    available = [argos_package.AvailablePackage(m) for m in index]
    match = [p for p in available if argos_package.argospm_package_name(p) == name]
    if not match:
        names = ", ".join(sorted(argos_package.argospm_package_name(p) for p in available if p.type == "translate"))
        raise PackageError(f"no package {name} in the Argos index — available: {names}")
    try:
        return match[0].download()
    except Exception as exc:  # argostranslate raises a bare Exception when every link fails
        raise PackageError(f"downloading {name} failed ({exc}) — try again, or install from a file") from None


class Tokenizer(Protocol):
    def encode(self, texts: list[str]) -> list[list[str]]: ...

    def decode(self, tokens: list[list[str]]) -> list[str]: ...


class SentencePieceTokenizer:
    def __init__(self, model: Path):
        import sentencepiece as spm

        self.processor = spm.SentencePieceProcessor(model_file=str(model))

    def encode(self, texts: list[str]) -> list[list[str]]:
        return self.processor.encode(texts, out_type=str)

    def decode(self, tokens: list[list[str]]) -> list[str]:
        # Argos' own decode also turns "_" into spaces, which would mangle underscores in the text.
        return [self.processor.decode_pieces(t).strip() for t in tokens]


class MosesBPETokenizer:
    """Older Argos packages: Moses tokenization plus BPE, through Argos' own implementation."""

    def __init__(self, model: Path, source: str, target: str):
        from argostranslate.tokenizer import BPETokenizer

        self.inner = BPETokenizer(model, source, target)

    def encode(self, texts: list[str]) -> list[list[str]]:
        return [self.inner.encode(t) for t in texts]

    def decode(self, tokens: list[list[str]]) -> list[str]:
        return [self.inner.decode(t).strip() for t in tokens]


def open_tokenizer(pkg: InstalledPackage) -> Tokenizer:
    sp_model = pkg.path / "sentencepiece.model"
    if sp_model.exists():
        return SentencePieceTokenizer(sp_model)
    return MosesBPETokenizer(pkg.path / "bpe.model", pkg.from_code, pkg.to_code)


@dataclass
class LoadedModel:
    package: InstalledPackage
    translator: ctranslate2.Translator
    tokenizer: Tokenizer


# Threads for one batch at most, CTranslate2's own default (docs/parallel.md); past it, more cores
# translate more batches at once. CTranslate2's default is not used as it is: on a two-core machine four
# threads a batch would contend for two cores.
THREADS_PER_BATCH = 4


def usable_cores() -> int:
    """The cores this process may run on (its affinity, as a container or `taskset` limits it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def thread_counts(settings: TranslationConfig) -> tuple[int, int]:
    """(inter_threads, intra_threads) for CTranslate2: each as configured, or where 0, from the machine's
    cores, shared among as few batches at once as keep each to THREADS_PER_BATCH threads (2 cores: one
    batch on both; 6: two batches of three; 8: two of four)."""
    cores = usable_cores()
    inter, intra = settings.inter_threads, settings.intra_threads
    if not inter:
        inter = max(1, cores // intra) if intra else -(-cores // THREADS_PER_BATCH)
    return inter, intra or max(1, cores // inter)


class ArgosEngine:
    """Translates lists of sentences with the installed packages; each model is loaded once."""

    # The memory is keyed on package and version, so that a new version of a package retranslates.
    reuses_any_model = False

    def __init__(self, packages: Sequence[InstalledPackage], settings: TranslationConfig):
        self.packages = list(packages)
        self.settings = settings
        self._loaded: dict[Path, LoadedModel] = {}
        self.batch_calls = 0  # translate_batch calls so far: a rebuild from memory makes none
        self.failures: dict[str, str] = {}  # source text -> why the model could not translate it
        self.stopped: dict[tuple[str, str], str] = {}  # a local model never stops halfway through a pair

    def route(self, source: str, target: str) -> list[InstalledPackage] | None:
        return find_route(self.packages, source, target)

    def model_id(self, source: str, target: str) -> str | None:
        route = self.route(source, target)
        return "+".join(p.model_id for p in route) if route else None

    def load(self, pkg: InstalledPackage) -> LoadedModel:
        if pkg.path not in self._loaded:
            import ctranslate2

            inter, intra = thread_counts(self.settings)
            translator = ctranslate2.Translator(
                str(pkg.path / "model"),
                device="cpu",
                compute_type=self.settings.compute_type,
                inter_threads=inter,
                intra_threads=intra,
            )
            self._loaded[pkg.path] = LoadedModel(pkg, translator, open_tokenizer(pkg))
        return self._loaded[pkg.path]

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        on_batch: Callable[[list[int], list[str | None]], None] | None = None,
    ) -> list[str | None]:
        """One translation per text, None where the model failed on it (see `failures`). Texts are sorted
        by length and cut into batches; after each batch `on_batch(indices, translations)` lets the caller
        save and report progress."""
        route = self.route(source, target)
        if route is None:
            raise LookupError(f"no installed package translates {source}→{target}")
        models = [self.load(pkg) for pkg in route]
        results: list[str | None] = [None] * len(texts)
        tokens = [self._source_tokens(models[0], t) for t in models[0].tokenizer.encode(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: len(tokens[i]))
        # One call hands CTranslate2 `inter_threads` batches, which it translates in parallel.
        chunk = self.settings.batch_size * thread_counts(self.settings)[0]
        for start in range(0, len(order), chunk):
            indices = order[start : start + chunk]
            try:
                outputs: list[str | None] = list(self._through(models, [tokens[i] for i in indices]))
            except RuntimeError:
                # One sentence the model cannot take (longer than its position table, say) must not
                # cost the others their translation: the batch goes again one sentence at a time.
                outputs = [self._alone(models, tokens[i], texts[i]) for i in indices]
            for i, text in zip(indices, outputs, strict=True):
                results[i] = text
            if on_batch is not None:
                on_batch(indices, outputs)
        return results

    def _through(self, models: list[LoadedModel], batch: list[list[str]]) -> list[str]:
        outputs = self._run(models[0], batch)
        for model in models[1:]:
            outputs = self._run(model, [self._source_tokens(model, t) for t in model.tokenizer.encode(outputs)])
        return outputs

    def _alone(self, models: list[LoadedModel], tokens: list[str], text: str) -> str | None:
        try:
            return self._through(models, [tokens])[0]
        except RuntimeError as exc:
            self.failures[text] = str(exc)
            return None

    @staticmethod
    def _source_tokens(model: LoadedModel, tokens: list[str]) -> list[str]:
        prefix = model.package.source_prefix
        return [prefix, *tokens] if prefix else tokens

    def _run(self, model: LoadedModel, batch: list[list[str]]) -> list[str]:
        prefix = model.package.target_prefix
        self.batch_calls += 1
        results = model.translator.translate_batch(
            batch,
            target_prefix=[[prefix]] * len(batch) if prefix else None,
            max_batch_size=self.settings.batch_size,
            beam_size=self.settings.beam_size,
            # A hypothesis that never ends (a model looping on a phrase) stops at twice the source
            # length instead of CTranslate2's fixed 256 tokens.
            max_decoding_length=2 * max(map(len, batch)) + 10,
            replace_unknowns=True,
        )
        hypotheses = []
        for result in results:
            tokens = result.hypotheses[0]
            hypotheses.append(tokens[1:] if prefix and tokens[:1] == [prefix] else tokens)
        return model.tokenizer.decode(hypotheses)
