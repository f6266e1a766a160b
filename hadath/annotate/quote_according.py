"""Who speaks after ``بحسب``/``وفق``/``على لسان`` (cues of kind ``according``).

The source follows the cue: a person right after it, a person a few words on (``على لسان
رئيس مفوضيته موسى فقي``), or, after ``ما`` and a verb, the one the verb names (``وفق ما
صرح به X``, ``بحسب ما نقلته وكالة X``). A body right after the cue is what a figure is
credited to (``وفق مركز طب الطوارئ``), not a speaker: the dev gold lists bodies as
optional speakers at most, and such credits not at all.

A person named so after a body's own cue in the same clause (``أدانت الجامعة
"التدخلات"، بحسب بيان لأمينها العام X``) is the one whose words the body's cue
reports: he is the speaker, and the body no second one. With ``على لسان`` (by the
tongue of) the body is the subject that speaks through him, and both are kept.
"""
from __future__ import annotations

from hadath.annotate.quote_clauses import breaks, closes_name, mention_end_token, quoted_name
from hadath.model import Quote, Token

_WINDOW = 14           # tokens after the cue searched for a titled person's name
# words that open a clause with a subject of its own (normalized)
_NEW_SUBJECT = frozenset({"فيما", "بينما", "وفيما", "وبينما", "في حين"})
# heads of an outlet's name: بحسب ما نقلته وكالة X names the agency
MEDIA_HEADS = frozenset({"وكاله", "صحيفه", "قناه", "موقع", "شبكه", "اذاعه", "تلفزيون", "جريده"})


def according_speaker(cues, text: str, tokens: list[Token], owner, j: int, sent: int,
                      first: Token | None, after: int) -> tuple[str, int]:
    """(entity id or "" for no named speaker, token after the subject) for the cue in
    sentence ``sent`` whose subject would start at token ``j``; ``first`` is that token
    unless the quotation follows the cue directly."""
    n = len(tokens)
    if first is not None and first.norm == "ما":
        # وفق ما صرح به X: the verb that follows is the cue; بحسب ما نقلته وكالة X:
        # a verb that is no cue names its source right after it
        k = j + 1
        if k < n and cues.cue_at(tokens, k) is None:
            k += 1 + (k + 1 < n and tokens[k + 1].norm in ("به", "عنه"))
            if k < n and tokens[k].norm in MEDIA_HEADS:
                k += 1  # بحسب ما نقلته وكالة X (not مراسل X: an unnamed source)
            if k < n and owner[k] is not None and owner[k].type in ("PER", "ORG"):
                end = mention_end_token(tokens, owner, k)
                if end < n and tokens[end].norm == "عن" and tokens[end].sentence == sent:
                    # بحسب ما نقلته وكالة X عن مسؤولين / عن الوزير Y: the outlet relays;
                    # the one it quotes speaks, an unnamed one not at all
                    return _relayed_person(text, tokens, owner, end + 1, sent) or ("", end)
                return owner[k].id, end
        return "", after
    if first is not None and cues.kind(first.norm) == "unnamed":
        return "", after  # بحسب مصدر حكومي، فيما استقبل …: an unnamed source
    if first is not None and owner[j] and owner[j].type == "PER":
        return owner[j].id, mention_end_token(tokens, owner, j)
    if first is not None and owner[j]:
        # وفق مركز طب الطوارئ: a body a figure is credited to, not its speech
        # (dev lists bodies as optional speakers at most, and these not at all)
        return "", after
    for k in range(j, min(n, j + _WINDOW)):  # على لسان رئيس مفوضيته موسى فقي
        if tokens[k].sentence != sent or (k > j and breaks(text, tokens[k - 1], tokens[k])
                                          and not quoted_name(text, owner, tokens, k)
                                          and not closes_name(text, owner, tokens, k)):
            break  # بحسب الناشطة في حملة "مدى" ريم …: a quoted name inside the title
        if cues.kind(tokens[k].norm) == "that" or tokens[k].norm in ("التي", "الذي"):
            break  # بحسب المشاهدات التي …: a relative clause, not a title
        if owner[k] is not None and owner[k].type == "PER":
            return owner[k].id, mention_end_token(tokens, owner, k)
    return "", after


def _relayed_person(text: str, tokens, owner, j: int, sent: int) -> tuple[str, int] | None:
    """(id, token after the name) of the person an outlet quotes after ``عن``, past his
    titles; None when it quotes no named person."""
    for k in range(j, min(len(tokens), j + 8)):
        if tokens[k].sentence != sent or (k > j and breaks(text, tokens[k - 1], tokens[k])):
            break
        if owner[k] is not None:
            return (owner[k].id, mention_end_token(tokens, owner, k)) \
                if owner[k].type == "PER" else None
    return None


def body_told_by(cues, quotes: list[Quote], by_id, tokens: list[Token], sent_start: int,
                 i: int) -> tuple[list[Quote], list[Quote]]:
    """(kept, relayed): ``quotes`` split off those of a body whose cue opens the same
    clause as the ``according`` cue at token ``i`` that named a person (``أدانت الجامعة
    …، بحسب بيان لأمينها العام X``): the body's words are his."""
    lo = tokens[sent_start].start

    def relayed(q: Quote) -> bool:
        if by_id[q.speaker].type == "PER" or not lo <= q.cue.start < tokens[i].start:
            return False
        between = [t for t in tokens[sent_start:i] if t.start >= q.cue.end]
        return not any(t.norm in _NEW_SUBJECT or cues.cue_at(tokens, tokens.index(t))
                       for t in between)

    return [q for q in quotes if not relayed(q)], [q for q in quotes if relayed(q)]
