"""A real LibreTranslate server for tests: its own venv, the tiny test packages, 127.0.0.1, no network.

LibreTranslate pins its own dependencies (Flask 2.2, numpy<2, its fork of argostranslate), so it gets a
venv of its own: .briefgen-test/libretranslate-venv in the checkout (git-ignored, made once and reused by
later runs), or the folder named in BRIEFGEN_LIBRETRANSLATE_VENV. `python -m tests.support.libretranslate_server`
makes it ahead of a test run.

What the server would fetch from the internet, and what stops it (the README's team set-up says the same):
- At start, with fewer than two installed packages, it downloads the Argos package index
  (libretranslate/init.py, check_and_install_models). The test server has two packages (kk→en, en→ru).
- On the first request for a source language, argostranslate's MiniSBDSentencizer downloads a sentence
  splitter (<lang>.onnx from the MiniSBD GitHub release) unless the package folder holds `minisbd/*.onnx`.
  The tests put a tiny splitter there, made here with `onnx`, that keeps each text one sentence (briefgen
  sends single sentences). Real servers copy the MiniSBD release's model into each package's `minisbd/`
  folder, or into $XDG_DATA_HOME/argos-translate/minisbd/ (MiniSBD's cache as argostranslate sets it).
The server runs with a sitecustomize that refuses and logs any connection not to 127.0.0.1, so a test sees
any fetch in `server.log_text()`.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VENV_VARIABLE = "BRIEFGEN_LIBRETRANSLATE_VENV"
# libretranslate pins numpy<2 but does not stop onnx (for the tiny splitter) from pulling numpy 2 with it;
# onnx 1.18 and later need numpy 2. Both bounds keep the resolver on one consistent set.
REQUIREMENTS = ("libretranslate==1.9.6", "onnx<1.18", "numpy<2")
NETWORK_USE = "network use refused:"

# A sentence splitter in MiniSBD's format: logits of zero for every character, so nothing is a boundary
# and the whole text is one sentence. Written for these tests; run with the server venv's python.
SPLITTER_SCRIPT = r"""
import json, sys
import onnx
from onnx import TensorProto, helper

units = helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"])
features = helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "chars", "feats"])
logits = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "chars", 5])
zeros = helper.make_tensor("zeros", TensorProto.FLOAT, [1, 5], [0.0] * 5)
axes = helper.make_tensor("axes", TensorProto.INT64, [1], [2])
nodes = [
    helper.make_node("Cast", ["units"], ["as_float"], to=TensorProto.FLOAT),
    helper.make_node("Unsqueeze", ["as_float", "axes"], ["column"]),
    helper.make_node("MatMul", ["column", "zeros"], ["logits"]),
]
graph = helper.make_graph(nodes, "one-sentence", [units, features], [logits], initializer=[zeros, axes])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)
vocab = {"lang": "", "idx": 0, "cutoff": 0, "lower": False,
         "_id2unit": ["<PAD>", "<UNK>"], "_unit2id": {"<PAD>": 0, "<UNK>": 1}}
meta = {"lang_code": "xx", "config": json.dumps({"feat_funcs": [], "batch_size": 32}),
        "vocab": json.dumps(vocab), "lexicon": "null"}
for key, value in meta.items():
    model.metadata_props.add(key=key, value=value)
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
"""

# Loaded by the server's python at start (PYTHONPATH): any connection off this machine is refused and
# logged, so that a fetch cannot pass unnoticed, and cannot succeed on a machine that is online.
GUARD = f"""
import socket, sys

_connect = socket.socket.connect

def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if host not in ("127.0.0.1", "::1", "localhost"):
        sys.stderr.write("{NETWORK_USE} %r\\n" % (address,))
        sys.stderr.flush()
        raise OSError("network use refused by the briefgen test guard")
    return _connect(self, address)

socket.socket.connect = _loopback_only
"""


class ServerUnavailable(Exception):
    """The server venv could not be made (no package registry); the message says how to make it."""


def venv_dir() -> Path:
    return Path(os.environ.get(VENV_VARIABLE) or REPO / ".briefgen-test" / "libretranslate-venv")


def ensure_venv() -> Path:
    """The server venv, made on first use (a few minutes: pip downloads about 600 MB)."""
    venv = venv_dir()
    stamp = venv / "briefgen-requirements.txt"
    wanted = "\n".join(REQUIREMENTS) + "\n"
    if stamp.exists() and stamp.read_text() == wanted and (venv / "bin" / "libretranslate").exists():
        return venv
    how = f"python3 -m venv {venv} && {venv}/bin/pip install " + " ".join(f"'{r}'" for r in REQUIREMENTS)
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *REQUIREMENTS],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        tail = " ".join(result.stderr.strip().splitlines()[-1:])
        raise ServerUnavailable(f"pip could not install LibreTranslate into {venv} ({tail}) — run: {how}")
    stamp.write_text(wanted)
    return venv


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LibreTranslateServer:
    """One LibreTranslate process on 127.0.0.1, serving the packages given, with its own data folders."""

    def __init__(
        self,
        venv: Path,
        home: Path,
        archives: Sequence[Path],
        api_key: str | None = None,
        threads: int = 4,
        settings: dict[str, str] | None = None,
    ):
        self.venv = venv
        self.settings = settings or {}  # more environment for the server, such as ARGOS_INTRA_THREADS
        self.home = home
        self.api_key = api_key
        self.threads = threads
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.log = home / "server.log"
        self._install(archives)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _install(self, archives: Sequence[Path]) -> None:
        packages = self.home / "packages"
        packages.mkdir(parents=True, exist_ok=True)
        splitter = self.home / "one-sentence.onnx"
        if not splitter.exists():
            subprocess.run([str(self.venv / "bin" / "python"), "-c", SPLITTER_SCRIPT, str(splitter)], check=True)
        for archive in archives:
            with zipfile.ZipFile(archive) as zf:
                top = zf.namelist()[0].split("/")[0]
                zf.extractall(packages)
            (packages / top / "minisbd").mkdir(exist_ok=True)
            (packages / top / "minisbd" / "one-sentence.onnx").write_bytes(splitter.read_bytes())
        guard = self.home / "guard"
        guard.mkdir(exist_ok=True)
        (guard / "sitecustomize.py").write_text(GUARD)
        if self.api_key:
            db = self.home / "db" / "api_keys.db"
            # What `ltmanage keys add` does, with the key chosen by the test.
            script = (
                "import sys; from libretranslate.api_keys import Database as D; D(sys.argv[1]).add(10**4, sys.argv[2])"
            )
            subprocess.run([str(self.venv / "bin" / "python"), "-c", script, str(db), self.api_key], check=True)

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGOS_", "LT_", "XDG_", "PYTHON"))}
        data = self.home / "data"
        env.update(
            HOME=str(self.home),
            XDG_DATA_HOME=str(data),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_CACHE_HOME=str(self.home / "cache"),
            ARGOS_PACKAGES_DIR=str(self.home / "packages"),
            PYTHONPATH=str(self.home / "guard"),
            # The tiny copy model holds 128 positions; beams beside the best one run on past them under
            # CTranslate2's default 256-token limit (briefgen bounds the length, Argos does not).
            # Greedy decoding stops at the copied end of sentence. Real models need no such setting.
            ARGOS_BEAM_SIZE="1",
            PYTHONUNBUFFERED="1",
        )
        env.update(self.settings)
        return env

    def start(self, timeout: float = 180) -> LibreTranslateServer:
        args = [
            str(self.venv / "bin" / "libretranslate"),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--threads",
            str(self.threads),
            "--disable-web-ui",
            "--disable-files-translation",
        ]
        if self.api_key:
            args += ["--api-keys", "--api-keys-db-path", str(self.home / "db" / "api_keys.db")]
        log = self.log.open("ab")
        self.process = subprocess.Popen(
            args, cwd=self.home, env=self.environment(), stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"LibreTranslate exited with {self.process.returncode}:\n{self.log_text()[-3000:]}")
            try:
                with urllib.request.urlopen(self.url + "/languages", timeout=5) as response:
                    json.load(response)
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"LibreTranslate did not answer within {timeout}s:\n{self.log_text()[-3000:]}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def __enter__(self) -> LibreTranslateServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    print(ensure_venv())
