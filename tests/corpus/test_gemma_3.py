"""Gemma 3 card (copy in sophgo/LLM-TPU): a 'Metric' column that holds shot counts, reference-link
benchmark cells with variants outside the link, the 1B column absent from some tables, CIDEr > 100."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "gemma-3.md"


def test_counts():
    res = doc(NAME)
    # reasoning 11 x 4 = 44; STEM 8 x 3 = 24; multilingual 7 x 4 = 28; multimodal 15 x 3 = 45
    assert len(res.scores) == 141
    # all columns are Google's pretrained Gemma 3 models
    assert sum(1 for s in res.scores if s.first_party) == 141


def test_publisher():
    assert doc(NAME).document.publisher == "google"


def test_shots_from_metric_column():
    res = doc(NAME)
    cell(res, 62.3, model="gemma-3-1b-pt", benchmark="hellaswag", shots=10)
    cell(res, 82.4, model="gemma-3-27b-pt", benchmark="boolq", shots=0)
    cell(res, 9.48, model="gemma-3-1b-pt", benchmark="natural-questions", shots=5)
    cell(res, 70.6, model="gemma-3-27b-pt", benchmark="arc-challenge", shots=25)
    cell(res, 88.3, model="gemma-3-12b-pt", benchmark="arc-easy", shots=0)
    cell(res, 77.2, model="gemma-3-27b-pt", benchmark="drop", shots=1)
    cell(res, 71.0, model="gemma-3-12b-pt", benchmark="gsm8k", shots=8)
    cell(res, 48.8, model="gemma-3-27b-pt", benchmark="humaneval", shots=0)
    # 'few-shot' is not a number of shots
    s = cell(res, 77.7, model="gemma-3-27b-pt", benchmark="bbh")
    assert s.key.shots is None and s.key.metric is None


def test_agieval_shot_range_is_not_a_metric():
    res = doc(NAME)
    s = cell(res, 66.2, model="gemma-3-27b-pt", benchmark="agieval")
    # '3-5-shot' in the Metric column is a shot range, like 'few-shot' on the BBH row
    assert s.key.metric is None
    assert "3-5" in str(s.key.setting())


def test_variant_outside_the_link():
    res = doc(NAME)
    cell(res, 78.6, model="gemma-3-27b-pt", benchmark="mmlu", shots=5)
    cell(res, 52.2, model="gemma-3-27b-pt", benchmark="mmlu-pro", shots=5)
    cell(res, 45.3, model="gemma-3-12b-pt", benchmark="mmlu-pro")
    cell(res, 36.7, model="gemma-3-1b-pt", benchmark="wmt24pp")
    cell(res, 85.6, model="gemma-3-27b-pt", benchmark="docvqa")
    cell(res, 39.2, model="gemma-3-4b-pt", benchmark="mmmu")
    cell(res, 76.8, model="gemma-3-27b-pt", benchmark="xquad")


def test_missing_1b_column_and_cider():
    res = doc(NAME)
    # STEM and multimodal tables have no 1B column
    assert find(res, model="gemma-3-1b-pt", benchmark="mmlu") == []
    assert find(res, model="gemma-3-1b-pt", benchmark="chartqa") == []
    cell(res, 2.04, model="gemma-3-1b-pt", benchmark="mgsm")
    s = cell(res, 102, model="gemma-3-4b-pt", benchmark_label="COCOcap")
    assert s.scale != "percent"
    cell(res, 68.0, model="gemma-3-27b-pt", benchmark_label="CountBenchQA")
    cell(res, 24.3, model="gemma-3-27b-pt", benchmark_label="GPQA", shots=5)


def test_first_party():
    res = doc(NAME)
    assert cell(res, 74.3, model="gemma-3-27b-pt", benchmark="mgsm").first_party is True
    assert cell(res, 63.2, model="gemma-3-4b-pt", benchmark="ai2d").first_party is True
