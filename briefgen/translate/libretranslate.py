"""Machine translation on a LibreTranslate server (https://github.com/LibreTranslate/LibreTranslate).

A desk of analysts shares one server (a GPU box, or several behind a load balancer) instead of translating
on each laptop. The engine here has the interface of the local ArgosEngine, so the MachineTranslator in
front of it gives the same guarantees: the translation memory, the glossary, human corrections, progress.

The client is urllib, not `requests` or LibreTranslate's own client library: the API is two JSON calls
(`GET /languages`, `POST /translate` with a list of texts as `q`), and the retry policy (429 and 5xx with
backoff, honouring Retry-After) is the part worth owning. Sentences go in batches of `batch_size`, with
`concurrency` requests in flight. When the server is down, too slow or refuses the key, the engine stops
sending, the batches already answered stay translated (and saved), and one line names the server.

This is briefgen's only network use, and only when `translation.backend: libretranslate` is configured.
The API key is read from the environment variable named in the config; it travels in the request body
and is never printed, logged or stored.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

from ..config import TranslationConfig

RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_ANSWER_BYTES = 64 * 1024 * 1024  # a bound on what a misbehaving server can make us read
USER_AGENT = "briefgen (LibreTranslate backend)"


class ServerSetupError(Exception):
    """The backend cannot even start (its key variable is unset), worded as one line for the user."""


class ServerStopped(Exception):
    """The server cannot be used for the rest of this build: down, too slow, refusing the key, or odd."""


class Rejected(Exception):
    """The server refused this request's content (HTTP 400), not the server as a whole."""


class Halted(Exception):
    """Another request already found the server unusable; this one was not sent."""


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 4  # further attempts after the first, for 429, 5xx and refused connections
    backoff: float = 0.5  # seconds before the first retry; doubled each time
    max_wait: float = 60.0  # a longer Retry-After is not waited for: the build reports the server busy


class LibreTranslateClient:
    """The two API calls, with retries; raises ServerStopped, Rejected or Halted."""

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        timeout: float = 60,
        policy: RetryPolicy = RetryPolicy(),
        key_hint: str = "",
    ):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.policy = policy
        self.key_hint = key_hint  # how to fix a refused key: names the variable, never the key
        self.halt = threading.Event()  # set once the server is unusable: no request is sent after it
        self.requests_sent = 0  # every attempt that reached the network: a build from memory makes none
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"LibreTranslate at {self.url}"

    def languages(self) -> dict[str, frozenset[str]]:
        """Source code -> the target codes the server translates it to."""
        answer = self._call("/languages", None)
        try:
            return {str(lang["code"]): frozenset(map(str, lang.get("targets", ()))) for lang in answer}
        except (TypeError, KeyError, AttributeError):
            raise ServerStopped(
                f"{self.name} answered /languages with something that is not a language list "
                "— is translation.url the LibreTranslate address?"
            ) from None

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        payload: dict[str, Any] = {"q": list(texts), "source": source, "target": target, "format": "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        answer = self._call("/translate", payload)
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if (
            not isinstance(translated, list)
            or len(translated) != len(texts)
            or not all(isinstance(t, str) for t in translated)
        ):
            raise ServerStopped(
                f"{self.name} answered /translate with something other than {len(texts)} translations "
                "— is it LibreTranslate 1.3 or later (batch translation)?"
            )
        return translated

    def _call(self, path: str, payload: dict[str, Any] | None) -> Any:
        for attempt in range(self.policy.retries + 1):
            if self.halt.is_set():
                raise Halted
            last = attempt == self.policy.retries
            try:
                return self._once(path, payload)
            except urllib.error.HTTPError as exc:
                message = _error_text(exc)
                if exc.code not in RETRIED_STATUS or last:
                    raise self._refusal(exc.code, message, attempt + 1) from None
                wait = _retry_after(exc.headers.get("Retry-After")) if exc.code in (429, 503) else None
                if wait is not None and wait > self.policy.max_wait:
                    raise ServerStopped(
                        f"{self.name} is busy and asks to wait {wait:.0f}s ({exc.code}) — build again later, "
                        "or lower translation.concurrency"
                    ) from None
            except TimeoutError:
                # A slow server is not asked again: the same batch would take as long again.
                raise ServerStopped(
                    f"{self.name} did not answer within {self.timeout:g}s — raise translation.timeout "
                    "or lower translation.batch_size"
                ) from None
            except (urllib.error.URLError, ConnectionError, http.client.HTTPException) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, TimeoutError):
                    raise ServerStopped(
                        f"{self.name} did not answer within {self.timeout:g}s — raise translation.timeout "
                        "or lower translation.batch_size"
                    ) from None
                if last:
                    raise ServerStopped(
                        f"{self.name} is unreachable ({_reason_text(reason)}) — start the server, "
                        "or fix translation.url in briefgen.yaml"
                    ) from None
                wait = None
            # Interruptible: when another request finds the server gone, waiting ends at once.
            self.halt.wait(wait if wait is not None else self.policy.backoff * 2**attempt)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _once(self, path: str, payload: dict[str, Any] | None) -> Any:
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(
            self.url + path,
            data=data,
            headers={"Content-Type": "application/json", "Accept": "application/json", "User-Agent": USER_AGENT},
            method="GET" if payload is None else "POST",
        )
        with self._lock:
            self.requests_sent += 1
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body = response.read(MAX_ANSWER_BYTES + 1)
        if len(body) > MAX_ANSWER_BYTES:
            raise ServerStopped(
                f"{self.name} answered {path} with more than {MAX_ANSWER_BYTES} bytes — check the server"
            )
        try:
            return json.loads(body)
        except ValueError:
            raise ServerStopped(
                f"{self.name} answered {path} with something that is not JSON — is translation.url the "
                "LibreTranslate address?"
            ) from None

    def _refusal(self, code: int, message: str, attempts: int) -> Exception:
        said = f"{code}: {message}" if message else str(code)
        # LibreTranslate answers 403 to a wrong key and 400 ("… get an API key") to a missing one.
        if code in (401, 403) or (code == 400 and "api key" in message.lower()):
            return ServerStopped(f"{self.name} refused the API key ({said}) — {self.key_hint}")
        if code == 400:
            return Rejected(message or "bad request")
        if code == 429:
            return ServerStopped(
                f"{self.name} still says slow down after {attempts} tries ({said}) — lower "
                "translation.concurrency, or raise the key's request limit on the server"
            )
        if code == 404:
            return ServerStopped(
                f"{self.name} has no such API ({said}) — is translation.url the LibreTranslate address?"
            )
        return ServerStopped(f"{self.name} failed after {attempts} tries ({said}) — see the server's log")


def _error_text(exc: urllib.error.HTTPError) -> str:
    """LibreTranslate's {"error": "..."} message, shortened to one line."""
    try:
        answer = json.loads(exc.read(64 * 1024) or b"{}")
        text = str(answer.get("error", "")) if isinstance(answer, dict) else ""
    except (ValueError, OSError):
        text = ""
    return " ".join(text.split())[:200]


def _reason_text(reason: object) -> str:
    return getattr(reason, "strerror", None) or str(reason)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class LibreTranslateEngine:
    """Translates lists of sentences on the server, in concurrent batches; the interface of ArgosEngine."""

    # The server does not say which package version it runs, so the memory's output of any model (either
    # backend) is taken: a sentence translated once is never sent again.
    reuses_any_model = True

    def __init__(self, client: LibreTranslateClient, batch_size: int = 32, concurrency: int = 2):
        self.client = client
        self.batch_size = batch_size
        self.concurrency = concurrency
        self.failures: dict[str, str] = {}  # source text -> why the server would not translate it
        self.stopped: dict[tuple[str, str], str] = {}  # pair -> why the rest of it went untranslated
        self._languages: dict[str, frozenset[str]] | None = None
        self._down: str | None = None

    def route(self, source: str, target: str) -> str:
        # Whether the server has the pair is asked only when there is something to send: a build that
        # the memory serves whole sends nothing, and works with the server down.
        return self.client.name

    def model_id(self, source: str, target: str) -> str:
        return f"libretranslate:{self.client.url}"

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        on_batch: Callable[[list[int], list[str | None]], None] | None = None,
    ) -> list[str | None]:
        """One translation per text, None where none was made; `on_batch(indices, outputs)` after each answer.
        After a failure of the server, `stopped[(source, target)]` says why the rest is None."""
        results: list[str | None] = [None] * len(texts)
        if not texts or not self._has_pair(source, target):
            return results
        batches = [list(range(i, min(i + self.batch_size, len(texts)))) for i in range(0, len(texts), self.batch_size)]
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="libretranslate") as pool:
            futures: dict[Future[list[str | None]], list[int]] = {
                pool.submit(self._batch, [texts[i] for i in batch], source, target): batch for batch in batches
            }
            for future in as_completed(futures):
                try:
                    outputs = future.result()
                except (Halted, CancelledError):
                    continue
                except ServerStopped as exc:
                    self._stop(str(exc), source, target, futures)
                    continue
                batch = futures[future]
                for i, output in zip(batch, outputs, strict=True):
                    results[i] = output
                if on_batch is not None:
                    on_batch(batch, outputs)  # on this thread: the memory's SQLite connection belongs to it
        if self._down is not None:
            self.stopped.setdefault((source, target), self._down)
        return results

    @property
    def requests_sent(self) -> int:
        return self.client.requests_sent

    def _has_pair(self, source: str, target: str) -> bool:
        if self._down is not None:
            self.stopped[(source, target)] = self._down
            return False
        if self._languages is None:
            try:
                self._languages = self.client.languages()
            except ServerStopped as exc:
                self._down = str(exc)
                self.stopped[(source, target)] = self._down
                return False
        if target in self._languages.get(source, frozenset()):
            return True
        offered = ", ".join(f"{s}→{t}" for s, targets in sorted(self._languages.items()) for t in sorted(targets))
        self.stopped[(source, target)] = (
            f"{self.client.name} offers no {source}→{target} (it offers {offered or 'nothing'}) — install a "
            f"{source}→{target} Argos package on the server"
        )
        return False

    def _batch(self, texts: list[str], source: str, target: str) -> list[str | None]:
        try:
            return list(self.client.translate(texts, source, target))
        except Rejected as exc:
            if len(texts) == 1:
                self.failures[texts[0]] = f"{self.client.name} rejected it: {exc}"
                return [None]
        # One sentence the server refuses (over its character limit, say) must not cost the others
        # their translation: the batch goes again one sentence at a time.
        return [self._batch([text], source, target)[0] for text in texts]

    def _stop(self, message: str, source: str, target: str, futures: dict[Future, list[int]]) -> None:
        if self._down is None:
            self._down = message
        self.client.halt.set()
        for future in futures:
            future.cancel()


def open_engine(settings: TranslationConfig) -> LibreTranslateEngine:
    """The engine for `translation.backend: libretranslate`; raises ServerSetupError for an unset key variable."""
    assert settings.url is not None  # the config refuses this backend without a url
    key = None
    if settings.api_key_env:
        key = os.environ.get(settings.api_key_env, "").strip()
        if not key:
            raise ServerSetupError(
                f"translation.api_key_env names {settings.api_key_env}, which is not set — "
                f"export {settings.api_key_env}=<your key> before building (the key is never written to a file)"
            )
        hint = f"check the key in ${settings.api_key_env} (translation.api_key_env)"
    else:
        hint = "set translation.api_key_env to the name of an environment variable that holds your key"
    client = LibreTranslateClient(settings.url, key, timeout=settings.timeout, key_hint=hint)
    return LibreTranslateEngine(client, batch_size=settings.batch_size, concurrency=settings.concurrency)
