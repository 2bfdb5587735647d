"""Qwen3-235B-A22B-Instruct-2507 card, latest revision (verbatim excerpt): a pipe table with TAU1/TAU2 rows,
'-' in the Claude column, '#'-marked GPT-4o cells (footnote line 84: GPT-4o-20241120), and the 1M-context
RULER table (lines 93-97) with Full / Sparse Attention rows."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-235b-a22b-instruct-2507.md"


def test_counts():
    res = doc(NAME)
    # main table lines 48-80: 28 benchmark rows x 6 models = 168, minus 4 '-' in the Claude Opus 4 column
    # (ZebraLogic 58, MultiIF 77, MMLU-ProX 78, INCLUDE 79) = 164
    # RULER 1M lines 95-97: 3 rows x 16 (Acc avg + 15 lengths) = 48
    assert len(res.scores) == 212
    # two Qwen columns x 28 = 56, plus 48 RULER cells
    assert sum(1 for s in res.scores if s.first_party) == 104


def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_main_table_cells():
    res = doc(NAME)
    cell(res, 83.0, model="qwen3-235b-a22b-instruct-2507", benchmark="mmlu-pro", mode="non-thinking")
    cell(res, 86.6, model="claude-opus-4", benchmark="mmlu-pro", mode="non-thinking")  # bold
    cell(res, 77.5, model="qwen3-235b-a22b-instruct-2507", benchmark="gpqa-diamond", mode="non-thinking")
    cell(res, 12.2, model="qwen3-235b-a22b", benchmark="simpleqa", mode="non-thinking")
    cell(res, 74.5, model="kimi-k2", benchmark="chinese-simpleqa", mode="non-thinking")
    cell(res, 41.8, model="qwen3-235b-a22b-instruct-2507", benchmark="arc-agi-1", mode="non-thinking")
    cell(res, 89.0, model="kimi-k2", benchmark="zebralogic", mode="non-thinking")
    cell(res, 45.2, model="deepseek-v3-0324", benchmark="livecodebench-v6", version="2025.02-2025.05")
    cell(res, 70.7, model="claude-opus-4", benchmark="aider-polyglot", mode="non-thinking")
    cell(res, 79.2, model="qwen3-235b-a22b-instruct-2507", benchmark="arena-hard-v2", mode="non-thinking")
    cell(res, 86.2, model="kimi-k2", benchmark="writingbench", mode="non-thinking")
    cell(res, 68.0, model="qwen3-235b-a22b", benchmark="bfcl-v3", mode="non-thinking")
    cell(res, 71.3, model="qwen3-235b-a22b-instruct-2507", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 56.5, model="kimi-k2", benchmark="tau2-airline", mode="non-thinking")
    cell(res, 32.5, model="qwen3-235b-a22b-instruct-2507", benchmark="tau2-telecom", mode="non-thinking")
    cell(res, 30.0, model="claude-opus-4", benchmark="polymath", mode="non-thinking")
    cell(res, 79.4, model="qwen3-235b-a22b-instruct-2507", benchmark="mmlu-prox", mode="non-thinking")


def test_missing_marks_are_not_scores():
    res = doc(NAME)
    for b in ("zebralogic", "multi-if", "mmlu-prox", "include"):
        assert find(res, model="claude-opus-4", benchmark=b) == []
    assert len(find(res, model="claude-opus-4")) == 24


def test_gpt4o_hash_cells_are_gpt4o_2024_11_20():
    res = doc(NAME)
    # lines 71-75: '60.3#' etc. in the GPT-4o-0327 column; footnote line 84: "Results were generated using
    # GPT-4o-20241120, as access to the native function calling API of GPT-4o-0327 was unavailable."
    cell(res, 60.3, model="gpt-4o-2024-11-20", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 42.8, model="gpt-4o-2024-11-20", benchmark="tau1-airline")
    cell(res, 66.7, model="gpt-4o-2024-11-20", benchmark="tau2-retail")
    cell(res, 42.0, model="gpt-4o-2024-11-20", benchmark="tau2-airline")
    cell(res, 29.8, model="gpt-4o-2024-11-20", benchmark="tau2-telecom")
    for b in ("tau1-retail", "tau1-airline", "tau2-retail", "tau2-airline", "tau2-telecom"):
        assert find(res, model="gpt-4o-2025-03-27", benchmark=b) == []
    # unmarked GPT-4o-0327 cells stay GPT-4o-0327
    cell(res, 66.5, model="gpt-4o-2025-03-27", benchmark="bfcl-v3", mode="non-thinking")
    assert len(find(res, model="gpt-4o-2025-03-27")) == 23


def test_ruler_1m():
    res = doc(NAME)
    # line 95: the original Qwen3-235B-A22B, non-thinking; 'Acc avg' is the overall RULER score
    cell(res, 83.9, model="qwen3-235b-a22b", benchmark="ruler", mode="non-thinking", version="1m", subset=None)
    cell(res, 97.7, model="qwen3-235b-a22b", benchmark="ruler", version="1m", subset="4k")
    cell(res, 68.0, model="qwen3-235b-a22b", benchmark="ruler", version="1m", subset="1000k")
    full = {"model_variant": "full attention"}
    sparse = {"model_variant": "sparse attention"}
    cell(res, 92.5, model="qwen3-235b-a22b-instruct-2507", benchmark="ruler", version="1m", subset=None, extra=full)
    cell(res, 94.5, model="qwen3-235b-a22b-instruct-2507", benchmark="ruler", version="1m", subset="192k", extra=full)
    cell(res, 84.5, model="qwen3-235b-a22b-instruct-2507", benchmark="ruler", version="1m", subset="1000k", extra=full)
    cell(res, 91.7, model="qwen3-235b-a22b-instruct-2507", benchmark="ruler", version="1m", subset=None, extra=sparse)
    cell(res, 89.7, model="qwen3-235b-a22b-instruct-2507", benchmark="ruler", version="1m", subset="384k", extra=sparse)
    cell(res, 82.5, model="qwen3-235b-a22b-instruct-2507", benchmark="ruler", version="1m", subset="1000k", extra=sparse)
    r = find(res, benchmark="ruler", version="1m", mode="non-thinking")
    assert len(r) == 48 and len({(s.model, s.key) for s in r}) == 48


def test_first_party():
    res = doc(NAME)
    assert cell(res, 93.1, model="qwen3-235b-a22b-instruct-2507", benchmark="mmlu-redux").first_party is True
    assert cell(res, 89.2, model="qwen3-235b-a22b", benchmark="mmlu-redux").first_party is True
    assert cell(res, 92.7, model="kimi-k2", benchmark="mmlu-redux").first_party is False
    assert cell(res, 90.4, model="deepseek-v3-0324", benchmark="mmlu-redux").first_party is False
