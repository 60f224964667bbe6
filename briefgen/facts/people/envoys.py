"""An envoy's office with its portfolio: «специальный представитель Президента Казахстана по Афганистану»,
«Орталық Азия жөніндегі арнайы өкілі» → "special representative of the president for afghanistan", "special
representative for central asia".

The gazetteer's titles marked `envoy` (special representative, special envoy) name the office; its portfolio
is a country the gazetteer knows or a region (the language's `envoy_portfolios: regions`, by the words'
lemmas), after the language's portfolio word in Russian («по», «по делам») and before it in Kazakh
(«жөніндегі»); a head of state's office written with it says whose envoy they are («Президента»), and a
country written with that office or the envoy's own is the state they serve. A country inside the portfolio
is where the envoy's work lies, never their state: reading the words as an office would take it for one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..gazetteer import Entry, Match, Token, english_country
from ..language import FactsLanguage
from .organizations import head_title

# The envoy's state named by a country or its adjective.
_STATE_KINDS = ("country", "adjective")


@dataclass(frozen=True)
class Envoy:
    title: Entry  # the office with its portfolio, `bare`: the gazetteer's wording for someone it knows wins
    start: int  # where the office's wording begins
    country: str | None  # the state written with it, when the text writes one


def envoy_before(
    tokens: list[Token], covered: dict[int, Match], start: int, language: FactsLanguage, organizations: dict[int, Match]
) -> Envoy | None:
    """The envoy's office with its portfolio written right before the name starting at `start`, or an
    international organization's office for a region (`organizations`: the sentence's, by the tokens they
    cover); None where neither stands there (an office without a portfolio is read as any other)."""
    read = _office_after_portfolio if language.modifiers_before else _portfolio_after_office
    return read(tokens, covered, start, language) or _regional(tokens, covered, start, language, organizations)


def _regional(
    tokens: list[Token], covered: dict[int, Match], start: int, language: FactsLanguage, organizations: dict[int, Match]
) -> Envoy | None:
    """«вице-президента Всемирного банка по региону Европы и Центральной Азии» → "vice president for europe and
    central asia of the world bank", as the banks and the UN's agencies write their regional offices; Russian
    order only (the Kazakh «өңірлік» offices are read as any other)."""
    if language.modifiers_before:
        return None
    found = next((organizations[k] for k in range(start - 1, max(start - 12, -1), -1) if k in organizations), None)
    office = covered.get(found.start - 1) if found is not None else None
    if found is None or office is None or office.entry.kind != "title" or office.entry.data.get("local"):
        return None
    words = language.data.get("office_portfolio") or {}
    i = found.end
    if i >= start or tokens[i].text.lower() not in (words.get("before") or ()):
        return None
    kinds = (language.data.get("envoy_portfolios") or {}).get("region_words") or ()
    i += 1 + (i + 1 < start and language.morphology.likeliest_lemma(tokens[i + 1].text.lower()) in kinds)
    field = _field(tokens, covered, i, start, language)
    if field is None:
        return None
    name = found.entry.name.lower()
    role = f"{head_title(office.entry.name, name)} for {field} of {name}"
    data = {"bare": True, "company_of": name}
    return Envoy(Entry("title", role, data, office.entry.variant), office.start, found.entry.data.get("country"))


def _portfolio_after_office(
    tokens: list[Token], covered: dict[int, Match], start: int, language: FactsLanguage
) -> Envoy | None:
    """Russian: «специального представителя [Президента Казахстана] по [делам] Афганистану X»."""
    offices = (_envoy(covered, k) for k in range(start - 1, max(start - 12, -1), -1))
    office = next((found for found in offices if found is not None), None)
    if office is None:
        return None
    i, principal, country = _principal(covered, office.end)
    words = language.data.get("office_portfolio") or {}
    if i >= start or tokens[i].text.lower() not in (words.get("before") or ()):
        return None
    i += 1
    if i < start and language.morphology.likeliest_lemma(tokens[i].text.lower()) in (words.get("affairs") or ()):
        i += 1  # «по делам Южной и Центральной Азии»
    field = _field(tokens, covered, i, start, language)
    return None if field is None else _office(office, principal, field, country, office.start)


def _office_after_portfolio(
    tokens: list[Token], covered: dict[int, Match], start: int, language: FactsLanguage
) -> Envoy | None:
    """Kazakh: «[Қазақстан Президентінің] Ауғанстан жөніндегі арнайы өкілі X»."""
    office = _envoy(covered, start - 1)
    after = (language.data.get("office_portfolio") or {}).get("after") or ()
    if office is None or office.start < 2 or tokens[office.start - 1].text.lower() not in after:
        return None
    end = office.start - 1
    fields = ((b, _field(tokens, covered, b, end, language)) for b in range(end - 1, max(end - 6, -1), -1))
    begin, field = next(((b, f) for b, f in fields if f), (None, None))
    if begin is None or field is None:
        return None
    head = covered.get(begin - 1)
    principal = head.entry.name if head is not None and head.entry.data.get("class") == "head_of_state" else None
    wording = head.start if principal and head is not None else begin
    state = covered.get(wording - 1)
    country = state.entry.name if state is not None and state.entry.kind in _STATE_KINDS else None
    return _office(office, principal, field, country, state.start if country and state else wording)


def _envoy(covered: dict[int, Match], k: int) -> Match | None:
    m = covered.get(k)
    return m if m is not None and m.entry.kind == "title" and m.entry.data.get("envoy") else None


def _principal(covered: dict[int, Match], i: int) -> tuple[int, str | None, str | None]:
    """After a Russian envoy's office: whose envoy («Президента»), and the state («Казахстана», «ЕС»)."""
    principal = country = None
    head = covered.get(i)
    if head is not None and head.entry.kind == "title" and head.entry.data.get("class") == "head_of_state":
        principal, i = head.entry.name, head.end
    state = covered.get(i)
    if state is not None and state.entry.kind in _STATE_KINDS:
        country, i = state.entry.name, state.end
    return i, principal, country


def _field(tokens: list[Token], covered: dict[int, Match], i: int, end: int, language: FactsLanguage) -> str | None:
    """The portfolio's English: a country the gazetteer knows («Афганистану»), or a region of the language's
    `envoy_portfolios` read by its words' lemmas («Центральной Азии» → central asia)."""
    if i >= end:
        return None
    country = covered.get(i)
    if country is not None and country.entry.kind == "country" and country.end == end:
        return english_country(country.entry.name).lower()
    regions = (language.data.get("envoy_portfolios") or {}).get("regions") or {}
    lemmas = " ".join(language.morphology.likeliest_lemma(t.text.lower()) for t in tokens[i:end])
    written = " ".join(t.text.lower() for t in tokens[i:end])
    region = regions.get(lemmas) or regions.get(written)
    return str(region) if region else None


def _office(office: Match, principal: str | None, field: str, country: str | None, start: int) -> Envoy:
    of = f" of the {principal}" if principal else ""
    role = f"{office.entry.name}{of} for {field}"
    return Envoy(Entry("title", role, {"bare": True, "envoy": True}, office.entry.variant), start, country)
