"""YAML from outside is read with bounded work, and every refusal names its line."""

from __future__ import annotations

import pytest

from briefgen import safeyaml
from briefgen.safeyaml import YamlProblem


def refused(text: str, **limits: int) -> YamlProblem:
    with pytest.raises(YamlProblem) as caught:
        safeyaml.load(text, **limits)
    return caught.value


def test_plain_data_loads_and_dates_stay_text():
    data = safeyaml.load("title: Встреча\ndate: 2026-03-05\ntags: [a, b]\ncount: 3\nshare: 0.5\nok: true\n")
    assert data == {"title": "Встреча", "date": "2026-03-05", "tags": ["a", "b"], "count": 3, "share": 0.5, "ok": True}


def test_an_alias_bomb_is_refused_before_anything_is_expanded():
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    problem = refused("\n".join(lines))
    assert problem.line == 1 and "anchors and aliases" in problem.message


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: &a [*a]\n", 1, "anchors and aliases"),
        ("x: 1\ny: !!int abc\n", 2, "YAML tags (!!int)"),
        ("date: !!timestamp 2025-13-01\n", 1, "YAML tags (!!timestamp)"),
        ("a: !!python/name:os.system\n", 1, "!!python/name:os.system"),
        ("a: !custom x\n", 1, "YAML tags (!custom)"),
        ("x: 1\n1: one\n", 2, "the key '1' is not text"),
        ("true: x\n", 1, "the key 'true' is not text"),
        ("null: x\n", 1, "the key 'null' is not text"),
        ("? [a, b]\n: c\n", 1, "keys are text"),
        ("a:\n  b: .inf\n", 2, "not a finite number"),
        ("a: [-.Inf]\n", 1, "not a finite number"),
        ("a: .NaN\n", 1, "not a finite number"),
        ("a: " + "[" * 40 + "]" * 40 + "\n", 1, "nested more than 32 levels"),
        ("a: [b\n", 1, "not valid YAML"),
        ("a: " + "9" * 5000 + "\n", 1, "cannot be read"),
    ],
)
def test_refusals_name_the_line(text, line, words):
    problem = refused(text)
    assert problem.line == line
    assert words in problem.message


def test_a_lone_surrogate_is_refused_even_without_libyaml(monkeypatch):
    # libyaml refuses the escape itself; the pure-Python parser builds the string, and the check catches it.
    monkeypatch.setattr(safeyaml, "_Loader", __import__("yaml").SafeLoader)
    problem = refused('title: ok\nname: "\\ud800"\n')
    assert problem.line == 2 and "lone surrogate" in problem.message


def test_quoted_values_are_text_whatever_they_look_like():
    assert safeyaml.load("'1': '.inf'\n'true': \"null\"\n") == {"1": ".inf", "true": "null"}


def test_the_depth_limit_is_the_callers():
    assert safeyaml.load("a: [[[1]]]\n", max_depth=4) == {"a": [[[1]]]}
    assert "nested more than 3" in refused("a: [[[1]]]\n", max_depth=3).message


def test_compose_keeps_lines_for_the_config_reader():
    node = safeyaml.compose("title: x\nlimits:\n  max_files: 10\n")
    limits = node.value[1][1]
    assert limits.start_mark.line == 2 and safeyaml.scalar_value(limits.value[0][1]) == 10
    with pytest.raises(YamlProblem, match="anchors"):
        safeyaml.compose("a: &x 1\nb: *x\n")
