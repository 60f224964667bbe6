"""The glossary: names, titles, organizations and places that machine translation must get right.

A term maps source-language forms (Kazakh, Russian) to one English rendering. Before translation each
occurrence is replaced by a placeholder that models copy unchanged (a short Latin token, as they copy
names in Latin script); afterwards the placeholder is replaced by the English term. A sentence whose
translation lost a placeholder is reported, so that an editor can correct it.

Inflection comes from the language packs (briefgen.lang): a Russian form is expanded to its
inflections (Узбекистан → Узбекистана, Узбекистане…). Kazakh is agglutinative, so a Kazakh form also
matches with case endings attached (Өзбекстан → Өзбекстанға); the ending stays beside the placeholder
with a hyphen, as Kazakh writes endings after Latin-script names (ZXA-ға), so the model still sees the
case. Country names come from CLDR through Babel, in every language the glossary reads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml
from babel import Locale
from babel.core import get_global

from ..lang import SOURCE_LANGUAGES, TARGET_LANGUAGE, LanguagePack, derived_from_packs, pack, packs

PLACEHOLDER_STEM = "ZX"
# Forms shorter than this take no attached ending (Kazakh): a short stem could start unrelated words.
MIN_STEM_FOR_ENDINGS = 4


class GlossaryError(Exception):
    """A glossary file that cannot be used, worded for the user (file, line, what to do)."""


@dataclass(frozen=True)
class Term:
    english: str
    forms: dict[str, tuple[str, ...]]  # language → source forms
    # Proper names from CLDR match with their capital letter only (Russian "Того" is also "that");
    # terms from glossary files match with either case of the first letter (titles open sentences).
    exact_case: bool = False


@dataclass(frozen=True)
class Protected:
    """A sentence with its terms replaced by placeholders."""

    text: str
    original: str
    placeholders: tuple[tuple[str, str, str], ...] = ()  # (placeholder, source form as found, English)

    @property
    def signature(self) -> str:
        """Keys machine output in the memory: the protected text and the English it will receive."""
        if not self.placeholders:
            return ""
        data = "\x00".join([self.text, *(english for _, _, english in self.placeholders)])
        return hashlib.blake2b(data.encode(), digest_size=8).hexdigest()


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._patterns: dict[str, tuple[re.Pattern[str], list[Term]]] = {}

    def protect(self, text: str, lang: str) -> Protected:
        if PLACEHOLDER_STEM in text:
            return Protected(text, text)
        pattern, terms = self._pattern(lang)
        if pattern is None:
            return Protected(text, text)
        placeholders: list[tuple[str, str, str]] = []

        def replace(match: re.Match[str]) -> str:
            name = next(k for k, v in match.groupdict().items() if v is not None and k != "ending")
            term = terms[int(name[1:])]
            placeholder = PLACEHOLDER_STEM + _letters(len(placeholders))
            placeholders.append((placeholder, match.group(name), term.english))
            ending = match.group("ending") or ""
            return f"{placeholder}-{ending}" if ending else placeholder

        protected = pattern.sub(replace, text)
        return Protected(protected, text, tuple(placeholders))

    def restore(self, protected: Protected, translated: str) -> str:
        for placeholder, _, english in protected.placeholders:
            translated = re.sub(rf"{placeholder}(?![A-Z]){_left_ending()}", lambda _m, e=english: e, translated)
        return translated

    @staticmethod
    def lost(protected: Protected, translated: str) -> list[tuple[str, str]]:
        """(source form, English) of each term the translation does not carry."""
        folded = translated.casefold()
        return [(form, english) for _, form, english in protected.placeholders if english.casefold() not in folded]

    def _pattern(self, lang: str) -> tuple[re.Pattern[str] | None, list[Term]]:
        if lang not in self._patterns:
            language = pack(lang)
            terms = [t for t in self.terms if t.forms.get(lang)]
            # Longest first, so "Өзбекстан Республикасы" wins over "Өзбекстан".
            terms.sort(key=lambda t: -max(len(f) for f in t.forms[lang]))
            alternatives = [f"(?P<t{i}>{_term_regex(t, language)})" for i, t in enumerate(terms)]
            if not alternatives:
                self._patterns[lang] = (None, [])  # type: ignore[assignment]
            else:
                attached = language.endings_attach_to_names
                ending = rf"(?P<ending>[{_letters_of(language)}]*)" if attached else "(?P<ending>)"
                regex = rf"(?<![\w-])(?:{'|'.join(alternatives)}){ending}(?![\w])"
                self._patterns[lang] = (re.compile(regex), terms)
        return self._patterns[lang]


def _letters_of(language: LanguagePack) -> str:
    return "".join(sorted(language.alphabet | {c.upper() for c in language.alphabet}))


@derived_from_packs
def _left_ending() -> str:
    """What a model may leave of an attached ending after the placeholder (ZXA-ға): removed with it.
    Only letters of a language that attaches endings: "ZXA-based" keeps its English "-based"."""
    letters = "".join(sorted({c for p in packs() if p.endings_attach_to_names for c in _letters_of(p)}))
    return rf"(?:-[{letters}]+)?" if letters else ""


def _letters(n: int) -> str:
    """A, B, … Z, BA, BB…: placeholder suffixes without digits, which models may reformat."""
    digits = ""
    while True:
        digits = chr(ord("A") + n % 26) + digits
        n //= 26
        if n == 0:
            return digits


def _term_regex(term: Term, language: LanguagePack) -> str:
    forms = sorted(set(term.forms[language.code]), key=len, reverse=True)
    parts = []
    for form in forms:
        regex = r"\s+".join(_word_regex(w, term.exact_case, language) for w in form.split())
        if language.endings_attach_to_names and len(form) < MIN_STEM_FOR_ENDINGS:
            regex += r"(?![\w])"
        parts.append(regex)
    return "|".join(parts)


def _word_regex(word: str, exact_case: bool, language: LanguagePack) -> str:
    alternatives = []
    for variant in sorted(language.morphology.inflections(word), key=len, reverse=True):
        first, rest = variant[0], re.escape(variant[1:])
        for group in language.interchangeable_letters:
            # Russian prints ё as е more often than not; pymorphy3 writes ё.
            rest = re.sub(f"[{group}]", f"[{group}]", rest)
        if exact_case or first.lower() == first.upper():
            alternatives.append(re.escape(first) + rest)
        else:
            alternatives.append(f"[{re.escape(first.lower())}{re.escape(first.upper())}]{rest}")
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


def country_terms(languages: Sequence[str] = SOURCE_LANGUAGES) -> list[Term]:
    """Every country CLDR knows (territories with language data: not EU, UN or pseudo-regions)."""
    with_languages = get_global("territory_languages")
    english = Locale(TARGET_LANGUAGE).territories
    names = {lang: Locale(lang).territories for lang in languages}
    terms = []
    for code, name in english.items():
        if len(code) != 2 or not code.isalpha() or code not in with_languages:
            continue
        forms = {
            lang: (names[lang][code],)
            for lang in languages
            if code in names[lang] and not _reads_as_another_word(names[lang][code], pack(lang))
        }
        terms.append(Term(name, forms, exact_case=True))
    return terms


def _reads_as_another_word(name: str, language: LanguagePack) -> bool:
    """Names whose likeliest reading is not a noun, such as Того (also the pronoun "that"): a sentence
    that opens with the word would be taken for the country, so such names are left to the model.
    A language without an analyzer says nothing of the kind."""
    if " " in name:
        return False
    word_class = language.morphology.word_class(name.lower())
    return word_class is not None and word_class != "noun"


def read_glossary_file(path: Path) -> list[Term]:
    """A YAML list of entries like `{en: Prime Minister, kk: [премьер-министр], ru: премьер-министр}`."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read it ({exc.strerror}) — check translation.glossary") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise GlossaryError(f"{path}{line}: invalid YAML ({getattr(exc, 'problem', exc)}) — fix the syntax") from None
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise GlossaryError(f"{path}:1: expected a list of terms (lines starting with '- en: ...')")
    terms = []
    for item in node.value:
        line = item.start_mark.line + 1
        entry = yaml.safe_load(yaml.serialize(item))
        english = entry.get("en") if isinstance(entry, dict) else None
        if not isinstance(english, str) or not english.strip():
            raise GlossaryError(f"{path}:{line}: a term without 'en: English rendering' — add it or remove the entry")
        forms: dict[str, tuple[str, ...]] = {}
        for lang, value in entry.items():
            if lang == "en":
                continue
            values = [value] if isinstance(value, str) else value
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise GlossaryError(f"{path}:{line}: {lang}: expected a form or a list of forms of '{english}'")
            forms[lang] = tuple(" ".join(v.split()) for v in values)
        if not forms:
            raise GlossaryError(f"{path}:{line}: '{english}' has no source forms — add kk: or ru: forms")
        terms.append(Term(english.strip(), forms))
    return terms


def load_glossary(extra_files: Sequence[Path] = ()) -> Glossary:
    """The default glossary, then CLDR's country names, then the site's own files; where two give
    the same source form, the later one wins (the site overrides the defaults)."""
    default = resources.files("briefgen.data").joinpath("glossary.yaml")
    with resources.as_file(default) as path:
        terms = read_glossary_file(path)
    terms = country_terms() + terms
    for extra in extra_files:
        terms += read_glossary_file(extra)
    claimed: set[tuple[str, str]] = set()
    unique: list[Term] = []
    for term in reversed(terms):
        forms = {
            lang: tuple(f for f in fs if (lang, f.casefold()) not in claimed) for lang, fs in term.forms.items()
        }
        forms = {lang: fs for lang, fs in forms.items() if fs}
        claimed |= {(lang, f.casefold()) for lang, fs in forms.items() for f in fs}
        if forms:
            unique.append(Term(term.english, forms, term.exact_case))
    unique.reverse()
    return Glossary(unique)
