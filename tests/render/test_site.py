"""The site render_site makes from articles with meetings: page types, links, feeds, discovery."""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET

from briefgen.config import Config
from briefgen.model import Agency, Translation
from briefgen.render import render_site

from .conftest import make_article, person, talks

ATOM = "{http://www.w3.org/2005/Atom}"
TOKAYEV = person("Kassym-Jomart Tokayev", "president", "Kazakhstan", host=True, original="Қасым-Жомарт Тоқаев")
JAPAROV = person("Sadyr Japarov", "president", "Kyrgyzstan", original="Садыр Жапаров")


def sample_articles():
    first = make_article(
        "first-call",
        dt.date(2026, 2, 10),
        [talks(TOKAYEV, JAPAROV, kind="phone call", date=dt.date(2026, 2, 10), topics=("water",))],
        lang="kk",
        body="Тоқаев Жапаровпен телефон арқылы сөйлесті.",
    )
    second = make_article(
        "astana-talks",
        dt.date(2026, 3, 5),
        [talks(TOKAYEV, JAPAROV, city="Astana", country="Kazakhstan", date=dt.date(2026, 3, 5), topics=("trade",))],
    )
    undated = make_article("no-date")
    return [first, second, undated]


def build(tmp_path, **settings):
    files = render_site(sample_articles(), Config(root=tmp_path, **settings))
    return {path: data.decode() for path, data in files.items()}


def test_a_person_page_lists_names_roles_country_and_every_meeting_linking_to_its_fact_box(tmp_path):
    site = build(tmp_path)
    page = site["people/kassym-jomart-tokayev/index.html"]
    assert "<h1>Kassym-Jomart Tokayev</h1>" in page
    assert '<span lang="kk">Қасым-Жомарт Тоқаев</span>' in page and "president" in page
    assert 'href="../../countries/kazakhstan/index.html">Kazakhstan</a>' in page
    newer = page.index("../../briefings/astana-talks/index.html#meeting-1")
    older = page.index("../../briefings/first-call/index.html#meeting-1")
    assert newer < older, "meetings newest first"
    assert 'href="../sadyr-japarov/index.html">Sadyr Japarov</a> (Kyrgyzstan)' in page
    assert "Kassym-Jomart Tokayev</a>" not in page.split("<tbody>")[1], "a person is not their own counterpart"


def test_countries_topics_and_months_have_pages_and_lists(tmp_path):
    site = build(tmp_path)
    assert "Sadyr Japarov" in site["countries/kyrgyzstan/index.html"]
    assert "astana-talks" in site["topics/trade/index.html"] and "first-call" not in site["topics/trade/index.html"]
    assert "first-call" in site["archive/2026/02/index.html"]
    archive = site["archive/index.html"]
    assert archive.index("March 2026") < archive.index("February 2026")
    assert 'href="kassym-jomart-tokayev/index.html">Kassym-Jomart Tokayev</a>' in site["people/index.html"]
    assert 'href="kyrgyzstan/index.html">Kyrgyzstan</a>' in site["countries/index.html"]
    assert 'href="water/index.html">water</a>' in site["topics/index.html"]


def test_the_index_is_paginated_newest_first_with_undated_briefings_last_under_their_heading(tmp_path):
    site = build(tmp_path, per_page=2)
    first, second = site["index.html"], site["page/2/index.html"]
    assert first.index("briefings/astana-talks/") < first.index("briefings/first-call/")
    assert "no-date" not in first and 'href="page/2/index.html" rel="next"' in first
    assert "Without a date" in second and "briefings/no-date/index.html" in second
    assert 'href="../../index.html" rel="prev"' in second


def test_a_persons_meetings_are_paginated_newest_first_with_the_facts_on_the_first_page(tmp_path):
    site = build(tmp_path, meetings_per_page=1, base_url="https://desk.example/")
    first, second = (
        site["people/kassym-jomart-tokayev/index.html"],
        site["people/kassym-jomart-tokayev/page/2/index.html"],
    )
    assert "astana-talks" in first and "first-call" not in first
    assert "first-call" in second and "astana-talks" not in second
    assert 'href="page/2/index.html" rel="next">Older meetings</a>' in first and 'rel="prev"' not in first
    assert 'href="../../index.html" rel="prev">Newer meetings</a>' in second and 'rel="next"' not in second
    # The facts, from every meeting, on the first page alone.
    assert "<dt>Meetings</dt><dd>2 in 2 briefings</dd>" in first and "<dt>" not in second
    assert "<title>Kassym-Jomart Tokayev, page 2 · Briefings</title>" in second
    canonical = '<link rel="canonical" href="https://desk.example/people/kassym-jomart-tokayev/page/2/index.html">'
    assert canonical in second
    assert "https://desk.example/people/kassym-jomart-tokayev/page/2/index.html" in site["sitemap.xml"]
    assert "people/kassym-jomart-tokayev/page/3/index.html" not in site


def test_country_and_topic_pages_are_paginated_and_keep_their_feed(tmp_path):
    site = build(tmp_path, meetings_per_page=1)
    first, second = site["countries/kyrgyzstan/index.html"], site["countries/kyrgyzstan/page/2/index.html"]
    assert "2 meetings with people of Kyrgyzstan" in first and "meetings with people of" not in second
    assert '<h1>Kyrgyzstan <span class="page-number">page 2 of 2</span></h1>' in second
    assert 'href="../../feed.xml"' in second  # the country's Atom feed, from its every page
    feed = ET.fromstring(site["countries/kyrgyzstan/feed.xml"])
    assert len(feed.findall(f"{ATOM}entry")) == 2
    assert "topics/trade/page/2/index.html" not in site  # one meeting: one page


def test_a_months_briefings_are_paginated_as_the_home_page_is(tmp_path):
    later = make_article("later-call", dt.date(2026, 2, 20), [talks(TOKAYEV, JAPAROV, date=dt.date(2026, 2, 20))])
    files = render_site([*sample_articles(), later], Config(root=tmp_path, per_page=1))
    first, second = (files[p].decode() for p in ("archive/2026/02/index.html", "archive/2026/02/page/2/index.html"))
    assert "briefings/later-call/" in first and "briefings/first-call/" not in first
    assert "briefings/first-call/" in second and "briefings/later-call/" not in second
    assert 'href="page/2/index.html" rel="next">Older briefings</a>' in first
    assert 'href="../../index.html" rel="prev">Newer briefings</a>' in second
    assert "<h1>Briefings of February 2026, page 2</h1>" in second
    assert "archive/2026/03/page/2/index.html" not in files  # one briefing in March: one page


def test_untranslated_briefings_read_in_english_from_their_facts(tmp_path):
    site = build(tmp_path)
    index = site["index.html"]
    assert "Kassym-Jomart Tokayev holds talks with Sadyr Japarov" in index
    assert "headline written from the facts" in index
    page = site["briefings/first-call/index.html"]
    assert "<title>Kassym-Jomart Tokayev and Sadyr Japarov speak by phone · Briefings</title>" in page
    assert page.count("No English translation of this briefing yet") == 1
    assert "badge-untranslated" not in page and 'class="view-switch"' not in page


def test_quotes_show_in_english_where_their_sentence_is_translated(tmp_path):
    from briefgen.model import Quote

    article = make_article("quoted", dt.date(2026, 1, 1), body="«Мы готовы», — сказал он. Другое.")
    quoted, other = article.sentences()
    meeting = talks(TOKAYEV, JAPAROV)
    meeting.quotes = [Quote("Kassym-Jomart Tokayev", "Мы готовы", [quoted.id])]
    article.meetings = [meeting]
    article.translations[quoted.id] = Translation("“We are ready,” he said.", "machine")
    page = render_site([article], Config(root=tmp_path))["briefings/quoted/index.html"].decode()
    box = page.split('<figure class="quote">')[1].split("</figure>")[0]
    assert "We are ready" in box and '<p class="original" lang="ru">Мы готовы</p>' in box


def test_atom_feeds_list_english_entries_newest_first_with_stable_ids(tmp_path):
    site = build(tmp_path)
    feed = ET.fromstring(site["feed.xml"])
    titles = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    assert titles[0] == "Kassym-Jomart Tokayev holds talks with Sadyr Japarov" and len(titles) == 3
    ids = [e.findtext(f"{ATOM}id") for e in feed.iter(f"{ATOM}entry")]
    assert all(i.startswith("urn:uuid:") for i in ids) and ids == [
        e.findtext(f"{ATOM}id") for e in ET.fromstring(build(tmp_path)["feed.xml"]).iter(f"{ATOM}entry")
    ]
    link = next(e for e in feed.iter(f"{ATOM}entry")).find(f"{ATOM}link").get("href")
    assert link == "briefings/astana-talks/index.html"
    topic = ET.fromstring(site["topics/water/feed.xml"])
    assert [e.findtext(f"{ATOM}title") for e in topic.iter(f"{ATOM}entry")] == [titles[1]]
    assert "countries/kyrgyzstan/feed.xml" in site


def test_an_absolute_base_url_gives_canonical_urls_opengraph_a_sitemap_and_absolute_feed_links(tmp_path):
    site = build(tmp_path, base_url="https://example.org/briefs/")
    page = site["briefings/astana-talks/index.html"]
    url = "https://example.org/briefs/briefings/astana-talks/index.html"
    assert f'<link rel="canonical" href="{url}">' in page and f'<meta property="og:url" content="{url}">' in page
    assert 'href="../../index.html"' in page, "links stay relative"
    sitemap = ET.fromstring(site["sitemap.xml"])
    locs = {u.findtext("{*}loc"): u.findtext("{*}lastmod") for u in sitemap}
    assert locs[url] == "2026-03-05" and "https://example.org/briefs/404.html" not in locs
    assert "Sitemap: https://example.org/briefs/sitemap.xml" in site["robots.txt"]
    feed = ET.fromstring(site["feed.xml"])
    assert next(feed.iter(f"{ATOM}entry")).find(f"{ATOM}link").get("href") == url


def test_without_an_absolute_base_url_there_is_no_sitemap_and_no_canonical(tmp_path):
    site = build(tmp_path)
    assert "sitemap.xml" not in site and "Sitemap:" not in site["robots.txt"]
    assert 'rel="canonical"' not in site["index.html"]


def test_json_ld_names_the_people_a_briefing_is_about(tmp_path):
    page = build(tmp_path)["briefings/astana-talks/index.html"]
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2026-03-05"
    assert [p["name"] for p in data["about"]] == ["Kassym-Jomart Tokayev", "Sadyr Japarov"]
    assert 'content="Prime' not in page and 'name="description" content="President Kassym-Jomart Tokayev' in page


def test_every_page_offers_search_home_feed_and_facts_json(tmp_path):
    site = build(tmp_path)
    for path, html in site.items():
        if path.endswith(".html"):
            assert 'role="search"' in html and 'class="skip-link" href="#main"' in html, path
            assert 'rel="icon"' in html and "facts.json" in html, path


def test_the_404_page_links_from_the_base_path_so_it_works_at_any_depth(tmp_path):
    page = build(tmp_path, base_url="/briefs/")["404.html"]
    assert 'href="/briefs/static/style.css"' in page and 'href="/briefs/index.html"' in page


def test_directory_urls_link_to_folders(tmp_path):
    index = build(tmp_path, use_directory_urls=True)["index.html"]
    assert 'href="briefings/astana-talks/"' in index and "index.html" not in index.split("<main")[1]


def test_figures_keep_their_qualifiers_in_the_fact_box_and_on_listings(tmp_path):
    from briefgen.model import Figure

    meeting = talks(TOKAYEV, JAPAROV, topics=("investment",))
    meeting.figures = [Figure(5e9, "USD", "более $5 млрд", "investment", qualifier="more than")]
    article = make_article("money", dt.date(2026, 4, 1), [meeting])
    files = render_site([article], Config(root=tmp_path))
    assert "<strong>more than US$5 billion</strong>" in files["briefings/money/index.html"].decode()
    assert "more than US$5 billion investment" in files["topics/investment/index.html"].decode()


def test_a_feed_entrys_author_is_the_agency_that_reports_the_article(tmp_path):
    articles = sample_articles()
    articles[1].reported_by = Agency("Kazinform", "source.dateline", ("s1",))
    feed = ET.fromstring(render_site(articles, Config(root=tmp_path))["feed.xml"].decode())
    authors = [e.findtext(f"{ATOM}author/{ATOM}name") for e in feed.iter(f"{ATOM}entry")]
    assert authors[0] == "Kazinform" and authors[1] == Config().title
