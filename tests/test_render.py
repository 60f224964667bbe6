import datetime as dt
from pathlib import Path

from briefgen.config import Config
from briefgen.facts.attribution.source import front_matter_agency
from briefgen.model import SourceDocument, Translation
from briefgen.render import inline_markdown, render_site
from briefgen.segment import segment


def article(body: str, lang: str = "ru", meta: dict | None = None):
    meta = {"title": "Заголовок", **(meta or {})}
    return segment(SourceDocument(Path("a.md"), Path("a.md"), meta, body, 1, "markdown", lang))


def test_raw_html_and_dangerous_links_are_sanitized():
    html = str(inline_markdown("Текст <script>alert(1)</script><img src=x onerror=alert(1)> [a](javascript:alert(1))"))
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html
    assert str(inline_markdown("**жирный** [сайт](https://example.org)")) == (
        '<strong>жирный</strong> <a href="https://example.org" rel="noopener noreferrer">сайт</a>'
    )


def test_front_matter_is_escaped_on_the_page(tmp_path):
    a = article("Текст.", meta={"title": "<b>T</b>", "source": '"><script>x()</script>', "tags": ["<i>"]})
    a.reported_by = front_matter_agency(a)  # the facts stage's reading of `source`, shown as "Reported by"
    pages = render_site([a], Config(root=tmp_path))
    page = pages[f"briefings/{a.slug}/index.html"].decode()
    assert "<script>x()" not in page and "&lt;script&gt;" in page
    assert "<b>T</b>" not in page and "&lt;i&gt;" in page


def test_parallel_rows_carry_lang_ids_and_untranslated_marks(tmp_path):
    a = article("Первое предложение. Второе предложение.")
    first, second = a.sentences()
    a.translations[first.id] = Translation("First sentence.", "machine")
    page = render_site([a], Config(root=tmp_path))[f"briefings/{a.slug}/index.html"].decode()
    assert f'<span class="s" id="{first.id}">Первое предложение.</span>' in page
    assert f'lang="en" data-sentence="{first.id}" title="Machine translation">First sentence.</div>' in page
    untranslated = page[page.index(f'data-sentence="{second.id}"') - 60 :]
    assert f'class="en untranslated" data-sentence="{second.id}"' in untranslated
    assert "not translated" in untranslated[:200] and "Второе предложение." not in untranslated
    for view in ("view-both", "view-original", "view-english"):
        assert f'id="{view}"' in page and f'for="{view}"' in page


def test_a_site_template_overrides_the_default(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "index.html").write_text(
        '{% extends "base.html" %}{% block main %}OWN INDEX {{ articles|length }}{% endblock %}'
    )
    pages = render_site([article("Текст.")], Config(root=tmp_path))
    assert "OWN INDEX 1" in pages["index.html"].decode()
    assert '<link rel="stylesheet" href="static/style.css">' in pages["index.html"].decode()


def test_index_lists_newest_first_with_relative_links(tmp_path):
    old = article("Старое.", meta={"title": "Старое", "date": dt.date(2025, 1, 1)})
    new = article("Новое.", meta={"title": "Новое", "date": dt.date(2026, 1, 1)})
    undated = article("Без даты.", meta={"title": "Без даты"})
    index = render_site([old, undated, new], Config(root=tmp_path))["index.html"].decode()
    positions = [index.index(f'href="briefings/{a.slug}/index.html"') for a in (new, old, undated)]
    assert positions == sorted(positions)
    assert index.index("Without a date") < positions[2]


def test_machine_translation_is_marked_as_such_wherever_it_comes_from(tmp_path):
    a = article("Первое предложение. Второе предложение.")
    first, second = a.sentences()
    page = render_site([a], Config(root=tmp_path))[f"briefings/{a.slug}/index.html"].decode()
    assert "machine translation" not in page.split("<footer")[0]
    a.translations[first.id] = Translation("First.", "machine")
    a.translations[second.id] = Translation("Second.", "memory")
    page = render_site([a], Config(root=tmp_path))[f"briefings/{a.slug}/index.html"].decode()
    assert "English · machine translation, check before quoting" in page
    assert page.count('title="Machine translation"') == 2


def test_the_title_shows_once_untranslated_and_beside_its_english_when_translated(tmp_path):
    a = article("Текст.", meta={"title": "Встреча министров"})
    header = lambda: render_site([a], Config(root=tmp_path))[f"briefings/{a.slug}/index.html"].decode()  # noqa: E731
    untranslated = header().split("<article")[1].split("</header>")[0]
    assert untranslated.count("Встреча министров") == 1 and f'id="{a.title.id}"' in untranslated
    a.translations[a.title.id] = Translation("Ministers meet", "machine")
    translated = header().split("<article")[1].split("</header>")[0]
    assert "Ministers meet" in translated and translated.count("Встреча министров") == 1
    assert f'class="title-original" lang="ru" id="{a.title.id}"' in translated
