"""PLOVER event coding: the parts behind the ``events`` stage.

- :mod:`hadath.events.lexicons`: the data files (triggers, agents, nationalities, offices)
  loaded once into frozen, picklable tables;
- :mod:`hadath.events.words`: word matching over normalized tokens with clitics;
- :mod:`hadath.events.triggers`: finding trigger words in a sentence;
- :mod:`hadath.events.negation`: negated, hypothetical and planned acts;
- :mod:`hadath.events.actors`: named and nominal actors of a sentence;
- :mod:`hadath.events.assign`: source and target for a trigger;
- :mod:`hadath.events.coder`: one sentence's events, put together.
"""
