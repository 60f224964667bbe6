"""People in a sentence: named (from the gazetteer, or unknown names romanized), or referred to by
office («Қазақстан Үкіметінің басшысы», «Премьер-министр Таджикистана»), with the office and country
written before the name and the grammatical case that tells a participant from someone mentioned.

Why not Natasha (slovnet news NER, name normalization): measured on the Russian annotated reports, our
finder found 144 of 146 participants' names in their nominative as written, Natasha's PER spans 129
exactly (ё lost: Мирзиеев; foreign names not normalized: Пиюша Гояла) and 140 by surname; on heldout6,
studied least, both 30 of 31, on heldout5 ours 16 of 17 and Natasha 12 exactly. It would add pymorphy2
(unmaintained, beside pymorphy3) and navec embeddings for no gain, and it has no Kazakh. The offices,
countries and cases around a name, which decide who takes part, are ours either way. rapidfuzz is used
(Gazetteer.resembling) for a gazetteer name written in a spelling its wordings lack."""

from __future__ import annotations

import datetime as dt
from re import Pattern

from ..arabic_names import name_particles
from ..gazetteer import Entry, Gazetteer, Match, Token, office_on
from ..language import facts_language
from .companies import company_office, heads_named, led_company
from .grammar import CaseReading
from .model import DEPUTIES, Mention, NamePhrase, Person, classes_of, role_of
from .ner import person_within
from .organizations import organizations_in
from .phrase import OfficeReading, dashed_before
from .romanize import romanize, uninflected
from .same import anothers_side, fuller_named, named_before, namesake_named, text_role_wins
from .words import (
    PHRASE_KINDS,
    city_near,
    company_near,
    country_in_clause,
    given_name_title,
    name_word,
    one_letter_family,
    one_letter_given,
    particled,
    place_named_with,
    pronoun_mentions,
    surname_pattern,
    written_nominative,
)


class Finder(CaseReading, OfficeReading):
    def __init__(self, gazetteer: Gazetteer, lang: str, date: dt.date | None = None):
        self.gazetteer = gazetteer
        self.lang = lang
        self.date = date  # the article's: a person named is given the office they held then
        self.language = facts_language(lang)
        self.not_names = frozenset(self.language.words("people", "not_names"))
        self.one_letter_words = frozenset(self.language.words("people", "one_letter_words"))
        self.posted = self.language.words("places", "posted")  # «Қазақстандағы»: where an envoy serves
        self.people: dict[str, Person] = {}
        self._companies: list[Match] | None = None  # see mentions
        self._previous: list[Token] = []  # the sentence before, whose company a bare «компании» may name

    def mentions(self, index: int, tokens: list[Token], matches: list[Match]) -> list[Mention]:
        """Every mention of a person in one sentence: names the gazetteer knows, unknown names, offices
        standing for their holder, and pronouns; each with the case it is named in."""
        matches = [m for m in matches if not given_name_title(tokens, m, self._name_word)]
        covered = {i: m for m in matches for i in range(m.start, m.end)}
        self._companies = None  # the sentence's companies and organizations, matched when a name may follow one
        found = self._known_names(index, tokens, covered, matches)
        found += [self._named(index, tokens, covered, a, b, None) for a, b in self._unknown_names(tokens, covered)]
        in_phrase = {i for mention in found for i in range(mention.phrase_start, mention.end)}
        # «Екі елдің президенттері», «лидеры»: a plural office is a group, not one person to resolve.
        found += [
            self._office(index, tokens, covered, m)
            for m in matches
            if m.entry.kind == "title"
            and m.start not in in_phrase
            and not self._plural(self._head_token(tokens, m), m.entry)
        ]
        found += pronoun_mentions(index, tokens, self.language)
        heads = self._company_heads(index, tokens, covered)
        spans = {i for h in heads for i in range(h.start, h.end)}
        found = [m for m in found if m.person is not None or m.start not in spans] + heads
        found.sort(key=lambda x: x.start)
        for mention in found:
            if self._agent(tokens, mention):
                mention.case = "agent"
            elif self._attending(tokens, mention):
                mention.case = "with"
        self._conjoin(tokens, found)
        self._previous = tokens
        return found

    def _known_names(
        self, index: int, tokens: list[Token], covered: dict[int, Match], matches: list[Match]
    ) -> list[Mention]:
        found = []
        for m in matches:
            if m.entry.kind != "person":
                continue
            if m.end - m.start == 1 and self._part_of_other_name(tokens, covered, m):
                # «Акылбек Жапаров» is not Sadyr Japarov: a surname after another first name is someone else;
                # «Нурбек Асанов» is not Sayasat Nurbek: nor is a surname that is someone's first name.
                for i in range(m.start, m.end):
                    del covered[i]
                continue
            found.append(self._named(index, tokens, covered, m.start, m.end, m.entry))
        return found

    def _part_of_other_name(self, tokens: list[Token], covered: dict[int, Match], m: Match) -> bool:
        before = m.start - 1
        named_before = before >= 0 and before not in covered and self._name_word(tokens[before])
        if named_before and not self._common_opening(tokens, before):
            return True
        if m.end >= len(tokens) or m.end in covered or not self._name_word(tokens[m.end]):
            return False
        if bool(surname_pattern(self.language).search(self._nominative([tokens[m.end].text]).lower())):
            return True
        # «Аббас Арагчи» is not Mahmoud Abbas: a surname that the gazetteer knows as someone's given name,
        # before a name word that is no place's, opens another's name (whatever that surname's ending).
        given = tokens[m.start].text.lower() in self.gazetteer.given_names()
        return (
            given
            and m.end - 1 == m.start
            and not self._place_word(tokens, m.end)
            and not self._common_word(tokens, m.end)
        )

    def _companies_in(self, tokens: list[Token]) -> list[Match]:
        if self._companies is None:
            self._companies = self.gazetteer.companies_in(tokens) + organizations_in(tokens)
        return self._companies

    def _company_heads(self, index: int, tokens: list[Token], covered: dict[int, Match]) -> list[Mention]:
        """«глава AD Ports»: the one person already named whose office is of that company."""
        return [
            Mention(index, a, b, a, self._case(tokens, a, a, b, None), person)
            for a, b, person in heads_named(tokens, covered, self.people.values(), self.language)
        ]

    def _named(
        self,
        index: int,
        tokens: list[Token],
        covered: dict[int, Match],
        start: int,
        end: int,
        entry: Entry | None,
    ) -> Mention:
        """A name, with the office and country written around it, as one mention of a person."""
        phrase = self._name_phrase(tokens, covered, start)
        if self._apart(tokens, phrase, start, end, entry):
            # «Посла Японии Садыр Жапаров попросил …»: an office in another case than the name is the
            # object of the sentence, a mention of its own, not the name's office.
            phrase = NamePhrase(start, [], [])
        companies = lambda: self._companies_in(tokens)  # noqa: E731 — matched only where a company may stand
        earlier = lambda: self.gazetteer.companies_in(self._previous)  # noqa: E731
        held = company_office(tokens, covered, companies, start, self.language, earlier) or led_company(
            tokens, covered, companies, start, self.language
        )
        if held is not None:
            # An organization's head is of no country; a company's of its home, else of the country written.
            phrase.start, phrase.head = held.start, held.office
            phrase.country = None if held.international else held.country or phrase.country
            phrase.titles = [Entry("title", held.role, {"company_of": held.company}, held.office.entry.variant)]
        else:
            self._complete_office(tokens, covered, phrase, start, entry.data.get("country") if entry else None)
        words = [t.text for t in tokens[start:end]]
        case, words = self._name_case(tokens, phrase, start, end, entry, words)
        person = self._person(entry, words, case, phrase.country)
        if anothers_side(person, role_of(phrase.titles), phrase.country):
            phrase = NamePhrase(start, [], [])  # the subject's office and country, not this person's
        if phrase.titles:
            self._give_role(person, tokens, covered, phrase, start)
        if phrase.country:
            person.country = phrase.country
        if person.role and (person.role_in_text or not person.from_gazetteer):  # the gazetteer's is styled
            person.role = self.gazetteer.styled(person.role, person.country)
        deputy = any(t.name in DEPUTIES for t in phrase.titles)  # not of the office deputised: «Глава МИД» later
        classes = {str(t.data["class"]) for t in phrase.titles if t.data.get("class") and not deputy}
        person.classes |= classes_of(self.gazetteer, person.role) | classes
        return Mention(index, start, end, phrase.start, case, person, phrase.titles, phrase.country)

    def _apart(self, tokens: list[Token], phrase: NamePhrase, start: int, end: int, entry: Entry | None) -> bool:
        """Where each word declines, an office agrees with the name it stands for: a gazetteer name written
        as in the gazetteer (its nominative) after an office that cannot be nominative is someone else's."""
        if phrase.head is None or entry is None:
            return False
        if self.language.endings:
            return self._home_honorific_apart(tokens, phrase, start, end, entry)
        written = " ".join(t.text.lower() for t in tokens[start:end])
        if written != entry.variant.lower():
            return False
        before = tokens[phrase.start - 1].text.lower() if phrase.start > 0 else ""
        if before in self.language.words("people", "prepositions"):
            return False  # «с министром Китая Ван И»: the preposition governs both, an indeclinable name too
        cases = self.language.morphology.cases(tokens[phrase.head.start].text)
        return bool(cases) and "nom" not in cases and not self._indeclinable(tokens[start:end])

    def _home_honorific_apart(
        self, tokens: list[Token], phrase: NamePhrase, start: int, end: int, entry: Entry
    ) -> bool:
        """Where only a name's last word declines, «Мемлекет басшысы Эмомали Рахмонмен кездесті» is the home
        head of state meeting a guest: an honorific of the home country (its `default_country`) before a
        declined name of someone from elsewhere, with no country written, is the subject, not the name's
        office («Тәжікстан Президенті Эмомали Рахмонмен» writes the country)."""
        title = phrase.head.entry if phrase.head is not None else None
        home = title.data.get("default_country") if title is not None and title.data.get("reference") else None
        if home is None or phrase.country or entry.kind != "person":
            return False
        theirs = entry.data.get("country")
        return bool(theirs) and theirs != home and self._case(tokens, start, start, end, entry) != "nom"

    def _name_phrase(self, tokens: list[Token], covered: dict[int, Match], start: int) -> NamePhrase:
        """The office, country and province written before a name."""
        if (envoy := self._envoy(tokens, covered, start)) is not None:  # its portfolio's country is not theirs
            phrase = NamePhrase(envoy.start, [], [envoy.title], country=envoy.country)
            self._side_of(tokens, covered, phrase)
            return phrase
        phrase_start, parts = self._phrase(tokens, covered, start)
        own = self._own_office(parts, tokens)
        if own is not parts:
            # «Мемлекет басшысы Катар Әмірі шейх Тамим …»: the office before the country is another
            # person's, a mention of its own, not part of this name's wording.
            phrase_start, parts = own[0].start, own
        phrase = NamePhrase(phrase_start, parts, [p.entry for p in parts if p.entry.kind == "title"])
        phrase.head = next((p for p in reversed(parts) if p.entry.kind == "title"), None)
        if not phrase.titles:
            office = self._office_before(tokens, covered, phrase_start) or self._head_before(tokens, covered, start)
            if office is not None:
                phrase.titles, phrase.head = [office.entry], office
                earlier_start, earlier = self._phrase(tokens, covered, office.start)
                phrase.start = min(phrase_start, earlier_start)
                deputy = covered.get(office.start - 1)
                if deputy is not None and deputy.entry.kind == "title" and deputy.entry.name in DEPUTIES:
                    # «заместителем министра казначейства и финансов Турции …»: the deputy of that office.
                    phrase.titles = [deputy.entry, office.entry]
                elif (first := dashed_before(tokens, earlier, office)) is not None:
                    # «заместитель премьер-министра — министр экономики и финансов X»: one person's two offices.
                    phrase.titles = [first.entry, office.entry]
        # A country by its name, or by its adjective before its state's name («Словацкой Республики»).
        named = [p for p in reversed(parts) if p.entry.kind in ("country", "adjective")]
        phrase.country = next((p.entry.name for p in named if not self._posted(tokens, p)), None)
        phrase.province = next((p.entry for p in parts if p.entry.kind == "province"), None)
        self._side_of(tokens, covered, phrase)
        return phrase

    def _side_of(self, tokens: list[Token], covered: dict[int, Match], phrase: NamePhrase) -> None:
        """The country of a name the phrase does not give: a delegation's side, a province's country, a
        country earlier in the clause, or the side an office of one union names."""
        led = self._delegation_of(tokens, covered, phrase.start)
        if led is not None and not phrase.country and phrase.province is None:
            # «делегацию Омской области во главе с губернатором X»: the head is of the delegation's side.
            if led.kind == "province":
                phrase.province = led
            else:
                phrase.country = led.name
        if phrase.province is not None:
            phrase.country = phrase.country or str(phrase.province.data.get("country"))
        if phrase.country is None and phrase.titles:
            phrase.country = country_in_clause(tokens, covered, phrase.start, self.posted, self.language)
        if phrase.country is None and phrase.titles and not phrase.titles[-1].data.get("reference"):
            # «еврокомиссар», «председатель Европейского совета»: an office of one union names its side.
            phrase.country = phrase.titles[-1].data.get("default_country")

    def _name_case(
        self, tokens: list[Token], phrase: NamePhrase, start: int, end: int, entry: Entry | None, words: list[str]
    ) -> tuple[str, list[str]]:
        case = self._case(tokens, phrase.start, start, end, entry)
        countries_only = bool(phrase.parts) and all(p.entry.kind == "country" for p in phrase.parts)
        if (
            not self.language.endings
            and case == "gen"
            and countries_only
            and "nom" in self.language.morphology.cases(tokens[start].text)
        ):
            # «президенты Узбекистана Шавкат Мирзиёев, Кыргызстана Садыр Жапаров»: the country alone before
            # the name is in the genitive whatever the name's case; the name says its own.
            case = "nom"
        if entry is None and end < len(tokens) and self.language.person("receives").match(tokens[end].text.lower()):
            # The name right before «қабылдады» is its definite object: its ending is the accusative
            # («Джохари Абдул Ғаниді»), even where a name could end so (Сатыбалды).
            bare = self.language.morphology.object_of_verb(words[-1])
            if bare != words[-1]:
                words = [*words[:-1], bare]
                case = "acc"
        return case, words

    def _person(self, entry: Entry | None, words: list[str], case: str, country: str | None) -> Person:
        """The person a name is: the gazetteer's, one named before, or a new one romanized."""
        if entry is not None:
            if len(words) == 1 and (namesake := namesake_named(self.people, entry)) is not None:
                return namesake
            person = self.people.get(entry.name)
            if person is None:
                office = office_on(entry, self.date)
                role, country = (office.role, office.country) if office is not None else (None, None)
                country = country or entry.data.get("country")
                person = fuller_named(self.people, entry, role, country) or Person(
                    entry.name, entry.variant, role, country, from_gazetteer=True
                )
                self.people[entry.name] = person
            return person
        # A Russian name in a nominative phrase is already in the nominative («Йозеф Сикела находился»).
        original = " ".join(words) if not self.language.endings and case == "nom" else self._nominative(words, case)
        original = uninflected(original, country, words, case != "nom")  # «Чжао Ганом»: a Russian ending
        key = self._english(original, country)
        # The same name written again, perhaps without the country that chose its spelling.
        person = self.people.get(key) or named_before(self.people, words, original, bool(self.language.endings))
        guessed = (original, self._nominative(words)) if person is not None and not person.from_gazetteer else None
        if person is not None and guessed and (better := written_nominative(person, words, guessed)):
            person.name_original, person.name = better, self._english(better, person.country)  # «Рёсэй» after «Рёсэя»
        if person is None and len(words) > 1 and (entry := self.gazetteer.resembling(original)) is not None:
            # A spelling the gazetteer's wordings lack: the name as written is the original.
            person = self._person(Entry(entry.kind, entry.name, entry.data, original), words, case, country)
            person.spelled_apart = True  # the gazetteer will not find it again: its surname is looked for
            return person
        if person is None:
            person = Person(key, original, None, None, from_gazetteer=False)
            self.people[key] = person
        return person

    def _give_role(
        self, person: Person, tokens: list[Token], covered: dict[int, Match], phrase: NamePhrase, start: int
    ) -> None:
        """The office the text writes, completed by its place or company; it replaces the person's role
        when it says more."""
        titles, province = phrase.titles, phrase.province
        role = role_of(titles)
        # «Алматы қаласы әкімінің орынбасары»: the deputy of a local office is local too.
        local = any(t.data.get("local") for t in titles)
        place = province or (city_near(covered, phrase.start, start) if local else None)
        if place is None and any(t.data.get("province_only") for t in titles):
            return  # «глава Республики Узбекистан»: an office of a republic within a state, and this is a state
        if place is not None and local:
            # «Қостанай облысының әкімі», «губернатор Челябинской области», «Алматы қаласының әкімі»: a
            # local office is named by its province or city.
            role = f"{role} of {place.name.lower()}"
            phrase.country = phrase.country or str(place.data.get("country"))
        elif local and (named := place_named_with(tokens, covered, phrase.start, start, self.language)):
            # «губернатор провинции Шэньси»: a province the gazetteer lacks, spelled as its country spells it.
            role = f"{role} of {romanize(named[0], phrase.country).lower()} {named[1]}".rstrip()
        elif titles[-1].data.get("company") and (company := company_near(tokens, covered, phrase.start, start)):
            # «Masdar компаниясының бас атқарушы директоры», «генеральный директор компании Masdar».
            role = f"{role} of {company[0].lower()}"
            phrase.country = phrase.country or company[1]
        elif province is not None:
            role = provincial(role, titles[-1], province)
        if text_role_wins(self.people, person, role, titles):
            person.role, person.role_in_text = role, True
        elif person.role is None:
            person.role = role

    def _office(self, index: int, tokens: list[Token], covered: dict[int, Match], m: Match) -> Mention:
        phrase_start, parts = self._phrase(tokens, covered, m.start)
        before = covered.get(phrase_start - 1)
        if before is not None and before.entry.kind == "adjective":
            parts.insert(0, before)  # «узбекского лидера»
        parts = self._own_office(parts, tokens)
        country = next((p.entry.name for p in reversed(parts) if p.entry.kind in ("country", "adjective")), None)
        j = m.end
        # Russian puts the country after the office, in the genitive: «Премьер-министр Таджикистана»; in
        # Kazakh a country after the office begins the next phrase («Мемлекет басшысы Германия …»).
        while (
            not self.language.endings
            and country is None
            and j < len(tokens)
            and j in covered
            and covered[j].entry.kind in PHRASE_KINDS
        ):
            if covered[j].entry.kind == "country":
                country = covered[j].entry.name
            j = covered[j].end
        end = max(j, m.end)
        case = self._case(tokens, phrase_start, m.start, m.end, m.entry)
        return Mention(index, m.start, end, phrase_start, case, None, [m.entry], country, reference=True)

    def _unknown_names(self, tokens: list[Token], covered: dict[int, Match]) -> list[tuple[int, int]]:
        """Two or three capitalized words the gazetteer does not know, ending in a surname or written
        right after an office («Министр энергетики Азербайджана Парвиз Шахбазов»)."""
        runs: list[tuple[int, int]] = []
        surnames = self._surnames()
        surname = surname_pattern(self.language)
        i = 0
        while i < len(tokens):
            if not tokens[i].is_capitalized:
                i += 1  # no run of name words starts with a lowercase word (_continues_name): most tokens
                continue
            j = i
            while j < len(tokens) and self._continues_name(tokens, covered, i, j):
                j += 1
            if not self.language.endings and j in covered and covered[j].entry.kind == "country":
                # «Председатель Милли Меджлиса Азербайджана»: a name followed by a country in the genitive is
                # an institution in an office's wording; a Russian name is not followed by a country.
                i = max(j, i + 1)
                continue
            if self._organ_of_office(tokens, covered, i, j) or self._quoted(tokens, i, j):
                i = max(j, i + 1)
                continue
            if (run := self._name_run(tokens, covered, i, j, surnames, surname)) is not None:
                runs.append(run)
            i = max(j, i + 1)
        return runs

    def _name_run(
        self, tokens: list[Token], covered: dict[int, Match], i: int, j: int, surnames: set[str], surname: Pattern[str]
    ) -> tuple[int, int] | None:
        """The words i..j (or the part of them the NER tags) as a person's name, or None: a run ending in a
        surname, an Arabic name, or one right after an office."""
        last = self._nominative([tokens[j - 1].text]).lower() if j > i else ""
        # An Arabic name is longer: «Абдулла бин Тук Аль Марри»; its particles mark it a name, as a
        # surname's ending does («Фахад әл-Мансури»).
        arabic = any(self._connector(tokens, i, k) for k in range(i, j))
        longest = 6 if arabic else 3
        if 2 <= j - i <= longest:
            if surname.search(last) or arabic or self._office_before(tokens, covered, i) or last in surnames:
                return (i, j)
            return person_within(tokens, i, j, self.language.text("people", "ner"))
        return (i, j) if j - i == 1 and last in surnames else None

    def _continues_name(self, tokens: list[Token], covered: dict[int, Match], i: int, j: int) -> bool:
        """Token j continues a run of name words begun at i."""
        if j in covered or not (
            self._name_word(tokens[j])
            or self._connector(tokens, i, j)
            or one_letter_family(tokens, j, self._name_word, self.one_letter_words)
            or one_letter_given(tokens, i, j)
        ):
            return False
        if self._place_word(tokens, j):
            return False
        if j != i:
            return True
        # «Центральной Азии» starts with an adjective; a surname may look like one (Шахбазовым), a name not.
        if self._adjective(tokens[j]) or self._common_word(tokens, j):
            return False
        # «провинции Хэнань Ван Кай»: the word after a kind of place names the place, when a name follows it;
        # «губернатором провинции Чжао Ганом» names no place (written before): two words are the name.
        place_nouns = self.language.words("people", "place_nouns")
        return not (
            i > 0
            and (i - 1) not in covered
            and place_nouns
            and tokens[i - 1].text.lower().startswith(place_nouns)
            and all(k < len(tokens) and k not in covered and self._name_word(tokens[k]) for k in (i + 1, i + 2))
        )

    def _name_word(self, token: Token) -> bool:
        return name_word(token) and token.text.lower() not in self.not_names

    def _connector(self, tokens: list[Token], i: int, j: int) -> bool:
        """«Абдулла бин Тук Аль Марри», «Мишааль аль-Ахмед»: an Arabic name runs on through its lowercase
        particles, between two capitalized words."""
        prefix, _, rest = tokens[j].text.partition("-")
        if j > i and prefix.lower() in name_particles() and rest[:1].isupper():
            return True  # «аль-Хаджраф»: the particle and the name written as one
        return (
            j > i
            and tokens[j].text.lower() in name_particles()
            and j + 1 < len(tokens)
            and self._name_word(tokens[j + 1])
        )

    def _english(self, original: str, country: str | None) -> str:
        """A family name the gazetteer already spells in English keeps that spelling (Акылбек Жапаров →
        Akylbek Japarov, as Sadyr Japarov); the rest is romanized."""
        *given, family = original.split()
        spelling = self.gazetteer.family_spelling(family)
        if spelling is not None:
            return " ".join([*(romanize(g, country) for g in given), spelling])
        return romanize(original, country)

    def _surnames(self) -> set[str]:
        """Last names of the people the article has named in full in a spelling the gazetteer's wordings lack
        (unknown to it, or found as a near spelling: «Еркін Тұниаз» for «Әркін Тұниаз»)."""
        return {
            p.name_original.split()[-1].lower() for p in self.people.values() if not p.from_gazetteer or p.spelled_apart
        }

    def _nominative(self, words: list[str], case: str | None = None) -> str:
        morphology = self.language.morphology
        if not self.language.endings:
            # Arabic particles (бин, Аль) do not decline; the words between them do, each on its own.
            kept = [w.lower().split("-")[0] in name_particles() for w in words]
            if any(kept):
                return " ".join(
                    particled(morphology, w, case) if k else morphology.full_name_nominative([w], case)[0]
                    for w, k in zip(words, kept, strict=True)
                )
        # Where case is an ending, a name declines on its last word only (the pack's morphology knows).
        return " ".join(morphology.full_name_nominative(words, case))


def provincial(role: str | None, title: Entry, province: Entry) -> str | None:
    """A state's office held in a province with a government of its own: its head chairs it, not leads it
    as a prime minister; its ministers (Russia's regions have them: «министр сельского хозяйства Челябинской
    области») are named by the province."""
    if title.data.get("class") == "head_of_government":
        return f"chairman of the government of the {province.name.lower()}"
    if role and role.split(" of ")[0].endswith("minister"):
        return f"{role} of {province.name.lower()}"
    return role
