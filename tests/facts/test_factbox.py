"""Fact boxes on the built pages, the key facts on the index, and site/facts.json."""

import datetime
import json
import os
import re

from briefgen.build import build_site

ARTICLE = """---
title: Премьер-министр провел переговоры
date: 2025-03-05
lang: ru
---

Премьер-министр Казахстана Олжас Бектенов провел в Астане переговоры с Премьер-министром Таджикистана
Кохиром Расулзода.

Товарооборот составил $4,5 млрд. «Мы готовы: 5 < 10 & <b>вместе</b>», — сказал Олжас Бектенов.
"""


def test_the_article_page_shows_a_fact_box_linked_to_its_sentences(site):
    config = site({"content/talks.md": ARTICLE})
    report = build_site(config)
    assert report.errors == []
    page = next((config.root / "site" / "briefings").glob("*/index.html")).read_text(encoding="utf-8")
    box = page[page.index('class="factbox"') : page.index("</section>", page.index('class="factbox"'))]
    assert "Talks" in box and "Astana, Kazakhstan" in box
    assert "Olzhas Bektenov" in box and "Kohir Rasulzoda" in box and "prime minister, Tajikistan" in box
    assert "US$4.5 billion" in box
    # Every link lands on a sentence of the page and carries that sentence's wording.
    targets = re.findall(r'href="#(s[0-9a-f]+)"', box)
    assert targets and all(f'id="{t}"' in page for t in targets)
    assert 'title="Товарооборот составил $4,5 млрд."' in box
    # Article text reaches the page escaped, never as markup.
    assert "5 &lt; 10 &amp;" in box and "5 < 10" not in box


def test_the_index_has_key_facts_and_the_site_has_facts_json(site):
    config = site({"content/talks.md": ARTICLE})
    build_site(config)
    index = (config.root / "site" / "index.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", "", index).split())
    assert "Talks · Astana, Kazakhstan · Olzhas Bektenov, Kohir Rasulzoda · US$4.5 billion" in text
    [entry] = json.loads((config.root / "site" / "facts.json").read_text(encoding="utf-8"))
    assert entry["meetings"][0]["kind"] == "talks"
    assert entry["url"].startswith("briefings/")


def test_front_matter_meetings_override_and_bad_ones_are_reported(site):
    fixed = ARTICLE.replace("lang: ru\n", "lang: ru\nmeetings:\n  - kind: reception\n")
    broken = ARTICLE.replace("lang: ru\n", "lang: ru\nmeetings:\n  - date: soon\n")
    config = site({"content/a.md": fixed, "content/b.md": broken.replace("переговоры", "встречу")})
    report = build_site(config)
    data = {e["source"]: e for e in json.loads((config.root / "site" / "facts.json").read_text(encoding="utf-8"))}
    assert data["a.md"]["meetings"][0]["kind"] == "reception"
    [error] = report.errors
    assert str(error).startswith(str(config.root / "content" / "b.md") + ":5:") and "is not a date" in str(error)


def test_a_meeting_dated_by_its_dateline_shows_the_date_linked_to_it(site):
    report_text = (
        "АСТАНА, 21 қазан – Sputnik. Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ақордада Түркия Президенті "
        "Режеп Тайып Ердоғанды қабылдады.\n"
    )
    config = site({"content/reception.txt": report_text})
    saved = datetime.datetime(2025, 10, 22, 9, 0).timestamp()  # the file's date gives the year
    os.utime(config.root / "content" / "reception.txt", (saved, saved))
    build_site(config)
    page = next((config.root / "site" / "briefings").glob("*/index.html")).read_text(encoding="utf-8")
    box = page[page.index('class="factbox"') : page.index("</details>", page.index('class="factbox"'))]
    dated = re.search(r'<dt>Date</dt><dd><a href="#(s[0-9a-f]+)"[^>]*><time datetime="2025-10-21">21 October 2025', box)
    assert dated and f'id="{dated.group(1)}"' in page
    [entry] = json.loads((config.root / "site" / "facts.json").read_text(encoding="utf-8"))
    assert entry["meetings"][0]["date"] == "2025-10-21"
