from briefgen import cache as cache_module
from briefgen.build import build_site
from briefgen.cache import SplitCache

from .conftest import KK_MEETING

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
