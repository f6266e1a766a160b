"""Facility names built on a place name: ``مطار دمشق الدولي``, ``معبر رفح``, ``سجن كوبر``.

GUIDELINES (dev/README.md) keep a facility's head noun in the mention, so ``مطار
صنعاء`` is one LOC mention, not ``صنعاء``. ``hadath/data/facilities.tsv`` lists the
head nouns, the entity type they give (``جامعة`` makes an ORG) and English name
templates, optionally by a following adjective (``الدولي`` → "… International
Airport"). The place inside gives the facility its country.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hadath.lexicons.tsv import DATA_DIR, LexiconError, read_tsv
from hadath.text.normalize import normalize_ar

FACILITY_COLUMNS = ("head", "type", "name_en", "with_adjective")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


@dataclass(frozen=True, slots=True)
class FacilityHead:
    head: str  # normalized head noun
    type: str
    name_en: str  # template with {name}
    adjectives: tuple[tuple[str, str], ...]  # (normalized adjective, name template)


@dataclass(frozen=True, slots=True)
class Facility:
    start: int  # normalized offsets of the whole facility name
    end: int
    head: FacilityHead
    name_en_template: str


@lru_cache(maxsize=2)
def load_facility_heads(path: str | None = None) -> dict[str, FacilityHead]:
    """Head noun (normalized) → its row in ``facilities.tsv``, read once per process."""
    src = Path(path) if path else DATA_DIR / "facilities.tsv"
    heads = {}
    for lineno, row in read_tsv(src, FACILITY_COLUMNS):
        if row["type"] not in ("LOC", "ORG"):
            raise LexiconError(f"{src}:{lineno}: type must be LOC or ORG")
        adjectives = []
        for part in filter(None, row["with_adjective"].split("|")):
            adj, _, template = part.partition("=")
            adjectives.append((normalize_ar(adj.strip()), template.strip()))
        head = normalize_ar(row["head"])
        heads[head] = FacilityHead(head, row["type"], row["name_en"], tuple(adjectives))
    return heads


def facility_around(norm: str, start: int, end: int,
                    heads: dict[str, FacilityHead]) -> Facility | None:
    """The facility whose head noun stands right before the name at [start, end)."""
    if start < 2 or norm[start - 1] != " ":
        return None
    p = start - 1
    while p > 0 and _is_word(norm[p - 1]):
        p -= 1
    word = norm[p:start - 1]
    for pre in _PROCLITICS:
        head = heads.get(word[len(pre):]) if word.startswith(pre) else None
        if head is not None:
            break
    else:
        return None
    template, stop = head.name_en, end
    for adj, adj_template in head.adjectives:
        after = end + 1 + len(adj)
        if norm.startswith(" " + adj, end) and (after >= len(norm) or not _is_word(norm[after])):
            template, stop = adj_template, after
            break
    return Facility(p + len(pre), stop, head, template)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# ريف حلب الغربي: a direction after a countryside is part of its name
_DIRECTIONS = {"الشمالي": "Northern", "الجنوبي": "Southern", "الشرقي": "Eastern",
               "الغربي": "Western"}


def countryside_side(norm: str, start: int, end: int) -> tuple[int, str] | None:
    """(new end, English direction) when the place ``ريف X`` at [start, end) goes on
    with a direction (``ريف حلب الغربي``), else None."""
    if not norm.startswith("ريف ", start):
        return None
    found = None
    for word, english in _DIRECTIONS.items():
        after = end + 1 + len(word)
        if norm.startswith(" " + word, end) and (after >= len(norm) or not _is_word(norm[after])):
            found = (after, english)
    if found and found[1] in ("Northern", "Southern"):  # ريف حلب الشمالي الشرقي
        second = countryside_side(norm, start, found[0])
        if second and second[1] in ("Eastern", "Western"):
            return second[0], found[1][:5] + second[1].lower()[:4] + "ern"
    return found
