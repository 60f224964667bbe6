"""`briefgen models …` (translation packages) and `briefgen memory …` (the translation memory)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..build import BuildFailed, prepare
from ..commands import site_command, site_config
from ..load import detect_language
from .argos import (
    PackageError,
    download_from_index,
    find_route,
    install_package,
    installed_packages,
    packages_dir,
    remove_package,
)
from .memory import MemoryFileError, TranslationMemory
from .pack import pack_nllb

INDEX_NAME = re.compile(r"^translate-[a-z]{2,3}_[a-z]{2,3}$")
SENTENCE_ID = re.compile(r"^s[0-9a-f]{10}(?:-\d+)?$")


def register(subparsers: argparse._SubParsersAction) -> None:
    models = subparsers.add_parser("models", help="list, install, remove or pack translation packages")
    actions = models.add_subparsers(dest="action", metavar="ACTION", required=True)

    site_command(actions, run_list, "list", help="installed packages and the language pairs they give")

    install = site_command(
        actions, run_install, "install", help="install FILE.argosmodel, or a package from the Argos index"
    )
    install.add_argument("package", help="an .argosmodel file, or an index name such as translate-ru_en")

    remove = site_command(actions, run_remove, "remove", help="remove a package, by folder name or pair (ru_en)")
    remove.add_argument("package")

    pack = actions.add_parser("pack", help="make an .argosmodel from an NLLB-200 model converted to CTranslate2")
    pack.add_argument("--model", type=Path, required=True, help="folder written by ct2-transformers-converter")
    pack.add_argument("--sentencepiece", type=Path, required=True, help="NLLB's sentencepiece.bpe.model")
    pack.add_argument("--from", dest="source", required=True, help="source language code, such as kk")
    pack.add_argument("--to", dest="target", default="en", help="target language code (default: en)")
    pack.add_argument("--output", type=Path, help="the .argosmodel to write (default: translate-FROM_TO-nllb…)")
    pack.add_argument("--version", default="1.0", help="package version; a new one retranslates the memory")
    pack.add_argument("--source-prefix", help="NLLB source language token, if not known (such as kaz_Cyrl)")
    pack.add_argument("--target-prefix", help="NLLB target language token, if not known (such as eng_Latn)")
    pack.set_defaults(handler=run_pack)

    memory = subparsers.add_parser("memory", help="export, import or correct the translation memory")
    memory_actions = memory.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = site_command(memory_actions, run_export, "export", help="write the memory as TMX")
    export.add_argument("file", type=Path)

    importing = site_command(
        memory_actions, run_import, "import", help="read a TMX file; its units count as human translations"
    )
    importing.add_argument("file", type=Path)

    correct = site_command(
        memory_actions,
        run_correct,
        "correct",
        help="record a human translation of one sentence; it replaces machine output from the next build",
    )
    correct.add_argument("sentence", help="the sentence id shown on the page (s…), or the source sentence itself")
    correct.add_argument("english", help="the corrected translation")
    correct.add_argument("--lang", help="language of a sentence given as text (default: detected)")


def _fail(message: str, code: int = 1) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def run_list(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    directory = packages_dir(config)
    problems: list[str] = []
    packages = installed_packages(directory, problems)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not packages:
        print(f"no translation packages in {directory} — see `briefgen models install --help`")
        return 0
    print(f"packages in {directory}:")
    for p in packages:
        prefixes = f"  (prefixes {p.source_prefix or '-'} / {p.target_prefix or '-'})" if p.target_prefix else ""
        print(f"  {p.path.name:<32} {p.from_code}→{p.to_code}  version {p.version}{prefixes}")
    languages = sorted({code for p in packages for code in p.pair})
    pairs = []
    for source in languages:
        for target in languages:
            route = find_route(packages, source, target) if source != target else None
            if route:
                pairs.append(f"{source}→{target}" + (" (via en)" if len(route) > 1 else ""))
    print("pairs: " + ", ".join(pairs))
    return 0


def run_install(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    path = Path(args.package)
    try:
        if not path.exists() and INDEX_NAME.match(args.package):
            print(f"downloading {args.package} from the Argos index…", file=sys.stderr)
            download = download_from_index(args.package)
            try:
                package = install_package(download, packages_dir(config))
            finally:
                download.unlink(missing_ok=True)  # the package is unpacked; the archive is a copy
        elif not path.exists():
            return _fail(f"{path}: no such file — give an .argosmodel file or an index name like translate-ru_en")
        else:
            package = install_package(path, packages_dir(config))
    except PackageError as exc:
        return _fail(str(exc))
    print(f"installed {package.path.name}: {package.from_code}→{package.to_code} in {package.path.parent}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    config = site_config(args)
    if config is None:
        return 2
    removed = remove_package(args.package, packages_dir(config))
    if not removed:
        return _fail(f"no installed package named {args.package} — `briefgen models list` shows them")
    for p in removed:
        print(f"removed {p.path.name} ({p.from_code}→{p.to_code})")
    return 0


def run_pack(args: argparse.Namespace) -> int:
    output = args.output or Path(f"translate-{args.source}_{args.target}-nllb.argosmodel")
    try:
        pack_nllb(
            args.model,
            args.sentencepiece,
            args.source,
            args.target,
            output,
            version=args.version,
            source_prefix=args.source_prefix,
            target_prefix=args.target_prefix,
        )
    except PackageError as exc:
        return _fail(str(exc))
    print(f"wrote {output}; install it with `briefgen models install {output}`")
    return 0


def _memory(args: argparse.Namespace, reading: bool = False) -> tuple[TranslationMemory | None, int]:
    config = site_config(args)
    if config is None:
        return None, 2
    try:
        cache, output = config.path(config.cache_dir), config.path(config.output_dir)
        return TranslationMemory.in_cache(cache, output, reading), 0
    except MemoryFileError as exc:
        return None, _fail(str(exc))


def run_export(args: argparse.Namespace) -> int:
    # Read-only, so that a damaged memory still gives up what can be read (its error message says so).
    memory, code = _memory(args, reading=True)
    if memory is None:
        return code
    with memory:
        try:
            count = memory.export_tmx(args.file)
        except OSError as exc:
            return _fail(f"{args.file}: cannot write it ({exc.strerror})")
    print(f"wrote {count} translation units to {args.file}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    config = site_config(args)
    memory, code = _memory(args)
    if memory is None or config is None:
        return code
    with memory:
        try:
            result = memory.import_tmx(args.file, config.target_language)
        except MemoryFileError as exc:
            return _fail(str(exc))
    print(f"imported {result.added} translation units from {args.file}")
    if result.kept:
        print(
            f"kept {result.kept} human corrections that the file would have changed — "
            "use `briefgen memory correct` to change one",
            file=sys.stderr,
        )
    return 0


def run_correct(args: argparse.Namespace) -> int:
    config = site_config(args)
    memory, code = _memory(args)
    if memory is None or config is None:
        return code
    if SENTENCE_ID.match(args.sentence):
        try:
            articles = prepare(config).articles
        except BuildFailed as exc:
            return _fail(str(exc))
        found = [
            (article.lang, sentence.plain)
            for article in articles
            for sentence in [article.title, *article.sentences()]
            if sentence.id == args.sentence
        ]
        if not found:
            content = config.path(config.content_dir)
            return _fail(f"no sentence {args.sentence} in {content} — copy the id from the page")
        lang, text = found[0]
    else:
        text = args.sentence
        lang = args.lang or detect_language(text, config.default_language)
    if not args.english.strip():
        return _fail("the corrected translation is empty — give the English text")
    with memory:
        memory.correct(lang, config.target_language, text, args.english)
    print(f"recorded the correction for: {text}")
    return 0
