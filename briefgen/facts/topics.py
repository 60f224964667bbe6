"""A small fixed taxonomy of what meetings discuss, found from word stems in Kazakh and Russian.

Stems rather than whole words: «тауар айналымын», «товарооборот», «сауда-экономикалық» all say trade.
"""

from __future__ import annotations

import re

TOPICS: dict[str, str] = {
    "trade": r"тауар айналым|сауда|экспорт|импорт|товарооборот|торгов|поставк|жеткізілім",
    "investment": r"инвестиц|инвестор|вложени",
    "transport and transit": r"көлік|транзит|логистик|тасымал|темір жол|порт\w*\b|дәліз|әуе рейс|"
    r"транспорт|железн\w+ дорог|коридор|маршрут|перевоз|пункт\w* (?:пропуска|өткізу)|өткізу пункт|автобус",
    "water": r"\bсу\b|су ресурс|су пайдалан|су-энергетика|суару|ирригац|водн|вод[ыау]\b|трансграничн\w+ рек|"
    r"сырдария|әмудария|арал",
    "energy": r"энерг|гидроэнерг|электр(?!он)|мұнай|газ\b|газды|нефт|сутек|водород|станция|электростанц|жылу электр|"
    r"уран|атом|ядерн|АЭС",
    "industry": r"өнеркәсіп|индустри|промышлен|өндіріс|производств|завод|зауыт|кооперац|тау-кен|горнодобы|"
    r"критическ\w+ сырь|машиностро|текстил|металлург",
    "agriculture": r"ауыл шаруашылығ|агро|сельск\w+ хозяйств|сельскохозяйств|астық|бидай|зерн|мал шаруашылығ|"
    r"ветеринар|мук[аи]\b|егіс|фермер|посев|сельхоз",
    "security": r"қауіпсіздік|безопасност|терроризм|экстремизм|қорғаныс|оборон|тұрақтылық|стабильност",
    "culture": r"мәдени|гуманитар|культур|мұра|наследи|бауырлас халық|ортақ тарих",
    "education": r"білім беру|білім ал|университет|студент|образован|оқу орн|оқу орын|вуз|мектеп|школ",
    "health": r"денсаулық|медицин|здравоохранен|дәрігер|врач|аурухана|больниц|фармацевт",
    "digital": r"цифр|цифрлық|ақпараттық технолог|искусственн\w+ интеллект|жасанды интеллект|IT\b",
    "finance": r"қаржы|банк|ұлттық валют|национальн\w+ валют|финанс",
    "environment": r"экология|экологи|климат|қоршаған орта|окружающ\w+ сред|выброс|шығарынды|көміртек|углерод|"
    r"углекисл|декарбонизац",
    "tourism": r"туризм|туристі|турист|визасыз|безвиз",
}
# Stems start a word: «астық» (grain) is not the end of «ынтымақтастық» (cooperation).
_COMPILED = {topic: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for topic, pattern in TOPICS.items()}


# Figures of speech that name a topic's word without discussing it: the investment climate is not the
# climate, an electronic queue no electricity.
NOT_TOPICS = re.compile(r"инвестиц\w*\s+климат\w*|іскерлік климат\w*|делово\w+ климат\w*", re.IGNORECASE)


def topics_of(text: str) -> list[str]:
    """The topics a sentence discusses, in taxonomy order."""
    text = NOT_TOPICS.sub(" ", text)
    return [topic for topic, pattern in _COMPILED.items() if pattern.search(text)]
