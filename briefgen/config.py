"""briefgen.yaml: every key has a default, and every error names the file, the line, the key and what
is expected (as MkDocs does for mkdocs.yml).

The schema is the dataclasses below; `load_config` walks them, so adding a setting is adding a field.
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import safeyaml

CONFIG_FILE = "briefgen.yaml"
MAX_CONFIG_BYTES = 1_000_000
LANG_CODE = re.compile(r"^[a-z]{2,3}$")


class ConfigError(Exception):
    """A configuration problem, already worded as one line for the user."""


@dataclass(frozen=True)
class TranslationConfig:
    enabled: bool = field(default=True, metadata={"doc": "use machine translation when a model is installed"})
    packages_dir: Path | None = field(
        default=None, metadata={"doc": "Argos packages folder (default: ARGOS_PACKAGES_DIR or Argos' own)"}
    )
    inter_threads: int = field(
        default=0, metadata={"min": 0, "doc": "batches translated in parallel (0: from the machine's cores)"}
    )
    intra_threads: int = field(default=0, metadata={"min": 0, "doc": "threads per batch (0: from the machine's cores)"})
    compute_type: str = field(
        default="auto",
        metadata={
            "choices": ("auto", "default", "int8", "int8_float32", "int16", "float32"),
            "doc": "CTranslate2 compute type",
        },
    )
    beam_size: int = field(default=2, metadata={"min": 1, "doc": "beam width of the decoder"})
    batch_size: int = field(default=32, metadata={"min": 1, "doc": "sentences per batch"})
    glossary: tuple[Path, ...] = field(default=(), metadata={"doc": "extra glossary YAML files"})
    memory: bool = field(default=True, metadata={"doc": "keep a translation memory in the cache folder"})
    backend: str = field(
        default="local",
        metadata={
            "choices": ("local", "libretranslate"),
            "doc": "local: installed Argos packages; libretranslate: a LibreTranslate server at `url`",
        },
    )
    url: str | None = field(
        default=None,
        metadata={
            "pattern": re.compile(r"^https?://[^\s/@]+(/\S*)?$"),
            "expect": "an http:// or https:// address without a user name, such as http://127.0.0.1:5000",
            "doc": "the LibreTranslate server (backend: libretranslate)",
        },
    )
    api_key_env: str | None = field(
        default=None,
        metadata={
            "pattern": re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$"),
            "expect": "the NAME of an environment variable, such as LIBRETRANSLATE_API_KEY (never the key)",
            "echo": False,
            "doc": "environment variable holding the server's API key",
        },
    )
    timeout: int = field(default=60, metadata={"min": 1, "doc": "seconds to wait for one server answer"})
    concurrency: int = field(default=2, metadata={"min": 1, "doc": "server requests in flight at once"})

    def problem(self) -> tuple[str, str] | None:
        """(key, what is wrong — what to do) when settings contradict each other."""
        if self.backend == "libretranslate" and self.url is None:
            return "backend", (
                "libretranslate needs translation.url — add the server's address, such as url: http://127.0.0.1:5000"
            )
        return None


@dataclass(frozen=True)
class FactsConfig:
    enabled: bool = field(default=True, metadata={"doc": "extract meeting facts"})
    gazetteer: tuple[Path, ...] = field(default=(), metadata={"doc": "extra gazetteer YAML files"})


@dataclass(frozen=True)
class LimitsConfig:
    """Bounds on the work any one input can cause: far above any real briefing, far below what would
    exhaust a build machine."""

    max_article_bytes: int = field(
        default=1_000_000, metadata={"min": 1, "doc": "largest article file, in bytes (1 MB: ~250 pages)"}
    )
    max_line_length: int = field(
        default=200_000, metadata={"min": 80, "doc": "longest line of an article, in characters"}
    )
    max_depth: int = field(
        default=32, metadata={"min": 2, "doc": "deepest nesting of folders under content/ and of YAML"}
    )
    max_files: int = field(default=100_000, metadata={"min": 1, "doc": "most article files under content/"})


@dataclass(frozen=True)
class Config:
    title: str = field(default="Briefings", metadata={"doc": "site title"})
    description: str = field(
        default="Official news from Kazakhstan and Central Asia, in English",
        metadata={"doc": "one line under the site title"},
    )
    base_url: str = field(
        default="/",
        metadata={
            "pattern": re.compile(r"^(/|https?://\S+/)$|^/\S*/$"),
            "expect": "a path or URL ending in '/' (such as / or https://example.org/briefs/)",
            "doc": "where the site will be served",
        },
    )
    per_page: int = field(
        default=20, metadata={"min": 1, "doc": "briefings on each page of the index and of a month in the archive"}
    )
    # Rows of a table, not briefings: at 20 a page the country every article names ran to 155 pages at 1,000
    # articles, and the 1,400 more files cost a rebuild more (their keys, the manifest's look at each) than
    # rendering fewer rows saved (bench/PROFILE.md, "listpages").
    meetings_per_page: int = field(
        default=100, metadata={"min": 1, "doc": "meetings on each page of a person's, country's or topic's list"}
    )
    use_directory_urls: bool = field(
        default=False,
        metadata={
            "doc": "links end in a folder (briefings/x/) rather than its index.html; "
            "false lets a site opened from disk be clicked through"
        },
    )
    search: bool = field(
        default=True, metadata={"doc": "index the built site with Pagefind when it is installed (extra: search)"}
    )
    target_language: str = field(
        default="en",
        metadata={"pattern": LANG_CODE, "expect": "a language code like en", "doc": "language of the readers"},
    )
    default_language: str = field(
        default="kk",
        metadata={"pattern": LANG_CODE, "expect": "a language code like kk", "doc": "when detection fails"},
    )
    content_dir: Path = field(default=Path("content"), metadata={"doc": "where the articles are"})
    output_dir: Path = field(default=Path("site"), metadata={"doc": "the built site; replaced whole by each build"})
    templates_dir: Path = field(default=Path("templates"), metadata={"doc": "overrides the default templates"})
    static_dir: Path = field(default=Path("static"), metadata={"doc": "copied as-is into the site"})
    cache_dir: Path = field(default=Path(".briefgen-cache"), metadata={"doc": "translation memory lives here"})
    workers: int = field(
        default_factory=lambda: os.cpu_count() or 1,
        metadata={"min": 1, "doc": "processes that split and read articles (1: in this process; default: all cores)"},
    )
    translation: TranslationConfig = TranslationConfig()
    facts: FactsConfig = FactsConfig()
    limits: LimitsConfig = LimitsConfig()
    # Where the configuration was read from; paths above are relative to this folder.
    root: Path = field(default=Path("."), metadata={"internal": True})

    def path(self, p: Path) -> Path:
        return p if p.is_absolute() else self.root / p


def load_config(root: Path, filename: str | None = None) -> Config:
    """Read and validate root/briefgen.yaml; a missing file means all defaults."""
    path = root / (filename or CONFIG_FILE)
    if not path.exists():
        if filename:
            raise ConfigError(f"{path}: no such file — create it or leave out --config")
        return Config(root=root)
    if not path.is_file():
        raise ConfigError(f"{path}: not a file — make {path.name} a plain YAML file")
    try:
        raw = path.read_bytes()[: MAX_CONFIG_BYTES + 1]
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES} bytes — a configuration needs a few lines")
        node = safeyaml.compose(raw.decode("utf-8-sig"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror}) — check that it is readable") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text — save the file as UTF-8") from None
    except safeyaml.YamlProblem as exc:
        raise ConfigError(f"{path}:{exc.line}: {exc.message} — fix the YAML") from None
    if node is None:
        return Config(root=root)
    values = _read(Config, node, path, prefix="")
    return Config(**values, root=root)


def _read(cls: type, node: yaml.Node, path: Path, prefix: str) -> dict[str, Any]:
    if not isinstance(node, yaml.MappingNode):
        where = prefix.rstrip(".") or "the top level"
        raise ConfigError(f"{path}:{node.start_mark.line + 1}: {where}: expected a mapping of keys to values")
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = key_node.value
        line = key_node.start_mark.line + 1
        if key in values:
            raise ConfigError(f"{path}:{line}: '{prefix}{key}' is set twice — keep one")
        if key not in fields:
            known = ", ".join(sorted(fields))
            # An unknown key is the file's own text, which may hold a line break («? title\n\n  title»): it is
            # shown as Python writes a string, so the error stays one line.
            shown = f"'{prefix}{key}'" if str(key).isprintable() else repr(f"{prefix}{key}")
            raise ConfigError(f"{path}:{line}: unknown key {shown} — known keys here: {known}")
        values[key] = _convert(hints[key], fields[key], value_node, path, line, f"{prefix}{key}")
    return values


def _read_section(cls: type, node: yaml.Node, path: Path, line: int, key: str) -> Any:
    """A nested section such as `translation:`; a section's `problem()` checks settings that depend on
    each other, and its error points at the line of the key it names."""
    section = cls(**_read(cls, node, path, prefix=f"{key}."))
    problem = section.problem() if hasattr(section, "problem") else None
    if problem is not None:
        inner, message = problem
        where = next((k.start_mark.line + 1 for k, _ in node.value if k.value == inner), line)
        raise ConfigError(f"{path}:{where}: {key}.{inner}: {message}")
    return section


@dataclasses.dataclass(frozen=True)
class _Setting:
    """One value being read from the file: where it stands, for its error line."""

    field: dataclasses.Field
    node: yaml.Node
    path: Path
    line: int
    key: str

    def fail(self, expected: str) -> typing.NoReturn:
        got = getattr(self.node, "value", None)
        # A value that may be a secret put in the wrong place is not repeated into terminals and CI logs.
        shown = f" (got {got!r})" if isinstance(got, str) and self.field.metadata.get("echo", True) else ""
        raise ConfigError(f"{self.path}:{self.line}: {self.key}: expected {expected}{shown}")


def _convert(hint: Any, f: dataclasses.Field, node: yaml.Node, path: Path, line: int, key: str) -> Any:
    if dataclasses.is_dataclass(hint):
        return _read_section(hint, node, path, line, key)
    setting = _Setting(f, node, path, line, key)
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)
    if optional:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            return None
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if typing.get_origin(hint) is tuple:
        return _convert_list(typing.get_args(hint)[0], setting)
    if not isinstance(node, yaml.ScalarNode):
        setting.fail({bool: "true or false", int: "a whole number", Path: "a folder path"}.get(hint, "a text value"))
    try:
        value = safeyaml.scalar_value(node)
    except safeyaml.YamlProblem as exc:
        raise ConfigError(f"{path}:{exc.line}: {key}: {exc.message}") from None
    check = _SCALAR_CHECKS.get(hint, _checked_text)
    return check(value, setting, hint)


def _convert_list(item: type, setting: _Setting) -> tuple[Any, ...]:
    node = setting.node
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    if not all(isinstance(i, yaml.ScalarNode) for i in items):
        setting.fail("a list of file paths" if item is Path else "a list")
    return tuple(item(i.value) for i in items)


def _checked_bool(value: Any, setting: _Setting, hint: type) -> bool:
    if not isinstance(value, bool):
        setting.fail("true or false")
    return value


def _checked_int(value: Any, setting: _Setting, hint: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        setting.fail("a whole number")
    least = setting.field.metadata.get("min", value)
    if value < least:
        setting.fail(f"a whole number of at least {least}")
    return value


def _checked_text(value: Any, setting: _Setting, hint: type) -> str | Path:
    if value is None:
        setting.fail("a value")
    text = str(value)
    metadata = setting.field.metadata
    if "choices" in metadata and text not in metadata["choices"]:
        setting.fail("one of " + ", ".join(metadata["choices"]))
    if "pattern" in metadata and not metadata["pattern"].match(text):
        setting.fail(metadata["expect"])
    return Path(text) if hint is Path else text


_SCALAR_CHECKS: dict[type, typing.Callable[[Any, _Setting, type], Any]] = {bool: _checked_bool, int: _checked_int}


def describe(config: Config) -> list[tuple[str, Any, str]]:
    """(key, value, description) for every setting: what `briefgen config` prints."""
    rows: list[tuple[str, Any, str]] = []

    def walk(obj: Any, prefix: str) -> None:
        for f in dataclasses.fields(obj):
            if f.metadata.get("internal"):
                continue
            value = getattr(obj, f.name)
            if dataclasses.is_dataclass(value):
                walk(value, f"{prefix}{f.name}.")
            else:
                rows.append((prefix + f.name, value, f.metadata.get("doc", "")))

    walk(config, "")
    return rows
