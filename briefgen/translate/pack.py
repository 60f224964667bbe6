"""`briefgen models pack`: an NLLB-200 model converted to CTranslate2 becomes an Argos package.

The Argos index has no Kazakh package; NLLB-200 translates Kazakh (and Russian) but is not packaged
for Argos. NLLB reads the source language as a first source token and ends the source with </s>, and
is told the output language by a forced first target token: the package records them as
`source_prefix` and `target_prefix` in metadata.json, and the model's config.json is set to append
</s> itself, so the package runs like any other.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import sentencepiece as spm

from .. import __version__
from .argos import PackageError

# FLORES-200 codes NLLB uses, for the languages briefgen reads and writes; others via --source-prefix.
FLORES_CODES = {
    "en": "eng_Latn",
    "kk": "kaz_Cyrl",
    "ru": "rus_Cyrl",
    "ky": "kir_Cyrl",
    "uz": "uzn_Latn",
    "tg": "tgk_Cyrl",
    "tk": "tuk_Latn",
    "tr": "tur_Latn",
    "zh": "zho_Hans",
}
LANGUAGE_NAMES = {"en": "English", "kk": "Kazakh", "ru": "Russian", "ky": "Kyrgyz", "uz": "Uzbek"}


def _vocabulary(model_dir: Path) -> set[str]:
    for name in ("shared_vocabulary.json", "target_vocabulary.json"):
        if (model_dir / name).exists():
            return set(json.loads((model_dir / name).read_text(encoding="utf-8")))
    for name in ("shared_vocabulary.txt", "target_vocabulary.txt"):
        if (model_dir / name).exists():
            return set((model_dir / name).read_text(encoding="utf-8").splitlines())
    raise PackageError(f"{model_dir}: no vocabulary file — convert the model with ct2-transformers-converter")


def pack_nllb(
    model_dir: Path,
    sp_model: Path,
    source: str,
    target: str,
    output: Path,
    *,
    version: str = "1.0",
    source_prefix: str | None = None,
    target_prefix: str | None = None,
) -> Path:
    """Write `output` (.argosmodel) translating source→target with the converted model in model_dir."""
    if not (model_dir / "model.bin").exists() or not (model_dir / "config.json").exists():
        raise PackageError(
            f"{model_dir}: no model.bin and config.json — give the folder ct2-transformers-converter wrote"
        )
    try:
        spm.SentencePieceProcessor(model_file=str(sp_model))
    except (OSError, RuntimeError) as exc:
        raise PackageError(f"{sp_model}: not a SentencePiece model ({exc}) — give sentencepiece.bpe.model") from None
    prefixes = {
        "source_prefix": source_prefix or FLORES_CODES.get(source),
        "target_prefix": target_prefix or FLORES_CODES.get(target),
    }
    vocabulary = _vocabulary(model_dir)
    for key, code in prefixes.items():
        if code is None:
            option = key.replace("_", "-")
            raise PackageError(f"no NLLB code known for {source}→{target} — give --{option} (such as kaz_Cyrl)")
        if code not in vocabulary:
            raise PackageError(f"{model_dir}: the vocabulary has no {code} token — is this an NLLB-200 model?")

    name = f"translate-{source}_{target}-nllb-{version}"
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / name
        shutil.copytree(model_dir, package / "model")
        config_path = package / "model" / "config.json"
        config = json.loads(config_path.read_text(encoding="utf-8"))
        config["add_source_eos"] = True  # NLLB's source ends with </s>, which its tokenizer adds
        config_path.write_text(json.dumps(config, indent=2), encoding="utf-8")
        shutil.copyfile(sp_model, package / "sentencepiece.model")
        metadata = {
            "package_version": version,
            "argos_version": "1.9",
            "from_code": source,
            "from_name": LANGUAGE_NAMES.get(source, source),
            "to_code": target,
            "to_name": LANGUAGE_NAMES.get(target, target),
            "type": "translate",
            "code": name,
            **prefixes,
        }
        (package / "metadata.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False), encoding="utf-8")
        (package / "README.md").write_text(
            f"NLLB-200 ({LANGUAGE_NAMES.get(source, source)} to {LANGUAGE_NAMES.get(target, target)}), "
            f"packed for Argos Translate by briefgen {__version__}. NLLB-200 is licensed CC-BY-NC 4.0.\n",
            encoding="utf-8",
        )
        output.parent.mkdir(parents=True, exist_ok=True)
        archive = shutil.make_archive(str(output.with_suffix("")), "zip", root_dir=tmp, base_dir=name)
        Path(archive).replace(output)
    return output
