"""Export: EEE records that validate against the 0.3.0 schemas, and round trips (export, then import, gives
the same records, identity keys and provenance included)."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchlens import api
from benchlens.cli import app
from benchlens.formats import eee
from benchlens.formats.detect import ingest_result, read_result
from benchlens.formats.export import export_scores
from benchlens.records import Document, IdentityKey, Score
from benchlens.store import Store
from tests.formats.test_readers import EEE_DOCS, EEE_REAL, INSPECT_DEFLATE, LM

# a spread of the shipped official records: thinking and non-thinking, tools, k, judges, versions, extras
SELECTIONS = ("qwen3.5-27b", "qwen3-235b-a22b", "qwen3-8b", "deepseek-r1-distill-qwen-7b", "nous-hermes-2-mixtral-8x7b-dpo",
              "gpt-4o-2024-11-20")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("db") / "shipped.db", seed=True)
    recs = []
    for m in SELECTIONS:
        recs += api.scores(store=st, model=m, as_records=True)
    yield st, recs
    st.close()


def same(a: Score, b: Score, *, doc_id: bool = True) -> None:
    if not doc_id:
        b = b.with_(provenance=replace(b.provenance, doc_id=a.provenance.doc_id))
    assert a == b, _diff(a, b)


def _diff(a: Score, b: Score) -> str:
    da, db_ = a.to_dict(), b.to_dict()
    out = {k: (da[k], db_[k]) for k in da if da[k] != db_[k]}
    if a.provenance != b.provenance:
        out["provenance"] = (a.provenance, b.provenance)
    return repr(out)


def ordered(scores):
    return sorted(scores, key=lambda s: (s.provenance.doc_id or "", s.model or s.model_label, s.key.to_json(), s.value,
                                         s.provenance.line or 0, s.provenance.col or 0))


def test_the_selection_covers_the_settings(shipped):
    _, recs = shipped
    settings = {k for s in recs for k in s.key.setting()}
    assert {"mode", "tools", "k", "extra"} <= settings and len(recs) > 200
    assert {s.first_party for s in recs} == {True, False}
    assert {"percent", "fraction", "rating", "score10", "raw"} <= {s.scale for s in recs}


@pytest.mark.parametrize("fmt,name", [("json", "x.json"), ("csv", "x.csv")])
def test_round_trip_records_json_and_csv_exact(shipped, tmp_path, fmt, name):
    st, recs = shipped
    out = tmp_path / name
    export_scores(recs, fmt, out, store=st)
    back = read_result(out)
    assert back.format == fmt and len(back.scores) == len(recs)
    for a, b in zip(ordered(recs), ordered(back.scores), strict=True):
        if fmt == "csv":  # the records CSV has no column for these two (see docs/formats.md)
            b = b.with_(provenance=replace(b.provenance, raw_label=a.provenance.raw_label, raw_cell=a.provenance.raw_cell))
        same(a, b)


@pytest.mark.parametrize("fmt", ["json", "csv", "eee"])
def test_round_trip_through_a_fresh_store(shipped, tmp_path, fmt):
    st, recs = shipped
    out = tmp_path / ("eee" if fmt == "eee" else f"x.{fmt}")
    res = export_scores(recs, fmt, out, store=st)
    with Store(tmp_path / "fresh.db", seed=False) as st2:
        files = [Path(f) for f in res["files"] if f.endswith(".json")] if fmt == "eee" else [out]
        for f in files:
            ingest_result(st2, f)
        back = st2.scores()
        again = [ingest_result(st2, f) for f in files]
    assert all(r["skipped"] for r in again)  # importing the same export again adds nothing
    assert len(back) == len(recs)
    exact = fmt != "eee"  # an EEE file is a new document (one per source document and model)
    for a, b in zip(ordered(recs), sorted(back, key=lambda s: (_orig(s, recs), s.model or s.model_label,
                                                                 s.key.to_json(), s.value, s.provenance.line or 0,
                                                                 s.provenance.col or 0)), strict=True):
        if fmt == "csv":
            b = b.with_(provenance=replace(b.provenance, raw_label=a.provenance.raw_label, raw_cell=a.provenance.raw_cell))
        same(a, b, doc_id=exact)


def _orig(s: Score, recs: list[Score]) -> str:
    """The original document id of a record read back from an EEE file (by its title)."""
    for r in recs:
        if r.provenance.title == s.provenance.title and r.provenance.path == s.provenance.path:
            return r.provenance.doc_id or ""
    return ""


def test_round_trip_eee_records_in_memory(shipped, tmp_path):
    st, recs = shipped
    files = export_scores(recs, "eee", tmp_path / "eee", store=st)["files"]
    back = [s for f in files for s in read_result(f).scores]
    key = lambda s: (s.provenance.title or "", s.model or s.model_label, s.key.to_json(), s.value,  # noqa: E731
                     s.provenance.line or 0, s.provenance.col or 0)
    for a, b in zip(sorted(recs, key=key), sorted(back, key=key), strict=True):
        same(a, b, doc_id=False)


def test_eee_export_validates_and_maps_relationships(shipped, tmp_path):
    st, recs = shipped
    files = export_scores(recs, "eee", tmp_path / "eee", store=st)["files"]
    assert files and all(Path(f).parts[-5] == "data" for f in files)
    relations = set()
    for f in files:
        rec = json.loads(Path(f).read_text())
        assert eee.validate(rec) == [], f
        sm = rec["source_metadata"]
        assert sm["source_type"] == "documentation"  # lab-reported numbers
        relations.add(sm["evaluator_relationship"])
        fps = {r["score_details"]["details"].get("benchlens.first_party") for r in rec["evaluation_results"]}
        assert fps == {"true" if sm["evaluator_relationship"] == "first_party" else "false"}
    assert relations == {"first_party", "third_party"}


def test_eee_schema_catches_mistakes():
    assert eee.validate({"schema_version": "0.3.0"})
    for f in EEE_REAL:
        assert eee.validate(json.loads(f.read_text())) == []  # the EEE converter's own output
    old = eee.validate(json.loads(EEE_DOCS.read_text()))  # 0.2.2 lacks model_info.additional_details
    assert old == ["model_info: 'additional_details' is a required property"]


def test_eee_export_of_runs_with_per_item_jsonl(tmp_path):
    with Store(tmp_path / "runs.db", seed=False) as st:
        lm = ingest_result(st, LM)
        ins = ingest_result(st, INSPECT_DEFLATE)
        recs = st.scores()
        files = export_scores(recs, "eee", tmp_path / "eee", store=st)["files"]
    aggs = [Path(f) for f in files if f.endswith(".json")]
    samples = [Path(f) for f in files if f.endswith("_samples.jsonl")]
    assert len(aggs) == 2 and len(samples) == 2
    for a in aggs:
        rec = json.loads(a.read_text())
        assert eee.validate(rec) == []
        assert rec["source_metadata"]["source_type"] == "evaluation_run"
        assert rec["source_metadata"]["evaluator_relationship"] == "other"  # who ran it is not stated
        ded = rec["detailed_evaluation_results"]
        assert (a.parents[3] / ded["file_path"][len("data/"):]).exists()
    n = 0
    for s in samples:
        for line in s.read_text().splitlines():
            obj = json.loads(line)
            assert eee.validate(obj, "instance_level_eval") == []
            n += 1
    assert n == lm["items_stored"] + ins["items_stored"] == 15
    # and the export reads back with its items
    r = read_result(next(a for a in aggs if "lm-eval" in str(a)))
    assert len(r.items) == 10 and {s.key for s in r.scores} == {s.key for s in read_result(LM).scores}


def test_own_run_exports_as_a_third_party_evaluation_run(tmp_path):
    pytest.importorskip("benchlens.store.runs")
    from benchlens.store.runs import ItemResult, LogEntry, RunLog

    doc = Document(doc_id="0123456789abcdef", source_kind="own_run", title="run r1", origin="eval-run:r1")
    s = Score(model="qwen3-8b", model_label="qwen3-8b", key=IdentityKey("mmlu-pro", mode="non-thinking"), value=0.5,
              benchmark_label="mmlu-pro", scale="fraction", stderr=0.1, n_items=2, first_party=False,
              provenance=doc.provenance())
    with Store(tmp_path / "own.db", seed=False) as st:
        st.load(doc, [s])
        log = RunLog(conn=st.conn)
        for i, ok in enumerate((True, False)):
            req = json.dumps({"messages": [{"role": "user", "content": f"question {i}"}]})
            log.record_answer(LogEntry(f"k{i}", "r1", "http://127.0.0.1:1/v1", "m", "qwen3-8b", f"q{i}", 0, req, "ok",
                                       answer=f"answer {i}"),
                              ItemResult("r1", "qwen3-8b", f"q{i}", 0, "mmlu-pro", 1.0, float(ok), ok, key=f"k{i}"))
        log.add_result(ItemResult("r1", "other-model", "q0", 0, "mmlu-pro", 1.0, 1.0, True))  # another model's item
        log.flush()
        files = export_scores(st.scores(), "eee", tmp_path / "eee", store=st)["files"]
    rec = json.loads(Path(next(f for f in files if f.endswith(".json"))).read_text())
    assert rec["source_metadata"]["source_type"] == "evaluation_run"
    assert rec["source_metadata"]["evaluator_relationship"] == "third_party"
    assert rec["eval_library"]["name"] == "benchlens"
    lines = Path(next(f for f in files if f.endswith(".jsonl"))).read_text().splitlines()
    recs = [json.loads(x) for x in lines]
    assert [r["evaluation"]["is_correct"] for r in recs] == [True, False]
    assert [r["input"]["raw"] for r in recs] == ["question 0", "question 1"]  # joined from the request log
    assert [r["output"]["raw"] for r in recs] == [["answer 0"], ["answer 1"]]
    assert all(eee.validate(json.loads(x), "instance_level_eval") == [] for x in lines)


@pytest.mark.parametrize("fmt", ["model-index", "eval-results"])
def test_round_trip_model_index_and_eval_results(shipped, tmp_path, fmt):
    st, recs = shipped
    if fmt == "model-index":
        out = tmp_path / "model-index.yaml"
        export_scores(recs, fmt, out, store=st)
        back = read_result(out).scores
    else:
        files = export_scores(recs, fmt, tmp_path / "er", store=st)["files"]
        back = [s for f in files for s in read_result(f).scores]
    # what these formats keep: model, identity key, value and scale (see docs/formats.md for what is lost)
    kept = lambda ss: sorted((s.model or s.model_label, s.key.to_json(), s.value, s.scale) for s in ss)  # noqa: E731
    assert kept(back) == kept(recs)


def test_eval_results_export_parses_with_huggingface_hub(shipped, tmp_path):
    if importlib.util.find_spec("huggingface_hub") is None:
        pytest.skip("huggingface_hub (the hub extra) is not installed")
    import yaml
    from huggingface_hub._eval_results import parse_eval_result_entries

    st, recs = shipped
    files = export_scores(recs[:20], "eval-results", tmp_path / "er", store=st)["files"]
    for f in files:
        entries = parse_eval_result_entries(yaml.safe_load(Path(f).read_text()))
        assert entries


def test_cli_export(shipped, tmp_path):
    db = tmp_path / "cli.db"
    Store(db, seed=True).close()
    runner = CliRunner()
    r = runner.invoke(app, ["export", "--format", "eee", "--model", "qwen3.5-27b", "--first-party", "--out",
                            str(tmp_path / "eee"), "--db", str(db)])
    assert r.exit_code == 0, r.output
    files = list((tmp_path / "eee").rglob("*.json"))
    assert files and all(eee.validate(json.loads(f.read_text())) == [] for f in files)
    assert all(json.loads(f.read_text())["source_metadata"]["evaluator_relationship"] == "first_party" for f in files)
    r = runner.invoke(app, ["export", "--format", "json", "--model", "qwen3.5-27b", "--benchmark", "mmlu-pro",
                            "--db", str(db)])
    assert r.exit_code == 0 and all(d["benchmark"] == "mmlu-pro" for d in json.loads(r.stdout))
    r = runner.invoke(app, ["export", "--format", "model-index", "--model", "qwen3.5-27b", "--mode", "thinking",
                            "--db", str(db)])
    assert r.exit_code == 0 and r.stdout.startswith("model-index:")
    r = runner.invoke(app, ["export", "--format", "eee", "--model", "qwen3.5-27b", "--db", str(db)])
    assert r.exit_code == 1 and "--out DIR" in r.output
    r = runner.invoke(app, ["export", "--format", "xml", "--db", str(db)])
    assert r.exit_code == 1 and "--format must be one of" in r.output
    r = runner.invoke(app, ["export", "--format", "csv", "--benchmark", "mmlu-pro", "--model", "qwen3.5-27b",
                            "--third-party", "--document", "ffffffffffff", "--db", str(db)])
    assert r.exit_code == 1 and "nothing to export" in r.output
