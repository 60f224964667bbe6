"""Serving a site while it is edited: build, serve the output folder on 127.0.0.1, watch the content, the
templates, the static files and the configuration (with watchfiles), rebuild on a change and reload the
open page by itself.

The pages reload through a small script the server adds to every HTML page it sends (the files on disk
stay as a build writes them). The script long-polls /__briefgen/status, which answers as soon as a build
has finished, with that build's content errors: a broken article shows its error line in the page, and
the server keeps serving the last good site.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from watchfiles import DefaultFilter, watch

STATUS_PATH = "/__briefgen/status"
SCRIPT_PATH = "/__briefgen/live.js"
SCRIPT_TAG = f'<script src="{SCRIPT_PATH}" defer></script>'.encode()
# How long a status request waits for a new build before it answers anyway.
POLL_SECONDS = 20.0

LIVE_SCRIPT = """// briefgen serve: reload when a build finishes; show the build's problems in the page.
(function () {
  "use strict";
  var version = null;
  function show(errors) {
    var box = document.getElementById("briefgen-build-errors");
    if (!errors.length) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "briefgen-build-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;bottom:0;left:0;right:0;z-index:99;max-height:40vh;overflow:auto;" +
        "background:#7f1d1d;color:#fff;font:14px/1.4 monospace;padding:.6rem 1rem;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "briefgen: the last build found problems\\n" + errors.join("\\n");
  }
  function poll() {
    fetch("__STATUS__?since=" + (version === null ? "" : version), { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (status) {
        if (version !== null && status.version !== version) { window.location.reload(); return; }
        version = status.version;
        show(status.errors);
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
""".replace("__STATUS__", STATUS_PATH)


@dataclass
class BuildState:
    """The number of the last finished build and the problems it found; waiters learn of the next one."""

    version: int = 0
    errors: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def finished(self, errors: list[str]) -> None:
        with self.changed:
            self.version += 1
            self.errors = errors
            self.changed.notify_all()

    def wait(self, since: int | None, timeout: float = POLL_SECONDS) -> dict[str, object]:
        with self.changed:
            if since is not None:
                self.changed.wait_for(lambda: self.version != since, timeout=timeout)
            return {"version": self.version, "errors": list(self.errors)}


class LiveHandler(SimpleHTTPRequestHandler):
    """Serves the output folder; adds the reload script to HTML pages and answers the status polls."""

    state: BuildState

    def __init__(self, *args: object, state: BuildState, **kwargs: object) -> None:
        self.state = state
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        """Quiet: an editor wants the build lines, not one line per request."""

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        url = urlsplit(self.path)
        if url.path == STATUS_PATH:
            since = parse_qs(url.query).get("since", [""])[0]
            body = json.dumps(self.state.wait(int(since) if since.isdigit() else None)).encode()
            return self._send(body, "application/json")
        if url.path == SCRIPT_PATH:
            return self._send(LIVE_SCRIPT.encode(), "text/javascript")
        local = Path(self.translate_path(self.path))
        if local.is_dir() and url.path.endswith("/"):
            local = local / "index.html"
        if local.suffix == ".html" and local.is_file():
            return self._send(with_live_script(local.read_bytes()), "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def with_live_script(html: bytes) -> bytes:
    head_end = html.find(b"</head>")
    return html if head_end < 0 else html[:head_end] + SCRIPT_TAG + b"\n" + html[head_end:]


def make_server(output_dir: Path, state: BuildState, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    handler = partial(LiveHandler, directory=str(output_dir), state=state)
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def watched_filter(watched: Iterable[Path]) -> Callable[[object, str], bool]:
    """Changes under the watched folders or to the watched files, less editors' swap files and the like."""
    roots = [p.resolve() for p in watched]
    default = DefaultFilter()

    def accept(change: object, path: str) -> bool:
        resolved = Path(path).resolve()
        inside = any(resolved == root or resolved.is_relative_to(root) for root in roots)
        return inside and default(change, path)  # type: ignore[arg-type]

    return accept


def watch_and_rebuild(
    root: Path,
    watched: list[Path],
    rebuild: Callable[[], list[str]],
    state: BuildState,
    stop: threading.Event,
    settle: Callable[[], None] | None = None,
) -> None:
    """Rebuilds after each batch of changes until `stop` is set; the open pages reload as soon as the
    rebuild is done, and then `settle` does what was left for later (the search index). Watching the site
    folder itself (not each watched path) notices a content or templates folder created after the server
    started; changes made meanwhile come in the next batch."""
    for _changes in watch(root, watch_filter=watched_filter(watched), stop_event=stop, debounce=50, step=20):
        state.finished(rebuild())
        if settle is not None:
            settle()
