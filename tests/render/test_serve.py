"""briefgen/serve.py without a browser: the reload script in served pages, the status polls, the watcher."""

import json
import threading
import time
from urllib.request import urlopen

from briefgen.serve import SCRIPT_PATH, BuildState, make_server, watch_and_rebuild, with_live_script


def test_served_html_gets_the_reload_script_and_files_on_disk_stay_as_built(tmp_path):
    (tmp_path / "index.html").write_text("<html><head><title>t</title></head><body>x</body></html>")
    (tmp_path / "a.css").write_text("body{}")
    state = BuildState()
    state.finished([])
    server = make_server(tmp_path, state, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = urlopen(base + "/").read().decode()
        assert f'<script src="{SCRIPT_PATH}" defer></script>\n</head>' in page
        assert "live.js" not in (tmp_path / "index.html").read_text()
        assert urlopen(base + "/a.css").read() == b"body{}"
        assert "location.reload" in urlopen(base + SCRIPT_PATH).read().decode()
        status = json.loads(urlopen(base + "/__briefgen/status").read())
        assert status == {"version": 1, "errors": []}
    finally:
        server.shutdown()
        server.server_close()


def test_a_status_poll_answers_when_the_next_build_finishes_with_its_errors():
    state = BuildState()
    state.finished([])
    answers = []
    waiter = threading.Thread(target=lambda: answers.append(state.wait(since=1, timeout=10)))
    waiter.start()
    time.sleep(0.1)
    assert answers == []
    state.finished(["content/a.md:2: bad YAML — fix it"])
    waiter.join(timeout=5)
    assert answers == [{"version": 2, "errors": ["content/a.md:2: bad YAML — fix it"]}]


def test_a_page_without_a_head_is_left_alone():
    assert with_live_script(b"<p>fragment</p>") == b"<p>fragment</p>"


def test_a_change_in_content_rebuilds_and_a_change_elsewhere_does_not(tmp_path):
    content, output = tmp_path / "content", tmp_path / "site"
    content.mkdir()
    output.mkdir()
    state, stop, builds = BuildState(), threading.Event(), []

    def rebuild():
        builds.append(time.monotonic())
        return []

    watcher = threading.Thread(target=watch_and_rebuild, args=(tmp_path, [content], rebuild, state, stop))
    watcher.start()
    try:
        time.sleep(0.5)
        (output / "index.html").write_text("written by a build")
        time.sleep(0.5)
        assert builds == [], "the site folder is not watched"
        (content / "a.md").write_text("---\ntitle: x\n---\nText.\n")
        deadline = time.monotonic() + 10
        while not builds and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(builds) == 1 and state.version == 1
    finally:
        stop.set()
        watcher.join(timeout=5)


def test_a_preview_reloads_the_open_pages_before_the_rebuild_and_keeps_the_last_errors(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    state, stop, seen = BuildState(), threading.Event(), []
    state.finished(["content/b.md:1: bad — fix it"])

    def preview(changed):
        seen.append(("preview", state.version, changed))
        return True

    def rebuild():
        seen.append(("rebuild", state.version, state.errors))
        return []

    args = (tmp_path, [content], rebuild, state, stop, None, preview)
    watcher = threading.Thread(target=watch_and_rebuild, args=args)
    watcher.start()
    try:
        time.sleep(0.5)
        (content / "a.md").write_text("---\ntitle: x\n---\nText.\n")
        deadline = time.monotonic() + 10
        while len(seen) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        # The preview's reload (version 2) keeps the last build's errors; the rebuild's (3) has its own.
        assert seen == [("preview", 1, {content / "a.md"}), ("rebuild", 2, ["content/b.md:1: bad — fix it"])]
        assert state.version == 3 and state.errors == []
    finally:
        stop.set()
        watcher.join(timeout=5)
