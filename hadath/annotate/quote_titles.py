"""A title with a nisba stands for the earlier person introduced with that nisba.

Arabic news names a person once in full (``وزير الخارجية السوداني علي الصادق``,
``المبعوث الأممي هانس غروندبرغ``, ``نظيره الأردني X``) and then refers back with a
title and the same relational adjective: ``وقال الوزير السوداني``, ``وأكد المسؤول
الأممي``. With two ministers in the story, the title alone (``الوزير``) is ambiguous;
the adjective picks the one it was written with. A generic head (``المسؤول``) needs the
adjective, since it never appears in the first mention.
"""
from __future__ import annotations

from hadath.annotate.quote_clauses import persons_before

# a title that stands for a person named earlier with it: normalized form → bare title
# (normalized: رئيس is رءيس, as hadath.text.normalize writes it)
TITLES = {f"ال{t}": t for t in (
    "وزير", "وزيره", "رءيس", "رءيسه", "سفير", "سفيره", "مبعوث", "مبعوثه", "متحدث", "ناطق",
    "مستشار", "مستشاره", "منسق", "منسقه", "قاءد", "مدير", "مديره", "ناءب", "ملك", "امير",
    "سلطان", "امين", "زعيم", "مفوض", "مفوضه", "ممثل", "ممثله", "عاهل", "ولي")}
BARE_TITLES = frozenset(TITLES.values())
# titles of a man, with or without the article (a feminine verb does not agree with them)
MASCULINE_TITLES = frozenset(t for t in (*TITLES, *BARE_TITLES) if not t.endswith("ه"))
# generic heads that refer back only with an adjective (normalized)
GENERIC_HEADS = frozenset({"المسءول", "المسءوله", "الدبلوماسي", "الدبلوماسيه", "السياسي"})
# words that look like a nisba but are not one a person is introduced with
_NOT_NISBA = frozenset({"الذي", "التي", "الماضي", "الحالي", "الثاني", "الجاري", "الاتي"})


def nisba(word: str) -> bool:
    """A definite relational adjective (``المصري``, ``الأممية``, ``السودانية``)."""
    return word.startswith("ال") and len(word) > 4 and word not in _NOT_NISBA \
        and (word.endswith("ي") or word.endswith("يه"))


def described_person(tokens, owner, i: int, adjective: str) -> str | None:
    """The nearest person before token ``i`` whose introduction, at most six words before
    the name and past no other person, carries ``adjective`` (``المصري`` in ``وزير
    الخارجية المصري X``)."""
    for ent, start in persons_before(owner, i):
        for m in range(start - 1, max(-1, start - 7), -1):
            if tokens[m].sentence != tokens[start].sentence or (
                    owner[m] is not None and owner[m].type == "PER"):
                break
            if tokens[m].norm == adjective:
                return ent.id
    return None


def introduced_otherwise(tokens, owner, i: int, ent_id: str, adjective: str) -> bool:
    """The person ``ent_id`` was introduced before token ``i`` with a nisba other than
    ``adjective`` (``رئيس الوزراء اللبناني X``, then ``قال الرئيس المصري``): the later
    title names someone else."""
    for ent, start in persons_before(owner, i):
        if ent.id != ent_id:
            continue
        for m in range(start - 1, max(-1, start - 7), -1):
            if tokens[m].sentence != tokens[start].sentence or owner[m] is not None:
                break
            if nisba(tokens[m].norm) and tokens[m].norm != adjective:
                return True
        return False
    return False
