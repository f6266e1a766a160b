"""Closed word lists the speaker search of :mod:`hadath.annotate.quotes` reads.

Small sets of function words and heads (normalized, as ``hadath.text.normalize`` writes
them: رئيس is رءيس, ة is ه) that decide where a cue's subject starts and ends. Kept
apart so the search module stays small; the open-ended cue lexicon is the data file
``hadath/data/speech_cues.tsv``.
"""
from __future__ import annotations

# verbs whose بـ + noun is what was reported (أفادت الوزارة بسقوط ثلاثة قتلى)
REPORT_VERBS = frozenset({"افاد", "افادت", "اخبر", "اخبرت"})
# a person right after one of these is its object, not the cue's subject (normalized)
OBJECT_PREPOSITIONS = frozenset({"عن", "علي", "من", "الي", "مع", "ضد", "لدي", "حول", "بشان",
                                 "بحق", "تجاه"})
# a plural subject that names its members after a comma (قادة فرنسا وألمانيا، ماكرون وميركل)
GROUP_HEADS = frozenset({"قاده", "زعماء", "رءساء", "وزراء", "وزيرا", "رءيسا", "زعيما"})
SPOKESMEN = frozenset({"الناطق", "الناطقه", "المتحدث", "المتحدثه"})
# "his saying": after it comes what the relayed source said (نقلت X عن Y قوله إن)
SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما"})
# negations of a past or future cue (لم يعلن، لن يقول)
NEGATIONS = frozenset({"لم", "ولم", "لن", "ولن"})
# verbs that after مما mean "prompted" or "confirms" (مما دعا X إلى، مما يؤكد)
PROMPTED = frozenset({"دعا", "يدعو", "دفع", "يءكد", "اكد", "يعني"})
# collective nominal subjects before a cue (لكن السلطات المحلية أكدت)
COLLECTIVE = frozenset({"السلطات", "الحكومه", "الشرطه", "القوات", "الجيش", "المعارضه"})
# adverbs between a cue and its subject (normalized)
ADVERBS = frozenset({"ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "اليوم", "امس"})
# honorifics before a title or name (normalized; not سيادة, also "sovereignty")
HONORIFIC_NOUNS = frozenset({"سمو", "السمو", "جلاله", "الجلاله", "فخامه", "الفخامه", "معالي",
                             "سماحه", "حضره", "صاحب"})
# a pronoun subject before a cue: أشار إلى أنه أبلغ …
PRONOUN_SUBJECTS = frozenset({"انه", "انها", "بانه", "بانها", "لانه", "لانها"})


def sent_start_of(tokens, i: int) -> int:
    """The first token of token ``i``'s sentence."""
    k = i
    while k > 0 and tokens[k - 1].sentence == tokens[i].sentence:
        k -= 1
    return k
# who a demand or an appeal is addressed to, never its subject (وطالب المجتمع الدولي بـ):
# after a cue joined by و, the sentence's subject goes on (normalized, as word tuples)
ADDRESSEES = (("المجتمع", "الدولي"), ("الاسره", "الدوليه"),
              # the parties to a conflict or a deal (ودعا الطرفين إلى تنفيذه)
              ("الطرفين",), ("الجانبين",), ("الاطراف",), ("جميع", "الاطراف"),
              ("كافه", "الاطراف"))

