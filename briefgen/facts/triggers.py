"""Words that report an encounter, and the kind of meeting each one names.

Official news reports a meeting with a small set of verbs (кездесті, қабылдады, келіссөздер жүргізді,
телефон арқылы сөйлесті; встретился, принял, провёл переговоры) and refers back to it with nouns
(кездесу барысында, в ходе переговоров). A verb founds a meeting; a noun only names the kind of the one
under way. The words are each language's `triggers:` table (briefgen/lang/data/<lang>.facts.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass

from .language import FactsLanguage

# The kinds, most specific first: when wordings disagree, the earlier kind wins (a reception that
# the text later calls a meeting stays a reception; кездесу later called келіссөздер is talks).
KIND_ORDER = ("phone call", "summit", "signing", "reception", "talks", "visit", "meeting")


@dataclass(frozen=True)
class Trigger:
    kind: str
    rule: str  # the id of the trigger rule in the language's data
    event: bool  # a verb reporting that the encounter took place, not a noun referring to it
    start: int  # character offset in the sentence
    alone: bool = False  # reports the encounter without a partner named beside it (a credentials ceremony)
    end: int = -1  # where the words reporting it end («Кездесу Астанада өтті»: after the verb)


def triggers(text: str, language: FactsLanguage) -> list[Trigger]:
    """Every trigger in a sentence, in reading order; a noun inside a verb's match is not counted twice.
    An encounter named as the subject of a future verb («Переговоры … пройдут завтра», «келесі отырысы
    Самарқандта өтеді») is planned, not reported, and a series of them («ряд переговоров») is not the one
    under way: their words are taken out first."""
    found: list[Trigger] = []
    # «провёл», «провел»: Russian copy writes ё or е as it likes; the tables are written with е (the same
    # length, so offsets hold).
    lower = text.lower().replace("ё", "е")
    taken: list[tuple[int, int]] = [m.span() for m in language.planned.finditer(lower)]
    # «провел ряд переговоров с руководителями международных организаций», «бірқатар кездесу өткізді»: a
    # noun for several encounters names others besides the one under way, not that one.
    taken += [m.span() for m in language.pattern("encounters_many", "series").finditer(lower)]
    for rule in language.triggers:
        for match in rule.pattern.finditer(lower):
            if any(s <= match.start() < e for s, e in taken):
                continue
            if rule.not_after is not None and rule.not_after.search(lower, 0, match.start()):
                continue  # «коммюнике қабылдады»: a text adopted, no one received
            taken.append(match.span())
            found.append(Trigger(rule.value, rule.id, rule.event, match.start(), rule.alone, match.end()))
    return sorted(found, key=lambda t: t.start)


def strongest(kinds: list[str]) -> str | None:
    ranked = [k for k in KIND_ORDER if k in kinds]
    return ranked[0] if ranked else None
