"""`briefgen models pack`: an NLLB-200 model in CTranslate2 form becomes an installable package."""

import json
import zipfile

import pytest

from briefgen.cli import main
from briefgen.config import TranslationConfig
from briefgen.translate.argos import ArgosEngine, PackageError, installed_packages
from briefgen.translate.pack import pack_nllb
from tests.support.tiny_argos import build_nllb_like

from .conftest import CORPUS


@pytest.fixture(scope="module")
def nllb(tmp_path_factory):
    return build_nllb_like(tmp_path_factory.mktemp("nllb"), CORPUS)


def test_a_packed_model_installs_and_translates_with_its_language_tokens(tmp_path, nllb, monkeypatch):
    model_dir, sp_model, tiny = nllb
    archive = tmp_path / "kk_en.argosmodel"
    argv = ["models", "pack", "--model", str(model_dir), "--sentencepiece", str(sp_model), "--from", "kk"]
    assert main([*argv, "--output", str(archive)]) == 0
    with zipfile.ZipFile(archive) as zf:
        (meta_name,) = [n for n in zf.namelist() if n.endswith("/metadata.json")]
        metadata = json.loads(zf.read(meta_name))
        config = json.loads(zf.read(meta_name.replace("metadata.json", "model/config.json")))
    assert (metadata["source_prefix"], metadata["target_prefix"]) == ("kaz_Cyrl", "eng_Latn")
    assert config["add_source_eos"] is True and config["decoder_start_token"] == "</s>"

    packages = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    assert main(["models", "install", str(archive), "-C", str(tmp_path)]) == 0
    engine = ArgosEngine(installed_packages(packages), TranslationConfig())
    sentences = ["Тараптар сауда мәселелерін талқылады.", "Кездесу аяқталды."]
    results = engine.translate(sentences, "kk", "en")
    # the language token is forced first and stripped; the source token shifts nothing
    assert results == [tiny.expected(s) for s in sentences]
    assert not any("eng_Latn" in r for r in results)


def test_pack_refuses_a_model_without_the_language_tokens(tmp_path, nllb):
    model_dir, sp_model, _ = nllb
    with pytest.raises(PackageError, match="no xyz_Latn token"):
        pack_nllb(model_dir, sp_model, "kk", "en", tmp_path / "x.argosmodel", source_prefix="xyz_Latn")
    with pytest.raises(PackageError, match="ct2-transformers-converter"):
        pack_nllb(tmp_path, sp_model, "kk", "en", tmp_path / "x.argosmodel")
    assert not (tmp_path / "x.argosmodel").exists()
