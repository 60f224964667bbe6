"""How a mention stands in its sentence: its case, whether it is the agent of something discussed or
attends, and the words that cannot start a name."""

from __future__ import annotations

from functools import cached_property

from ...lang import Morphology
from ..gazetteer import Entry, Token
from ..language import FactsLanguage
from .model import Mention
from .words import agreed_earlier, base_of, decision_word, inflected


class CaseReading:
    def _case(self, tokens: list[Token], phrase_start: int, start: int, end: int, entry: Entry | None) -> str:
        """The case a name stands in: its ending, where the language marks case by endings; else the
        preposition or the word before the phrase, or the name's own form."""
        if self.language.endings:
            last, morphology = tokens[end - 1], self.language.morphology
            base = base_of(last, entry) if entry else morphology.nominative(last.text).lower()
            return morphology.case_of(last.text, base)
        return self._case_by_words(tokens, phrase_start, start, end, entry)

    def _case_by_words(self, tokens: list[Token], phrase_start: int, start: int, end: int, entry: Entry | None) -> str:
        words = [i for i in range(phrase_start, start) if tokens[i].is_word] or [start]
        before = tokens[words[0] - 1].text.lower() if words[0] > 0 else ""
        if before in self.language.words("people", "comitative"):
            return "ins"
        if before in self.language.words("people", "prepositions"):
            return "obl"
        if before in self.language.words("people", "receiving_verbs"):
            # The one received: «принял Садыра Жапарова», whatever else the form could be; but a form that
            # can only be the nominative is the subject put after its verb («… принял Президент Узбекистана»).
            cases = self.language.morphology.cases
            return "nom" if any(cases(tokens[i].text) == {"nom"} for i in words) else "acc"
        after = tokens[end].text.lower() if end < len(tokens) else ""
        if after in self.language.words("people", "receiving_verbs") and _only_oblique(
            self.language.morphology, tokens[start].text, "acc"
        ):
            # «На следующий день Серика Жумангарина принял Президент …»: the one received put first, where
            # the name's form says so (Урсо, which does not decline, may as well be the subject).
            return "acc"
        if before in self.language.words("people", "talks_nouns"):
            return "nom"  # «переговоры Касым-Жомарта Токаева с …»: the genitive names who held them
        titled = words[0] < start
        if not titled and entry is not None and entry.kind == "person":
            written = " ".join(t.text.lower() for t in tokens[start:end])
            if written in entry.variant.lower():
                return "nom"  # the name as the gazetteer writes it is the nominative (Кая Каллас, Нуртлеу)
        return _case_of_form(self.language.morphology, tokens, words[0], end)

    def _conjoin(self, tokens: list[Token], mentions: list[Mention]) -> None:
        """«Тоқаев пен Путиннің» and «Токаевым и Эрдоганом»: the first of two joined names takes the case
        of the second, which alone carries the ending."""
        pairs = list(zip(mentions, mentions[1:], strict=False))
        # The Kazakh ending stands on the last of a list and runs back to the first: read from the end.
        for first, second in reversed(pairs) if self.language.modifiers_before else pairs:
            between = [t.text.lower() for t in tokens[first.end : second.phrase_start]]
            joined = len(between) == 1 and between[0] in self.language.words("people", "and_words")
            listed = len(between) == 1 and between[0] in self.language.words("people", "list_words")
            if listed and first.case in ("agent", "with"):
                # Where each name declines (Russian), who attends, or acts, runs forward through a list.
                second.case = first.case
            elif joined or (second.case == "with" and between == [","]):
                first.case = second.case

    def _agent(self, tokens: list[Token], m: Mention) -> bool:
        """Who did what a participle describes is talked about, not taking part: «Тоқаев пен Мирзиёев
        қол жеткізген уағдаластықтар», «договоренностей, достигнутых Президентом X». Except the head of a
        delegation that comes («X бастаған делегация», «делегация, возглавляемая X»)."""
        following = tokens[m.end].text.lower() if m.end < len(tokens) else ""
        preceding = tokens[m.phrase_start - 1].text.lower() if m.phrase_start > 0 else ""
        leading = self.language.words("people", "leading") or ("\0",)
        if following.startswith(leading) or preceding.startswith(leading):
            return False
        return self._agent_by_endings(tokens, m) if self.language.endings else _agent_by_words(tokens, m, self.language)

    def _agent_by_endings(self, tokens: list[Token], m: Mention) -> bool:
        if m.case != "nom":
            return False
        # «Тоқаев пен Орбан арасында қол жеткізілген уағдаластықтар»: the postposition comes first.
        end = m.end + (m.end < len(tokens) and tokens[m.end].text.lower() in self.language.words("people", "between"))
        after = tokens[end : end + 3]
        if end > m.end and after and decision_word(after[0].text, self.language):
            return True  # «Тоқаев пен Орбан арасындағы уағдаластықтар»
        # The participle right after the name, or after one bare noun of a compound verb (қол қойған).
        for n in (0, 1):
            if len(after) > n + 1 and self.language.morphology.is_participle(after[n].text):
                bare = after[:n]
                if all(t.text[:1].islower() and not inflected(self.language.morphology, t.text) for t in bare):
                    return decision_word(self._noun_after(tokens, end + n + 1), self.language)
        return False

    def _noun_after(self, tokens: list[Token], i: int) -> str:
        """The noun a Kazakh participle describes: the next word, past a name in quotation marks («Си
        Цзиньпин ұсынған «Бір белдеу, бір жол» бастамасы»)."""
        if i < len(tokens) and tokens[i].text == "«":
            while i < len(tokens) and tokens[i].text != "»":
                i += 1
            i += 1
        return tokens[i].text if i < len(tokens) else ""

    def _attending(self, tokens: list[Token], m: Mention) -> bool:
        """«с участием Президента X», «X-тің қатысуымен»: the genitive of who attends."""
        if self.language.endings:
            following = tokens[m.end].text.lower() if m.end < len(tokens) else ""
            attends = self.language.text("people", "attends_after")
            return m.case == "gen" and bool(attends) and following.startswith(str(attends))
        before = tuple(t.text.lower() for t in tokens[max(m.phrase_start - 2, 0) : m.phrase_start])
        return list(before) in [list(pair) for pair in self.language.data.get("people", {}).get("attending", [])]

    def _common_opening(self, tokens: list[Token], i: int) -> bool:
        """The first word of a sentence is capitalized whatever it is: «Кездесуде Жұманғарин …» opens with
        a noun in the locative or the plural (a first name takes no ending before its surname), «Встречу провел …»
        with a dictionary word that is no name."""
        if i != 0:
            return False
        word, morphology = tokens[0].text.lower(), self.language.morphology
        if self.language.endings:
            # «Тараптар Нарын – Сырдария …»: nor does a name take a plural ending («тараптар», the sides).
            plural = any(word.endswith(p) and len(word) - len(p) >= 4 for p in morphology.plural_endings)
            # An ending of a consonant alone (the accusative -н) follows a possessive only: «Нгуен» opening
            # the sentence is a name, «Басшысын» a noun.
            return plural or any(
                len(stem) >= 4
                and (len(e) > 1 or stem.endswith(tuple(morphology.possessive_endings)))
                and morphology.case_of(word, stem) != "nom"
                for endings in morphology.case_endings.values()
                for e, stem in ((e, word[: -len(e)]) for e in endings if word.endswith(e))
            )
        return morphology.is_common_word(word)

    def _common_word(self, tokens: list[Token], i: int) -> bool:
        """A run of capitalized words does not start with a dictionary word in the plural, wherever it
        stands: «Эмиратов Сухаилем аль-Мазруи» is the end of a country's name, then the name. A name is
        singular, and Канат, Талант, Алмаз are first names that the dictionary knows as nouns."""
        if not self.language.endings and i > 0:
            word, morphology = tokens[i].text.lower(), self.language.morphology
            return (morphology.is_common_word(word) and morphology.number(word) == "plural") or self._organ_name(
                tokens, i
            )
        return self._common_opening(tokens, i)

    def _organ_name(self, tokens: list[Token], i: int) -> bool:
        """«Председателя Группы Исламского банка», «Председатель Коллегии Евразийской экономической комиссии»:
        a dictionary noun followed by a dictionary adjective, both capitalized, opens an organ's name; so does
        one followed by a dictionary noun that can only be a genitive («Организации Договора о коллективной
        безопасности»: the organization of the treaty). A name that opens with a noun (Канат, Алмаз) goes on
        with a surname, which no dictionary reads as a plain adjective or a plain noun's genitive."""
        if i + 1 >= len(tokens) or not tokens[i + 1].is_capitalized:
            return False
        morphology, word, following = self.language.morphology, tokens[i].text, tokens[i + 1].text
        if not (morphology.is_common_word(word) and morphology.word_class(word) == "noun"):
            return False
        if not morphology.is_common_word(following):
            return False
        kind = morphology.word_class(following)
        return kind == "modifier" or (kind == "noun" and morphology.cases(following) == {"gen"})

    def _place_word(self, tokens: list[Token], i: int) -> bool:
        """«Теміртау қаласындағы»: a word followed by its kind of place names the place, not a person; and
        «Таяу Шығыстағы»: a word in the attributive locative (the pack's `posted` endings) is where something is,
        an ending no name of a person takes."""
        if not self.language.endings:
            return False
        word, following = tokens[i].text.lower(), tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        posted, after_name = self._place_endings
        placed = bool(posted) and word.endswith(posted) and len(word) > max(map(len, posted)) + 1
        return placed or following.startswith(after_name)

    @cached_property
    def _place_endings(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The attributive locative's endings and the kinds of place written after a place's name, read once."""
        return self.language.words("places", "posted"), self.language.words("people", "place_after_name") or ("\0",)

    def _indeclinable(self, name: list[Token]) -> bool:
        """«пожелания Премьер-министра Японии Санаэ Такаити»: a name none of whose words declines stands in
        whatever case its office does, so that its nominative-looking form says nothing."""
        oblique = {"gen", "dat", "ins", "loc"}
        return all(oblique <= self.language.morphology.cases(t.text) for t in name)

    def _verb(self, token: Token) -> bool:
        return not self.language.endings and self.language.morphology.word_class(token.text) == "verb"

    def _adjective(self, token: Token) -> bool:
        """«Центральной Азии» is a place, not a name: a name does not start with an adjective. An adjective the
        dictionary knows: a foreign given name it guesses as one from its ending («Кацую», the accusative of
        Кацуя) is still a name."""
        morphology = self.language.morphology
        return (
            not self.language.endings
            and morphology.word_class(token.text) == "modifier"
            and morphology.is_common_word(token.text)
        )


def _agent_by_words(tokens: list[Token], m: Mention, language: FactsLanguage) -> bool:
    """«положения, о которых договорились Президент X и …», «договоренностей, достигнутых Президентом X»."""
    before = [t for t in tokens[max(m.phrase_start - 4, 0) : m.phrase_start] if t.is_word]
    if m.case == "nom" and agreed_earlier(before, language):
        return True
    if m.case != "ins" or not before or not language.morphology.is_passive_participle(before[-1].text):
        return False
    return len(before) > 1 and decision_word(before[-2].text, language)


def _only_oblique(morphology: Morphology, word: str, case: str) -> bool:
    cases = morphology.cases(word)
    return case in cases and "nom" not in cases


# The cases a name's own form may say, in the order one is preferred when the form allows several. The
# Russian instrumental is the case of the partner («встретился с министром X», «с X»), as the Kazakh
# -мен/-бен/-пен is: both are "ins".
_FORM_CASES = ("acc", "dat", "gen", "ins")


def _case_of_form(morphology: Morphology, tokens: list[Token], first: int, end: int) -> str:
    """The case the name's own form says (the pack's morphology), the first word of its phrase first."""
    cases = morphology.cases(tokens[first].text) or morphology.cases(tokens[end - 1].text)
    previous = tokens[first - 1].text if first > 0 else ""
    if "gen" in cases and previous[:1].islower() and morphology.word_class(previous) == "noun":
        return "gen"  # «визита Вице-премьера …»: after a common noun a form that can be genitive is
    if not cases or "nom" in cases:
        return "nom"
    return next((case for case in _FORM_CASES if case in cases), "obl")
