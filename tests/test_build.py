"""The whole pipeline, as `briefgen build` runs it."""

import json
import shutil
from pathlib import Path

import pytest

import briefgen.render as render_module
import briefgen.write
from briefgen.build import BuildFailed, build_site, site_writer
from briefgen.build.pipeline import _NoMachineTranslation, produce
from briefgen.config import load_config
from briefgen.facts import facts_json
from briefgen.facts.output import to_json
from briefgen.model import Translation

from .conftest import KK_MEETING, REPO, RU_MEETING, require_sample


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_project_content_builds_one_bilingual_page_per_article(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    config = load_config(tmp_path)
    report = build_site(config)
    site = tmp_path / "site"
    pages = sorted(p.parent.name for p in (site / "briefings").glob("*/index.html"))
    assert report.errors == []
    assert len(pages) == report.articles >= 5
    assert report.human > 0  # the sample content ships human translations
    index = (site / "index.html").read_text()
    for slug in pages:
        assert f'href="briefings/{slug}/index.html"' in index
        page = (site / "briefings" / slug / "index.html").read_text()
        assert 'class="src" lang="kk"' in page or 'class="src" lang="ru"' in page
        assert 'lang="en"' in page


def test_the_shared_sample_builds_with_title_from_its_lead(site):
    sample = require_sample()
    config = site({"content/visit.txt": sample.read_text(encoding="utf-8")})
    report = build_site(config)
    (page,) = (config.root / "site" / "briefings").glob("*/index.html")
    html = page.read_text()
    assert report.articles == 1 and report.errors == []
    assert 'lang="kk"' in html
    # every sentence of the article is on the page, under one notice that it is not translated
    lines = [line for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert html.count("No English translation of this briefing yet") == 1
    assert report.untranslated == html.count('class="s"') + 1  # + the title
    assert report.untranslated > len(lines)
    assert report.missing_pairs == {("kk", "en"): report.untranslated}
    assert page.parent.name.startswith("qazaqstan-respublikasynyn-premer-ministri")


def test_a_broken_article_is_reported_and_the_rest_still_builds(site):
    config = site({"content/good.md": RU_MEETING, "content/bad.md": "---\ntitle: [x\n---\nТекст.\n"})
    report = build_site(config)
    assert report.articles == 1
    assert [e.path.name for e in report.errors] == ["bad.md"]
    with pytest.raises(BuildFailed, match="--strict"):
        build_site(config, strict=True)


def test_strict_fails_on_untranslated_sentences_and_writes_nothing(site):
    config = site({"content/a.md": KK_MEETING})
    with pytest.raises(BuildFailed, match="untranslated"):
        build_site(config, strict=True)
    assert not (config.root / "site").exists()


def test_two_builds_of_the_same_input_are_byte_identical(site):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    first = snapshot(config.root / "site")
    build_site(config)
    # Pagefind's search bundle is not byte-stable (its filter files are written from unordered maps);
    # everything briefgen itself writes is.
    assert without_search(snapshot(config.root / "site")) == without_search(first)


def without_search(files: dict[str, bytes]) -> dict[str, bytes]:
    return {path: data for path, data in files.items() if not path.startswith("pagefind/")}


def test_a_failure_mid_build_leaves_the_old_site_in_place(site, monkeypatch):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    before = snapshot(config.root / "site")
    (config.root / "content" / "b.md").write_text(RU_MEETING, encoding="utf-8")

    real_write_bytes = Path.write_bytes
    written = []

    def failing_write_bytes(self, data):
        written.append(self)
        if len(written) == 3:
            raise OSError(28, "No space left on device")
        return real_write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write_bytes)
    with pytest.raises(BuildFailed, match="the disk is full .* the site already there is untouched"):
        build_site(config)
    monkeypatch.undo()
    assert len(written) == 3
    assert snapshot(config.root / "site") == before
    assert sorted(p.name for p in config.root.iterdir()) == [".briefgen-cache", "content", "site"]


def test_an_interrupted_swap_restores_the_old_site(site, monkeypatch):
    """Where there is no atomic exchange, the swap is two renames; an interruption between them undoes."""
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    before = snapshot(config.root / "site")
    real_rename = Path.rename
    monkeypatch.setattr(briefgen.write, "exchange", lambda first, second: False)

    def interrupted(self, target):
        if self.name.startswith(briefgen.write.STAGING_PREFIX):
            raise KeyboardInterrupt
        return real_rename(self, target)

    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац.\n")  # so the rebuild writes
    monkeypatch.setattr(Path, "rename", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_site(config)
    monkeypatch.undo()
    assert snapshot(config.root / "site") == before


@pytest.mark.parametrize("slug", ["../../outside", "/etc/briefgen", "..", "a/../../b", "%2e%2e"])
def test_no_slug_can_write_outside_the_site(site, slug):
    config = site({"content/a.md": RU_MEETING.replace("source:", f"slug: '{slug}'\nsource:")})
    build_site(config)
    root = config.root
    assert sorted(p.name for p in root.iterdir()) == [".briefgen-cache", "content", "site"]
    pages = [p.relative_to(root / "site").as_posix() for p in (root / "site").rglob("index.html")]
    assert len([p for p in pages if p.startswith("briefings/")]) == 1 and all(".." not in p for p in pages)


def test_output_dir_may_not_swallow_the_content(site):
    config = site({"content/a.md": RU_MEETING}, config_yaml="output_dir: .\n")
    with pytest.raises(BuildFailed, match="output_dir"):
        build_site(config)


def test_human_translation_fills_the_english_side(site):
    english = (
        "---\ntitle: The Prime Minister met the Chinese ambassador\n---\n\nA meeting took place in Astana. "
        'The sides discussed cargo transit.\n\n"We are open to cooperation," the prime minister said.\n'
    )
    config = site({"content/a.md": RU_MEETING, "content/a.en.md": english})
    report = build_site(config, strict=True)
    assert report.untranslated == 0 and report.human == 4
    (page,) = (config.root / "site" / "briefings").glob("*/index.html")
    html = page.read_text()
    assert "The Prime Minister met the Chinese ambassador" in html
    assert 'class="en origin-human" lang="en"' in html


def test_a_machine_translator_gets_each_distinct_sentence_once(site):
    shared = "Стороны обсудили вопросы сотрудничества."
    config = site(
        {
            "content/a.md": f"---\ntitle: Первая\n---\n\n{shared} Первая статья.\n",
            "content/b.md": f"---\ntitle: Вторая\n---\n\n{shared} Вторая статья.\n",
        }
    )
    calls = []

    class Recording:
        def supports(self, source, target):
            return (source, target) == ("ru", "en")

        def translate(self, texts, source, target):
            calls.append(list(texts))
            return [Translation(f"EN {t}", "machine") for t in texts]

    report = build_site(config, translator=Recording())
    (batch,) = calls
    assert sorted(batch) == sorted({shared, "Первая статья.", "Вторая статья.", "Первая", "Вторая"})
    assert report.translated == 5 and report.untranslated == 0
    assert f"EN {shared}" in next((config.root / "site" / "briefings").glob("*/index.html")).read_text()


def test_a_translation_with_the_wrong_number_of_paragraphs_is_used_and_reported(site):
    english = "---\ntitle: Meeting with the ambassador\n---\n\nA meeting took place in Astana.\n"
    config = site({"content/a.md": RU_MEETING, "content/a.en.md": english})
    report = build_site(config)
    (warning,) = report.warnings
    assert warning.startswith(f"{config.root / 'content' / 'a.en.md'}: 1 paragraphs, but a.md has 2")
    # The first paragraph (two sentences in Russian, one in English) is kept whole beside its original.
    assert report.human == 3 and report.untranslated == 1


def test_facts_json_streamed_is_the_file_facts_json_makes(site):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING, "content/c.md": KK_MEETING})
    build_site(config)
    _, articles = produce(config, _NoMachineTranslation(), keep=False)
    assert len(articles) == 3 and any(article.meetings for article in articles)
    written = (config.root / "site" / "facts.json").read_bytes()
    assert written == facts_json(articles)
    for some in ([], articles[:1]):  # the streamed form is to_json's, whatever the number of entries
        data = facts_json(some)
        assert data == (to_json(json.loads(data)) + "\n").encode("utf-8")


def test_a_streamed_file_that_fails_leaves_the_site_as_it_was(site, monkeypatch):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    before = snapshot(config.root / "site")

    def broken(article):
        raise RuntimeError("no entry")

    monkeypatch.setattr(site_writer, "facts_entry", broken)
    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац.\n", encoding="utf-8")
    with pytest.raises(BuildFailed, match="no entry"):
        build_site(config)
    assert snapshot(config.root / "site") == before
    assert sorted(p.name for p in config.root.iterdir() if p.name.startswith(".staging")) == []


def test_a_listing_page_streamed_is_the_page_rendered_whole(site, monkeypatch):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    _, articles = produce(config, _NoMachineTranslation(), keep=False)
    monkeypatch.setattr(render_module, "STREAM_CHARACTERS", 100)  # many chunks, cut anywhere in the page
    env, built = render_module.make_environment(config), render_module.make_site(articles, config)
    pages = [page for generator in render_module.PAGE_GENERATORS for page in generator(built)]
    assert {"index.html", "people/index.html"} < {page.path for page in pages}
    for page in pages:
        chunks = list(render_module._render_chunks(env, built, page))
        assert b"".join(chunks) == render_module._render(env, built, page)
    assert len(chunks) > 1
