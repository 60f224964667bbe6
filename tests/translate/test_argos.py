"""The Argos backend: installed packages, batching, pivoting, install and remove."""

import os
import subprocess
import sys
import zipfile

import ctranslate2
import pytest

from briefgen.config import TranslationConfig
from briefgen.translate.argos import (
    ArgosEngine,
    PackageError,
    find_route,
    install_package,
    installed_packages,
    remove_package,
)
from briefgen.translate.argos import packages_dir as resolved_packages_dir
from tests.support.tiny_argos import build_package

from .conftest import CORPUS, unpack

SENTENCES = [
    "Тараптар сауда мәселелерін талқылады.",
    "Кеңес Астанада өтті.",
    "Екі ел арасындағы тауар айналымы өсті.",
    "Министр жаңа жобаларды таныстырды.",
    "Кездесу аяқталды.",
]


def test_packages_dir_follows_the_environment_at_call_time(packages_dir):
    assert [p.pair for p in installed_packages(packages_dir)] == [("kk", "en")]
    assert resolved_packages_dir().samefile(packages_dir)


def test_translations_come_back_in_order_from_length_sorted_batches(packages_dir, tiny_packages):
    engine = ArgosEngine(installed_packages(packages_dir), TranslationConfig(batch_size=2, beam_size=2))
    batches = []
    results = engine.translate(SENTENCES, "kk", "en", on_batch=lambda idx, out: batches.append(idx))
    assert results == [tiny_packages.kk_en_model.expected(s) for s in SENTENCES]
    assert results != SENTENCES  # the model really rewrote the Cyrillic
    # 5 sentences in batches of 2, shortest first
    assert [len(b) for b in batches] == [2, 2, 1]
    lengths = [len(SENTENCES[i]) for b in batches for i in b]
    assert lengths[0] == min(lengths) and engine.batch_calls == 3


def test_each_model_is_loaded_once_per_engine(packages_dir, monkeypatch):
    loads = []

    class CountingTranslator(ctranslate2.Translator):
        def __init__(self, path, **options):
            loads.append((path, options))
            super().__init__(path, **options)

    monkeypatch.setattr(ctranslate2, "Translator", CountingTranslator)
    settings = TranslationConfig(intra_threads=1, compute_type="int8")
    engine = ArgosEngine(installed_packages(packages_dir), settings)
    engine.translate(SENTENCES[:2], "kk", "en")
    engine.translate(SENTENCES[2:], "kk", "en")
    ((path, options),) = loads
    assert path.endswith("model") and options["intra_threads"] == 1 and options["compute_type"] == "int8"


def test_a_pair_without_a_direct_package_pivots_through_english(tmp_path, tiny_packages):
    directory = unpack(tiny_packages.kk_en, tmp_path)
    unpack(tiny_packages.en_ru, directory)
    packages = installed_packages(directory)
    route = find_route(packages, "kk", "ru")
    assert [p.pair for p in route] == [("kk", "en"), ("en", "ru")]
    engine = ArgosEngine(packages, TranslationConfig())
    (result,) = engine.translate([SENTENCES[0]], "kk", "ru")
    english = tiny_packages.kk_en_model.expected(SENTENCES[0])
    assert result == tiny_packages.en_ru_model.expected(english)
    assert engine.model_id("kk", "ru") == "+".join(p.model_id for p in route)


def test_no_route_when_neither_a_package_nor_a_pivot_exists(packages_dir):
    packages = installed_packages(packages_dir)
    assert find_route(packages, "ru", "en") is None
    assert find_route(packages, "en", "kk") is None


def test_install_replaces_an_older_copy_and_remove_takes_a_pair(tmp_path, tiny_packages):
    directory = tmp_path / "packages"
    first = install_package(tiny_packages.kk_en, directory)
    again = install_package(tiny_packages.kk_en, directory)
    assert first.path == again.path and [p.pair for p in installed_packages(directory)] == [("kk", "en")]
    assert not any(p.name.startswith(".installing") for p in directory.iterdir())
    removed = remove_package("kk_en", directory)
    assert [p.pair for p in removed] == [("kk", "en")] and installed_packages(directory) == []


def test_install_refuses_files_that_are_not_packages(tmp_path):
    not_zip = tmp_path / "model.argosmodel"
    not_zip.write_text("hello")
    with pytest.raises(PackageError, match="not an .argosmodel"):
        install_package(not_zip, tmp_path / "packages")
    no_metadata = tmp_path / "empty.argosmodel"
    with zipfile.ZipFile(no_metadata, "w") as zf:
        zf.writestr("pkg/model/model.bin", b"")
    with pytest.raises(PackageError, match="metadata.json"):
        install_package(no_metadata, tmp_path / "packages")
    assert not (tmp_path / "packages" / "pkg").exists()


def test_a_broken_package_folder_is_reported_not_fatal(packages_dir):
    (packages_dir / "half-copied").mkdir()
    problems = []
    assert [p.pair for p in installed_packages(packages_dir, problems)] == [("kk", "en")]
    assert len(problems) == 1 and "half-copied" in problems[0]
    assert [p.path.name for p in remove_package("half-copied", packages_dir)] == ["half-copied"]
    assert not (packages_dir / "half-copied").exists()


def test_a_sentence_too_long_for_the_model_fails_alone(tmp_path):
    archive, model = build_package(tmp_path, CORPUS, "kk", "en", positions=64)
    engine = ArgosEngine(installed_packages(unpack(archive, tmp_path / "packages")), TranslationConfig())
    long = " ".join(SENTENCES)
    results = engine.translate([*SENTENCES[:2], long], "kk", "en")
    assert results[:2] == [model.expected(s) for s in SENTENCES[:2]]
    assert results[2] is None
    assert "position" in engine.failures[long]


def test_commands_that_translate_nothing_make_no_argos_folders_in_home(tmp_path):
    """Importing argostranslate.settings creates ~/.local/share/argos-translate and two more folders; only
    a download from the Argos index may do that."""
    home = tmp_path / "home"
    home.mkdir()
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "content" / "a.md").write_text("---\ntitle: Встреча\n---\n\nВ Астане состоялась встреча.\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_"))} | {"HOME": str(home)}
    for args in (["--help"], ["check"], ["facts", "content/a.md"], ["build"], ["models", "list"]):
        subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=site, env=env, capture_output=True, timeout=300)
    assert not any("argos" in p.name for p in home.rglob("*"))


def test_threads_come_from_the_machine_unless_set(monkeypatch):
    from briefgen.translate import argos

    for cores, expected in ((1, (1, 1)), (2, (1, 2)), (6, (2, 3)), (8, (2, 4))):
        monkeypatch.setattr(argos, "usable_cores", lambda cores=cores: cores)
        assert argos.thread_counts(TranslationConfig()) == expected, cores
    # On 8 cores, what is set is kept, and the other count fills the cores.
    assert argos.thread_counts(TranslationConfig(inter_threads=3, intra_threads=1)) == (3, 1)
    assert argos.thread_counts(TranslationConfig(intra_threads=2)) == (4, 2)
    assert argos.thread_counts(TranslationConfig(inter_threads=8)) == (8, 1)
