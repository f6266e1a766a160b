"""A city named as its governorate: ``في محافظة إدلب`` is Idlib Governorate, not the city.

Many provinces of Syria, Iraq, Yemen, Jordan, Palestine and Egypt share their capital's
name, and the lexicons know the city. After the word for governorate (``محافظة``,
``بمحافظة``, the dual ``محافظتي``, the plural ``محافظات``), and further on in the list
it opens (``محافظتي درعا والسويداء``), the mention names the province, whose Wikipedia
title the gold uses ("Daraa Governorate"). The table ``hadath/data/governorates.tsv``
holds (name, English name, country); a row applies only to an entity of its country.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from hadath.lexicons.tsv import DATA_DIR, read_tsv
from hadath.model import Entity
from hadath.text.normalize import normalize_ar

# the governorate word right before a name, with its clitics (normalized text)
_HEAD = re.compile(r"(?:^|\s)[وفبل]{0,2}(?:محافظه|محافظتي|محافظات)\s+$")
# between two names of one list
_LIST_GAP = re.compile(r"^\s*(?:،\s*)?و?$")


@lru_cache(maxsize=1)
def governorates() -> dict[tuple[str, str], str]:
    """(normalized name, country) → the governorate's English name."""
    return {(normalize_ar(r["name"]), r["country"]): r["name_en"]
            for _, r in read_tsv(DATA_DIR / "governorates.tsv", ("name", "name_en", "country"))}


def as_governorates(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with a city named after ``محافظة`` renamed as its governorate."""
    table = governorates()
    places = sorted(((m, e) for e in entities if e.type == "LOC" for m in e.mentions),
                    key=lambda me: me[0].start)
    renamed: dict[str, str] = {}
    prev_end, prev_marked = -1, False
    for m, e in places:
        before = normalize_ar(text[max(0, m.start - 20):m.start])
        marked = _HEAD.search(before) is not None or (
            prev_marked and prev_end >= 0 and _LIST_GAP.match(text[prev_end:m.start]) is not None)
        name_en = table.get((normalize_ar(m.text), e.country or "")) if marked else None
        if name_en is not None:
            renamed[e.id] = name_en
        prev_end, prev_marked = m.end, marked
    return [replace(e, name_en=renamed[e.id]) if e.id in renamed else e for e in entities]
