"""Check that a speed change leaves every extracted fact as it was: dump, change, dump, compare.

    python bench/facts_identity.py dump before.json [--articles 200]
    python bench/facts_identity.py dump after.json  [--articles 200]
    python bench/facts_identity.py diff before.json after.json

Every report of tests/facts' corpora (read against its expected file's `published` day, as the scorer
reads it), content/, the shared samples, and the first N articles of bench/compare.py's site (the pool
the speed is measured on) are extracted in one process; each report's meetings, with their sentence
ids, are written as JSON. `diff` prints each report whose meetings differ and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from compare import make_articles, write_briefgen  # noqa: E402

from briefgen.config import Config, load_config  # noqa: E402
from briefgen.facts import extract_meetings, load_gazetteer  # noqa: E402
from briefgen.facts.output import meeting_dict  # noqa: E402
from briefgen.load import load_content, read_document  # noqa: E402
from briefgen.segment import segment, split_sentences  # noqa: E402

TESTS = ROOT / "tests" / "facts"
SAMPLES = ROOT.parent / "shared" / "samples"


def _published(report: Path) -> dt.date | None:
    expected = report.with_name(report.name.split(".")[0] + ".expected.yaml")
    if not expected.exists():
        return None
    want = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
    return dt.date.fromisoformat(str(want["published"])) if want.get("published") else None


def _reports() -> list[tuple[Path, dt.date | None]]:
    found = []
    for folder in sorted(p for p in TESTS.iterdir() if p.is_dir() and p.name.startswith(("corpus", "heldout"))):
        for path in sorted(folder.iterdir()):
            if path.suffix in (".md", ".txt") and ".expected" not in path.name:
                found.append((path, _published(path)))
    for folder in (ROOT / "content", SAMPLES):
        found += [(p, None) for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt") and p.is_file()]
    return found


def dump(out: Path, count: int) -> None:
    config = Config()
    gazetteer = load_gazetteer(config)
    facts: dict[str, Any] = {}
    for path, reference in _reports():
        article = segment(read_document(path, path.parent, config.default_language))
        meetings = extract_meetings(article, gazetteer, reference)
        facts[str(path.relative_to(ROOT.parent))] = [meeting_dict(m) for m in meetings]
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        write_briefgen(site, make_articles(count))
        site_config = load_config(site)
        loaded = load_content(site / "content", site_config.target_language, site_config.default_language)
        for document in loaded.documents:
            article = segment(document, split_sentences)
            # A fixed day for the plain-text ones, whose file date is the moment they were written here.
            meetings = extract_meetings(article, gazetteer, article.date or dt.date(2026, 1, 1))
            facts[f"compare:{document.path.relative_to(site)}"] = [meeting_dict(m) for m in meetings]
    out.write_text(json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True, default=str), encoding="utf-8")
    print(f"{len(facts)} reports, {sum(len(m) for m in facts.values())} meetings -> {out}")


def diff(before: Path, after: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for key in changed:
        print(f"differs: {key}")
    print(f"{len(old)} reports before, {len(new)} after, {len(changed)} differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--articles", type=int, default=200)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.articles)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
