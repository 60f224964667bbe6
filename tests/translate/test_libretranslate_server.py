"""Builds through a real LibreTranslate (PyPI's, in its own venv; see tests/support/libretranslate_server.py)
loaded with the tiny test packages, on 127.0.0.1 with every other connection refused."""

from __future__ import annotations

import html
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.build import BuildFailed, build_site
from briefgen.cli.common import NOT_WRITTEN
from briefgen.translate.libretranslate import LibreTranslateClient
from briefgen.translate.machine import open_translator
from briefgen.translate.memory import MEMORY_FILE
from tests.support.libretranslate_server import NETWORK_USE, LibreTranslateServer, ServerUnavailable, ensure_venv

from .conftest import TinyPackages

KEY_VARIABLE = "BRIEFGEN_TEST_LT_KEY"
API_KEY = "k-7f3a9c21-team-desk"  # made up for these tests

ARTICLE = """---
title: Кеңес Астанада өтті
date: 2026-04-01
lang: kk
---

Тараптар сауда мәселелерін талқылады. Министр жаңа жобаларды таныстырды.

Кездесу барысында көлік және логистика мәселелері қаралды.
"""

# Sentences of their own for the interrupted build: one article, many distinct sentences.
MANY = "\n\n".join(f"Кездесу {n} барысында сауда мәселелері қаралды." for n in range(1, 13))
LONG_ARTICLE = f"---\ntitle: Ұзақ кеңес\ndate: 2026-04-02\nlang: kk\n---\n\n{MANY}\n"


@pytest.fixture(scope="session")
def libretranslate_venv() -> Path:
    try:
        return ensure_venv()
    except ServerUnavailable as exc:
        pytest.skip(str(exc))


def server_config(url: str, **settings: object) -> str:
    lines = ["translation:", "  backend: libretranslate", f"  url: {url}", f"  api_key_env: {KEY_VARIABLE}"]
    lines += [f"  {k}: {v}" for k, v in settings.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def team_server(
    libretranslate_venv: Path, tiny_packages: TinyPackages, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LibreTranslateServer]:
    """The desk's server, shared by the tests that do not stop it; it wants an API key."""
    home = tmp_path_factory.mktemp("libretranslate")
    with LibreTranslateServer(
        libretranslate_venv, home, [tiny_packages.kk_en, tiny_packages.en_ru], api_key=API_KEY
    ) as server:
        yield server
        assert NETWORK_USE not in server.log_text()


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(KEY_VARIABLE, API_KEY)
    return API_KEY


def capitalised(text: str) -> str:
    # LibreTranslate's improve_translation_formatting upper-cases the first letter when the source has one.
    return text[:1].upper() + text[1:]


def test_the_server_translates_as_the_local_backend_does_on_the_same_package(
    site, team_server, key, packages_dir, tiny_packages
):
    sentences = [
        "Тараптар сауда мәселелерін талқылады.",
        "Министр жаңа жобаларды таныстырды.",
        "Екі ел арасындағы тауар айналымы 3 млрд долларға жетті.",
    ]
    server = open_translator(site({}, server_config(team_server.url) + "  memory: false\n"))
    local = open_translator(site({}, "translation:\n  memory: false\n"))
    through_server = server.translate(sentences, "kk", "en")
    on_this_machine = local.translate(sentences, "kk", "en")
    assert [t.origin for t in through_server] == ["machine"] * 3
    assert [t.text for t in through_server] == [capitalised(t.text) for t in on_this_machine]
    assert [t.text for t in on_this_machine] == [tiny_packages.kk_en_model.expected(s) for s in sentences]


def test_a_build_goes_through_the_server_and_a_second_build_sends_nothing(site, team_server, key, tiny_packages):
    config = site({"content/a.md": ARTICLE}, server_config(team_server.url, batch_size=2, concurrency=2))
    first = build_site(config)
    assert (first.translated, first.cached, first.untranslated, first.warnings) == (4, 0, 0, [])
    page = next((config.root / "site" / "briefings").glob("*/index.html")).read_text(encoding="utf-8")
    expected = capitalised(tiny_packages.kk_en_model.expected("Министр жаңа жобаларды таныстырды."))
    assert html.escape(expected, quote=False) in page

    translator = open_translator(config)
    again = build_site(config, translator=translator)
    assert (again.translated, again.cached) == (0, 4)
    assert translator.engine.requests_sent == 0


def test_what_the_local_backend_translated_is_never_sent(site, team_server, key, packages_dir):
    config = site({"content/a.md": ARTICLE})
    assert build_site(config).translated == 4
    (config.root / "briefgen.yaml").write_text(server_config(team_server.url), encoding="utf-8")
    from briefgen.config import load_config

    translator = open_translator(load_config(config.root))
    report = build_site(load_config(config.root), translator=translator)
    assert (report.translated, report.cached, report.untranslated) == (0, 4, 0)
    assert translator.engine.requests_sent == 0


def test_models_list_shows_the_servers_pairs_beside_local_packages(site, team_server, key, packages_dir):
    config = site({}, server_config(team_server.url))
    result = run_cli(["models", "list", "-C", str(config.root)], {KEY_VARIABLE: API_KEY})
    assert result.returncode == 0, result.stderr
    assert "translate-kk_en-1.0" in result.stdout
    assert f"server LibreTranslate at {team_server.url} (translation.backend: libretranslate" in result.stdout
    assert "pairs: en→en, en→ru, kk→en, kk→kk, kk→ru, ru→ru" in result.stdout


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
    )


def files_holding(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_the_key_never_appears_in_output_logs_memory_or_site(site, team_server):
    config = site({"content/a.md": ARTICLE}, server_config(team_server.url))
    result = run_cli(["build", "-C", str(config.root)], {KEY_VARIABLE: API_KEY})
    assert result.returncode == 0, result.stderr
    assert "translated 4" in result.stdout
    config_result = run_cli(["config", "-C", str(config.root)], {KEY_VARIABLE: API_KEY})
    assert f"translation.api_key_env: {KEY_VARIABLE}" in config_result.stdout
    outputs = result.stdout + result.stderr + config_result.stdout + config_result.stderr
    assert API_KEY not in outputs
    assert files_holding(config.root, API_KEY) == []  # briefgen.yaml, site/, the memory and caches


def test_a_wrong_key_is_one_line_naming_the_server_and_the_variable(site, team_server):
    config = site({"content/a.md": ARTICLE}, server_config(team_server.url))
    wrong = "k-not-a-key-0000"
    result = run_cli(["build", "-C", str(config.root)], {KEY_VARIABLE: wrong})
    assert result.returncode == 0
    assert (
        f"warning: LibreTranslate at {team_server.url} refused the API key (403: Invalid API key) — check the key "
        f"in ${KEY_VARIABLE} (translation.api_key_env)\n"
    ) in result.stderr
    assert result.stderr.count("refused the API key") == 1
    assert "untranslated 4" in result.stdout
    assert wrong not in result.stdout + result.stderr and files_holding(config.root, wrong) == []
    strict = run_cli(["build", "--strict", "-C", str(config.root)], {KEY_VARIABLE: wrong})
    assert strict.returncode == NOT_WRITTEN and "refused the API key" in strict.stderr


def memory_rows(config) -> int:
    with sqlite3.connect(config.root / ".briefgen-cache" / MEMORY_FILE) as db:
        return db.execute("SELECT count(*) FROM segments WHERE origin = 'machine'").fetchone()[0]


def test_stopping_the_server_mid_build_loses_nothing_and_says_so_once(
    site, libretranslate_venv, tiny_packages, tmp_path, monkeypatch
):
    server = LibreTranslateServer(libretranslate_venv, tmp_path / "server", [tiny_packages.kk_en, tiny_packages.en_ru])
    config = site({"content/long.md": LONG_ARTICLE}, server_config(server.url, batch_size=2, concurrency=1))
    monkeypatch.setenv(KEY_VARIABLE, "any")  # this server takes requests without a key
    real_translate = LibreTranslateClient.translate
    calls = []

    def stop_after_two_batches(self, texts, source, target):
        calls.append(len(texts))
        if len(calls) == 3:
            server.stop()  # the third request finds the server gone
        return real_translate(self, texts, source, target)

    monkeypatch.setattr(LibreTranslateClient, "translate", stop_after_two_batches)
    with server:
        report = build_site(config)
    stopped = f"LibreTranslate at {server.url} is unreachable ("
    assert report.translation_stopped and report.translation_stopped.startswith(stopped)
    assert [w for w in report.warnings if "LibreTranslate" in w] == [report.translation_stopped]
    assert (report.translated, report.untranslated) == (4, 9)  # 12 sentences and the title
    assert memory_rows(config) == 4
    page = next((config.root / "site" / "briefings").glob("*/index.html")).read_text(encoding="utf-8")
    assert "Кездесу 12 барысында сауда мәселелері қаралды." in page  # shown untranslated, not dropped

    before = sorted(p.relative_to(config.root) for p in (config.root / "site").rglob("*"))
    with pytest.raises(BuildFailed) as refused:
        build_site(config, strict=True)
    assert str(refused.value) == (
        f"--strict: 9 untranslated sentences (9 not translated because {report.translation_stopped}); "
        "nothing was written"
    )
    assert sorted(p.relative_to(config.root) for p in (config.root / "site").rglob("*")) == before

    monkeypatch.setattr(LibreTranslateClient, "translate", real_translate)
    with server:
        translator = open_translator(config)
        resumed = build_site(config, translator=translator)
    assert (resumed.translated, resumed.cached, resumed.untranslated) == (9, 4, 0)
    assert translator.engine.requests_sent == 1 + 5  # /languages, then the 9 sentences in batches of 2
    assert NETWORK_USE not in server.log_text()
