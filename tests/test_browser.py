"""What a reader sees, in a real browser (Debian's Chromium, headless, driven by Playwright)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.build import build_site
from briefgen.model import Translation

from .conftest import RU_MEETING

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: make test")
if CHROMIUM is None:
    pytest.skip("no chromium on this machine: apt-get install chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        )
        yield browser
        browser.close()


class HalfTranslator:
    """Translates every sentence but the last of each batch, so both kinds of row are on the page."""

    def supports(self, source: str, target: str) -> bool:
        return True

    def translate(self, texts, source, target):
        return [Translation(f"English for: {t}", "machine") for t in texts[:-1]] + [None]


@pytest.fixture
def page_file(site) -> Path:
    config = site({"content/a.md": RU_MEETING})
    build_site(config, translator=HalfTranslator())
    (page,) = (config.root / "site" / "briefings").glob("*/index.html")
    return page


def visible(page, selector: str) -> list[bool]:
    return page.eval_on_selector_all(selector, "els => els.map(e => e.getClientRects().length > 0)")


def test_the_language_switch_works_without_javascript(browser, page_file):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(page_file.as_uri())
    assert all(visible(page, ".parallel .src")) and all(visible(page, ".parallel .en"))
    page.click("label[for=view-english]")
    assert not any(visible(page, ".parallel .src")) and all(visible(page, ".parallel .en"))
    page.click("label[for=view-original]")
    assert all(visible(page, ".parallel .src")) and not any(visible(page, ".parallel .en"))
    page.click("label[for=view-both]")
    assert all(visible(page, ".parallel .src")) and all(visible(page, ".parallel .en"))
    context.close()


def boxes(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(
        selector, "els => els.map(e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width}; })"
    )


def test_side_by_side_on_a_wide_screen_stacked_on_a_phone(browser, page_file):
    for width, side_by_side in ((1280, True), (390, False)):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(page_file.as_uri())
        row = ".parallel .row:not(.column-heads)"
        for src, en in zip(boxes(page, f"{row} .src"), boxes(page, f"{row} .en"), strict=True):
            if side_by_side:
                assert en["x"] > src["x"] + src["w"] - 1 and abs(en["y"] - src["y"]) < 2
            else:
                assert en["y"] > src["y"] and en["w"] > width * 0.6
        overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not overflow, f"the page scrolls sideways at {width}px"
        page.close()


def test_untranslated_sentences_are_marked_and_linked_sentences_highlighted(browser, page_file):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_file.as_uri())
    marked = page.eval_on_selector_all(".en.untranslated", "els => els.map(e => e.innerText)")
    assert marked and all(text.lower().startswith("not translated") for text in marked)
    sentence_id = page.eval_on_selector(".parallel .row:not(.column-heads) .src .s", "e => e.id")
    row = f".parallel .row:has(#{sentence_id})"
    before = page.eval_on_selector(row, "e => getComputedStyle(e).backgroundColor")
    page.goto(f"{page_file.as_uri()}#{sentence_id}")
    after = page.eval_on_selector(row, "e => getComputedStyle(e).backgroundColor")
    assert after != before
    page.close()
