"""Who speaks in a sentence, and whose country ``بلاده`` / ``حكومتها`` is.

Speech acts (``ندعو``, ``أعلن بايدن أنه أجرى``) and self-reference (``رفض بلاده``) take
their actor from the sentence's speaker: the one a quote of the ``quotes`` stage names,
else the actor next to a speech verb. Kept apart from :mod:`hadath.events.coder` so that
module stays about putting one article's events together.
"""
from __future__ import annotations

from dataclasses import replace

from hadath.events.actors import ActorMention
from hadath.events.dates import SPEECH_VERBS
from hadath.events.phrases import Phrase
from hadath.events.words import WordForms
from hadath.model import Actor, Article, Token


def sentence_speaker(article: Article, toks: list[Token], forms: list[WordForms],
                     groups: list[Phrase], prev: Phrase | None) -> Phrase | None:
    """Who speaks in a sentence: the speaker of a quote over it, else the actor right
    after (or just before) a speech verb, else, when the sentence opens a quotation,
    the previous sentence's speaker."""
    if not toks:
        return None
    s_start, s_end = toks[0].start, toks[-1].end
    for q in article.quotes:
        if q.speaker and q.start < s_end and s_start < q.end:
            # every speaker of this cue (قادة فرنسا وبريطانيا وألمانيا، ماكرون وماي وميركل)
            same = [r.speaker for r in article.quotes if r.cue == q.cue and r.speaker]
            found = [m for sp in same for p in groups for m in p.members
                     if m.actor.entity == sp]
            if found:
                return Phrase(tuple(dict.fromkeys(found)))
            ent = article.entity(q.speaker)
            if ent is not None and ent.key:
                actor = Actor(entity=ent.id, name_en=ent.name_en, country=ent.country,
                              sector=ent.sector, org=ent.org)
                return Phrase((ActorMention(-1, -1, actor, "entity", None, False,
                                            ent.type),))
    for i, f in enumerate(forms):
        if f.keys & SPEECH_VERBS:
            for p in groups:
                if p.first > i and p.first - i <= 3 and p.prep is None \
                        and p.kind != "adjective":
                    return p
                if p.last < i and i - p.last <= 1 and p.prep is None \
                        and p.kind != "adjective":
                    return p
    text = article.text[s_start - 1:s_start + 1] if s_start else article.text[:1]
    if prev is not None and any(c in text for c in '"«“'):
        return prev
    return None


def resolve_self(mentions: list[ActorMention], speaker: Phrase | None,
                 forms: list[WordForms]) -> list[ActorMention]:
    """``بلاده``/``حكومتها`` name the country of the one who speaks before them (``فيما
    شدد السيسي على رفض بلاده``: Egypt), else of the sentence's speaker; without a speaker
    they are dropped."""
    out = []
    default = speaker.members[0].key if speaker is not None else None
    said = [i for i, f in enumerate(forms) if f.keys & SPEECH_VERBS]
    for m in mentions:
        if m.kind != "self":
            out.append(m)
            continue
        verb = max((i for i in said if i < m.first), default=None)
        near = next((x for x in mentions if verb is not None and x.kind != "self"
                     and 0 < x.first - verb <= 3 and x.prep is None and x.key), None)
        country = near.key if near is not None else default
        if country and len(country) == 3:
            out.append(replace(m, actor=replace(m.actor, country=country), kind="nominal"))
    return out
