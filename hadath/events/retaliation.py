"""Threats of retaliation: aimed at whoever the threatener answers.

``السودان سيرد على هذا العدوان بكل الوسائل``, ``حذر السفير الروسي من أن "هذه الأفعال
لن تمر دون عواقب"``: a threat to answer an act names no one; it is aimed at the party
the threatener already punished in the story (Sudan cut its relations with the Emirates
before promising to answer them), else at the doer of the last attack told that is not
the threatener's own (the strikes of the three states on Syria, for Russia), else at
the one it accused (Jordan's minister, who charged Israel with war crimes, says the
kingdom "سترد عليها بكل ما تملك").
"""
from __future__ import annotations

from hadath.events.discourse import ArticleState
from hadath.events.triggers import TriggerHit
from hadath.model import Actor, Token

# how far after a threat's first word its answer may be named
ANSWER_REACH = 18
# verbs and masdars of answering an act (سيرد على, الرد على, ردا على)
_ANSWER = frozenset({"سيرد", "سترد", "سنرد", "رد", "برد", "الرد", "بالرد", "للرد", "ردا"})
# … and an act that "will not pass" without a price (لن تمر دون عواقب)
_PASS = frozenset({"تمر", "يمر"})
_PRICE = frozenset({"عقاب", "عواقب", "رد", "حساب", "ثمن"})


def answered(toks: list[Token], hit: TriggerHit, state: ArticleState,
             source: Actor | None, targets: list[Actor]) -> list[Actor]:
    """The party a threat with no target of its own (none, or only its maker) answers."""
    if hit.entry.type != "THREATEN" or source is None or not source.key \
            or any(t.key != source.key for t in targets):
        return []
    words = [t.norm.strip('"«»').lstrip("و") for t in toks[hit.first:hit.last + 1 + ANSWER_REACH]]
    if not (_ANSWER & set(words) or _PASS & set(words) and _PRICE & set(words)):
        return []
    punished = [a for a in state.punished_by(source) if a.key != source.key]
    if punished:
        return punished
    for doer, hit_keys, _ in reversed(state.attacks):
        if doer is not None and doer.key and doer.key != source.key and doer.key not in hit_keys:
            return [doer]
    return [a for a in state.told_before("ACCUSE", source) if a.key != source.key]
