"""A quotation that opens the sentence, before its cue and speaker.

News often leads with the words and names the speaker after them: ``"لن نتراجع"، قال
الرئيس X في كلمة``, ``"الوضع خطير"، بحسب ما قاله المبعوث X``. What follows the
speaker there is the setting (``في كلمة أمام أنصاره``), not what was said, so the quote
is the quotation before the cue.
"""
from __future__ import annotations

import re

# the sentence opens with a quotation, then only a comma (and بحسب ما / وفق ما) before
# the cue
_FRONTED = re.compile(r'\s*(?:«([^»\n]+)»|"([^"\n]+)"|“([^”\n]+)”)\s*[،,]\s*'
                      r'(?:(?:و?ب?حسب|وفق|وفقا\s+ل)\s*ما\s*)?$')


def fronted_quotation(text: str, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """(start, end) of the quotation that opens the sentence and leads to the cue at
    ``cue_start``, or None."""
    m = _FRONTED.match(text, sentence_start, cue_start)
    if m is None or m.end() != cue_start:
        return None
    g = next(k for k in (1, 2, 3) if m.group(k) is not None)
    return m.start(g), m.end(g)
