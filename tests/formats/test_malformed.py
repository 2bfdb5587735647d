"""Malformed and truncated files of each format: one clear error naming the file and the field or line."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from benchlens.errors import InputError
from benchlens.extract import extract_file
from benchlens.formats.detect import detect_format, read_result
from tests.formats.test_readers import (
    CARD,
    EEE_DOCS,
    EEE_REAL,
    EVAL_RESULTS,
    INSPECT_DEFLATE,
    INSPECT_JSON,
    LM,
    LM_DIR,
    OPENCOMPASS,
    PROMPTFOO,
)


def truncated(src: Path, dst: Path, frac: float = 0.5) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * frac)])
    return dst


def fails(path: Path, fmt: str | None, *fragments: str) -> str:
    with pytest.raises(InputError) as e:
        read_result(path, fmt)
    msg = str(e.value)
    assert str(path) in msg, msg
    for f in fragments:
        assert f in msg, msg
    assert "Traceback" not in msg
    return msg


@pytest.mark.parametrize("src,fmt", [(LM, "lm-eval"), (INSPECT_JSON, "inspect"), (EEE_REAL[0], "eee"),
                                     (EEE_DOCS, "eee"), *[(p, "promptfoo") for p in PROMPTFOO]],
                         ids=lambda x: getattr(x, "name", x))
def test_truncated_json_names_the_line(tmp_path, src, fmt):
    f = truncated(src, tmp_path / src.name)
    assert detect_format(f) == fmt  # still recognised from its first bytes, so the right reader explains
    fails(f, None, "not valid JSON", "line ", "truncated")


def test_truncated_eval_zip(tmp_path):
    fails(truncated(INSPECT_DEFLATE, tmp_path / "x.eval"), "inspect", "zip")


def test_unfinished_eval_zip_without_header(tmp_path):
    f = tmp_path / "running.eval"
    with zipfile.ZipFile(INSPECT_DEFLATE) as zin, zipfile.ZipFile(f, "w") as zout:
        for n in zin.namelist():
            if n != "header.json":
                zout.writestr(n, zin.read(n))
    fails(f, "inspect", "header.json", "unfinished")


def test_lm_eval_missing_and_bad_fields(tmp_path):
    data = json.loads(LM.read_text())
    f = tmp_path / "results_x.json"
    f.write_text(json.dumps({k: v for k, v in data.items() if k != "results"}))
    fails(f, "lm-eval", "missing field 'results'")
    data["results"]["tiny_arith"]["exact_match,last-number"] = {"oops": 1}
    f.write_text(json.dumps(data))
    r = read_result(f, "lm-eval")  # a non-numeric metric is skipped and counted
    assert r.info["skipped_metrics"] == 1
    data["results"]["tiny_arith"]["exact_match,last-number"] = "abc"
    f.write_text(json.dumps(data))
    fails(f, "lm-eval", "results.tiny_arith.exact_match,last-number", "must be a number")


def test_lm_eval_bad_samples_line(tmp_path):
    d = tmp_path / "run"
    shutil.copytree(LM_DIR, d)
    s = next(d.glob("samples_tiny_arith_*.jsonl"))
    s.write_text(s.read_text()[:-200])
    with pytest.raises(InputError) as e:
        read_result(d / LM.name, "lm-eval")
    assert str(s) in str(e.value) and "(line 5)" in str(e.value)  # the broken companion file is named


def test_inspect_missing_fields(tmp_path):
    data = json.loads(INSPECT_JSON.read_text())
    f = tmp_path / "log.json"
    bad = dict(data)
    del bad["results"]
    f.write_text(json.dumps(bad))
    fails(f, "inspect", "missing field 'results'")
    bad = json.loads(json.dumps(data))
    del bad["results"]["scores"][0]["metrics"]["accuracy"]["value"]
    f.write_text(json.dumps(bad))
    fails(f, "inspect", "results.scores[0].metrics.accuracy.value")
    bad = json.loads(json.dumps(data))
    del bad["eval"]["model"]
    f.write_text(json.dumps(bad))
    fails(f, "inspect", "eval.model")


def test_eee_missing_and_bad_fields(tmp_path):
    data = json.loads(EEE_REAL[0].read_text())
    f = tmp_path / "rec.json"
    for field, frag in (("model_info", "model_info"), ("evaluation_results", "evaluation_results"),
                        ("source_metadata", "source_metadata")):
        bad = {k: v for k, v in data.items() if k != field}
        f.write_text(json.dumps(bad))
        fails(f, "eee", f"missing field {frag!r}")
    bad = json.loads(json.dumps(data))
    del bad["evaluation_results"][0]["score_details"]["score"]
    f.write_text(json.dumps(bad))
    fails(f, "eee", "evaluation_results[0].score_details.score")
    bad = json.loads(json.dumps(data))
    bad["evaluation_results"][0]["score_details"]["score"] = "high"
    f.write_text(json.dumps(bad))
    fails(f, "eee", "evaluation_results[0].score_details.score", "must be a number")
    bad = json.loads(json.dumps(data))
    bad["source_metadata"]["evaluator_relationship"] = "friend"
    f.write_text(json.dumps(bad))
    fails(f, "eee", "evaluator_relationship")
    bad["schema_version"] = "2.0.0"
    f.write_text(json.dumps(bad))
    fails(f, "eee", "schema_version")


def test_eee_instances_bad_line(tmp_path):
    f = tmp_path / "x_samples.jsonl"
    f.write_text('{"schema_version": "0.3.0", "evaluation_id": "e", "sample_id": "1", "evaluation": {"score": 1}}\n'
                 '{"schema_version": "0.3.0", "evaluation_id": "e", "sample_id": "2"}\n')
    assert detect_format(f) == "eee-instances"
    fails(f, None, "line 2", "evaluation")
    f.write_text(f.read_text().split("\n")[0][:40] + "\n")
    fails(f, "eee-instances", "line 1")


def test_opencompass_truncated_and_bad_cells(tmp_path):
    f = tmp_path / "summary.csv"
    lines = OPENCOMPASS.read_text().split("\n")
    f.write_text("\n".join(lines[:4]) + "\n" + lines[4].split(",")[0] + ",")
    fails(f, "opencompass", "line 5", "fields")
    f.write_text(lines[0] + "\nmmlu,abc,accuracy,gen,seventy\n")
    fails(f, "opencompass", "line 2", "not a number")
    f.write_text("dataset,version,metric\nmmlu,a,b\n")
    fails(f, "opencompass", "header")


def test_model_index_file_errors(tmp_path):
    f = tmp_path / "mi.yaml"
    f.write_text("model-index:\n- name: X\n  results:\n  - dataset: {name: MMLU}\n    metrics:\n    - {type: acc}\n")
    fails(f, "model-index", "model-index[0].results[0].metrics[0].value")
    f.write_text("model-index:\n- name: X\n  results:\n  - dataset: {name: MMLU}\n    metrics:\n    - {type: acc, value: lots}\n")
    fails(f, "model-index", "model-index[0].results[0].metrics[0].value", "must be a number")
    f.write_text("model-index:\n- name: X\n  results: {a: 1}\n")
    fails(f, "model-index", "model-index[0].results")
    f.write_text("model-index:\n- name: X\n  results:\n  - dataset: {name: MMLU\n")
    fails(f, "model-index", "not valid YAML", "line ")
    f.write_text(CARD.read_text()[:900])  # a card cut inside its front matter
    fails(f, "model-index", "front matter", "truncated")


def test_card_with_a_bad_model_index_keeps_the_rest(tmp_path):
    card = tmp_path / "card.md"
    card.write_text("---\nmodel-index:\n- name: Qwen3-8B\n  results:\n  - dataset: {name: MMLU-Pro}\n"
                    "    metrics: [{type: acc, value: 56.3}]\n  - dataset: {name: IFEval}\n    metrics: [{type: acc}]\n"
                    "---\n# Qwen3-8B\n")
    res = extract_file(card, publisher="qwen")
    assert [s.key.benchmark for s in res.scores] == ["mmlu-pro"]
    card.write_text("---\nmodel-index:\n- name: Qwen3-8B\n  results:\n  - dataset: {name: IFEval}\n"
                    "    metrics: [{type: acc}]\n---\n# Qwen3-8B\n")
    res = extract_file(card, publisher="qwen")
    assert not res.scores and any("model-index[0].results[0].metrics[0].value" in w for w in res.warnings)


def test_eval_results_errors(tmp_path):
    d = tmp_path / "Org__Model" / ".eval_results"
    d.mkdir(parents=True)
    f = d / "r.yaml"
    f.write_text("- dataset: {id: cais/hle, task_id: default}\n  value: 20\n- dataset: {task_id: default}\n  value: 3\n")
    fails(f, None, "[1].dataset.id")
    f.write_text("- dataset: {id: cais/hle, task_id: default}\n")
    fails(f, None, "[0].value")
    f.write_text(EVAL_RESULTS.read_text()[:45])  # cut before the first value
    fails(f, None, "[0].value")


def test_records_json_errors(tmp_path):
    f = tmp_path / "scores.json"
    f.write_text(json.dumps([{"model": "qwen3-8b", "benchmark": "mmlu-pro", "value": 50},
                             {"model": "qwen3-8b", "benchmark": "mmlu-pro"}]))
    fails(f, "json", "[1].value")
    f.write_text(json.dumps([{"model": "qwen3-8b", "benchmark": "mmlu-pro", "value": "50"}]))
    fails(f, "json", "[0].value", "must be a number")
    f.write_text(json.dumps({"hello": "world"}))
    fails(f, "json", "not a known result format")


def test_binary_and_empty_files(tmp_path):
    f = tmp_path / "results_1.json"
    f.write_bytes(b"\x00\xff\xfe" * 10)
    fails(f, "lm-eval", "UTF-8")
    f.write_text("")
    fails(f, "lm-eval", "empty")
