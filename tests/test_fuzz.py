"""Fuzzing the inputs that come from outside: front matter, briefgen.yaml, article bodies and file names.
Whatever they hold, the outcome is a document or one error line — never another exception.

Bounded for CI: a fixed number of examples each, no deadline per example (the machine may be shared);
HYPOTHESIS_PROFILE=long runs many more.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.build import build_site
from briefgen.config import ConfigError, load_config
from briefgen.load import discover, read_document
from briefgen.model import ContentProblem
from briefgen.segment import segment

from .conftest import RU_MEETING

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Pieces of YAML that have broken YAML readers: anchors, aliases, tags, flow collections, odd scalars.
YAML_TOKENS = [
    "title",
    "date",
    "lang",
    "slug",
    "tags",
    "meetings",
    "figures",
    "value",
    "url",
    ":",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!!int ",
    "!!timestamp ",
    "!!python/name:os.system ",
    "!x ",
    "? ",
    "'",
    '"',
    "\\ud800",
    "\\x00",
    "1",
    "true",
    "null",
    ".inf",
    "-.nan",
    "2025-13-01",
    "2026-03-05",
    "1e999",
    "9" * 50,
    "Тоқаев",
    "#",
    "|",
    ">",
    "---",
    "...",
    "%YAML 1.1",
    "\t",
    "~",
]
yaml_text = st.lists(st.sampled_from(YAML_TOKENS), max_size=40).map("".join)
MARKDOWN_TOKENS = ["Тоқаев. ", "г. ", "«", "»", "## ", "- ", "1. ", "> ", "<!-- ", "-->", "<script>", "\n", "\n\n"]
body_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF), max_size=600) | (
    st.lists(st.sampled_from(MARKDOWN_TOKENS)).map("".join)
)


def outcome_of(path: Path, root: Path):
    """A SourceDocument or the ContentProblem; anything else fails the test."""
    try:
        return read_document(path, root, "kk")
    except ContentProblem as exc:
        assert str(exc.error).count("\n") == 0  # one line
        return exc


@given(front=yaml_text, body=body_text)
def test_front_matter_and_body_give_a_document_or_one_error(tmp_path, front, body):
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front}\n---\n\n{body}\n", encoding="utf-8")
    result = outcome_of(path, tmp_path)
    if not isinstance(result, ContentProblem):
        with contextlib.suppress(ContentProblem):
            segment(result)


@given(body=body_text)
def test_any_text_article_segments(tmp_path, body):
    path = tmp_path / "a.txt"
    path.write_text(body, encoding="utf-8")
    result = outcome_of(path, tmp_path)
    if not isinstance(result, ContentProblem):
        with contextlib.suppress(ContentProblem):
            segment(result)


@settings(max_examples=25)
@given(front=yaml_text, body=body_text, translation=body_text)
def test_a_whole_build_of_any_article_finishes_with_a_site(tmp_path_factory, front, body, translation):
    """Every stage, rendering and facts.json included: the bad article is an error line, the good one
    beside it is built."""
    root = tmp_path_factory.mktemp("build")
    (root / "content").mkdir()
    (root / "content" / "a.md").write_text(f"---\n{front}\n---\n\n{body}\n", encoding="utf-8")
    (root / "content" / "a.en.md").write_text(f"---\n{front}\n---\n\n{translation}\n", encoding="utf-8")
    (root / "content" / "good.md").write_text(RU_MEETING, encoding="utf-8")
    report = build_site(load_config(root))
    assert report.articles == 2 or (report.articles == 1 and report.errors)
    json.loads((root / "site" / "facts.json").read_bytes(), parse_constant=lambda name: pytest.fail(name))


@given(raw=st.binary(max_size=300))
def test_any_bytes_give_a_document_or_one_error(tmp_path, raw):
    path = tmp_path / "a.md"
    path.write_bytes(b"---\n" + raw)
    outcome_of(path, tmp_path)


@given(text=yaml_text)
@example(text="? title\n\n  title")  # a key that spans lines, once shown as it was
def test_any_config_is_read_or_refused_with_one_line(tmp_path, text):
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    try:
        load_config(tmp_path)
    except ConfigError as exc:
        assert "\n" not in str(exc)


@given(
    text=st.sampled_from(["translation", "limits", "facts", "title", "beam_size", "max_depth"]).flatmap(
        lambda key: st.tuples(st.just(key), yaml_text)
    )
)
def test_any_value_of_a_known_key_is_read_or_refused(tmp_path, text):
    key, value = text
    (tmp_path / "briefgen.yaml").write_text(f"{key}: {value}\nlimits:\n  max_files: {value}\n", encoding="utf-8")
    try:
        load_config(tmp_path)
    except ConfigError as exc:
        assert "\n" not in str(exc)


names = st.lists(
    st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b"..")),
    min_size=1,
    max_size=6,
    unique=True,
)


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes are a POSIX notion")
@given(raw_names=names)
def test_any_file_names_are_discovered_or_refused(tmp_path_factory, raw_names):
    root = tmp_path_factory.mktemp("names")
    for raw in raw_names:
        with open(os.path.join(os.fsencode(root), raw + b".md"), "wb") as f:
            f.write("---\ntitle: x\n---\n\nТекст.\n".encode())
    found = discover(root, "en")
    for path in found.articles:
        path.name.encode("utf-8")  # every name kept is real text
    for error in found.errors:
        str(error).encode("utf-8", "backslashreplace")
