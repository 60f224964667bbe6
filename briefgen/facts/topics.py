"""A small fixed taxonomy of what meetings discuss, found from word stems and lemmas in Kazakh and Russian.

Stems rather than whole words: «тауар айналымын», «товарооборот», «сауда-экономикалық» all say trade. A
short word whose stem would start too many others (газ, рейс, уголь) is matched by its lemma instead:
pymorphy3 for Russian, the Kazakh stemmer for Kazakh, so «газа», «газды», «рейсов», «көмірді» are found.
"""

from __future__ import annotations

import re

from ..lang import lemmas_in_any_language
from .figures import find_figures

TOPICS: dict[str, str] = {
    "trade": r"тауар айналым|сауда|экспорт|импорт|товарооборот|торгов|поставк|жеткізілім",
    "investment": r"инвестиц|инвестор|вложени",
    "transport and transit": r"көлік|транзит|паром|танкер|флот|логистик|тасымал|темір жол|порт(?!фел|фол|рет|ал)\w*\b|"
    r"дәліз|әуе рейс|"
    r"көлі[гк]|бекет|транспорт|железн\w+ дорог|железнодорожн|коридор|маршрут|перевоз|грузоперевоз|грузопоток|пункт\w* "
    r"(?:пропуска|өткізу)|өткізу пункт|автобус|автодорог|автомагистрал|авиасообщени|авиакомпани|әуекомпани|"
    r"пропускн\w+ способност|өткізу қабілет",
    "water": r"\bсу\b|су ресурс|су пайдалан|су-энергетика|суару|суармал|ирригац|водн|вод[ыау]\b|трансграничн\w+ рек|"
    r"сырдария|әмудария|арал(?:\b|\s+теңіз|дың|ға)",
    "energy": r"энерг|гидроэнерг|электр(?!он)|мұнай|газ\b|газды|нефт|сутек|водород|станция|электростанц|жылу электр|"
    r"уран|атом|ядерн|АЭС|ГЭС\b|ТЭЦ\b|ТЭС\b|СЭС\b|ЖЭО\b|энергоблок|энергосистем|"
    r"жылу желі|теплосет|теплоснабж|газоперераб",
    "industry": r"өнеркәсіп|индустри|промышлен|өндіріс|производств|завод|зауыт|кооперац|тау-кен|горнодобы|"
    r"критическ\w+ сырь|машиностро|текстил|металлург|добыч|кен өндір|машина жасау|локализац|сборочн|құрастыр|"
    r"металдарды өңде|переработк\w+ металл|редк\w+ металл|редкоземельн|сирек металл|сирек жер|"
    r"сыни минерал|сыни шикізат|критическ\w+ минерал|судоремонт|кеме жөнде|кеме жасау|судостро",
    "agriculture": r"ауыл шаруашылығ|агро|сельск\w+ хозяйств|сельскохозяйств|астық|бидай|зерн|мал шаруашылығ|"
    r"ветеринар|мук[аи]\b|егіс|фермер|посев|сельхоз|продовольств|азық-түлік|жеміс-көкөніс|плодоовощ|"
    r"молочн|сүт өнім|мясн|животновод|көкөніс|овощ",
    "security": r"қауіпсіздік|безопасност|терроризм|экстремизм|қорғаныс|оборон|тұрақтылық|стабильност|"
    r"афганистан|ауғанстан|ОДКБ|ҰҚШҰ|наркотраф|есірткі",
    "culture": r"мәдени|гуманитар|культур|наследи|кесене|мавзоле",
    "education": r"білім беру|білім ал|университет|студент|образован|образоват|оқу орн|оқу орын|вуз|мектеп|школ|"
    r"академическ\w+ (?:мобильност|обмен)|академиялық|оқыту|обучени|обучать|мамандар\w* даярла|"
    r"кадр\w* даярла|подготовк\w+ (?:кадр|специалист)",
    "health": r"денсаулық|медицин|здравоохранен|дәрігер|врач|аурухана|больниц|фармацевт|вакцин|лекарств|дәрі-дәрмек",
    "digital": r"цифр|цифрлық|ақпараттық технолог|искусственн\w+ интеллект|жасанды интеллект|IT\b|"
    r"дата-центр|деректер орталығ|деректерді өңдеу|центр\w* обработки данных|стартап",
    "finance": r"қаржы|банк|ұлттық валют|национальн\w+ валют|финанс|кредит|несие",
    "environment": r"экология|экологи|климат|қоршаған орта|окружающ\w+ сред|выброс|шығарынды|көміртек|углерод|"
    r"углекисл|декарбонизац|қалдық|отход|жасыл аумақ|озеленени",
    "tourism": r"туризм|туристі|турист|визасыз|безвиз",
}
# Stems start a word: «астық» (grain) is not the end of «ынтымақтастық» (cooperation).
_COMPILED = {topic: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for topic, pattern in TOPICS.items()}


# Lemmas of short words whose stem would start unrelated words (газ/газета, рейс/рейтинг, мал/мало).
LEMMAS: dict[str, frozenset[str]] = {
    "transport and transit": frozenset({"рейс", "авиарейс", "рейсі"}),
    "energy": frozenset(
        {"газ", "газовый", "газопровод", "газификация", "уголь", "угольный", "көмір", "электроэнергия"}
    ),
    "agriculture": frozenset({"мясо", "молоко", "скот", "сүт", "овощ", "фрукт"}),
    "investment": frozenset({"капиталовложение", "инвестировать"}),
    # «мұра» (heritage) by its lemma: as a stem it starts the name Мұрат.
    "culture": frozenset({"мұра"}),
}
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
SUPPLY = re.compile(rf"\b(?:{TOPICS['trade']}|жеткіз)", re.IGNORECASE)


def _funds_projects(text: str, lemmas: set[str]) -> bool:
    """Money put into projects, or into enterprises to be set up, is investment, whatever the verb
    («направит на совместные проекты средства в объеме до …», «жобаларға 2 млрд доллар бөлінеді»); not
    the value of projects to supply goods, which is trade («жабдық жеткізу жобаларын»)."""
    if not PROJECTS & lemmas or SUPPLY.search(text):
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


def topics_of(text: str) -> list[str]:
    """The topics a sentence discusses, in taxonomy order."""
    text = FARM_MACHINERY.sub(" машиностроение ", NOT_TOPICS.sub(" ", text))
    text = ELECTRIC_VEHICLE.sub(" ", INVESTED.sub(" инвестиция ", text))
    lemmas = set().union(*(lemmas_in_any_language(w) for w in WORD.findall(text)))
    return [
        topic
        for topic, pattern in _COMPILED.items()
        if pattern.search(text)
        or LEMMAS.get(topic, frozenset()) & lemmas
        or (topic == "investment" and _funds_projects(text, lemmas))
    ]
