"""``hadath ingest`` and ``hadath search`` as a user runs them."""
from __future__ import annotations

import json

import pytest

from hadath.cli import main


@pytest.fixture
def extracted_file(tmp_path, spec_documents):
    path = tmp_path / "extracted.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in spec_documents),
                    encoding="utf-8")
    return path


def test_ingest_extracted_twice_stores_once(store_url, extracted_file, capsys):
    assert main(["ingest", "--extracted", str(extracted_file), "--db", store_url, "--quiet"]) == 0
    assert "5 added" in capsys.readouterr().err
    assert main(["ingest", "--extracted", str(extracted_file), "--db", store_url, "--quiet"]) == 0
    assert "0 added, 0 replaced, 5 already stored" in capsys.readouterr().err


def test_ingest_reports_bad_lines_with_file_and_line(tmp_path, extracted_file, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(extracted_file.read_text(encoding="utf-8") + "{not json\n" +
                   '{"id": "no-text"}\n', encoding="utf-8")
    db = str(tmp_path / "h.db")
    assert main(["ingest", "--extracted", str(bad), "--db", db, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:6" in err and f"{bad}:7" in err and "5 added" in err


def test_ingest_runs_the_real_pipeline_and_text_is_searchable(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("أعلن وزير الخارجية الأردني أن بلاده سترسل مساعدات طبية إلى لبنان.\n",
                     encoding="utf-8")
    db = str(tmp_path / "h.db")
    assert main(["ingest", str(story), "--db", db, "--published", "2024-01-02", "--quiet"]) == 0
    assert main(["search", "المساعدات", "--db", db, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in found["articles"]] == ["story"]
    assert found["articles"][0]["published"] == "2024-01-02"


def test_search_prints_articles_and_matching_events(tmp_path, extracted_file, capsys):
    db = str(tmp_path / "h.db")
    main(["ingest", "--extracted", str(extracted_file), "--db", db, "--quiet"])
    capsys.readouterr()
    assert main(["search", "ترامب", "--type", "ACCUSE", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "t-trump-gaza" in out and "ACCUSE HAMAS → USA" in out
    assert main(["search", "ترامب", "--type", "ASSAULT", "--db", db]) == 1


def test_default_database_comes_from_environment(tmp_path, extracted_file, monkeypatch, capsys):
    monkeypatch.setenv("HADATH_DB", str(tmp_path / "env.db"))
    assert main(["ingest", "--extracted", str(extracted_file), "--quiet"]) == 0
    assert (tmp_path / "env.db").exists()


def test_unreachable_database_is_a_clear_error(capsys):
    assert main(["search", "x", "--db", "/no/such/folder/h.db"]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["ingest", "search", "serve"])
def test_commands_have_help_with_examples(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "examples:" in capsys.readouterr().out


def test_messages_never_show_the_database_password(monkeypatch):
    from hadath.store.backend import redact
    assert redact("postgresql://hadath:s3cret@db.example:5432/h") == \
        "postgresql://hadath:***@db.example:5432/h"
    assert redact("/data/hadath.db") == "/data/hadath.db"


def test_ingest_names_the_line_of_a_document_the_store_refuses(store_url, tmp_path,
                                                               spec_documents, capsys):
    """Documents are stored in batches; a bad one in the middle is still reported with
    its own line, and the documents around it are stored."""
    broken = json.loads(json.dumps(spec_documents[1]))
    del broken["events"][0]["type"]
    lines = [spec_documents[0], broken, *spec_documents[2:]]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines),
                    encoding="utf-8")
    assert main(["ingest", "--extracted", str(path), "--db", store_url, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: missing field 'type'" in err and "4 added" in err
