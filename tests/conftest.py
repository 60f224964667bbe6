"""Fixtures shared by the whole suite: small sites written in code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.config import Config, load_config

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO.parent / "shared" / "samples"
SAMPLE_ARTICLE = SAMPLES / "kk_pm_visit_uzbekistan.txt"

KK_MEETING = """---
title: Тоқаев Жапаровпен телефон арқылы сөйлесті
date: 2026-02-10
source: Ақорда
url: https://example.org/kk/1
tags: [water, trade]
---

Мемлекет басшысы Қасым-Жомарт Тоқаев Қырғызстан Президенті Садыр Жапаровпен телефон арқылы сөйлесті.

Тараптар су ресурстарын бірлесіп пайдалану мәселелерін талқылады. Сауда айналымы 2 млрд. доллардан асты.
"""

RU_MEETING = """---
title: Премьер-министр Казахстана встретился с послом Китая
date: 2026-03-05
source: Primeminister.kz
---

В Астане состоялась встреча. Стороны обсудили транзит грузов через г. Алматы и т.д. в рамках программы.

«Мы открыты к сотрудничеству», — сказал премьер-министр.
"""


@pytest.fixture(autouse=True)
def no_installed_packages(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see only the translation packages they install: none of the machine's own."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path_factory.mktemp("no-packages")))


@pytest.fixture
def site(tmp_path: Path) -> Callable[..., Config]:
    """A site folder with the given files under it; returns its configuration."""

    def make(files: dict[str, str | bytes], config_yaml: str | None = None) -> Config:
        for name, data in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        if config_yaml is not None:
            (tmp_path / "briefgen.yaml").write_text(config_yaml, encoding="utf-8")
        (tmp_path / "content").mkdir(exist_ok=True)
        return load_config(tmp_path)

    return make


def require_sample() -> Path:
    if not SAMPLE_ARTICLE.exists():
        pytest.skip(f"the shared sample is not at {SAMPLE_ARTICLE}")
    return SAMPLE_ARTICLE
