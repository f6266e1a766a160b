"""Aid told by what carries it: a loaded vehicle or an airdrop.

``وصلت إلى بيروت طائرة كويتية محملة بالمساعدات``, ``قافلة سعودية تضم 40 شاحنة محملة
بالمواد الغذائية``, ``طائرتان مصريتان تحملان 40 طنا من المساعدات``: the giver is the
nationality or owner named on the vehicle, between it and the load (``تابعة للقوة الجوية
الكويتية``), not the subject of ``وصلت``; the receiver is where it goes (``إلى بيروت``).
``نفذ الجيش الأردني إنزالات جوية لمساعدات على غزة``: the giver is the subject before the
airdrop (partners after ``بمشاركة طائرات من`` give with it), the receiver the place it falls on
(``على``, ``فوق``). ``عبرت قافلة أممية من عشر شاحنات … نحو إدلب``: a convoy of trucks
is aid from the owner named on it, or from the subject that sent it, to where it heads;
a military convoy (``قافلة عسكرية``) is none. The generic rules take the first actor of
the sentence instead.
"""
from __future__ import annotations

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Token

# the first word of a carrier trigger (triggers.tsv): loaded, carrying, airdrop
_LOADED = ("محمله", "تحمل")
_AIRDROP = ("انزال", "انزالا", "انزالات")
_CONVOY = ("قافله", "قوافل")
_TOWARD = frozenset({"الي", "نحو", "باتجاه", "اتجاه"})
# the verbs that send a convoy (أرسلت مصر قافلة, سيّر المركز قافلة), and their reach
_SENDING = frozenset({"ارسل", "ارسلت", "سير", "سيرت", "بعث", "بعثت", "ترسل", "يرسل"})
SENDER_REACH = 4
OWNER_REACH = 6     # words between the vehicle's owner and its load (تابعة للقوة الجوية …)
_DROPPED_ON = frozenset({"علي", "فوق", "الي", "في"})
_OWNER_PREPS = frozenset({None, "ل"})


def carrier_roles(toks: list[Token], hit: TriggerHit, groups: list[Phrase],
                  roles: Roles) -> Roles | None:
    """The giver and receiver of aid a vehicle carries or an airdrop drops."""
    if hit.entry.type != "AID" or not hit.entry.words:
        return None
    head = hit.entry.words[0]
    if head in _LOADED:
        owner = next((p for p in reversed(groups) if p.last < hit.first
                      and hit.first - p.last <= OWNER_REACH and p.prep in _OWNER_PREPS
                      and p.members[0].key), None)
        if owner is None:
            return None
        dest = next((p for p in groups if p.prep == "الي" and p.members[0].key
                     and p.members[0].key != owner.members[0].key), None)
        return Roles(owner, dest or roles.targets, "carrier")
    if head in _AIRDROP:
        giver = next((p for p in reversed(groups) if p.last < hit.first and p.prep is None
                      and p.members[0].key), None)
        place = next((p for p in groups if p.first > hit.first and p.members[0].key
                      and (p.prep in _DROPPED_ON
                           or toks[p.first - 1].norm in _DROPPED_ON)), None)
        if giver is None and place is None:
            return None
        if giver is not None and place is not None \
                and giver.members[0].key == place.members[0].key:
            place = None
        return Roles(giver or roles.source, place, "carrier")
    if head in _CONVOY:
        owner = next((p for p in groups if hit.first < p.first <= hit.last + 1
                      and p.prep in _OWNER_PREPS and p.members[0].key), None)
        sent = any(toks[k].norm.lstrip("و") in _SENDING
                   for k in range(max(0, hit.first - SENDER_REACH), hit.first))
        giver = owner or (roles.source if sent else None)
        dest = next((p for p in groups if p.first > hit.first and p.members[0].key
                     and (p.prep in _TOWARD or toks[p.first - 1].norm in _TOWARD)
                     and (giver is None or p.members[0].key != giver.members[0].key)), None)
        if giver is None or (dest is None and not sent):
            return Roles(None, None, "carrier")    # whose, or for whom, is not told
        return Roles(giver, dest or roles.targets, "carrier")
    return None


def military_convoy(toks: list[Token], hit: TriggerHit) -> bool:
    """``قافلة عسكرية تركية تضم 30 شاحنة``: a convoy of troops or arms is no aid."""
    return hit.entry.type == "AID" and hit.entry.words[:1] in (("قافله",), ("قوافل",)) \
        and hit.first + 1 < len(toks) and toks[hit.first + 1].norm.startswith("عسكري")
