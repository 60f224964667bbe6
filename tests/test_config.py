from pathlib import Path

import pytest

from briefgen.config import Config, ConfigError, load_config


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_no_file_means_defaults(tmp_path):
    config = load_config(tmp_path)
    assert config == Config(root=tmp_path)
    assert config.path(config.output_dir) == tmp_path / "site"


def test_values_are_read_and_typed(tmp_path):
    config = load_config(
        write(
            tmp_path,
            "title: Desk\nbase_url: https://example.org/briefs/\ntranslation:\n  beam_size: 4\n  glossary: [g.yaml]\n",
        )
    )
    assert config.title == "Desk"
    assert config.translation.beam_size == 4
    assert config.translation.glossary == (Path("g.yaml"),)
    assert config.translation.batch_size == 32  # untouched default


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("titel: x\n", "briefgen.yaml:1: unknown key 'titel'"),
        (
            "title: x\ntranslation:\n  beam_size: two\n",
            "briefgen.yaml:3: translation.beam_size: expected a whole number",
        ),
        ("translation:\n  beam_size: 0\n", "translation.beam_size: expected a whole number of at least 1"),
        ("translation:\n  compute_type: fast\n", "translation.compute_type: expected one of auto"),
        ("base_url: example.org\n", "base_url: expected a path or URL ending in '/'"),
        ("target_language: English\n", "target_language: expected a language code like en"),
        ("translation: yes\n", "briefgen.yaml:1: translation: expected a mapping"),
        ("facts:\n  enabled: maybe\n", "briefgen.yaml:2: facts.enabled: expected true or false"),
        ("title: [x\n", "briefgen.yaml:1: not valid YAML"),  # the line where the bracket opens
    ],
)
def test_errors_name_file_line_key_and_expectation(tmp_path, text, expected):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert expected in str(caught.value)
    assert str(tmp_path) in str(caught.value)


def test_an_explicit_config_file_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path, "other.yaml")
