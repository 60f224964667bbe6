"""Person names found by a statistical NER, for the names the finder's rules cannot see: slovnet's news
NER (Natasha's model and navec embeddings, both shipped inside the natasha wheel, loaded from there
with no network), for the languages whose pack names it (`people.ner` in the facts data: Russian).

Why, measured with bench/ner_compare.py on the 51 annotated Russian reports (148 participants):
- the finder's rules alone find 0.986 of the participants' names (heldout6, studied least: 0.968); they
  miss a name with no surname ending and no office right before it («министром предприятий и «Сделано
  в Италии» Адольфо Урсо»). Asked only about such runs of two or three capitalized words, the NER makes
  it 0.993 (heldout6 1.000), every one in the nominative, and adds two names that are no participant.
  It is asked about 5 of the 700-odd Russian sentences, so it is loaded only for those articles.
- in the fact boxes this adds Adolfo Urso (Italy, from «делегацией Итальянской Республики во главе
  с») to heldout6's two meetings, as «minister» where the annotation reads the ministry's name in
  quotes (minister of enterprises and made in Italy); a participant scores only with its role right, so
  that set's F1 moves from 0.820 to 0.818 (its recorded floor); no other set changes. The name the
  reader needs is there; reading the office better is the finder's.
- not caught: «Чжао Ганом», whose «Ганом» the gazetteer reads as Ghana in the instrumental; the NER
  tags the pair, but a word the gazetteer matched is not re-read.
- Natasha alone (NER + its normalization) finds 1.000 but gives the nominative as written for only
  0.885 (ё lost: Мирзиеев; foreign names left oblique: Исхака Дара, Пиюша Гояла, Чжао Ганом) and tags
  office words and agencies as people (аким, эмир, Торага, Кабар): so the NER only proposes runs; the
  nominative, the case, the office and the country stay the finder's.
- Cost: 0.2-0.5 s to import, 0.4-2 s to load (on the shared, loaded machine), about 230 MB more at
  peak, once per process and only when a sentence asks; slovnet and navec are used directly, so
  Natasha's pymorphy2 (unmaintained) is never imported.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Protocol

from threadpoolctl import threadpool_limits

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


def load(model: str) -> None:
    """Load a model now rather than at the first sentence that asks: a build does it once before forking
    its workers, which then share it instead of each paying the load (0.46 s a worker here)."""
    _tagger(model)


def release() -> None:
    """Let the loaded models and the sentences tagged go (about 60 MB with the Russian model); the next
    sentence that asks loads its model again."""
    _tagger.cache_clear()
    _person_spans.cache_clear()


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
    tagger = _tagger(model)
    # One BLAS thread: slovnet multiplies small matrices (one sentence), where OpenBLAS's extra threads
    # spin rather than help, and a build already keeps every core busy with its own workers. Measured with
    # `bench/profile_articles.py 400 --plain`: facts' first pass 16 ms CPU an article with numpy's default
    # threads, 12 ms with one (tagging 21 sentences went from about 1.6 s of CPU to a few ms each).
    with threadpool_limits(limits=1, user_api="blas"):
        return tuple((s.start, s.stop) for s in tagger(text).spans if s.type == "PER")


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


def person_within(tokens: Sequence[Spanned], i: int, j: int, model: str | None) -> tuple[int, int] | None:
    """The first run of two words at least inside tokens i..j that the NER tags as a person: capitalized
    words the rules cannot tell from a name («Адольфо Урсо», «Чжао Ганом»); None without a model."""
    if model is None:
        return None
    return next(((a, b) for a, b in person_runs(tokens, model) if i <= a and b <= j and b - a >= 2), None)
