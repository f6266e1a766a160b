"""Word lists compared with ``Token.norm`` must be written normalized: a list word with
a hamza seat (``مؤتمر``) or ``ى`` (``على``) never equals a normalized token, so the rule
that holds it silently never fires."""
import pytest

from hadath.annotate import name_spans, quote_agreement, quote_objects, quote_titles
from hadath.events import actor_words, sides
from hadath.text.normalize import normalize_ar

LISTS = {
    "name_spans._SLOT_PHRASE": name_spans._SLOT_PHRASE,
    "name_spans._PREPOSITIONS": name_spans._PREPOSITIONS,
    "quote_agreement._WOMEN_TITLES": quote_agreement._WOMEN_TITLES,
    "quote_agreement._PLACE_PREPOSITIONS": quote_agreement._PLACE_PREPOSITIONS,
    "quote_objects._OWNER_HEADS": quote_objects._OWNER_HEADS,
    "quote_titles.TITLES": frozenset(quote_titles.TITLES.values()),
    "events.actor_words.PEOPLE_COUNTS": actor_words.PEOPLE_COUNTS,
    "events.actor_words.LED_BY": actor_words.LED_BY,
    "events.actor_words.PAIR_WORDS": actor_words.PAIR_WORDS,
    "events.actor_words.ENVOY_PAIR_WORDS": actor_words.ENVOY_PAIR_WORDS,
    "events.sides._COLLECTIVE_HEADS": sides._COLLECTIVE_HEADS,
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_list_words_are_normalized(name):
    raw = sorted(w for w in LISTS[name] if normalize_ar(w) != w)
    assert raw == [], f"{name} holds words no normalized token can equal: {raw}"
