"""A hostile content/ folder, written in code: what an attacker (or an unlucky colleague) could put into a
site that CI then builds and publishes. Each bad file is expected to cost exactly one error line."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

SECRET = "TOP-SECRET-7f3a9c: this text lives outside content/ and must never be published"

# Small limits, so that "huge" stays cheap to write; the defaults are far larger.
CONFIG = """title: Hostile
limits:
  max_article_bytes: 200000
  max_line_length: 20000
  max_depth: 24
"""

GOOD = """---
title: {title}
date: 2026-03-05
---

В Астане состоялась встреча. Стороны обсудили транзит грузов через г. Алматы.
"""


def _bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels + 1):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines)


@dataclass
class Hostile:
    root: Path
    good: list[str] = field(default_factory=list)  # titles of the articles that must be built
    bad: list[str] = field(default_factory=list)  # names that must each appear in one error line
    slugs: list[str] = field(default_factory=list)  # the slugs the colliding articles must end up with


def make_hostile_site(root: Path) -> Hostile:
    content = root / "content"
    content.mkdir(parents=True)
    (root / "briefgen.yaml").write_text(CONFIG, encoding="utf-8")
    site = Hostile(root)

    def article(name: str | bytes, text: str | bytes, bad: bool = True) -> None:
        path = os.path.join(os.fsencode(content), os.fsencode(name))
        with open(path, "wb") as f:
            f.write(text.encode("utf-8") if isinstance(text, str) else text)
        if bad:
            site.bad.append(os.fsdecode(name) if isinstance(name, str) else "\\xff")

    for title in ("Встреча в Астане", "Вторая встреча"):
        article(f"good-{len(site.good)}.md", GOOD.format(title=title), bad=False)
        site.good.append(title)

    # Links out of content/: a file and a folder.
    outside = root.parent / f"{root.name}-outside"
    outside.mkdir()
    (outside / "secret.md").write_text(f"---\ntitle: secret\n---\n\n{SECRET}\n", encoding="utf-8")
    os.symlink(outside / "secret.md", content / "passwd.md")
    os.symlink(outside, content / "elsewhere")
    site.bad += ["passwd.md", "elsewhere"]

    # YAML that would exhaust memory or fail outside YAML's own errors.
    article("bomb.md", f"---\n{_bomb(8)}\n---\n\nТекст.\n")
    article("self-alias.md", "---\na: &a [*a]\n---\n\nТекст.\n")
    article("bad-int.md", "---\ntitle: !!int abc\n---\n\nТекст.\n")
    article("bad-date.md", "---\ndate: !!timestamp 2025-13-01\n---\n\nТекст.\n")
    article("python-tag.md", "---\ntitle: !!python/name:os.system\n---\n\nТекст.\n")
    article("int-key.md", "---\n1: one\ntitle: x\n---\n\nТекст.\n")
    article("bool-key.md", "---\ntrue: x\n---\n\nТекст.\n")
    article("surrogate.md", '---\ntitle: "\\ud800"\n---\n\nТекст.\n')
    article("deep-yaml.md", "---\na: " + "[" * 2000 + "]" * 2000 + "\n---\n\nТекст.\n")
    article("infinite.md", "---\ntitle: x\nmeetings:\n  - figures:\n      - value: .inf\n---\n\nТекст.\n")
    # Too large, and one line too long.
    article("huge.md", "---\ntitle: huge\n---\n\n" + "Стороны обсудили транзит. " * 10_000 + "\n")
    article("long-line.txt", "Стороны обсудили транзит" * 1_000 + ".\n")
    # Not files at all, and a name that is not UTF-8.
    os.mkfifo(content / "pipe.md")
    site.bad.append("pipe.md")
    article(b"\xff\xfe-latin1.md", GOOD.format(title="Имя файла"))
    # Folders nested past the limit, with an article at the bottom.
    deep = content.joinpath(*["d"] * 30)
    deep.mkdir(parents=True)
    (deep / "deep.md").write_text(GOOD.format(title="Глубоко"), encoding="utf-8")
    site.bad.append("/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d")

    # Slugs that collide: the third must not overwrite the second.
    for name, slug in (("r1.md", "report"), ("r2.md", "report-2"), ("r3.md", "report")):
        article(name, GOOD.format(title=f"Отчёт {name}").replace("date:", f"slug: {slug}\ndate:"), bad=False)
    site.slugs = ["report", "report-2", "report-3"]
    return site
