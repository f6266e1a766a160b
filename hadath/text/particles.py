"""The words that open a clause: the particle أنّ/إنّ ("that") in all its written forms,
and the relative pronouns.

``قال إن الجيش قصف``, ``أعلن أنه سيزور``, ``أفاد بأن``, ``وصفهم بأنهم``: a word after the
particle belongs to what was said, not to the verb of saying, and the noun or pronoun
joined to it is the reported clause's subject. Many rules of the quotes and events stages
stop at this word or start after it; they read its forms from here, so that a form one
rule knows (بأنهم) is known to every rule that wants the same words. Forms are normalized
(:func:`hadath.text.normalize.normalize_ar`: أ/إ → ا).

The sets differ only by what is joined to the particle; a rule picks the ones it means:

- :data:`THAT`: the bare particle and the particle with a third-person pronoun. A stem
  without proclitics, so a rule that strips ب itself (a trigger's gap) reads this.
- :data:`BI_THAT`: the same after ب, the complement of verbs like أفاد and وصف.
- :data:`WA_THAT`: the same after و, a second reported clause (``وأن``).
- :data:`ANY_THAT`: :data:`THAT` and :data:`BI_THAT`, the reported clause after any
  verb of saying.
- :data:`BEFORE_NOUN`: the particle with nothing joined to it, so the noun after it is
  the reported clause's subject (``أكدت القيادة أن الطائرة استهدفت``), with لأنّ.

:data:`RELATIVES`, the relative pronouns (الذي, التي …, singular, dual, plural), open a
clause about the word before them (``الميليشيات التي خطفت``): an act told there describes
someone, and a time there dates that act, not the sentence's. :data:`SINGULAR_RELATIVES`
(الذي, التي) are those a thing takes (``المذكرة التي وقعتها``, ``حظر التجوال الذي
فرضته``, ``القرار الذي أصدره``), for rules about a document, a measure or a place.
:data:`DONE_PARTICIPLES` (الموقع, المبرم, الصادر) open such a clause without a pronoun
(``بيان العلا الموقع في يناير 2021``).
"""
from __future__ import annotations

# bare, and with the pronoun of him/it, her/it, them, the two of them
THAT = frozenset({"ان", "انه", "انها", "انهم", "انهما"})
BI_THAT = frozenset({"بان", "بانه", "بانها", "بانهم", "بانهما"})
WA_THAT = frozenset({"وان", "وانه", "وانها", "وانهم", "وانهما"})
ANY_THAT = THAT | BI_THAT
BEFORE_NOUN = frozenset({"ان", "بان", "وان", "لان"})
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                       "اللواتي", "اللاتي"})
SINGULAR_RELATIVES = frozenset({"الذي", "التي"})
# participles that open a relative clause of their own: signed, concluded, issued
DONE_PARTICIPLES = frozenset({"الموقع", "الموقعه", "المبرم", "المبرمه", "الصادر", "الصادره"})
