"""DeepSeek-R1-0528 card (copy in akash-network/awesome-akash): ragged rows, one-cell category rows,
a compound tau-bench cell, and a models-as-rows distill table with a tab in a label."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "deepseek-r1-0528.md"


def test_counts():
    res = doc(NAME)
    # table 0 (lines 70-88): 14 rows x 2 models = 28, BFCL 1 (R1 is '-'), Tau-Bench cell holds 2 -> 31
    # table 1 (lines 98-104): 5 + 3 + 3 + 4 + 5 + 5 + 5 = 30
    assert len(res.scores) == 61
    # all of table 0 (31) + DeepSeek-R1-0528-Qwen3-8B row (5)
    assert sum(1 for s in res.scores if s.first_party) == 36


def test_publisher():
    assert doc(NAME).document.publisher == "deepseek"


def test_main_table_cells():
    res = doc(NAME)
    cell(res, 92.9, model="deepseek-r1", benchmark="mmlu-redux", mode="thinking")
    cell(res, 85.0, model="deepseek-r1-0528", benchmark="mmlu-pro")
    cell(res, 81.0, model="deepseek-r1-0528", benchmark="gpqa-diamond")
    cell(res, 8.5, model="deepseek-r1", benchmark="hle")
    cell(res, 73.3, model="deepseek-r1-0528", benchmark="livecodebench", version="2024.08-2025.05")
    cell(res, 1530, model="deepseek-r1", benchmark="codeforces", subset="div1")
    cell(res, 1930, model="deepseek-r1-0528", benchmark="codeforces", subset="div1")
    cell(res, 57.6, model="deepseek-r1-0528", benchmark="swe-bench-verified")
    # row with a trailing pipe that the others lack (line 84)
    cell(res, 41.7, model="deepseek-r1", benchmark="hmmt-feb-2025")
    cell(res, 79.4, model="deepseek-r1-0528", benchmark="hmmt-feb-2025")
    cell(res, 86.9, model="deepseek-r1-0528", benchmark="cnmo-2024")


def test_bfcl_dash_and_label():
    res = doc(NAME)
    # R1 is '-' on line 87: only the R1-0528 cell exists
    assert find(res, model="deepseek-r1", benchmark="bfcl-v3") == []
    s = cell(res, 37.0, model="deepseek-r1-0528", benchmark="bfcl-v3", subset="multi-turn")
    # intraword underscores are not emphasis: the label is kept as written
    assert s.benchmark_label == "BFCL_v3_MultiTurn (Acc)"


def test_tau_bench_compound_cell():
    res = doc(NAME)
    # line 88: '53.5(Airline)/63.9(Retail)' is two scores, the domain named in the cell
    assert find(res, model="deepseek-r1", benchmark_label="Tau-Bench (Pass@1)") == []
    cell(res, 53.5, model="deepseek-r1-0528", benchmark="tau1-airline")
    cell(res, 63.9, model="deepseek-r1-0528", benchmark="tau1-retail")


def test_distill_table_rows():
    res = doc(NAME)
    # line 98: label has a literal tab; the prose above the table mentions "Qwen3 8B Base", but the
    # rows are the released (hybrid) Qwen3 models, not base checkpoints
    s = cell(res, 85.7, model="qwen3-235b-a22b", benchmark="aime-2024")
    assert s.model_label == "Qwen3-235B-A22B"
    cell(res, 66.5, model="qwen3-235b-a22b", benchmark="livecodebench", version="2024.08-2025.05")
    cell(res, 68.4, model="qwen3-32b", benchmark="gpqa-diamond")
    cell(res, 67.3, model="qwen3-8b", benchmark="aime-2025")
    assert find(res, model_label="Qwen3-32B", benchmark="hmmt-feb-2025") == []
    cell(res, 53.6, model="phi-4-reasoning-plus", benchmark="hmmt-feb-2025")
    assert find(res, model="phi-4-reasoning-plus", benchmark="livecodebench") == []
    # the mode word sits inside the label (catalog alias of gemini-2.5-flash-preview-05-20 in thinking mode)
    cell(res, 82.8, model="gemini-2.5-flash-preview-05-20", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 65.9, model="o3-mini", benchmark="livecodebench")
    cell(res, 86.0, model="deepseek-r1-0528-qwen3-8b", benchmark="aime-2024")
    cell(res, 60.5, model="deepseek-r1-0528-qwen3-8b", benchmark="livecodebench")
    # no base checkpoints in this card
    assert not [s for s in res.scores if s.model and s.model.endswith("-base")]


def test_first_party():
    res = doc(NAME)
    assert cell(res, 86.0, model="deepseek-r1-0528-qwen3-8b", benchmark="aime-2024").first_party is True
    assert cell(res, 92.9, model="deepseek-r1", benchmark="mmlu-redux").first_party is True
    assert cell(res, 79.6, model="o3-mini", benchmark="aime-2024").first_party is False
    assert cell(res, 81.4, model_label="Qwen3-32B", benchmark="aime-2024").first_party is False
