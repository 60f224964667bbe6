"""Machine translation in a build: pages, memory, human corrections, glossary, missing pairs."""

import html
import subprocess
import sys

import pytest

from briefgen.build import BuildFailed, build_site
from briefgen.cli import main
from briefgen.config import TranslationConfig, load_config
from briefgen.translate.argos import ArgosEngine, installed_packages
from briefgen.translate.glossary import load_glossary
from briefgen.translate.machine import MachineTranslator
from briefgen.translate.memory import TranslationMemory
from tests.support.tiny_argos import build_package

from .conftest import CORPUS, unpack

ARTICLE = """---
title: Кеңес Астанада өтті
date: 2026-04-01
lang: kk
---

Тараптар сауда мәселелерін талқылады. Министр жаңа жобаларды таныстырды.

Тараптар сауда мәселелерін талқылады.
"""

SECOND = """---
title: Екінші кездесу
lang: kk
---

Министр жаңа жобаларды таныстырды. Кездесу аяқталды.
"""


def page_of(config, slug_part=""):
    pages = sorted((config.root / "site" / "briefings").glob("*/index.html"))
    return next(p for p in pages if slug_part in p.parent.name).read_text(encoding="utf-8")


def test_translation_reaches_the_pages_and_a_rebuild_calls_no_model(site, packages_dir, tiny_packages, monkeypatch):
    config = site({"content/a.md": ARTICLE, "content/b.md": SECOND})
    first = build_site(config)
    # distinct sentences across both articles: 2 titles + 3 body sentences (one repeated, one shared)
    assert (first.translated, first.cached, first.untranslated) == (5, 0, 0)
    expected = tiny_packages.kk_en_model.expected("Министр жаңа жобаларды таныстырды.")
    assert html.escape(expected, quote=False) in page_of(config, "kenes")
    assert html.escape(expected, quote=False) in page_of(config, "ekinshi")

    def no_model(*args, **kwargs):
        raise AssertionError("a rebuild loaded a model")

    monkeypatch.setattr(ArgosEngine, "load", no_model)
    again = build_site(config)
    assert (again.translated, again.cached) == (0, 5)
    assert html.escape(expected, quote=False) in page_of(config, "kenes")


def test_only_new_sentences_are_translated_after_an_edit(site, packages_dir):
    config = site({"content/a.md": ARTICLE})
    build_site(config)
    (config.root / "content" / "a.md").write_text(ARTICLE + "\nКездесу аяқталды.\n", encoding="utf-8")
    report = build_site(config)
    assert (report.translated, report.cached) == (1, 3)


def test_a_human_correction_wins_and_survives_rebuilds_and_new_models(site, packages_dir, tiny_packages):
    config = site({"content/a.md": ARTICLE})
    build_site(config)
    sentence = "Министр жаңа жобаларды таныстырды."
    assert main(["memory", "correct", "-C", str(config.root), sentence, "The minister presented new projects."]) == 0
    for _ in range(2):
        report = build_site(config)
        assert "The minister presented new projects." in page_of(config)
        assert report.human == 1 and report.translated == 0
    # a new model version retranslates machine output, never the correction
    metadata = next(packages_dir.iterdir()) / "metadata.json"
    metadata.write_text(metadata.read_text().replace('"package_version": "1.0"', '"package_version": "2.0"'))
    report = build_site(config)
    assert report.translated == 2 and report.human == 1  # the title and the other sentence
    assert "The minister presented new projects." in page_of(config)


def test_an_interrupted_build_keeps_the_batches_it_finished(site, packages_dir):
    class CrashingEngine(ArgosEngine):
        def _run(self, model, batch):
            if self.batch_calls == 1:
                raise KeyboardInterrupt
            return super()._run(model, batch)

    config = site({"content/a.md": ARTICLE, "content/b.md": SECOND})
    engine = CrashingEngine(installed_packages(packages_dir), TranslationConfig(batch_size=2))
    memory = TranslationMemory.in_cache(config.root / ".briefgen-cache", config.root / "site")
    with pytest.raises(KeyboardInterrupt):
        build_site(config, translator=MachineTranslator(engine, memory, load_glossary()))
    memory.close()
    report = build_site(config)
    assert (report.cached, report.translated) == (2, 3)


def test_corrections_apply_without_any_model_and_packages_dir_is_a_setting(site, tmp_path, tiny_packages, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    config = site({"content/a.md": ARTICLE})
    sentence = "Министр жаңа жобаларды таныстырды."
    assert main(["memory", "correct", "-C", str(config.root), sentence, "The minister presented projects."]) == 0
    report = build_site(config)
    assert report.human == 1 and report.missing_pairs == {("kk", "en"): 3}  # one sentence occurs twice
    assert "The minister presented projects." in page_of(config)
    unpack(tiny_packages.kk_en, config.root / "models")
    (config.root / "briefgen.yaml").write_text("translation:\n  packages_dir: models\n", encoding="utf-8")
    report = build_site(load_config(config.root))
    assert (report.human, report.translated, report.missing_pairs) == (1, 2, {})


def test_glossary_terms_survive_translation(site, packages_dir):
    config = site({"content/a.md": "---\nlang: kk\ntitle: Кеңес\n---\n\nОлжас Бектенов Ақордаға келді.\n"})
    report = build_site(config)
    page = page_of(config)
    assert report.translated == 2
    assert "Olzhas Bektenov" in page and "Akorda" in page
    assert "ZX" not in page


def test_a_lost_term_is_reported_with_file_line_and_the_fix(site, packages_dir):
    class DroppingEngine(ArgosEngine):
        """A model that drops names, as real ones sometimes do."""

        def translate(self, texts, source, target, on_batch=None):
            outputs = [t.replace("ZXA", "") for t in super().translate(texts, source, target)]
            if on_batch:
                on_batch(list(range(len(texts))), outputs)
            return outputs

    config = site({"content/a.md": "---\nlang: kk\ntitle: Кеңес\n---\n\nОлжас Бектенов келді.\n"})
    engine = DroppingEngine(installed_packages(packages_dir), TranslationConfig())
    report = build_site(config, translator=MachineTranslator(engine, glossary=load_glossary()))
    (warning,) = [w for w in report.warnings if "lost the term" in w]
    assert "a.md:6:" in warning and "Olzhas Bektenov" in warning and "briefgen memory correct s" in warning


def test_the_build_command_shows_no_progress_bar_off_a_terminal(site, packages_dir, capsys):
    config = site({"content/a.md": ARTICLE})
    assert main(["build", "-C", str(config.root)]) == 0
    out, err = capsys.readouterr()
    assert "translated 3" in out and "translating" not in out + err


def test_a_missing_pair_is_named_with_the_command_that_installs_it(site, packages_dir, capsys):
    config = site({"content/r.md": "---\nlang: ru\ntitle: Встреча\n---\n\nСтороны обсудили торговлю.\n"})
    report = build_site(config)
    assert report.missing_pairs == {("ru", "en"): 2} and report.translated == 0
    assert main(["build", "-C", str(config.root)]) == 0
    err = capsys.readouterr().err
    assert "ru→en" in err and "briefgen models install translate-ru_en" in err


def test_the_memory_lives_in_the_cache_folder_not_the_site(site, packages_dir):
    config = site({"content/a.md": ARTICLE})
    build_site(config)
    assert (config.root / ".briefgen-cache" / "translation-memory.sqlite3").exists()
    assert not any(p.suffix == ".sqlite3" for p in (config.root / "site").rglob("*"))


def test_a_memory_inside_the_site_stops_the_build(site, packages_dir):
    from briefgen.build import BuildFailed

    config = site({"content/a.md": ARTICLE}, "cache_dir: site/cache\n")
    with pytest.raises(BuildFailed, match="inside output_dir"):
        build_site(config)


def test_a_sentence_the_model_fails_on_is_reported_not_called_a_missing_model(site, tmp_path, monkeypatch):
    archive, _ = build_package(tmp_path, CORPUS, "kk", "en", positions=64)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(unpack(archive, tmp_path / "packages")))
    long = "Тараптар сауда және инвестициялық ынтымақтастықты талқылады, " * 3
    config = site({"content/a.md": f"---\ntitle: Кеңес\n---\n\nКездесу аяқталды. {long.strip(', ')}.\n"})
    report = build_site(config)
    assert report.translated == 2 and report.untranslated == 1 and report.missing_pairs == {}
    (warning,) = [w for w in report.warnings if "could not translate" in w]
    assert warning.startswith(f"{config.root / 'content' / 'a.md'}:5: the model could not translate a sentence (")


NO_NETWORK = r"""
import socket, sys

def refuse(*args, **kwargs):
    # Written before raising, so that code catching the error cannot hide it.
    sys.stderr.write(f"network use: {args!r}\n")
    raise OSError("network use")

socket.socket.connect = refuse
socket.getaddrinfo = refuse
socket.create_connection = refuse
from briefgen.cli import main
sys.exit(main(["build", "-C", sys.argv[1]]))
"""


def test_a_build_with_a_model_never_touches_the_network(site, packages_dir):
    config = site({"content/a.md": ARTICLE})
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, str(config.root)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "translated 3" in result.stdout and "network use" not in result.stderr


def test_a_broken_glossary_file_fails_the_build_even_without_a_model(site):
    # The glossary is loaded only where a model translates; the site's own files are still read at once.
    config = site(
        {"content/a.md": ARTICLE, "terms.yaml": "en: [unclosed\n"}, "translation:\n  glossary: [terms.yaml]\n"
    )
    with pytest.raises(BuildFailed, match=r"terms.yaml:2: invalid YAML"):
        build_site(config)
