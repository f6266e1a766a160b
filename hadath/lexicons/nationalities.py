"""Nationality adjectives → country: one table, ``hadath/data/nationalities.tsv``.

Every form of each adjective is listed (``السوري``, ``السورية``, ``سوريون`` …) with its
grammar (``m.sg.def``, ``f.sg.def`` …). The events stage reads it for actors; the lexicon
build takes its feminine definite forms to name ministries (``وزارة الدفاع التركية``);
the entity and roles stages read a person's or a ministry's country from it. One table,
so a country added for one stage is known to all.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hadath.lexicons.tsv import DATA_DIR, LexiconError
from hadath.text.normalize import normalize_ar

NATIONALITY_COLUMNS = ("form", "country", "grammar")
# the forms that follow a definite noun: وزير الخارجية السوري، وزارة الدفاع التركية
DEFINITE_SINGULAR = ("m.sg.def", "f.sg.def")


@dataclass(frozen=True, slots=True)
class Nationality:
    form: str      # as written in the table (``الأمريكية``)
    country: str   # ISO 3166-1 alpha-3, or an org id (EU, AU)
    grammar: str   # ``f.sg.def`` …


@lru_cache(maxsize=2)
def load_nationalities(path: str | None = None) -> tuple[Nationality, ...]:
    """Every row of the table, in file order (read once per process)."""
    src = Path(path) if path else DATA_DIR / "nationalities.tsv"
    lines = [ln for ln in src.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]  # the table opens with comments
    if tuple(lines[0].split("\t")[:3]) != NATIONALITY_COLUMNS if lines else True:
        raise LexiconError(f"{src}: header must be {'/'.join(NATIONALITY_COLUMNS)}")
    out = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) < 3 or not all(c.strip() for c in cells[:3]):
            raise LexiconError(f"{src}: row {n} needs form, country and grammar: {line!r}")
        out.append(Nationality(*(c.strip() for c in cells[:3])))
    return tuple(out)


def feminine_forms() -> dict[str, list[str]]:
    """Country → its feminine definite adjectives, in table order (``USA`` →
    ``["الأمريكية", "الأميركية"]``)."""
    out: dict[str, list[str]] = {}
    for n in load_nationalities():
        if n.grammar == "f.sg.def":
            out.setdefault(n.country, []).append(n.form)
    return out


@lru_cache(maxsize=1)
def definite_adjectives() -> dict[str, str]:
    """Normalized definite singular adjective (either gender) → country."""
    return {normalize_ar(n.form): n.country for n in load_nationalities()
            if n.grammar in DEFINITE_SINGULAR}


@lru_cache(maxsize=1)
def _after_agent_table() -> tuple[dict[str, str], frozenset[tuple[str, ...]]]:
    """(normalized adjective → country, normalized agent phrases that may precede it)."""
    forms = {normalize_ar(n.form): n.country
             for n in load_nationalities(str(DATA_DIR / "nationalities_after_agent.tsv"))
             if n.grammar in DEFINITE_SINGULAR}
    heads = set()
    for name in ("agents.tsv", "office_titles.tsv"):  # first column, after the header
        lines = [ln for ln in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
        heads.update(tuple(normalize_ar(ln.split("\t")[0]).split()) for ln in lines[1:])
    return forms, frozenset(heads)


def adjective_after_agent(words: list[str], i: int) -> str | None:
    """The country of ``words[i]`` (normalized) when it is a nationality adjective that
    is also a common word (``المالي``) and follows an agent of state or an office title
    (``الجيش المالي``, ``وزير الخارجية المالي``); else None (``الدعم المالي``)."""
    forms, heads = _after_agent_table()
    country = forms.get(words[i]) if 0 <= i < len(words) else None
    if country is None:
        return None
    for n in range(1, 5):
        if i - n >= 0 and tuple(words[i - n:i]) in heads:
            return country
    return None
