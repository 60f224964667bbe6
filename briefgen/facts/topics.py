"""A small fixed taxonomy of what meetings discuss, found from word stems and lemmas in Kazakh and Russian.

Stems rather than whole words: «тауар айналымын», «товарооборот», «сауда-экономикалық» all say trade. A
short word whose stem would start too many others (газ, рейс, уголь) is matched by its lemma instead:
pymorphy3 for Russian, the Kazakh stemmer for Kazakh, so «газа», «газды», «рейсов», «көмірді» are found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .figures import find_figures
from .language import FactsLanguage, facts_language
from .morphology import any_forms

# The fixed taxonomy, in its order (tests/facts/corpus/README.md); the words that name each topic are each
# language's data (`topics:` in briefgen/lang/data/<lang>.facts.yaml).
TAXONOMY = (
    "trade", "investment", "transport and transit", "water", "energy", "industry", "agriculture", "security",
    "culture", "education", "health", "digital", "finance", "environment", "tourism",
)  # fmt: skip


@dataclass(frozen=True)
class TopicWords:
    stems: dict[str, re.Pattern[str]]  # stems start a word: «астық» (grain) is not the end of «ынтымақтастық»
    lemmas: dict[str, frozenset[str]]  # short words whose stem would start unrelated words (газ/газета)


@cache
def topic_words(code: str) -> TopicWords:
    data = facts_language(code).data.get("topics") or {}
    stems = {
        topic: re.compile(rf"\b(?:{'|'.join(str(s) for s in words)})", re.IGNORECASE)
        for topic, words in (data.get("stems") or {}).items()
        if words
    }
    lemmas = {topic: frozenset(str(w) for w in words) for topic, words in (data.get("lemmas") or {}).items()}
    return TopicWords(stems, lemmas)


# The portfolio in a minister's or a ministry's name: Kazakh names it before «министрі», capitalised;
# Russian after «министр», in the genitive («энергетики», «сельского хозяйства», «торговли и интеграции»).
OFFICE = (
    r"(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)(?:,?\s+(?:және\s+)?[\w-]+){0,4}\s+министр(?:і|лі)\w*|"
    r"министр\w*\s+(?:[а-яё-]+(?:ого|его|ой|ей|ых|их|и|ы|а)\s+(?:и\s+)?){0,3}"
    r"[а-яё-]+(?:ки|ии|ия|ства|ли|ы|а)\b"
)
# Figures of speech that name a topic's word without discussing it: the investment climate is not the
# climate, an electronic queue no electricity, greenhouse gases no gas supply, a "green corridor" for
# investors no road, humanitarian aid no culture, energy or food security no defence, the set phrase of
# shared history, language and culture no cultural cooperation; the trade port and
# the hydroelectric plant («су электр станциясы») are a port and a power plant, neither trade nor water.
# A route («Китай – Казахстан – Узбекистан – Афганистан») names the places it runs through, not their
# security.
NOT_TOPICS = re.compile(
    r"инвестиц\w*\s+климат\w*|іскерлік климат\w*|делово\w+ климат\w*|парников\w+ газ\w*|парниктік газ\w*|"
    r"жасыл дәліз\w*|зелен\w+ коридор\w*|гуманитарлық көмек\w*|гуманитарн\w+ помощ\w*|"
    r"энергетическ\w+ безопасност\w*|энергетикалық қауіпсіздік\w*|продовольственн\w+ безопасност\w*|"
    r"азық-түлік қауіпсіздіг\w*|экономическ\w+ безопасност\w*|экономикалық қауіпсіздік\w*|"
    # A refinery, a waste recycling plant and hydrogen «produced» are energy or environment, not manufacturing.
    r"(?:(?<=газоперерабатывающ)|(?<=нефтеперерабатывающ))\w*\s+завод\w*|"
    r"(?:(?<=мұнай өңдеу)|(?<=газ өңдеу)|(?<=қалдықтарды қайта өңдеу))\s+зауыт\w*|"
    r"производств\w*\s+(?=«?зелен\w+»?\s+водород)|сауда (?=порт|флот)|торгов\w+ (?=порт|флот)|\bсу (?=электр)|"
    # The protocol's set phrase of kinship (README): «ортақ тарих, тіл және мәдениет біріктіреді».
    r"ортақ тарих\w*(?:,\s*тіл\w*)?\s+(?:және|мен)\s+мәдениет\w*|"
    r"общ\w+ истори\w*(?:,\s*язык\w*)?\s+и\s+(?:культур\w*|духовн\w+ ценност\w*)|"
    r"(?-i:\b[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[–—-]\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)+)|"
    # An office is no discussion: «Сауда, өнеркәсіп және энергетика министрі», «министром энергетики».
    rf"{OFFICE}",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+")


PROJECTS = frozenset({"проект", "жоба", "кәсіпорын", "предприятие"})
SUPPLY = re.compile(r"\bжеткіз", re.IGNORECASE)


def _funds_projects(text: str, lemmas: set[str], trade: re.Pattern[str] | None) -> bool:
    """Money put into projects, or into enterprises to be set up, is investment, whatever the verb
    («направит на совместные проекты средства в объеме до …», «жобаларға 2 млрд доллар бөлінеді»); not
    the value of projects to supply goods, which is trade («жабдық жеткізу жобаларын»)."""
    if not PROJECTS & lemmas or SUPPLY.search(text) or (trade is not None and trade.search(text)):
        return False
    return any(f.unit and f.unit.isupper() and len(f.unit) == 3 for f in find_figures(text))


# An electric vehicle is a vehicle, not electricity supply.
ELECTRIC_VEHICLE = re.compile(r"\bэлектр\s+(?=көлі[гк])|\bэлектро(?=мобил)|\bэлектр\w*\s+(?=автомобил)", re.IGNORECASE)
# Money put into an economy («қаржы салды», «вложили средства») is investment, not finance.
INVESTED = re.compile(r"\bқаржы\s+сал\w*", re.IGNORECASE)
# Farm machinery is machinery (README): industry, not agriculture.
FARM_MACHINERY = re.compile(
    r"\b(?:сельхозтехник\w*|сельскохозяйственн\w+ техник\w*|ауыл шаруашылығы техника\w*|ауылшаруашылық техника\w*)",
    re.IGNORECASE,
)


def topics_of(text: str, language: FactsLanguage) -> list[str]:
    """The topics a sentence discusses, in taxonomy order."""
    words = topic_words(language.code)
    text = FARM_MACHINERY.sub(" машиностроение ", NOT_TOPICS.sub(" ", text))
    text = ELECTRIC_VEHICLE.sub(" ", INVESTED.sub(" инвестиция ", text))
    lemmas = set().union(*(any_forms(w) for w in WORD.findall(text)))
    return [
        topic
        for topic in TAXONOMY
        if (topic in words.stems and words.stems[topic].search(text))
        or words.lemmas.get(topic, frozenset()) & lemmas
        or (topic == "investment" and _funds_projects(text, lemmas, words.stems.get("trade")))
    ]
