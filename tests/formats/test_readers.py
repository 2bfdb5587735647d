"""Reading real result files of each format (see tests/fixtures/README.md for where each came from)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from benchlens.extract import extract_file
from benchlens.formats.detect import detect_format, ingest_result, read_result, read_result_file, result_files
from benchlens.store import Store

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
LM_DIR = FIX / "lm_eval" / "HuggingFaceTB__SmolLM2-135M-Instruct"
LM = next(LM_DIR.glob("results_*.json"))
INSPECT_ZSTD = next(p for p in (FIX / "inspect").glob("*.eval") if "deflate" not in p.name)
INSPECT_DEFLATE = next((FIX / "inspect").glob("*-deflate.eval"))
INSPECT_JSON = next((FIX / "inspect").glob("*.json"))
EEE_REAL = sorted((FIX / "eee" / "lm_eval_converter").rglob("*.json"))
EEE_DOCS = FIX / "eee" / "eee_docs_example_0.2.2.json"
OPENCOMPASS = FIX / "opencompass" / "summary_internlm-chat-7b_ceval_excerpt.csv"
CARD = FIX / "model_index" / "tiny-vicuna-1b.md"
EVAL_RESULTS = FIX / "eval_results" / "Qwen__Qwen3-8B" / ".eval_results" / "results.yaml"
PROMPTFOO = sorted((FIX / "promptfoo").glob("*.json"))
HAVE_ZSTD = any(importlib.util.find_spec(m) for m in ("zstandard", "pyzstd")) or importlib.util.find_spec(
    "backports") is not None and importlib.util.find_spec("backports.zstd") is not None


def by_key(scores):
    return {(s.key.benchmark, dict(s.key.extra).get("filter"), s.key.metric): s for s in scores}


def test_detection_of_each_format():
    assert detect_format(LM) == "lm-eval"
    assert detect_format(next(LM_DIR.glob("samples_*.jsonl"))) == "lm-eval-samples"
    assert detect_format(INSPECT_ZSTD) == "inspect"
    assert detect_format(INSPECT_JSON) == "inspect"
    assert all(detect_format(p) == "eee" for p in EEE_REAL) and detect_format(EEE_DOCS) == "eee"
    assert detect_format(OPENCOMPASS) == "opencompass"
    assert detect_format(EVAL_RESULTS) == "eval-results"
    assert detect_format(CARD) is None  # a document: the extractor reads it (and its model-index)
    for p in PROMPTFOO:
        assert detect_format(p) == "promptfoo"


def test_result_files_skip_companions():
    files = result_files(FIX / "lm_eval")
    assert files == [LM]


def test_lm_eval_results_and_samples():
    doc, scores, info = read_result_file(LM, "lm-eval")
    assert doc.source_kind == "lm_eval" and doc.title.startswith("lm-eval HuggingFaceTB/SmolLM2-135M-Instruct")
    k = by_key(scores)
    arith = k[("?tiny_arith", "last-number", None)]
    assert arith.value == 0.8 and arith.scale == "fraction" and arith.stderr == pytest.approx(0.2)
    assert arith.n_items == 5 and arith.key.shots == 0 and arith.model_label == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert arith.first_party is None and arith.provenance.source_kind == "lm_eval"
    assert arith.provenance.raw_label == "tiny_arith" and arith.value_text == "0.8"
    text = LM.read_text().split("\n")
    assert '"exact_match,last-number": 0.8' in text[arith.provenance.line - 1]
    assert any("per-item results: 5 samples" in n for n in arith.notes)
    assert k[("?tiny_capitals", "first-capitalised", None)].value == 1.0
    assert len([s for s in scores if s.key.benchmark == "?tiny_suite"]) == 2  # the group's two filters
    r = read_result(LM)
    assert len(r.items) == 10 and {i["task"] for i in r.items} == {"tiny_arith", "tiny_capitals"}
    assert sum(i["score"] for i in r.items if i["task"] == "tiny_arith") == 4.0
    assert "_items" not in info


def test_lm_eval_catalog_tasks_resolve(tmp_path):
    import json

    data = json.loads(LM.read_text())
    data["results"] = {"arc_challenge": {"alias": "arc_challenge", "acc,none": 0.5, "acc_stderr,none": 0.01,
                                         "acc_norm,none": 0.55, "acc_norm_stderr,none": "N/A"},
                       "gsm8k": {"alias": "gsm8k", "exact_match,strict-match": 0.4, "exact_match,flexible-extract": 0.45}}
    data["n-shot"] = {"arc_challenge": 25, "gsm8k": 5}
    data["n-samples"] = {}
    f = tmp_path / "results_2026-01-01T00-00-00.json"
    f.write_text(json.dumps(data, indent=2))
    scores = read_result(f, "lm-eval").scores
    keys = {s.key.to_json(): s for s in scores}
    assert keys['{"benchmark": "arc-challenge", "shots": 25}'].value == 0.5
    assert keys['{"benchmark": "arc-challenge", "metric": "acc_norm", "shots": 25}'].stderr is None  # "N/A"
    assert keys['{"benchmark": "gsm8k", "extra": {"filter": "strict-match"}, "shots": 5}'].value == 0.4
    assert keys['{"benchmark": "gsm8k", "extra": {"filter": "flexible-extract"}, "shots": 5}'].value == 0.45


@pytest.mark.parametrize("path", [INSPECT_DEFLATE, INSPECT_JSON, INSPECT_ZSTD], ids=["eval-deflate", "json", "eval-zstd"])
def test_inspect_logs(path):
    if path == INSPECT_ZSTD and not HAVE_ZSTD:
        pytest.skip("no zstd decoder installed (pip install zstandard)")
    r = read_result(path)
    assert r.format == "inspect" and r.document.source_kind == "inspect"
    (s,) = r.scores
    assert s.key.benchmark == "?tiny_capitals" and s.value == 1.0 and s.stderr == 0.0 and s.scale == "fraction"
    assert s.model_label == "HuggingFaceTB/SmolLM2-135M-Instruct" and s.n_items == 5
    assert len(r.items) == 5 and all(i["score"] == 1.0 for i in r.items)
    assert {i["item_id"] for i in r.items} == {f"cap-{i}" for i in range(1, 6)}
    if path == INSPECT_JSON:
        assert '"value": 1.0' in path.read_text().split("\n")[s.provenance.line - 1]


def test_inspect_zstd_without_decoder_names_the_fix(monkeypatch):
    import benchlens.formats.inspect_log as il

    def nope(raw):
        raise ModuleNotFoundError("zstd")

    monkeypatch.setattr(il, "_zstd_decompress", nope)
    from benchlens.errors import InputError

    with pytest.raises(InputError, match="zstd.*pip install zstandard") as e:
        read_result(INSPECT_ZSTD)
    assert str(INSPECT_ZSTD) in str(e.value) and "header.json" in str(e.value)


def test_eee_real_converter_output_030():
    scores = [s for p in EEE_REAL for s in read_result(p).scores]
    k = by_key(scores)
    arith = k[("?tiny_arith", "last-number", None)]
    assert arith.value == 0.8 and arith.scale == "fraction" and arith.stderr == pytest.approx(0.2)
    assert arith.n_items == 5 and arith.key.shots == 0 and arith.first_party is False  # third_party
    assert arith.provenance.source_kind == "eee" and "EEE source_type: evaluation_run" in arith.notes
    # the same numbers as the lm-eval file they were converted from
    lm = by_key(read_result(LM).scores)
    for key in (("?tiny_arith", "last-number", None), ("?tiny_capitals", "first-capitalised", None)):
        assert k[key].key == lm[key].key and k[key].value == lm[key].value


def test_eee_older_records(tmp_path):
    import json

    r = read_result(EEE_DOCS)
    (s,) = r.scores
    assert s.value == 0.78 and s.scale == "fraction" and s.first_party is False and r.info["schema_version"] == "0.2.2"
    assert s.model_label == "meta-llama/Llama-3.1-8B-Instruct" and s.key.benchmark == "?my_eval"
    # a 0.2.0 record has no eval_library
    old = json.loads(EEE_DOCS.read_text())
    old["schema_version"] = "0.2.0"
    del old["eval_library"]
    f = tmp_path / "old.json"
    f.write_text(json.dumps(old))
    assert read_result(f).scores[0].value == 0.78


def test_opencompass_summary():
    r = read_result(OPENCOMPASS)
    assert len(r.scores) == 11 and r.document.source_kind == "opencompass"
    first = r.scores[0]
    assert first.value == 31.58 and first.scale == "percent" and first.provenance.line == 2
    assert first.key.benchmark == "?ceval-computer_network" and dict(first.key.extra) == {"config": "db9ce2",
                                                                                            "oc_mode": "gen"}
    avg = r.scores[-1]
    assert avg.key.metric == "naive_average" and avg.value == 44.16 and "config" not in dict(avg.key.extra)


def test_opencompass_txt_summary_and_missing_cells(tmp_path):
    txt = tmp_path / "summary_20240119_225509.txt"
    txt.write_text("20240119_225509\ntabulate format\n^^^^\nnot csv\n$$$$\n\n---- THIS IS A DIVIDER ----\n\ncsv format\n"
                   "^^^^^^^^\ndataset,version,metric,mode,model-a,model-b\nmmlu,abc123,accuracy,gen,70.1,-\n"
                   "gsm8k,def456,accuracy,gen,-,55.0 (11/20)\n$$$$$$\n\nraw format\n")
    assert detect_format(txt) == "opencompass"
    r = read_result(txt)
    assert [(s.model_label, s.key.benchmark, s.value) for s in r.scores] == [("model-a", "mmlu", 70.1),
                                                                            ("model-b", "gsm8k", 55.0)]
    assert r.scores[1].n_items == 20 and r.info["missing_cells"] == 2
    assert txt.read_text().split("\n")[r.scores[0].provenance.line - 1].startswith("mmlu,")


def test_model_index_in_a_real_card():
    res = extract_file(CARD)
    mi = [s for s in res.scores if s.provenance.source_kind == "model_index"]
    assert len(mi) == 6
    k = {s.key.to_json(): s for s in mi}
    arc = k['{"benchmark": "arc-challenge", "metric": "acc_norm", "shots": 25}']
    assert arc.value == 33.45 and arc.scale == "percent" and arc.model_label == "Tiny-Vicuna-1B"
    lines = CARD.read_text().split("\n")
    assert lines[arc.provenance.line - 1].strip() == "value: 33.45"
    assert any("Open LLM Leaderboard" in n for n in arc.notes)
    assert k['{"benchmark": "mmlu", "shots": 5}'].value == 25.45
    assert k['{"benchmark": "truthfulqa", "metric": "mc2", "shots": 0}'].value == 33.82
    assert k['{"benchmark": "gsm8k", "shots": 5}'].value == 1.52


def test_model_index_first_party_with_publisher(tmp_path):
    card = tmp_path / "qwen.md"
    card.write_text("---\nmodel-index:\n- name: Qwen3-8B\n  results:\n  - dataset: {name: MMLU-Pro, type: TIGER-Lab/MMLU-Pro}\n"
                    "    metrics: [{type: acc, value: 0.563}]\n  - dataset: {name: GPQA Diamond}\n"
                    "    metrics: [{type: acc, value: 0.4}]\n---\n# Qwen3-8B\n")
    res = extract_file(card, publisher="qwen")
    mi = [s for s in res.scores if s.provenance.source_kind == "model_index"]
    assert {s.key.benchmark for s in mi} == {"mmlu-pro", "gpqa-diamond"}
    assert all(s.model == "qwen3-8b" and s.first_party is True and s.scale == "fraction" for s in mi)
    assert [s.provenance.line for s in mi] == [6, 8]


def test_eval_results_written_by_huggingface_hub():
    r = read_result(EVAL_RESULTS)
    hle, gpqa = r.scores
    assert hle.model == "qwen3-8b" and hle.key.benchmark == "hle" and hle.value == 20.9 and hle.first_party is True
    assert gpqa.key.benchmark == "gpqa-diamond" and gpqa.key.tools is None and gpqa.first_party is None
    assert r.document.source_kind == "eval_results"
    assert EVAL_RESULTS.read_text().split("\n")[hle.provenance.line - 1].strip() == "value: 20.9"


@pytest.mark.skipif(not PROMPTFOO, reason="no promptfoo fixture")
def test_promptfoo_output():
    for p in PROMPTFOO:
        r = read_result(p)
        rate = [s for s in r.scores if s.key.metric == "pass-rate"]
        assert rate and all(0 <= s.value <= 1 and s.scale == "fraction" and s.n_items for s in rate)
        assert len(r.items) == sum(s.n_items for s in rate)


def test_ingest_stores_scores_and_items(tmp_path):
    with Store(tmp_path / "x.db", seed=False) as st:
        res = ingest_result(st, LM)
        assert res["added"] == 4 and res["items_stored"] == 10 and not res["skipped"]
        again = ingest_result(st, LM)
        assert again["skipped"] and again["added"] == 0
        stored = st.scores()
        assert len(stored) == 4 and all(s.provenance.source_kind == "lm_eval" for s in stored)
        from benchlens.formats.items import items_for_document

        items = items_for_document(st, res["doc_id"])
        assert len(items) == 10 and {i["model_label"] for i in items} == {"HuggingFaceTB/SmolLM2-135M-Instruct"}
