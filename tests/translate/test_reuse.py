"""A rebuild takes an unchanged article's translations from the article memo while the translation inputs
are those the last build left, and translates it again when they are not: an edited glossary, a correction
in the memory, a newly installed package. Either way its site and report are a full build's."""

import dataclasses
import html
import shutil
from pathlib import Path

import pytest

import briefgen.translate
from briefgen.build import build_site
from briefgen.cli import main
from briefgen.config import load_config
from briefgen.manifest import ARTICLE_MEMO_FILE, MANIFEST_FILE
from briefgen.model import Article, Block, BuildReport, SourceDocument, Translation
from briefgen.model import Sentence as S
from briefgen.translate import translate_articles
from tests.test_incremental import site_files

from .conftest import unpack
from .test_machine import ARTICLE, SECOND, page_of

RUSSIAN = "---\nlang: ru\ntitle: Встреча\n---\n\nСтороны обсудили торговлю.\n"
SHARED = "Тараптар сауда мәселелерін талқылады."  # a sentence of ARTICLE


@pytest.fixture
def translated(monkeypatch) -> list[str]:
    """The names of the articles the translate stage translates (rather than counts from the memo)."""
    names: list[str] = []
    real = briefgen.translate.apply_human_translation

    def applying(article, report):
        names.append(article.source.path.name)
        return real(article, report)

    monkeypatch.setattr(briefgen.translate, "apply_human_translation", applying)
    return names


def without_reuse(config, elsewhere: Path) -> tuple[BuildReport, dict[str, bytes]]:
    """The build the site is ready for, made in a copy of it (its cache folder too) with every article
    translated: the article memo and the record of the last build gone."""
    shutil.copytree(config.root, elsewhere, dirs_exist_ok=True)
    (elsewhere / ".briefgen-cache" / ARTICLE_MEMO_FILE).unlink()
    (elsewhere / ".briefgen-cache" / MANIFEST_FILE).unlink()
    return build_site(load_config(elsewhere)), site_files(elsewhere)


def counted(report: BuildReport) -> tuple:
    return (report.translated, report.cached, report.human, report.untranslated, report.missing_pairs, report.warnings)


def test_a_rebuild_translates_the_edited_article_alone_and_reports_as_a_full_one(
    site, packages_dir, translated, tmp_path_factory
):
    config = site({"content/a.md": ARTICLE, "content/b.md": SECOND, "content/r.md": RUSSIAN}, "search: false\n")
    build_site(config)
    translated.clear()
    # b.md now shares a sentence with a.md, which is counted once across the site.
    (config.root / "content" / "b.md").write_text(SECOND + f"\n{SHARED} Жаңа сөйлем.\n", encoding="utf-8")
    again, full = without_reuse(config, tmp_path_factory.mktemp("full"))
    assert sorted(translated) == ["a.md", "b.md", "r.md"]
    translated.clear()
    report = build_site(config)
    assert translated == ["b.md"]
    assert report.translated == 1  # Жаңа сөйлем.
    assert counted(report) == counted(again)
    assert site_files(config.root) == full


GLOSSARY = "- en: Trade Matters\n  kk: [сауда мәселелерін]\n"


def test_an_edited_glossary_translates_the_unchanged_articles_again(site, packages_dir, translated, tmp_path_factory):
    files = {"content/a.md": ARTICLE, "content/b.md": SECOND, "glossary.yaml": "[]\n"}
    config = site(files, "search: false\ntranslation:\n  glossary: [glossary.yaml]\n")
    build_site(config)
    assert "Trade Matters" not in page_of(config, "kenes")
    (config.root / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    again, full = without_reuse(config, tmp_path_factory.mktemp("full"))
    translated.clear()
    report = build_site(config)
    assert sorted(translated) == ["a.md", "b.md"]
    assert "Trade Matters" in page_of(config, "kenes")
    assert counted(report) == counted(again)
    assert site_files(config.root) == full


def test_a_correction_in_the_memory_reaches_an_unchanged_article(site, packages_dir, translated):
    config = site({"content/a.md": ARTICLE, "content/b.md": SECOND}, "search: false\n")
    build_site(config)
    assert main(["memory", "correct", "-C", str(config.root), SHARED, "The sides discussed trade."]) == 0
    translated.clear()
    (config.root / "content" / "b.md").write_text(SECOND + "\nЖаңа сөйлем.\n", encoding="utf-8")
    report = build_site(config)
    assert sorted(translated) == ["a.md", "b.md"]
    assert "The sides discussed trade." in page_of(config, "kenes")
    assert report.human == 2  # the sentence occurs twice in a.md
    # The next edit finds the memory as this build left it: a.md is taken from the memo again.
    translated.clear()
    (config.root / "content" / "b.md").write_text(SECOND, encoding="utf-8")
    assert counted(build_site(config)) == (0, 4, 2, 0, {}, [])  # the titles, Министр…, Кездесу…; the correction
    assert translated == ["b.md"]


def test_a_newly_installed_package_translates_the_unchanged_articles(
    site, tmp_path, tiny_packages, monkeypatch, translated
):
    packages = tmp_path / "packages"
    packages.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    config = site({"content/a.md": ARTICLE, "content/b.md": SECOND}, "search: false\n")
    assert build_site(config).translated == 0
    translated.clear()
    unpack(tiny_packages.kk_en, packages)
    report = build_site(config)
    assert sorted(translated) == ["a.md", "b.md"]
    assert (report.translated, report.untranslated) == (5, 0)
    expected = tiny_packages.kk_en_model.expected("Министр жаңа жобаларды таныстырды.")
    assert html.escape(expected, quote=False) in page_of(config, "kenes")


# --- translate_articles with recorded outcomes ----------------------------------------------------------


class Answering:
    """A translator whose answers say what they are: Russian it has no model for; a sentence with "қате" in
    it fails; one naming Астана loses that term."""

    def __init__(self):
        self.asked: list[str] = []

    def supports(self, source, target):
        return source == "kk"

    def translate(self, texts, source, target):
        self.asked += texts
        return [None if "қате" in text else Translation(text.upper(), "memory") for text in texts]

    def lost_terms(self, text, source, target):
        return [("Астана", "Astana")] if "Астана" in text else []

    def failure(self, text, source, target):
        return "too long" if "қате" in text else None

    def stopped(self, source, target):
        return None


def article(name: str, lang: str, *texts: str, sidecar: list[list[str]] | None = None) -> Article:
    sentences = tuple(S(f"s{n}", text, n + 3) for n, text in enumerate(texts))
    source = SourceDocument(Path(name), Path(name), {}, "", 3, "markdown", lang)
    if sidecar is not None:
        source = dataclasses.replace(source, translation=dataclasses.replace(source, lang="en"))
    title = S("t", f"{name} тақырыбы", 1)
    return Article(source, name, title, lang, None, [Block("b", "p", sentences, 3)], sidecar)


def articles() -> list[Article]:
    return [
        article("a.md", "kk", "Астана сөйлемі.", "Ортақ сөйлем.", "Ортақ сөйлем."),
        article("b.md", "kk", "Ортақ сөйлем.", "қате сөйлем.", "Астана сөйлемі."),
        article("c.md", "ru", "Русское предложение.", "Ещё одно."),
        article("d.md", "kk", "Бір.", "Екі.", sidecar=[["One.", "Two."], ["A paragraph too many."]]),
        article("e.md", "kk", "қате сөйлем.", "Өз сөйлемі."),
    ]


def test_recorded_outcomes_count_and_warn_as_translating_the_articles_again():
    full, outcomes = BuildReport(), {}
    first = articles()
    for number, recorded in zip(first, translate_articles(first, "en", Answering(), full).values(), strict=True):
        outcomes[number.source.path.name] = recorded
    assert full.warnings and full.missing_pairs and full.human and full.cached and full.untranslated
    for fresh in ("a.md", "b.md", "e.md"):
        again, translator = BuildReport(), Answering()
        second = articles()
        recorded = {id(a): outcomes[a.source.path.name] for a in second if a.source.path.name != fresh}
        translate_articles(second, "en", translator, again, recorded)
        assert counted(again) == counted(full), fresh
        fresh_article = next(a for a in second if a.source.path.name == fresh)
        assert sorted(translator.asked) == sorted({s.plain for s in [fresh_article.title, *fresh_article.sentences()]})
