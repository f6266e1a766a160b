"""A claim of responsibility names the doer of an attack told without one (hadath.events.claims):
the attack becomes the claimant's, and a later condemnation of the attack blames it."""
from __future__ import annotations

import pytest

from hadath.events.claims import claimant
from hadath.events.phrases import phrases
from hadath.events.words import forms_of
from tests.test_events import rows, story

ATTACK = ("بغداد - قتل 12 جنديا عراقيا في هجوم بسيارة مفخخة استهدف نقطة تفتيش في مدينة الموصل "
          "أمس الأحد، {claim} ودانت الحكومة العراقية الهجوم.")


@pytest.mark.parametrize("claim", [
    "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان.",
    "وأعلن تنظيم داعش في بيان نشره على الإنترنت مسؤوليته عن الهجوم.",
])
def test_the_claimant_is_the_attacker_and_the_one_condemned(pipeline, claim):
    got = rows(story(pipeline, ATTACK.format(claim=claim), "2017-05-08"))
    assert ("ISIS", "ASSAULT", "IRQ") in got
    assert ("IRQ", "ACCUSE", "ISIS") in got
    assert not any(r[0] is None and r[1] == "ASSAULT" for r in got)


def test_a_claim_in_the_next_sentence_names_the_doer_too(pipeline):
    got = rows(story(pipeline, "بغداد - قتل 12 جنديا عراقيا أمس الأحد في تفجير انتحاري استهدف "
                               "نقطة تفتيش في مدينة الموصل.\nوأعلن تنظيم داعش مسؤوليته عن "
                               "التفجير. ودانت الحكومة العراقية الهجوم.", "2017-05-08"))
    assert ("ISIS", "ASSAULT", "IRQ") in got
    assert ("IRQ", "ACCUSE", "ISIS") in got


def test_no_claim_leaves_the_attack_without_a_doer(pipeline):
    got = rows(story(pipeline, ATTACK.format(claim="ولم تعلن أي جهة مسؤوليتها عن الهجوم."),
                     "2017-05-08"))
    assert not any(r[1] == "ASSAULT" and r[0] is not None for r in got)
    assert ("IRQ", "ACCUSE", "ISIS") not in got


@pytest.mark.parametrize("text,claims", [
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم", True),
    ("وتبنى تنظيم داعش التفجير في بيان", True),
    ("ولم تعلن أي جهة مسؤوليتها عن الهجوم", False),
    ("وأعلن تنظيم داعش سيطرته على المدينة", False),
])
def test_claimant(pipeline, text, claims):
    """The claimant is the actor right after a claiming verb; a negated claim or an
    announcement of something else names no one."""
    art = story(pipeline, text + ".", "2017-05-08")
    coder = next(s for s in pipeline.stages if s.name == "events").coder
    toks = list(art.tokens)
    forms = [forms_of(t) for t in toks]
    groups = phrases(coder.finder.find(art, toks, forms, "IRQ", (), {}))
    got = claimant(toks, groups)
    assert (got is not None and got.key == "ISIS") == claims
