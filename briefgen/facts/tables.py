"""Tables the rules build from the language packs and data files, compiled once per version into the cache
folder beside the gazetteer (compiled.py) rather than built again by every process.

A one-article rebuild reads one article's facts, and before this built, in its process, the organizations
matcher (pymorphy3's forms of every wording) and the currency and counted nouns (Babel's name of every
currency in each language, and their base forms): about 90 ms of CPU for one article, the same in every
process. A function marked `@compiled_table` is such a table: `load_tables(cache_dir)` (once a process,
when the facts stage starts) reads the kept file, or builds every marked table and keeps them; the marked
function then answers from it. Without a cache folder, or for a table the file lacks, the function
builds its table itself, as before.

The kept file is trusted as the gazetteer's is: keyed on everything the tables are built from (the code of
facts/ and lang/, the language data, briefgen's data files, briefgen's, Python's and the analyzers'
versions), checked against a checksum of its body, and unpickled into the marked modules' dataclasses and
plain values only. It is used only while the known language packs are the built-in ones: a pack
registered from outside (a plug-in, a test) changes what the tables hold, and they are built from it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

from .. import __version__
from ..cache import files_fingerprint, fingerprint
from ..lang import analyzer_libraries, derived_from_packs, only_built_in
from .compiled import read_kept, write_kept

FILE_NAME = "facts-tables.pickle"
MAGIC = b"briefgen-facts-tables 1\n"
# The libraries whose answers the tables hold besides the packs' analyzers: CLDR's currency names.
LIBRARIES = ("babel",)

Table = TypeVar("Table", bound=Callable[[], Any])

# Each marked table's builder, by its module and name; the modules whose dataclasses the kept tables hold.
_builders: dict[str, Callable[[], Any]] = {}
_modules: set[str] = set()
# The tables read from (or kept in) the cache folder by this process, by name; which folders were read.
_kept: dict[str, Any] = {}
_read_from: set[Path] = set()


def compiled_table(*holds: str) -> Callable[[Table], Table]:
    """Mark a function of no arguments that builds a table from the packs and data files; its value is
    kept in the cache folder. `holds` names the modules (besides the function's own) whose dataclasses the
    value is made of. Like `derived_from_packs`, it is built again when a pack is registered."""

    def mark(build: Table) -> Table:
        name = f"{build.__module__}.{build.__qualname__}"
        _builders[name] = build
        _modules.update((build.__module__, *holds))

        @functools.wraps(build)
        def table() -> Any:
            if name in _kept and only_built_in():
                return _kept[name]
            return _builders[name]()

        return derived_from_packs(table)  # type: ignore[return-value]

    return mark


def load_tables(cache_dir: Path | None) -> None:
    """Make the marked tables answer from the cache folder's kept file, building and keeping them there
    when it holds none of this version (or a damaged one). Called where the facts stage starts, after the
    modules that mark tables are imported (facts/__init__.py imports them all)."""
    if cache_dir is None or cache_dir in _read_from or not only_built_in():
        return
    _read_from.add(cache_dir)
    key = tables_key()
    path = cache_dir / FILE_NAME
    kept = read_kept(path, MAGIC, key, tuple(sorted(_modules)))
    if not isinstance(kept, dict) or set(kept) != set(_builders):
        kept = {name: build() for name, build in sorted(_builders.items())}
        write_kept(path, MAGIC, key, kept)
    _kept.update(kept)


def release_tables() -> None:
    """Forget the kept tables (the next use reads the cache folder again, or builds)."""
    _kept.clear()
    _read_from.clear()


def tables_key() -> str:
    """What the tables depend on: the code of facts/ and lang/, the language data and briefgen's data
    files, which tables there are, and the versions of briefgen, Python and the libraries they ask."""
    here = Path(__file__).parent
    lang = here.parent / "lang"
    sources = [
        *here.rglob("*.py"), *lang.glob("*.py"), *lang.glob("data/*"), *(here.parent / "data").glob("*.yaml"),
    ]  # fmt: skip
    return fingerprint(
        f"briefgen {__version__}; python {sys.version_info[:2]}",
        "; ".join(f"{name} {version(name)}" for name in (*analyzer_libraries(), *LIBRARIES)),
        "; ".join(sorted(_builders)),
        files_fingerprint(sources),
    )
