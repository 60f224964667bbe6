import os
from pathlib import Path

import pytest

from briefgen.config import LimitsConfig
from briefgen.load import load_content

from .conftest import KK_MEETING, RU_MEETING


def load(tmp_path: Path, files: dict[str, str | bytes]):
    for name, data in files.items():
        path = tmp_path / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return load_content(tmp_path / "content", "en", "kk")


def test_front_matter_keeps_unknown_keys_and_detects_language(tmp_path):
    result = load(tmp_path, {"a.md": KK_MEETING.replace("tags:", "region: Central Asia\ntags:")})
    (doc,) = result.documents
    assert doc.lang == "kk"
    assert doc.meta["region"] == "Central Asia"
    assert doc.meta["tags"] == ["water", "trade"]
    assert doc.body_line == 9


def test_sidecar_translation_is_attached_not_built_as_an_article(tmp_path):
    result = load(tmp_path, {"a.md": RU_MEETING, "a.en.md": "---\ntitle: Meeting\n---\n\nText.\n"})
    (doc,) = result.documents
    assert doc.translation is not None and doc.translation.meta["title"] == "Meeting"


def test_a_translation_without_its_article_is_reported(tmp_path):
    result = load(tmp_path, {"lost.en.md": "Text."})
    assert result.documents == []
    assert "lost.en.md" in str(result.errors[0]) and "no article" in str(result.errors[0])


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        ("---\ntitle: [unclosed\n---\nText.", 2, "not valid YAML"),
        ("---\ntitle: x\nText without end", 1, "never closed"),
        ("---\n- a list\n---\nText.", 2, "not a mapping"),
        ("---\ntitle: x\ndate: next week\n---\nText.", 3, "not a date"),
        ("---\ntitle: x\nlang: Kazakh\n---\nText.", 3, "not a language code"),
        ("---\ntitle: x\nurl: javascript:alert(1)\n---\nText.", 3, "not an http(s) link"),
        ("---\ntitle: x\n---\n\n", 4, "no text"),
        (b"\xd0\x9c\xd0\xb5\n\xff\xfe broken", 2, "not UTF-8"),
    ],
)
def test_broken_articles_get_one_line_naming_file_line_and_fix(tmp_path, data, line, words):
    result = load(tmp_path, {"bad.md": data, "good.md": RU_MEETING})
    assert [d.rel_path.name for d in result.documents] == ["good.md"]
    (error,) = result.errors
    message = str(error)
    assert error.line == line
    assert message.startswith(f"{tmp_path / 'content' / 'bad.md'}:{line}: ")
    assert words in message
    assert " — " in message and "\n" not in message


def test_files_under_underscore_or_dot_folders_are_skipped(tmp_path):
    result = load(tmp_path, {"_drafts/a.md": RU_MEETING, ".git/b.md": RU_MEETING, "c.txt": "Мәтін."})
    assert [d.rel_path.as_posix() for d in result.documents] == ["c.txt"]


def test_a_windows_1251_file_is_named_as_such(tmp_path):
    result = load(tmp_path, {"cp.md": "Переговоры прошли в Астане.".encode("cp1251")})
    (error,) = result.errors
    assert "not UTF-8 text (it looks like Windows-1251) — re-save it with UTF-8 encoding" in str(error)


def test_links_inside_content_are_followed_once_and_links_out_refused(tmp_path):
    result = load(tmp_path, {"real/a.md": RU_MEETING})
    content = tmp_path / "content"
    os.symlink(content / "real" / "a.md", content / "alias.md")  # inside: read like any file
    os.symlink(content, content / "real" / "loop")  # a folder linking to its parent: walked once
    os.symlink("/etc/hostname", content / "host.md")
    os.symlink(tmp_path / "missing.md", content / "dangling.md")
    result = load_content(content, "en", "kk")
    assert sorted(d.rel_path.as_posix() for d in result.documents) == ["alias.md", "real/a.md"]
    messages = sorted(str(e) for e in result.errors)
    assert len(messages) == 2
    assert "dangling.md: cannot be read" in messages[0]
    assert "host.md: a link to /etc/hostname, outside" in messages[1]


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    load(tmp_path, {"good.md": RU_MEETING})
    os.mkfifo(tmp_path / "content" / "pipe.md")
    result = load_content(tmp_path / "content", "en", "kk")
    assert [d.rel_path.name for d in result.documents] == ["good.md"]
    (error,) = result.errors
    assert "pipe.md: not a regular file" in str(error)


def test_limits_name_their_config_key(tmp_path):
    load(tmp_path, {"big.md": RU_MEETING + "Ещё. " * 400, "wide.txt": "Слово " * 100})
    limits = LimitsConfig(max_article_bytes=2000, max_line_length=300)
    result = load_content(tmp_path / "content", "en", "kk", limits)
    messages = sorted(str(e) for e in result.errors)
    assert "big.md: larger than" in messages[0] and "limits.max_article_bytes" in messages[0]
    assert "wide.txt:1: a line of 600 characters" in messages[1] and "limits.max_line_length" in messages[1]
