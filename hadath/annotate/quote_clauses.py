"""Clause-level helpers of the ``quotes`` stage: where a subject, a reported clause and
a quotation begin and end, and which entities may speak.

Kept apart from ``hadath.annotate.quotes`` (the speaker search) so each stays small;
they read tokens and text only, never the cue lexicon's data files.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hadath.model import Article, Entity, Token
from hadath.text.particles import ANY_THAT

if TYPE_CHECKING:
    from hadath.annotate.speech_cues import CueLexicon

QUOTE_OPEN = '"«“'
QUOTED = re.compile(r"«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”")
_QUOTE_CLOSE = {'"': '"', "«": "»", "“": "”"}
# words that open a clause with a new subject; a reported clause ends before them
_NEW_CLAUSE = frozenset({"فيما", "بينما"})

def named(ent: Entity) -> str:
    """A speaker's id; a country speaks (دعت السعودية إلى), other places do not
    (قالت واشنطن is the US government, which the article did not name)."""
    return ent.id if may_speak(ent) else ""


def may_speak(ent: Entity) -> bool:
    if ent.type != "LOC":
        return True
    lid = ent.lexicon_id or ""
    return len(lid) == 3 and lid.isupper()  # a country row of the place lexicon (ISO3)


def feminine(word: str) -> bool:
    """A feminine past verb (قالت، أكدت، أعلنت)."""
    return len(word) >= 4 and word.endswith("ت")


def feminine_cue(word: str) -> bool:
    """A past or participle cue that agrees with a feminine subject, as a country is:
    قالت، مؤكدة (not أضاف، مؤكدا)."""
    return feminine(word) or word.endswith("ه")


def circumstantial(text: str, tokens, i: int, clitic: int) -> bool:
    """A participle cue opens a circumstantial clause after a comma or و (، مؤكدا /
    وداعية) or before ``أن`` (رفض النتائج معتبرا أنها مزورة); otherwise it is an
    adjective (حراسة مشددة) or a noun (من مطالبة)."""
    if clitic or i == 0:
        return True
    if i + 1 < len(tokens) and tokens[i + 1].norm in _THAT:
        return True
    gap = text[tokens[i - 1].end:tokens[i].start]
    return any(c in gap for c in "،,؛:\"»”")


_THAT = ANY_THAT


_SHORT_QUOTE = 4  # words of a quoted name inside a title


def quoted_name(text: str, owner, tokens, k: int) -> bool:
    """Token ``k`` opens a short quoted name (``أعلنت «كتائب حزب الله»``, ``النائب عن
    كتلة "الوفاء للمقاومة" حسن فضل الله``): a known name, or a few words that a title
    word comes right before."""
    ent = owner[k]
    if ent is not None:
        end = mention_end_token(tokens, owner, k)
        after = text[tokens[end - 1].end:tokens[end - 1].end + 1]
        if after in ('"', "»", "”"):
            return True
    gap = text[tokens[k - 1].end:tokens[k].start] if k else ""
    opener = next((c for c in gap if c in QUOTE_OPEN), None)
    if opener is None or ":" in gap:
        return False
    close = text.find(_QUOTE_CLOSE[opener], tokens[k].start)
    return close > 0 and "\n" not in text[tokens[k].start:close] \
        and len(text[tokens[k].start:close].split()) <= _SHORT_QUOTE \
        and close + 1 < len(text) and text[close + 1:close + 2] == " " \
        and not any(c in text[close + 1:close + 3] for c in "،,.:")


def closes_name(text: str, owner, tokens, k: int) -> bool:
    """Token ``k`` follows a short quoted name (``زعيم تحالف «الفتح» هادي``)."""
    gap = text[tokens[k - 1].end:tokens[k].start]
    if gap.strip() not in ('"', "»", "”"):
        return False
    if owner[k - 1] is not None:
        return True
    opener = {'"': '"', "»": "«", "”": "“"}[gap.strip()]
    back = text.rfind(opener, 0, tokens[k - 1].start)
    return back >= 0 and len(text[back + 1:tokens[k - 1].end].split()) <= _SHORT_QUOTE


def coordinated_people(cues: CueLexicon, tokens, owner, k: int, text: str,
                       first: str) -> list[str]:
    """Every further person joined to the subject by و, from token ``k`` on
    (``ماكرون وتيريزا ماي وأنغيلا ميركل``): each one speaks too."""
    out: list[str] = []
    while True:
        found = _joined(cues, tokens, owner, k, text)
        if found is None or found[0] == first or found[0] in out:
            return out
        out.append(found[0])
        k = mention_end_token(tokens, owner, found[1])


def coordinated_person(cues: CueLexicon, tokens, owner, k: int, text: str,
                       first: str) -> str | None:
    """A second person joined to the subject by و (``ميركل ووزير الخارجية هايكو ماس``)."""
    found = _joined(cues, tokens, owner, k, text)
    return found[0] if found is not None and found[0] != first else None


def _joined(cues: CueLexicon, tokens, owner, k: int, text: str) -> tuple[str, int] | None:
    """(entity id, token) of the person joined by و at token ``k``, past a title."""
    n = len(tokens)
    if k >= n or not tokens[k].norm.startswith("و") or tokens[k].sentence != tokens[k - 1].sentence:
        return None
    if any(c in text[tokens[k - 1].end:tokens[k].start] for c in "،,:\"«“"):
        return None
    for m in range(k, min(n, k + 6)):
        if m > k and (breaks(text, tokens[m - 1], tokens[m])
                      or any(c in text[tokens[m - 1].end:tokens[m].start] for c in "،,")):
            return None
        if cues.kind(tokens[m].norm) in ("that", "prep") or cues.cue_at(tokens, m):
            return None
        ent = owner[m]
        if ent is not None:
            return (ent.id, m) if ent.type == "PER" else None
    return None


def clause_follows(cues: CueLexicon, tokens, j: int, sent: int, text: str,
                   own: bool = False) -> bool:
    """A reported clause (أن، إن، a colon or a quotation mark) follows token ``j``. With
    ``own``, only one of the cue's own: not past a comma that opens a new verb joined by و
    (``أعربت واشنطن عن قلقها، وأكد المتحدث أن``, ``أعلنت الحكومة النفير، وأطلقت عملية
    "…"``), where what follows is another's speech or a name in quotation marks."""
    in_name = False  # inside quotation marks that enclose a name (عملية "…")
    for k in range(j, min(len(tokens), j + 20)):
        t = tokens[k]
        if t.sentence != sent:
            break
        if k > 0 and breaks(text, tokens[k - 1], t) and (
                in_name or tokens[k - 1].norm in _NAMING_NOUNS):
            in_name = not in_name
            continue
        if own and k > j and t.norm[:1] == "و" and "،" in text[tokens[k - 1].end:t.start] \
                and (cues.cue_at(tokens, k) or _past_verb(t.norm[1:])) \
                and not (k + 1 < len(tokens) and cues.kind(tokens[k + 1].norm) == "that"):
            return False  # (but ، وقالت إنه: the same subject goes on saying)
        if cues.kind(t.norm) == "that" or (k > 0 and breaks(text, tokens[k - 1], t)):
            return True
    return False


def mention_index(tokens: list[Token], entities) -> list[Entity | None]:
    """For each token, the entity one of whose mentions starts inside it (or covers it)."""
    spans = sorted(((m.start, m.end, e) for e in entities for m in e.mentions),
                   key=lambda x: x[0])
    owner: list[Entity | None] = [None] * len(tokens)
    k = 0
    for idx, t in enumerate(tokens):
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        for s, e, ent in spans[k:k + 4]:
            if s < t.end and e > t.start:
                owner[idx] = ent
                break
    return owner


# nouns whose quotation marks enclose a name, not speech (عملية "بركان الغضب")
_NAMING_NOUNS = frozenset({"اسم", "باسم", "عنوان", "بعنوان", "شعار", "بشعار", "تسميه",
                           "عمليه", "حمله", "مبادره", "خطه", "مناورات", "تحالف"})


def _past_verb(word: str) -> bool:
    """A third-person past verb with its ending (أطلقت، أكدت، دعا): a new clause's verb."""
    return len(word) >= 4 and word.endswith("ت") and not word.startswith("ال")


def mention_end_token(tokens, owner, k: int) -> int:
    ent = owner[k]
    while k + 1 < len(tokens) and owner[k + 1] is ent:
        k += 1
    return k + 1


def opens_clause(cues: CueLexicon, tokens, j: int) -> bool:
    if j >= len(tokens):
        return False
    w = tokens[j].norm
    return cues.kind(w) in ("that", "prep") or w[:1] in "بل"


def breaks(text: str, prev: Token, tok: Token) -> bool:
    gap = text[prev.end:tok.start]
    return ":" in gap or any(c in gap for c in QUOTE_OPEN + "»”")


def quote_span(text: str, article: Article, tokens, j: int, cues: CueLexicon) -> tuple[int, int]:
    """The quoted text after token ``j``: in quotation marks, else the clause to the end."""
    if j >= len(tokens):
        return 0, 0
    sent = article.sentences[tokens[j - 1].sentence] if article.sentences else None
    end = sent.end if sent else len(text)
    start = tokens[j - 1].end
    seg = text[start:end]
    names = {m.text for e in article.entities for m in e.mentions}
    pos = 0
    while pos < len(seg):
        ch = seg[pos]
        if ch in QUOTE_OPEN:
            close = seg.find(_QUOTE_CLOSE[ch], pos + 1)
            if close > pos + 1 and seg[pos + 1:close].strip() in names:
                pos = close + 1  # لقناة "فرانس 24" إن …: a quoted name, not the quote
                continue
            if close > pos + 1 and pos < 80:
                return start + pos + 1, start + close
            break
        pos += 1
    for k in range(j, len(tokens)):
        if tokens[k].start >= end:
            break
        if tokens[k].norm in _NEW_CLAUSE and k > j:
            end = tokens[k].start  # …، فيما رحب X: another subject's clause begins
            break
    for k in range(j, len(tokens)):
        if tokens[k].start >= end:
            break
        if cues.kind(tokens[k].norm) == "that" and not _in_a_name(text, tokens, k):
            s = tokens[k + 1].start if k + 1 < len(tokens) and tokens[k + 1].start < end else end
            return s, _trim_end(text, s, end)
    s = tokens[j].start if tokens[j].start < end else end
    return s, _trim_end(text, s, end)


def _in_a_name(text: str, tokens, k: int) -> bool:
    """``إن`` spelled out in a name (``شبكة سي إن إن``): twice in a row, or right
    before a comma or stop, it opens no clause."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return text[tokens[k].end:tokens[k].end + 1] in ("،", ",", ".") or (
        nxt is not None and nxt.norm == tokens[k].norm)


def _trim_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " .،,؛;\n":
        e -= 1
    return e


# titles that name the same office: the monarch introduced as الملك is later العاهل
_SAME_TITLE = {"عاهل": ("عاهل", "ملك")}


def titled_person(tokens, owner, i: int, title: str) -> str | None:
    """The person last named with ``title`` before token ``i`` (``وزير الخارجية … X``
    for a later ``وقال الوزير``): a title word at most six words before the name."""
    titles = _SAME_TITLE.get(title, (title,))
    for ent, start in persons_before(owner, i):
        for m in range(start - 1, max(-1, start - 7), -1):
            if tokens[m].sentence != tokens[start].sentence:
                break
            w = tokens[m].norm
            if w[:1] in "وف" and (w[1:3] == "ال" or w[1:] == title):
                w = w[1:]  # ووزير، والرئيس
            if w.startswith("ال"):
                w = w[2:]
            if w in titles:
                return ent.id
    return None


def persons_before(owner, i: int, first: int = 0):
    """(entity, first token) of each person mention that ends before token ``i``,
    nearest first, down to token ``first``: where a later title, honorific or office
    looks back for the person it stands for."""
    k = i - 1
    while k >= first:
        ent = owner[k]
        if ent is not None and ent.type == "PER":
            start = k
            while start > 0 and owner[start - 1] is ent:
                start -= 1
            yield ent, start
            k = start
        k -= 1


# honorifics that stand for a person as a pronoun does (وقال سموه إن): normalized
# pronoun form → the honorific noun that introduced the person (أدى سمو الشيخ مشعل)
HONORIFICS = {"سموه": "سمو", "جلالته": "جلاله", "فخامته": "فخامه", "معاليه": "معالي",
              "سماحته": "سماحه", "سيادته": "سياده"}
# a construct title's complement and the ones that mean the same office
_SAME_OFFICE = {"الدوله": ("الدوله", "الجمهوريه"), "الجمهوريه": ("الجمهوريه", "الدوله")}


def honored_person(tokens, owner, i: int, honorific: str) -> str | None:
    """The person an honorific pronoun before token ``i`` stands for: the last one
    introduced with its noun (``سمو الشيخ مشعل`` for ``سموه``; ``صاحب السمو الملكي
    الأمير X``, ``حضرة صاحب السمو أمير البلاد الشيخ X``), else the last person named
    before it."""
    noun = HONORIFICS[honorific]
    nouns = (noun, "ال" + noun)
    nearest = None
    for ent, start in persons_before(owner, i):
        nearest = nearest or ent.id
        if any(tokens[m].norm.lstrip("وفل") in nouns or tokens[m].norm in nouns
               for m in range(max(0, start - 4), start)):
            return ent.id
    return nearest


def office_holder(tokens, owner, i: int, title: str, complement: str) -> str | None:
    """The person last introduced with the construct title ``title complement``
    (``رئيس الجمهورية قيس سعيد``) before token ``i``, for a later ``وأكد رئيس الدولة``;
    a complement that names the same office counts (الدولة, الجمهورية)."""
    same = _SAME_OFFICE.get(complement, (complement,))
    for ent, start in persons_before(owner, i, first=1):
        for m in range(start - 1, max(0, start - 4), -1):
            w = tokens[m - 1].norm
            w = w[1:] if w[:1] in "وف" and w[1:] == title else w
            if w == title and tokens[m].norm in same:
                return ent.id
        # or in apposition right after the name (الأمير محمد بن سلمان ولي العهد)
        end = start
        while end < i and owner[end] is ent:
            end += 1
        if end + 1 < i and tokens[end].norm == title and tokens[end + 1].norm in same:
            return ent.id
    return None


# "that is what …": the relative ما after a pronoun (وهو ما طالبت به X)
_WHAT_IT_IS = frozenset({"هو", "وهو", "هي", "وهي", "ذلك", "وذلك"})
_BACK_TO_WHAT = frozenset({"به", "بها", "اليه", "اليها", "عليه", "عليها", "له", "لها"})


def what_was_asked(tokens, i: int, after: int) -> bool:
    """The cue at ``i`` is inside ``وهو ما (كانت) تطالب به X``: a relative clause that
    names what someone once asked for or said, describing an earlier deed; X is not
    speaking here, and the clause's span would swallow the sentence's real speaker."""
    k = i - 1
    if k >= 0 and tokens[k].norm in ("كان", "كانت", "قد"):
        k -= 1
    return k >= 1 and tokens[k].norm == "ما" and tokens[k - 1].norm in _WHAT_IT_IS \
        and after < len(tokens) and tokens[after].norm in _BACK_TO_WHAT
