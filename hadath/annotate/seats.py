"""Stage ``seats``: a seat of power that acts is the body it houses.

News lets a building speak for its body: ``وقال البيت الأبيض في بيان`` is the US
presidency, while ``وقع الاتفاق في البيت الأبيض`` names the building. The dictionary finds
both as the same place. This stage reads how each mention is used and makes the entity an
organization when one of its mentions is the subject right after a speech verb; a seat
only named after a preposition or in construct (``مستشار البيت الأبيض``) stays a place.
The seats are data (``hadath/data/seats.tsv``); the speech verbs are the ``quotes`` stage's
cues (``hadath/data/speech_cues.tsv``).
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from hadath.annotate.speech_cues import default_cues
from hadath.lexicons.tsv import DATA_DIR, LexiconError, read_tsv
from hadath.model import SECTORS, Article, Span, Token

# cue kinds whose subject may stand right after them
_SPEAKING = frozenset({"verb", "continue", "threat", "admit"})


def load_seats() -> dict[str, str]:
    """place id → sector of the body, from ``hadath/data/seats.tsv``."""
    path = DATA_DIR / "seats.tsv"
    seats = {}
    for n, row in read_tsv(path, ("place", "sector")):
        if row["sector"] not in SECTORS:
            raise LexiconError(f"{path}:{n}: unknown sector {row['sector']!r}")
        seats[row["place"]] = row["sector"]
    return seats


class SeatsActing:
    name = "seats"
    requires = ("tokens", "entities")
    assigns = ("entities",)

    def __init__(self) -> None:
        self._seats = load_seats()
        self._cues = default_cues()

    def __call__(self, article: Article) -> Article:
        if not any(e.type == "LOC" and e.lexicon_id in self._seats for e in article.entities):
            return article
        tokens = list(article.tokens)
        starts = [t.start for t in tokens]
        out = []
        for e in article.entities:
            if e.type == "LOC" and e.lexicon_id in self._seats \
                    and any(self._speaks(tokens, starts, m) for m in e.mentions):
                e = replace(e, type="ORG", sector=self._seats[e.lexicon_id], geo=None)
            out.append(e)
        return article.with_(entities=tuple(out))

    def _speaks(self, tokens: list[Token], starts: list[int], mention: Span) -> bool:
        """Is the mention the subject right after a speech verb? A mention with a clitic
        (``بالبيت الأبيض``, ``والبيت الأبيض``) is not."""
        i = bisect.bisect_left(starts, mention.start)
        if i == 0 or i >= len(tokens) or tokens[i].start != mention.start:
            return False
        cue = self._cues.cue_at(tokens, i - 1)
        return cue is not None and cue[0] in _SPEAKING and cue[2] == i

