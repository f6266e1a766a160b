"""Who goes on speaking when a cue has no subject of its own.

``وأضاف``, ``وقال في بيان``, ``مؤكدا``, ``واعتبره "…"``: the speaker is the person named
last in the sentence outside what an earlier speaker said, else the sentence's last
speaker, else (at a sentence start) the article's last speaker; a feminine cue goes back
to the body or woman its verb agrees with, the host of a meeting goes on rather than
his guest, and a person spoken to or about never does. Split from
:mod:`hadath.annotate.quotes` (the search for a cue's own subject) to keep each small.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.annotate.quote_agreement import (
    clause_body, feminine_subject, her_subject, titled_man, titled_woman)
from hadath.annotate.quote_clauses import breaks, feminine, feminine_cue, opens_clause
from hadath.annotate.quote_objects import addressee, joined_to_preposition, owned
from hadath.annotate.quote_subjects import meeting_host
from hadath.annotate.quote_titles import MASCULINE_TITLES
from hadath.text.particles import BI_THAT, THAT

if TYPE_CHECKING:
    from hadath.annotate.speech_cues import CueLexicon

# after the object of وصف / اعتبر: ووصف الشاحنات بأنها …; not a bare أن, which opens a new
# subject's clause (ويرى متابعون أن …: the observers' view, not the last speaker's)
THAT_IT_IS = BI_THAT | THAT - {"ان"}


def goes_on(cues: CueLexicon, tokens, owner, i, after, kind, sent_start, said, article_last,
            text: str = ""):
    """The speaker of a cue without a subject of its own (وأضاف، وقال في بيان، مؤكدا،
    واعتبره "…")."""
    if kind not in ("verb", "continue", "participle"):
        return None
    if kind == "participle" and text:
        denier = what_they_denied(tokens, owner, i, sent_start, text)
        if denier is not None:  # وهو ما نفاه X، قائلا: X goes on, not the accuser
            return denier
    if i > sent_start and tokens[i - 1].norm == "حيث":
        # X استقبل Y …، حيث أكد ضرورة …: the subject of the main clause goes on
        for k in range(sent_start, i):
            if owner[k] is not None and owner[k].type == "PER":
                return owner[k].id
    quotation = text and after < len(tokens) and breaks(text, tokens[after - 1], tokens[after])
    described = after + 1 < len(tokens) and tokens[after + 1].norm in THAT_IT_IS
    if kind == "verb" and not opens_clause(cues, tokens, after) and not quotation \
            and not described:  # ووصف الشاحنات بأنها …
        return None
    if i > 0 and tokens[i - 1].norm == "ما":
        return None  # وفق ما أفاد به …: the source is named after, or not at all
    word = tokens[i].norm[1 if tokens[i].norm[:1] in "وف" and
                          tokens[i].norm[1:] in cues.kinds else 0:]
    she = (feminine(word) or word.endswith("ت") and cues.kind(word) == "verb"
           or word != tokens[i].norm and her_verb_with_object(cues, word)
           or word[:1] == "ت" and f"ي{word[1:]}" in cues.kinds) \
        if kind == "verb" else kind == "participle" and feminine_cue(word)  # دعت، تعلن
    if she and kind == "participle":
        # مؤكدة after a comma: the subject of the sentence's verb, not the name
        # right before the comma (لقرار الأردن، معتبرة)
        body = her_subject(tokens, owner, i, sent_start) \
            or clause_body(cues, tokens, owner, i, sent_start, text)
        if body == "":
            return None  # في خطوة رحبت بها الحكومة السورية، مجددة: an unnamed "she"
    elif she:
        body = feminine_subject(tokens, owner, i, sent_start)
        if body == "":
            return None  # فيما كانت الدوحة أكدت: the city's words, no one else's
    if she:
        if body is not None:
            return body  # أقرت السعودية بمقتل الصحفي X، وقالت إنه: she, not X
    lo = tokens[sent_start].start
    earlier = [r for r in said if r[0] >= lo]
    host = None if she or earlier else meeting_host(tokens, owner, sent_start, i)
    if host is not None:
        return owner[host].id  # استقبل X الوزير Y، وأكد له: the host goes on, not the guest

    def disagrees(k: int) -> bool:  # a man, or for مؤكدة anyone not titled a woman
        return owner[k].type == "PER" and not titled_woman(tokens, owner, k) and (
            kind == "participle" or titled_man(tokens, owner, k, MASCULINE_TITLES))

    # a masculine past or participle (وأكد، مضيفا) does not go on with a woman named
    # last (استقبل X المبعوثة Y، وأكد أمامها): he is the one who speaks
    man = not feminine_cue(word) and (word[:1] not in "تي" or kind == "continue")

    def outside(k: int) -> bool:  # not inside what an earlier speaker said
        return not any(a <= tokens[k].start < b for a, b, _ in earlier)

    for types in (("PER",), ("ORG",)):
        if types == ("ORG",) and kind == "verb" and not earlier:
            break
        for k in range(i - 1, sent_start - 1, -1):
            if types == ("ORG",) and k - sent_start > 3:
                continue  # a body is the subject only near the start (واعتبرت حركة …)
            if owner[k] is not None and owner[k].type in types and outside(k) \
                    and not owned(tokens, owner, k) and not addressee(tokens, owner, k) \
                    and not joined_to_preposition(text, tokens, owner, k) \
                    and not (she and disagrees(k)) \
                    and not (man and owner[k].type == "PER"
                             and titled_woman(tokens, owner, k)):
                return owner[k].id
        if earlier and types == ("PER",):
            if she and any(owner[k] is not None and owner[k].id == earlier[-1][2]
                           and disagrees(k) for k in range(sent_start, i)):
                return None  # وأدان رئيس البعثة X …، بينما عبرت الترويكا … ودعت
            return earlier[-1][2]
    return article_last


# words that open a relative clause about what was said before (وهو ما نفاه X)
_IT_IS_WHAT = frozenset({"وهو", "وهذا", "هو", "وهي"})


def what_they_denied(tokens, owner, i, sent_start, text) -> str | None:
    """The person or body right before a comma and a participle that is the subject of a
    ``وهو ما <verb>ه X`` clause (``وهو ما نفاه رئيس الحركة X، قائلا``, ``وهو ما رفضه
    المجلس، مشددا``): the one who answered speaks on, not the one named earlier."""
    k = i - 1
    if k <= sent_start or owner[k] is None or owner[k].type not in ("PER", "ORG") \
            or "،" not in text[tokens[k].end:tokens[i].start]:
        return None
    ent = owner[k]
    while k > sent_start and owner[k - 1] is ent:
        k -= 1
    for m in range(k - 1, max(sent_start + 1, k - 6), -1):
        if owner[m] is not None:
            return None  # another name between: not this construction
        if tokens[m - 1].norm == "ما" and m >= 2 and tokens[m - 2].norm in _IT_IS_WHAT \
                and tokens[m].norm.endswith(("ه", "ها")):
            return ent.id
    return None


def her_verb_with_object(cues: CueLexicon, word: str) -> bool:
    """A feminine speech verb with an object pronoun (``واعتبرته``, ``ووصفتها``), asked
    of a verb joined by و only: ``لما وصفته بـ`` ("what she called") is no clause of hers."""
    return any(word.endswith("ت" + suffix) and feminine(word[:-len(suffix)])
               and cues.kind(word[:-len(suffix)]) == "verb" for suffix in ("ها", "هم", "ه"))


def object_after_feminine(tokens, owner, i, after, clitic, sent_start) -> str | None:
    """The body that goes on speaking when a feminine cue joined by و is followed by a
    masculine title (``ودعت رئيس الجمهورية قيس سعيد``): the verb does not agree with
    him, so he is its object and the earlier feminine subject speaks."""
    if not tokens[i].norm[clitic:].endswith("ت") or after >= len(tokens):  # دعت، قالت
        return None
    if tokens[after].norm not in MASCULINE_TITLES:
        return None
    return feminine_subject(tokens, owner, i, sent_start)
