"""Reading the gazetteer's YAML files (the shipped ones, then a site's own, FactsConfig.gazetteer) into a
Gazetteer: people with their offices, titles, countries' long forms and adjectives, CLDR's cities, companies;
each file's problems as ContentErrors naming the file and the entry."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from ... import safeyaml
from ...lang import SOURCE_LANGUAGES
from ...model import ContentError, ContentProblem
from ..arabic_names import arabic_wordings, name_particles
from ..cldr_cities import cldr_cities
from . import (
    NOT_STATES,
    Company,
    Entry,
    Gazetteer,
    Office,
    plain,
    wording_words,
)


def default_gazetteer_paths() -> list[Path]:
    """The shipped gazetteer: every file of briefgen/data/gazetteer/, in name order (one file a class of
    officials, so that a class grows in its own file)."""
    folder = Path(str(resources.files("briefgen.data").joinpath("gazetteer")))
    return sorted(folder.glob("*.yaml"))


def load_gazetteer_files(paths: list[Path]) -> Gazetteer:
    """The shipped gazetteer, then each extra file in order; later entries replace earlier ones."""
    by_key: dict[tuple[str, str], tuple[Entry, list[str]]] = {}
    cldr = cldr_cities()
    for name, (territory, variants) in cldr.items():
        by_key[("city", name)] = (
            Entry("city", name, {"name": name, "country": territory, "variants": variants}),
            variants,
        )
    role_words: dict[str, list[str]] = defaultdict(list)
    styles: dict[str, dict[str, str]] = {}
    companies: dict[str, Company] = {}
    for path in [*default_gazetteer_paths(), *paths]:
        data = _read_yaml(path)
        _read_entries(path, data, cldr, by_key)
        companies.update((c.name, c) for c in _read_companies(path, data))
        for code, style in (data.get("office_styles") or {}).items():
            styles.setdefault(str(code), {}).update({str(k): str(v) for k, v in (style or {}).items()})
        words = data.get("role_words") or {}
        for lang in SOURCE_LANGUAGES:
            role_words[lang].extend(str(w) for w in words.get(lang, []))
    gazetteer = Gazetteer(styles=styles)
    for lang in SOURCE_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            # Regions (Орталық Азия, Центральная Азия) are known too, so that they are not taken for names.
            gazetteer.add(Entry("region" if NOT_STATES.match(code) else "country", code), name)
    for entry, wordings in by_key.values():
        gazetteer.entries.append(entry)
        for wording in wordings:
            _index_wording(gazetteer, entry, wording)
    for word in sorted({w for ws in role_words.values() for w in ws}):
        gazetteer.add(Entry("role_word", word), word)
    _index_companies(gazetteer, companies.values())
    return gazetteer


def _read_companies(path: Path, data: dict[str, Any]) -> list[Company]:
    return [
        Company(str(item["name"]), str(item["country"]).upper(), tuple(str(v) for v in item["variants"]),
                str(item.get("source", "")))
        for item in _items(path, data, "companies", ("name", "country", "variants"))
    ]  # fmt: skip


def _index_companies(gazetteer: Gazetteer, companies: Iterable[Company]) -> None:
    gazetteer.company_matcher = Gazetteer()
    for company in companies:
        entry = Entry("company", company.name, {"company": company, "country": company.country})
        for wording in (company.name, *company.variants):
            gazetteer.companies[plain(wording)] = company
            gazetteer.company_matcher.add(entry, wording)


def _read_entries(
    path: Path,
    data: dict[str, Any],
    cldr: dict[str, tuple[str, list[str]]],
    by_key: dict[tuple[str, str], tuple[Entry, list[str]]],
) -> None:
    """One file's people, places, venues, titles and countries, each under a key a later file replaces."""
    for kind, section in (("person", "people"), ("city", "cities"), ("province", "provinces"), ("venue", "venues")):
        for n, item in enumerate(_items(path, data, section, ("name", "variants")), 1):
            entry = Entry(kind, str(item["name"]), _person_data(path, n, item) if kind == "person" else dict(item))
            # A city's adjective names it too: «на полях Ташкентского форума».
            wordings = [str(v) for v in [*item["variants"], *item.get("adjectives", [])]]
            if kind == "city" and entry.name in cldr:
                # CLDR's spellings stay beside the gazetteer's own (Стамбұл beside Ыстамбұл).
                wordings += [v for v in cldr[entry.name][1] if v not in wordings]
            by_key[(kind, entry.name)] = (entry, wordings)
    for n, item in enumerate(_items(path, data, "titles", ("role",))):
        entry = Entry("title", str(item["role"]), dict(item))
        wordings = [str(w) for lang in SOURCE_LANGUAGES for w in item.get(lang, [])]
        by_key[("title", f"{entry.name}#{path}#{n}")] = (entry, wordings)
    for item in _items(path, data, "countries", ("code",)):
        code = str(item["code"]).upper()
        by_key[("country+", code)] = (Entry("country", code), [str(v) for v in item.get("variants", [])])
        by_key[("adjective", code)] = (Entry("adjective", code), [str(v) for v in item.get("adjectives", [])])


def _person_data(path: Path, n: int, item: dict[str, Any]) -> dict[str, Any]:
    """A person's entry with its offices read: `offices:` (a list of {role, since, until}, in the order held)
    or, as older entries write one office, `role:` with its `since` and `until` beside the name. `role`
    is then the office held now (the last one not ended), for readers that ask no date."""
    listed = item.get("offices")
    if listed is None:
        listed = [{k: item[k] for k in ("role", "since", "until") if item.get(k)}] if item.get("role") else []
    if not isinstance(listed, list) or not listed:
        raise ContentProblem(
            ContentError(path, None, f"people: entry {n} ({item.get('name')}) has no role", "add role: or offices:")
        )
    offices = tuple(_office(path, n, item, office) for office in listed)
    now = next((o for o in reversed(offices) if o.until is None), offices[-1])
    return {**item, "offices": offices, "role": now.role}


def _office(path: Path, n: int, item: dict[str, Any], office: Any) -> Office:
    def month(key: str) -> str | None:
        value = office.get(key)
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}", str(value)):
            where = f"people: entry {n} ({item.get('name')})"
            raise ContentProblem(ContentError(path, None, f"{where}: {key}: {value!r}", "write year-month"))
        return str(value) if value is not None else None

    if not isinstance(office, dict) or not office.get("role"):
        raise ContentProblem(
            ContentError(path, None, f"people: entry {n} ({item.get('name')}): an office has no role", "add role:")
        )
    country = str(office["country"]) if office.get("country") else None
    return Office(str(office["role"]), month("since"), month("until"), country)


def _index_wording(gazetteer: Gazetteer, entry: Entry, wording: str) -> None:
    gazetteer.add(entry, wording)
    # Articles name a person in full once, then often by surname alone. An Arabic name has no surname to
    # stand alone: its last word is a father's name (бин Сальман) or a dynasty (Аль Тани) shared by many.
    words = wording_words(wording)
    arabic = any(w.lower().split("-")[0] in name_particles() for w in words)
    if entry.kind == "person" and len(words) > 1 and len(words[-1]) > 3 and not arabic:
        gazetteer.add(entry, words[-1], shown=wording)
    if entry.kind == "person" and arabic:
        for short, shown in arabic_wordings(words):
            gazetteer.add(entry, short, shown=shown)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = safeyaml.load_data(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ContentProblem(
            ContentError(path, None, f"cannot read the gazetteer ({exc.strerror})", "fix facts.gazetteer")
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ContentProblem(
            ContentError(path, mark.line + 1 if mark else None, "the gazetteer is not valid YAML", "fix its syntax")
        ) from None
    if not isinstance(data, dict):
        raise ContentProblem(ContentError(path, 1, "the gazetteer is not a mapping", "start with people: or titles:"))
    return data


def _items(path: Path, data: dict[str, Any], section: str, required: tuple[str, ...]) -> list[dict[str, Any]]:
    items = data.get(section) or []
    if not isinstance(items, list):
        raise ContentProblem(ContentError(path, None, f"{section}: expected a list", f"write {section}: as a list"))
    for n, item in enumerate(items, 1):
        missing = [k for k in required if not isinstance(item, dict) or not item.get(k)]
        if missing:
            raise ContentProblem(
                ContentError(path, None, f"{section}: entry {n} has no {', '.join(missing)}", "add the missing key")
            )
    return items
