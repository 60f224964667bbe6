"""The translation memory: keys, human authority, crash safety, TMX."""

import sqlite3

import pytest

from briefgen.translate.memory import MEMORY_FILE, Entry, MemoryFileError, TranslationMemory, read_tmx


@pytest.fixture
def memory(tmp_path):
    with TranslationMemory(tmp_path / "cache" / MEMORY_FILE) as tm:
        yield tm


def test_machine_output_is_found_only_for_the_same_model_and_terms(memory):
    memory.add([Entry("kk", "en", "Кеңес  өтті.", "The meeting was held.", "machine", "pkg@1.0", "")])
    assert memory.machine("pkg@1.0", "kk", "en", [("Кеңес өтті.", "")]) == {
        ("Кеңес өтті.", ""): "The meeting was held."
    }  # white space is normalized
    assert memory.machine("pkg@2.0", "kk", "en", [("Кеңес өтті.", "")]) == {}
    assert memory.machine("pkg@1.0", "kk", "en", [("Кеңес өтті.", "other-terms")]) == {}
    assert memory.machine("pkg@1.0", "ru", "en", [("Кеңес өтті.", "")]) == {}


def test_machine_output_never_replaces_a_human_correction(memory):
    memory.correct("kk", "en", "Кеңес өтті.", "The council met.")
    memory.add([Entry("kk", "en", "Кеңес өтті.", "Advice passed.", "machine", "pkg@1.0")])
    assert memory.human("kk", "en", ["Кеңес өтті."]) == {"Кеңес өтті.": "The council met."}
    memory.correct("kk", "en", "Кеңес өтті.", "The council met on Monday.")
    assert memory.human("kk", "en", ["Кеңес өтті."]) == {"Кеңес өтті.": "The council met on Monday."}


def test_a_failed_batch_saves_nothing(memory):
    def entries():
        yield Entry("kk", "en", "Бір.", "One.", "machine", "m")
        raise RuntimeError("the model crashed")

    with pytest.raises(RuntimeError):
        memory.add(entries())
    assert memory.entries() == []
    assert memory.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_tmx_round_trip_keeps_origin_model_and_terms(memory, tmp_path):
    originals = [
        Entry("kk", "en", "Кеңес өтті.", "The meeting was held.", "machine", "pkg@1.0", "ab12"),
        Entry("ru", "en", "Стороны <обсудили> & решили.", "The parties discussed & decided.", "human"),
    ]
    memory.add(originals)
    path = tmp_path / "memory.tmx"
    assert memory.export_tmx(path) == 2
    with TranslationMemory(tmp_path / "other" / MEMORY_FILE) as other:
        result = other.import_tmx(path, "en")
        assert result.added == 2
        assert sorted(other.entries(), key=str) == sorted(originals, key=str)


def test_units_from_a_translators_tool_count_as_human(tmp_path):
    tmx = tmp_path / "from-tool.tmx"
    tmx.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="ru"/><body>'
        '<tu><tuv xml:lang="ru-RU"><seg>Встреча прошла.</seg></tuv>'
        '<tuv xml:lang="en-GB"><seg>The meeting took place.</seg></tuv></tu>'
        "</body></tmx>",
        encoding="utf-8",
    )
    (entry,) = read_tmx(tmx, "en")
    assert (entry.source_lang, entry.origin, entry.target) == ("ru", "human", "The meeting took place.")


def test_import_keeps_existing_corrections_and_counts_them(memory, tmp_path):
    memory.correct("kk", "en", "Кеңес өтті.", "The council met.")
    other = TranslationMemory(tmp_path / "other.sqlite3")
    other.correct("kk", "en", "Кеңес өтті.", "Something else.")
    other.export_tmx(tmp_path / "x.tmx")
    other.close()
    result = memory.import_tmx(tmp_path / "x.tmx", "en")
    assert (result.added, result.kept) == (0, 1)
    assert memory.human("kk", "en", ["Кеңес өтті."])["Кеңес өтті."] == "The council met."


def test_a_tmx_unit_without_english_is_named(tmp_path):
    tmx = tmp_path / "bad.tmx"
    tmx.write_text('<tmx><body><tu><tuv xml:lang="kk"><seg>Бір.</seg></tuv></tu></body></tmx>')
    with pytest.raises(MemoryFileError, match=r"bad.tmx: translation unit 1 lacks"):
        read_tmx(tmx, "en")


def test_the_memory_refuses_to_live_inside_the_output_folder(tmp_path):
    with pytest.raises(MemoryFileError, match="inside output_dir"):
        TranslationMemory.in_cache(tmp_path / "site" / "cache", tmp_path / "site")
    TranslationMemory.in_cache(tmp_path / ".briefgen-cache", tmp_path / "site").close()


def test_a_damaged_memory_file_gets_one_line(tmp_path):
    path = tmp_path / MEMORY_FILE
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(MemoryFileError, match="damaged .* `briefgen memory export rescued.tmx`"):
        TranslationMemory(path)


def test_a_memory_with_a_dropped_column_is_reported_damaged_not_a_traceback(tmp_path):
    path = tmp_path / MEMORY_FILE
    with TranslationMemory(path) as memory:
        memory.correct("ru", "en", "Да.", "Yes.")
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE segments DROP COLUMN created")
    with pytest.raises(MemoryFileError, match="damaged .* export rescued.tmx"):
        TranslationMemory(path)


def test_export_saves_what_can_be_read_from_a_damaged_memory(tmp_path):
    path = tmp_path / MEMORY_FILE
    with TranslationMemory(path) as memory:
        memory.add(Entry("ru", "en", f"Предложение {n}. " + "слово " * 40, f"Sentence {n}.") for n in range(400))
        memory.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page_size = 4096
    # Overwrite with garbage the table page that holds one of the rows (an English side is in no index).
    middle = data.index(b"Sentence 200.") // page_size * page_size
    data[middle : middle + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.DatabaseError, match="malformed"):
        db.execute("SELECT * FROM segments").fetchall()  # the damage is real: a plain read fails
    with TranslationMemory(path, reading=True) as memory:
        kept = memory.export_tmx(tmp_path / "rescued.tmx")
    assert 0 < kept < 400
    assert len(read_tmx(tmp_path / "rescued.tmx", "en")) == kept
