"""The cities CLDR names in Kazakh and Russian (its time zones' exemplar cities), which the gazetteer knows
beside its own `cities`: most capitals and many large cities, with no list of ours to keep."""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale
from babel.core import get_global

from ..lang import SOURCE_LANGUAGES, pack
from .language import facts_language

# Time zones whose exemplar city is no city a delegation meets in: Antarctic stations, unknown places,
# uninhabited or military islands (South Georgia, Chagos, Kerguelen, Pitcairn).
NOT_CITIES = frozenset({"AQ", "UM", "001", "ZZ", "GS", "IO", "TF", "PN"})


def cldr_cities() -> dict[str, tuple[str, list[str]]]:
    """Cities CLDR names in Kazakh and Russian, by English name: the exemplar cities of its time zones,
    which cover most capitals and many large cities; the gazetteer adds the capitals no zone is named
    after (Abu Dhabi, New Delhi, Washington). Left out: a name that is also a country's (Катар,
    Сингапур), an island group (о-ва …), a place qualified by its state («Нокс, Индиана»), and a word
    the Russian dictionary knows as a common word."""
    zone_territories = get_global("zone_territories")
    english = Locale("en").time_zones
    kept = _CityWordings.read()
    cities: dict[str, tuple[str, list[str]]] = {}
    for zone in Locale("ru").time_zones:
        territory = zone_territories.get(zone)
        if territory is None or territory in NOT_CITIES:
            continue
        name = str((english.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " "))
        variants: list[str] = []
        for lang in SOURCE_LANGUAGES:
            city = (Locale(lang).time_zones.get(zone) or {}).get("city")
            if kept.keeps(city, variants):
                variants.append(str(city))
        if variants:
            cities[name] = (territory, variants)
    return cities


@dataclass(frozen=True)
class _CityWordings:
    """Which of CLDR's city names are worth knowing (the languages' `gazetteer_cities` data)."""

    territory_names: frozenset[str]
    short_names: frozenset[str]
    island: re.Pattern[str]

    @classmethod
    def read(cls) -> _CityWordings:
        languages = [facts_language(lang) for lang in SOURCE_LANGUAGES]
        islands = "|".join(w for language in languages for w in language.words("gazetteer_cities", "not_cities"))
        return cls(
            frozenset(n.lower() for lang in SOURCE_LANGUAGES for n in Locale(lang).territories.values()),
            frozenset(w for language in languages for w in language.words("gazetteer_cities", "short_names")),
            re.compile(rf"(?:^|\s)(?:{islands or '(?!)'})(?:\s|$)", re.IGNORECASE),
        )

    def keeps(self, city: str | None, variants: list[str]) -> bool:
        if not city or city in variants or city.lower() in self.territory_names:
            return False
        # Three letters leave only Rome worth knowing beside Nome and Mahé, and «Ном» reads as a noun.
        if len(city) < 4 and city.lower() not in self.short_names:
            return False
        if "," in city or self.island.search(city):
            return False
        return not any(pack(code).morphology.is_common_word(city) for code in SOURCE_LANGUAGES)
