"""Qwen3-235B-A22B-Thinking-2507 card (byte-exact copy in akash-network/awesome-akash): 7 model columns,
a '**Reasoning**' row with 6 empty cells for 7 columns, '-' in the Claude4 Opus column, footnote marks on
cells ('81.4*', '**92.7***' high reasoning effort; '17.7#' HLE text-only subset) and on the label
('Arena-Hard v2$'), CFEval ratings, no TAU1 rows."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-235b-a22b-thinking-2507.md"


def test_counts():
    res = doc(NAME)
    # lines 45-72: 23 benchmark rows x 7 models = 161, minus 12 '-': Claude4 Opus MMLU-Pro, SuperGPQA,
    # CFEval, OJBench, TAU2 x3, Multilingualism x4 (11) and O3 SuperGPQA (1) = 149
    assert len(res.scores) == 149
    # two Qwen columns x 23
    assert sum(1 for s in res.scores if s.first_party) == 46


def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_cells():
    res = doc(NAME)
    cell(res, 85.0, model="deepseek-r1-0528", benchmark="mmlu-pro", mode="thinking")
    cell(res, 85.9, model="o3", benchmark="mmlu-pro", mode="thinking")  # bold
    cell(res, 94.6, model="claude-opus-4", benchmark="mmlu-redux", mode="thinking")
    cell(res, 86.4, model="gemini-2.5-pro", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 64.9, model="qwen3-235b-a22b-thinking-2507", benchmark="supergpqa", mode="thinking")
    # row after the short '**Reasoning**' category row (line 49)
    cell(res, 87.5, model="deepseek-r1-0528", benchmark="aime-2025", mode="thinking")
    cell(res, 92.3, model="qwen3-235b-a22b-thinking-2507", benchmark="aime-2025", mode="thinking")
    cell(res, 83.9, model="qwen3-235b-a22b-thinking-2507", benchmark="hmmt-feb-2025", mode="thinking")
    cell(res, 74.1, model="qwen3-235b-a22b-thinking-2507", benchmark="livecodebench-v6", version="2025.02-2025.05")
    cell(res, 2134, model="qwen3-235b-a22b-thinking-2507", benchmark="cfeval", mode="thinking")
    cell(res, 2099, model="deepseek-r1-0528", benchmark="cfeval", mode="thinking")
    cell(res, 38.9, model="gemini-2.5-pro", benchmark="ojbench", mode="thinking")
    cell(res, 79.7, model="qwen3-235b-a22b-thinking-2507", benchmark="arena-hard-v2", mode="thinking")
    cell(res, 88.3, model="qwen3-235b-a22b-thinking-2507", benchmark="writingbench", mode="thinking")
    cell(res, 61.8, model="claude-opus-4", benchmark="bfcl-v3", mode="thinking")
    cell(res, 60.5, model="o3", benchmark="tau2-telecom", mode="thinking")
    cell(res, 40.4, model="qwen3-235b-a22b", benchmark="tau2-retail", mode="thinking")
    cell(res, 60.1, model="qwen3-235b-a22b-thinking-2507", benchmark="polymath", mode="thinking")


def test_marked_cells():
    res = doc(NAME)
    # '*' = high reasoning effort for O4-mini / O3 (lines 47, 50, 53); '**92.7***' is bold plus mark
    cell(res, 81.4, model="o4-mini", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 83.3, model="o3", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 92.7, model="o4-mini", benchmark="aime-2025", mode="thinking")
    cell(res, 88.9, model="o3", benchmark="aime-2025", mode="thinking")


def test_missing_marks_are_not_scores():
    res = doc(NAME)
    assert find(res, model="o3", benchmark="supergpqa") == []
    for b in ("mmlu-pro", "supergpqa", "cfeval", "ojbench", "tau2-retail", "mmlu-prox", "polymath"):
        assert find(res, model="claude-opus-4", benchmark=b) == []
    assert len(find(res, model="claude-opus-4")) == 12
    # this card has no TAU1 rows
    assert find(res, benchmark="tau1-retail") == [] and find(res, benchmark="tau1-airline") == []


def test_hle_text_only_subset():
    res = doc(NAME)
    # line 53, footnote line 76: scores marked '#' "refer to models that are not multi-modal and were
    # evaluated only on the text-only subset"
    cell(res, 17.7, model="deepseek-r1-0528", benchmark="hle", mode="thinking", subset="text-only")
    cell(res, 11.8, model="qwen3-235b-a22b", benchmark="hle", mode="thinking", subset="text-only")
    cell(res, 18.2, model="qwen3-235b-a22b-thinking-2507", benchmark="hle", mode="thinking", subset="text-only")
    # unmarked HLE cells are the full benchmark
    cell(res, 21.6, model="gemini-2.5-pro", benchmark="hle", subset=None)
    cell(res, 20.3, model="o3", benchmark="hle", subset=None)
    cell(res, 10.7, model="claude-opus-4", benchmark="hle", subset=None)


def test_first_party():
    res = doc(NAME)
    assert cell(res, 84.4, model="qwen3-235b-a22b-thinking-2507", benchmark="mmlu-pro").first_party is True
    assert cell(res, 82.8, model="qwen3-235b-a22b", benchmark="mmlu-pro").first_party is True
    assert cell(res, 85.6, model="gemini-2.5-pro", benchmark="mmlu-pro").first_party is False
    assert cell(res, 81.9, model="o4-mini", benchmark="mmlu-pro").first_party is False
