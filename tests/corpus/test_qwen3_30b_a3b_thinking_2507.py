"""Qwen3-30B-A3B-Thinking-2507 card (verbatim excerpt): a pipe table with 'Arena-Hard v2$', CFEval ratings,
and the 1M-context RULER table (lines 90-94) whose first row is the original Qwen3-30B-A3B in thinking
mode, then Full / Sparse Attention rows of the 2507 model, with '100.0|' cells (no space before the pipe)."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-30b-a3b-thinking-2507.md"


def test_counts():
    res = doc(NAME)
    # main table lines 49-77: 24 benchmark rows x 4 models = 96, no missing cells
    # RULER 1M lines 92-94: 3 rows x 16 = 48
    assert len(res.scores) == 144
    # three Qwen columns x 24 = 72, plus 48 RULER cells
    assert sum(1 for s in res.scores if s.first_party) == 120


def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_main_table_cells():
    res = doc(NAME)
    cell(res, 81.9, model="gemini-2.5-flash", benchmark="mmlu-pro", mode="thinking")
    cell(res, 92.7, model="qwen3-235b-a22b", benchmark="mmlu-redux", mode="thinking")  # bold
    cell(res, 73.4, model="qwen3-30b-a3b-thinking-2507", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 85.0, model="qwen3-30b-a3b-thinking-2507", benchmark="aime-2025", mode="thinking")
    cell(res, 49.8, model="qwen3-30b-a3b", benchmark="hmmt-feb-2025", mode="thinking")
    cell(res, 66.0, model="qwen3-30b-a3b-thinking-2507", benchmark="livecodebench-v6", version="2025.02-2025.05")
    cell(res, 1995, model="gemini-2.5-flash", benchmark="cfeval", mode="thinking")
    cell(res, 2056, model="qwen3-235b-a22b", benchmark="cfeval", mode="thinking")
    cell(res, 2044, model="qwen3-30b-a3b-thinking-2507", benchmark="cfeval", mode="thinking")
    cell(res, 61.5, model="qwen3-235b-a22b", benchmark="arena-hard-v2", mode="thinking")
    cell(res, 85.0, model="qwen3-30b-a3b-thinking-2507", benchmark="writingbench", mode="thinking")
    cell(res, 54.0, model="gemini-2.5-flash", benchmark="tau1-airline", mode="thinking")
    cell(res, 22.8, model="qwen3-30b-a3b", benchmark="tau2-telecom", mode="thinking")
    cell(res, 76.4, model="qwen3-30b-a3b-thinking-2507", benchmark="multi-if", mode="thinking")
    cell(res, 54.7, model="qwen3-235b-a22b", benchmark="polymath", mode="thinking")


def test_ruler_1m_rows():
    res = doc(NAME)
    # line 92: 'Qwen3-30B-A3B (Thinking)' is the original April model in thinking mode, not the 2507 model
    cell(res, 70.6, model="qwen3-30b-a3b", benchmark="ruler", mode="thinking", version="1m", subset=None)
    cell(res, 96.7, model="qwen3-30b-a3b", benchmark="ruler", mode="thinking", version="1m", subset="4k")
    cell(res, 48.2, model="qwen3-30b-a3b", benchmark="ruler", mode="thinking", version="1m", subset="1000k")
    # context lengths are subsets (as on the other 2507 cards), not metrics
    assert [s for s in find(res, benchmark="ruler") if s.key.setting().get("metric")] == []
    # lines 93-94: Full / Sparse Attention rows are distinct keys
    full = {"model_variant": "full attention"}
    sparse = {"model_variant": "sparse attention"}
    cell(res, 91.4, model="qwen3-30b-a3b-thinking-2507", benchmark="ruler", version="1m", subset=None, extra=full)
    cell(res, 100.0, model="qwen3-30b-a3b-thinking-2507", benchmark="ruler", version="1m", subset="8k", extra=full)
    cell(res, 77.5, model="qwen3-30b-a3b-thinking-2507", benchmark="ruler", version="1m", subset="1000k", extra=full)
    cell(res, 91.5, model="qwen3-30b-a3b-thinking-2507", benchmark="ruler", version="1m", subset=None, extra=sparse)
    cell(res, 100.0, model="qwen3-30b-a3b-thinking-2507", benchmark="ruler", version="1m", subset="4k", extra=sparse)
    cell(res, 79.6, model="qwen3-30b-a3b-thinking-2507", benchmark="ruler", version="1m", subset="1000k", extra=sparse)
    keys = [(s.model, s.key) for s in find(res, benchmark="ruler")]
    assert len(keys) == 48 and len(set(keys)) == 48


def test_ruler_1m_values_and_version():
    res = doc(NAME)
    # what holds whatever the row attribution: 48 RULER cells, all version 1m, mode thinking
    r = find(res, benchmark="ruler", version="1m", mode="thinking")
    assert len(r) == 48
    assert sorted(s.value for s in r if s.provenance.line == 94)[:3] == [79.6, 79.9, 80.0]


def test_first_party():
    res = doc(NAME)
    assert cell(res, 80.9, model="qwen3-30b-a3b-thinking-2507", benchmark="mmlu-pro").first_party is True
    assert cell(res, 82.8, model="qwen3-235b-a22b", benchmark="mmlu-pro").first_party is True
    assert cell(res, 82.8, model="gemini-2.5-flash", benchmark="gpqa-diamond").first_party is False
