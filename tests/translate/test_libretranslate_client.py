"""The LibreTranslate client and engine against a small in-process fake of the API: batches, concurrency,
retries on 429 and 5xx honouring Retry-After, and one clear line for each way a server fails."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefgen.config import TranslationConfig
from briefgen.translate.libretranslate import (
    LibreTranslateClient,
    LibreTranslateEngine,
    RetryPolicy,
    ServerSetupError,
    ServerStopped,
    _retry_after,
    open_engine,
)
from tests.support.libretranslate_server import free_port

FAST = RetryPolicy(retries=3, backoff=0.01, max_wait=5)
LANGUAGES = [{"code": "kk", "name": "Kazakh", "targets": ["en", "ru"]}, {"code": "ru", "targets": ["en"]}]


@dataclass
class Answer:
    status: int
    body: object
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class FakeServer:
    """Answers /languages with LANGUAGES and /translate with `reply(payload)` (default: upper-cased q)."""

    url: str
    requests: list[dict] = field(default_factory=list)
    reply: Callable[[dict], Answer] | None = None
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str, payload: dict) -> Answer:
        if path == "/languages":
            return Answer(200, LANGUAGES)
        self.requests.append(payload)
        if self.reply is not None:
            return self.reply(payload)
        return Answer(200, {"translatedText": [q.upper() for q in payload["q"]]})


def serve(fake_factory: Callable[[str], FakeServer]) -> Iterator[FakeServer]:
    port = free_port()
    fake = fake_factory(f"http://127.0.0.1:{port}")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.respond({})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            self.respond(json.loads(self.rfile.read(length)))

        def respond(self, payload: dict) -> None:
            # A request stops counting as in flight once its answer is ready, before it is sent: the client
            # can send its next request only after reading this answer, so it is never counted twice.
            with fake.lock:
                fake.in_flight += 1
                fake.most_in_flight = max(fake.most_in_flight, fake.in_flight)
            try:
                answer = fake.answer(self.path, payload)
                time.sleep(answer.delay)
            finally:
                with fake.lock:
                    fake.in_flight -= 1
            try:
                body = json.dumps(answer.body).encode()
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the slow-server test)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    yield from serve(FakeServer)


class RecordingEvent(threading.Event):
    """The client's halt event, recording how long each retry waited (instead of waiting)."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout or 0.0)
        return self.is_set()


def client_for(fake: FakeServer, key: str | None = None, timeout: float = 10) -> LibreTranslateClient:
    client = LibreTranslateClient(fake.url, key, timeout=timeout, policy=FAST, key_hint="check $LT_KEY")
    client.halt = RecordingEvent()
    return client


def test_sentences_go_in_batches_with_the_key_in_the_body(fake):
    engine = LibreTranslateEngine(client_for(fake, key="k-123"), batch_size=2, concurrency=1)
    saved: list[tuple[list[int], list[str | None]]] = []
    out = engine.translate(["a", "b", "c"], "kk", "en", on_batch=lambda i, o: saved.append((i, o)))
    assert out == ["A", "B", "C"]
    assert [r["q"] for r in fake.requests] == [["a", "b"], ["c"]]
    assert {(r["source"], r["target"], r["api_key"], r["format"]) for r in fake.requests} == {
        ("kk", "en", "k-123", "text")
    }
    assert sorted(saved) == [([0, 1], ["A", "B"]), ([2], ["C"])]


def test_several_requests_are_in_flight_at_once(fake):
    # Each request is answered only when three are waiting together: with fewer in flight, none would be.
    together = threading.Barrier(3, timeout=20)

    def reply(payload: dict) -> Answer:
        together.wait()
        return Answer(200, {"translatedText": payload["q"]})

    fake.reply = reply
    engine = LibreTranslateEngine(client_for(fake), batch_size=1, concurrency=3)
    assert engine.translate(["a", "b", "c", "d", "e", "f"], "kk", "en") == ["a", "b", "c", "d", "e", "f"]
    assert fake.most_in_flight == 3


def test_429_is_retried_after_the_time_the_server_asks_for(fake):
    answers = iter([Answer(429, {"error": "Slowdown: 1 per 1 second"}, {"Retry-After": "2"})])
    fake.reply = lambda payload: next(answers, Answer(200, {"translatedText": payload["q"]}))
    client = client_for(fake)
    assert client.translate(["a"], "kk", "en") == ["a"]
    assert client.halt.waits == [2.0]
    assert len(fake.requests) == 2


def test_5xx_is_retried_with_growing_backoff_then_named(fake):
    fake.reply = lambda payload: Answer(500, {"error": "CUDA out of memory"})
    client = client_for(fake)
    with pytest.raises(ServerStopped) as stopped:
        client.translate(["a"], "kk", "en")
    assert len(fake.requests) == FAST.retries + 1
    assert client.halt.waits == [0.01, 0.02, 0.04]
    assert str(stopped.value) == (
        f"LibreTranslate at {fake.url} failed after 4 tries (500: CUDA out of memory) — see the server's log"
    )


def test_a_503_that_clears_costs_nothing(fake):
    answers = iter([Answer(503, {}), Answer(502, {})])
    fake.reply = lambda payload: next(answers, Answer(200, {"translatedText": ["ok"]}))
    assert client_for(fake).translate(["a"], "kk", "en") == ["ok"]


def test_a_wait_longer_than_the_limit_is_reported_not_slept(fake):
    fake.reply = lambda payload: Answer(429, {"error": "Slowdown"}, {"Retry-After": "3600"})
    client = client_for(fake)
    with pytest.raises(ServerStopped, match=r"is busy and asks to wait 3600s \(429\) — build again later"):
        client.translate(["a"], "kk", "en")
    assert client.halt.waits == []


def test_retry_after_reads_seconds_and_http_dates():
    assert _retry_after("7") == 7.0
    soon = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 25 <= _retry_after(soon) <= 31
    assert _retry_after("whenever") is None and _retry_after(None) is None


def test_a_refused_key_names_the_variable_never_the_key(fake):
    fake.reply = lambda payload: Answer(403, {"error": "Invalid API key"})
    with pytest.raises(ServerStopped) as stopped:
        client_for(fake, key="k-secret-999").translate(["a"], "kk", "en")
    message = str(stopped.value)
    assert message == f"LibreTranslate at {fake.url} refused the API key (403: Invalid API key) — check $LT_KEY"
    assert "k-secret-999" not in message
    assert len(fake.requests) == 1  # a refusal is not retried


def test_a_missing_key_is_a_refusal_too(fake):
    fake.reply = lambda payload: Answer(400, {"error": "Please contact the server operator to get an API key"})
    with pytest.raises(ServerStopped, match="refused the API key"):
        client_for(fake).translate(["a"], "kk", "en")


def test_one_sentence_the_server_rejects_costs_the_others_nothing(fake):
    def reply(payload: dict) -> Answer:
        if any(len(q) > 5 for q in payload["q"]):
            return Answer(400, {"error": "Invalid request: request (7) exceeds text limit (5)"})
        return Answer(200, {"translatedText": [q.upper() for q in payload["q"]]})

    fake.reply = reply
    engine = LibreTranslateEngine(client_for(fake), batch_size=3, concurrency=1)
    assert engine.translate(["ab", "toolong", "cd"], "kk", "en") == ["AB", None, "CD"]
    assert engine.failures == {
        "toolong": f"LibreTranslate at {fake.url} rejected it: Invalid request: request (7) exceeds text limit (5)"
    }
    assert engine.stopped == {}


def test_a_server_that_stops_answering_stops_the_pair_and_keeps_what_came_back(fake):
    def reply(payload: dict) -> Answer:
        if len(fake.requests) > 2:
            return Answer(500, {"error": "worker died"})
        return Answer(200, {"translatedText": payload["q"]})

    fake.reply = reply
    engine = LibreTranslateEngine(client_for(fake), batch_size=1, concurrency=1)
    saved: list[int] = []
    out = engine.translate(["a", "b", "c", "d", "e"], "kk", "en", on_batch=lambda i, o: saved.extend(i))
    assert out[:2] == ["a", "b"] and out[2:] == [None, None, None]
    assert sorted(saved) == [0, 1]
    assert engine.stopped == {
        ("kk", "en"): f"LibreTranslate at {fake.url} failed after 4 tries (500: worker died) — see the server's log"
    }
    # The rest of the build sends nothing more: another pair stops at once, with the same line.
    sent = engine.requests_sent
    assert engine.translate(["x"], "ru", "en") == [None]
    assert engine.requests_sent == sent and engine.stopped[("ru", "en")] == engine.stopped[("kk", "en")]


def test_an_unreachable_server_is_named_with_what_to_do():
    client = LibreTranslateClient(f"http://127.0.0.1:{free_port()}", policy=FAST)
    with pytest.raises(ServerStopped) as stopped:
        client.languages()
    assert str(stopped.value).startswith(f"LibreTranslate at {client.url} is unreachable (")
    assert str(stopped.value).endswith("— start the server, or fix translation.url in briefgen.yaml")


def test_a_slow_server_is_named_with_the_setting_to_change(fake):
    fake.reply = lambda payload: Answer(200, {"translatedText": payload["q"]}, delay=2)
    with pytest.raises(ServerStopped) as stopped:
        client_for(fake, timeout=0.5).translate(["a"], "kk", "en")
    assert str(stopped.value) == (
        f"LibreTranslate at {fake.url} did not answer within 0.5s — raise translation.timeout "
        "or lower translation.batch_size"
    )
    assert len(fake.requests) == 1


def test_a_pair_the_server_lacks_is_one_line_listing_what_it_has(fake):
    engine = LibreTranslateEngine(client_for(fake))
    assert engine.translate(["a"], "en", "kk") == [None]
    assert engine.stopped[("en", "kk")] == (
        f"LibreTranslate at {fake.url} offers no en→kk (it offers kk→en, kk→ru, ru→en) — install a en→kk Argos "
        "package on the server"
    )
    assert fake.requests == []


def test_an_answer_that_is_not_libretranslate_stops_cleanly(fake):
    fake.reply = lambda payload: Answer(200, {"translatedText": "one string for two texts"})
    with pytest.raises(ServerStopped, match="answered /translate with something other than 2 translations"):
        client_for(fake).translate(["a", "b"], "kk", "en")


def test_the_key_comes_from_the_variable_the_config_names(monkeypatch):
    settings = TranslationConfig(backend="libretranslate", url="http://127.0.0.1:9", api_key_env="LT_TEST_KEY")
    monkeypatch.delenv("LT_TEST_KEY", raising=False)
    with pytest.raises(ServerSetupError, match="translation.api_key_env names LT_TEST_KEY, which is not set — export"):
        open_engine(settings)
    monkeypatch.setenv("LT_TEST_KEY", "k-from-env")
    assert open_engine(settings).client.api_key == "k-from-env"
