"""Parties that word order alone does not give: envoys, clashes and summits.

- An envoy called home is not an envoy summoned. ``استدعت الجزائر سفيرها لدى فرنسا`` and
  ``استدعاء القائم بالأعمال العراقي في أنقرة`` (by Iraq) recall one's own envoy: a cut in
  relations (SANCTION) aimed at the host country after ``لدى``/``في``/``من``. ``استدعت
  برلين السفير التركي لدى برلين`` summons another's envoy: a protest (ACCUSE) aimed at the
  envoy's country, not at the place after ``لدى``; ``طرد السفيرة السويدية لدى بغداد``
  expels it (SANCTION at Sweden). The envoy's country is the adjective or genitive right
  after the envoy word; a bare ``سفيرها``/``سفيره`` or ``سفير المملكة`` is one's own.
- ``اشتباكات … بين اللواء 444 وقوة الردع``: a clash names its sides after ``بين``, often
  past a relative clause, a place and a time (``التي اندلعت في طرابلس مساء الاثنين``);
  a side left unnamed (``ومجموعات مسلحة لم تكشف هويتها``) is taken to be of the named
  side's own country (a local fight), so the clash is coded X → X.
- ``القمة التي جمعته في بغداد بالكاظمي والسيسي``: a summit's parties are the one
  ``جمعته`` points back to and those after ``ب``; the host the place names is the target.
- ``اتفق القادة الثلاثة``, ``الزعيمان``: a collective subject is the parties of the meeting
  told before; the first named of them is the source (GUIDELINES: symmetric acts).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token

# the words that name a diplomatic envoy (normalized, after proclitics)
_ENVOY = ("سفير", "سفيره", "سفيرها", "سفيريه", "سفيريها", "سفراء", "سفراءها", "سفراءه",
          "قائم", "قاءم")
# how far after the envoy word its host country (لدى/في …) may come
HOST_REACH = 5
# how far after a clash masdar its بين may come (past التي اندلعت في طرابلس مساء …)
BETWEEN_REACH = 12
# collective subjects that stand for the parties of a meeting told before
# (الطرفان and الجانبان are the story's pair: hadath.events.actors)
_COLLECTIVE_HEADS = frozenset({"القاده", "الزعماء", "الوزراء", "الزعيمان", "الزعيمين",
                               "الوزيران", "الوزيرين"})
COLLECTIVE_REACH = 3
# the verb that gathers a meeting's parties (القمة التي جمعته ب…, اللقاء الذي جمع …)
_GATHER = frozenset({"جمع", "جمعت", "جمعه", "جمعته", "جمعتها", "جمعتهما", "جمعهما", "جمعتهم",
                     "جمعهم", "جمعها"})
GATHER_REACH = 3


def _bare(norm: str) -> str:
    """The word without a leading و/ف (``والقادة`` → ``القادة``)."""
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def _envoy_word(norm: str) -> bool:
    word = _bare(norm)
    return word in _ENVOY or (word.startswith("ال") and word[2:] in _ENVOY)


def envoy_act(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
              source: Actor) -> tuple[str, Phrase | None] | None:
    """(type, target) of a call of an envoy: ``("SANCTION", host)`` for one's own envoy
    called home, ``("ACCUSE", envoy's country)`` for another's summoned; ``None`` when
    the trigger names no envoy or the sentence does not tell whose envoy it is."""
    if hit.entry.type not in ("ACCUSE", "SANCTION") or not source.key:
        return None
    expel = hit.entry.words[0].startswith("طرد")      # طرد السفيرة السويدية لدى بغداد
    if not expel and not hit.entry.words[0].startswith("استدع"):
        return None
    idx = next((i for i in hit.matched if _envoy_word(tokens[i].norm)), None)
    if idx is None:
        return None
    end = idx + 1 if not tokens[idx].norm.endswith(("قائم", "قاءم")) else idx + 2
    word = tokens[idx].text.rstrip("،,.")
    if (word.endswith(("ه", "ها")) and not word.endswith("ة")) or (
            end < len(tokens) and tokens[end].norm in _OWN_STATE):
        nation = None        # سفيرها, سفيره, سفير المملكة: one's own
    else:
        nation = next((p for p in groups if p.members[0].key and (
            (p.first == idx and p.members[0].key != source.key)   # السفير التركي as one agent
            or (end <= p.first <= end + 1 and p.kind == "adjective")  # القائم بالأعمال العراقي
            or (end <= p.first <= end + 1 and p.prep is None))), None)  # سفراء بريطانيا وفرنسا
        if nation is None:
            return None
        if nation.members[0].key != source.key:
            return ("SANCTION" if expel else "ACCUSE", nation)
    if expel:
        return None
    host = next((p for p in groups if p.members[0].key and (p.prep in ("لدي", "في", "من") or (
                     # لدى مالي والنيجر with مالي unknown: the second host of the same لدى
                     p.prep is None and tokens[p.first].norm.startswith("و")
                     and any(tokens[k].norm == "لدي" for k in range(end, p.first))))
                 and end <= p.first <= end + HOST_REACH and p.members[0].entity_type == "LOC"
                 and (nation is None or p.first > nation.first)), None)
    return ("SANCTION", host if host is not None and host.members[0].key != source.key else None)


# the state's own name for itself after an envoy word (سفير المملكة لدى إسرائيل)
_OWN_STATE = frozenset({"المملكه", "بلاده", "بلادها", "بلادنا", "الدوله", "الجمهوريه"})
_ENVOY_CAMEO = {"SANCTION": ("161", "withdraw"), "ACCUSE": ("114", "allege")}


def envoy_call(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
               roles: Roles) -> tuple[TriggerHit, Roles]:
    """The trigger and roles of a call of an envoy, recast by :func:`envoy_act`."""
    if roles.source is None:
        return hit, roles
    envoy = envoy_act(tokens, hit, groups, roles.source.members[0].actor)
    if envoy is None:
        return hit, roles
    cameo, mode = _ENVOY_CAMEO[envoy[0]]
    entry = replace(hit.entry, type=envoy[0], cameo=cameo, mode=mode)
    return replace(hit, entry=entry), Roles(roles.source, envoy[1], roles.how)


def clash_sides(tokens: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Roles | None:
    """The sides of a clash named after ``بين`` past a relative clause, a place and a time."""
    if hit.entry.type != "ASSAULT" or hit.entry.form != "n" \
            or hit.entry.cameo not in ("190", "193"):
        return None
    stop = min(len(tokens), hit.last + 1 + BETWEEN_REACH)
    at = next((i for i in range(hit.last + 1, stop) if tokens[i].norm == "بين"), None)
    if at is None or any(c in tokens[i].text for i in range(hit.last + 1, at) for c in "،,.:"):
        return None
    sides = [p for p in groups if at < p.first <= at + 4]
    if not sides:
        return None
    first = sides[0]
    if first.prep not in (None, "بين", "ل", "من") or not first.members[0].key:
        return None       # بين قوة تابعة لجهاز …, بين عناصر من حركة فتح
    if len(first.members) > 1:
        return Roles(Phrase(first.members[:1]), Phrase(first.members[1:]), "between")
    second = next((p for p in groups if first.last < p.first <= first.last + 6
                   and tokens[p.first].norm.startswith("و") and p.members[0].key), None)
    joined = next((i for i in range(first.last + 1, min(len(tokens), first.last + 3))
                   if tokens[i].norm.startswith("و")), None)
    if second is not None and (joined is None or second.first == joined):
        return Roles(first, second, "between")
    # ومجموعات مسلحة لم تكشف هويتها: an unnamed side is of the named side's own country
    own = first.members[0]
    return Roles(Phrase((own,)), Phrase((replace(own, actor=replace(own.actor)),)), "between")


def collective_subject(tokens: list[Token], hit: TriggerHit) -> bool:
    """Is the act's subject a collective (``اتفق القادة الثلاثة``, ``الطرفان اتفقا``)?"""
    lo, hi = max(0, hit.first - COLLECTIVE_REACH), min(len(tokens), hit.last + 1 + COLLECTIVE_REACH)
    return any(_bare(tokens[i].norm) in _COLLECTIVE_HEADS for i in range(lo, hi)
               if i not in hit.matched)


def summit_parties(tokens: list[Token], hit: TriggerHit, groups: list[Phrase]) -> Roles | None:
    """``شارك الملك في القمة التي جمعته في بغداد بالكاظمي والسيسي``: the parties of a
    meeting are the one ``جمعته`` points back to (or the object of ``جمعت``) and those after
    ``ب``; the host named by the place (``في بغداد``) is the target, the guests the sources."""
    if hit.entry.type != "CONSULT" or hit.entry.form != "n":
        return None
    at = next((i for i in range(hit.last + 1, min(len(tokens), hit.last + 1 + GATHER_REACH))
               if _bare(tokens[i].norm) in _GATHER), None)
    if at is None:
        return None
    after = [p for p in groups if at < p.first <= at + BETWEEN_REACH and p.members[0].key]
    if _bare(tokens[at].norm) in ("جمع", "جمعت"):
        first = next((p for p in after if p.prep is None and p.first <= at + 2), None)
    else:       # جمعته: the subject the pronoun stands for
        first = next((p for p in reversed(groups) if p.last < hit.first and p.prep is None
                      and p.kind != "adjective" and p.members[0].key), None)
    met = next((p for p in after if p.prep == "ب" and p.members[0].entity_type != "LOC"), None)
    if first is None or met is None:
        return None
    parties = [m for m in first.members + met.members if m.key]
    place = next((p for p in after if p.prep == "في" and p.first < met.first
                  and p.members[0].entity_type == "LOC"), None)
    host = place.members[0].key if place is not None else None
    if host in {m.key for m in parties} and any(m.key != host for m in parties):
        guests = tuple(m for m in parties if m.key != host)
        hosts = tuple(m for m in parties if m.key == host)
        return Roles(Phrase(guests), Phrase(hosts), "summit")
    if len({m.key for m in parties}) < 2:
        return None
    return Roles(Phrase(tuple(parties[:1])), Phrase(tuple(parties[1:])), "summit")
