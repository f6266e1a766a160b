"""Stage ``quotes``: direct and reported speech, with the speaker as an entity id.

A quote starts at a speech cue (``hadath/data/speech_cues.tsv``, read by
:mod:`hadath.annotate.speech_cues`): ``قال``, ``أكد``, ``أعلن`` … with their feminine,
plural, present and participle forms, and the reported
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

Refinements: a cue joined by ``و`` mid-sentence looks a few words past titles for its
subject (``، وقال الناطق باسمها X``) but never takes the name before it; a quoted name
(``أعلنت «كتائب حزب الله»``) is a subject, not a quotation; a second person joined by
``و`` speaks too (``دعت ميركل ووزير الخارجية ماس إلى``); a country speaks when a clause
follows and it is not one of several (``أعلنت إيران والسعودية استئناف``); after
``أنه`` (``أشار إلى أنه أبلغ X``) and ``حيث`` the speaker goes on; a feminine cue with
no subject goes back to the body or country of an earlier feminine verb (``أقرت
السعودية بمقتل X، وقالت``); a plural cue with no subject (``ناشطون … دعوا``) and a
participle without a comma before it (``حراسة مشددة``) give no quote.

An honorific pronoun (``وقال سموه``) or a construct title (``وأكد رئيس الدولة``) stands
for the person introduced with it. A person in a genitive (``حملة تبون``) or written to
(``رسالة إلى الملك سلمان``) does not go on speaking; after a feminine cue joined by ``و``,
a masculine title is the object (``ودعت رئيس الجمهورية X``) and the earlier feminine
subject speaks; ``نقلت … عن`` looks past a title to the name; ``ووصف X بأنها`` keeps the
sentence's subject.

Back references: ``الأخير`` is the person named last; a title with a nisba (``الوزير
الأردني``, ``المسؤول الأممي``) the one introduced with it (:mod:`quote_titles`); a
masculine cue does not go on with a woman named by her title, nor anyone with a clitic
preposition (``اتصل X برائد حسن، وأكد``); ``وهو ما طالبت به X`` is no speech.

An unnamed source (``مصدر عسكري``, ``شهود عيان``), a nominal subject (``قال الجيش
الإسرائيلي``) or a cue inside a quotation gives no quote. The quote span is the quoted
text in quotation marks when one follows the cue (or opens the sentence before it:
:mod:`quote_fronted`), else the reported clause to the sentence end.

Helpers, one idea each: :mod:`quote_relatives` (a verb describing the noun before it:
``تفاهم أعلنه X``, ``مرسوما يدعو``), :mod:`quote_subjects` (where a subject ends: ``أكد
المجلس سيادة …``; the host of a meeting; an apposition or a title before ``قد``),
:mod:`quote_objects` (persons spoken to or about, or a deed's victim),
:mod:`quote_goes_on` (who goes on speaking), :mod:`quote_according` (``بحسب``، ``وفق``,
and a body's words told by its official), :mod:`quote_words` (closed word lists).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.annotate.quote_clauses import (
    QUOTED, circumstantial, clause_follows, coordinated_people, mention_index, quote_span,
    feminine_cue, what_was_asked)
from hadath.annotate.quote_according import body_told_by
from hadath.annotate.quote_fronted import fronted_quotation
from hadath.annotate.quote_pairs import dual_cue, person_joined_before
from hadath.annotate.quote_relatives import describes_noun, document_says, points_back
from hadath.annotate.quote_agreement import noun_speaker, she_body
from hadath.annotate.quote_goes_on import goes_on, her_verb_with_object, object_after_feminine
from hadath.annotate.quote_objects import addressee_after, body_called_on, clause_subject
from hadath.annotate.quote_words import NEGATIONS, PRONOUN_SUBJECTS, PROMPTED
from hadath.annotate.quote_speaker import subject_speaker
from hadath.annotate.speech_cues import CueLexicon, default_cues
from hadath.model import Article, Quote, Span, Token


class QuoteFinder:
    name = "quotes"
    requires = ("tokens",)
    assigns = ("quotes",)

    def __init__(self, cues: CueLexicon | None = None):
        self.cues = cues or default_cues()

    def __call__(self, article: Article) -> Article:
        return article.with_(quotes=tuple(self.find(article)))

    def find(self, article: Article) -> list[Quote]:
        tokens = list(article.tokens)
        if not tokens or not article.entities:
            return []
        text = article.text
        owner = mention_index(tokens, article.entities)
        tokens = _names_are_no_that(self.cues, tokens, owner)   # بان كي مون is not بأن
        by_id = {e.id: e for e in article.entities}
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        out: list[Quote] = []
        said: list[tuple[int, int, str]] = []  # (after the subject, end of quote, speaker)
        last_speaker: str | None = None
        unnamed = -1  # the last verb cue whose subject names nobody (أكد المجلس)
        quotes_before_unnamed = 0
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
            if kind == "as_put":  # غادر X ليبيا "بقلق عميق"، على حد تعبيره: his words
                found = _as_put(tokens, owner, quoted, sent_start, i)
                if found is not None and not any(q.start <= found[1] < q.end for q in out):
                    speaker, qs, qe = found    # (not the words a cue before gave already)
                    cue_span = Span.of(text, tok.start + clitic, tokens[after - 1].end)
                    out.append(Quote(speaker, cue_span, qs, qe, text[qs:qe]))
                    said.append((cue_span.end, cue_span.end, speaker))
                    last_speaker = speaker
                continue
            if kind == "threat":
                # هدد بـ"تدمير الاقتصاد": his words; هدد باستهداف المنشآت: a deed only
                end = article.sentences[tok.sentence].end if article.sentences else len(text)
                if not any(tok.end < a < end for a, _ in quoted):
                    continue
                kind = "verb"
            if kind == "admit":
                # أقر بأن قواته شاركت: he admits it; أقر البرلمان القانون: a deed only
                if not any(self.cues.kind(t.norm) == "that" and t.norm.startswith("ب")
                           for t in tokens[after:after + 12] if t.sentence == tok.sentence):
                    continue
                kind = "verb"
            if i and tokens[i - 1].norm in NEGATIONS:
                continue  # ولكنه لم يعلن عن مرشحه: no speech
            if i and tokens[i - 1].norm == "مما" and tok.norm in PROMPTED:
                continue  # مما دعا أولمرت لأن يصف: what prompted him, not a call
            if what_was_asked(tokens, i, after):
                continue  # وهو ما كانت تطالب به حماس: what was asked for, not speech
            if not clitic and points_back(self.cues.kinds, tok.norm) \
                    and describes_noun(text, tokens, owner, i):
                continue  # تنفيذا لتفاهم أعلنه الرئيس X: what was announced, not speech here
            if not clitic and kind == "verb" and document_says(text, tokens, owner, i):
                continue  # أصدر الرئيس مرسوما يدعو إلى انتخابات: the decree, not a speaker
            if kind == "continue" and not clause_follows(self.cues, tokens, after,
                                                          tok.sentence, text) \
                    and not (i and any(b == tokens[i - 1].end + 1 for _, b in quoted)
                             and "،" in text[tokens[i - 1].end:tok.start]) \
                    and not (after < len(tokens) and self.cues.kind(tokens[after].norm)
                             == "participle"):
                continue  # تابع الرئيس سير العمليات: followed, not went on saying
            if kind == "noun":  # بعد إعلان وزير الخارجية الكويتي الشيخ X، مساء الاثنين، أن
                found = noun_speaker(self.cues, tokens, owner, after, text)
                if found is not None:
                    qs, qe = quote_span(text, article, tokens, found[1], self.cues)
                    cue_span = Span.of(text, tok.start + clitic, tokens[after - 1].end)
                    out.append(Quote(found[0], cue_span, qs, qe, text[qs:qe]))
                    said.append((tokens[found[1] - 1].end, max(qe, cue_span.end), found[0]))
                    last_speaker = found[0]
                continue
            if kind == "participle" and not circumstantial(text, tokens, i, clitic):
                continue  # حراسة مشددة، من مطالبة قيادة الجيش: an adjective or a noun
            initial = i - sent_start <= 1
            coordinated = clitic > 0 and not initial
            pronoun = i > sent_start and tokens[i - 1].norm in PRONOUN_SUBJECTS
            body = object_after_feminine(tokens, owner, i, after, clitic, sent_start) \
                if coordinated and kind == "verb" else None
            if body is not None:  # اعتبرت الجبهة …، ودعت رئيس الجمهورية X: she asked him
                speaker, subj_end = body, after
            elif coordinated and kind == "verb" and (
                    called := addressee_after(tokens, after)
                    or body_called_on(tokens, owner, i, clitic, after)):
                # رحب X بالضربات، وطالب المجتمع الدولي بـ…: X asks, the world is asked
                speaker = clause_subject(owner, sent_start, i) or ""
                subj_end = after + called
            elif pronoun:  # أشار إلى أنه أبلغ الرئيس X: "he" told X; the speaker goes on
                speaker, subj_end = None, after
            else:
                speaker, subj_end = self._speaker(tokens, owner, i, after, kind, text,
                                                  coordinated)
            if speaker == "":
                if kind in ("verb", "continue") and (after >= len(tokens)
                                                     or owner[after] is None):
                    # a participle after it goes on with this unnamed subject (not with a
                    # named body whose cue was a deed: أدانت الوزارة الهجوم، معتبرة)
                    unnamed, quotes_before_unnamed = i, len(out)
                continue  # unnamed source, nominal subject, a place, or a body announcing a deed
            if speaker is None and unnamed >= sent_start and len(out) == quotes_before_unnamed \
                    and (kind == "participle" or clitic):
                continue  # أكد المجلس سيادة … وأبو موسى، داعيا / وقال: the council goes on
            if speaker is None and pronoun:
                lo = tokens[sent_start].start
                speaker = next((r[2] for r in reversed(said) if r[0] >= lo), None)
            if speaker is None:
                if kind == "verb" and tok.norm.endswith("وا"):
                    continue  # دعوا، قالوا: a group no name was given for
                speaker = goes_on(self.cues, tokens, owner, i, after, kind, sent_start, said,
                                        last_speaker if initial else None, text)
                word = tok.norm[clitic:]
                if speaker is not None and she_body(by_id[speaker]) \
                        and not feminine_cue(word) and not her_verb_with_object(self.cues, word) \
                        and (by_id[speaker].type == "LOC" or word[:1] not in "تي"):
                    continue  # وأضاف after قالت بريطانيا: a country is "she"; someone else
            if speaker is None:
                continue
            # أدانت الجامعة "…"، بحسب بيان لأمينها العام X: his words (with على لسان the
            # body speaks by his tongue, and the dev gold lists both)
            relayed = []
            if kind == "according" and after == i + 1 and by_id[speaker].type == "PER":
                out, relayed = body_told_by(self.cues, out, by_id, tokens, sent_start, i)
            cue_span = Span.of(text, tok.start + clitic, tokens[after - 1].end)
            qs, qe = quote_span(text, article, tokens, max(after, subj_end), self.cues)
            if relayed:
                qs, qe = relayed[0].start, relayed[0].end
            fronted = fronted_quotation(text, article.sentences[tok.sentence].start,
                                        tok.start) if article.sentences else None
            if fronted is not None:  # "لن نتراجع"، قال الرئيس X في كلمة: the words before
                qs, qe = fronted
            if qe <= qs:
                qs, qe = cue_span.start, cue_span.end
            out.append(Quote(speaker, cue_span, qs, qe, text[qs:qe]))
            said.append((tokens[max(after, subj_end) - 1].end, max(qe, cue_span.end), speaker))
            last_speaker = speaker
            # دعت ميركل ووزير الخارجية هايكو ماس إلى …: both speak; so do three leaders
            for also in coordinated_people(self.cues, tokens, owner, subj_end, text, speaker):
                out.append(Quote(also, cue_span, qs, qe, text[qs:qe]))
            # وكان X ونظيره Y قد أعلنا: a dual verb after its subject names both
            if kind == "verb" and dual_cue(self.cues, tok.norm):
                k = next((m for m in range(i - 1, max(-1, i - 4), -1)
                          if owner[m] is not None and owner[m].id == speaker), None)
                while k is not None and k > 0 and owner[k - 1] is owner[k]:
                    k -= 1
                other = person_joined_before(tokens, owner, text, k) if k is not None else None
                if other is not None:
                    out.append(Quote(other, cue_span, qs, qe, text[qs:qe]))
        return out

    def _speaker(self, tokens, owner, i, after, kind, text, coordinated) -> tuple[str | None, int]:
        """(entity id, token after the subject); "" when the subject is not a named speaker."""
        return subject_speaker(self.cues, tokens, owner, i, after, kind, text, coordinated)


def _names_are_no_that(cues: CueLexicon, tokens: list[Token], owner) -> list[Token]:
    """A word of a person's name that is written like a "that" (``بان`` of ``بان كي مون``
    normalizes like ``بأن``) is part of the name: it neither ends the subject nor opens a
    reported clause. Its matching form is set apart; its offsets stay."""
    return [replace(t, norm="\u00b7" + t.norm)
            if owner[k] is not None and owner[k].type == "PER" and cues.kind(t.norm) == "that"
            else t for k, t in enumerate(tokens)]


def _as_put(tokens, owner, quoted, sent_start, i):
    """(speaker, start, end) for ``على حد تعبيره`` (as he put it): the words are the last
    quotation before it in the sentence, the speaker the clause's subject that opens the
    sentence (not the person named last: ``زار X … والتقى Y، … "…"، على حد تعبيره``)."""
    lo = tokens[sent_start].start
    before = [(a, b) for a, b in quoted if lo <= a and b <= tokens[i].start]
    speaker = clause_subject(owner, sent_start, i)
    if not before or speaker is None:
        return None
    a, b = before[-1]
    return speaker, a + 1, b - 1
