"""bench/gsr_ceiling.py: the F1 one panel annotator gets against unanimous labels."""
import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "gsr_ceiling.py"
_spec = importlib.util.spec_from_file_location("gsr_ceiling", _PATH)
ceiling = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ceiling)


def row(label, accept, total):
    return {"label": label, "accept": str(accept), "total": str(total)}


def test_unanimous_panel_scores_one():
    rows = [row("yes", 3, 3), row("easy no", 0, 3)]
    assert ceiling.panel_annotator(rows)[0] == 1.0


def test_a_split_panel_costs_the_annotator_its_share_of_accepts():
    # two yes; a 2-of-4 sentence is accepted half the time, a 1-of-3 one a third:
    # expected FP 0.5 + 1/3, so F1 = 4 / (4 + 5/6)
    rows = [row("yes", 3, 3), row("yes", 4, 4), row("difficult no", 2, 4),
            row("difficult no", 1, 3), row("easy no", 0, 3)]
    value, labels = ceiling.panel_annotator(rows)
    assert value == pytest.approx(4 / (4 + 5 / 6))
    assert labels["difficult no"] == 2


def test_pred_needs_one_task_and_split(capsys):
    with pytest.raises(SystemExit):
        ceiling.main(["--pred", "x.jsonl"])
    assert "exactly one --task" in capsys.readouterr().err
