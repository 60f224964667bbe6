"""The forms an Arabic name is written in beside its full one: without the dynasty or family that ends it,
without the father's name, with the other spelling of «son of». The particles are the source languages' own
(their packs' `names: particles`, `names: son_of`)."""

from __future__ import annotations

from ..lang import SOURCE_LANGUAGES, derived_from_packs
from .language import facts_language


@derived_from_packs
def name_particles() -> frozenset[str]:
    """The particles of an Arabic name (son of, the) as the source languages write them (their `names:
    particles`): part of the name, never a name of their own."""
    return frozenset(w for code in SOURCE_LANGUAGES for w in facts_language(code).words("names", "particles"))


@derived_from_packs
def son_of_particles() -> frozenset[str]:
    """The spellings of an Arabic name's «son of» the source languages use alike (their `names: son_of`: бин,
    бен): one press writes Фейсал бин Фархан, another Файсал бен Фархан, for the same person."""
    return frozenset(w for code in SOURCE_LANGUAGES for w in facts_language(code).words("names", "son_of"))


def arabic_wordings(words: list[str]) -> list[tuple[str, str | None]]:
    """The other wordings an Arabic name is found by, each with the full form it stands for (None: the
    wording is a full form of its own, the name with the other «son of»)."""
    wordings: list[tuple[str, str | None]] = []
    full = " ".join(words)
    wordings += [(short, full) for short in _without_dynasty(words) + _without_fathers_name(words)]
    for spelling in _son_of_spellings(words):
        wordings.append((spelling, None))
        wordings += [(short, spelling) for short in _without_dynasty(spelling.split())]
    return wordings


def _son_of_spellings(words: list[str]) -> list[str]:
    """The name with its «son of» in the other spellings of it (бин for бен and back)."""
    spellings = son_of_particles()
    at = [n for n, w in enumerate(words) if w.lower() in spellings]
    return [
        " ".join(other if n in at else w for n, w in enumerate(words))
        for other in sorted(spellings)
        if at and any(words[n].lower() != other for n in at)
    ]


def _without_dynasty(words: list[str]) -> list[str]:
    """An Arabic name that holds a father's name (бин Фархан) is often written without the dynasty or
    family that ends it (Аль Сауд): «Фейсал бин Фархан» is still the whole person. A name whose only
    particle is that article (Мохамед Джума Аль Шамси) keeps it: its first words alone name many."""
    particle = [w.lower().split("-")[0] in name_particles() for w in words]
    if len(words) >= 5 and particle[-2] and any(particle[1:-3]) and not particle[-3]:
        return [" ".join(words[:-2])]
    return []


def _without_fathers_name(words: list[str]) -> list[str]:
    """An Arabic name of given name, father's name and family name (Абдулла Али аль-Яхья, Мухаммад Сулейман
    Аль-Джассер) is as often written without the father's name: given and family name still name the person.
    Not where the father is named with «son of» (бин Фархан): that part is the name's core."""
    particles = name_particles()
    bare = [w.lower().split("-")[0] not in particles for w in words]
    if len(words) == 3 and bare[0] and bare[1] and "-" in words[2] and not bare[2]:
        return [f"{words[0]} {words[2]}"]  # «Абдулла Али аль-Яхья»
    if len(words) == 4 and bare[0] and bare[1] and not bare[2] and bare[3]:
        return [f"{words[0]} {words[2]} {words[3]}"]  # «Мухаммад Сулейман Аль Джассер»
    return []
