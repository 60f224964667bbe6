"""Rows of listing pages shared between pages (render/rows.py): the same bytes as each page's own rows."""

import datetime as dt

import pytest

from briefgen.config import Config
from briefgen.render import render_site, rows
from briefgen.render.memo import unpacked
from briefgen.render.rows import SharedRows

from .conftest import make_article, person, talks

ABAI = person("Abai Kunanbayev", "minister", "Kazakhstan")
LI = person("Li Wei", "ambassador", "China")
MARTA = person("Marta Novak", "minister", "Poland")


def articles():
    """Meetings each on several country and topic pages, some paginated (page/2/ is deeper, so its links
    differ), and on the pages of the people in them (a different row: its person is left out)."""
    made = []
    for day in range(1, 7):
        meeting = talks(
            ABAI,
            LI if day % 2 else MARTA,
            city="Astana",
            country="Kazakhstan",
            date=dt.date(2026, 3, day),
            topics=("trade", "energy") if day % 3 else ("trade", "water", "energy"),
        )
        made.append(make_article(f"talks-{day}", dt.date(2026, 3, day), [meeting]))
    return made


def rendered(tmp_path, monkeypatch, limit: int | None) -> dict[str, bytes]:
    if limit is not None:
        monkeypatch.setattr(rows, "SHARED_CHARACTERS", limit)
    return render_site(articles(), Config(root=tmp_path, meetings_per_page=4))


def counting(monkeypatch) -> list[tuple]:
    """The rows the shared memo is asked for, and whether each was made (True) or taken again (False)."""
    asked: list[tuple] = []
    original = SharedRows.row

    def row(self, key, url, make):
        made = []
        text = original(self, key, url, lambda noted: made.append(1) or make(noted))
        asked.append((key, bool(made)))
        return text

    monkeypatch.setattr(SharedRows, "row", row)
    return asked


def test_a_row_shared_between_pages_is_the_row_each_page_renders_alone(tmp_path, monkeypatch):
    asked = counting(monkeypatch)
    shared = rendered(tmp_path, monkeypatch, None)
    taken_again = sum(1 for _, made in asked if not made)
    assert taken_again > len(asked) / 3, "the meetings' rows on their topic and country pages are shared"
    monkeypatch.undo()
    alone = rendered(tmp_path, monkeypatch, 0)  # nothing kept: every row made for its page
    assert shared.keys() == alone.keys()
    assert [path for path in shared if shared[path] != alone[path]] == []


def test_a_row_is_taken_again_only_where_its_links_come_out_the_same():
    memo = SharedRows()
    made: list[str] = []

    def make(url):
        made.append(url("people/li-wei/index.html"))
        return f'<a href="{made[-1]}">Li Wei</a>'

    def url_from(folder):
        return lambda path: {"topics/x": "../../", "topics/x/page/2": "../../../../"}[folder] + path

    first = memo.row(("m", 1), url_from("topics/x"), make)
    assert memo.row(("m", 1), url_from("topics/x"), make) is first
    deeper = memo.row(("m", 1), url_from("topics/x/page/2"), make)
    assert deeper == '<a href="../../../../people/li-wei/index.html">Li Wei</a>' and len(made) == 2
    assert memo.row(("m", 2), url_from("topics/x"), make) == first and len(made) == 3, "another meeting's row"


def test_kept_rows_stay_within_their_limit_the_oldest_going_first():
    memo = SharedRows(limit=10)
    for number in range(5):
        memo.row(("m", number), str, lambda url, n=number: f"row {n}")  # five characters each
    assert list(memo.rows) == [("m", 3), ("m", 4)] and memo.size == 10


@pytest.mark.parametrize(
    "reads", ["{{ path }}", "{{ page.path }}", "{{ section }}", "{% include 'partials/pager.html' %}"]
)
def test_a_row_template_that_reads_its_page_is_rendered_for_each_page(tmp_path, monkeypatch, reads):
    (tmp_path / "templates" / "partials").mkdir(parents=True)
    row = "<tr><td>{{ a.number }}</td><td>" + reads + "</td></tr>"
    (tmp_path / "templates" / "partials" / "meeting_row.html").write_text(row, encoding="utf-8")
    asked = counting(monkeypatch)
    site = render_site(articles(), Config(root=tmp_path, templates_dir=tmp_path / "templates", meetings_per_page=4))
    assert asked == [], "no row shared"
    if reads == "{{ path }}":
        assert "<td>topics/trade/index.html</td>" in site["topics/trade/index.html"].decode()
        assert "<td>countries/kazakhstan/index.html</td>" in site["countries/kazakhstan/index.html"].decode()


def test_a_kept_rows_packed_copy_is_made_once_and_goes_with_it():
    memo = SharedRows(limit=10_000)
    text = memo.row(("m", 1), str, lambda url: "<tr><td>row</td></tr>")
    assert memo.packed(text) is memo.packed(text) and unpacked(memo.packed(text)) == text
    assert unpacked(memo.packed("another row")) == "another row", "a row not kept is packed as memo.packed does"
    memo.limit = 0
    memo.row(("m", 2), str, lambda url: "x")
    assert memo.packs == {} and memo.rows == {} and memo.size == 0
