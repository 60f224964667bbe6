"""YAML from outside (front matter, briefgen.yaml, human translations), read with bounded work.

PyYAML's safe loader still expands aliases (a 500-byte "billion laughs" front matter fills gigabytes),
composes nested collections recursively (deep nesting ends in RecursionError, or worse in the C
extension), and lets a tag such as `!!int abc` or `!!timestamp 2025-13-01` fail outside its own error
types. No maintained library reads YAML with these limits, so this module checks the event stream first
(linear in the text: no recursion, no expansion) and only then builds values, with libyaml's C parser
where it is installed:

- anchors, aliases and explicit tags are refused (front matter and settings never need them);
- nesting deeper than `max_depth` is refused before anything is built;
- what is built must be plain data: mappings with text keys, lists, text, numbers, booleans, null;
  numbers finite, text free of lone surrogates (which no file can encode).

Every refusal is a YamlProblem with the 1-based line in the given text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import yaml

DEFAULT_MAX_DEPTH = 32

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _PlainLoader(_Loader):  # type: ignore[misc, valid-type]
    """The safe loader; dates stay text, so that the caller reads them and names the key in its message."""


_PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}


class _PlainResolver(yaml.resolver.Resolver):
    yaml_implicit_resolvers = _PlainLoader.yaml_implicit_resolvers


_RESOLVER = _PlainResolver()


@dataclass
class YamlProblem(Exception):
    """YAML that is refused: `line` is 1-based within the text given, `message` says what is wrong."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _line(mark: Any) -> int:
    return mark.line + 1 if mark is not None else 1


def _syntax_problem(exc: yaml.YAMLError, text: str) -> YamlProblem:
    problem = getattr(exc, "problem", None) or "bad syntax"
    mark = getattr(exc, "problem_mark", None)
    at_end = mark is not None and not text[mark.index :].strip()
    if "stream end" in problem or at_end:
        # An unclosed bracket or quote is noticed at the end; where it opened is the useful line.
        mark = getattr(exc, "context_mark", None) or mark
    return YamlProblem(_line(mark), f"not valid YAML ({problem})")


def check_events(text: str, max_depth: int = DEFAULT_MAX_DEPTH) -> None:
    """Refuse aliases, anchors, tags, deep nesting, keys that are not text, non-finite numbers and lone
    surrogates, reading the event stream once (so each refusal has its line)."""
    # For each open collection: is it a mapping, and is its next node a key?
    open_collections: list[list[bool]] = []
    try:
        for event in yaml.parse(text, Loader=_Loader):
            line = _line(event.start_mark)
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise YamlProblem(line, "YAML anchors and aliases (&name, *name) are not allowed here")
            if getattr(event, "tag", None) and not _implicit(event):
                shown = event.tag.replace("tag:yaml.org,2002:", "!!")
                raise YamlProblem(line, f"YAML tags ({shown}) are not allowed here; write the plain value")
            if isinstance(event, yaml.CollectionEndEvent):
                open_collections.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            is_key = bool(open_collections) and open_collections[-1][0] and open_collections[-1][1]
            if open_collections and open_collections[-1][0]:
                open_collections[-1][1] = not open_collections[-1][1]
            if isinstance(event, yaml.CollectionStartEvent):
                if is_key:
                    raise YamlProblem(line, "a key that is a list or mapping — keys are text")
                if len(open_collections) >= max_depth:
                    raise YamlProblem(line, f"nested more than {max_depth} levels deep")
                open_collections.append([isinstance(event, yaml.MappingStartEvent), True])
            elif isinstance(event, yaml.ScalarEvent):
                _check_scalar(event, line, is_key)
    except yaml.YAMLError as exc:
        raise _syntax_problem(exc, text) from None


def _check_scalar(event: yaml.ScalarEvent, line: int, is_key: bool) -> None:
    _check_text(event.value, line)
    if event.style:  # quoted or a block: text whatever it looks like (plain is None, or "" from libyaml)
        return
    tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))
    if is_key and tag != "tag:yaml.org,2002:str":
        raise YamlProblem(line, f"the key {event.value!r} is not text — quote it: '{event.value}':")
    if tag == "tag:yaml.org,2002:float" and event.value.lower().lstrip("+-") in (".inf", ".nan"):
        raise YamlProblem(line, f"{event.value} is not a finite number")


def _implicit(event: yaml.Event) -> bool:
    # A collection's tag is explicit unless `implicit`; a scalar's unless one of its `implicit` flags is set.
    implicit = getattr(event, "implicit", False)
    return any(implicit) if isinstance(implicit, tuple) else bool(implicit)


def load_data(text: str) -> Any:
    """YAML that briefgen ships or that a site keeps as its own data (language packs, gazetteers): PyYAML's
    safe loader, through libyaml's C parser where installed (ten times faster than the pure-Python one,
    which a process paid for every data file it read). No limits beyond the safe loader's: text from
    outside goes through `load`."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - the safe loader, C or Python


def load(text: str, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """Plain data from YAML text, with the limits above; dates stay text."""
    check_events(text, max_depth)
    try:
        data = yaml.load(text, Loader=_PlainLoader)  # noqa: S506 - a SafeLoader, after check_events
    except yaml.YAMLError as exc:
        raise _syntax_problem(exc, text) from None
    except (ValueError, TypeError, OverflowError) as exc:
        # Implicit scalars that fail to build, such as an integer of 10,000 digits.
        raise YamlProblem(1, f"a value cannot be read ({exc})") from None
    _check_plain(data, 1)
    return data


def compose(text: str, max_depth: int = DEFAULT_MAX_DEPTH) -> yaml.Node | None:
    """The node tree (with lines) of YAML text, with the limits above: for readers that name lines."""
    check_events(text, max_depth)
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise _syntax_problem(exc, text) from None


def scalar_value(node: yaml.ScalarNode) -> Any:
    """The value of one scalar node of `compose`'s tree."""
    constructor = yaml.constructor.SafeConstructor()
    try:
        value = constructor.construct_object(node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise YamlProblem(_line(node.start_mark), f"the value cannot be read ({exc})") from None
    _check_plain(value, _line(node.start_mark))
    return value


def _check_plain(data: Any, line: int) -> None:
    """A last check of the built value, should the event check have missed a case: plain data only.
    A loop, not recursion: depth is bounded, but the stack is not this function's to spend."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise YamlProblem(line, f"the key {key!r} is not text — quote it")
                stack.append(item)
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise YamlProblem(line, f"{value} is not a finite number")
        elif value is not None and not isinstance(value, str | bool | int | float):
            raise YamlProblem(line, f"a value of type {type(value).__name__} is not plain data")


def _check_text(value: str, line: int) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = f"\\u{ord(value[exc.start]):04x}"
        raise YamlProblem(
            line, f"{bad} is half of a character (a lone surrogate) — write the character itself"
        ) from None
