"""PLOVER event coding: the parts behind the ``events`` stage.

- :mod:`hadath.events.lexicons`: the data files (triggers, agents, nationalities, offices)
  loaded once into frozen, picklable tables;
- :mod:`hadath.events.words`: word matching over normalized tokens with clitics;
- :mod:`hadath.events.triggers`: finding trigger words in a sentence;
- :mod:`hadath.events.negation`: negated, hypothetical and planned acts;
- :mod:`hadath.events.actors`: named and nominal actors of a sentence, joined side by side
  in :mod:`hadath.events.mention_merge` (their surroundings read in
  :mod:`hadath.events.mention_context`);
- :mod:`hadath.events.assign`: source and target for a trigger (word shape in
  :mod:`hadath.events.morphology`, where a doer stands in :mod:`hadath.events.doers`);
- :mod:`hadath.events.speakers`: who speaks in a sentence, and whose ``بلاده`` it is;
- :mod:`hadath.events.story`, :mod:`hadath.events.dates`, :mod:`hadath.events.reporting`:
  the story's country, event dates, and whether an attack or protest is reported;
- :mod:`hadath.events.timeliness`: whether a dated act is news, not planned or history;
- :mod:`hadath.events.coder`: one article's events, put together (what one trigger's
  roles make, in :mod:`hadath.events.acts`).
"""
