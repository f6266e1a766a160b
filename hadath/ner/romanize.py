"""English spelling of a person's name found only by the model: ``خالد منصور`` → ``Khalid Mansour``.

Uses ``arabic-name-romanizer`` (MIT; dictionary of ~60k attested spellings from
Wikidata and the Algerian Name Transcription Corpus, CC0, with a small ONNX fallback
for unseen parts), an optional dependency in the ``ner`` extra. Without it, model-only
persons get no English name (``None``) rather than a made-up one.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _backend():
    """The package's transliterator with its ONNX model on one thread: by default ONNX
    Runtime keeps a pool of spinning threads that would take the other core from a
    second worker process (measured: one batch worker burned 1.7 cores)."""
    try:
        from arabic_name_romanizer import api
        from arabic_name_romanizer.inference import OnnxModel
    except ImportError:
        return None
    try:
        model = OnnxModel(api.default_resources_dir(), intra_op_threads=1)
    except Exception:  # model files missing or unreadable: dictionary and rules only
        return api.Transliterator(auto_load_model=False).transliterate
    return api.Transliterator(model=model).transliterate


@lru_cache(maxsize=8192)
def romanize_person(name: str) -> str | None:
    """The most common Latin spelling of an Arabic person name, or None."""
    translit = _backend()
    if translit is None or not name.strip():
        return None
    try:
        out = translit(name)
    except Exception:  # a name the package cannot handle must not stop the pipeline
        return None
    out = out if isinstance(out, str) else getattr(out, "text", None)
    return out or None
