"""Tiny real Argos packages, built once per test session (see tests/support/tiny_argos.py)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.tiny_argos import TinyModel, build_package

# Text the tiny SentencePiece models learn their pieces from: official-news sentences in the three
# languages, written for these tests.
CORPUS = [
    "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Қытай елшісін қабылдады.",
    "Тараптар сауда және инвестициялық ынтымақтастықты талқылады.",
    "Үкімет басшысы Олжас Бектенов Астанада кеңес өткізді.",
    "Екі ел арасындағы тауар айналымы 3 млрд долларға жетті.",
    "Кездесу барысында көлік және логистика мәселелері қаралды.",
    "Премьер-министр провел совещание в Астане по вопросам энергетики.",
    "Стороны обсудили развитие торговли между Казахстаном и Узбекистаном.",
    "Глава государства подписал указ о назначении министра.",
    "В ходе встречи были рассмотрены вопросы водных ресурсов.",
    "The Prime Minister held a meeting in Astana on energy matters.",
    "The parties discussed trade between Kazakhstan and Uzbekistan.",
    "The Head of State received the ambassador of China.",
]


@dataclass(frozen=True)
class TinyPackages:
    kk_en: Path
    en_ru: Path
    kk_en_model: TinyModel
    en_ru_model: TinyModel


@pytest.fixture(scope="session")
def tiny_packages(tmp_path_factory: pytest.TempPathFactory) -> TinyPackages:
    work = tmp_path_factory.mktemp("tiny-argos")
    kk_en, kk_en_model = build_package(work, CORPUS, "kk", "en", shift=1)
    en_ru, en_ru_model = build_package(work, CORPUS, "en", "ru", shift=2)
    return TinyPackages(kk_en, en_ru, kk_en_model, en_ru_model)


def unpack(archive: Path, directory: Path) -> Path:
    """Install a package the way Argos lays it out, without going through the code under test."""
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(directory)
    return directory


@pytest.fixture
def packages_dir(tmp_path: Path, tiny_packages: TinyPackages, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A packages folder holding kk→en, named in ARGOS_PACKAGES_DIR as a user would set it."""
    directory = unpack(tiny_packages.kk_en, tmp_path / "argos-packages")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(directory))
    return directory
