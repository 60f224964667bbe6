import csv
import io
import json
from pathlib import Path

import yaml

from briefgen.build import build_site
from briefgen.cli.facts import csv_text
from briefgen.config import Config
from briefgen.facts import apply_facts
from briefgen.facts.explain import explain
from briefgen.facts.output import facts_json, front_matter_yaml, to_json
from briefgen.model import Article

from .helpers import article, meetings

TEXT = "---\nlang: ru\n---\n\nОлжас Бектенов встретился с Абдуллой Ариповым. Товарооборот составил $4,5 млрд.\n"


def test_facts_json_is_stable_and_lists_every_meeting(tmp_path: Path) -> None:
    doc = article(tmp_path, TEXT)
    doc.meetings = meetings(tmp_path, TEXT)
    first, second = facts_json([doc]), facts_json([doc])
    assert first == second
    [entry] = json.loads(first)
    [meeting] = entry["meetings"]
    assert entry["article"] == doc.slug
    assert meeting["figures"] == [{"label": "trade turnover", "text": "$4,5 млрд", "unit": "USD", "value": 4500000000}]
    assert {p["name"] for p in meeting["participants"]} == {"Olzhas Bektenov", "Abdulla Aripov"}


def test_facts_json_joined_from_entries_is_the_json_of_the_whole_list(tmp_path: Path) -> None:
    """A rebuild joins entries kept from the last build: the bytes must be those of encoding the list."""
    docs = []
    for name, text in (("b", TEXT), ("a", TEXT.replace("$4,5", "$7"))):
        doc = article(tmp_path, text, name=f"{name}.md")
        doc.meetings = meetings(tmp_path, text, name=f"{name}.md")
        docs.append(doc)
    whole = to_json(json.loads(facts_json(docs)))
    assert facts_json(docs) == (whole + "\n").encode("utf-8")
    assert [entry["article"] for entry in json.loads(facts_json(docs))] == sorted(d.slug for d in docs)
    assert facts_json([]) == b"[]\n"


STATISTICS = "---\nlang: kk\n---\n\nАСТАНА. KAZINFORM – Биылғы жарты жылда тауар айналымы 2,4 млрд долларды құрады.\n"


def read(tmp_path: Path, text: str, name: str = "a.md") -> Article:
    doc = article(tmp_path, text, name)
    apply_facts([doc], Config())
    return doc


def test_the_agency_is_a_fact_of_the_article_in_every_output(tmp_path: Path) -> None:
    doc = read(tmp_path, STATISTICS)
    assert doc.meetings == []
    [entry] = json.loads(facts_json([doc]))
    assert entry["reported_by"] == "KAZINFORM" and entry["meetings"] == []
    # Front matter names the agency `source`: what `briefgen facts --format yaml` prints is pasted as it is,
    # and an article whose front matter has it already is not given it twice.
    assert yaml.safe_load(front_matter_yaml(doc)) == {"source": "KAZINFORM", "meetings": []}
    given = read(tmp_path, STATISTICS.replace("lang: kk\n", "lang: kk\nsource: Kazinform\n"), "given.md")
    assert given.reported_by is not None and given.reported_by.name == "Kazinform"
    assert yaml.safe_load(front_matter_yaml(given)) == {"meetings": []}
    assert "reported by  KAZINFORM\n" in explain(doc, "a.md") and "rule source.dateline" in explain(doc, "a.md")
    reported = TEXT.replace("Товарооборот", "Стороны встретились, сообщает Kazinform. Товарооборот")
    talks = read(tmp_path, reported, "b.md")
    rows = list(csv.DictReader(io.StringIO(csv_text([(Path("b.md"), talks)]))))
    assert rows and {r["reported_by"] for r in rows} == {"Kazinform"}


def test_the_page_names_the_agency_escaped(site) -> None:
    body = "Биылғы жарты жылда тауар айналымы өсті, деп хабарлайды Ақпарат & Co."
    config = site(
        {
            "content/stats.md": f"---\nlang: kk\ndate: 2025-03-05\n---\n\n{body}\n",
            "content/given.md": f"---\nlang: kk\ndate: 2025-03-06\nsource: '<b>Ақпарат</b>'\n---\n\n{body}\n",
        }
    )
    assert build_site(config).errors == []
    pages = [p.read_text(encoding="utf-8") for p in (config.root / "site" / "briefings").glob("*/index.html")]
    read, given = sorted(pages, key=lambda page: "&lt;b&gt;" in page)
    # Read from the text, in the article's language; the front matter's name, escaped.
    assert 'Reported by <span lang="kk">Ақпарат &amp; Co</span>' in read
    assert "Reported by <span>&lt;b&gt;Ақпарат&lt;/b&gt;</span>" in given and "<b>Ақпарат" not in given
