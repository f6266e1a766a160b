"""``hadath tag``, ``hadath train ner`` and ``hadath evaluate --conll`` end to end."""
from __future__ import annotations

import pytest

pytest.importorskip("pycrfsuite")

from hadath.cli import main

TRAIN = """\
قال B-PERS
زيد I-PERS
إن O
عمرو B-PERS
سافر O
إلى O
طنجة B-LOC
. O

زار O
عمرو B-PERS
طنجة B-LOC
. O
"""


def test_train_tag_evaluate_round_trip(tmp_path, capsys):
    train = tmp_path / "train.conll"
    train.write_text(TRAIN, encoding="utf-8")
    model = tmp_path / "m.crfsuite"
    assert main(["train", "ner", "--train", str(train), "--dev", str(train),
                 "--out", str(model), "--set", "max_iterations=50"]) == 0
    assert "dev: p=" in capsys.readouterr().out
    out = tmp_path / "pred.conll"
    assert main(["tag", "--conll", str(train), "--model", str(model), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "قال\tB-PER" and lines[8] == ""  # token<TAB>tag, blank between
    assert main(["evaluate", "--conll", str(train), str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[0].split() == ["sentences", "2"]
    assert "f1=1.0" in printed.splitlines()[1]


def test_evaluate_names_mismatched_files(tmp_path, capsys):
    (tmp_path / "g").write_text("زار O\n", encoding="utf-8")
    (tmp_path / "p").write_text("سافر\tO\n", encoding="utf-8")
    assert main(["evaluate", "--conll", str(tmp_path / "g"), str(tmp_path / "p")]) == 1
    assert "tokens differ" in capsys.readouterr().err


def test_tag_reports_a_missing_model(tmp_path, capsys):
    (tmp_path / "in").write_text("زار\n", encoding="utf-8")
    assert main(["tag", "--conll", str(tmp_path / "in"), "--model",
                 str(tmp_path / "none.crfsuite")]) == 1
    assert "hadath train ner" in capsys.readouterr().err
