"""Person names found by a statistical NER, for the names the finder's rules cannot see: slovnet's news
NER (Natasha's model and navec embeddings, both shipped inside the natasha wheel, loaded from there
with no network), for the languages whose pack names it (`people.ner` in the facts data: Russian).

Why, measured with bench/ner_compare.py on the 47 annotated Russian reports (140 participants):
- our finder alone finds 0.986 of the participants (heldout6, studied least: 0.968); it misses names
  with no surname ending and no office right before them («министром предприятий и «Сделано в Италии»
  Адольфо Урсо», «губернатором провинции Шэньси Чжао Ганом»). The finder with the NER's PER spans of two
  or three capitalised words as further unknown names finds 1.000 (heldout6 1.000), names in the
  nominative 0.993 against 0.986, and adds 2 names that are no participant (both real people).
- Natasha alone (NER + its own normalization) finds 1.000 but gives the nominative as written for only
  0.893 (ё lost: Мирзиеев; foreign names left oblique: Исхака Дара, Пиюша Гояла, Чжао Ганом), and tags
  office words and agencies as people (аким, эмир, Торага, Кабар): so the NER only proposes spans; the
  nominative, the case, the office and the country stay the finder's.
- Natasha's LOC spans resolve 23 of 37 meeting cities through the gazetteer, the gazetteer alone 26:
  not used for places. Its ORG spans are not used either (no fact needs them).
- Cost: 0.2 s to import, 0.4 s to load (once per process, only when a Russian article is read that the
  facts memo does not hold), about 200 MB resident; 40 ms per article (the finder's rules: 10 ms).
  slovnet and navec are used directly, so Natasha's pymorphy2 (unmaintained) is never imported.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Protocol

# The models a language pack may name (`people: ner:`), by the files of the natasha wheel they load.
MODELS = {"slovnet_news": ("model/slovnet_ner_news_v1.tar", "emb/navec_news_v1_1B_250K_300d_100q.tar")}
# Tagging is bounded: a sentence longer than this is not tagged (no name is lost that the rules find).
LONGEST = 2000


class Spanned(Protocol):
    text: str
    start: int
    end: int


class NerUnavailable(RuntimeError):
    """The natasha wheel (which holds the model) is not installed."""


def model_dir() -> Path:
    """Where the natasha wheel keeps its models, found without importing natasha (and pymorphy2 with it)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise NerUnavailable("the natasha package is not installed — pip install natasha (briefgen depends on it)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def _tagger(model: str) -> Any:
    from navec import Navec
    from slovnet import NER

    if model not in MODELS:
        raise NerUnavailable(f"no NER model named {model!r} — one of: {', '.join(MODELS)}")
    data = model_dir()
    tagger_file, embedding_file = MODELS[model]
    tagger = NER.load(str(data / tagger_file))
    tagger.navec(Navec.load(str(data / embedding_file)))
    return tagger


@lru_cache(maxsize=4096)
def _person_spans(text: str, model: str) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.stop) for s in _tagger(model)(text).spans if s.type == "PER")


def person_runs(tokens: Sequence[Spanned], model: str = "slovnet_news") -> list[tuple[int, int]]:
    """The runs of tokens (start, end exclusive) that the NER tags as a person, in one sentence given as
    its tokens (with their offsets in the sentence). The model is loaded at the first call."""
    if not tokens or tokens[-1].end > LONGEST:
        return []
    chars = [" "] * tokens[-1].end
    for token in tokens:
        chars[token.start : token.end] = token.text
    runs = []
    for start, stop in _person_spans("".join(chars), model):
        inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= stop]
        if inside:
            runs.append((inside[0], inside[-1] + 1))
    return runs
