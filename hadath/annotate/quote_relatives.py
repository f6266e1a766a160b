"""A verb in a relative clause with no relative pronoun describes the noun before it.

Arabic joins a clause to an indefinite noun without ``الذي``: ``تنفيذا لتفاهم أعلنه
الرئيس X`` (an understanding the president announced), ``في بيان تلقت سانا نسخة منه``
(a statement the agency received a copy of), ``مرسوما يدعو إلى`` (a decree that
calls for). The verb is not the sentence's own: a speech verb there names what was
announced or what a document says, not words said in this story, and a feminine verb
there does not give a later participle (``، مشددة``) its subject.
With a pronoun (``ما أعلنه``، ``الذي أعلنه``) or at a clause start the verb is the
sentence's own; those words are listed here so that they are not taken for the noun.
"""
from __future__ import annotations

# words before a verb that are no indefinite noun it could describe (normalized)
_NOT_A_NOUN = frozenset({
    "ما", "بما", "لما", "مما", "كما", "عما", "فيما", "وفيما", "بينما", "وبينما", "حسبما",
    "الذي", "التي", "الذين", "اللذين", "اللتين", "والذي", "والتي", "والذين",
    "قد", "لقد", "وقد", "فقد", "كان", "كانت", "وكان", "وكانت", "لم", "ولم", "لن", "ولن",
    "ان", "انه", "انها", "لانه", "لانها", "بانه", "بانها", "ثم", "حيث", "بعدما", "عندما",
    "حين", "حينما", "وهو", "وهي", "هو", "هي", "لا", "ولا", "مثلما", "طالما", "كلما",
    "ايضا", "كذلك", "بدوره", "بدورها", "اذ", "اذا", "لو", "سبق", "وسبق", "كذا"})
# object pronouns on a verb that point back to the noun (أعلنه، أكدته، اعتبرها)
_BACK = ("ها", "هم", "ه")


def describes_noun(text: str, tokens, owner, k: int) -> bool:
    """The verb at token ``k`` follows an indefinite noun directly (no comma, no
    clitic ``و``/``ف`` on the verb), so it opens a relative clause about that noun."""
    if k == 0 or tokens[k - 1].sentence != tokens[k].sentence:
        return False
    if tokens[k].norm[:1] in "وف" or text[tokens[k - 1].end:tokens[k].start].strip():
        return False
    prev = tokens[k - 1].norm
    return owner[k - 1] is None and len(prev) > 2 and not prev.startswith("ال") \
        and prev not in _NOT_A_NOUN and not prev.isdigit()


def points_back(kinds, word: str) -> bool:
    """A speech verb with an object pronoun (``أعلنه``, ``أعلنته``): the form without
    the pronoun is a verb cue of its own."""
    return any(word.endswith(p) and kinds.get(word[:-len(p)]) == "verb" for p in _BACK)


def document_says(text: str, tokens, owner, i: int) -> bool:
    """A present-tense cue right after an indefinite noun it agrees with (``مرسوما يدعو
    إلى``, ``وثيقة تطالب بـ``): the document calls for something, nobody speaks. With a
    verb of the other gender (``بيانا تدعو فيه الوزارة``) the subject comes after it."""
    w = tokens[i].norm
    if w[:1] not in "يت" or not describes_noun(text, tokens, owner, i):
        return False
    she_noun = tokens[i - 1].norm.endswith("ه")  # ta marbuta, normalized
    return (w[:1] == "ت") == she_noun
