"""What reading facts holds is let go once a build's facts stage is done, and loaded again when asked."""

from pathlib import Path

import pytest

import briefgen.facts as facts_module
from briefgen.build import build_site, site_writer
from briefgen.config import Config
from briefgen.facts import apply_facts, release, tables
from briefgen.facts.people import ner

from ..conftest import KK_MEETING, RU_MEETING
from .helpers import article

# An organization's head (the organizations table) and a sum in a currency (the currency nouns).
RU_WITH_TABLES = """---
lang: ru
date: 2025-01-10
---

Глава государства Касым-Жомарт Токаев принял Генерального секретаря ОДКБ Имангали Тасмагамбетова.

Стороны обсудили проекты на 4 млрд долларов и 300 млн тенге.
"""


def _facts(tmp_path: Path, config: Config) -> list:
    read = article(tmp_path, RU_WITH_TABLES)
    assert apply_facts([read], config) == []
    return read.meetings


def test_a_released_extractor_reads_the_same_facts_when_asked_again(tmp_path: Path) -> None:
    config = Config(root=tmp_path)
    first = _facts(tmp_path, config)
    assert facts_module._loaded and tables._kept  # from the cache folder of this site
    release()
    assert not facts_module._loaded and not tables._kept
    again = _facts(tmp_path, config)
    assert again == first
    roles = [p.role for m in again for p in m.participants]
    assert "secretary general of the collective security treaty organization" in roles
    assert [f.unit for m in again for f in m.figures] == ["USD", "KZT"]


def test_the_name_tagger_is_let_go_and_loaded_again() -> None:
    pytest.importorskip("slovnet", reason="the NER needs natasha's slovnet: pip install natasha")
    ner.load("slovnet_news")
    assert ner._tagger.cache_info().currsize == 1
    release()
    assert ner._tagger.cache_info().currsize == 0
    assert ner._person_spans("Министр Адольфо Урсо прибыл в Астану.", "slovnet_news")
    assert ner._tagger.cache_info().currsize == 1


def test_a_build_renders_without_the_extractors_data(site, monkeypatch: pytest.MonkeyPatch) -> None:
    held_while_writing: list[bool] = []
    write = site_writer.SiteWriter.write

    def observed(self, articles):
        held_while_writing.append(bool(facts_module._loaded or tables._kept))
        return write(self, articles)

    monkeypatch.setattr(site_writer.SiteWriter, "write", observed)
    config = site({"content/kk.md": KK_MEETING, "content/ru.md": RU_MEETING})
    report = build_site(config)
    assert report.errors == [] and report.articles == 2
    assert held_while_writing == [False]
