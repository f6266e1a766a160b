"""The batch runner: resumable after kill -9, every input exactly once, errors kept."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from hadath.scale.batch import BatchConfig, read_batch_output, run_batch

HADATH = [sys.executable, "-m", "hadath.cli"]

# Original text for these tests; repeated so that each document takes a moment.
PARAGRAPH = ("افتتح محافظ اللاذقية مدرسة جديدة في قرية ساحلية صباح الاثنين. "
             "وقال المحافظ إن المدرسة تستقبل ثلاثمئة تلميذ من القرى المجاورة. ")


def write_docs(path: Path, n: int, repeat: int = 1, bad_every: int = 0) -> list[str]:
    ids = []
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                f.write('{"id": "broken-%d", "text": \n' % i)   # not JSON
                continue
            doc_id = f"doc-{i:04d}"
            ids.append(doc_id)
            f.write(json.dumps({"id": doc_id, "published": "2023-05-01",
                                "text": f"({i}) " + PARAGRAPH * repeat},
                               ensure_ascii=False) + "\n")
    return ids


def output_ids(out_dir: Path) -> Counter:
    return Counter(doc["id"] for doc in read_batch_output(str(out_dir)))


def test_kill_9_mid_run_then_restart_gives_every_input_exactly_once(tmp_path):
    inputs = tmp_path / "in.jsonl"
    ids = write_docs(inputs, 300, repeat=40)
    out = tmp_path / "out"
    cmd = HADATH + ["batch", str(inputs), "--out", str(out), "--workers", "2",
                    "--chunk-size", "5", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    manifest = out / "manifest.jsonl"
    # kill once the first chunk is recorded: later chunks are then in flight, some
    # written but not recorded, some half done
    while not (manifest.exists() and manifest.read_bytes().count(b"\n") >= 1):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "no chunk appeared in 2 minutes"
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    done_before = len(manifest.read_text().splitlines())
    assert done_before < 60, "the run finished before it could be killed"
    time.sleep(0.5)   # let orphaned workers notice their parent is gone

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert "resumed" in rerun.stderr or done_before == 0
    got = output_ids(out)
    assert set(got) == set(ids)
    assert max(got.values()) == 1
    # the manifest names each input once too
    listed = Counter(i for line in (out / "manifest.jsonl").read_text().splitlines()
                     for i in json.loads(line)["ids"])
    assert listed == got
    assert json.loads((out / "summary.json").read_text())["articles"] == 300


def test_bad_documents_go_to_errors_and_do_not_stop_the_run(tmp_path):
    inputs = tmp_path / "in.jsonl"
    ids = write_docs(inputs, 40, bad_every=10)
    (tmp_path / "no-text.jsonl").write_text('{"id": "empty-one"}\n', encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(BatchConfig(inputs=(str(inputs), str(tmp_path / "no-text.jsonl")),
                                    out_dir=str(out), workers=2, chunk_size=7))
    assert set(output_ids(out)) == set(ids)
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert summary.errors == len(errors) == 5
    wheres = {e["where"] for e in errors}
    assert f"{inputs}:10" in wheres                      # file:line of the broken JSON
    assert any("'text' is missing" in e["reason"] for e in errors)


def test_rerun_of_a_finished_run_does_no_work(tmp_path):
    inputs = tmp_path / "in.jsonl"
    write_docs(inputs, 12)
    config = BatchConfig(inputs=(str(inputs),), out_dir=str(tmp_path / "out"), workers=1,
                         chunk_size=5)
    first = run_batch(config)
    again = run_batch(config)
    assert (first.articles_now, again.articles_now) == (12, 0)
    assert again.chunks_resumed == 3 and again.articles == 12


def test_restart_with_other_settings_is_refused(tmp_path):
    inputs = tmp_path / "in.jsonl"
    write_docs(inputs, 6)
    out = str(tmp_path / "out")
    run_batch(BatchConfig(inputs=(str(inputs),), out_dir=out, workers=1, chunk_size=5))
    with pytest.raises(ValueError, match="chunk_size"):
        run_batch(BatchConfig(inputs=(str(inputs),), out_dir=out, workers=1, chunk_size=3))


def test_torn_manifest_line_is_cut_and_its_chunk_redone(tmp_path):
    inputs = tmp_path / "in.jsonl"
    ids = write_docs(inputs, 10)
    out = tmp_path / "out"
    config = BatchConfig(inputs=(str(inputs),), out_dir=str(out), workers=1, chunk_size=5)
    run_batch(config)
    manifest = out / "manifest.jsonl"
    lines = manifest.read_bytes().splitlines(keepends=True)
    manifest.write_bytes(lines[0] + lines[1][:20])    # as if killed while appending
    again = run_batch(config)
    assert again.articles_now == 5
    assert sorted(output_ids(out).elements()) == sorted(ids)


def test_parquet_chunks(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    inputs = tmp_path / "in.jsonl"
    ids = write_docs(inputs, 9)
    out = tmp_path / "out"
    run_batch(BatchConfig(inputs=(str(inputs),), out_dir=str(out), workers=2, chunk_size=4,
                          fmt="parquet"))
    frame = pd.concat(pd.read_parquet(p) for p in sorted(out.glob("part-*.parquet")))
    assert sorted(frame["id"]) == ids
    assert set(frame["month"]) == {"2023-05"}
    assert json.loads(frame["doc"].iloc[0])["published"] == "2023-05-01"


def test_batch_cli_help_names_resume():
    run = subprocess.run(HADATH + ["batch", "--help"], capture_output=True, text=True)
    assert run.returncode == 0 and "continues where it stopped" in run.stdout
