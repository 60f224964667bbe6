"""The agency that reports an article."""

from __future__ import annotations

import re

from ...model import Article
from ..language import FactsLanguage
from ..meetings.sentences import Sent


def source_of(article: Article, sents: list[Sent], dateline: str | None = None) -> str | None:
    """Front matter `source` when the article has one: it is the publisher's own name for the outlet
    (Tengrinews.kz where the text says «корреспондент Tengrinews», Akorda where it says «пресс-служба
    Акорды»), and «передает агентство» names nothing at all. Else the agency of the dateline (over a press
    service the copy quotes; read once, by attribution/dateline.py), else the agency the lead names."""
    source = article.meta.get("source")
    if source:
        return str(source)
    if dateline:
        # «НИАТ «Ховар»»: the agency by its name, without the words for what it is.
        return _agency(dateline, sents[0].language) if sents else dateline
    for s in sents:
        if s.block != sents[0].block:
            break  # the agency is named in the lead
        m = s.language.source("trailing", 0).search(s.sentence.plain)
        if m:
            return _agency(m.group("who"), s.language)
        m = s.language.source("leading").match(s.sentence.plain.strip()) or s.language.source("sentence").match(
            s.sentence.plain.strip()
        )
        if m:
            return _agency(m.group("who"), s.language)
    return None


def _agency(who: str, language: FactsLanguage) -> str | None:
    """The agency as the article names it, without whom it cites, its correspondent or the generic word
    for an agency: «агентство «Интерфакс-Казахстан»» is Интерфакс-Казахстан. A press service that is
    itself the source («пресс-служба Кабинета министров») stays as written."""
    correspondent = language.source("correspondent")
    who = language.source("citing").sub("", who.strip())
    who = correspondent.sub("", who).strip()
    quoted = re.search(r"«([^«»]+)»", who)
    if quoted:
        return quoted.group(1).strip()
    named = language.source("agency").match(who)
    if named:
        return named.group("name").strip()
    words = language.source("agency_words").match(who)
    if words:
        who = language.source("from_city", 0).sub("", who[words.end() :]).strip()
    who = correspondent.sub("", who).strip()
    # «передает агентство», «деп хабарлайды агенттік»: the generic word alone names no agency.
    return None if language.source("generic_agency").fullmatch(who) else who
