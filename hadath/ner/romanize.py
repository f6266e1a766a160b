"""English spelling of a person's name found only by the model: ``خالد منصور`` → ``Khalid Mansour``.

Uses ``arabic-name-romanizer`` (MIT; dictionary of ~60k attested spellings from
Wikidata and the Algerian Name Transcription Corpus, CC0, with a small ONNX fallback
for unseen parts), an optional dependency in the ``ner`` extra. Without it, model-only
persons get no English name (``None``) rather than a made-up one.

The spelling of one Arabic name differs by country: ``رمضان`` is *Romdhane* in Tunisia
and *Ramadan* in Egypt, ``الشناوي`` *El Shenawy* in Egypt and *Chennaoui* in Morocco,
``كاظم`` *Kazem* in Iran and *Kadhim* in Iraq. The package ranks its attested spellings
by the country it is given (ISO 3166 alpha-2), so the caller passes the person's country
when it knows it (the title before the name: ``hadath.annotate.roles``), else the
country of the article's dateline, taken only for names attested there.
"""
from __future__ import annotations

from functools import lru_cache

# ISO3 → the package's ISO2 codes: the countries whose spelling conventions it knows
# (Maghreb, Mashriq and the Persian-script ones); any other country gives no hint
_PACKAGE_COUNTRIES = {
    "DZA": "DZ", "MAR": "MA", "TUN": "TN", "MRT": "MR", "EGY": "EG", "SAU": "SA", "ARE": "AE",
    "QAT": "QA", "KWT": "KW", "BHR": "BH", "OMN": "OM", "YEM": "YE", "IRQ": "IQ", "JOR": "JO",
    "PSE": "PS", "SYR": "SY", "LBN": "LB", "SDN": "SD", "LBY": "LY", "SOM": "SO", "DJI": "DJ",
    "COM": "KM", "AFG": "AF", "IRN": "IR", "PAK": "PK"}


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


def spelling_country(country: str | None) -> str | None:
    """The package's code for an ISO3 country whose spelling it knows, else None."""
    return _PACKAGE_COUNTRIES.get(country or "")


@lru_cache(maxsize=8192)
def attested_spelling(name: str, home: str) -> str | None:
    """The spelling of ``name`` used in ``home`` (ISO3) when every part of the name is
    attested there in the package's dictionary (``رمضان بن عمر`` in Tunisia: Romdhane),
    else None: a part it would have to guess (``لورانس``) says the name is foreign."""
    translit = _backend()
    code = spelling_country(home)
    if translit is None or code is None or not name.strip():
        return None
    try:
        best = translit(name, top_k=2, country=code)
    except Exception:  # a name the package cannot handle must not stop the pipeline
        return None
    if best and best[0].source == "dictionary":
        return best[0].text or None
    return None


@lru_cache(maxsize=8192)
def romanize_person(name: str, country: str | None = None,
                    home: str | None = None) -> str | None:
    """The most common Latin spelling of an Arabic person name, or None.

    ``country`` (ISO3) is the person's: its spellings rank first. ``home`` is the
    country the article is written from (its dateline), a weaker hint, taken only for a
    name attested there (:func:`attested_spelling`)."""
    translit = _backend()
    if translit is None or not name.strip():
        return None
    if country is None and home is not None:
        local = attested_spelling(name, home)
        if local is not None:
            return local
    try:
        out = translit(name, country=spelling_country(country))
    except Exception:  # a name the package cannot handle must not stop the pipeline
        return None
    out = out if isinstance(out, str) else getattr(out, "text", None)
    return out or None
