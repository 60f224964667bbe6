"""The gazetteer compiled once per version and kept in the cache folder.

Building the gazetteer (`load_gazetteer_files`) reads its YAML, asks CLDR for every city and country, and
asks pymorphy3 for the base forms of every wording: about half a second of CPU, paid by every process that
reads even one article (`briefgen facts one.txt`, a rebuild with one article changed). The built gazetteer
is kept as a pickle in the cache folder, under a key of everything it is built from: the bytes of the
shipped and the site's gazetteer files, the code and language data that turn wordings into forms,
briefgen's version and the versions of the libraries it asks (pymorphy3 and its dictionaries, Babel).

A kept file is trusted for nothing:
- its header names the key it was built under and a checksum of its body; another key (stale) or a body
  that does not match (truncated, damaged, edited) is ignored, and the gazetteer is built and kept afresh;
- the body is read by an unpickler that builds only the gazetteer's own dataclasses and plain values
  (`_KeptUnpickler`), so a pickle written by someone else can name no other class and run no code.
  A cache folder may be shared, or committed to a site's repository.

A pickle rather than JSON: the gazetteer is a graph of Entry objects shared between index keys (the
matcher tells patterns apart by identity), which pickle keeps as it is, and its entries carry whatever
the gazetteer's schema holds (offices with dates, say), with no converter to keep in step with it.
"""

from __future__ import annotations

import dataclasses
import io
import pickle
import sys
from contextlib import suppress
from importlib.metadata import version
from pathlib import Path
from typing import Any

from .. import __version__
from ..cache import files_fingerprint, fingerprint, write_whole
from ..lang import analyzer_libraries
from . import gazetteer as gazetteer_module
from .gazetteer import Gazetteer
from .gazetteer.files import default_gazetteer_paths, load_gazetteer_files

FILE_NAME = "gazetteer.pickle"
MAGIC = b"briefgen-gazetteer 1\n"
# The libraries whose answers the built gazetteer holds: CLDR's names, and the language packs' analyzers'
# forms (lang.analyzer_libraries).
LIBRARIES = ("babel",)
# Plain values a gazetteer holds besides its own dataclasses (builtins the pickle names by module).
PLAIN_GLOBALS = frozenset({("builtins", "frozenset"), ("builtins", "set"), ("datetime", "date")})


def compiled_gazetteer(paths: list[Path], cache_dir: Path | None) -> Gazetteer:
    """load_gazetteer_files(paths), from the cache folder when it holds this version's build, else built
    and kept there. Without a cache folder, or with one that cannot be written, it is built each time."""
    if cache_dir is None:
        return load_gazetteer_files(paths)
    try:
        key = gazetteer_key(paths)
    except OSError:
        # A site file that cannot be read: the loader says which, in its own error line.
        return load_gazetteer_files(paths)
    path = cache_dir / FILE_NAME
    kept = _read(path, key)
    if kept is not None:
        return kept
    built = load_gazetteer_files(paths)
    _write(path, key, built)
    return built


def gazetteer_key(paths: list[Path]) -> str:
    """What a built gazetteer depends on: its files (which, in which order, and their bytes), the code and
    language data that read them, briefgen's and the libraries' versions, Python's."""
    package = Path(gazetteer_module.__file__).parent
    here = package.parent
    lang = here.parent / "lang"
    code = [
        *sorted(package.glob("*.py")), here / "cldr_cities.py", here / "arabic_names.py", Path(__file__),
        *sorted(lang.glob("*.py")), *sorted(lang.glob("data/*")),
    ]  # fmt: skip
    files = [*default_gazetteer_paths(), *paths]
    return fingerprint(
        f"briefgen {__version__}; python {sys.version_info[:2]}",
        "; ".join(f"{name} {version(name)}" for name in (*analyzer_libraries(), *LIBRARIES)),
        files_fingerprint(code),
        *(part for path in files for part in (str(path), path.read_bytes())),
    )


def _read(path: Path, key: str) -> Gazetteer | None:
    kept = read_kept(path, MAGIC, key, (gazetteer_module.__name__,))
    return kept if isinstance(kept, Gazetteer) else None


def _write(path: Path, key: str, built: Gazetteer) -> None:
    write_kept(path, MAGIC, key, built)


def read_kept(path: Path, magic: bytes, key: str, modules: tuple[str, ...]) -> Any | None:
    """What `write_kept` left at `path` under `key`, built by an unpickler that knows only the dataclasses
    of `modules` and plain values; None for a missing, stale, damaged or foreign file (built afresh then)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, _, rest = data.partition(b"\n")
    stamp, _, body = rest.partition(b"\n")
    if head + b"\n" != magic or stamp != f"{key} {fingerprint(body)}".encode():
        return None
    try:
        return _KeptUnpickler(io.BytesIO(body), modules).load()
    except Exception:  # noqa: BLE001 - whatever a damaged or foreign pickle raises, the answer is to rebuild
        return None


def write_kept(path: Path, magic: bytes, key: str, built: Any) -> None:
    """Keep a build beside and rename it into place, so a reader sees a whole file or none; a folder that
    cannot be written only means the next process builds it again."""
    body = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
    with suppress(OSError):
        write_whole(path, [magic, f"{key} {fingerprint(body)}\n".encode(), body])


class _KeptUnpickler(pickle.Unpickler):
    """Builds the dataclasses of the given modules and plain values, and refuses any other class or
    function a pickle names (Python's documented way of restricting what unpickling may call)."""

    def __init__(self, file: io.BytesIO, modules: tuple[str, ...]):
        super().__init__(file)
        self.modules = modules

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in PLAIN_GLOBALS:
            return super().find_class(module, name)
        if module in self.modules:
            found = getattr(sys.modules.get(module), name, None)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of what was kept")
