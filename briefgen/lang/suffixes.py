"""Morphology by suffix tables, for agglutinative languages such as Kazakh.

Kazakh has no analyzer that installs from the package registry alone: kazstem wraps apertium-kaz but
needs an HFST/CG toolchain and compiled resources built from its repository, and qaznltk has no
morphology. A Kazakh noun is regular, though: stem + plural + possessive + case, each ending chosen by
vowel harmony and the stem's last sound. So endings are taken off here, in that order, from the end of
the word, by the tables of the language's data file (case_endings, possessive_endings, plural_endings,
vowels…); a related language with its own tables (Kyrgyz, Uzbek in Cyrillic) needs no new code.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from . import Unanalyzed

# One letter is enough: «Ван Иді» is the accusative of «Ван И».
MIN_STEM = 1
# A wording's plural comes off only above this stem length: the Russian «лидер» is no plural of «ли».
MIN_PLURAL_STEM = 3


# The most letters one syllable of a name of syllables has in Cyrillic (Хан, Юн, Чжун).
_SYLLABLE = 4


class SuffixMorphology(Unanalyzed):
    """Case, possessive and plural endings taken off by the tables of a language's data file. What only a
    dictionary could say (a word's class, number, whether it is a common word) stays Unanalyzed's "don't
    know"."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.case_endings: dict[str, tuple[str, ...]] = {c: tuple(e) for c, e in data["case_endings"].items()}
        self.possessive_endings = tuple(data["possessive_endings"])
        self.plural_endings = tuple(data["plural_endings"])
        self.vowels = frozenset(data["vowels"])
        self.back_vowels = frozenset(data["back_vowels"])
        self.neutral_vowels = frozenset(data.get("neutral_vowels", ""))
        self.without_harmony = frozenset(e for c in data.get("cases_without_harmony", ()) for e in self.case_endings[c])
        self.voiceless_finals = frozenset(data.get("voiceless_finals", ""))
        self.glide_finals = frozenset(data.get("glide_finals", ""))
        nasal = data.get("nasal_onset") or {}
        self.nasal_onset_endings = frozenset(nasal.get("endings", ()))
        self.nasal_finals = frozenset(nasal.get("after", ""))
        self.surname_stems = tuple(data.get("surname_stems", ()))
        self.participle_endings = tuple(data.get("participle_endings", ()))
        self._any_case_ending = frozenset(e for endings in self.case_endings.values() for e in endings)
        # Endings that cannot end a name: genitive, instrumental, ablative, and the unambiguous dative and
        # locative (a name may end in -а, -да, -ды: Расулзода, Сатыбалды).
        self.unambiguous = frozenset(
            self.case_endings.get("gen", ()) + self.case_endings.get("ins", ()) + self.case_endings.get("abl", ())
            + tuple(data.get("unambiguous_endings", ()))
        )  # fmt: skip
        onset = data.get("ending_onsets", {})
        self.onset_after_vowel = onset.get("after_vowel", "")
        self.onset_after_voiced = onset.get("after_voiced", "")
        self.onset_after_voiceless = onset.get("after_voiceless", "")
        # Per-instance caches: the same few thousand words come back in every article.
        # `lemmas` is the memo itself, not a method calling it: asked for every word of every sentence.
        self.lemmas = cache(self._lemmas)  # type: ignore[method-assign]
        self._cached_bases = cache(self._bases)

    def _strip(self, word: str, endings: tuple[str, ...]) -> list[tuple[str, str]]:
        return [(word[: -len(e)], e) for e in endings if word.endswith(e) and len(word) - len(e) >= MIN_STEM]

    def _lemmas(self, word: str) -> frozenset[str]:
        """Every stem left by taking off a case ending, then a possessive, then a plural ending."""
        word = word.lower()
        stems = {word}
        head, _, tail = word.rpartition("-")
        if head and tail in self._any_case_ending:
            stems.add(head)  # «ҚХР-дың», «$4,5 млрд-ты»: an ending written after a hyphen
        after_case = [word] + [stem for endings in self.case_endings.values() for stem, _ in self._strip(word, endings)]
        for form in after_case:
            stems.add(form)
            for bare in [form] + [stem for stem, _ in self._strip(form, self.possessive_endings)]:
                stems.add(bare)
                stems.update(stem for stem, _ in self._strip(bare, self.plural_endings))
        return frozenset(stems)

    def inflections(self, lemma: str) -> tuple[str, ...]:
        """The lemma alone: endings attach to it and are matched after it (endings_attach_to_names), so
        that a caller can keep the ending apart from the word."""
        return (lemma,)

    def _bases(self, word: str) -> frozenset[str]:
        """A nominative wording's own base forms: only a possessive and a plural come off
        («Республикасы» → «республика»); taking off a case ending would turn «Судан» into «су»."""
        word = word.lower()
        stems = {word}
        for bare in [word] + [stem for stem, _ in self._strip(word, self.possessive_endings)]:
            stems.add(bare)
            stems.update(stem for stem, _ in self._strip(bare, self.plural_endings) if len(stem) >= MIN_PLURAL_STEM)
        return frozenset(stems)

    def bases(self, word: str, dictionary: bool = True) -> frozenset[str]:
        """The endings are all there is: with or without a dictionary, the same forms."""
        return self._cached_bases(word)

    def cases(self, word: str) -> frozenset[str]:
        """The cases the word's ending allows: each case whose ending it carries in harmony with its stem,
        and the nominative unless the ending is one no name ends in («Астанада»: loc or a name in -да;
        «Тоқаевпен»: ins only)."""
        lower = word.lower()
        endings = {
            case
            for case, listed in self.case_endings.items()
            for stem, ending in self._strip(lower, listed)
            if self.harmonic(stem, ending)
        }
        return frozenset(endings | {self.case_of(word, self.nominative(word).lower())})

    def harmonic(self, stem: str, ending: str) -> bool:
        """An ending's vowel agrees with the stem's last vowel (back with back, front with front)."""
        stem_vowels = [c for c in stem if c in self.vowels]
        ending_vowels = [c for c in ending if c in self.vowels]
        if not stem_vowels or not ending_vowels:
            return True
        last = stem_vowels[-1]
        return (
            last in self.neutral_vowels
            or ending in self.without_harmony
            or (last in self.back_vowels) == (ending_vowels[0] in self.back_vowels)
        )

    def case_of(self, word: str, base: str) -> str:
        """The case of `word`, an inflected form of `base`: nom, gen, dat, acc, loc, abl or ins."""
        rest = word.lower()[len(base) :] if word.lower().startswith(base.lower()) else ""
        if not rest or rest in self.possessive_endings:
            return "nom"
        for possessive in self.possessive_endings:
            if rest.startswith(possessive) and rest[len(possessive) :] in self._any_case_ending:
                rest = rest[len(possessive) :]
                break
        return next((case for case, endings in self.case_endings.items() if rest in endings), "nom")

    def nominative(self, word: str) -> str:
        """The nominative of a name: names take one case ending and no possessive. After a surname's
        stem any ending comes off; other names lose only an ending that cannot end a name."""
        return self._nominative(word, 3)

    def _nominative(self, word: str, shortest: int) -> str:
        """As `nominative`, an ending that cannot end a name taken off a stem of `shortest` letters at least."""
        lower = word.lower()
        best = ""
        for endings in self.case_endings.values():
            for stem, ending in self._strip(lower, endings):
                surname = stem.endswith(self.surname_stems)
                plain = (
                    ending in self.unambiguous
                    and self.harmonic(stem, ending)
                    and len(stem) >= shortest
                    and (ending not in self.nasal_onset_endings or stem[-1] in self.nasal_finals)
                    # An accusative listed as no name's ending (-ны) only by the sound it follows (Эррераны).
                    and (ending not in self.case_endings.get("acc", ()) or self._voiced_right(stem, ending))
                )
                if (surname or plain) and len(ending) > len(best):
                    best = ending
        return word[: len(word) - len(best)] if best else word

    def full_name_nominative(self, words: list[str], case: str | None = None) -> list[str]:
        """A name of several words declines on its last word only («Эмомали Рахмонмен»). A name of three
        syllables (Korean: every word before the last one syllable of a few letters) has a last word of one
        syllable too, which may be one or two letters before its ending («Ё Хан Гумен» → Ё Хан Гу, «Ли Хан Умен»
        → Ли Хан У); a name of two
        words may end in two letters of its own («Джон Доға»)."""
        if not words:
            return []
        syllables = len(words) > 2 and all(len(w) <= _SYLLABLE for w in words[:-1])
        return [*words[:-1], self._nominative(words[-1], 1 if syllables else 3)]

    def object_of_verb(self, word: str) -> str:
        """A name as the definite object of a verb, its accusative ending taken off when it agrees."""
        accusative = tuple(e for e in self.case_endings["acc"] if len(e) > 1)
        for stem, ending in self._strip(word.lower(), accusative):
            if len(stem) >= 2 and self.harmonic(stem, ending) and self._voiced_right(stem, ending):
                return word[: len(stem)]
        return self.nominative(word)

    def _voiced_right(self, stem: str, ending: str) -> bool:
        """-ны after a vowel, -ды after a voiced consonant, -ты after a voiceless one; a glide takes
        either the vowel's or the voiced consonant's."""
        last, onset = stem[-1], ending[0]
        if last in self.glide_finals:
            return onset in (self.onset_after_vowel, self.onset_after_voiced)
        if last in self.vowels:
            return onset == self.onset_after_vowel
        voiceless = last in self.voiceless_finals
        return onset == (self.onset_after_voiceless if voiceless else self.onset_after_voiced)

    def is_participle(self, word: str) -> bool:
        """«жеткізген», «ұсынатын»: a participle, a verb that describes the noun after it."""
        return word.lower().endswith(self.participle_endings)
