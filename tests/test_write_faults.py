"""Crashes, concurrent builds and full disks leave a complete site and an intact translation memory.

Builds run as separate processes and are killed with SIGKILL at chosen points (tests/support/paused_build.py
holds them there), as CI killing a job or a power cut would.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen.build import build_site
from briefgen.config import load_config
from briefgen.translate.memory import MEMORY_FILE, MemoryFileError, TranslationMemory
from briefgen.write import MARKER, RETIRED_PREFIX, STAGING_PREFIX, _sweep

from .conftest import REPO, RU_MEETING

# More rounds for a stress run: BRIEFGEN_STRESS_ROUNDS=20 pytest tests/test_write_faults.py
ROUNDS = int(os.environ.get("BRIEFGEN_STRESS_ROUNDS", "2"))
BUILDS = 3


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def article(n: int) -> str:
    return RU_MEETING.replace("Премьер-министр", f"Министр {n}")


def make_site(root: Path, articles: int = 3) -> Path:
    (root / "content").mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        (root / "content" / f"a{n}.md").write_text(article(n), encoding="utf-8")
    return root


def assert_complete(root: Path, articles: int) -> None:
    """Every file a build of `articles` articles writes, and no leftovers of another build beside it."""
    site = root / "site"
    for name in (MARKER, "index.html", "404.html", "facts.json", "static/style.css"):
        assert (site / name).is_file(), name
    assert len(list((site / "briefings").glob("*/index.html"))) == articles
    leftovers = [p.name for p in root.iterdir() if p.name.startswith((STAGING_PREFIX, RETIRED_PREFIX))]
    assert not leftovers


def run(root: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, *args], cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def kill_at(root: Path, point: str) -> None:
    ready = root / "ready"
    build = run(root, "-m", "tests.support.paused_build", str(root), point, str(ready))
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert build.poll() is None, build.communicate()
        assert time.monotonic() < deadline, "the build never reached the point"
        time.sleep(0.05)
    build.send_signal(signal.SIGKILL)
    build.wait()
    ready.unlink()


def test_kill_9_while_writing_leaves_the_old_site(tmp_path):
    root = make_site(tmp_path, 2)
    build_site(load_config(root))
    before = snapshot(root / "site")
    (root / "content" / "a2.md").write_text(article(2), encoding="utf-8")
    kill_at(root, "write")
    assert snapshot(root / "site") == before
    build_site(load_config(root))
    assert_complete(root, 3)


def test_kill_9_right_after_the_exchange_leaves_the_new_site(tmp_path):
    root = make_site(tmp_path, 2)
    build_site(load_config(root))
    (root / "content" / "a2.md").write_text(article(2), encoding="utf-8")
    kill_at(root, "exchanged")
    assert len(list((root / "site" / "briefings").glob("*/index.html"))) == 3
    build_site(load_config(root))
    assert_complete(root, 3)


def test_kill_9_between_two_renames_is_repaired_by_the_next_build(tmp_path):
    """Where no atomic exchange exists, there is an instant without site/; a crash then leaves the old site
    retired beside it, and the next build (before anything else) puts it back rather than deleting it."""
    root = make_site(tmp_path, 2)
    build_site(load_config(root))
    before = snapshot(root / "site")
    (root / "content" / "a0.md").write_text(article(100), encoding="utf-8")  # so the next build writes
    kill_at(root, "between-renames")
    _sweep(root / "site")
    assert snapshot(root / "site") == before
    build_site(load_config(root))
    assert_complete(root, 2)


def test_concurrent_builds_always_leave_a_complete_site(tmp_path):
    root = make_site(tmp_path, 3)
    for round_ in range(ROUNDS):
        (root / "content" / "a0.md").write_text(article(100 + round_), encoding="utf-8")
        builds = [run(root, "-m", "briefgen", "build") for _ in range(BUILDS)]
        results = [build.communicate(timeout=300) for build in builds]
        for build, (_out, err) in zip(builds, results, strict=True):
            assert build.returncode == 0, err
            assert "Traceback" not in err
        assert_complete(root, 3)


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs, where this machine lets the test mount one (root with CAP_SYS_ADMIN, as in CI's
    container); elsewhere the test is skipped with the reason. A first build of one article must fit: its
    cache holds the compiled gazetteer (0.7 MB since it holds every state's heads and foreign ministers)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True, text=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({made.stderr.strip()}): run as root with CAP_SYS_ADMIN")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_leaves_the_old_site_and_the_memory_intact_with_a_true_message(tmp_path, small_disk):
    root = make_site(tmp_path / "project", 1)
    (root / "briefgen.yaml").write_text(f"output_dir: {small_disk}/site\ncache_dir: {small_disk}/cache\n")
    build_site(load_config(root))
    before = snapshot(small_disk / "site")
    with TranslationMemory(small_disk / "cache" / MEMORY_FILE) as memory:
        memory.correct("ru", "en", "В Астане состоялась встреча.", "A meeting took place in Astana.")
    # Articles whose pages need more than the space left (160 pages of ~17 KB on a 2 MB disk).
    body = " ".join(f"Стороны обсудили транзит грузов через Алматы, пункт {i}." for i in range(40))
    for n in range(160):
        (root / "content" / f"big{n}.md").write_text(f"---\ntitle: Большая {n}\n---\n\n{body}\n", encoding="utf-8")
    build = run(root, "-m", "briefgen", "build")
    _out, err = build.communicate(timeout=300)
    assert build.returncode == 3  # stopped before the site was replaced
    assert "Traceback" not in err
    (error,) = [line for line in err.splitlines() if line.startswith("error: ")]
    assert "disk is full" in error and str(small_disk) in error
    assert "damaged" not in err and "move it away" not in err
    assert snapshot(small_disk / "site") == before
    with TranslationMemory(small_disk / "cache" / MEMORY_FILE) as memory:
        assert memory.human("ru", "en", ["В Астане состоялась встреча."])


def test_a_memory_on_a_full_disk_is_not_called_broken(small_disk):
    path = small_disk / MEMORY_FILE
    with TranslationMemory(path) as memory:
        memory.correct("ru", "en", "Да.", "Yes.")
    with open(small_disk / "filler", "wb") as filler, contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 65536)
    with pytest.raises(MemoryFileError, match="disk is full .* intact"), TranslationMemory(path) as memory:
        memory.correct("ru", "en", "Нет. " * 20000, "No.")
    (small_disk / "filler").unlink()
    with TranslationMemory(path) as memory:
        assert memory.human("ru", "en", ["Да."]) == {"Да.": "Yes."}
