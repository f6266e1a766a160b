"""Six ways wire copy words a demand that the generic rules read wrongly.

- A demand made in a letter: ``بعث وزير الخارجية بخطاب إلى رئيس مجلس الأمن طالب فيه
  بعقد جلسة``, ``وجه الرئيس رسالة إلى الأمين العام دعا فيها إلى …``. The verb has no
  object of its own: ``فيه``/``فيها`` points back to the letter, and the one asked is
  the letter's addressee after ``إلى``, not the nearest actor after the verb.
- A call on one's own citizens: ``دعت الكويت رعاياها في العراق إلى المغادرة``. The
  ones asked are the caller's own people, not the country they are in.
- The subject of a request granted, past an exception: ``أعلنت السعودية ودول المجلس،
  عدا سلطنة عمان، الاستجابة لطلب هادي``: the ones asked are those named before ``عدا``
  / ``باستثناء``, not the one left out.
- A call joined by و to a clause with its own subject: ``نفت الخارجية التركية مسؤولية
  قواتها، ودعت السلطات العراقية إلى …``, ``اعتبرت حماس أنها خطيئة، وطالبت الرباط
  بالتراجع``. The actor right after the joined verb and right before its complement is
  the one asked; the caller is the subject of the clause before.
- A demand made at a meeting just told: ``استقبل المشاط السفير السعودي …، حيث طالب
  بـ"رفع الحصار"``. With no object of its own, it is aimed at the one met.
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
from hadath.text.segment import punctuated

# the pronoun that points back to the letter (طالب فيه, دعا فيها)
_IN_IT = frozenset({"فيه", "فيها"})
# letter nouns, as written after normalization, with a joined ب (بعث برسالة, بخطاب)
_LETTERS = frozenset({"رساله", "خطاب", "خطابا", "برقيه", "مذكره", "كتاب", "كتابا", "مراسله"})
# how many words before the verb the letter may stand (its addressee's title between)
LETTER_REACH = 16
# masdars that a feminine participle of the same verb is spelt like
_PARTICIPLE_SPELLING = frozenset({"مطالبه", "مناشده"})
_COMMAS = ("،", ",")
# "where", "during it": what follows is said at the meeting just told
_WHERE = frozenset({"حيث", "خلاله", "خلالها"})
# exceptions (عدا سلطنة عمان, باستثناء قطر)
_EXCEPT = frozenset({"عدا", "باستثناء", "خلا", "ماعدا"})
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


def excepted(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
             roles: Roles) -> Roles | None:
    """Roles aimed at the actors named before an exception (``عدا``, ``باستثناء``) when
    the subject found for a granted request is the one left out; ``None`` otherwise."""
    asked = roles.targets
    if "swap" not in hit.entry.flags or asked is None or asked.first == 0 \
            or tokens[asked.first - 1].norm.lstrip("و") not in _EXCEPT:
        return None
    before = next((p for p in reversed(groups) if p.last < asked.first - 1 and p.prep is None
                   and p.members[0].key), None)
    return Roles(roles.source, before, roles.how) if before is not None else None


def joined_caller(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                  roles: Roles) -> Roles | None:
    """Roles with the subject of the clause before as the caller and the actor after the
    joined verb as the one asked; ``None`` when the call is not so joined."""
    asked, t0 = roles.source, hit.first
    if hit.entry.type != "REQUEST" or hit.entry.form != "v" or roles.how != "vso" \
            or asked is None or asked.first != t0 + 1 or t0 == 0 \
            or not tokens[t0].norm.startswith("و") or not punctuated(tokens, t0 - 1) \
            or asked.last + 1 >= len(tokens) or not _complement(tokens[asked.last + 1].norm):
        return None
    keys = {m.key for m in asked.members}
    caller = next((p for p in reversed(groups) if p.last < t0 and p.prep is None
                   and p.kind != "adjective" and p.members[0].key), None)
    if caller is None or caller.members[0].key in keys:
        return None
    return Roles(caller, asked, "coordinated")


def at_meeting(tokens: list[Token], hit: TriggerHit, prev: tuple[TriggerHit, Roles] | None,
               roles: Roles) -> Roles | None:
    """Roles aimed at the one met when a call right after ``حيث``/``خلاله`` follows a
    meeting and has no object of its own; ``None`` otherwise."""
    if prev is None or hit.entry.type != "REQUEST" or hit.first == 0 \
            or tokens[hit.first - 1].norm.lstrip("و") not in _WHERE:
        return None
    meeting, met = prev
    if meeting.entry.type != "CONSULT" or met.source is None or met.targets is None \
            or hit.last + 1 >= len(tokens) or not _complement(tokens[hit.last + 1].norm) \
            and hit.entry.words[-1] not in ("الي", "علي"):
        return None
    caller = roles.source or met.source
    key = caller.members[0].key
    if key == met.source.members[0].key:
        return Roles(caller, met.targets, "meeting")
    if key in {m.key for m in met.targets.members}:
        return Roles(caller, met.source, "meeting")     # استقبل: the host asks its guests
    return None


def _complement(norm: str) -> bool:
    """Does the word open what is asked (``إلى``, ``على``, a masdar with ``ب``)?"""
    return norm in ("الي", "علي", "ب") or norm.startswith("ب") and len(norm) > 3


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
