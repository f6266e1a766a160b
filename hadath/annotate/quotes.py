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

from hadath.annotate.quote_clauses import (
    HONORIFICS, QUOTED, breaks, circumstantial, clause_follows, closes_name, coordinated_people, feminine,
    mention_end_token, mention_index, named, quote_span, quoted_name,
    titled_person, feminine_cue, honored_person, office_holder, what_was_asked, persons_before)
from hadath.annotate.quote_objects import addressee, owned, spoken_about
from hadath.annotate.quote_according import according_speaker, body_told_by
from hadath.annotate.quote_fronted import fronted_quotation
from hadath.annotate.quote_pairs import dual_cue, person_joined_before
from hadath.annotate.quote_relatives import describes_noun, document_says, points_back
from hadath.annotate.quote_subjects import appositive_head, holder_of_title, object_follows
from hadath.annotate.quote_agreement import noun_speaker, relative_subject, she_body
from hadath.annotate.quote_goes_on import THAT_IT_IS as _THAT_IT_IS
from hadath.annotate.quote_goes_on import goes_on, object_after_feminine
from hadath.annotate.quote_titles import BARE_TITLES as _BARE_TITLES
from hadath.annotate.quote_titles import MASCULINE_TITLES as _MASCULINE_TITLES
from hadath.annotate.quote_titles import TITLES as _TITLES
from hadath.annotate.quote_titles import (
    GENERIC_HEADS, described_person, introduced_otherwise, nisba)
from hadath.annotate.quote_words import (
    ADVERBS, COLLECTIVE, GROUP_HEADS, HONORIFIC_NOUNS, NEGATIONS, OBJECT_PREPOSITIONS,
    PRONOUN_SUBJECTS, PROMPTED, REPORT_VERBS, SAYING, SPOKESMEN, sent_start_of)
from hadath.annotate.speech_cues import CueLexicon
from hadath.model import Article, Quote, Span

_WINDOW = 14           # tokens after a cue searched for its subject
_COORD_WINDOW = 6      # … after a cue joined by و to what came before (وطالب وزير الخارجية X)


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
        owner = mention_index(tokens, article.entities)
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
            if kind == "threat":
                # هدد بـ"تدمير الاقتصاد": his words; هدد باستهداف المنشآت: a deed only
                end = article.sentences[tok.sentence].end if article.sentences else len(text)
                if not any(tok.end < a < end for a, _ in quoted):
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
                        and not feminine_cue(word) \
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
        n = len(tokens)
        sent = tokens[i].sentence
        j = after
        if j < n and tokens[j].norm in ("به", "بها", "عنه", "فيه", "فيها"):
            j += 1
        if j + 2 < n and tokens[j].norm == "كل" and tokens[j + 1].norm == "من":
            j += 2  # وأكد كل من X وY أن: each of them speaks
        while j + 1 < n and tokens[j].norm in ADVERBS and tokens[j + 1].sentence == sent:
            j += 1  # وهو ما أكده أيضا نظيره X: the subject comes after the adverb
        while j + 1 < n and tokens[j].norm in HONORIFIC_NOUNS and tokens[j + 1].sentence == sent:
            j += 1  # وقال سمو أمير البلاد: the title after the honorific names him
        if kind == "relay":
            for k in range(j, min(n, j + _WINDOW)):
                if tokens[k].sentence != sent:
                    break
                if tokens[k].norm == "عن" and k + 1 < n and owner[k + 1]:
                    src = owner[k + 1]  # نقلت … عن روسيا: a place is what was said about
                    return (src.id if src.type != "LOC" else ""), \
                        mention_end_token(tokens, owner, k + 1)
                if tokens[k].norm == "عن" and k + 1 < n:
                    # نقلت شبكة "سي بي إس" عن وزير الدفاع مارك إسبر: past the title
                    if self.cues.kind(tokens[k + 1].norm) == "unnamed":
                        return "", after  # نقل موقع X عن مسؤول إسرائيلي قوله: unnamed
                    for m in range(k + 1, min(n, k + 13)):
                        if tokens[m].sentence != sent or breaks(text, tokens[m - 1], tokens[m]) \
                                or any(c in text[tokens[m - 1].end:tokens[m].start] for c in "،,") \
                                or self.cues.kind(tokens[m].norm) == "that" \
                                or tokens[m].norm in SAYING:
                            break  # … قوله إن X: a name in what was said
                        if owner[m] is not None and owner[m].type == "PER":
                            return owner[m].id, mention_end_token(tokens, owner, m)
                    return None, after
            return None, after
        first = tokens[j] if j < n and tokens[j].sentence == sent else None
        if first is not None and breaks(text, tokens[j - 1], first) \
                and not quoted_name(text, owner, tokens, j):
            first = None  # وأضاف: "…": the quotation, not a subject, follows
        if kind == "according":
            return according_speaker(self.cues, text, tokens, owner, j, sent, first, after)
        if first is not None and self.cues.kind(first.norm) == "unnamed" \
                and not (first.norm == "مسءول" and j + 1 < n
                         and tokens[j + 1].norm.startswith("ال")):
            return "", after  # not مسؤول السياسة الخارجية X: an office, then his name
        if kind == "participle":
            return None, after
        if i > 1 and tokens[i - 1].norm == "قد" and owner[i - 2] is not None \
                and owner[i - 2].type != "PER" and tokens[i - 2].sentence == sent:
            holder = holder_of_title(text, tokens, owner, i - 2, sent)
            if holder is not None:  # وكان X المدير العام لصندوق النقد قد قال: he
                return holder, after
        if i > 1 and tokens[i - 1].norm == "قد" and owner[i - 2] is not None \
                and owner[i - 2].type != "PER" and tokens[i - 2].sentence == sent \
                and "،" in text[tokens[i - 2].end:tokens[i - 1].start]:
            # وكان X، السفير الأمريكي في العراق، قد قال: the place ends his apposition
            named_before = appositive_head(text, tokens, owner, i - 2, sent, named)
            if named_before is not None:
                return named_before, after
        if i > 1 and tokens[i - 1].norm == "قد" and owner[i - 2] is not None \
                and owner[i - 2].type != "PER" and tokens[i - 2].sentence == sent:
            # كانت واشنطن قد أعلنت تشكيل تحالف: the body before قد is the subject, so no
            # person named after the cue is; without a clause of its own, what it
            # announced is a deed, and other cues look back as a subject-less one does
            if not clause_follows(self.cues, tokens, after, sent, text, own=True):
                return ("" if tokens[i].norm.lstrip("وف") in ("اعلن", "اعلنت") else None), after
            return named(owner[i - 2]), after
        if first is not None and owner[j] is None and first.norm in ("مكتب", "ديوان"):
            return "", after  # قال مكتب رئيس الوزراء X: his office speaks, not he
        # a body or place right after the cue is the subject (أعلنت الأمم المتحدة …)
        if first is not None and owner[j] is not None and owner[j].type != "PER":
            if coordinated:
                return None, after  # وطالبت مجلس الأمن: the body is the object
            ent = owner[j]
            end = mention_end_token(tokens, owner, j)
            reports = tokens[i].norm.lstrip("وف") in REPORT_VERBS and end < n \
                and tokens[end].norm.startswith("ب")  # أفادت الوزارة بسقوط قتلى
            if not reports and not clause_follows(self.cues, tokens, j, sent, text, own=True):
                return "", after  # أعلنت الجامعة دعمها، اتهمت قوات … الجيش: a deed, not speech
            if ent.type == "LOC" and end < n and tokens[end].norm.startswith("و") \
                    and (owner[end] is not None or (end + 1 < n and owner[end + 1] is not None)):
                return "", after  # أعلنت إيران والسعودية استئناف العلاقات: a joint deed
            return named(ent), mention_end_token(tokens, owner, j)
        # a person named after the cue, past titles, before the reported clause; not
        # past a definite subject and its object (أكد المجلس سيادة … وأبو موسى)
        ends = first is not None and object_follows(
            tokens, owner, j, lambda w: self.cues.kind(w) is not None)
        for k in range(j, min(n, j + (_COORD_WINDOW if coordinated else _WINDOW)) if first else 0):
            t = tokens[k]
            if ends and k > j:
                break
            if t.sentence != sent or (k > j and breaks(text, tokens[k - 1], t)
                                      and not quoted_name(text, owner, tokens, k)
                                      and not closes_name(text, owner, tokens, k)):
                break
            if self.cues.kind(t.norm) == "that" or self.cues.cue_at(tokens, k):
                break
            if t.norm in ("الذي", "التي", "الذين") or (k == j and t.norm in ("ما", "بما")):
                break  # a name in a relative clause (نفى ما أورده X) is not the subject
            if k > j and any(c in text[tokens[k - 1].end:t.start] for c in "،,"):
                # قادة فرنسا وألمانيا، ماكرون وميركل،  / الناطق باسم الحكومة، X، أن
                if (tokens[j].norm in GROUP_HEADS or tokens[j].norm in _TITLES
                        or tokens[j].norm in SPOKESMEN) \
                        and owner[k] is not None and owner[k].type == "PER":
                    return owner[k].id, mention_end_token(tokens, owner, k)
                break  # وصف الوزير محمد المومني، زيارة الأمير …: the subject ended at the comma
            if self.cues.kind(t.norm) == "org_head":
                break  # المتحدث باسم مركز الملك سلمان: a name inside an institution's name
            if k == j and t.norm[:1] in "لب" and (t.norm[1:] in _BARE_TITLES
                                                 or f"ال{t.norm[2:]}" in _TITLES):
                break  # أكد لوزير الخارجية X: the person spoken to, not the speaker
            if self.cues.kind(t.norm) == "prep" and (k == j or "،" in text[tokens[k - 1].end:t.start]
                                     or "," in text[tokens[k - 1].end:t.start]):
                break  # وأعرب خلال لقائه بأوباما: a phrase, not a subject, follows
            if k == j and owner[k] is None and t.norm.startswith("با") and len(t.norm) > 4:
                break  # تطالب بإطلاق سراح X، طالب بالإفراج: what is asked for, not who asks
            ent = owner[k]
            if ent is not None and ent.type == "PER" and k > j \
                    and (tokens[k - 1].norm in OBJECT_PREPOSITIONS
                         or spoken_about(tokens, owner, k)
                         or owned(tokens, owner, k, clitic_nouns=False)):
                break  # وقالت هيئة الدفاع عن زمال: the body speaks, not the one it defends
            if ent is not None and ent.type == "PER":
                if feminine(tokens[i].norm[1:] if tokens[i].norm[:1] in "وف"
                            and tokens[i].norm[1:] in self.cues.kinds else tokens[i].norm) \
                        and any(tokens[m].norm in _MASCULINE_TITLES for m in range(j, k)):
                    break  # أعلنت الهيئة فوز الرئيس X: she does not agree with him
                return ent.id, mention_end_token(tokens, owner, k)
        if first is not None and self.cues.kind(first.norm) == "unnamed":
            return "", after  # مسؤول الإعلام في الوزارة، with no name: unnamed after all
        # a person named right before the cue (يوري أوشاكوف، قال …؛ X الذي أعلن)
        k = i - 1
        relative = k >= 0 and tokens[k].norm in ("الذي", "التي", "الذين")
        while k >= 0 and tokens[k].norm in ("قد", "الذي", "التي", "الذين", "كان", "وكان", "فقد"):
            k -= 1
        if k >= 0 and tokens[k].sentence == sent and owner[k] is not None \
                and owner[k].type == "PER" and not coordinated \
                and not tokens[i].norm.endswith("وا") \
                and not addressee(tokens, owner, k) and not owned(tokens, owner, k) \
                and text[tokens[k].end:tokens[k + 1].start].strip(" ،,") == "":
            return owner[k].id, after
        if relative:  # قرارات مجلس الأمن التي تدعو: the antecedent is no person, but in
            return relative_subject(tokens, owner, i, sent) or "", after  # الذي وصفه
        # "the latter" (فيما أكد الأخير أن): the person named last before the cue
        if first is not None and first.norm in ("الاخير", "الاخيره"):
            return next((e.id for e, _ in persons_before(owner, i)), ""), after
        # a title and a nisba (وقال الوزير السوداني، المسؤول الأممي): the one introduced so
        if first is not None and (first.norm in _TITLES or first.norm in GENERIC_HEADS) \
                and j + 1 < n and tokens[j + 1].sentence == sent and nisba(tokens[j + 1].norm):
            found = described_person(tokens, owner, i, tokens[j + 1].norm)
            if found is not None or first.norm in GENERIC_HEADS:
                return found or "", after
            # introduced without this adjective; but not with another one (قال الرئيس
            # المصري after رئيس الوزراء اللبناني X: not X)
            found = titled_person(tokens, owner, i, _TITLES[first.norm])
            if found is not None and introduced_otherwise(tokens, owner, i, found,
                                                          tokens[j + 1].norm):
                return "", after
        # a title alone (وقال الوزير إن): the person last introduced with that title
        if first is not None and first.norm in _TITLES:
            return titled_person(tokens, owner, i, _TITLES[first.norm]) or "", after
        # an honorific for a pronoun (وقال سموه إن): the person it stands for
        if first is not None and first.norm in HONORIFICS:
            return honored_person(tokens, owner, i, first.norm) or "", after
        # a construct title (وأكد رئيس الدولة أن): who was introduced holding that office
        if first is not None and first.norm in _BARE_TITLES and j + 1 < n \
                and tokens[j + 1].sentence == sent:
            return office_holder(tokens, owner, i, first.norm, tokens[j + 1].norm) or "", after
        # وزار المعبر، ووصف الشاحنات بأنها …: the noun is the object, the subject goes on
        if coordinated and first is not None and j + 1 < n \
                and tokens[j + 1].norm in _THAT_IT_IS:
            return None, after
        # a nominal subject (الجيش الإسرائيلي، الوزارة) names nobody we know
        if first is not None and first.norm.startswith("ال") \
                and self.cues.kind(first.norm) != "prep" and self.cues.kind(first.norm) != "that":
            return "", after
        # an unnamed subject before the cue (غير أن مصدرا قريبا من الحرس قال لـ…)
        for k in range(i - 1, max(sent_start_of(tokens, i) - 1, i - 6), -1):
            if any(c in text[tokens[k].end:tokens[k + 1].start] for c in "،,"):
                break
            if self.cues.kind(tokens[k].norm) == "unnamed" \
                    or (owner[k] is None and tokens[k].norm in COLLECTIVE):
                return "", after  # لكن السلطات المحلية أكدت: a nominal subject
        return None, after
