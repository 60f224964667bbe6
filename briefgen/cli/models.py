"""`briefgen models list|install|remove|pack`: the translation packages a build can use."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .common import CONTENT_ERRORS, OK, USAGE, action_adder, site_config
from .output import Output

if TYPE_CHECKING:
    from ..config import Config
    from ..translate.argos import InstalledPackage

HELP = "list, install, remove or pack translation packages"
INDEX_NAME = re.compile(r"^translate-[a-z]{2,3}_[a-z]{2,3}$")
FAILED = CONTENT_ERRORS  # the command could not do what was asked; nothing was changed


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    action = action_adder(parser, options)
    action("list", run_list, "the language pairs of installed packages, and of the server if one is configured")
    install = action("install", run_install, "install FILE.argosmodel, or a package from the Argos index")
    install.add_argument("package", help="an .argosmodel file, or an index name such as translate-ru_en")
    remove = action("remove", run_remove, "remove a package, by folder name or pair (ru_en)")
    remove.add_argument("package")

    pack = action("pack", run_pack, "make an .argosmodel from an NLLB-200 model converted to CTranslate2")
    pack.add_argument("--model", type=Path, required=True, help="folder written by ct2-transformers-converter")
    pack.add_argument("--sentencepiece", type=Path, required=True, help="NLLB's sentencepiece.bpe.model")
    pack.add_argument("--from", dest="source", required=True, help="source language code, such as kk")
    pack.add_argument("--to", dest="target", default="en", help="target language code (default: en)")
    pack.add_argument("--output", type=Path, help="the .argosmodel to write (default: translate-FROM_TO-nllb…)")
    # Not --version: that is briefgen's own, as in every command.
    pack.add_argument("--package-version", default="1.0", help="package version; a new one retranslates the memory")
    pack.add_argument("--source-prefix", help="NLLB source language token, if not known (such as kaz_Cyrl)")
    pack.add_argument("--target-prefix", help="NLLB target language token, if not known (such as eng_Latn)")


def run_list(args: argparse.Namespace, out: Output) -> int:
    config = site_config(args, out)
    if config is None:
        return USAGE
    list_local(config, out)
    if config.translation.backend != "libretranslate":
        return OK
    return list_server(config, out)


def list_local(config: Config, out: Output) -> None:
    from ..translate.argos import installed_packages, packages_dir

    directory = packages_dir(config)
    problems: list[str] = []
    packages = installed_packages(directory, problems)
    for problem in problems:
        out.warning(problem)
    if not packages:
        out.result(f"no translation packages in {directory} — see `briefgen models install --help`")
        return
    out.result(f"packages in {directory}:")
    for p in packages:
        prefixes = f"  (prefixes {p.source_prefix or '-'} / {p.target_prefix or '-'})" if p.target_prefix else ""
        out.result(f"  {p.path.name:<32} {p.from_code}→{p.to_code}  version {p.version}{prefixes}")
    out.result("pairs: " + ", ".join(pair_names(packages)))


def list_server(config: Config, out: Output) -> int:
    """The pairs of the LibreTranslate server the builds use (translation.backend: libretranslate)."""
    from ..translate.libretranslate import ServerSetupError, ServerStopped, open_engine

    try:
        client = open_engine(config.translation).client
        languages = client.languages()
    except (ServerSetupError, ServerStopped) as exc:
        out.error(exc)
        return FAILED
    pairs = [f"{source}→{target}" for source, targets in sorted(languages.items()) for target in sorted(targets)]
    out.result(f"server {client.name} (translation.backend: libretranslate, the builds use it):")
    out.result("pairs: " + (", ".join(pairs) or "none — install Argos packages on the server"))
    return OK


def pair_names(packages: list[InstalledPackage]) -> list[str]:
    """Every pair the packages translate, directly or through English ("kk→ru (via en)")."""
    from ..translate.argos import find_route

    languages = sorted({code for p in packages for code in p.pair})
    pairs = []
    for source in languages:
        for target in languages:
            route = find_route(packages, source, target) if source != target else None
            if route:
                pairs.append(f"{source}→{target}" + (" (via en)" if len(route) > 1 else ""))
    return pairs


def run_install(args: argparse.Namespace, out: Output) -> int:
    from ..translate.argos import PackageError, download_from_index, install_package, packages_dir

    config = site_config(args, out)
    if config is None:
        return USAGE
    path = Path(args.package)
    try:
        if not path.exists() and INDEX_NAME.match(args.package):
            out.status(f"downloading {args.package} from the Argos index…")
            download = download_from_index(args.package)
            try:
                package = install_package(download, packages_dir(config))
            finally:
                download.unlink(missing_ok=True)  # the package is unpacked; the archive is a copy
        elif not path.exists():
            out.error(f"{path}: no such file — give an .argosmodel file or an index name like translate-ru_en")
            return FAILED
        else:
            package = install_package(path, packages_dir(config))
    except PackageError as exc:
        out.error(exc)
        return FAILED
    out.result(f"installed {package.path.name}: {package.from_code}→{package.to_code} in {package.path.parent}")
    return OK


def run_remove(args: argparse.Namespace, out: Output) -> int:
    from ..translate.argos import packages_dir, remove_package

    config = site_config(args, out)
    if config is None:
        return USAGE
    removed = remove_package(args.package, packages_dir(config))
    if not removed:
        out.error(f"no installed package named {args.package} — `briefgen models list` shows them")
        return FAILED
    for p in removed:
        out.result(f"removed {p.path.name} ({p.from_code}→{p.to_code})")
    return OK


def run_pack(args: argparse.Namespace, out: Output) -> int:
    from ..translate.argos import PackageError
    from ..translate.pack import pack_nllb

    output = args.output or Path(f"translate-{args.source}_{args.target}-nllb.argosmodel")
    try:
        pack_nllb(
            args.model,
            args.sentencepiece,
            args.source,
            args.target,
            output,
            version=args.package_version,
            source_prefix=args.source_prefix,
            target_prefix=args.target_prefix,
        )
    except PackageError as exc:
        out.error(exc)
        return FAILED
    out.result(f"wrote {output}; install it with `briefgen models install {output}`")
    return OK
