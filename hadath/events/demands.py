"""Three ways wire copy words a demand that the generic rules read wrongly.

- A demand made in a letter: ``بعث وزير الخارجية بخطاب إلى رئيس مجلس الأمن طالب فيه
  بعقد جلسة``, ``وجه الرئيس رسالة إلى الأمين العام دعا فيها إلى …``. The verb has no
  object of its own: ``فيه``/``فيها`` points back to the letter, and the one asked is
  the letter's addressee after ``إلى``, not the nearest actor after the verb.
- A call on one's own citizens: ``دعت الكويت رعاياها في العراق إلى المغادرة``. The
  ones asked are the caller's own people, not the country they are in.
- A feminine participle spelt like its masdar: ``قالت الأمم المتحدة إن الوضع خطير،
  مطالبةً الجيش بفتح ممرات``. Unvowelled, مطالِبة (demanding) and مطالَبة (a demand) are
  one word; right after a comma, bare (no article, no preposition, no pronoun), it opens
  a circumstantial clause whose subject is the sentence's subject, as ``مطالبا`` does.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# the pronoun that points back to the letter (طالب فيه, دعا فيها)
_IN_IT = frozenset({"فيه", "فيها"})
# letter nouns, as written after normalization, with a joined ب (بعث برسالة, بخطاب)
_LETTERS = frozenset({"رساله", "خطاب", "خطابا", "برقيه", "مذكره", "كتاب", "كتابا", "مراسله"})
# how many words before the verb the letter may stand (its addressee's title between)
LETTER_REACH = 16
# masdars that a feminine participle of the same verb is spelt like
_PARTICIPLE_SPELLING = frozenset({"مطالبه", "مناشده"})
_COMMAS = ("،", ",")
# one's own citizens, as the object of a call (دعت الكويت رعاياها, تهيب بالمواطنين)
_OWN_PEOPLE = frozenset({"مواطنيها", "مواطنيه", "مواطنيهم", "مواطنينا", "رعاياها", "رعاياه",
                         "رعاياهم", "رعايانا", "المواطنين", "بالمواطنين", "الرعايا", "بالرعايا",
                         "جاليتها", "جاليته", "بمواطنيها", "برعاياها"})


def letter_addressee(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                     roles: Roles) -> Roles | None:
    """Roles aimed at the addressee of the letter the demand was made in, or ``None``
    when the verb is not followed by ``فيه``/``فيها`` or no letter to someone precedes."""
    if hit.entry.type != "REQUEST" or hit.last + 1 >= len(tokens) \
            or tokens[hit.last + 1].norm not in _IN_IT:
        return None
    letter = next((i for i in range(hit.first - 1, max(-1, hit.first - LETTER_REACH), -1)
                   if _is_letter(tokens[i].norm)), None)
    if letter is None:
        return None
    addressee = next((p for p in groups if letter < p.first < hit.first and p.prep == "الي"
                      and p.members[0].key), None)
    # the sender is the subject of the verb that sent the letter (بعث الوزير برسالة),
    # not an actor named in what the letter asks (بالتصدي لانتهاكات البوليساريو)
    sender = next((p for p in reversed(groups) if p.last < letter and p.prep is None
                   and p.members[0].key), None)
    source = sender or roles.source
    if addressee is None or source is not None and any(
            m.key == addressee.members[0].key for m in source.members):
        return None
    return Roles(source, addressee, "letter")


def own_people(tokens: list[Token], hit: TriggerHit, roles: Roles) -> Roles | None:
    """Roles aimed at the caller itself when what it calls on, the word right after the
    verb or after its subject, is its own citizens; ``None`` otherwise."""
    if hit.entry.type != "REQUEST" or roles.source is None:
        return None
    for i in (hit.first + 1, roles.source.last + 1):
        if i < len(tokens) and tokens[i].norm in _OWN_PEOPLE:
            return Roles(roles.source, roles.source, "own people")
    return None


def _is_letter(norm: str) -> bool:
    word = norm[1:] if norm[:1] in ("و", "ب") and norm[1:] in _LETTERS else norm
    return word in _LETTERS


def participle_reading(text: str, tokens: list[Token], hit: TriggerHit) -> TriggerHit:
    """``hit`` read as a participle when it is a bare ``مطالبة``/``مناشدة`` right after
    a comma; otherwise ``hit`` unchanged."""
    t0 = hit.first
    if hit.entry.form != "n" or hit.entry.words != (tokens[t0].norm,) \
            or tokens[t0].norm not in _PARTICIPLE_SPELLING or "participle" in hit.entry.flags \
            or t0 == 0 or not text[tokens[t0 - 1].end:tokens[t0].start].strip().startswith(_COMMAS):
        return hit
    return replace(hit, entry=replace(hit.entry, flags=hit.entry.flags | {"participle"}))
