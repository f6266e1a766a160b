"""Stage ``quotes``: direct and reported speech, with the speaker as an entity id.

A quote starts at a speech cue (``hadath/data/speech_cues.tsv``): ``قال``, ``أكد``,
``أعلن`` … with their feminine, plural, present and participle forms, and the reported
``وفق ما صرح به``, ``بحسب``, ``على لسان``, ``نقلت … عن``. The speaker is the named entity
that is the cue's subject, found in this order:

1. a body named right after the cue (``قالت وزارة الدفاع الروسية إن``), if a reported
   clause or a quotation follows (``أعلنت الجامعة دعمها`` is a deed, not speech);
   a place (``قالت واشنطن``) is never a speaker;
2. the first person named after the cue, past titles (``وقال وزير الخارجية الروسي
   سيرغي لافروف إن``), before a comma, a relative clause, a phrase or the reported clause;
3. a person named right before the cue (``يوري أوشاكوف، قال``; ``عوض بن عوف، الذي أعلن``);
4. no subject at all (``وأضاف:``، ``وقال في بيان إن``, a participle ``مؤكدا``): the
   speaker goes on — the person named last in the sentence outside what an earlier
   speaker said, else the sentence's last speaker, else (at a sentence start) the
   article's last speaker.

An unnamed source (``مصدر عسكري``, ``شهود عيان``), a nominal subject (``قال الجيش
الإسرائيلي``) or a cue inside a quotation gives no quote. The quote span is the quoted
text in quotation marks when one follows the cue, else the reported clause to the
sentence end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from hadath.model import Article, Entity, Quote, Span, Token
from hadath.text.segment import tokenize

_WINDOW = 14           # tokens after a cue searched for its subject
_QUOTE_OPEN = '"«“'
_QUOTED = re.compile(r"«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”")
_QUOTE_CLOSE = {'"': '"', "«": "»", "“": "”"}


@dataclass(frozen=True)
class CueLexicon:
    kinds: dict[str, str]          # normalized one-word form -> kind
    phrases: dict[tuple[str, ...], str]

    @classmethod
    def load(cls, text: str | None = None) -> "CueLexicon":
        if text is None:
            text = resources.files("hadath").joinpath("data", "speech_cues.tsv").read_text("utf-8")
        kinds: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2:
                raise ValueError(f"speech_cues.tsv:{n}: expected form<TAB>kind")
            toks = tuple(t.norm for t in tokenize(cols[0].strip()))
            if len(toks) == 1:
                kinds.setdefault(toks[0], cols[1].strip())
            elif toks:
                phrases[toks] = cols[1].strip()
        return cls(kinds, phrases)

    def cue_at(self, tokens: list[Token], i: int) -> tuple[str, int, int] | None:
        """(kind, clitic length, token after the cue) of a cue starting at token ``i``."""
        w = tokens[i].norm
        for phrase, kind in self.phrases.items():
            n = len(phrase)
            words = [t.norm for t in tokens[i:i + n]]
            if len(words) == n:
                for k in (0, 1):
                    if words[0][k:] == phrase[0] and words[1:] == list(phrase[1:]):
                        return kind, k, i + n
        for k in (0, 1):
            if k and w[:1] not in "وف":
                break
            kind = self.kinds.get(w[k:])
            if kind in ("verb", "continue", "participle", "according", "relay"):
                return kind, k, i + 1
        return None

    def kind(self, word: str) -> str | None:
        return self.kinds.get(word)


class QuoteFinder:
    name = "quotes"
    requires = ("tokens",)
    assigns = ("quotes",)

    def __init__(self, cues: CueLexicon | None = None):
        self.cues = cues or CueLexicon.load()

    def __call__(self, article: Article) -> Article:
        return article.with_(quotes=tuple(self.find(article)))

    def find(self, article: Article) -> list[Quote]:
        tokens = list(article.tokens)
        if not tokens or not article.entities:
            return []
        text = article.text
        owner = _mention_index(tokens, article.entities)
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        out: list[Quote] = []
        said: list[tuple[int, int, str]] = []  # (after the subject, end of quote, speaker)
        last_speaker: str | None = None
        sent_start = 0
        for i, tok in enumerate(tokens):
            if i and tok.sentence != tokens[i - 1].sentence:
                sent_start = i
            cue = self.cues.cue_at(tokens, i)
            if cue is None:
                continue
            kind, clitic, after = cue
            if any(a < tok.start < b for a, b in quoted):
                continue  # a cue inside quoted speech belongs to the quotation
            if kind == "continue" and not _clause_follows(self.cues, tokens, after,
                                                          tok.sentence, text) \
                    and not (after < len(tokens) and self.cues.kind(tokens[after].norm)
                             == "participle"):
                continue  # تابع الرئيس سير العمليات: followed, not went on saying
            initial = i - sent_start <= 1
            coordinated = clitic > 0 and not initial
            speaker, subj_end = self._speaker(tokens, owner, i, after, kind, text, coordinated)
            if speaker == "":
                continue  # unnamed source, nominal subject, a place, or a body announcing a deed
            if speaker is None:
                speaker = self._goes_on(tokens, owner, i, after, kind, sent_start, said,
                                        last_speaker if initial else None)
            if speaker is None:
                continue
            cue_span = Span.of(text, tok.start + clitic, tokens[after - 1].end)
            qs, qe = _quote_span(text, article, tokens, max(after, subj_end), self.cues)
            if qe <= qs:
                qs, qe = cue_span.start, cue_span.end
            out.append(Quote(speaker, cue_span, qs, qe, text[qs:qe]))
            said.append((tokens[max(after, subj_end) - 1].end, max(qe, cue_span.end), speaker))
            last_speaker = speaker
        return out

    def _goes_on(self, tokens, owner, i, after, kind, sent_start, said, article_last):
        """The speaker of a cue without a subject of its own (وأضاف، وقال في بيان، مؤكدا)."""
        if kind not in ("verb", "continue", "participle"):
            return None
        if kind == "verb" and not _opens_clause(self.cues, tokens, after):
            return None
        if i > 0 and tokens[i - 1].norm == "ما":
            return None  # وفق ما أفاد به …: the source is named after, or not at all
        lo = tokens[sent_start].start
        earlier = [r for r in said if r[0] >= lo]

        def outside(k: int) -> bool:  # not inside what an earlier speaker said
            return not any(a <= tokens[k].start < b for a, b, _ in earlier)

        for types in (("PER",), ("ORG",)):
            if types == ("ORG",) and kind == "verb" and not earlier:
                break
            for k in range(i - 1, sent_start - 1, -1):
                if types == ("ORG",) and k - sent_start > 3:
                    continue  # a body is the subject only near the start (واعتبرت حركة …)
                if owner[k] is not None and owner[k].type in types and outside(k):
                    return owner[k].id
            if earlier and types == ("PER",):
                return earlier[-1][2]
        return article_last

    def _speaker(self, tokens, owner, i, after, kind, text, coordinated) -> tuple[str | None, int]:
        """(entity id, token after the subject); "" when the subject is not a named speaker."""
        n = len(tokens)
        sent = tokens[i].sentence
        j = after
        if j < n and tokens[j].norm in ("به", "بها", "عنه"):
            j += 1
        if kind == "relay":
            for k in range(j, min(n, j + _WINDOW)):
                if tokens[k].sentence != sent:
                    break
                if tokens[k].norm == "عن" and k + 1 < n and owner[k + 1]:
                    return _named(owner[k + 1]), _mention_end_token(tokens, owner, k + 1)
            return None, after
        first = tokens[j] if j < n and tokens[j].sentence == sent else None
        if first is not None and _breaks(text, tokens[j - 1], first):
            first = None  # وأضاف: "…": the quotation, not a subject, follows
        if kind == "according":
            if first is not None and first.norm == "ما":
                return "", after  # وفق ما صرح به X: the verb that follows is the cue
            if first is not None and owner[j] and owner[j].type in ("PER", "ORG"):
                return owner[j].id, _mention_end_token(tokens, owner, j)
            for k in range(j, min(n, j + _WINDOW)):  # على لسان رئيس مفوضيته موسى فقي
                if tokens[k].sentence != sent or (k > j and _breaks(text, tokens[k - 1], tokens[k])):
                    break
                if self.cues.kind(tokens[k].norm) == "that":
                    break
                if owner[k] is not None and owner[k].type == "PER":
                    return owner[k].id, _mention_end_token(tokens, owner, k)
            return "", after
        if first is not None and self.cues.kind(first.norm) == "unnamed":
            return "", after
        if kind == "participle":
            return None, after
        # a body or place right after the cue is the subject (أعلنت الأمم المتحدة …)
        if first is not None and owner[j] is not None and owner[j].type != "PER":
            if coordinated:
                return None, after  # وطالبت مجلس الأمن: the body is the object
            ent = owner[j]
            if ent.type == "ORG" and not _clause_follows(self.cues, tokens, j, sent, text):
                return "", after  # أعلنت الجامعة دعمها، اتهمت قوات … الجيش: a deed, not speech
            return _named(ent), _mention_end_token(tokens, owner, j)
        # a person named after the cue, past titles, before the reported clause
        for k in range(j, min(n, j + (2 if coordinated else _WINDOW)) if first else 0):
            t = tokens[k]
            if t.sentence != sent or (k > j and _breaks(text, tokens[k - 1], t)):
                break
            if self.cues.kind(t.norm) == "that" or self.cues.cue_at(tokens, k):
                break
            if t.norm in ("الذي", "التي", "الذين"):
                break  # a name in a relative clause is not the subject
            if k > j and any(c in text[tokens[k - 1].end:t.start] for c in "،,"):
                break  # وصف الوزير محمد المومني، زيارة الأمير …: the subject ended at the comma
            if self.cues.kind(t.norm) == "org_head":
                break  # المتحدث باسم مركز الملك سلمان: a name inside an institution's name
            if self.cues.kind(t.norm) == "prep" and (k == j or "،" in text[tokens[k - 1].end:t.start]
                                     or "," in text[tokens[k - 1].end:t.start]):
                break  # وأعرب خلال لقائه بأوباما: a phrase, not a subject, follows
            ent = owner[k]
            if ent is not None and ent.type == "PER":
                return ent.id, _mention_end_token(tokens, owner, k)
        # a person named right before the cue (يوري أوشاكوف، قال …؛ X الذي أعلن)
        k = i - 1
        relative = k >= 0 and tokens[k].norm in ("الذي", "التي", "الذين")
        while k >= 0 and tokens[k].norm in ("قد", "الذي", "التي", "الذين", "كان", "وكان", "فقد"):
            k -= 1
        if k >= 0 and tokens[k].sentence == sent and owner[k] is not None \
                and owner[k].type == "PER" \
                and text[tokens[k].end:tokens[k + 1].start].strip(" ،,") == "":
            return owner[k].id, after
        if relative:
            return "", after  # قرارات مجلس الأمن التي تدعو: the antecedent is no person
        # a nominal subject (الجيش الإسرائيلي، الوزارة) names nobody we know
        if first is not None and first.norm.startswith("ال") \
                and self.cues.kind(first.norm) != "prep" and self.cues.kind(first.norm) != "that":
            return "", after
        return None, after


def _named(ent: Entity) -> str:
    """A speaker's id; places (قالت واشنطن) are not speakers."""
    return "" if ent.type == "LOC" else ent.id


def _clause_follows(cues: CueLexicon, tokens, j: int, sent: int, text: str) -> bool:
    """A reported clause (أن، إن، a colon or a quotation mark) follows token ``j``."""
    for k in range(j, min(len(tokens), j + 20)):
        t = tokens[k]
        if t.sentence != sent:
            break
        if cues.kind(t.norm) == "that" or (k > 0 and _breaks(text, tokens[k - 1], t)):
            return True
    return False


def _mention_index(tokens: list[Token], entities) -> list[Entity | None]:
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


def _mention_end_token(tokens, owner, k: int) -> int:
    ent = owner[k]
    while k + 1 < len(tokens) and owner[k + 1] is ent:
        k += 1
    return k + 1


def _opens_clause(cues: CueLexicon, tokens, j: int) -> bool:
    if j >= len(tokens):
        return False
    w = tokens[j].norm
    return cues.kind(w) in ("that", "prep") or w[:1] in "بل"


def _breaks(text: str, prev: Token, tok: Token) -> bool:
    gap = text[prev.end:tok.start]
    return ":" in gap or any(c in gap for c in _QUOTE_OPEN + "»”")


def _quote_span(text: str, article: Article, tokens, j: int, cues: CueLexicon) -> tuple[int, int]:
    """The quoted text after token ``j``: in quotation marks, else the clause to the end."""
    if j >= len(tokens):
        return 0, 0
    sent = article.sentences[tokens[j - 1].sentence] if article.sentences else None
    end = sent.end if sent else len(text)
    start = tokens[j - 1].end
    seg = text[start:end]
    for pos, ch in enumerate(seg):
        if ch in _QUOTE_OPEN:
            close = seg.find(_QUOTE_CLOSE[ch], pos + 1)
            if close > pos + 1 and pos < 80:
                return start + pos + 1, start + close
            break
    for k in range(j, len(tokens)):
        if tokens[k].start >= end:
            break
        if cues.kind(tokens[k].norm) == "that":
            s = tokens[k + 1].start if k + 1 < len(tokens) and tokens[k + 1].start < end else end
            return s, _trim_end(text, s, end)
    s = tokens[j].start if tokens[j].start < end else end
    return s, _trim_end(text, s, end)


def _trim_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " .،,؛;\n":
        e -= 1
    return e
