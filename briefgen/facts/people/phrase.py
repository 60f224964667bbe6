"""The office and country written around a name: «Қазақстан Үкіметінің басшысы», «Премьер-министр
Республики Казахстан», and an office's ministry or organ the gazetteer's wording leaves out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang import Morphology
from ..gazetteer import Entry, Match, Token
from .envoys import Envoy, envoy_before
from .model import DEPUTIES
from .offices import complete, for_field, office_words
from .organizations import head_title
from .romanize import romanize
from .words import CLAUSE_BREAKS, DASHES, HEAD_WORDS, PHRASE_KINDS, base_of, country_in_clause, surname_pattern

if TYPE_CHECKING:
    from .model import NamePhrase


class OfficeReading:
    def _phrase(self, tokens: list[Token], covered: dict[int, Match], start: int) -> tuple[int, list[Match]]:
        """The office and country written before a name: «Қазақстан Үкіметінің басшысы», «Премьер-министр
        Республики Казахстан»."""
        parts: list[Match] = []
        j = start - 1
        while j >= 0:
            m = covered.get(j)
            if m is not None and self._joins_phrase(tokens, m, parts):
                parts.insert(0, m)
                j = m.start - 1
            elif tokens[j].text in DASHES or tokens[j].text in "«»" or self._rank(tokens[j]):
                j -= 1  # a rank between the office and the name: «министром обороны генерал-полковником X»
            elif tokens[j].text == ")" and (k := _quoted_start(tokens, j)) < j:
                j = k - 1  # «министра энергетики Кувейта (МЭР) X»: the organ's abbreviation in brackets
            elif tokens[j].text == "," and parts and self._office_apposed(covered, j, parts[0]):
                j -= 1  # «наследный принц, Премьер-министр X»: two offices of one person, as with a dash
            elif self._and_word(tokens[j]) and parts and self._office_apposed(covered, j, parts[0]):
                j -= 1  # «премьер-министром и министром иностранных дел Катара X»: one person's two offices
            elif parts and parts[0].entry.kind == "country" and self._locative(tokens[j]):
                j -= 1  # «посол Турции в Германии»: where the envoy serves is part of the office's wording
            elif self._titled(parts) and (k := self._second_office(tokens, covered, j)) >= 0:
                j = k
            else:
                break
        return j + 1, parts

    def _envoy(self, tokens: list[Token], covered: dict[int, Match], start: int) -> Envoy | None:
        """An envoy's office with its portfolio before the name (see envoys.py)."""
        return envoy_before(tokens, covered, start, self.language, self._organization_at(tokens))

    def _joins_phrase(self, tokens: list[Token], m: Match, parts: list[Match]) -> bool:
        """A match before the phrase read so far that is part of it: an office, a country (or its adjective
        before its state's name), a province or a word of an office's wording."""
        kind_fits = m.entry.kind in PHRASE_KINDS or _state_adjective(m, parts)
        return kind_fits and not self._declined_apart(tokens, m, parts)

    def _declined_apart(self, tokens: list[Token], m: Match, parts: list[Match]) -> bool:
        """Where a phrase declines on its last word alone, an office right before another in an oblique case
        is another phrase: «делегациясының басшысын Сенат Төрағасы X қабылдады» — the head of the delegation
        is whom X received, not X's first office."""
        if not self.language.endings or m.entry.kind != "title" or not parts:
            return False
        if parts[0].entry.kind != "title" or parts[0].start != m.end:
            return False
        base = (m.entry.variant or "").lower().split()[-1:]
        return bool(base) and self.language.morphology.case_of(tokens[m.end - 1].text.lower(), base[0]) not in (
            "nom",
            "gen",
        )

    @staticmethod
    def _titled(parts: list[Match]) -> bool:
        """The phrase read so far opens with an office, or with a word joining its ministries («Жасанды
        интеллект және | цифрлық даму министрі»: the «және» the gazetteer's wording leaves out)."""
        first = next((p for p in parts if p.entry.kind != "role_word"), None)
        return first is not None and first.entry.kind == "title"

    def _rank(self, token: Token) -> bool:
        return token.text.lower().startswith(self.language.words("name_ranks", "military") or ("\0",))

    def _and_word(self, token: Token) -> bool:
        return token.text.lower() in self.language.words("double_office", "and")

    @staticmethod
    def _office_apposed(covered: dict[int, Match], comma: int, after: Match) -> bool:
        """An office right before the comma that is another of the named person's, after which the office
        beside the name goes on: not an honorific, which names someone else («Глава государства, Премьер-
        министр …» are two people), nor an office of the same head word («министр энергетики, министр
        финансов X»: a list of two ministers)."""
        before = covered.get(comma - 1)
        if before is None or before.entry.kind != "title" or after.entry.kind != "title":
            return False
        same_head = before.entry.name.split()[0] == after.entry.name.split()[0]
        return not before.entry.data.get("reference") and not same_head

    def _second_office(self, tokens: list[Token], covered: dict[int, Match], j: int) -> int:
        """«жоғары өкілі – Еуропалық комиссия вице-президенті»: the organ of a second office, written after
        a dash that follows a first office; the dash's index, so the first office joins the phrase (-1 if
        the words before are no such organ)."""
        k = j
        # As long as an organ's name is read before a head word (_completed): «Су ресурстары, ауыл шаруашылығы
        # және қайта өңдеу өнеркәсібі министрі», a ministry of three fields.
        while k >= 0 and j - k < 10:
            m = covered.get(k)
            if m is not None and m.entry.kind in ("adjective", "country"):
                k = m.start - 1  # «Еуропалық комиссия»: the organ's own adjective
            elif m is not None and m.entry.kind == "role_word":
                k = m.start - 1  # «және» joining the organ's fields
            elif m is None and self._organ_word(tokens[k], None) and tokens[k].text not in DASHES:
                k -= 1
            else:
                break
        if k < j and k > 0 and tokens[k].text in DASHES:
            before = covered.get(k - 1)
            if before is not None and before.entry.kind == "title":
                return k
        return -1

    def _locative(self, token: Token) -> bool:
        return token.text.lower() in self.language.words("places", "locative_prepositions")

    def _complete_office(
        self, tokens: list[Token], covered: dict[int, Match], phrase: NamePhrase, start: int, known: str | None
    ) -> None:
        if (head := phrase.head) is None:  # a name in its organ: spelled as the office's, else `known`'s, country
            return
        at = len(phrase.titles) - 1
        deputised = covered.get(head.start - 1) if head.entry.name in DEPUTIES and self.language.endings else None
        if deputised is not None and deputised.entry.kind == "title" and deputised.entry in phrase.titles:
            # «Жасанды интеллект және цифрлық даму министрінің орынбасары»: Kazakh writes the deputy after the
            # office deputised, which is the one completed from its ministry.
            head, at = deputised, phrase.titles.index(deputised.entry)
        completed = self._completed(tokens, covered, head, start, phrase.country or known)
        if completed is not None and phrase.country is None:
            # The country stands before the whole office, however long the ministry's name.
            organ = self._organ_start(tokens, covered, head)
            phrase.country = country_in_clause(tokens, covered, organ, self.posted, reach=4)  # type: ignore[attr-defined]
            completed = self._completed(tokens, covered, head, start, phrase.country or known)
        if completed is not None:
            # The completed office is of no class an honorific refers to: «басшысы» of an agency is no president.
            data = {k: v for k, v in head.entry.data.items() if k not in ("class", "reference", "generic")}
            titles = list(phrase.titles)
            titles[at] = Entry("title", completed, data, head.entry.variant)
            phrase.titles = titles

    def _completed(
        self, tokens: list[Token], covered: dict[int, Match], m: Match, name_start: int, country: str | None
    ) -> str | None:
        """The office of a head word the gazetteer knows, with the ministry or organ written around it
        that the gazetteer's wording leaves out (see offices.py)."""
        own_head = m.entry.data.get("head")  # «федеральный министр»: the whole wording is the head
        head = _head_word(m.entry)
        if head is None:
            return None
        organizations = self._organization_at(tokens)
        if self.language.modifiers_before:
            # Kazakh writes the organ before the head word, after the country: «Өзбекстан Республикасы
            # Олий Мажлисі Заң шығарушы палатасының Спикері».
            j, extra = m.start - 1, []
            while j >= 0 and m.start - j <= 10 and self._organ_word(tokens[j], covered.get(j), j in organizations):
                extra.insert(0, tokens[j].text)
                j -= 1
            words = extra + ([] if own_head else [t.text for t in tokens[m.start : m.end - 1]])
        else:
            # Russian, after it, in the genitive: «министр цифрового развития, инноваций и …».
            j, extra = m.end, []
            while j < name_start and j - m.end < 10 and self._organ_word(tokens[j], covered.get(j), j in organizations):
                extra.append(tokens[j].text)
                j += 1
            words = ([] if own_head else [t.text for t in tokens[m.start + 1 : m.end]]) + extra
        return self._office_of_organ(m, head, extra, words, country, organizations.get(j))

    def _office_of_organ(
        self, m: Match, head: str, extra: list[str], words: list[str], country: str | None, organization: Match | None
    ) -> str | None:
        """The head word's office completed from the organ's words the walk read (`extra`), and of the
        international organization the walk stopped at, if any: «Еуразиялық экономикалық комиссияның сауда
        жөніндегі министрі», «министр по торговле ЕЭК» → the EEC's minister in charge of trade. The
        organization's own words are never translated nor spelled into the office («yeuraziyalyk»)."""
        office = self._organ_office(m, head, extra, words, country)
        if office is None or organization is None:
            return office
        name = organization.entry.name.lower()
        return f"{head_title(office, name)} of {name}"

    def _organization_at(self, tokens: list[Token]) -> dict[int, Match]:
        """The sentence's international organizations by the tokens they cover."""
        found = self._companies_in(tokens)  # type: ignore[attr-defined]  # Finder's, cached per sentence
        return {i: o for o in found if o.entry.data.get("organization") for i in range(o.start, o.end)}

    def _organ_office(self, m: Match, head: str, extra: list[str], words: list[str], country: str | None) -> str | None:
        joining = office_words(self.language).joining
        if not [w for w in extra if w.lower() not in joining]:
            return None  # the gazetteer's wording is the whole office
        if self.language.modifiers_before and extra[0].lower() in joining:
            return None  # «Еуропа және халықаралық істер»: a name the walk stopped at is cut off, not translated

        def spell(word: str) -> str:
            return romanize(word, country)

        # «государственный министр по делам энергетики»: the whole office for a field, or the head of an organ.
        return for_field(m.entry.name, extra, self.language, spell) or complete(head, words, self.language, spell)

    def _organ_start(self, tokens: list[Token], covered: dict[int, Match], m: Match) -> int:
        j = m.start - 1
        if self.language.modifiers_before:
            while j >= 0 and m.start - j <= 10 and self._organ_word(tokens[j], covered.get(j)):
                j -= 1
        return j + 1

    def _organ_word(self, token: Token, match: Match | None, organization: bool = False) -> bool:
        if organization or match is not None and match.entry.kind != "role_word":
            return False  # an organization's own name ends the organ: it is named with the office, not in it
        if self.language.endings and token.is_word and _placed(self.language.morphology, token.text):
            return False  # «Сыртқы істер министрлігінде Сыртқы істер министрі»: where, not whose organ
        return token.is_word or token.text == ","

    def _head_before(self, tokens: list[Token], covered: dict[int, Match], start: int) -> Match | None:
        """A head word further back than an office is looked for, when only a ministry's or an organ's
        name stands between it and the person: «министр цифрового развития, инноваций и аэрокосмической
        промышленности Республики Казахстан Жаслан Мадиев»."""
        j = start - 1
        while j >= 0 and start - j <= 16:
            m = covered.get(j)
            if m is not None and m.entry.kind == "title":
                return m if self._completed(tokens, covered, m, start, None) else None
            if m is not None and m.entry.kind not in ("country", "role_word"):
                return None
            if m is None and not self._organ_word(tokens[j], None):
                return None
            j = (m.start if m is not None else j) - 1
        return None

    def _own_office(self, parts: list[Match], tokens: list[Token]) -> list[Match]:
        """In Kazakh the possessor comes first: «Германия канцлері Қазақстан Президентін» holds two offices,
        and the one named is the office after the last country («Қазақстан Президенті»). And an honorific
        of the home country in the nominative before another office is the sentence's subject, not part of
        that office: «Мемлекет басшысы Энергетика министрі Ерлан Аккенженовты қабылдады»."""
        if not self.language.modifiers_before:
            return parts
        if parts and self._home_honorific(parts[0], tokens) and any(p.entry.kind == "title" for p in parts[1:]):
            return parts[1:]  # «Мемлекет басшысы Түркістан облысының әкімі …»: the province opens the office
        # A province opens an office as a country does: «Облыс әкімі ШҰАР үкіметінің төрағасы …» is two people.
        last = max((n for n, p in enumerate(parts) if p.entry.kind in ("country", "province")), default=None)
        titled = [p.entry.kind == "title" for p in parts]
        if last is None or not any(titled[:last]) or not any(titled[last:]):
            return parts
        return parts[last:]

    @staticmethod
    def _quoted(tokens: list[Token], i: int, j: int) -> bool:
        """«Ясы Текстиль» фабрикасы, АО «Казахтелеком»: capitalized words standing whole in quotation marks
        name a company, a works or a programme; the press does not quote a person's name. Nor does it bracket
        one after a lowercase word: «Консультативного совета (Маджлис аш-Шура)» is the organ's own name."""
        if i == 0 or j >= len(tokens):
            return False
        bracketed = tokens[i - 1].text == "(" and tokens[j].text == ")" and i > 1 and tokens[i - 2].text.islower()
        return (tokens[i - 1].text == "«" and tokens[j].text == "»") or bracketed

    def _organ_of_office(self, tokens: list[Token], covered: dict[int, Match], i: int, j: int) -> bool:
        """«Ұлттық Банкінің Төрағасы»: in Kazakh, capitalized words in the genitive right before an office
        name the organ whose office it is, not a person, unless they end in a surname («Тоқаевтың кеңесшісі»).
        In either language, capitalized words right before a person the gazetteer knows end the organ of that
        person's office, no second person (two are joined by a word or a comma): «Спикером Законодательной
        палаты Олий Мажлиса Нуриддином Исмоиловым»."""
        if j > i and j in covered and covered[j].entry.kind == "person":
            return True
        if not self.language.endings or j == i or j >= len(tokens) or j not in covered:
            return False
        if covered[j].entry.kind != "title":
            return False
        last = tokens[j - 1].text
        morphology = self.language.morphology
        base = morphology.nominative(last).lower()
        return morphology.case_of(last, base) == "gen" and not surname_pattern(self.language).search(base)

    @staticmethod
    def _home_honorific(m: Match, tokens: list[Token]) -> bool:
        """«Мемлекет басшысы», «Үкімет басшысы», «СІМ басшысы» as the gazetteer writes them (the nominative), not
        «Мемлекет басшысының кеңесшісі» (the head of state's adviser)."""
        data = m.entry.data
        written = tokens[m.end - 1].text.lower()
        return (
            bool(m.entry.kind == "title" and data.get("reference") and not data.get("generic"))
            and written == m.entry.variant.split()[-1].lower()
        )

    def _head_token(self, tokens: list[Token], m: Match) -> Token:
        """The word of an office that says how many hold it: the last in Kazakh («министрлері»), the first
        in Russian («министр финансов» is one minister, whatever the number of «финансов»)."""
        return tokens[m.end - 1] if self.language.modifiers_before else tokens[m.start]

    def _plural(self, token: Token, entry: Entry) -> bool:
        if not self.language.endings:
            return self.language.morphology.number(token.text) == "plural"
        rest = token.text.lower()[len(base_of(token, entry)) :]
        return rest.startswith(self.language.morphology.plural_endings)

    def _office_before(self, tokens: list[Token], covered: dict[int, Match], i: int, reach: int = 6) -> Match | None:
        """A singular office a few words before, in the same clause: «Европейский комиссар по
        международным партнерствам Йозеф Сикела»."""
        j, steps = i - 1, 1
        while j >= 0 and steps <= reach and (tokens[j].text not in CLAUSE_BREAKS or _quoted_start(tokens, j) < j):
            office = covered.get(j)
            if office is not None and office.entry.kind == "title":
                return None if self._plural(self._head_token(tokens, office), office.entry) else office
            if office is not None and office.entry.kind == "person":
                return None
            if office is None and j - 1 not in covered and self._after_another_name(tokens, j):
                return None  # «министр энергетики Катара Саад аль-Каби и Бобур Алиев»: the office is Saad's
            # A capitalized word inside the sentence is a name, whatever the dictionary guesses («Шэньси»).
            if office is None and self._verb(tokens[j]) and not (j > 0 and tokens[j].is_capitalized):
                return None  # «Глава государства попросил передать … Ильхаму Алиеву»: the office is the subject's
            # A quoted name counts as one word; every other word, an office's too, as itself.
            quoted = office is None and _quoted_start(tokens, j) != j
            next_j = (office.start if office is not None else _quoted_start(tokens, j)) - 1
            steps += 1 if quoted else j - next_j
            j = next_j
        return None

    def _after_another_name(self, tokens: list[Token], j: int) -> bool:
        """Token j joins two names («и», «пен», «және») and a name ends right before it."""
        if j == 0 or tokens[j].text.lower() not in self.language.words("people", "and_words"):
            return False
        before = tokens[j - 1].text
        return before[:1].isupper() or before.partition("-")[2][:1].isupper()

    def _posted(self, tokens: list[Token], m: Match) -> bool:
        """«Қазақстандағы Елшісі», «посол в Казахстане»: the country where an envoy serves is not theirs."""
        last = tokens[m.end - 1].text.lower()
        if last.endswith(self.language.words("places", "posted") or ("\0",)):
            return True
        return m.start > 0 and tokens[m.start - 1].text.lower() in self.language.words(
            "places", "locative_prepositions"
        )

    def _delegation_of(self, tokens: list[Token], covered: dict[int, Match], start: int) -> Entry | None:
        """The province or country whose delegation is led by the person named after «во главе с»."""
        head = list(self.language.words("people", "delegation_head"))
        delegation = self.language.text("people", "delegation_word")
        words = [t.text.lower() for t in tokens[max(start - len(head), 0) : start]]
        led = start > 1 and tokens[start - 1].text.lower() in self.language.words("delegation_led", "verbs")
        if not delegation or not (led or head and words == head):
            return None
        if led:  # «Казахстанскую делегацию возглавил X»: the delegation right before the verb
            head = ["led", "delegation"]  # the country is written before both
            if not tokens[start - 2].text.lower().startswith(delegation.lower()):
                return None
        for j in range(start - len(head) - 1, max(start - len(head) - 5, -1), -1):
            m = covered.get(j)
            # A country may be named by its adjective: «делегацией Итальянской Республики».
            if m is not None and m.entry.kind in ("province", "country", "adjective"):
                return m.entry
            if tokens[j].text.lower().startswith(delegation.lower()):
                break
        return None


def _quoted_start(tokens: list[Token], j: int, longest: int = 8) -> int:
    """Where a name in quotation marks that ends at token j begins: an organ's or a ministry's own name
    («министром предприятий и «Сделано в Италии» Адольфо Урсо») counts as one word of the office, and so
    does the abbreviation or other name in brackets after the organ's name («директора Агентства развития (AFD)
    X», «Консультативного совета (Маджлис аш-Шура) Государства Катар X»)."""
    opening = {"»": "«", ")": "("}.get(tokens[j].text)
    if opening is None:
        return j
    for k in range(j - 1, max(j - longest, -1), -1):
        if tokens[k].text == opening:
            return k
    return j


def _placed(morphology: Morphology, word: str) -> bool:
    """A word in a case that says where or whence («министрлігінде», «министрлігінен»): an organ's name is
    joined by the genitive and the possessive, never by these."""
    return morphology.case_of(word, morphology.nominative(word).lower()) in ("loc", "abl", "ins")


def _head_word(title: Entry) -> str | None:
    """The head word an office is completed from: its own (`head`), "minister", "vice minister", a head
    word (chairman, speaker), or "head" for a bare «басшысы» (of an organ, not of a state)."""
    role = title.name
    if title.data.get("generic"):
        return "head"  # «Инвестициялар агенттігінің басшысы»
    if title.data.get("head"):
        return str(title.data["head"])
    if role == "vice minister" or role in HEAD_WORDS:
        return role
    return "minister" if role.startswith("minister") else None


def dashed_before(tokens: list[Token], earlier: list[Match], office: Match) -> Match | None:
    """The office written right before a dash that opens `office`, which is the same person's first office."""
    first = earlier[-1] if earlier else None
    if first is None or first.entry.kind != "title" or first.end >= office.start:
        return None
    return first if all(t.text in DASHES for t in tokens[first.end : office.start]) else None


def _state_adjective(m: Match, parts: list[Match]) -> bool:
    """A country's adjective before a word of its state's name, or right before the office, names that
    country: «Председатель Правительства Словацкой Республики», «российский вице-премьер»."""
    return (
        m.entry.kind == "adjective"
        and bool(parts)
        and parts[0].start == m.end
        and parts[0].entry.kind in ("role_word", "title")
    )
