from briefgen.facts.display import figure_text, sentence_text
from briefgen.model import Figure

from .helpers import article


def test_figures_read_as_english_press_writes_them() -> None:
    assert figure_text(Figure(4.5e9, "USD", "$4,5 млрд")) == "US$4.5 billion"
    assert figure_text(Figure(1e10, "EUR", "10 млрд евро")) == "€10 billion"
    assert figure_text(Figure(3e8, "KZT", "300 млн теңге")) == "300 million KZT"
    assert figure_text(Figure(255, "items", "255 позиция")) == "255 items"
    assert figure_text(Figure(8.6, "percent", "8,6%")) == "8.6%"


def test_a_fact_shows_the_original_wording_of_its_sentence(tmp_path) -> None:
    doc = article(tmp_path, "---\nlang: ru\n---\n\nТоварооборот вырос. Стороны договорились.\n")
    second = doc.sentences()[1]
    assert sentence_text(doc, [second.id]) == "Стороны договорились."
    assert sentence_text(doc, []) == ""


def test_the_wordings_of_an_article_are_read_once_for_all_its_facts(tmp_path, monkeypatch) -> None:
    doc = article(tmp_path, "---\nlang: ru\n---\n\nТоварооборот вырос. Стороны договорились.\n")
    ids = [s.id for s in doc.sentences()]
    reads = []
    original = type(doc).sentences
    monkeypatch.setattr(type(doc), "sentences", lambda self: reads.append(1) or original(self))
    for _ in range(50):
        assert sentence_text(doc, ids[1:]) == "Стороны договорились."
    assert len(reads) == 1
    other = article(tmp_path, "---\nlang: ru\n---\n\nДругой текст.\n", name="b.md")
    assert sentence_text(other, [other.title.id]) == other.title.plain
