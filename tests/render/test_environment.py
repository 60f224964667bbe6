"""The template environment: compiled templates kept in the cache folder, never trusted over their source."""

from __future__ import annotations

import jinja2.bccache

from briefgen.config import load_config
from briefgen.manifest import TEMPLATES_BYTECODE
from briefgen.render import make_environment


def _site(tmp_path, template: str):
    (tmp_path / "templates").mkdir(exist_ok=True)
    (tmp_path / "templates" / "note.html").write_text(template, encoding="utf-8")
    (tmp_path / ".briefgen-cache").mkdir(exist_ok=True)
    return load_config(tmp_path)


def test_a_template_compiled_once_is_read_back_and_an_edit_is_compiled_again(tmp_path):
    config = _site(tmp_path, "first {{ x }}")
    assert make_environment(config).get_template("note.html").render(x=1) == "first 1"
    assert any((tmp_path / ".briefgen-cache" / TEMPLATES_BYTECODE).iterdir())
    _site(tmp_path, "second {{ x }}")  # the kept bytecode is of the first text
    assert make_environment(config).get_template("note.html").render(x=2) == "second 2"


def test_a_cache_folder_that_cannot_be_written_only_keeps_nothing(tmp_path, monkeypatch):
    config = _site(tmp_path, "text {{ x }}")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", full_disk)
    assert make_environment(config).get_template("note.html").render(x=3) == "text 3"
    assert not any((tmp_path / ".briefgen-cache" / TEMPLATES_BYTECODE).iterdir())


def test_a_file_where_the_folder_of_compiled_templates_goes_is_left_alone(tmp_path):
    config = _site(tmp_path, "text {{ x }}")
    (tmp_path / ".briefgen-cache" / TEMPLATES_BYTECODE).write_text("not a folder", encoding="utf-8")
    assert make_environment(config).get_template("note.html").render(x=4) == "text 4"
    assert (tmp_path / ".briefgen-cache" / TEMPLATES_BYTECODE).read_text(encoding="utf-8") == "not a folder"


def test_no_cache_folder_is_made_for_compiled_templates(tmp_path):
    config = _site(tmp_path, "text")
    (tmp_path / ".briefgen-cache").rmdir()
    assert make_environment(config).get_template("note.html").render() == "text"
    assert not (tmp_path / ".briefgen-cache").exists()
