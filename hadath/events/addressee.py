"""Whom a call, a demand or a charge is addressed to: the actor right before its complement.

``دعا X Y إلى …``, ``طالب X Y بـ…``, ``حث X Y على …``, ``اتهم X Y بـ…``: the verb's own
preposition opens what is asked or charged, and the actor just before it is the one
asked or charged, however long the subject's title or the aside between them
(``وطالب الأمين العام المساعد لشؤون فلسطين … السفير سعيد أبو علي مجلس الأمن بـ``,
``دعت ما تسمى "قوات سوريا الديمقراطية"، التي يشكل … عمودها الفقري، الولايات المتحدة
إلى``). An actor inside the title (``لشؤون فلسطين``) is no target; the nearest-object
search of :mod:`hadath.events.targets` stops at such asides or reaches too short. The
actor may be an adjective on a plain noun (``الشركاء الأوروبيين إلى``, ``المسؤولين
الأمريكيين بـ``): the noun's people are the ones asked.
"""
from __future__ import annotations

from hadath.events.cues import BOUNDARIES
from hadath.events.phrases import Phrase, Roles
from hadath.events.targets import SPEECH_PARTICIPLES
from hadath.events.triggers import TriggerHit
from hadath.model import Token
from hadath.text.particles import RELATIVES

# the complement preposition of each verb of calling, demanding, urging and charging
# (dictionary forms: the verb, its imperfect, its participle)
_COMPLEMENT = {
    **dict.fromkeys(("دعا", "دعت", "يدعو", "داعيا", "داعيه"), "الي"),
    **dict.fromkeys(("طالب", "يطالب", "مطالبا", "ناشد", "يناشد", "اتهم", "يتهم", "متهما",
                     "متهمه"), "ب"),
    **dict.fromkeys(("حث", "يحث", "حاثا", "حض"), "علي"),
}
# how many words after the trigger the complement may come
ADDRESSEE_REACH = 24
# words that open another clause, whose preposition is not the verb's: the clause
# boundaries and a second verb of saying; not a relative pronoun, whose clause is an aside
# about the subject (دعت ما تسمى "قسد"، التي يشكل … عمودها الفقري، الولايات المتحدة إلى)
_CLAUSE = BOUNDARIES - RELATIVES | frozenset({"وقال", "وقالت", "واضاف", "واضافت", "واعلن",
                                              "واعلنت", "واكد", "واكدت"})


def addressed(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
              roles: Roles) -> Roles | None:
    """The roles with the target set to the actor right before the verb's complement
    preposition, when that actor is not the source; ``None`` when there is none."""
    if hit.entry.type not in ("REQUEST", "ACCUSE") or len(hit.entry.words) != 1:
        return None
    marker = _COMPLEMENT.get(hit.entry.words[0])
    if marker is None:
        return None
    source = roles.source
    ends = {p.last: p for p in groups if p.first > hit.last and p.prep is None
            and p.members[0].key}
    for i in range(hit.last + 1, min(len(tokens), hit.last + 1 + ADDRESSEE_REACH)):
        norm = tokens[i].norm
        if norm in _CLAUSE or norm in SPEECH_PARTICIPLES:
            return None
        if not _is_marker(norm, marker):
            continue
        p = ends.get(i - 1)
        if p is None or (source is not None and p.first <= source.last and source.first <= p.last):
            continue
        if roles.targets is not None and roles.targets.first == p.first:
            return None
        return Roles(source, p, roles.how)
    return None


def _is_marker(norm: str, marker: str) -> bool:
    """Is the word the complement preposition (``إلى``, ``على``, or ``ب`` joined to the
    masdar, ``بـ`` written apart)?"""
    if marker != "ب":
        return norm == marker
    return norm == "ب" or (norm.startswith("ب") and len(norm) > 3)


# verbs of asking, urging, charging and warning that take the one addressed as an object
# pronoun (دعاه فيه إلى, حثه خلاله على, طالبها, حذره من)
_ASKING = frozenset({"دعا", "دعت", "حث", "حثت", "طالب", "طالبت", "ناشد", "ناشدت", "اتهم",
                     "اتهمت", "حذر", "حذرت", "ابلغ", "ابلغت"})
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
# how many words after the call the verb may come (past the called one's titles)
CALL_REACH = 30


def called_party(tokens: list[Token], hit: TriggerHit, prev: tuple[TriggerHit, Roles] | None
                 ) -> Roles | None:
    """``أجرى … اتصالا هاتفيا بأخيه … أمير دولة قطر، دعاه فيه إلى …``, ``أجرى بلينكن
    اتصالا بالرئيس سعيد، حثه خلاله على …``: a verb whose object pronoun stands for the one
    just called or met is the caller's act, aimed at the one called; ``None`` otherwise."""
    if prev is None or hit.entry.type not in ("REQUEST", "ACCUSE", "THREATEN"):
        return None
    call, roles = prev
    if call.entry.type != "CONSULT" or roles.source is None or roles.targets is None \
            or hit.first - call.last > CALL_REACH or hit.entry.form != "v":
        return None
    verb, word = hit.entry.words[0], tokens[hit.first].norm
    written = {word, word[1:]} if word[:1] in ("و", "ف") else {word}
    if verb not in _ASKING or not written & {verb + p for p in _OBJECT_PRONOUNS}:
        return None
    return Roles(roles.source, roles.targets, "called")


# complaint words: lodged with a forum (إلى مجلس الأمن) against a wrongdoer
_COMPLAINT = frozenset({"شكوي", "بشكوي"})
# words that name what a complaint is about or whom it is against
_AGAINST = frozenset({"ضد", "بشان", "حول", "بحق"})
COMPLAINT_REACH = 8


def complained_of(tokens: list[Token], hit: TriggerHit, groups: list[Phrase],
                  roles: Roles) -> Roles | None:
    """``سيتقدم بشكوى إلى مجلس الأمن ضد انتهاك "إسرائيل" أجواءه``, ``قدمت شكوى رسمية إلى
    مجلس الأمن بشأن "الاعتداءات الأمريكية"``: a complaint is aimed at the one it is
    against, not at the forum it goes to; without one, at no one named here."""
    if hit.entry.type != "ACCUSE" or not any(w in _COMPLAINT for w in hit.entry.words):
        return None
    forum = roles.targets
    if forum is None or forum.prep != "الي":
        return None
    for p in groups:
        if p.first <= forum.last or p.first - forum.last > COMPLAINT_REACH or not p.members[0].key:
            continue
        if any(tokens[i].norm.strip('"«»') in _AGAINST for i in range(forum.last + 1, p.first)):
            return Roles(roles.source, p, roles.how)
    return Roles(roles.source, None, roles.how)
