"""Acts aimed at an attack told before: the doer the coder remembers for each attack.

A condemnation of ``العدوان``, help given ``للعملية``, or a demand ``بوقف الغارات`` names
no party: the party is whoever carried out the attack the story told before. The coder
notes each attack it codes (:func:`noted_attack`, :func:`named_attacker`) in the
article's :class:`~hadath.events.discourse.ArticleState`; :func:`backed_attack` and
:func:`halted_attack` read it back.
"""
from __future__ import annotations

from hadath.events.discourse import ArticleState, recalled
from hadath.events.phrases import Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Event, Token


def noted_attack(state: ArticleState, ev: Event, form: str = "") -> None:
    """An attack with no doer makes the story's attack unclaimed; one by a known side on
    another claims it (clashes of a state with its own protesters do not)."""
    if ev.type != "ASSAULT":
        return
    if ev.source is None:
        # ارتفع عدد الشهداء جراء العدوان الذي شنته قوات الاحتلال … إلى 11 شهيدا: the dead
        # (a passive count) of an attack whose doer the same sentence names leave it claimed
        if state.claimed_in != ev.sentence or form != "p":
            state.unclaimed = True
    elif ev.target and ev.source.key and ev.target[0].key != ev.source.key:
        state.unclaimed = False
        state.claimed_in = ev.sentence


_NAMED_BY = frozenset({"genitive", "vso", "svo", "passive"})


def named_attacker(state: ArticleState, hit: TriggerHit, roles: Roles) -> None:
    """Remember the doer an attack's own words name (``الاعتداء الذي نفذته طائرة مسيرة
    تركية``), even when the attack is told only as the reason for another act: a later
    ``أدان … الهجوم`` means it."""
    if hit.entry.type == "ASSAULT" and roles.source is not None and roles.how in _NAMED_BY \
            and roles.source.members[0].key:
        state.named_attacker = roles.source.members[0].actor


# an operation or a strike as the object of help (دعما لوجستيا للعملية)
_OPERATIONS = frozenset({"للعمليه", "للعمليات", "للضربات", "للضربه", "للغارات", "للهجوم",
                         "للهجمات", "للحمله"})
# the same nouns in construct with their doer (دعما لعمليات التحالف): only a fighting
# force as the second term makes them attacks, not ``لعملية السلام``
_OPERATIONS_OF = frozenset({"لعمليه", "لعمليات", "لضربات", "لغارات", "لهجمات", "لحمله"})
_FORCES = frozenset({"التحالف", "الجيش", "القوات", "قوات", "سلاح", "الطيران", "الحلف",
                     "البحريه"})
# the strikes a welcome names (رحب بالضربات, أشاد بالعملية العسكرية)
_WELCOMED = frozenset({"بالعمليه", "بالعمليات", "بالضربات", "بالضربه", "بالغارات"})
BACKED_REACH = 4


def backed_attack(toks: list[Token], hit: TriggerHit, state: ArticleState,
                  source: Actor | None = None, named_to: int = -1) -> list[Actor]:
    """``وقدمت أستراليا وكندا دعما لوجستيا للعملية``, ``رحب بارزاني بالضربات``: help given
    to an attack, or a welcome of it, goes to its doer, not to the country attacked; of
    several doers, to the first named (the one that leads it). One backs no attack on
    itself: when the last attack hit the backer, the one before it is meant. The
    backer's name after the verb (``named_to``) costs nothing."""
    if hit.entry.type not in ("AID", "SUPPORT") or state.attacker is None:
        return []
    start = max(hit.last, named_to) + 1
    nxt = toks[start:start + BACKED_REACH + 1]
    if not any(t.norm in _OPERATIONS
               or t.norm in _OPERATIONS_OF and k + 1 < len(nxt) and nxt[k + 1].norm in _FORCES
               or hit.entry.type == "SUPPORT" and t.norm.lstrip("و") in _WELCOMED
               for k, t in enumerate(nxt[:BACKED_REACH])):
        return []
    attacker = state.attacker
    if source is not None and source.key and (attacker.key == source.key or any(
            d is attacker and source.key in hit_keys for d, hit_keys, _ in state.attacks[-1:])):
        attacker = state.other_attacker(source, spared=True)
        return [attacker] if attacker is not None else []
    return state.blamed(attacker)[:1]


# a halt (الوقف الفوري, بوقف) and the attacks it would halt (للغارات, العمليات العسكرية)
_HALTS = frozenset({"وقف", "الوقف", "ايقاف", "الايقاف"})
_HALTED = frozenset({"الغارات", "الغاره", "الضربات", "القصف", "الهجمات", "الهجوم",
                     "الاعتداءات", "العدوان", "العمليات", "العمليه", "الانتهاكات"})
# a halt of "it" (مطالبة بوقفها): the attack the sentence named before
_HALT_IT = frozenset({"وقفها", "وقفه", "ايقافها", "ايقافه"})
HALT_REACH = 10     # past a speaker named between: وطالبت على لسان المتحدثة باسم …


def halted_attack(toks: list[Token], hit: TriggerHit, state: ArticleState) -> list[Actor]:
    """``وطالبت بالوقف الفوري للغارات``: a demand that attacks stop is made of the one who
    attacks, not of the country attacked: the story's attacker, or in a sentence that
    recalls the past (``وكانت الجماعة قد أطلقت …، قبل أن يطالب مجلس الأمن بوقف الهجمات``)
    the doer of the attack it recalls; of several doers, the first named."""
    attacker = state.named_attacker if recalled(toks) and state.named_attacker \
        else state.attacker
    if hit.entry.type != "REQUEST" or attacker is None:
        return []
    words = [_bare(t.norm) for t in toks[hit.last + 1:hit.last + 4 + HALT_REACH]]
    at = next((n for n, w in enumerate(words[:HALT_REACH]) if w in _HALTS), None)
    if at is None or not any(w in _HALTED for w in words[at + 1:at + 4]):
        if not _halts_it(toks, hit):
            return []
    return state.blamed(attacker)[:1]


def _halts_it(toks: list[Token], hit: TriggerHit) -> bool:
    """``دانت إيران العملية …، مطالبة بوقفها فورا``: a demand to halt "it" right after the
    demand word, where the same sentence named an attack before the demand."""
    nxt = toks[hit.last + 1:hit.last + 3]
    if not any(_halt_it(t.norm) for t in nxt):
        return False
    return any(_bare(t.norm) in _HALTED for t in toks[:hit.first])


def _halt_it(word: str) -> bool:
    """``بوقفها``, ``لوقفه``, ``وقفها`` (the و of ``وقف`` is its root's)."""
    word = word.strip('"«»“”ـ')
    return any(word.startswith(c) and word[len(c):] in _HALT_IT for c in ("", "ب", "ل", "وب", "ول"))


def _bare(word: str) -> str:
    """A word without its quotes and proclitics: ``بـ"الوقف`` → ``الوقف``, ``لوقف`` →
    ``وقف``, ``للغارات`` → ``الغارات`` (the و of ``وقف`` is its root's)."""
    word = word.strip('"«»“”ـ')
    for clitics in ("", "و", "ب", "ل", "وب", "ول"):
        if word.startswith(clitics) and word[len(clitics):] in _HALTS:
            return word[len(clitics):]
    word = word[1:] if word.startswith("و") else word
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word[:1] in ("ب", "ل") and word[1:3] == "ال":
        return word[1:]
    return word
