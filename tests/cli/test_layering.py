"""Data flows one way: the commands call the stages, never the other way round.

Every module outside briefgen/cli/ is read for its imports (absolute and relative); none may import the
commands, and none may draw on the terminal with rich: that is the commands' business
(briefgen.progress is how a stage reports how far it has got)."""

import ast
from pathlib import Path

import pytest

import briefgen

PACKAGE = Path(briefgen.__file__).parent
FORBIDDEN = ("briefgen.cli", "rich")


def imported(source: str, module: str, is_package: bool = False) -> set[str]:
    """The absolute names of the modules the code of `module` imports."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            prefix = f"{base}.{node.module}" if node.level and node.module else base if node.level else node.module
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
    return names


def offending(source: str, module: str, is_package: bool = False) -> list[str]:
    names = imported(source, module, is_package)
    return sorted(n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN))


def stage_modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[1] != "cli" and path.name != "__main__.py":
            modules[".".join(parts)] = path
    return modules


def test_no_stage_imports_a_command_or_rich():
    found = {
        module: offending(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
        for module, path in stage_modules().items()
    }
    assert len(found) > 20  # every stage is read, not none
    assert {module: names for module, names in found.items() if names} == {}


@pytest.mark.parametrize(
    "source",
    ["from ..cli import main", "from ..cli.build import run", "import briefgen.cli", "from briefgen import cli",
     "from rich.progress import Progress", "from .. import cli"],
)  # fmt: skip
def test_the_reader_catches_each_form_of_import(source):
    # The test above proves nothing if the reader misses an import.
    assert offending(source, "briefgen.translate.machine")


def test_the_reader_lets_a_stage_import_the_stages_and_the_progress_interface():
    source = "from ..build import BuildFailed\nfrom .. import progress\nfrom ..progress import SILENT\nimport yaml"
    assert offending(source, "briefgen.translate.machine") == []
    assert offending("from .extract import extract_meetings", "briefgen.facts", is_package=True) == []
