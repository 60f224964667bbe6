"""How facts read in English on a page: figures through Babel ("US$4.5 billion", "255 items"), and the
original wording each fact rests on, for its link and its tooltip."""

from __future__ import annotations

import threading

from babel.numbers import format_compact_decimal, format_decimal, get_currency_symbol
from jinja2 import Environment

from ..model import Article, Figure

LOCALE = "en"
MONEY_UNITS = frozenset({"USD", "EUR", "KZT", "RUB", "CNY", "UZS", "KGS", "TRY", "TJS", "TMT", "GBP", "JPY"})


def amount(value: float) -> str:
    """4.5 billion, 500 million, 4,300, 8.6: words for large numbers as the English press writes them."""
    if abs(value) >= 1_000_000:
        return format_compact_decimal(value, format_type="long", locale=LOCALE, fraction_digits=2)
    return format_decimal(value, locale=LOCALE)


def figure_text(figure: Figure) -> str:
    """«более 5 млрд долларов» → "more than US$5 billion": the qualifier before the amount."""
    text = _amount_text(figure)
    return f"{figure.qualifier} {text}" if figure.qualifier and figure.value is not None else text


def _amount_text(figure: Figure) -> str:
    if figure.value is None:
        return figure.text
    number = amount(figure.value)
    unit = figure.unit or ""
    if unit == "USD":
        # "$" alone is ambiguous in a briefing about several countries' money.
        return f"US${number}"
    if unit in MONEY_UNITS:
        symbol = get_currency_symbol(unit, locale=LOCALE)
        return f"{symbol}{number}" if not symbol.isalpha() else f"{number} {unit}"
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}".strip()


def sentence_text(article: Article, ids: list[str] | None) -> str:
    """The original wording of the first sentence a fact rests on ('' when there is none)."""
    if not ids:
        return ""
    return _texts(article).get(ids[0], "")


_last = threading.local()


def _texts(article: Article) -> dict[str, str]:
    """Sentence id → wording, built once per article: a page asks for every fact of its fact box in turn,
    and building the map per fact made the page grow with its facts times its sentences."""
    if getattr(_last, "article", None) is not article:
        texts = {s.id: s.plain for s in article.sentences()}
        texts[article.title.id] = article.title.plain
        _last.article, _last.texts = article, texts
    return _last.texts


def register(env: Environment) -> None:
    env.filters["figure_text"] = figure_text
    env.globals["sentence_text"] = sentence_text
