"""Field NLP libraries measured against briefgen's own fact-extraction code, on the annotated reports.

    .venv/bin/python bench/ner_compare.py          # the tables
    .venv/bin/python bench/ner_compare.py -v       # and every miss and extra, for reading

Four comparisons, each on tests/facts/corpus and tests/facts/heldout*/ (the annotations' participants,
`name_original`, and meeting cities):

1. Russian person mentions: Natasha (slovnet news NER + its nominative normalization) against
   briefgen's people finder (`Finder.mentions` over `Gazetteer.find`). A participant is *found* when a
   mention shares its surname; *nominative right* when the mention's normal form is `name_original`.
   The annotation lists participants only, so a name that matches none is an *other* name: a person who
   took no part, or a false mention (the -v listing tells them apart).
2. Russian place mentions: the meetings' cities found among Natasha's LOC spans (resolved to an English
   name through the gazetteer) and among the gazetteer's own city matches.
3. Spelling variants against the gazetteer: ё→е, doubled or undoubled consonants, one-letter typos and
   Kazakh letters written with their Russian look-alikes, made from the gazetteer's own people and
   cities, looked up by `Gazetteer.find` and by a rapidfuzz lookup over folded wordings; and the
   rapidfuzz lookup's false matches on the capitalised words of the corpus that the gazetteer does not
   match.
4. Kazakh case endings on names: every inflected occurrence of a Kazakh participant's surname in the
   kk reports, reduced to the nominative by briefgen's suffix tables (`kazakh_nominative`).

What was kept is described in the docstring of its module: slovnet's news NER, for names the finder's
rules cannot tell (briefgen/facts/people/ner.py); rapidfuzz, for a full name in a spelling the
gazetteer lacks (`Gazetteer.resembling`). What lost, measured here (numbers of December 2026):
- Natasha's own normalization: the nominative as written for 0.885 of the Russian participants against
  the finder's 0.986 (ё dropped, foreign and Central Asian names left oblique).
- Natasha's LOC spans for places: 24 of 38 meeting cities resolved through the gazetteer, against 27
  for the gazetteer alone; of the 37 distinct places it adds, one is a meeting's city (Cholpon-Ata), and
  its normal forms of unknown places are unreliable (Сиане, Сарыагаше, Оренбуржья). ORG spans: no fact
  needs them.
- Folding (ё→е, Kazakh letters, doubled letters) before `Gazetteer.resembling`: 0.987 of full-name
  variants against 0.985 as shipped, neither with a wrong person; not worth a second index.
- A spelling fallback for cities: folded keys resolve 0.45 of inflected city variants with no wrong
  city (the gazetteer 0.08), rapidfuzz at 90 0.59 but 3% wrong; on the corpus' 1,194 unmatched
  capitalised runs it finds no city either way. Not built: articles spell their cities as CLDR does;
  worth doing with a set of real misspellings.
- Kazakh analyzers: kazstem (qazmorph) ships no compiled FST in its wheel (it needs apertium-kaz and
  an HFST/CG toolchain built from a source checkout; Debian has HFST but no apertium-kaz) and is
  GPL-3.0; qaznltk has no morphology (tokenizer, transliteration, sentiment, number words). The suffix
  tables give the nominative of all 54 inflected participants' surnames in the kk reports.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import islice, product
from pathlib import Path
from unittest import mock

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.config import Config  # noqa: E402
from briefgen.facts import load_gazetteer  # noqa: E402
from briefgen.facts.gazetteer import NAME_PARTICLES, Entry, Gazetteer, Token, tokenize  # noqa: E402
from briefgen.facts.people import finder as finder_module  # noqa: E402
from briefgen.facts.people.finder import Finder  # noqa: E402
from briefgen.lang import ru  # noqa: E402
from briefgen.lang.kk import MORPHOLOGY as KAZAKH  # noqa: E402
from briefgen.load import read_document  # noqa: E402
from briefgen.model import Article  # noqa: E402
from briefgen.segment import segment  # noqa: E402

FACTS = ROOT / "tests" / "facts"
PLACES = ROOT / "briefgen" / "data" / "gazetteer" / "places.yaml"
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")
VOWELS = set("аеёиоуыэюяәөұүі")
KK_COMITATIVE = (("аеёиоуыэюяәөұүірлй", "мен"), ("мнң", "нен"), ("зж", "бен"))


# --- the annotated reports -------------------------------------------------------------------------------


@dataclass
class Report:
    path: Path
    article: Article
    people: list[str]  # name_original of every participant
    names: list[str]  # their English names
    cities: list[str]  # the meetings' cities, in English

    @property
    def text(self) -> str:
        return "\n".join(s.plain for b in self.article.blocks for s in b.sentences)


def reports() -> list[Report]:
    config = Config()
    found = []
    for folder in [FACTS / "corpus", *sorted(FACTS.glob("heldout*"))]:
        for expected in sorted(folder.glob("*.expected.yaml")):
            stem = expected.name.removesuffix(".expected.yaml")
            path = next((p for p in folder.glob(f"{stem}.*") if p.suffix in (".md", ".txt")), None)
            if path is None:
                continue
            want = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
            meetings = want.get("meetings") or []
            people = sorted({p["name_original"] for m in meetings for p in m.get("participants") or []
                             if p.get("name_original")})  # fmt: skip
            names = sorted({p["name"] for m in meetings for p in m.get("participants") or [] if p.get("name")})
            cities = sorted({m["location"]["city"] for m in meetings if (m.get("location") or {}).get("city")})
            article = segment(read_document(path, path.parent, config.default_language))
            found.append(Report(path, article, people, names, cities))
    return found


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def _same_person(gold: str, name: str) -> bool:
    """The same surname, whatever its case ending: the gold surname less its last two letters opens a word."""
    surname = fold(gold.split()[-1])
    stem = surname[: max(3, len(surname) - 2)]
    return any(w.startswith(stem) for w in re.findall(r"[\w-]+", fold(name)))


# --- 1. people --------------------------------------------------------------------------------------------


@dataclass
class PersonScore:
    gold: int = 0
    found: int = 0
    nominative: int = 0  # found, with name_original exactly (ё and е told apart)
    nominative_folded: int = 0  # found, with name_original up to ё/е
    other: int = 0  # distinct names matching no participant
    misses: list[str] = field(default_factory=list)

    def add(self, report: Report, names: list[tuple[str, str]]) -> None:
        """`names`: (surface, normal form) of every person mention of the report."""
        for gold in report.people:
            self.gold += 1
            normals = [normal for surface, normal in names if _same_person(gold, surface) or _same_person(gold, normal)]
            if not normals:
                self.misses.append(f"{report.path.name}: missed {gold}")
                continue
            self.found += 1
            self.nominative += gold in normals
            self.nominative_folded += fold(gold) in {fold(n) for n in normals}
            if gold not in normals:
                self.misses.append(f"{report.path.name}: {gold} normalized as {sorted(set(normals))}")
        others = {fold(n) for s, n in names if not any(_same_person(g, s) or _same_person(g, n) for g in report.people)}
        self.other += len(others)
        self.misses.extend(f"{report.path.name}: other name {n}" for n in sorted(others))

    def row(self, label: str) -> str:
        g = self.gold or 1
        return (f"{label:<40} {self.gold:>5} {self.found / g:>7.3f} {self.nominative / g:>11.3f} "
                f"{self.nominative_folded / g:>11.3f} {self.other:>6}")  # fmt: skip


def briefgen_people(report: Report, gazetteer: Gazetteer, ner: bool = True) -> list[tuple[str, str]]:
    """The finder's person mentions as (surface, name_original); `ner=False` runs its rules alone, as if
    the language pack named no NER."""
    lang = report.article.lang
    finder = Finder(gazetteer, lang)
    names = []
    rules_only = mock.patch.object(finder_module, "person_runs", lambda tokens, model: []) if not ner else nullcontext()
    with rules_only:
        for index, sentence in enumerate(s for b in report.article.blocks for s in b.sentences):
            tokens = tokenize(sentence.plain, lang)
            for m in finder.mentions(index, tokens, gazetteer.find(tokens)):
                if m.person is not None and not m.reference:
                    surface = sentence.plain[tokens[m.start].start : tokens[m.end - 1].end]
                    names.append((surface, m.person.name_original))
    return names


class Natasha:
    def __init__(self) -> None:
        from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        embedding = NewsEmbedding()
        self.doc = Doc
        self.segmenter = Segmenter()
        self.vocab = MorphVocab()
        self.ner = NewsNERTagger(embedding)
        self.morph = NewsMorphTagger(embedding)

    def people(self, text: str) -> list[str]:
        """The PER spans of the NER alone (no morphology, no normalization): what a second detector needs."""
        doc = self.doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner)
        return [span.text for span in doc.spans if span.type == "PER"]

    def spans(self, text: str) -> list[tuple[str, str, str]]:
        """(type, surface, normal form) of every PER, LOC and ORG span."""
        doc = self.doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.tag_ner(self.ner)
        found = []
        for span in doc.spans:
            span.normalize(self.vocab)
            found.append((span.type, span.text, span.normal or span.text))
        return found


def hybrid_people(ours: list[tuple[str, str]], theirs: list[str]) -> list[tuple[str, str]]:
    """briefgen's mentions, and each Natasha PER span of two capitalised words or more that shares no
    surname with them, put in the nominative by briefgen's own `ru.full_name_nominative`."""
    extra = []
    for span in theirs:
        words = span.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if any(_same_person(span, n) or _same_person(n, span) for pair in ours for n in pair):
            continue
        extra.append((span, " ".join(ru.full_name_nominative(words))))
    return ours + extra


# --- 2. places --------------------------------------------------------------------------------------------


def _cities(gazetteer: Gazetteer, text: str, lang: str, whole: bool = False) -> set[str]:
    tokens = tokenize(text, lang)
    words = [t for t in tokens if t.is_word]
    return {
        m.entry.name
        for m in gazetteer.find(tokens)
        if m.entry.kind == "city" and (not whole or m.end - m.start == len(words))
    }


@dataclass
class PlaceScore:
    gold: int = 0
    found: int = 0
    unresolved: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, report: Report, cities: set[str]) -> None:
        for city in report.cities:
            self.gold += 1
            if city in cities:
                self.found += 1
            else:
                self.misses.append(f"{report.path.name}: missed {city}")


# --- 3. spelling variants ---------------------------------------------------------------------------------


def spelling_variants(word: str, rng: random.Random) -> dict[str, str]:
    """A realistic misspelling of each class, where the wording allows it."""
    out: dict[str, str] = {}
    if "ё" in word:
        out["ё→е"] = word.replace("ё", "е")
    if set(word.lower()) & set("әғқңөұүһі"):
        out["kazakh letters"] = word.translate(KAZAKH_TO_RUSSIAN).translate(str.maketrans("ӘҒҚҢӨҰҮҺІ", "АГКНОУУХИ"))
    doubled = [i for i in range(1, len(word)) if word[i] == word[i - 1] and word[i].lower() not in VOWELS]
    if doubled:
        i = doubled[0]
        out["undoubled"] = word[:i] + word[i + 1 :]
    single = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i].lower() not in VOWELS
              and word[i - 1].lower() in VOWELS and word[i + 1].lower() in VOWELS]  # fmt: skip
    if single:
        i = rng.choice(single)
        out["doubled"] = word[:i] + word[i] + word[i:]
    letters = [i for i in range(2, len(word)) if word[i].isalpha()]
    if letters:
        i = rng.choice(letters)
        kind = rng.choice(("substitute", "delete", "transpose"))
        if kind == "substitute":
            out["typo"] = word[:i] + rng.choice([c for c in "абвгдежзиклмнопрстуфхшы" if c != word[i]]) + word[i + 1 :]
        elif kind == "delete":
            out["typo"] = word[:i] + word[i + 1 :]
        elif i + 1 < len(word) and word[i + 1].isalpha():
            out["typo"] = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return out


def fuzzy_key(text: str) -> str:
    """What the fuzzy lookup compares: lowercase, ё as е, Kazakh letters as their Russian look-alikes,
    doubled letters as one."""
    folded = fold(text).translate(KAZAKH_TO_RUSSIAN)
    return re.sub(r"(\w)\1", r"\1", folded)


class FuzzyIndex:
    """The gazetteer's people and cities by folded wording (and a person's surname alone, as the
    gazetteer indexes it), looked up exactly (threshold None) or by rapidfuzz's ratio."""

    def __init__(self, gazetteer: Gazetteer, kinds: tuple[str, ...] = ("person", "city")) -> None:
        self.keys: list[str] = []
        self.names: list[tuple[str, str]] = []
        for entry in gazetteer.entries:
            if entry.kind not in kinds:
                continue
            for wording in map(str, entry.data.get("variants", [])):
                words = wording.split()
                arabic = any(w.lower().split("-")[0] in NAME_PARTICLES for w in words)
                alone = entry.kind == "person" and len(words) > 1 and len(words[-1]) > 3 and not arabic
                for w in [wording, *([words[-1]] if alone else [])]:
                    self.keys.append(fuzzy_key(w))
                    self.names.append((entry.kind, entry.name))
        self.exact = {k: n for k, n in zip(self.keys, self.names, strict=True)}

    def lookup(self, words: list[Token], threshold: float | None) -> tuple[str, str] | None:
        """The best entry for a run of words, each read as itself or as any of its base forms."""
        from rapidfuzz import fuzz, process

        best: tuple[float, tuple[str, str]] | None = None
        options = [sorted(w.forms | {w.text.lower()}) for w in words]
        for combo in islice(product(*options), 64):
            key = fuzzy_key(" ".join(combo))
            if threshold is None:
                if key in self.exact:
                    return self.exact[key]
                continue
            hit = process.extractOne(key, self.keys, scorer=fuzz.ratio, score_cutoff=threshold)
            if hit and (best is None or hit[1] > best[0]):
                best = (hit[1], self.names[hit[2]])
        return best[1] if best else None


def inflected(wording: str, lang: str) -> str:
    """The wording as a participant after «с» / «-мен»: Russian instrumental (each word, by pymorphy3),
    Kazakh comitative (the last word)."""
    if lang == "kk":
        last = wording[-1].lower()
        return wording + next((e for letters, e in KK_COMITATIVE if last in letters), "пен")
    words = []
    for word in wording.split():
        form = ru.analyzer().parse(word)[0].inflect({"ablt"})
        words.append(_same_capital(word, form.word) if form else word)
    return " ".join(words)


def _same_capital(original: str, form: str) -> str:
    parts = zip(original.split("-"), form.split("-"), strict=False)
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for o, p in parts)


def resolves(gazetteer: Gazetteer, text: str, lang: str, name: str) -> bool:
    tokens = tokenize(text, lang)
    words = [t for t in tokens if t.is_word]
    return any(m.entry.name == name and m.end - m.start == len(words) for m in gazetteer.find(tokens))


THRESHOLDS = (None, 95, 90, 85)


def spelling_table(gazetteer: Gazetteer, index: FuzzyIndex, verbose: bool) -> list[str]:
    rng = random.Random(8)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    listing = []
    own_cities = {str(c["name"]) for c in yaml.safe_load(PLACES.read_text(encoding="utf-8"))["cities"]}
    for entry in gazetteer.entries:
        # The gazetteer's own people and cities: CLDR's thousands of cities would drown them.
        if not (entry.kind == "person" or (entry.kind == "city" and entry.name in own_cities)):
            continue
        for wording in map(str, entry.data.get("variants", [])):
            lang = "kk" if set(wording.lower()) & set("әғқңөұүһі") else "ru"
            for kind, variant in spelling_variants(wording, rng).items():
                for form, text in (("", variant), (" +case", inflected(variant, lang))):
                    c = counts[kind + form]
                    c["n"] += 1
                    per_kind[f"all {entry.kind}s{form}"]["n"] += 1
                    found = resolves(gazetteer, text, lang, entry.name)
                    c["gazetteer"] += found
                    per_kind[f"all {entry.kind}s{form}"]["gazetteer"] += found
                    words = [t for t in tokenize(text, lang) if t.is_word]
                    for t in THRESHOLDS:
                        got = index.lookup(words, t)
                        for tally in (c, per_kind[f"all {entry.kind}s{form}"]):
                            tally[f"right {t}"] += got == (entry.kind, entry.name)
                            tally[f"wrong {t}"] += got is not None and got != (entry.kind, entry.name)
                            # The lookup as it would run: the fuzzy one only where the gazetteer finds nothing.
                            tally[f"both {t}"] += found or got == (entry.kind, entry.name)
                    if verbose and not found:
                        listing.append(f"  {kind}{form}: {text} ({entry.name}) → rf≥90 {index.lookup(words, 90)}")
    head = f"{'variant':<22} {'n':>5} {'gazetteer':>9} " + " ".join(
        f"{'fold' if t is None else f'rf≥{t}':>11}" for t in THRESHOLDS
    )
    lines = [head + f" {'gaz+rf≥90':>10}   (right/wrong for the fuzzy columns)"]
    total: Counter[str] = Counter()
    for kind in sorted(counts):
        c = counts[kind]
        total.update(c)
        lines.append(_spelling_row(kind, c))
    lines.append(_spelling_row("all", total))
    lines += [_spelling_row(kind, c) for kind, c in sorted(per_kind.items())]
    return lines + listing


def resembling_table(gazetteer: Gazetteer) -> list[str]:
    """`Gazetteer.resembling` as shipped (people's full names, rapidfuzz ratio ≥ 90 on the names as
    written) against the same lookup on folded keys, on the spelling variants of full names."""
    from rapidfuzz import fuzz, process

    folded: dict[str, Entry] = {}
    for entry in gazetteer.people():
        for wording in map(str, entry.data.get("variants", [])):
            folded.setdefault(fuzzy_key(wording), entry)

    def on_folded(written: str) -> Entry | None:
        best = process.extractOne(fuzzy_key(written), folded.keys(), scorer=fuzz.ratio, score_cutoff=90)
        return folded[best[0]] if best else None

    rng = random.Random(8)
    tally: Counter[str] = Counter()
    for entry in gazetteer.people():
        for wording in map(str, entry.data.get("variants", [])):
            if len(wording.split()) < 2:
                continue
            for variant in spelling_variants(wording, rng).values():
                tally["n"] += 1
                for label, lookup in (("shipped", gazetteer.resembling), ("folded", on_folded)):
                    got = lookup(variant)
                    tally[f"{label} right"] += got is not None and got.name == entry.name
                    tally[f"{label} wrong"] += got is not None and got.name != entry.name
    n = tally["n"] or 1
    return [
        f"Gazetteer.resembling on {tally['n']} variants of full names: shipped {tally['shipped right'] / n:.3f} right, "
        f"{tally['shipped wrong'] / n:.3f} wrong; on folded keys {tally['folded right'] / n:.3f} right, "
        f"{tally['folded wrong'] / n:.3f} wrong"
    ]


def _spelling_row(kind: str, c: Counter[str]) -> str:
    n = c["n"] or 1
    cells = " ".join(f"{c[f'right {t}'] / n:>5.2f}/{c[f'wrong {t}'] / n:<5.2f}" for t in THRESHOLDS)
    return f"{kind:<22} {c['n']:>5} {c['gazetteer'] / n:>9.2f} {cells} {c['both 90'] / n:>10.2f}"


def _runs(indices: list[int], longest: int = 3) -> list[list[int]]:
    """Runs of adjacent token indices, cut to `longest`."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1 and len(runs[-1]) < longest:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def false_matches(all_reports: list[Report], gazetteer: Gazetteer, index: FuzzyIndex, verbose: bool) -> list[str]:
    """The fuzzy lookup on every run of capitalised words the gazetteer leaves unmatched: a hit naming a
    participant or a meeting city of that report is *annotated*; any *other* is a false match unless the
    -v listing shows it right (a place or person the annotation has no field for)."""
    tried = 0
    hits: dict[float | None, Counter[str]] = {t: Counter() for t in THRESHOLDS}
    listing = []
    for report in all_reports:
        lang = report.article.lang
        for sentence in (s.plain for b in report.article.blocks for s in b.sentences):
            tokens = tokenize(sentence, lang)
            covered = {i for m in gazetteer.find(tokens) for i in range(m.start, m.end)}
            words = [i for i, t in enumerate(tokens) if t.is_word and t.is_capitalized and i not in covered]
            for run in _runs(words):
                tried += 1
                run_tokens = [tokens[i] for i in run]
                text = sentence[run_tokens[0].start : run_tokens[-1].end]
                for t in THRESHOLDS:
                    got = index.lookup(run_tokens, t)
                    if got is None:
                        continue
                    annotated = got[1] in report.names or got[1] in report.cities
                    hits[t]["annotated" if annotated else "other"] += 1
                    if verbose and (not annotated and t == 90 or annotated and t is None):
                        listing.append(f"  {report.path.name}: {text} → {got}")
    lines = [f"unmatched capitalised runs tried: {tried}"]
    for t in THRESHOLDS:
        label = "fold" if t is None else f"rapidfuzz ≥ {t}"
        lines.append(f"  {label:<16} annotated {hits[t]['annotated']:>4}   other {hits[t]['other']:>4}")
    return lines + listing


# --- 4. Kazakh case endings -------------------------------------------------------------------------------


def kazakh_table(all_reports: list[Report], gazetteer: Gazetteer, verbose: bool) -> list[str]:
    """Every inflected occurrence of a Kazakh participant's surname (the surname followed by letters,
    three letters long at least), reduced by the suffix tables (`KAZAKH.object_of_verb`, which takes off an
    accusative that agrees, then any other case ending); and the people finder on the kk reports."""
    right = total = 0
    listing = []
    kazakh = [r for r in all_reports if r.article.lang == "kk"]
    for report in kazakh:
        words = re.findall(r"[\w-]+", report.text)
        for gold in report.people:
            surname = gold.split()[-1]
            for word in words:
                # «Сондай-ақ» is no form of «Сон»: a hyphen joins words, it is no case ending.
                hyphenated = "-" in word[len(surname) :]
                if len(surname) >= 3 and word.startswith(surname) and len(word) > len(surname) and not hyphenated:
                    total += 1
                    got = KAZAKH.object_of_verb(word)
                    right += got == surname
                    if got != surname:
                        listing.append(f"  {report.path.name}: {word} → {got} (want {surname})")
    lines = [f"inflected Kazakh surnames of participants: {total}; briefgen's suffix tables give the nominative "
             f"for {right} ({right / (total or 1):.3f})"]  # fmt: skip
    score = PersonScore()
    for report in kazakh:
        score.add(report, briefgen_people(report, gazetteer))
    lines += [f"{'method':<40} {'gold':>5} {'found':>7} {'nominative':>11} {'up to ё/е':>11} {'other':>6}",
              score.row("briefgen Finder, kk")]  # fmt: skip
    if verbose:
        lines += listing + [m for m in score.misses if "other name" not in m]
    return lines


# --- cost -------------------------------------------------------------------------------------------------

COST = """
import time
t = time.perf_counter()
{imports}
t1 = time.perf_counter()
{load}
t2 = time.perf_counter()
# VmHWM, not ru_maxrss: the latter carries the parent's peak across fork and exec.
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(f"{{t1 - t:.2f}} {{t2 - t1:.2f}} {{int(peak) / 1024:.0f}}")
"""
COSTS = {
    "briefgen facts (baseline)": ("import briefgen.facts", "pass"),
    "natasha NER + morph": (
        "import briefgen.facts\nfrom natasha import NewsEmbedding, NewsNERTagger, NewsMorphTagger, MorphVocab",
        "e = NewsEmbedding(); NewsNERTagger(e); NewsMorphTagger(e); MorphVocab()",
    ),
    "slovnet NER (as shipped)": (
        "import briefgen.facts\nfrom briefgen.facts.people.ner import _tagger",
        "_tagger('slovnet_news')",
    ),
    "rapidfuzz": ("import briefgen.facts\nfrom rapidfuzz import fuzz, process", "pass"),
}


def cost_table() -> list[str]:
    lines = [f"{'what':<28} {'import s':>9} {'load s':>7} {'max RSS MB':>11}"]
    for label, (imports, load) in COSTS.items():
        out = subprocess.run([sys.executable, "-c", COST.format(imports=imports, load=load)], capture_output=True,
                             text=True, check=True, cwd=ROOT).stdout.split()  # fmt: skip
        lines.append(f"{label:<28} {out[0]:>9} {out[1]:>7} {out[2]:>11}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    gazetteer = load_gazetteer(Config())
    all_reports = reports()
    russian = [r for r in all_reports if r.article.lang == "ru"]
    natasha = Natasha()
    started = time.perf_counter()
    spans = {r.path: natasha.spans(r.text) for r in russian}
    natasha_seconds = time.perf_counter() - started

    print(f"{len(all_reports)} annotated reports, {len(russian)} Russian\n")
    print("1. Russian participants (found: a mention of the surname; nominative: name_original exactly)")
    print(f"{'method':<40} {'gold':>5} {'found':>7} {'nominative':>11} {'up to ё/е':>11} {'other':>6}")
    started = time.perf_counter()
    detected = {r.path: natasha.people(r.text) for r in russian}
    ner_seconds = time.perf_counter() - started
    ours_seconds = 0.0
    groups = (("all", russian), ("heldout6 (least tuned on)", [r for r in russian if r.path.parent.name == "heldout6"]))
    for group, members in groups:
        rules, ours, theirs, both = PersonScore(), PersonScore(), PersonScore(), PersonScore()
        for r in members:
            started = time.perf_counter()
            found = briefgen_people(r, gazetteer, ner=False)
            ours_seconds += time.perf_counter() - started
            rules.add(r, found)
            ours.add(r, briefgen_people(r, gazetteer))
            theirs.add(r, [(s, n) for kind, s, n in spans[r.path] if kind == "PER"])
            both.add(r, hybrid_people(found, detected[r.path]))
        print(rules.row(f"Finder, rules only, {group}"))
        print(ours.row(f"Finder + NER (shipped), {group}"))
        print(theirs.row(f"natasha, {group}"))
        print(both.row(f"rules + every natasha PER, {group}"))
        if args.verbose:
            listed = (("rules", rules), ("shipped", ours), ("natasha", theirs), ("rules + every PER", both))
            print("\n".join(line for label, score in listed for line in [f"{label}:", *score.misses]))
    print(
        f"time over the Russian reports: briefgen Finder {ours_seconds:.2f} s, natasha NER + morph + "
        f"normalization {natasha_seconds:.2f} s, natasha NER alone {ner_seconds:.2f} s"
    )

    print("\n2. Russian meeting cities (English, through the gazetteer)")
    ours_places, theirs_places = PlaceScore(), PlaceScore()
    for r in russian:
        ours_places.add(r, _cities(gazetteer, r.text, "ru"))
        resolved: set[str] = set()
        for kind, _surface, normal in spans[r.path]:
            if kind == "LOC":
                got = _cities(gazetteer, normal, "ru", whole=True)
                resolved |= got
                if not got and not any(m.end - m.start for m in gazetteer.find(tokenize(normal, "ru"))):
                    theirs_places.unresolved[normal] += 1
        theirs_places.add(r, resolved)
    for label, score in (("briefgen gazetteer", ours_places), ("natasha LOC → gazetteer", theirs_places)):
        print(f"{label:<28} {score.found}/{score.gold} = {score.found / (score.gold or 1):.3f}")
    unresolved = theirs_places.unresolved
    print(f"natasha LOC spans the gazetteer does not know: {sum(unresolved.values())} ({len(unresolved)} distinct)")
    orgs = Counter(n for r in russian for kind, _s, n in spans[r.path] if kind == "ORG")
    print(f"natasha ORG spans: {sum(orgs.values())} ({len(orgs)} distinct)")
    if args.verbose:
        print("\n".join(["briefgen:", *ours_places.misses, "natasha:", *theirs_places.misses]))
        print("unknown LOC:", ", ".join(f"{k} ×{v}" for k, v in unresolved.most_common()))
        print("ORG:", ", ".join(f"{k} ×{v}" for k, v in orgs.most_common(40)))

    print("\n3. Spelling variants of the gazetteer's people and cities (share resolved to the right entry)")
    index = FuzzyIndex(gazetteer)
    print("\n".join(spelling_table(gazetteer, index, args.verbose)))
    print("\n".join(resembling_table(gazetteer)))
    print("\nfuzzy lookup on the corpus' capitalised words the gazetteer leaves unmatched")
    print("\n".join(false_matches(all_reports, gazetteer, index, args.verbose)))

    print("\n4. Kazakh case endings on participants' surnames")
    print("\n".join(kazakh_table(all_reports, gazetteer, args.verbose)))

    print("\ncost of loading (fresh interpreter each)")
    print("\n".join(cost_table()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
