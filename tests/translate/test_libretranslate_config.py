"""The translation.backend settings validate themselves like every other key, and never echo a key."""

from pathlib import Path

import pytest

from briefgen.config import ConfigError, load_config


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_one_line_in_briefgen_yaml_chooses_the_server(tmp_path):
    settings = load_config(
        write(tmp_path, "translation:\n  backend: libretranslate\n  url: https://mt.example.org/lt\n")
    ).translation
    assert (settings.backend, settings.url, settings.api_key_env) == (
        "libretranslate",
        "https://mt.example.org/lt",
        None,
    )
    assert (settings.timeout, settings.concurrency, settings.batch_size) == (60, 2, 32)
    assert load_config(tmp_path / "nothing-here").translation.backend == "local"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "translation:\n  backend: deepl\n",
            ":2: translation.backend: expected one of local, libretranslate (got 'deepl')",
        ),
        (
            "translation:\n  backend: libretranslate\n",
            ":2: translation.backend: libretranslate needs translation.url — add the server's address",
        ),
        ("translation:\n  url: ftp://mt.example.org\n", ":2: translation.url: expected an http:// or https:// address"),
        ("translation:\n  url: http://desk:pw@mt.example.org\n", ":2: translation.url: expected an http:// or"),
        ("translation:\n  timeout: 0\n", ":2: translation.timeout: expected a whole number of at least 1"),
        ("translation:\n  concurrency: two\n", ":2: translation.concurrency: expected a whole number"),
    ],
)
def test_bad_settings_are_one_line_with_file_line_and_key(tmp_path, text, expected):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert str(error.value).startswith(str(tmp_path / "briefgen.yaml")) and expected in str(error.value)


def test_a_key_pasted_where_the_variable_name_goes_is_not_repeated(tmp_path):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, "translation:\n  api_key_env: 9f2c-77ab-key-pasted\n"))
    assert "expected the NAME of an environment variable" in str(error.value)
    assert "9f2c-77ab" not in str(error.value)
