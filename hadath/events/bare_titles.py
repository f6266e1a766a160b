"""Whose office a title written without a country names.

Wire copy names an office once with its state (``وزير الخارجية التركي``) and later bare
(``وأكد وزير الخارجية``); and a dateline story of one state calls its own head bare
(``أنقرة (الأناضول) - انتقد الرئيس …``, ``عمان (بترا) - استقبل الملك …``). Dropping such
titles loses the source of the act, or hands it to the next named state.
"""
from __future__ import annotations

from hadath.events.anaphora import named_by_title
from hadath.events.mention_context import is_dateline
from hadath.model import Article, Token

# the construct of a title with the state the story is told in (أمير البلاد, رئيس الدولة)
THIS_STATE = frozenset({"البلاد", "الدوله"})
# the word after a bare title that makes it the head of a firm or a board, not a state's
NOT_STATE = frozenset({"التنفيذي", "التنفيذيه", "المنتخب", "المكلف", "الفخري", "الشرفي"})


def office_country(article: Article, title, tokens: list[Token], i: int, j: int,
                   country: str | None, memory: dict, story_country: str | None) -> str | None:
    """The state of a national title at token ``i`` (``j``: the word after it). One
    written with its state records that state for its office; one written bare is the
    state its office was last written with, else the dateline's, else the story's.
    ``None`` for body titles, construct ones other than ``أمير البلاد``, a bare title the
    article named a person with before (``الملك محمد السادس`` … ``أكد الملك``:
    :func:`named_by_title` keys that one) or beside it, and titles followed by a word
    that makes them a firm's or board's."""
    if title is None or title.form == "body" or title.form == "construct" and not (
            j < len(tokens) and tokens[j].norm in THIS_STATE):
        return country
    key = ("office", title.office)
    if country is not None:
        memory[key] = country
        return country
    if j < len(tokens) and tokens[j].norm in NOT_STATE:
        return None
    if j == i + 1 and named_by_title(article, tokens, i) is not None or named_beside(
            article, tokens[i].start, tokens[j - 1].end):
        return None
    return memory.get(key) or dateline_country(article, memory) or story_country


def named_beside(article: Article, start: int, end: int) -> bool:
    """``وزير الخارجية والتعاون الدولي الإماراتي الشيخ عبدالله بن زايد``, ``برئاسة ولي
    العهد الأمير سلمان بن حمد``, ``الأمير محمد بن سلمان … ولي ولي العهد … وزير الدفاع``: a
    person named within a few words after the title (``start``..``end``), or before it
    in one string of titles (no comma between), holds it, whatever state the story is of."""
    return any(e.type == "PER" and any(end <= m.start < end + NAME_REACH or (
        start - 2 * NAME_REACH <= m.end <= start and not BREAKS & set(article.text[m.end:start]))
        for m in e.mentions) for e in article.entities)


# marks between a name and a title after it that end the name's string of titles
BREAKS = frozenset("،,.:؛\n")


# characters after a title within which a person's name is his (a title of three words
# and an honorific: والتعاون الدولي الإماراتي الشيخ)
NAME_REACH = 40


# characters from the start of the text within which a dateline's place stands
DATELINE_REACH = 40


def dateline_country(article: Article, memory: dict) -> str | None:
    """The state of the dateline's place (``أنقرة - …`` → TUR): the state whose office a
    bare title names in a wire story, where the story's most named state may be the one
    its head criticized."""
    if "dateline state" not in memory:
        memory["dateline state"] = next(
            (e.country for e in article.entities if e.type == "LOC" and e.country
             and any(m.start < DATELINE_REACH and is_dateline(article.text, m)
                     for m in e.mentions)), None)
    return memory["dateline state"]


def body_named_before(article: Article, office: str, tokens: list[Token], i: int, holders,
                      day: str | None):
    """``دعا الأمين العام للأمم المتحدة …`` … ``وحث الأمين العام إسرائيل``: a bare
    secretary-general or general assembly (at token ``i``) is the one of the body with
    such an office named last before it (``الجمعية العامة`` after the UN): the holder of
    that office on ``day``. ``None`` when no such body was named, for one whose body
    follows (``الأمين العام لحزب …``), and for one named as another's possessor
    (``المبعوث الشخصي للأمين العام``)."""
    if office not in BARE_BODY_OFFICES or not day or tokens[i].norm.startswith("ل") or (
            i + 2 < len(tokens) and tokens[i + 2].norm.startswith("ل")):
        return None
    start = tokens[i].start
    heads = {h.org: h for h in holders if h.org and h.office.endswith("_" + office)
             and h.holds_on(day)}
    last = max(((m.start, e.org) for e in article.entities if e.org in heads
                for m in e.mentions if m.start < start), default=None)
    return heads[last[1]] if last else None


def another_title(head, title) -> bool:
    """``استقبل الملك وزير الخارجية``, ``هنأ العاهل الرئيس الجزائري``: a title right after
    a title (``head``) names another man; an honorific does not (``ولي العهد الأمير
    سلمان``, ``العاهل الملك محمد السادس``). Nor does any agent after a whole title
    (``وطالب رئيس الوزراء السفير``): only a construct one (``رئيس المجلس العسكري``) takes
    an agent for its own."""
    if head is None:
        return False
    if title is None:
        return head.form == "adjective"
    return len(title.words) > 1 or title.words[0] not in HONORIFICS


# one-word titles written before a ruler's name, after his office
HONORIFICS = frozenset({"الامير", "الملك", "الشيخ", "السلطان"})


# offices that many bodies have, written bare after the body was named
BARE_BODY_OFFICES = frozenset({"secretary_general", "general_assembly"})


def construct(last: Token) -> bool:
    """Can the place after this word be its state, as in ``حكومة العراق``, ``رئيس وزراء
    لبنان``? Only when the word is indefinite: after a definite one the place is the
    object (``اتهم الجيش إسرائيل``, ``ثم اتهم الرئيس موسكو``)."""
    word = last.norm.lstrip("وف")
    return not word.startswith(("ال", "بال", "لل", "كال"))
