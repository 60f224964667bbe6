"""Listing pages made from summaries are the pages made from the whole articles."""

import dataclasses
import datetime as dt

from briefgen.build.site_writer import facts_hook
from briefgen.config import Config
from briefgen.model import Agency, Figure, Quote, Translation
from briefgen.render import Keys, render_site, site_outputs
from briefgen.render.summary import summarize

from .conftest import make_article, person, talks

TOKAYEV = person("Kassym-Jomart Tokayev", "president", "Kazakhstan", host=True, original="Қасым-Жомарт Тоқаев")
JAPAROV = person("Sadyr Japarov", "president", "Kyrgyzstan", original="Садыр Жапаров")


def articles():
    meeting = talks(TOKAYEV, JAPAROV, city="Astana", country="Kazakhstan", date=dt.date(2026, 3, 5), topics=("trade",))
    meeting.figures = [Figure(4.5e9, "USD", "4,5 млрд долларов", "trade turnover", sentences=["s1"])]
    meeting.quotes = [Quote("Kassym-Jomart Tokayev", "Мы друзья.", sentences=["s2"])]
    meeting.sentences, meeting.evidence, meeting.rules = ["s1", "s2"], {"kind": ["s1"]}, {"kind": ["talks.verb"]}
    translated = make_article(
        "astana-talks",
        dt.date(2026, 3, 5),
        [meeting],
        body="Первое предложение. Второе предложение.\n\nТретий абзац.",
    )
    second = translated.sentences()[1]
    translated.translations = {
        translated.title.id: Translation("Talks in Astana", "machine"),
        second.id: Translation("The second sentence.", "machine"),
    }
    translated.reported_by = Agency("Kazinform", "source.closing", ("s3",))
    # No English title and no facts: the headline is the original, the lead the first translated sentence.
    plain = make_article("plain", dt.date(2026, 2, 1), body="Один. Два.")
    plain.translations = {plain.sentences()[0].id: Translation("One.", "memory")}
    untranslated = make_article("no-date", body="Без перевода.")
    return [translated, plain, untranslated]


def test_the_site_listed_from_summaries_is_the_site_listed_from_whole_articles(tmp_path):
    config = Config(root=tmp_path)
    whole = render_site(articles(), config, hooks=[facts_hook])
    assert "facts.json" in whole

    def failed(article, exc):
        raise exc

    given = articles()
    with_summaries = {
        output.path: output.data()
        for output in site_outputs(given, config, Keys(""), hooks=[facts_hook], failed=failed)
    }
    assert with_summaries == whole
    assert [article.blocks for article in given] != [article.blocks for article in articles()]  # summaries now


def test_a_summary_keeps_what_listings_read_and_drops_the_body():
    article = articles()[0]
    summary = summarize(article)
    assert [s.text for s in summary.sentences()] == ["Второе предложение."]
    assert summary.translations.keys() == {article.title.id, article.sentences()[1].id}
    assert (summary.slug, summary.date, summary.title, summary.reported_by) == (
        article.slug,
        article.date,
        article.title,
        article.reported_by,
    )
    # The meetings as listed: without the sentences and rules behind each fact, which only its page shows.
    assert [m.evidence or m.rules for m in summary.meetings] == [{}] and article.meetings[0].rules
    assert [dataclasses.replace(m, evidence={}, rules={}) for m in article.meetings] == summary.meetings
    assert summarize(summary).meetings[0] is summary.meetings[0]  # a summary's own, as they are


def _keyed_build(config, render_key, given, rows_file):
    """A build's outputs' keys, its Keys and RowMemo kept as a build keeps them."""
    from briefgen.render import RowMemo

    def failed(article, exc):
        raise exc

    keys = Keys(render_key)
    rows = RowMemo(rows_file, keys)
    made = {output.path: output.key for output in site_outputs(given, config, keys, failed=failed, rows=rows)}
    rows.keep(given)  # `given` holds the summaries now, as a build's published articles
    return made, keys


def test_a_summary_keeps_the_hash_its_pickle_gave_for_the_same_article_and_no_other(tmp_path):
    config = Config(root=tmp_path)
    rows_file = tmp_path / "rows.sqlite3"
    first, first_keys = _keyed_build(config, "k", articles(), rows_file)
    again, again_keys = _keyed_build(config, "k", articles(), rows_file)
    # The hashes were read back, not made again, and key every listing as the pickles of the summaries did.
    assert again_keys.summaries == first_keys.summarized and len(first_keys.summarized) == 3
    assert again == first

    edited = articles()
    edited[0].translations[edited[0].title.id] = Translation("Talks held in Astana", "machine")
    changed, _ = _keyed_build(config, "k", edited, rows_file)
    assert changed["index.html"] != first["index.html"]  # its headline is listed there
    assert changed["people/sadyr-japarov/index.html"] != first["people/sadyr-japarov/index.html"]
    untouched = [path for path in first if path.startswith("briefings/plain")]
    assert untouched and all(changed[path] == first[path] for path in untouched)
