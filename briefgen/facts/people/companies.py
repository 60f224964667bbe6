"""The head of a company named with their office: «председатель правления Китайской национальной
нефтегазовой корпорации (CNPC) Дай Хоулян», «президент SOCAR Ровшан Наджаф», «Orano компаниясының бас
директоры Николя Маэс». The office is the company's, never a state's (the president of SOCAR is no head of
state), and the person's country is the company's home: the gazetteer's `companies` table says it, or a
country written inside the company's own name («Қазақстан темір жолы»). A name the table lacks is kept as
the press writes it in Latin letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..gazetteer import Entry, Match, Token
from ..language import FactsLanguage
from .model import DEPUTIES, Person
from .organizations import head_title
from .words import DASHES, in_source_letters, latin_end, latin_start, quoted_name

# Offices a state and a company both have: beside a company's name they are the company's. (An office of
# the gazetteer's own with `company: true`, chairman of the management board, is a company's anyway.)
SHARED_HEADS = frozenset({"president", "vice president", "chairman", "deputy chairman", "chief executive officer"})
# Between an office and the company's name: its kind («компании», «корпорациясының»), brackets round its
# abbreviation, quotation marks.
_MARKS = frozenset('()«»"')


@dataclass(frozen=True)
class CompanyOffice:
    office: Match  # the office's words
    role: str  # "president of socar"
    company: str  # "socar"
    country: str | None  # the company's home, when known
    start: int  # where the office's wording begins, company included
    international: bool = False  # of an international organization: its head has no country


def company_office(
    tokens: list[Token],
    covered: dict[int, Match],
    companies: Callable[[], list[Match]],
    start: int,
    language: FactsLanguage,
    earlier: Callable[[], list[Match]] = list,
) -> CompanyOffice | None:
    """The company office written right before a name starting at `start`: in Russian the office, then the
    company («президентом компании SOCAR Ровшаном Наджафом»); in Kazakh the company, then the office
    («CNPC басқармасының төрағасы Дай Хоулян»). `companies` gives the sentence's companies in the table
    and international organizations, asked for only where one may stand (the matchers are not run for every
    name); `earlier` the previous sentence's, which a bare kind word with none before it in its own sentence
    names («… посетила завод Hyundai Motor. Президент компании X …»). An organization's head has no country."""
    read = _company_then_office if language.modifiers_before else _office_then_company
    found = read(tokens, covered, companies, start, language, earlier)
    if found is None:
        return None
    office, (name, country, company_start), at = found
    name = _grouped(tokens, at, company_start, start, name, language)
    wording_start = min(office.start, company_start)
    organization = _organization(at, wording_start, start)  # a state's agency is one too, of its state
    if not _company_title(office, organization):
        return None
    head = _head_of(office, name, organization)
    first = _first_office(tokens, covered, office, language.words("joined_offices", "words"))
    if first is not None and _company_title(first, organization):
        # «Басқарма төрағасы – ректоры», «президентом и генеральным директором Hyundai Motor Company»: one
        # person's two offices of it.
        head, wording_start = f"{_head_of(first, name, organization)} and {head}", min(wording_start, first.start)
    rank = _rank(tokens, office.start - 1, language)
    if rank is not None and not office.entry.data.get("generic"):  # «бірінші басшысы»: its head, no rank
        # «ЕҚДБ бірінші вице-президенті», «первым вице-президентом ЕБРР»: the office's rank, before its head word.
        head, wording_start = f"{rank} {head}", min(wording_start, office.start - 1)
    deputy = _deputy(covered, office.start - 1) or _deputy(covered, office.end)
    if deputy is not None:
        # «заместитель председателя правления ЕАБР», «ЕДБ басқармасы төрағасының орынбасары»: its deputy.
        head, wording_start = f"{deputy.entry.name} {head}", min(wording_start, deputy.start)
    international = organization and country is None
    return CompanyOffice(office, f"{head} of {name.lower()}", name.lower(), country, wording_start, international)


def led_company(
    tokens: list[Token],
    covered: dict[int, Match],
    companies: Callable[[], list[Match]],
    start: int,
    language: FactsLanguage,
) -> CompanyOffice | None:
    """The head of a company's or an organization's delegation, the company named with the delegation and
    the office after the language's «во главе с» («делегацию JICA во главе с президентом агентства X»): the
    office is of that company, as if written with it. None where no such delegation stands before the name."""
    delegation = language.text("people", "delegation_word")
    its = language.words("delegation_heads", "possessives")
    led = _led_office(tokens, covered, start, list(language.words("people", "delegation_head")), its)
    if led is None or not delegation:
        return None
    office, lead = led
    at = {i: m for m in companies() for i in range(m.start, m.end)}
    for j in range(lead - 1, max(lead - 12, -1), -1):
        if tokens[j].text.lower().startswith(delegation.lower()):
            return None  # back at «делегацию» with no company named: a country's or a province's delegation
        company = at.get(j)
        organization = company is not None and bool(company.entry.data.get("organization"))
        if company is not None and _company_title(office, organization):
            name, country = company.entry.name.lower(), company.entry.data.get("country")
            role = f"{_head_of(office, name, organization)} of {name}"
            return CompanyOffice(office, role, name, country, office.start, organization and country is None)
    return None


def _led_office(
    tokens: list[Token], covered: dict[int, Match], start: int, head: list[str], its: tuple[str, ...] = ()
) -> tuple[Match, int] | None:
    """The office right after «во главе с» (a word such as «агентства» may stand between it and the name,
    and a possessive, `its`, before it: «во главе с его исполнительным директором»), with where «во главе с»
    begins; None if the name is not so led."""
    office = next((covered[k] for k in range(max(start - 3, 0), start) if k in covered), None)
    if not head or office is None or office.entry.kind != "title" or office.end < start - 1:
        return None
    before = office.start - 1 if office.start > 0 and tokens[office.start - 1].text.lower() in its else office.start
    lead = before - len(head)
    if lead < 1 or [t.text.lower() for t in tokens[lead:before]] != head:
        return None
    return office, lead


Found = tuple[Match, tuple[str, str | None, int], dict[int, Match]]  # the office, the company, the companies


def _company_then_office(
    tokens: list[Token],
    covered: dict[int, Match],
    companies: Callable[[], list[Match]],
    start: int,
    language: FactsLanguage,
    earlier: Callable[[], list[Match]],
) -> Found | None:
    """Kazakh: «CNPC басқармасының төрағасы Дай Хоулян», its deputy after it («… төрағасының орынбасары»)."""
    office = covered.get(start - 1)
    if office is not None and _deputy(covered, office.start) is not None:
        office = covered.get(office.start - 1)
    if office is None or not _company_title(office, organization=True):
        return None  # an organization's head may hold any office: a company's is checked after
    at = {i: m for m in companies() for i in range(m.start, m.end)}
    first = _first_office(tokens, covered, office, language.words("joined_offices", "words"))
    kinds = language.words("company_offices", "kinds")
    before = (first or office).start - 1
    if _rank(tokens, before, language) is not None:
        before -= 1  # «ЕҚДБ бірінші вице-президенті»: the rank stands between the organization and its office
    company = _company_before(tokens, covered, at, kinds, before, earlier)
    return (office, company, at) if company is not None else None


def _office_then_company(
    tokens: list[Token],
    covered: dict[int, Match],
    companies: Callable[[], list[Match]],
    start: int,
    language: FactsLanguage,
    earlier: Callable[[], list[Match]],
) -> Found | None:
    """Russian: «президентом компании SOCAR Ровшаном Наджафом»."""
    if not any(covered[i].entry.kind == "title" for i in range(max(start - 12, 0), start) if i in covered):
        return None  # no office before the name: no company's
    at = {i: m for m in companies() for i in range(m.start, m.end)}
    company = _company_before(tokens, covered, at, language.words("company_offices", "kinds"), start - 1, earlier)
    if company is None:
        return None
    k = company[2] - 1
    while k in covered and covered[k].entry.kind in ("adjective", "country"):
        k = covered[k].start - 1  # «президентом японской корпорации Mitsui»: the company's home before its kind
    office = covered.get(k)
    return (office, company, at) if office is not None else None


def _first_office(
    tokens: list[Token], covered: dict[int, Match], office: Match, joining: tuple[str, ...]
) -> Match | None:
    """The office written right before `office`, joined to it by a dash or by one of the language's words for
    two offices of one person (`joined_offices: words`: «әрі», «и»): the same person's first office of it."""
    k = office.start - 1
    if k >= 0 and tokens[k].text.lower() in joining:
        k -= 1
    else:
        while k >= 0 and tokens[k].text in DASHES:
            k -= 1
    first = covered.get(k)
    if k == office.start - 1 or first is None or first.entry.kind != "title" or first.end != k + 1:
        return None
    return first


def _grouped(
    tokens: list[Token], at: dict[int, Match], start: int, end: int, name: str, language: FactsLanguage
) -> str:
    """A company named with a kind word that English writes as part of a company's name (the language's
    `company_group_words`) is that group: «Doosan тобының төрағасы» is the chairman of Doosan Group, though the
    table's «Doosan» alone is its affiliate Doosan Enerbility; the name is then the one written, with the word."""
    words = language.data.get("company_group_words") or {}
    kind = next(
        (str(e) for t in tokens[start:end] for w, e in sorted(words.items()) if t.text.lower().startswith(w)), None
    )
    if kind is None or name.lower().endswith(kind.lower()):
        return name
    table = next((at[i] for i in range(start, end) if i in at), None)
    if table is not None:
        written = tokens[table.start : table.end]
        if not all(t.text.isascii() for t in written):
            return name  # a table company written in the source's letters: its own English name stands
        name = " ".join(t.text for t in written).lower()
    return f"{name} {kind}"


def _rank(tokens: list[Token], at: int, language: FactsLanguage) -> str | None:
    """The English of a rank word at index `at` (the language's `office_ranks`: «бірінші», «первым» → first),
    None where none stands there."""
    ranks = language.data.get("office_ranks") or {}
    if at < 0 or not ranks or not tokens[at].is_word:
        return None
    word = tokens[at].text.lower()
    english = ranks.get(word) or ranks.get(language.morphology.likeliest_lemma(word))
    return str(english) if english else None


def _deputy(covered: dict[int, Match], at: int) -> Match | None:
    """The deputy's word at index `at` («заместитель», «орынбасары»), None where none stands there."""
    word = covered.get(at)
    return word if word is not None and word.entry.kind == "title" and word.entry.name in DEPUTIES else None


def _organization(at: dict[int, Match], start: int, end: int) -> bool:
    return any(at[i].entry.data.get("organization") for i in range(start, end) if i in at)


def keeps_own_title(person: Person, role: str | None, title: Entry) -> bool:
    """A company's own English for its head's office, which the gazetteer gives the person (director general
    of rosatom, president of the islamic development bank group), beats a generic translation of the text's
    wording (chief executive officer of rosatom, chairman of the islamic development bank);
    the text's wording that only says more of the same office (chairman of the management board of cnpc
    for chairman of cnpc) replaces it."""
    company = title.data.get("company_of")
    if not company or not person.from_gazetteer or not person.role or not role:
        return False
    # The gazetteer's name of the body may say more than the text's (the islamic development bank group).
    at = person.role.rfind(f" of {company}")
    rest = person.role[at + len(f" of {company}") :] if at >= 0 else None
    if rest is None or (rest and not rest.startswith(" ")):
        return False
    return not role.startswith(person.role[:at])


def _company_title(office: Match, organization: bool = False) -> bool:
    """An office a company's head holds beside its name; an organization's head may hold any but a local one
    (secretary-general, director general)."""
    if office.entry.kind != "title" or office.entry.data.get("local"):
        return False
    data = office.entry.data
    return organization or bool(data.get("company") or data.get("generic") or office.entry.name in SHARED_HEADS)


def _head(office: Match) -> str:
    """«басшысы» beside a company is its head, whatever honorific it is elsewhere."""
    return "head" if office.entry.data.get("generic") else office.entry.name


def _head_of(office: Match, name: str, organization: bool) -> str:
    """The office of a company's head, or as an organization names it (the OSCE's secretary general)."""
    return head_title(_head(office), name) if organization else _head(office)


def _company_before(
    tokens: list[Token],
    covered: dict[int, Match],
    at: dict[int, Match],
    kinds: tuple[str, ...],
    j: int,
    earlier: Callable[[], list[Match]] = list,
) -> tuple[str, str | None, int] | None:
    """The company whose name ends at token j (its kind word and brackets may follow it): its name as the
    role writes it, its home country, and the index its wording starts at; None if no company ends there.
    The table's company wins over a Latin abbreviation beside it («корпорации (CNPC)»), which wins over a
    name in quotation marks the table lacks («Синохайдро»)."""
    company, latin, quoted, k = _company_words(tokens, covered, at, kinds, j)
    if company is not None:
        return _table_name(tokens, company), company.entry.data.get("country"), k + 1
    # «китайской компании», «қытайлық», «Қытайдың»: a country written before a company the table lacks.
    before = covered.get(k)
    told = before.entry.name if before is not None and before.entry.kind in ("adjective", "country") else None
    start = before.start if before is not None and told else k + 1
    if latin:
        return _as_written(latin), told, start
    if quoted is not None and quoted[0]:
        return quoted[0], quoted[1] or told, start
    if k < j and _kind_word(tokens, covered, kinds, j, 0) and tokens[j].text not in _MARKS:
        # «Korea Zinc компаниясының бас кеңсесінде компания төрағасы X»: the bare kind word is the company the
        # sentence named just before; the office's wording still starts at that word.
        named = _named_before(tokens, covered, at, kinds, k) or _named_just_before(earlier)
        return (named[0], named[1], k + 1) if named is not None else None
    return None


def _table_name(tokens: list[Token], company: Match) -> str:
    """The table's company as the role names it: its English name as the text writes it out in Latin letters
    («Korea Electric Power Corporation (KEPCO)» → korea electric power corporation), else the table's own
    (CNPC, where the text writes the name out in Kazakh or Russian)."""
    written = tokens[company.start : company.end]
    if company.entry.data.get("organization") or len(written) < 2 or any(in_source_letters(t.text) for t in written):
        return company.entry.name
    return _as_written(written)


# How far back a bare «компания» looks for the company the sentence named.
_NAMED_REACH = 8


def _named_before(
    tokens: list[Token], covered: dict[int, Match], at: dict[int, Match], kinds: tuple[str, ...], k: int
) -> tuple[str, str | None] | None:
    """The company named, with its kind word, a few words before index k: its name and home country."""
    for i in range(k, max(k - _NAMED_REACH, 0), -1):
        if i in at:
            return at[i].entry.name, at[i].entry.data.get("country")
        if tokens[i].text.lower().startswith(kinds) and tokens[i].text.islower():
            _, latin, quoted, _ = _company_words(tokens, covered, at, kinds, i - 1)
            if latin:
                return _as_written(latin), None
            if quoted is not None and quoted[0]:
                return quoted
            return None
    return None


def _named_just_before(earlier: Callable[[], list[Match]]) -> tuple[str, str | None] | None:
    """The one company of the table the previous sentence named (its name and home), which a bare kind word
    opening the next one refers to; None where it named none or several."""
    named = {m.entry.name: m.entry for m in earlier() if not m.entry.data.get("organization")}
    if len(named) != 1:
        return None
    [entry] = named.values()
    return entry.name, entry.data.get("country")


def _company_words(
    tokens: list[Token], covered: dict[int, Match], at: dict[int, Match], kinds: tuple[str, ...], j: int
) -> tuple[Match | None, list[Token], tuple[str, str | None] | None, int]:
    """Back from token j over a company's name: the table's company, its Latin words, its name in quotation
    marks, and the index the walk stopped at."""
    company: Match | None = None
    latin: list[Token] = []
    quoted: tuple[str, str | None] | None = None
    k, described = j, 0  # described: lowercase words read since the kind word, which they describe
    while k >= 0:
        text = tokens[k].text
        opening = _opening(tokens, k) if text == "»" and k - 1 not in at else None  # «CNPC»: the table's
        if k in at:
            # «Korea Electric Power Corporation (KEPCO)»: the name written out, before its abbreviation, is kept
            fuller = company is not None and at[k].entry.name == company.entry.name and at[k].end - at[k].start > 1
            company = at[k] if company is None or fuller else company
            k = at[k].start - 1
        elif opening is not None and company is None and not latin and quoted is None:
            quoted, k = quoted_name(tokens, covered, opening, k), opening - 1
        elif _kind_word(tokens, covered, kinds, k, described):
            described = described + 1 if tokens[k].text.islower() and tokens[k].text not in _MARKS else 0
            k -= 1
        elif _latin_part(tokens, k, bool(latin)):
            latin.insert(0, tokens[k])  # «CNPC (Китайской национальной нефтегазовой корпорации)»: both name it
            k -= 1
        else:
            break
    return company, latin, quoted, k


# Lowercase words describing a company's kind, read back from it: «SOCAR мемлекеттік мұнай компаниясының»,
# «жабық акционерлік қоғамының»; a longer run is a sentence, not a company's description.
_MOST_DESCRIBING = 3


def _kind_word(tokens: list[Token], covered: dict[int, Match], kinds: tuple[str, ...], k: int, described: int) -> bool:
    """A mark round the company's name, the word for its kind («компаниясының», «компании»), or lowercase
    words describing that kind right before it (`described` of them already read): «G42 технологиялық
    компаниясының», «энергетической компании ACWA Power», «SOCAR мемлекеттік мұнай компаниясының» (a country's
    adjective is the gazetteer's, kept for the company's home)."""
    word = tokens[k]
    if word.text in _MARKS:
        return True
    if not kinds or (k in covered and covered[k].entry.kind != "role_word"):  # «мемлекеттік» may open an office too
        return False
    following = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    describes = following.startswith(kinds) or 0 < described < _MOST_DESCRIBING
    modifier = describes and word.is_word and word.text.islower() and in_source_letters(word.text)
    return word.text.lower().startswith(kinds) or modifier


def _latin_part(tokens: list[Token], k: int, inside: bool) -> bool:
    """A token of a company's Latin name: a Latin word, and inside one (a later part already read) the
    point after an initial («Mitsui O.S.K. Lines») or the digits written onto a word («G42»)."""
    text = tokens[k].text
    if tokens[k].is_word:
        return not in_source_letters(text)
    if text == "&":
        return inside  # «Hyundai Engineering & Construction»: between two words of the name
    glued = k > 0 and tokens[k - 1].end == tokens[k].start and tokens[k - 1].is_word
    if not glued or in_source_letters(tokens[k - 1].text):
        return False
    if text == ".":
        return inside and len(tokens[k - 1].text) == 1  # an initial's point, never a sentence's
    return text.isdigit()


def _as_written(tokens: list[Token]) -> str:
    """The tokens joined as the text spaces them («O.S.K.», «G42»)."""
    out = tokens[0].text
    for before, token in zip(tokens, tokens[1:], strict=False):
        out += ("" if before.end == token.start else " ") + token.text
    return out


def _opening(tokens: list[Token], closing: int, longest: int = 8) -> int | None:
    """Where the quotation marks closed at `closing` open, a few words back."""
    return next((i for i in range(closing - 1, max(closing - longest, -1), -1) if tokens[i].text == "«"), None)


def heads_named(
    tokens: list[Token], covered: dict[int, Match], people: Iterable[Person], language: FactsLanguage
) -> list[tuple[int, int, Person]]:
    """«глава AD Ports», «Masdar басшысымен»: the head of a company the press names in its own Latin
    spelling is the one person already named whose office is of that company (start, end, person)."""
    found = []
    # Read once a sentence, not once a word: the language's data is the same for every token.
    head_words = language.words("people", "company_heads")
    head_ending = language.text("people", "company_head")
    named = list(people)
    for i, token in enumerate(tokens):
        if token.text.lower() in head_words and i not in covered:
            start, end = i, latin_end(tokens, i + 1)
            company = tokens[i + 1 : end]
        elif head_ending and token.text.lower().startswith(head_ending):
            start, end = latin_start(tokens, i), i + 1  # «Masdar басшысымен»
            company = tokens[start:i]
        else:
            continue
        name = " ".join(t.text.lower() for t in company)
        of_company = re.compile(rf" of {re.escape(name)}\b")
        heads = [p for p in named if name and of_company.search(p.role or "")]
        if len(heads) == 1:
            found.append((start, end, heads[0]))
    return found
