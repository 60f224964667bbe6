import pytest

from briefgen import cache as cache_module
from briefgen import facts as facts_module
from briefgen.build import build_site
from briefgen.cache import SplitCache

from .conftest import KK_MEETING, RU_MEETING

PARAGRAPH = "Бірінші сөйлем. Екінші сөйлем."


def test_a_rebuild_splits_only_what_it_has_not_seen(site, monkeypatch):
    config = site({"content/a.md": KK_MEETING})
    build_site(config)
    calls = []
    real = cache_module.segment.split_sentences
    monkeypatch.setattr(cache_module.segment, "split_sentences", lambda t, lang: calls.append(t) or real(t, lang))
    build_site(config)
    assert calls == []
    (config.root / "content" / "a.md").write_text(KK_MEETING + "\nЖаңа абзац. Тағы бір сөйлем.\n")
    build_site(config)
    assert calls == ["Жаңа абзац. Тағы бір сөйлем."]


def test_the_cache_keeps_only_what_the_last_build_used(tmp_path):
    path = tmp_path / "sentences.json"
    first = SplitCache(path)
    first.split(PARAGRAPH, "kk")
    first.split("Ескі. Абзац.", "kk")
    first.save()
    second = SplitCache(path)
    assert second.split(PARAGRAPH, "kk") == ["Бірінші сөйлем.", "Екінші сөйлем."]
    assert second.hits == 1
    second.save()
    assert len(SplitCache(path).stored) == 1


def test_changed_rules_or_a_damaged_file_start_afresh(tmp_path, monkeypatch):
    path = tmp_path / "sentences.json"
    cache = SplitCache(path)
    cache.split(PARAGRAPH, "kk")
    cache.save()
    monkeypatch.setattr(cache_module, "_rules_version", lambda: "other rules")
    assert SplitCache(path).stored == {}
    path.write_text("{not json")
    assert SplitCache(path).split(PARAGRAPH, "kk") == ["Бірінші сөйлем.", "Екінші сөйлем."]


@pytest.fixture
def extractions(monkeypatch) -> list[str]:
    """The slugs of the articles fact extraction reads, in order."""
    read: list[str] = []
    real = facts_module.extract_meetings
    monkeypatch.setattr(
        facts_module, "extract_meetings", lambda article, g: read.append(article.slug) or real(article, g)
    )
    return read


def test_a_rebuild_reads_facts_only_from_articles_it_has_not_seen(site, extractions):
    config = site({"content/a.md": KK_MEETING, "content/b.md": RU_MEETING})
    build_site(config)
    first = (config.root / "site" / "facts.json").read_bytes()
    extractions.clear()
    build_site(config)
    assert extractions == []
    # Served from the store, the facts are the ones extraction gave, to the byte.
    assert (config.root / "site" / "facts.json").read_bytes() == first
    (config.root / "content" / "b.md").write_text(RU_MEETING + "\nСтороны обсудили энергетику.\n")
    build_site(config)
    assert len(extractions) == 1


def test_a_change_to_the_sites_gazetteer_reads_every_article_again(site, extractions):
    config = site({"content/a.md": KK_MEETING, "people.yaml": "people: []\n"}, "facts:\n  gazetteer: [people.yaml]\n")
    build_site(config)
    extractions.clear()
    (config.root / "people.yaml").write_text(
        "people:\n  - {name: Sadyr Japarov, role: president, country: KG, variants: [Садыр Жапаров]}\n"
    )
    build_site(config)
    assert len(extractions) == 1
