"""The ``إلى`` of an envoy's title, which no call's ``دعا … إلى`` may end on.

``دعا المبعوث الأممي إلى اليمن مارتن غريفيث جميع الأطراف إلى ضبط النفس``: the first
``إلى`` belongs to the title (the envoy to Yemen) and the place named after it; the call
is made to ``جميع الأطراف``, and its ``إلى`` is the second. Ending the call on the
first would leave the envoy inside the trigger, with no subject after it.
"""
from __future__ import annotations

from hadath.events.words import WordForms

# heads of an envoy's title (the envoy, the special representative, the coordinator)
ENVOYS = frozenset({"المبعوث", "مبعوث", "المبعوثه", "مبعوثه", "الممثل", "ممثل", "الممثله",
                    "المنسق", "منسق", "الموفد", "موفد"})
# how many words (an adjective: الأممي, الخاص, الأمريكي) may stand between title and إلى
TITLE_REACH = 2


def envoy_to(forms: list[WordForms], j: int, blocked: frozenset[int]) -> bool:
    """Is ``forms[j]`` the bare ``إلى`` of ``المبعوث الأممي إلى اليمن``: an envoy word just
    before it and a name (a place) right after it?"""
    if ("", "الي") not in forms[j].stems or j + 1 not in blocked:
        return False
    return any(not ENVOYS.isdisjoint(forms[k].stem_set) for k in range(max(0, j - TITLE_REACH), j))
