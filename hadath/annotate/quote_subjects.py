"""Where a definite subject after a speech cue ends and its object begins.

In ``كما أكد المجلس سيادة الإمارات على جزرها … وأبو موسى`` the subject is the noun
``المجلس`` and ``سيادة …`` is what it affirmed: a name further on is inside the
object, not a speaker. A definite noun followed by an indefinite one is such a
subject and object; a title runs on with adjectives (``الوزير الأردني``), a
preposition (``المبعوث إلى``, ``المتحدث باسم``) or the name itself (``الوزير سامي
خليل``), so none of those ends it.
"""
from __future__ import annotations

# prepositions that carry a title on (normalized): القيادي في الحركة، النائب عن الكتلة
_TITLE_PREPOSITIONS = frozenset({"في", "عن", "من", "الي", "لدي", "علي", "مع", "بين", "ضد",
                                 "حول", "لدى", "امام"})
_NAME_REACH = 2  # a name may start this many words on (a first name the tagger missed)


def object_follows(tokens, owner, j: int, is_word) -> bool:
    """The definite noun at token ``j`` is a whole subject and an indefinite noun, the
    start of the object, follows it; ``is_word(norm)`` says a word is one the cue lexicon
    knows (a reported-clause opener, a preposition, another cue)."""
    n = len(tokens)
    if j + 1 >= n or owner[j] is not None or not tokens[j].norm.startswith("ال"):
        return False
    nxt = tokens[j + 1]
    if nxt.sentence != tokens[j].sentence or nxt.start > tokens[j].end + 1:
        return False  # a comma or a quotation mark between them
    w = nxt.norm
    if owner[j + 1] is not None or w.startswith("ال") or w[:1] in "بلو" \
            or w in _TITLE_PREPOSITIONS or is_word(w) or w.isdigit():
        return False
    # a person's name may begin on a word the tagger left out (الوزير سامح شكري)
    return not any(owner[m] is not None and owner[m].type == "PER"
                   for m in range(j + 1, min(n, j + 2 + _NAME_REACH)))


# verbs of receiving or meeting whose subject is the host and whose object is the guest,
# and of congratulating (هنأ X الرئيس Y، مؤكدا: X goes on, not the one congratulated)
# (normalized; ى is written ي, هنأ is هنا)
_HOST_VERBS = frozenset({"استقبل", "يستقبل", "التقي", "يلتقي", "اجتمع", "يجتمع", "هنا", "هنات"})


def meeting_host(tokens, owner, sent_start: int, i: int) -> int | None:
    """The token of the person who opens the sentence as the subject of a meeting verb
    (``استقبل الرئيس X وزير الخارجية Y، وأكد له``), for a cue at ``i`` with no subject of
    its own: the host goes on speaking, not the guest named after him."""
    for k in range(sent_start, min(i, sent_start + 3)):
        w = tokens[k].norm
        if (w[1:] if w[:1] in "وف" else w) in _HOST_VERBS:
            break
    else:
        return None
    if any(tokens[m].norm in _NEW_CLAUSE for m in range(k + 1, i)):
        return None  # هنأ X Y، بينما اكتفى Z بـ…، داعيا: Z's clause, Z goes on
    title = None  # a body in the genitive of the host's title: الأمين العام لمجلس التعاون X
    for m in range(k + 1, min(i, k + 10)):
        if owner[m] is None or owner[m] is title:
            continue
        if owner[m].type == "PER":
            return m
        if tokens[m - 1].norm not in _TITLE_WORDS:
            return None
        title = owner[m]
    return None


# conjunctions that open a clause with a subject of its own
_NEW_CLAUSE = frozenset({"بينما", "فيما", "حين"})
# words of a title a body's name follows in the genitive (normalized: رئيس is رءيس)
_TITLE_WORDS = frozenset({"العام", "رءيس", "وزير", "مدير", "ممثل", "سفير", "مبعوث"})


def appositive_head(text: str, tokens, owner, k: int, sent: int, named) -> str | None:
    """Who an apposition ending at token ``k`` describes (``وكان زلماي خليلزاد، السفير
    الأمريكي في العراق، قد قال``): the one named right before the comma that opens it
    (``named(entity)`` for a body or country), "" when no entity is named there, so the
    place that ends the apposition does not speak; None when no apposition opens."""
    for m in range(k - 1, max(-1, k - 10), -1):
        if tokens[m].sentence != sent or owner[m] is owner[k]:
            return None
        if "،" in text[tokens[m].end:tokens[m + 1].start]:
            ent = owner[m]
            return "" if ent is None else ent.id if ent.type == "PER" else named(ent)
    return None


def holder_of_title(text: str, tokens, owner, k: int, sent: int) -> str | None:
    """For a body at token ``k`` right before ``قد`` + cue and joined to its title by
    ``ل`` (``وكان X المدير العام لصندوق النقد الدولي قد قال``): the person named before
    the title, "" when none is; None when the body is not so joined (it is the subject)."""
    start = k
    while start > 0 and owner[start - 1] is owner[k]:
        start -= 1
    mention = next((m for m in owner[k].mentions
                    if m.start < tokens[k].end and tokens[start].start <= m.start), None)
    if mention is None or mention.start == 0 or text[mention.start - 1] != "ل":
        return None
    for m in range(start - 1, max(-1, start - 8), -1):
        if tokens[m].sentence != sent:
            break
        if owner[m] is not None:
            return owner[m].id if owner[m].type == "PER" else ""
    return ""
