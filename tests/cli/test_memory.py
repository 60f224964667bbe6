"""`briefgen memory`: a correction by sentence id or by text, then TMX out and in."""

from briefgen.cli import main
from briefgen.segment import sentence_id
from briefgen.translate.memory import MEMORY_FILE, TranslationMemory

ARTICLE = "---\nlang: kk\ntitle: Кеңес\n---\n\nКездесу аяқталды.\n"


def test_memory_correct_by_sentence_id_then_export_and_import(site, capsys):
    config = site({"content/a.md": ARTICLE})
    root = str(config.root)
    assert main(["memory", "correct", sentence_id("Кездесу аяқталды."), "The meeting ended.", "-C", root]) == 0
    assert main(["memory", "correct", "s0000000000", "Nothing.", "-C", root]) == 1
    assert "no sentence s0000000000" in capsys.readouterr().err
    tmx = config.root / "memory.tmx"
    assert main(["-C", root, "memory", "export", str(tmx)]) == 0
    other = config.root / "other"
    other.mkdir()
    assert main(["memory", "import", str(tmx), "-C", str(other)]) == 0
    with TranslationMemory(other / ".briefgen-cache" / MEMORY_FILE) as memory:
        assert memory.human("kk", "en", ["Кездесу аяқталды."]) == {"Кездесу аяқталды.": "The meeting ended."}


def test_a_correction_given_as_text_detects_its_language_and_refuses_an_empty_one(site, capsys):
    config = site({"content/a.md": ARTICLE})
    root = str(config.root)
    assert main(["memory", "correct", "Стороны обсудили торговлю.", "  ", "-C", root]) == 1
    assert "the corrected translation is empty" in capsys.readouterr().err
    assert main(["memory", "correct", "Стороны обсудили торговлю.", "The parties discussed trade.", "-C", root]) == 0
    with TranslationMemory(config.root / ".briefgen-cache" / MEMORY_FILE) as memory:
        assert memory.human("ru", "en", ["Стороны обсудили торговлю."])
