"""International organizations whose heads the press names by them («Генеральный секретарь ОДКБ», «ЮНИДО Бас
директоры»), from briefgen/data/organizations.yaml: matched as the gazetteer's companies are, with no home
country, so that the head's role is the office with the organization and their country is none. A state's
own agency (JICA, TIKA, the European Investment Bank: the file's `agencies`) is named the same way, and its
head is of its state; so is a university (the file's `universities`: «ректор МГУ» is the rector of lomonosov moscow
state university, of Russia), and a partner's national chamber of commerce (the file's `chambers`)."""

from __future__ import annotations

from importlib import resources

from ...lang import derived_from_packs
from ...safeyaml import load_data
from .. import gazetteer
from ..gazetteer import Entry, Gazetteer, Match, Token
from ..tables import compiled_table


def organizations_in(tokens: list[Token]) -> list[Match]:
    """The organizations named in a sentence, in any case form; each match's entry is of kind company, with
    no country and data["organization"] set."""
    return _matcher().find(tokens)


def head_title(role: str, organization: str | None = None) -> str:
    """The name an organization gives the office a company's head holds (chief executive officer →
    director general), and the organization's own English for an office (the OSCE's secretary general); an
    office for a portfolio its own way too, by the office's opening (the EEC's "minister for" trade is its
    "member of the board (minister) in charge of" trade)."""
    general = _read()[1].get(role, role)
    own = _read()[2].get((organization or "").lower(), {})
    if general in own:
        return own[general]
    opening = next((o for o in sorted(own) if o.endswith(PORTFOLIO) and general.startswith(f"{o} ")), None)
    return f"{own[opening]}{general[len(opening) :]}" if opening else general


# How an office's opening ends where its portfolio follows ("minister for", "minister of").
PORTFOLIO = (" for", " of")


# The wordings' forms are read by the packs' morphology: built once per version (facts/tables.py).
@compiled_table(gazetteer.__name__)
def _matcher() -> Gazetteer:
    matcher = Gazetteer()
    for name, country, variants in _read()[0]:
        entry = Entry("company", name, {"country": country, "organization": True})
        for wording in variants:
            matcher.add(entry, wording)
    return matcher


Organizations = tuple[tuple[str, str | None, tuple[str, ...]], ...]  # name, country, variants


@derived_from_packs
def _read() -> tuple[Organizations, dict[str, str], dict[str, dict[str, str]]]:
    """The organizations, the head titles, and each organization's own English for offices, by its name."""
    path = resources.files("briefgen.data").joinpath("organizations.yaml")
    # libyaml's C parser (safeyaml.load_data): the pure-Python one was most of building this in a process.
    data = load_data(path.read_text(encoding="utf-8")) or {}
    sections = ("organizations", "agencies", "universities", "chambers")
    items = [item for section in sections for item in data.get(section) or []]
    organizations = tuple(
        (str(item["name"]), str(item["country"]) if item.get("country") else None,
         tuple(str(v) for v in item.get("variants") or ()))
        for item in items
    )  # fmt: skip
    offices = {
        str(item["name"]).lower(): {str(k): str(v) for k, v in item["offices"].items()}
        for item in items
        if item.get("offices")
    }
    return organizations, {str(k): str(v) for k, v in (data.get("head_titles") or {}).items()}, offices
