"""Who a speech cue's subject is: the named entity after (or before) the cue, past titles,
honorifics and adverbs, or "" when the subject is unnamed, a place, or not a speaker.

Split from :mod:`hadath.annotate.quotes` so that the stage (walking cues, spans, who goes
on speaking) and the subject search (this module, the longest single decision) each stay
one idea and one file.
"""
from __future__ import annotations

from hadath.annotate.quote_clauses import (
    HONORIFICS, breaks, clause_follows, closes_name, feminine, mention_end_token, named,
    quoted_name, titled_person, honored_person, office_holder, persons_before)
from hadath.annotate.quote_objects import addressee, owned, spoken_about
from hadath.annotate.quote_according import according_speaker
from hadath.annotate.quote_subjects import appositive_head, holder_of_title, object_follows
from hadath.annotate.quote_agreement import relative_subject
from hadath.annotate.quote_titled import apposed_title_name, name_after_owner, title_led
from hadath.annotate.quote_goes_on import THAT_IT_IS as _THAT_IT_IS
from hadath.annotate.quote_titles import BARE_TITLES as _BARE_TITLES
from hadath.annotate.quote_titles import MASCULINE_TITLES as _MASCULINE_TITLES
from hadath.annotate.quote_titles import TITLES as _TITLES
from hadath.annotate.quote_titles import (
    GENERIC_HEADS, described_person, introduced_otherwise, nisba)
from hadath.annotate.quote_words import (
    ADVERBS, COLLECTIVE, GROUP_HEADS, HONORIFIC_NOUNS, OBJECT_PREPOSITIONS, REPORT_VERBS,
    SAYING, SPOKESMEN, sent_start_of)

_WINDOW = 14           # tokens after a cue searched for its subject
_COORD_WINDOW = 6      # … after a cue joined by و to what came before (وطالب وزير الخارجية X)


def subject_speaker(cues, tokens, owner, i, after, kind, text, coordinated) -> tuple[str | None, int]:
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
                if cues.kind(tokens[k + 1].norm) == "unnamed":
                    return "", after  # نقل موقع X عن مسؤول إسرائيلي قوله: unnamed
                for m in range(k + 1, min(n, k + 13)):
                    if tokens[m].sentence != sent or breaks(text, tokens[m - 1], tokens[m]) \
                            or any(c in text[tokens[m - 1].end:tokens[m].start] for c in "،,") \
                            or cues.kind(tokens[m].norm) == "that" \
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
        return according_speaker(cues, text, tokens, owner, j, sent, first, after)
    if first is not None and cues.kind(first.norm) == "unnamed" \
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
        if not clause_follows(cues, tokens, after, sent, text, own=True):
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
        if not reports and not clause_follows(cues, tokens, j, sent, text, own=True):
            return "", after  # أعلنت الجامعة دعمها، اتهمت قوات … الجيش: a deed, not speech
        if ent.type == "LOC" and end < n and tokens[end].norm.startswith("و") \
                and (owner[end] is not None or (end + 1 < n and owner[end + 1] is not None)):
            return "", after  # أعلنت إيران والسعودية استئناف العلاقات: a joint deed
        return named(ent), mention_end_token(tokens, owner, j)
    # a person named after the cue, past titles, before the reported clause; not
    # past a definite subject and its object (أكد المجلس سيادة … وأبو موسى)
    ends = first is not None and object_follows(
        tokens, owner, j, lambda w: cues.kind(w) is not None)
    # وطالب الأمين العام المساعد لشؤون فلسطين … السفير X: a title reaches its name further
    reach = _COORD_WINDOW if coordinated and not title_led(tokens, j) else _WINDOW
    for k in range(j, min(n, j + reach) if first else 0):
        t = tokens[k]
        if ends and k > j:
            break
        if t.sentence != sent or (k > j and breaks(text, tokens[k - 1], t)
                                  and not quoted_name(text, owner, tokens, k)
                                  and not closes_name(text, owner, tokens, k)):
            break
        if cues.kind(t.norm) == "that" or cues.cue_at(tokens, k):
            break
        if t.norm in ("الذي", "التي", "الذين") or (k == j and t.norm in ("ما", "بما")):
            break  # a name in a relative clause (نفى ما أورده X) is not the subject
        if k > j and any(c in text[tokens[k - 1].end:t.start] for c in "،,"):
            # قادة فرنسا وألمانيا، ماكرون وميركل،  / الناطق باسم الحكومة، X، أن
            # … or a construct title (وأوضح مفوض السلم والأمن بالاتحاد، X، أن)
            if (tokens[j].norm in GROUP_HEADS or tokens[j].norm in _TITLES
                    or tokens[j].norm in _BARE_TITLES or tokens[j].norm in SPOKESMEN) \
                    and owner[k] is not None and owner[k].type == "PER":
                return owner[k].id, mention_end_token(tokens, owner, k)
            if title_led(tokens, j):  # رئيس المجموعة، الرئيس النيجيري X،: a second title
                m = apposed_title_name(text, tokens, owner, k,
                                       lambda w: cues.kind(w) is not None)
                if m is not None:
                    return owner[m].id, mention_end_token(tokens, owner, m)
            break  # وصف الوزير محمد المومني، زيارة الأمير …: the subject ended at the comma
        if cues.kind(t.norm) == "org_head":
            break  # المتحدث باسم مركز الملك سلمان: a name inside an institution's name
        if k == j and t.norm[:1] in "لب" and (t.norm[1:] in _BARE_TITLES
                                             or f"ال{t.norm[2:]}" in _TITLES):
            break  # أكد لوزير الخارجية X: the person spoken to, not the speaker
        if cues.kind(t.norm) == "prep" and (k == j or "،" in text[tokens[k - 1].end:t.start]
                                 or "," in text[tokens[k - 1].end:t.start]):
            break  # وأعرب خلال لقائه بأوباما: a phrase, not a subject, follows
        if k == j and owner[k] is None and t.norm.startswith("با") and len(t.norm) > 4:
            break  # تطالب بإطلاق سراح X، طالب بالإفراج: what is asked for, not who asks
        ent = owner[k]
        if ent is not None and ent.type == "PER" and k > j \
                and (tokens[k - 1].norm in OBJECT_PREPOSITIONS
                     or spoken_about(tokens, owner, k)
                     or owned(tokens, owner, k, clitic_nouns=False)):
            m = name_after_owner(text, tokens, owner, k, lambda w: cues.kind(w) is not None) \
                if title_led(tokens, j) \
                and owned(tokens, owner, k, clitic_nouns=False) else None
            if m is not None:  # المتحدث باسم قوات حفتر X: the forces' spokesman X speaks
                return owner[m].id, mention_end_token(tokens, owner, m)
            break  # وقالت هيئة الدفاع عن زمال: the body speaks, not the one it defends
        if ent is not None and ent.type == "PER":
            if feminine(tokens[i].norm[1:] if tokens[i].norm[:1] in "وف"
                        and tokens[i].norm[1:] in cues.kinds else tokens[i].norm) \
                    and any(tokens[m].norm in _MASCULINE_TITLES for m in range(j, k)):
                break  # أعلنت الهيئة فوز الرئيس X: she does not agree with him
            return ent.id, mention_end_token(tokens, owner, k)
    if first is not None and cues.kind(first.norm) == "unnamed":
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
            and cues.kind(first.norm) != "prep" and cues.kind(first.norm) != "that":
        return "", after
    # an unnamed subject before the cue (غير أن مصدرا قريبا من الحرس قال لـ…)
    for k in range(i - 1, max(sent_start_of(tokens, i) - 1, i - 6), -1):
        if any(c in text[tokens[k].end:tokens[k + 1].start] for c in "،,"):
            break
        if cues.kind(tokens[k].norm) == "unnamed" \
                or (owner[k] is None and tokens[k].norm in COLLECTIVE):
            return "", after  # لكن السلطات المحلية أكدت: a nominal subject
    return None, after
