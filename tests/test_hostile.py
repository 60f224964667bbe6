"""The hostile corpus (tests/support/hostile.py) builds in bounded time and memory: the good articles are
published, every bad file costs one error line and nothing else, nothing outside content/ is published,
and `briefgen check` reports exactly what `build` does."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from .support.hostile import SECRET, make_hostile_site

# Far above what the corpus needs (about 0.2 GB and a few seconds), far below what the alias bomb or
# superlinear work would take (gigabytes, minutes).
MAX_SECONDS = 240
MAX_RSS_MB = 1500


def briefgen(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args, "-C", str(root)],
        capture_output=True,
        text=True,
        timeout=MAX_SECONDS,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    site = make_hostile_site(tmp_path_factory.mktemp("hostile") / "site")
    build = briefgen(site.root, "build")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return site, build, peak_mb


def test_the_build_succeeds_in_bounded_memory_without_a_traceback(hostile):
    _site, build, peak_mb = hostile
    assert build.returncode == 1, build.stderr  # some articles have errors: named, the rest built
    assert "Traceback" not in build.stderr
    assert peak_mb < MAX_RSS_MB


def test_every_bad_file_costs_exactly_one_error_line(hostile):
    site, build, _ = hostile
    errors = [line for line in build.stderr.splitlines() if line.startswith("error: ")]
    for name in site.bad:
        assert sum(name in line for line in errors) == 1, name
    assert len(errors) == len(site.bad)
    assert all(" — " in line for line in errors)  # each says what to do


def test_the_good_articles_are_published_and_nothing_from_outside(hostile):
    site, _build, _ = hostile
    out = site.root / "site"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(title in index for title in site.good)
    published = [p.read_bytes() for p in out.rglob("*") if p.is_file()]
    assert not any(SECRET.encode() in data for data in published)


def test_colliding_slugs_each_get_a_page_and_the_warning_names_both_files(hostile):
    site, build, _ = hostile
    pages = sorted(p.parent.name for p in (site.root / "site" / "briefings").glob("report*/index.html"))
    assert pages == site.slugs
    titles = {
        (site.root / "site/briefings" / s / "index.html").read_text(encoding="utf-8").count("Отчёт") for s in pages
    }
    assert 0 not in titles
    (warning,) = [line for line in build.stderr.splitlines() if "slug 'report' is taken" in line]
    assert "r3.md" in warning and "r1.md" in warning


def test_facts_json_is_strict_json(hostile):
    site, _build, _ = hostile

    def no_constants(name: str) -> None:
        raise AssertionError(f"facts.json holds {name}")

    json.loads((site.root / "site" / "facts.json").read_text(encoding="utf-8"), parse_constant=no_constants)


def test_check_reports_exactly_what_build_does(hostile):
    site, build, _ = hostile
    check = briefgen(site.root, "check")
    assert check.returncode == 1
    problems = [line for line in build.stderr.splitlines() if line.startswith(("error: ", "warning: "))]
    assert [line for line in check.stderr.splitlines() if line.startswith(("error: ", "warning: "))] == problems
