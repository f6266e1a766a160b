"""Other events named between an act and a time after it, which decide what the time dates.

A frame: an act told as happening during another event (``توقيف 195 شخصا، خلال
المسيرات التي شهدتها العاصمة أمس الجمعة``, arrests during the marches the capital saw
yesterday). The frame event is news of its own, told with a verb of taking place or of
organizing, and its time is the act's time too, not the day the act was announced
(``أعلنت المديرية اليوم السبت``).

A cause: an act done in reaction to another (``مظاهرة … احتجاجا على رسالة … إلى ندوة
أبوجا يوم 28 أكتوبر``): a time told well after the reaction word dates the cause."""
from __future__ import annotations

# "during", "on the sidelines of" (على هامش)
FRAME_WORDS = frozenset({"خلال", "اثناء", "هامش"})
# verbs telling that the frame event took place or was organized
TOOK_PLACE = frozenset({"شهدتها", "شهدها", "جرت", "اندلعت", "اندلع", "دارت", "وقعت",
                        "نظمها", "نظمتها", "نظمه", "نظمته", "نظموها", "نظموه", "نظمت"})
# how many words after the frame word its verb of taking place may stand
TOOK_PLACE_REACH = 4
# words that open another clause between an act and its frame
_OTHER_CLAUSE = frozenset({"فيما", "بينما", "حيث", "ان", "انه", "انها", "بان", "بعد", "قبل",
                           "عقب", "اثر"})


def frame_before(norms: list[str]) -> bool:
    """Do the words between an act and a time after it (``، خلال المسيرات التي شهدتها
    العاصمة``) name the event the act happened during, told as having taken place?"""
    for i, w in enumerate(norms):
        w = w.lstrip("و")
        if w in _OTHER_CLAUSE:
            return False
        if w in FRAME_WORDS:
            return any(x in TOOK_PLACE for x in norms[i + 1:i + 2 + TOOK_PLACE_REACH])
    return False


# adverbials of reaction: a time further than CAUSE_REACH words after them dates the cause
REACTIONS = frozenset({"احتجاجا", "ردا", "تنديدا", "رفضا"})
CAUSE_REACH = 4


def for_cause(norms: list[str], trigger: str) -> bool:
    """Does a time after the words ``norms`` date the cause of the act, named after a
    reaction word (the trigger itself, ``احتجاجا على …``, or one between, ``مظاهرة نظمها
    ناشطون … احتجاجا على رسالة … يوم الاثنين``) more than CAUSE_REACH words before it?"""
    if trigger.lstrip("و") in REACTIONS:
        return len(norms) > CAUSE_REACH
    at = next((i for i, w in enumerate(norms) if w.lstrip("و") in REACTIONS), None)
    return at is not None and len(norms) - at > CAUSE_REACH
