"""The command line: one clear line and a non-zero exit for user mistakes, never a traceback."""

import json

from typer.testing import CliRunner

from benchlens.cli import app
from tests.conftest import write

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_unknown_model_is_one_line(db):
    r = run("compare", "qwen3", "qwen9", "--db", db)
    assert r.exit_code == 1
    assert "unknown model or generation 'qwen9'" in r.output
    assert "Traceback" not in r.output


def test_bad_csv_is_one_line_with_line_number(tmp_path, db):
    f = write(tmp_path / "bad.csv", "model,benchmark,value\nqwen3-8b,mmlu,abc\n")
    r = run("import", f, "--db", db)
    assert r.exit_code == 1 and "line 2" in r.output and "Traceback" not in r.output


def test_unreadable_file(tmp_path, db):
    r = run("import", tmp_path / "missing.csv", "--db", db)
    assert r.exit_code == 1 and "cannot read" in r.output


def test_bad_format_option(db):
    r = run("compare", "qwen3", "qwen3.5", "--format", "xml", "--db", db)
    assert r.exit_code == 1 and "--format" in r.output


def test_db_init_empty_and_info(tmp_path):
    path = tmp_path / "x.db"
    r = run("db", "init", "--empty", "--db", path)
    assert r.exit_code == 0 and "created" in r.output
    r = run("db", "info", "--db", path, "--format", "json")
    info = json.loads(r.output)
    assert info["path"] == str(path) and info["scores"] == 0 and info["bundled"] is False


def test_env_var_chooses_the_database(tmp_path, monkeypatch):
    path = tmp_path / "env.db"
    monkeypatch.setenv("BENCHLENS_DB", str(path))
    r = run("db", "info", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.output)["path"] == str(path)


def test_import_then_compare_json(tmp_path, db):
    run("db", "init", "--empty", "--db", db)
    f = write(tmp_path / "g.csv", "model,benchmark,value,mode,generation,params\n"
              "a-7b,MMLU-Pro,50,thinking,ga,7\nb-8b,MMLU-Pro,59,thinking,gb,8\n")
    assert run("import", f, "--db", db).exit_code == 0
    r = run("compare", "ga", "gb", "--format", "json", "--db", db, "--mode", "thinking", "--draws", "500")
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["pairs"][0]["categories"]["knowledge"]["delta"] == 10.0
    r = run("compare", "ga", "gb", "--format", "csv", "--db", db, "--mode", "thinking", "--draws", "500")
    assert "category,knowledge" in r.output
    import csv
    import io

    rows = {(x["level"], x["category"]): x for x in csv.DictReader(io.StringIO(r.output))}
    assert rows[("headline", "")]["verdict"] == "not enough shared data"  # one benchmark: no headline
    cat = rows[("category", "knowledge")]
    assert cat["verdict"] in ("improved", "no clear change")
    assert float(cat["naive_old"]) == 50 and float(cat["naive_new"]) == 59 and float(cat["naive_delta"]) == 9


def test_scores_listing_formats(tmp_path, db):
    r = run("scores", "--model", "qwen3.5-27b", "--benchmark", "mmlu-pro", "--format", "json", "--db", db)
    assert r.exit_code == 0
    rows = json.loads(r.output)
    assert rows and all(x["model"] == "qwen3.5-27b" and x["benchmark"] == "mmlu-pro" for x in rows)
    assert all(x["document"] and x["line"] for x in rows)
