"""`briefgen models` as a user types it: list, install (a file or from the index), remove."""

from argostranslate import settings as argos_settings

from briefgen.cli import main


def test_models_list_shows_packages_and_pivot_pairs(tmp_path, tiny_packages, monkeypatch, capsys):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    assert main(["models", "list", "-C", str(tmp_path)]) == 0
    assert "no translation packages" in capsys.readouterr().out
    assert main(["models", "install", str(tiny_packages.kk_en), "-C", str(tmp_path)]) == 0
    assert main(["-C", str(tmp_path), "models", "install", str(tiny_packages.en_ru)]) == 0
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


def test_a_file_that_is_not_there_is_one_line(tmp_path, capsys):
    assert main(["models", "install", str(tmp_path / "x.argosmodel"), "-C", str(tmp_path)]) == 1
    assert "x.argosmodel: no such file — give an .argosmodel file" in capsys.readouterr().err
