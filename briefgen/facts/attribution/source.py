"""The agency that reports an article: a fact of the article, read once here, whether or not the article
reports a meeting (statistics, a signed law and an announced visit have their agency too).

In order, the first that names one:
- source.front_matter: front matter `source`, the editor's (or the publisher's) own name for the outlet
  (Tengrinews.kz where the text says «корреспондент Tengrinews», Akorda where it says «пресс-служба Акорды»);
- source.dateline: the agency of agency copy's dateline («АСТАНА. KAZINFORM –», «Бишкек, 2 октября /Кабар/.»,
  «Душанбе, 21.05.2026 (НИАТ «Ховар»).»), over a press service the copy goes on to quote;
- source.closing, source.leading, source.sentence: the lead's attribution («…, деп хабарлайды El.kz»,
  «…, сообщили в пресс-службе Акорды», «Как сообщает …,», «Об этом сообщает …»), by the patterns of the
  language's `sources:` data; a person telling the news («сообщил пресс-секретарь …») is no agency. Front
  matter `source` given as the report's web address is the site's own name (akorda.kz).

The name is taken as the agency writes it, without the words around it that say what kind of outlet it is
or who of it writes («El.kz ақпарат агенттігі» → El.kz, «Kazinform агенттігінің тілшісі» → Kazinform,
«собственный корреспондент агентства Kazinform в Анкаре» → Kazinform, «НИАТ «Ховар»» → Ховар), the words
being the language's `agencies:` data. A body whose name holds such a word («Стратегиялық жоспарлау және
реформалар агенттігі») and a press service («пресс-служба Акорды») stay as written.

Written here, not taken from a library: Natasha's ORG spans find «Kazinform» but neither which outlet
reports (rather than is quoted) nor where its kind words end, and nothing reads Kazakh attributions.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ...lang.patterns import read_dateline
from ...model import Agency, Article, Sentence
from ..language import FactsLanguage, facts_language

# A name in quotation marks, «» or straight («агентство «Кабар»», «передает "Интерфакс"»).
QUOTED = re.compile(r"[«\"“]([^«»\"“”]+)[»\"”]")
WEB_ADDRESS = re.compile(r"^https?://", re.IGNORECASE)
# An agency's name is a word or three, each capitalised, a number or Latin («El.kz», «24KZ», «Sputnik
# Қазақстан»); a lowercase word left beside it means the kind word was part of a body's name.
MAX_NAME_WORDS = 3


def reporting_agency(article: Article) -> Agency | None:
    """Who reports the article (see the module docstring), None when it names no one."""
    given = front_matter_agency(article)
    if given is not None:
        return given
    lead = article.blocks[0].sentences if article.blocks else []
    if not lead:
        return None
    language = facts_language(article.lang)
    return _from_dateline(lead, language) or _from_attribution(lead, language)


def front_matter_agency(article: Article) -> Agency | None:
    """The outlet front matter `source` names, which the text is not read against: as written, or, where an
    editor pasted the report's address, the site's own name («https://www.akorda.kz/ru/…» → akorda.kz)."""
    source = article.meta.get("source")
    if not isinstance(source, str | int | float) or not str(source).strip():
        return None
    name = str(source).strip()
    address = urlsplit(name) if WEB_ADDRESS.match(name) else None
    if address is not None and address.hostname:
        name = address.hostname.removeprefix("www.")
    return Agency(name, "source.front_matter")


def _from_dateline(lead: list[Sentence], language: FactsLanguage) -> Agency | None:
    dateline = read_dateline(" ".join(s.plain for s in lead))
    if dateline is None or not dateline.agency:
        return None
    # A dateline surely, not a sentence that opens with a word and a full stop («Токаев. Министр …»): its
    # agency between slashes or brackets, its place in capitals, a date after its place, or a name in Latin
    # letters after a dash («Бишкек — 24.kg.»).
    surely = dateline.slashed or dateline.date is not None or dateline.agency.isascii()
    if not (surely or (len(dateline.place) > 2 and dateline.place.isupper())):
        return None
    name = agency_name(dateline.agency, language)
    return Agency(name, "source.dateline", (lead[0].id,)) if name else None


def _from_attribution(lead: list[Sentence], language: FactsLanguage) -> Agency | None:
    for s in lead:
        text = s.plain.strip()
        for rule, pattern in (
            ("source.closing", language.source("trailing", 0)),
            ("source.closing", language.source("heard", 0)),
            ("source.leading", language.source("leading")),
            ("source.sentence", language.source("sentence")),
        ):
            m = pattern.search(text)
            if m is None or language.agency("person").match(m.group("who").strip()):
                continue  # «Об этом сообщил пресс-секретарь Президента …»: a person, not who reports
            name = agency_name(m.group("who"), language)
            if name:
                return Agency(name, rule, (s.id,))
    return None


def agency_name(who: str, language: FactsLanguage) -> str | None:
    """The agency's name in the words that name it (see the module docstring); None for a word that names
    no agency at all («передает агентство», «деп хабарлайды агенттік»)."""
    who = language.agency("citing").sub("", who.strip()).strip(" .,")
    located = language.agency("locative").match(who)
    if located:  # «в пресс-службе Акорды»: the head word in the nominative
        head, _, rest = who[located.end() :].partition(" ")
        who = " ".join(filter(None, (language.morphology.nominative(head), rest)))
    quoted = QUOTED.search(who)
    if quoted:
        return quoted.group(1).strip()
    ending = language.agency("case_ending")
    left = " ".join(language.agency("kinds").sub(" ", language.agency("from_city").sub(" ", who)).split())
    name = ending.sub("", left)
    if not name:
        return None
    if left != who and not _is_name(name):
        return ending.sub("", who)  # «… реформалар агенттігі»: the kind word is part of the body's name
    return name


def _is_name(text: str) -> bool:
    words = text.split()
    return len(words) <= MAX_NAME_WORDS and all(w[0].isupper() or w[0].isdigit() or w[0].isascii() for w in words)
