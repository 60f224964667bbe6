"""`briefgen models` and `briefgen memory` as a user types them."""

from argostranslate import settings as argos_settings

from briefgen.cli import main
from briefgen.translate.memory import MEMORY_FILE, TranslationMemory


def test_models_list_shows_packages_and_pivot_pairs(tmp_path, tiny_packages, monkeypatch, capsys):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    assert main(["models", "list", "-C", str(tmp_path)]) == 0
    assert "no translation packages" in capsys.readouterr().out
    assert main(["models", "install", str(tiny_packages.kk_en), "-C", str(tmp_path)]) == 0
    assert main(["models", "install", str(tiny_packages.en_ru), "-C", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["models", "list", "-C", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "translate-kk_en-1.0" in out and "kk→ru (via en)" in out and "en→ru" in out
    assert main(["models", "remove", "en_ru", "-C", str(tmp_path)]) == 0
    assert main(["models", "remove", "en_ru", "-C", str(tmp_path)]) == 1
    assert "no installed package named en_ru" in capsys.readouterr().err


def test_installing_from_the_index_offline_is_one_clear_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(argos_settings, "remote_package_index", (tmp_path / "nowhere" / "index.json").as_uri())
    assert main(["models", "install", "translate-ru_en", "-C", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("error: cannot read the Argos package index")
    assert "briefgen models install FILE.argosmodel" in err


def test_a_package_missing_from_the_index_lists_what_there_is(tmp_path, monkeypatch, capsys):
    index = tmp_path / "index.json"
    index.write_text('[{"from_code": "ru", "to_code": "en", "type": "translate", "package_version": "1.9"}]')
    monkeypatch.setattr(argos_settings, "remote_package_index", index.as_uri())
    assert main(["models", "install", "translate-kk_en", "-C", str(tmp_path)]) == 1
    assert "no package translate-kk_en in the Argos index — available: translate-ru_en" in capsys.readouterr().err


def test_memory_correct_by_sentence_id_then_export_and_import(site, capsys):
    config = site({"content/a.md": "---\nlang: kk\ntitle: Кеңес\n---\n\nКездесу аяқталды.\n"})
    from briefgen.segment import sentence_id

    sid = sentence_id("Кездесу аяқталды.")
    root = str(config.root)
    assert main(["memory", "correct", sid, "The meeting ended.", "-C", root]) == 0
    assert main(["memory", "correct", "s0000000000", "Nothing.", "-C", root]) == 1
    assert "no sentence s0000000000" in capsys.readouterr().err
    tmx = config.root / "memory.tmx"
    assert main(["memory", "export", str(tmx), "-C", root]) == 0
    other = config.root / "other"
    other.mkdir()
    assert main(["memory", "import", str(tmx), "-C", str(other)]) == 0
    with TranslationMemory(other / ".briefgen-cache" / MEMORY_FILE) as memory:
        assert memory.human("kk", "en", ["Кездесу аяқталды."]) == {"Кездесу аяқталды.": "The meeting ended."}
