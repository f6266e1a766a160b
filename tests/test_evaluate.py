"""hadath.evaluate gives the figures of the shared eval/score.py, to the digit."""
from __future__ import annotations

import importlib.util
import json

import pytest

from hadath.evaluate import score_conll, score_documents
from hadath.ner.conll import read_conll_file

from conftest import SHARED

SCORE_PY = SHARED / "eval" / "score.py"
ANER_TEST = SHARED / "data" / "anercorp" / "test.txt"


@pytest.fixture(scope="module")
def reference():
    if not SCORE_PY.exists():
        pytest.skip(f"shared scorer not found at {SCORE_PY}")
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_documents_agree_with_shared_scorer_on_dev(reference, dev_gold, pipeline):
    gold = {d["id"]: d for d in dev_gold}
    pred = {d["id"]: pipeline(d).to_dict() for d in dev_gold}
    # a prediction with some gold fields copied, so matches happen in every figure
    for doc_id, doc in list(pred.items())[::2]:
        g = gold[doc_id]
        doc["times"] = [{**t, "start": 0, "end": 0} for t in g.get("times", [])[1:]]
        doc["events"] = g.get("events", [])[:2]
    assert score_documents(gold, pred) == reference.score_docs(gold, pred)


def test_documents_agree_when_gold_is_scored_against_itself_as_entities(reference, dev_gold):
    gold = {d["id"]: d for d in dev_gold}
    pred = {d["id"]: {"entities": [{"id": f"e{i}", "type": e["type"], "name_en": e.get("name_en"),
                                    "country": e.get("country"),
                                    "mentions": [{"text": e["text"]}]}
                                   for i, e in enumerate(d.get("entities", [])[1:])]}
            for d in dev_gold}
    ours = score_documents(gold, pred)
    assert ours == reference.score_docs(gold, pred)
    assert ours["entities"]["p"] == 1.0 and ours["entities"]["r"] < 1.0


GOLD = "زار O\nسيرغي B-PERS\nلافروف I-PERS\nموسكو B-LOC\n\nقالت O\nالأمم B-ORG\nالمتحدة I-ORG\n"
PRED = "زار\tO\nسيرغي\tB-PER\nلافروف\tO\nموسكو\tB-LOC\n\nقالت\tB-ORG\nالأمم\tI-ORG\nالمتحدة\tI-ORG\n"


def test_conll_agrees_with_shared_scorer_inline(reference, tmp_path):
    (tmp_path / "g").write_text(GOLD, encoding="utf-8")
    (tmp_path / "p").write_text(PRED, encoding="utf-8")
    ours = score_conll(read_conll_file(tmp_path / "g"), read_conll_file(tmp_path / "p"))
    assert ours == reference.score_conll(str(tmp_path / "g"), str(tmp_path / "p"))
    assert ours["all"]["tp"] == 1 and ours["LOC"]["f1"] == 1.0


def test_conll_agrees_with_shared_scorer_on_anercorp_test(reference, tmp_path):
    pytest.importorskip("pycrfsuite")
    from hadath.ner.conll import write_conll
    from hadath.ner.tagger import CrfTagger
    if not ANER_TEST.exists():
        pytest.skip("ANERcorp test.txt not found")
    gold = read_conll_file(ANER_TEST)
    tags = CrfTagger().tag_many([s.tokens for s in gold])
    pred_path = tmp_path / "pred.conll"
    with pred_path.open("w", encoding="utf-8") as f:
        write_conll(f, ((s.tokens, t) for s, t in zip(gold, tags)))
    ours = score_conll(gold, read_conll_file(pred_path))
    assert ours == reference.score_conll(str(ANER_TEST), str(pred_path))
    assert json.dumps(ours)  # plain data
