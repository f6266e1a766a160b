"""A summit's statement as the subject of an act: the body whose summit it closed.

``وطالب البيان الختامي المجلس العسكري بالإفراج عن بازوم``, ``وحمّل البيان الختامي للقمة
العربية إيران مسؤولية …``, ``فيما اتهم البيان الخليجي طهران``: the statement names no
actor, so the verb's first actor (the one addressed or accused) was read as its subject.
The statement speaks for the body its adjective names (الخليجي: the Gulf Cooperation
Council; العربية: the Arab League), or else for the regional bodies the story names (the
summit of ECOWAS the story told before); the first actor after it is the target.
A statement of a summit of states with no body (a meeting of three presidents) is left
as it was.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.actors import ActorMention
from hadath.events.phrases import Phrase, Roles
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Article, Token

# nouns that stand for a summit's word: the statement, the final communiqué, the summit
STATEMENTS = frozenset({"البيان", "القمه"})
# adjectives of a summit or its statement → the body that held it
BODY_ADJECTIVES = {"الخليجي": "GCC", "الخليجيه": "GCC", "العربي": "ARAB_LEAGUE",
                   "العربيه": "ARAB_LEAGUE", "الافريقي": "AU", "الافريقيه": "AU",
                   "الاوروبي": "EU", "الاوروبيه": "EU", "الاسلامي": "OIC",
                   "الاسلاميه": "OIC", "الاطلسي": "NATO", "الاطلسيه": "NATO"}
STATEMENT = "statement"
# the most bodies one statement speaks for (a joint Arab-Islamic summit)
MAX_BODIES = 2


def statement_roles(article: Article, toks: list[Token], hit: TriggerHit,
                    groups: list[Phrase], roles: Roles, prev=None) -> Roles | None:
    """Roles of a verb whose subject is a summit's statement, or None. A participle after
    it (``رافضا وصف الحرب``) goes on with the statement's bodies."""
    said = prev[1].source if prev is not None else None
    if said is not None and toks[said.first].norm in STATEMENTS \
            and "participle" in hit.entry.flags and roles.how == "participle":
        return replace(roles, source=prev[1].source, how=STATEMENT)
    subject = hit.first + 1      # حمّل البيان الختامي … إيران مسؤولية: inside the verb's words
    if hit.entry.form != "v" or subject >= len(toks) \
            or toks[subject].norm not in STATEMENTS:
        return None
    end, bodies = _statement_words(toks, subject)
    if end is None:
        return None      # البيان الصادر عن الخارجية المصرية, البيان المشترك: a state's word
    if not bodies:
        bodies = _named_bodies(article, toks[0].start)
    if not bodies or len(bodies) > MAX_BODIES:
        return None
    source = Phrase(tuple(ActorMention(subject, end, Actor(org=body, sector="IGO"), "nominal",
                                       None, k > 0) for k, body in enumerate(bodies)))
    after = next((g for g in groups if g.first > end and g.prep is None
                  and g.members[0].key not in bodies), None)
    targets = after if after is not None else roles.targets
    return replace(roles, source=source, targets=targets, how=STATEMENT)


def _statement_words(toks: list[Token], subject: int) -> tuple[int | None, list[str]]:
    """Where the statement's name ends and the bodies its adjectives name: ``البيان
    الخليجي``, ``البيان الختامي [للقمة [العربية]]``, ``القمة [الخليجية]``; None for any
    other statement (one a state issued, a joint one)."""
    k = subject
    final = False
    if toks[k].norm == "البيان" and k + 1 < len(toks) and toks[k + 1].norm == "الختامي":
        k, final = k + 1, True
        if k + 1 < len(toks) and _bare(toks[k + 1].norm) == "القمه":
            k += 1
    bodies = []
    while k + 1 < len(toks) and _bare(toks[k + 1].norm) in BODY_ADJECTIVES \
            and len(bodies) < MAX_BODIES:
        k += 1
        bodies.append(BODY_ADJECTIVES[_bare(toks[k].norm)])
    if not bodies and not final and toks[subject].norm == "البيان":
        return None, []
    return k, list(dict.fromkeys(bodies))


def _bare(norm: str) -> str:
    """``للقمة`` → ``القمه``; an adjective keeps its article."""
    return "ال" + norm[2:] if norm.startswith("لل") else norm


def _named_bodies(article: Article, before: int) -> list[str]:
    """Regional bodies (not the UN's) the story names before ``before``, first named first."""
    seen: dict[str, int] = {}
    for ent in article.entities:
        if ent.sector != "IGO" or not ent.org or ent.org.startswith("UN"):
            continue
        starts = [m.start for m in ent.mentions if m.start < before]
        if starts:
            seen[ent.org] = min(min(starts), seen.get(ent.org, before))
    return sorted(seen, key=seen.get)
