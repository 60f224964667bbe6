import os

import pytest

from briefgen.model import StreamedOutput, content_hash
from briefgen.write import MARKER, UnsafePathError, link_tree, safe_relative, write_site


@pytest.mark.parametrize(
    "path",
    ["../evil.html", "a/../../evil.html", "/etc/passwd", "", "a//b.html", "C:/x.html", "a\\..\\b.html", "a\x00b"],
)
def test_paths_that_could_leave_the_site_are_refused(path):
    with pytest.raises(UnsafePathError):
        safe_relative(path)


def test_an_unsafe_page_fails_the_write_and_leaves_the_old_site(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"old"}, [], out)
    with pytest.raises(UnsafePathError):
        write_site({"index.html": b"new", "../escaped.html": b"x"}, [], out)
    assert (out / "index.html").read_bytes() == b"old"
    assert not (tmp_path / "escaped.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging left behind


def test_static_links_pointing_outside_are_not_followed(tmp_path):
    static = tmp_path / "static"
    static.mkdir()
    (static / "ok.css").write_text("body{}")
    secret = tmp_path / "secret.txt"
    secret.write_text("do not publish")
    os.symlink(secret, static / "leak.txt")
    write_site({}, [(static, "")], tmp_path / "site")
    assert (tmp_path / "site" / "ok.css").exists()
    assert not (tmp_path / "site" / "leak.txt").exists()


def test_a_folder_briefgen_did_not_make_is_never_replaced(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(UnsafePathError, match="not made by briefgen"):
        write_site({"index.html": b"x"}, [], out)
    assert (out / "thesis.docx").read_bytes() == b"precious"


def test_leftovers_of_a_killed_build_are_swept(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"1"}, [], out)
    stale = tmp_path / ".staging-site-99999"
    stale.mkdir()
    write_site({"index.html": b"2"}, [], out)
    assert not stale.exists()
    assert (out / MARKER).exists() and (out / "index.html").read_bytes() == b"2"


def test_a_streamed_file_is_written_chunk_by_chunk_with_the_hash_of_its_bytes(tmp_path):
    chunks = [b'[\n{"a": 1}', b"", b',\n{"b": 2}', b"\n]\n"]
    made: list[bytes] = []

    def stream():
        for chunk in chunks:
            made.append(chunk)
            yield chunk

    output = StreamedOutput("facts.json", "key", lambda: b"".join(stream()), chunks=stream)
    write_site([output], [], tmp_path / "site")
    assert (tmp_path / "site" / "facts.json").read_bytes() == b"".join(chunks)
    assert output.hash == content_hash(b"".join(chunks))
    assert made == chunks  # made once, by the writer: never joined whole


def test_a_file_placed_where_a_folder_was_made_leaves_the_later_files_written(tmp_path):
    # Folders are seen to once a build: a file put in one's place removes it, and the next file there
    # makes it again rather than trust it is there.
    out = tmp_path / "site"
    write_site({"a/b/index.html": b"1", "a": b"file", "a/b/other.html": b"2", "a/c.html": b"3"}, [], out)
    assert (out / "a" / "b" / "other.html").read_bytes() == b"2"
    assert (out / "a" / "c.html").read_bytes() == b"3"
    assert not (out / "a" / "b" / "index.html").exists()


def test_link_tree_links_every_file_and_replaces_what_the_target_held(tmp_path):
    """The search bundle carried over from the live site: each file a hard link to the live one; whatever
    the staging folder held at those names (a file where a folder goes, a stale file) goes first, and the
    live files are never written through; links in the live folder are not carried over."""
    live, staging = tmp_path / "live", tmp_path / "staging" / "pagefind"
    (live / "fragment").mkdir(parents=True)
    (live / "pagefind-entry.json").write_text("entry")
    (live / "fragment" / "a.pf_fragment").write_text("a")
    (live / "outside").symlink_to(tmp_path)
    staging.mkdir(parents=True)
    (staging / "fragment").write_text("a file where a folder goes")
    (staging / "pagefind-entry.json").write_text("stale")
    link_tree(live, staging)
    for rel in ("pagefind-entry.json", "fragment/a.pf_fragment"):
        assert os.path.samefile(live / rel, staging / rel)
    assert (live / "pagefind-entry.json").read_text() == "entry"
    assert not (staging / "outside").exists()
    link_tree(tmp_path / "missing", tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()
