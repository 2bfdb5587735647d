"""Gemma 4 card (copy in sophgo/LLM-TPU): percent signs next to an Elo row, lower-is-better edit-distance
rows, bold section rows with empty cells, double spaces in model names, model-info tables."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "gemma-4.md"


def test_counts():
    res = doc(NAME)
    # lines 85-94: 10 x 5 = 50 minus 6 '-' (HLE rows) = 44; vision 4 x 5 - 1 = 19;
    # audio 2 + 2 = 4; long context 5
    assert len(res.scores) == 72
    assert sum(1 for s in res.scores if s.first_party) == 72


def test_publisher():
    assert doc(NAME).document.publisher == "google"


def test_model_info_tables_are_not_scores():
    res = doc(NAME)
    assert all(s.provenance.line >= 85 for s in res.scores)
    # section rows (**Vision**, **Audio**, **Long Context**) are not benchmarks
    assert not find(res, benchmark_label="Vision")


def test_percent_cells():
    res = doc(NAME)
    s = cell(res, 85.2, model="gemma-4-31b", benchmark="mmlu-pro")
    assert s.scale == "percent"
    # 'Gemma 3  27B (no think)': double space, mode in the label
    cell(res, 67.6, model="gemma-3-27b-it", benchmark="mmlu-pro", mode="non-thinking")
    cell(res, 88.3, model="gemma-4-26b-a4b", benchmark="aime-2026")
    cell(res, 44.0, model="gemma-4-e2b", benchmark="livecodebench-v6")
    cell(res, 58.6, model="gemma-4-e4b", benchmark="gpqa-diamond")
    cell(res, 76.9, model="gemma-4-31b", benchmark="tau2-bench")
    cell(res, 19.5, model="gemma-4-31b", benchmark="hle", tools=None)
    cell(res, 17.2, model="gemma-4-26b-a4b", benchmark="hle", tools="search")
    cell(res, 19.3, model="gemma-3-27b-it", benchmark="bbeh")
    cell(res, 49.7, model="gemma-3-27b-it", benchmark="mmmu-pro")
    cell(res, 13.5, model="gemma-3-27b-it", benchmark="mrcr-v2")
    assert find(res, model="gemma-4-e4b", benchmark="hle") == []
    assert find(res, model="gemma-3-27b-it", benchmark="medxpertqa-mm") == []


def test_elo_and_lower_is_better():
    res = doc(NAME)
    s = cell(res, 2150, model="gemma-4-31b", benchmark="codeforces")
    assert s.scale == "rating"
    cell(res, 110, model="gemma-3-27b-it", benchmark="codeforces")
    s = cell(res, 0.131, model="gemma-4-31b", benchmark="omnidocbench-1.5")
    assert s.scale == "fraction"
    cell(res, 0.29, model="gemma-4-e2b", benchmark="omnidocbench-1.5")
    cell(res, 0.08, model="gemma-4-e4b", benchmark="fleurs")


def test_covost_is_not_a_percentage():
    res = doc(NAME)
    # CoVoST is a BLEU-like score printed without '%' in a table that marks percentages with '%'
    s = cell(res, 35.54, model="gemma-4-e4b", benchmark="covost")
    assert s.scale == "raw"
    assert find(res, model="gemma-4-31b", benchmark="covost") == []


def test_first_party():
    res = doc(NAME)
    assert cell(res, 88.4, model="gemma-4-31b", benchmark="mmmlu").first_party is True
    assert cell(res, 70.7, model="gemma-3-27b-it", benchmark="mmmlu").first_party is True
