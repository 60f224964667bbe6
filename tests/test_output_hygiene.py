"""What goes to the world: a Content-Security-Policy on every page, strict JSON, templates that cannot
publish files from elsewhere, and a second build that waits for the first."""

from __future__ import annotations

import json
import math
import os
import re

import pytest

from briefgen.build import BuildFailed, build_site
from briefgen.facts.output import number, to_json
from briefgen.write import WriteFailed, site_lock, write_site

from .conftest import RU_MEETING


def test_every_page_carries_a_csp_that_allows_no_inline_script(site):
    config = site({"content/a.md": RU_MEETING})
    build_site(config)
    pages = list((config.root / "site").rglob("*.html"))
    assert pages
    for page in pages:
        csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page.read_text(encoding="utf-8"))
        assert csp, page
        assert "default-src 'none'" in csp.group(1)
        # 'wasm-unsafe-eval' (the search page's, for Pagefind's WebAssembly) allows no JavaScript eval.
        assert "'unsafe-inline'" not in csp.group(1) and "'unsafe-eval'" not in csp.group(1)


def test_a_figure_too_large_to_be_a_number_has_no_value_and_json_stays_strict():
    assert number(math.inf) is None and number(math.nan) is None and number(4.5e9) == 4500000000
    with pytest.raises(ValueError):
        to_json({"value": math.inf})


def test_a_template_linking_outside_the_site_stops_the_build(site, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not publish")
    config = site({"content/a.md": RU_MEETING})
    (config.root / "templates" / "partials").mkdir(parents=True)
    os.symlink(secret, config.root / "templates" / "partials" / "factbox.html")
    with pytest.raises(BuildFailed, match="factbox.html: a link to .*secret.txt, outside .* \\(templates_dir\\)"):
        build_site(config)
    assert not (config.root / "site").exists()


def test_a_second_build_waits_for_the_lock_then_says_so(tmp_path):
    out = tmp_path / "site"
    with site_lock(out), pytest.raises(WriteFailed, match="another briefgen build has been writing it"):
        write_site({"index.html": b"x"}, [], out, lock_timeout=0.3)
    write_site({"index.html": b"x"}, [], out)
    assert (out / "index.html").read_bytes() == b"x"


def test_facts_json_of_a_build_is_strict_json(site):
    config = site({"content/a.md": RU_MEETING})
    build_site(config)
    json.loads((config.root / "site" / "facts.json").read_bytes(), parse_constant=lambda name: pytest.fail(name))
