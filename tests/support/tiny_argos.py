"""A tiny but real Argos Translate package, built in code.

The package is what `argospm` would install: a CTranslate2 Transformer in model/, a SentencePiece model,
and metadata.json, zipped into an .argosmodel. No trained model can be downloaded in the test
environment, so the weights are set by hand so that the network *copies* its input: decoder step t
attends to source position t (one-hot position encodings, a large query scale) and the output
projection maps each source piece to a target piece. Pieces holding Cyrillic letters are mapped to
another Cyrillic piece (a fixed rotation of the vocabulary), every other piece (Latin, digits,
punctuation, language codes) to itself. So the "translation" is nonsense, but it is deterministic and
predictable (`TinyModel.expected`), Latin placeholders pass through as they do in real models, and
tokenization, batching, beam search and detokenization are all the real thing.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.specs import transformer_spec

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Characters every tiny vocabulary knows, so that placeholders and numbers are ordinary pieces.
ASCII_LINE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,;:!?-()«»\"'$%"
MAX_POSITIONS = 128  # source and output tokens a tiny model can hold


@dataclass(frozen=True)
class TinyModel:
    """Where a built package's parts are, and what it will answer."""

    sp_model: Path
    shift: int

    def mapping(self) -> list[int]:
        processor = spm.SentencePieceProcessor(model_file=str(self.sp_model))
        return piece_mapping([processor.id_to_piece(i) for i in range(processor.get_piece_size())], self.shift)

    def expected(self, text: str) -> str:
        """The output of the copy model for `text`, as Argos would detokenize it."""
        processor = spm.SentencePieceProcessor(model_file=str(self.sp_model))
        mapping = self.mapping()
        ids = [mapping[i] for i in processor.encode(text)]
        return processor.decode_pieces([processor.id_to_piece(i) for i in ids]).strip()


def piece_mapping(pieces: Sequence[str], shift: int) -> list[int]:
    """Target id for each source id: Cyrillic pieces rotate by `shift`, the others map to themselves.

    Word-initial pieces (with ▁) rotate among themselves, so words stay words.
    """
    mapping = list(range(len(pieces)))
    for initial in (True, False):
        group = [i for i, p in enumerate(pieces) if CYRILLIC.search(p) and p.startswith("▁") == initial]
        for k, i in enumerate(group):
            mapping[i] = group[(k + shift) % len(group)]
    return mapping


def train_sentencepiece(corpus: Sequence[str], prefix: Path, symbols: Sequence[str] = ()) -> Path:
    """A small unigram model over the corpus; `symbols` (language codes) become single pieces."""
    prefix.parent.mkdir(parents=True, exist_ok=True)
    text = prefix.with_suffix(".txt")
    text.write_text("\n".join([*corpus, ASCII_LINE]) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text),
        model_prefix=str(prefix),
        vocab_size=_vocab_size(corpus),
        character_coverage=1.0,
        hard_vocab_limit=False,
        user_defined_symbols=list(symbols),
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def _vocab_size(corpus: Sequence[str]) -> int:
    # Enough pieces for whole words to appear, few enough for a tiny corpus to fill.
    chars = {c for line in corpus for c in line} | set(ASCII_LINE)
    return len(chars) + 150


class _SpecConverter(ctranslate2.converters.Converter):
    """ctranslate2's own save path (validation, optimization, vocabulary files) for a spec made here."""

    def __init__(self, spec: transformer_spec.TransformerSpec):
        self._spec = spec

    def _load(self) -> transformer_spec.TransformerSpec:
        return self._spec


def write_copy_model(
    sp_model: Path,
    output_dir: Path,
    *,
    shift: int = 1,
    layers: int = 1,
    positions: int = MAX_POSITIONS,
    add_source_eos: bool = True,
    decoder_start_token: str = "<s>",
) -> Path:
    """A CTranslate2 Transformer that copies pieces through `piece_mapping` (see the module docstring).

    Extra `layers` compute like real ones but add nothing to the residual stream, which makes the
    model slower without changing its output (the benchmark uses this).
    """
    processor = spm.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    mapping = piece_mapping(pieces, shift)
    vocab = len(pieces)
    depth = positions + vocab  # one dimension per position, then one per piece
    ffn = 8

    spec = transformer_spec.TransformerSpec.from_config(layers, 1)
    eye_pos = np.zeros((depth, depth), np.float32)
    eye_pos[np.arange(positions), np.arange(positions)] = 1.0
    eye_tok = np.zeros((depth, depth), np.float32)
    eye_tok[np.arange(positions, depth), np.arange(positions, depth)] = 1.0
    position_table = np.zeros((positions, depth), np.float32)
    position_table[np.arange(positions), np.arange(positions)] = 1.0

    def norm(layer_norm: object) -> None:
        layer_norm.gamma = np.ones(depth, np.float32)
        layer_norm.beta = np.zeros(depth, np.float32)

    def silent(sublayer: object, fused: int) -> None:
        """A sublayer whose output projection is zero: it computes, and adds nothing."""
        norm(sublayer.layer_norm)
        sublayer.linear[0].weight = np.zeros((fused * depth, depth), np.float32)
        sublayer.linear[-1].weight = np.zeros((depth, depth), np.float32)

    def silent_ffn(sublayer: object) -> None:
        norm(sublayer.layer_norm)
        sublayer.linear_0.weight = np.zeros((ffn, depth), np.float32)
        sublayer.linear_1.weight = np.zeros((depth, ffn), np.float32)

    encoder, decoder = spec.encoder, spec.decoder
    embeddings = np.zeros((vocab, depth), np.float32)
    embeddings[np.arange(vocab), positions + np.arange(vocab)] = 1.0
    encoder.embeddings[0].weight = embeddings
    encoder.scale_embeddings = False
    encoder.position_encodings.encodings = position_table
    norm(encoder.layer_norm)
    for layer in encoder.layer:
        silent(layer.self_attention, 3)
        silent_ffn(layer.ffn)

    decoder.embeddings.weight = np.zeros((vocab, depth), np.float32)
    decoder.scale_embeddings = False
    decoder.position_encodings.encodings = position_table
    norm(decoder.layer_norm)
    for index, layer in enumerate(decoder.layer):
        silent(layer.self_attention, 3)
        silent_ffn(layer.ffn)
        cross = layer.attention
        norm(cross.layer_norm)
        if index == 0:
            # Queries and keys read the position dimensions: step t attends to source position t.
            cross.linear[0].weight = 4.0 * eye_pos
            cross.linear[1].weight = np.concatenate([eye_pos, eye_tok])
            cross.linear[2].weight = eye_tok.copy()
        else:
            cross.linear[0].weight = np.zeros((depth, depth), np.float32)
            cross.linear[1].weight = np.zeros((2 * depth, depth), np.float32)
            cross.linear[2].weight = np.zeros((depth, depth), np.float32)
    projection = np.zeros((vocab, depth), np.float32)
    projection[mapping, positions + np.arange(vocab)] = 1.0
    decoder.projection.weight = projection

    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.config.add_source_eos = add_source_eos
    spec.config.decoder_start_token = decoder_start_token
    _SpecConverter(spec).convert(str(output_dir), force=True)
    return output_dir


def write_metadata(package_dir: Path, from_code: str, to_code: str, **extra: object) -> None:
    metadata = {
        "package_version": "1.0",
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": from_code,
        "to_code": to_code,
        "to_name": to_code,
        "type": "translate",
        **extra,
    }
    (package_dir / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")


def zip_package(package_dir: Path, archive: Path) -> Path:
    """An .argosmodel: the package folder, zipped with the folder itself at the top."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(package_dir.rglob("*")):
            zf.write(path, path.relative_to(package_dir.parent).as_posix())
    return archive


def build_package(
    workdir: Path,
    corpus: Sequence[str],
    from_code: str,
    to_code: str,
    *,
    shift: int = 1,
    layers: int = 1,
    positions: int = MAX_POSITIONS,
    version: str = "1.0",
    source_prefix: str | None = None,
    target_prefix: str | None = None,
) -> tuple[Path, TinyModel]:
    """Build translate-{from}_{to}.argosmodel in workdir; returns it and what it will answer."""
    name = f"translate-{from_code}_{to_code}-{version}"
    package_dir = workdir / name / name
    symbols = [p for p in (source_prefix, target_prefix) if p]
    sp_model = train_sentencepiece(corpus, workdir / name / "spm" / "sentencepiece", symbols)
    package_dir.mkdir(parents=True, exist_ok=True)
    (package_dir / "sentencepiece.model").write_bytes(sp_model.read_bytes())
    write_copy_model(sp_model, package_dir / "model", shift=shift, layers=layers, positions=positions)
    prefixes = {k: v for k, v in (("source_prefix", source_prefix), ("target_prefix", target_prefix)) if v}
    write_metadata(package_dir, from_code, to_code, package_version=version, **prefixes)
    archive = zip_package(package_dir, workdir / f"{name}.argosmodel")
    return archive, TinyModel(package_dir / "sentencepiece.model", shift)


def build_nllb_like(workdir: Path, corpus: Sequence[str], *, shift: int = 1) -> tuple[Path, Path, TinyModel]:
    """What ct2-transformers-converter makes of NLLB-200, in miniature: a model folder whose
    vocabulary holds FLORES language tokens, which needs the source to end with </s> and starts
    decoding from </s>; plus its SentencePiece model. Returns (model dir, sp model, expectation)."""
    sp_model = train_sentencepiece(corpus, workdir / "nllb-spm" / "sentencepiece", NLLB_CODES)
    model_dir = write_copy_model(
        sp_model, workdir / "nllb-ct2", shift=shift, add_source_eos=False, decoder_start_token="</s>"
    )
    return model_dir, sp_model, TinyModel(sp_model, shift)


NLLB_CODES = ("eng_Latn", "kaz_Cyrl", "rus_Cyrl")
