"""Who attacks whom where Arabic news leaves the grammar of the act unhelpful.

The doer:
- ``شنت مقاتلات وسفن حربية أمريكية وبريطانية، فجر أمس، سلسلة غارات``: a list of arms
  shares the nationality adjectives after it (:func:`armed_lists`), and a light verb far
  before an attack masdar gives it its subject (:func:`light_verb_doer`);
- ``قصفت المدفعية الإسرائيلية`` read as the masdar ``قصف مدفعي``: the arms are the doer
  (in :func:`hadath.events.assign.assign`); ``وشنت مسيرة إسرائيلية غارة``: an adjective
  inside the light verb's gap is (:func:`gap_doer`);
- ``هجمات الجماعة ضد السفن``: the genitive before ``ضد``/``على`` (:func:`agent_genitive`);
- ``قذيفة أطلقت من الجانب الإسرائيلي``, ``صواريخ أطلقت من عفرين``, ``من قبل``/``على يد``
  (:func:`fired_from`); a news outlet that tells the attack is no doer (:data:`TOLD`);
- ``العدوان الأمريكي البريطاني``: two adjectives side by side are one side
  (:func:`joint_adjectives`).

The victim:
- ``تعرض موقع للقوة لقصف من الجانب الإسرائيلي``, ``نجا الوزير من محاولة اغتيال``: the
  subject of تعرض/نجا (:func:`undergone`);
- the ship hit rather than the coast, ships at sea, troops at a base, and one act told
  twice: :mod:`hadath.events.aims`;
- a threat naming no one is aimed at the doer of the attack it answers
  (:func:`threat_object`; more in :mod:`hadath.events.threats`).

Clashes between sides nobody names are in :mod:`hadath.events.clashes`.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.aims import coast_target, hosted_troops, relative_target, seized_ship
from hadath.events.assign import SYMMETRIC, assign
from hadath.events.launchers import launched_by, launcher_named_next
from hadath.events.phrases import Context, Phrase, Roles
from hadath.events.targets import LOCATIVE, target_after
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token

# the ``how`` of an attack whose only named actor is the outlet that tells it
TOLD = "told"
# words between a list of arms and its nationality adjective(s)
ARMS_REACH = 4
# sectors whose nouns name arms or armed men (طائرات, سفن حربية, المدفعية)
_ARMED = frozenset({"MIL"})
_PUNCT = "،,.:;؛\"«»()"
# verbs (and a masdar) whose subject suffers the act in the masdar after them
UNDERGO = frozenset({"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضا", "تعرضتا", "تعرضوا",
                     "نجا", "نجت", "ينجو", "تنجو", "نجاه", "نجوا", "نجيا"})
UNDERGO_REACH = 3      # words between تعرض and the attack masdar (تعرض الثلاثاء لقصف)
VICTIM_REACH = 10      # words between the victim and تعرض
SURVIVED_REACH = 12    # words between نجا and من before the attack masdar
ATTACKER_REACH = 6     # words between the masdar and its attacker
# words that put the attacker after them: من قبل, على يد, شنته, نفذه
_BY = frozenset({"قبل", "يد", "شنه", "شنته", "شنها", "نفذه", "نفذته", "نفذها"})
# words that describe arms inside a list of them (سفن حربية, طائرات مسيرة)
_ARMS_WORDS = frozenset({"حربيه", "الحربيه", "عسكريه", "العسكريه", "مسيره", "المسيره",
                         "مقاتله", "المقاتله", "حربي", "الحربي", "عسكري", "العسكري",
                         "مسلحه", "المسلحه", "بحريه", "البحريه", "جويه", "الجويه"})


def attack_roles(tokens: list[Token], hit: TriggerHit, hits: list[TriggerHit],
                 groups: list[Phrase], roles: Roles) -> tuple[TriggerHit, Roles]:
    """The trigger and roles :func:`hadath.events.assign.assign` found, corrected by the
    rules of this module (victims of تعرض/نجا, an attacker in the genitive, two adjectives
    of one side, an adjective in a light verb's gap, a light verb far from its masdar)."""
    if hit.entry.type == "ASSAULT" and roles.source is not None \
            and all(m.actor.sector == "MED" for m in roles.source.members):
        roles = Roles(None, roles.targets, TOLD)   # مراسل فرانس برس بأن قذيفة: a reporter
    roles = undergone(tokens, hit, groups) or agent_genitive(tokens, hit, groups, roles) \
        or fired_from(tokens, hit, groups, roles) or launcher_named_next(tokens, hit, groups, roles) \
        or roles
    roles = joint_adjectives(roles, groups, hit.entry.type in SYMMETRIC)
    roles = gap_doer(tokens, hit, groups, roles) or coast_target(tokens, hit, groups, roles) \
        or seized_ship(tokens, hit, groups, roles) \
        or hosted_troops(tokens, hit, groups, roles) \
        or relative_target(tokens, hit, groups, roles) or roles
    hit, roles = light_verb_doer(tokens, hit, hits, groups, roles)
    return hit, launched_by(tokens, hit, groups, roles) or roles   # صواريخ أطلقتها


def armed_lists(finder, tokens: list[Token], forms, mentions: list) -> list:
    """Mentions with each nationality adjective that follows a list of arms turned into
    that country's armed actor (``مقاتلات وسفن حربية أمريكية وبريطانية`` → USA MIL, then
    GBR joined to it). ``finder`` is the :class:`hadath.events.actors.ActorFinder` whose
    agent table tells arms from other nouns."""
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for m in mentions:
        if m.kind != "adjective" or tokens[m.first].norm.startswith("و") \
                or m.prep is not None or not m.key:      # (فرنسية reads as ف + رنسية)
            out.append(m)
            continue
        head = _arms_before(finder, tokens, forms, m.first, taken)
        if head is None:
            out.append(m)
            continue
        k, sector = head
        made = finder._mention(tokens, forms, k, m.last, "",
                               Actor(country=m.actor.country, sector=sector), "nominal")
        out.append(replace(made, entity_type=None, conj=False))
    return out


def _arms_before(finder, tokens: list[Token], forms, a: int,
                 taken: set[int]) -> tuple[int, str] | None:
    """(index, sector) of the first word of arms a few words before token ``a``, with
    only words of the same noun phrase (no name, no punctuation) between."""
    best = None
    for k in range(a - 1, max(-1, a - 1 - ARMS_REACH), -1):
        if k in taken or any(c in tokens[k].text for c in _PUNCT):
            break
        if k < a - 1 and tokens[k + 1].norm not in _ARMS_WORDS \
                and not tokens[k + 1].norm.startswith("و"):
            break       # طائرة مساعدات إماراتية: the adjective goes with the load, not arms
        agent, _, _ = finder._match_words(finder.agents, forms, k, taken)
        if agent is not None and agent.sector in _ARMED and not agent.country:
            best = (k, agent.sector)
    return best


def joint_adjectives(roles: Roles, groups: list[Phrase], symmetric: bool) -> Roles:
    """A source or target that is a nationality adjective with another one right after
    it (``العدوان الأمريكي البريطاني``) takes both; symmetric acts keep them apart
    (``محادثات روسية أمريكية``: one is the other's partner)."""
    if symmetric:
        return roles

    def widen(p: Phrase | None) -> Phrase | None:
        if p is None or p.kind != "adjective":
            return p
        members = list(p.members)
        for q in groups:
            if q.kind == "adjective" and q.first == members[-1].last + 1 and q.prep is None:
                members.extend(q.members)
        return Phrase(tuple(members)) if len(members) > len(p.members) else p

    src, tgt = roles.source, roles.targets
    if src is not None and tgt is not None and src.kind == "adjective" \
            and tgt.kind == "adjective" and tgt.first == src.last + 1 and tgt.prep is None:
        return Roles(Phrase(src.members + tgt.members), None, roles.how)   # one side, no target
    src, tgt = widen(src), widen(tgt)
    if src is roles.source and tgt is roles.targets:
        return roles
    if src is not None and tgt is not None and {m.first for m in src.members} & \
            {m.first for m in tgt.members}:
        return roles
    return Roles(src, tgt, roles.how)


def undergone(tokens: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Roles | None:
    """Roles of an attack its victim underwent (``تعرض``) or survived (``نجا من``): the
    victim is the subject of that verb; the attacker follows ``من``/``من قبل``/``على يد``
    or is an adjective of the masdar; ``None`` when no such verb governs the trigger."""
    if hit.entry.type != "ASSAULT":
        return None
    survived = hit.first > 0 and tokens[hit.first - 1].norm == "من"
    reach = SURVIVED_REACH if survived else UNDERGO_REACH      # نجا الوزير، فجر اليوم، من
    u = next((i for i in range(hit.first, max(-1, hit.first - 1 - reach), -1)
              if tokens[i].norm.lstrip("و") in UNDERGO or "." in tokens[i].text), None)
    if u is None or "." in tokens[u].text or (not survived and any(
            c in tokens[i].text for i in range(u, hit.first) for c in _PUNCT)):
        return None
    inner = [p for p in groups if u < p.first < hit.first and p.prep is None
             and p.kind != "adjective" and p.members[0].key]
    if u == hit.first:       # تعرضت دورية للجيش اللبناني لإطلاق نار: inside the pattern
        inner = [p for p in groups if hit.first < p.first < hit.last and p.prep in (None, "ل")
                 and p.kind != "adjective" and p.members[0].key]
    attacker = _attacker_after(tokens, groups, hit.last)
    victim = inner[0] if inner else _subject_before(tokens, groups, u)
    if not inner and attacker is None:
        return None       # لمقاتلة تنظيم القاعدة نجا: a name before the verb may be no subject
    if victim is None or (attacker is not None and attacker.members[0].key == victim.members[0].key):
        return None
    return Roles(attacker, victim, "passive")


def _subject_before(tokens: list[Token], groups: list[Phrase], u: int) -> Phrase | None:
    for p in reversed([p for p in groups if p.last < u]):
        if u - p.last > VICTIM_REACH or any(c in tokens[i].text for i in range(p.last, u)
                                             for c in _PUNCT):
            return None
        if p.prep in (None, "ل") and p.kind != "adjective" and p.members[0].key:
            return p          # موقع للقوة, قافلة للأمم المتحدة: the owner was hit
    return None


def _attacker_after(tokens: list[Token], groups: list[Phrase], t1: int) -> Phrase | None:
    for p in groups:
        if p.first <= t1 or not p.members[0].key:
            continue
        if p.first - t1 > ATTACKER_REACH:
            return None
        by = any(tokens[i].norm.strip(_PUNCT) in _BY for i in range(t1 + 1, p.first))
        if p.kind == "adjective" and p.first == t1 + 1:
            return p          # لقصف إسرائيلي
        if by or (p.prep == "من" and p.members[0].entity_type != "LOC"):
            return p          # من الجانب الإسرائيلي, من قبل الجيش, على يد مسلحين
        return None
    return None




def gap_doer(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
             roles: Roles) -> Roles | None:
    """``وشنت مسيرة إسرائيلية غارة``: a nationality adjective inside a light verb's gap
    describes the verb's subject (an unlisted weapon or unit), so it names the attacker."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "v" or roles.source is not None \
            or len(hit.matched) < 2:
        return None
    inside = [p for p in groups if hit.first < p.first and p.last < hit.last]
    if len(inside) != 1 or inside[0].kind != "adjective" or not inside[0].members[0].key:
        return None
    doer = inside[0]
    rest = [p for p in groups if p is not doer]
    return Roles(doer, target_after(tokens, rest, "ASSAULT", hit.last, doer), "vso")


# how far after a threat the attack it answers may be told (توعد … بأن العدوان …)
ANSWER_REACH = 20


def threat_object(tokens: list[Token], hit: TriggerHit, hits: list[TriggerHit],
                  groups: list[Phrase], speaker: Phrase | None, ctx: Context,
                  roles: Roles) -> Roles:
    """``توعد سريع بأن العدوان الأمريكي البريطاني لن يمر دون رد``: a threat naming no one
    is aimed at the doer of the attack it answers, told after it in the sentence (or at
    that attack's target when the threatener is its doer: ``هدد … باستهداف السفن
    الأمريكية``)."""
    if hit.entry.type != "THREATEN" or roles.targets is not None or roles.source is None:
        return roles
    nxt = next((h for h in hits if h.first > hit.last and h.entry.type == "ASSAULT"), None)
    if nxt is None or nxt.first - hit.last > ANSWER_REACH:
        return roles
    inner = joint_adjectives(assign(tokens, nxt, groups, speaker, ctx), groups, False)
    own = {m.key for m in roles.source.members}
    if inner.source is not None and inner.source.members[0].key \
            and not own & {m.key for m in inner.source.members}:
        return Roles(roles.source, inner.source, roles.how)
    if inner.targets is not None and not own & {m.key for m in inner.targets.members} \
            and inner.targets.prep not in LOCATIVE:
        # not a place: محذرا من أن مسيرات مماثلة بدأت بالورود في سوريا قبل أن تنزلق نحو العنف
        return Roles(roles.source, inner.targets, roles.how)
    return roles


# light verbs whose subject is the doer of an attack masdar after them (شنت … غارات)
_LIGHT = frozenset({"شن", "شنت", "شنوا", "شنتا", "يشن", "تشن", "يشنون", "نفذ", "نفذت",
                    "نفذوا", "ينفذ", "تنفذ"})
LIGHT_REACH = 14       # words between the light verb and its masdar (names and dates too)
LIGHT_NEAR = 4         # … closer than this, the trigger table's شن … غارات rows tell it


def light_verb_doer(tokens: list[Token], hit: TriggerHit, hits: list[TriggerHit],
                    groups: list[Phrase], roles: Roles) -> tuple[TriggerHit, Roles]:
    """``شنت مقاتلات وسفن حربية أمريكية وبريطانية، فجر أمس الجمعة، سلسلة غارات``: the
    subject of a light verb far before an attack masdar with no doer is its doer, and
    the act is told by the verb (as ``شن … غارات`` when the two are close)."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "n":
        return hit, roles
    v = next((i for i in range(hit.first - 1, max(-1, hit.first - 1 - LIGHT_REACH), -1)
              if tokens[i].norm.lstrip("و") in _LIGHT or "." in tokens[i].text), None)
    if v is not None and any(v < i < hit.first for h in hits for i in h.matched):
        return hit, roles     # أن تشن تركيا عملية …، إذا حدث هجوم فربما ضربات: another act between
    if v is None or "." in tokens[v].text or (roles.source is not None
                                             and hit.first - v <= LIGHT_NEAR):
        return hit, roles     # نفذت حماس أمس هجوما: the masdar's own reading holds
    doer = next((p for p in groups if v < p.first < hit.first and p.prep is None
                 and p.members[0].key), None)
    if doer is None or (doer.kind == "adjective" and doer.first - v > 3) or (
            roles.source is not None and roles.source.first != doer.first):
        return hit, roles
    rest = [p for p in groups if p is not doer and p.first > hit.last]
    verb = TriggerHit(replace(hit.entry, form="v"), (v,) + hit.matched, hit.loose)
    return verb, Roles(doer, target_after(tokens, rest, "ASSAULT", hit.last, doer), "vso")


# attack masdars whose ل-genitive is the attacker (هجوم لحزب العمال, غارة للتحالف)
_BY_LAM = frozenset({"هجوم", "هجمات", "هجوما", "غاره", "غارات", "ضربه", "ضربات"})
# words after an attack masdar's genitive that open its object (هجمات الجماعة ضد السفن)
_AGAINST = frozenset({"ضد", "علي", "بحق"})


def agent_genitive(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                   roles: Roles) -> Roles | None:
    """``هجمات الجماعة ضد السفن``, ``هجوم الحوثيين على مأرب``: an attack masdar's genitive
    is its victim (``اغتيال الحريري``) unless the object follows it after ``ضد``/``على``;
    then the genitive is the attacker."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "n" or "agent" in hit.entry.flags:
        return None
    by = next((p for p in groups if p.first == hit.last + 1 and p.prep == "ل"
               and p.kind != "adjective" and p.members[0].key), None)
    if by is not None and roles.source is None and (hit.entry.text in _BY_LAM or (
            hit.entry.words[0] == "قصف" and by.last + 1 < len(tokens)
            and _against(tokens[by.last + 1].norm))):    # قصف مدفعي لقوات X على أحياء
        rest = [p for p in groups if p.first > by.last]     # هجوم لحزب العمال: by it
        return Roles(by, target_after(tokens, rest, "ASSAULT", by.last, by), "genitive")
    gen = next((p for p in groups if p.first == hit.last + 1 and p.prep is None
                and p.kind != "adjective" and p.members[0].key), None)
    if gen is None or gen.last + 1 >= len(tokens) or roles.source is gen:
        return None
    k = gen.last + 1
    if tokens[k].norm.startswith("ال") and k + 1 < len(tokens) \
            and not any(p.first == k for p in groups):
        k += 1        # هجمات الجماعة المتكررة على السفن: one adjective of the masdar between
    if not _against(tokens[k].norm):
        return None
    rest = [p for p in groups if p.first > gen.last]
    return Roles(gen, target_after(tokens, rest, "ASSAULT", gen.last, gen), "genitive")


def _against(norm: str) -> bool:
    return norm in _AGAINST or (norm.startswith("علي") and len(norm) > 3)


# a passive "was fired" after a weapon (قذيفة أطلقت من الجانب الإسرائيلي)
_FIRED = frozenset({"اطلقت", "اطلق", "اطلقا", "اطلقتا"})
FIRED_REACH = 3        # words between the passive verb and من


def fired_from(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
               roles: Roles) -> Roles | None:
    """``قذيفة أطلقت من الجانب الإسرائيلي أصابت سيارة``: a weapon fired from an actor's
    side was that actor's; the actor after ``من`` is the attacker."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "n" or hit.last + 1 >= len(tokens) \
            or (roles.source is not None and roles.how != "backward"):
        return None
    if tokens[hit.last + 1].norm not in _FIRED:
        return _done_by(tokens, hit, groups) if roles.source is None else None
    side = next((p for p in groups if p.prep == "من" and p.members[0].key
                 and 0 < p.first - (hit.last + 1) <= FIRED_REACH), None)
    if side is None:
        return None
    m = side.members[0]
    if m.entity_type == "LOC" and m.place_kind not in (None, "country"):
        # صواريخ أطلقت من عفرين, من القطاع: fired from a place by its own side
        side = Phrase((replace(m, actor=Actor(country=m.key), kind="nominal"),))
    rest = [p for p in groups if p.first > side.last]
    return Roles(side, target_after(tokens, rest, "ASSAULT", side.last, side), "passive")


BY_REACH = 5           # words between an attack masdar and its من قبل / على يد


def _done_by(tokens: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Roles | None:
    """``تم اغتصابها من قبل عدة ضباط عراقيين``, ``اغتيال … على يد مسلحين``: the actor
    after ``من قبل``/``على يد`` is the doer of the masdar (its victim stays unknown)."""
    for k in range(hit.last + 1, min(len(tokens) - 1, hit.last + 1 + BY_REACH)):
        if tokens[k].norm in ("قبل", "يد") and tokens[k - 1].norm in ("من", "علي"):
            doer = next((p for p in groups if p.members[0].key and k < p.first <= k + 3), None)
            return Roles(doer, None, "passive") if doer is not None else None
        if any(c in tokens[k].text for c in _PUNCT):
            return None
    return None
