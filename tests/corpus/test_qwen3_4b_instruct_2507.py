"""Qwen3-4B-Instruct-2507 card (byte-exact copy in nam2350/consultai): one markdown pipe table, bold
category rows with too few cells, '-' in the GPT-4.1-nano TAU2 cells, a stray double space before a value."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-4b-instruct-2507.md"


def test_counts():
    res = doc(NAME)
    # lines 45-74: 25 benchmark rows x 4 models = 100, minus 3 '-' (GPT-4.1-nano TAU2 rows 67-69) = 97
    assert len(res.scores) == 97
    # three Qwen columns (Qwen3-30B-A3B, Qwen3-4B, Qwen3-4B-Instruct-2507): 3 x 25 = 75
    assert sum(1 for s in res.scores if s.first_party) == 75


def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_cells():
    res = doc(NAME)
    cell(res, 69.6, model="qwen3-4b-instruct-2507", benchmark="mmlu-pro", mode="non-thinking")  # bold
    cell(res, 62.8, model="gpt-4.1-nano", benchmark="mmlu-pro", mode="non-thinking")
    cell(res, 41.7, model="qwen3-4b", benchmark="gpqa-diamond", mode="non-thinking")
    cell(res, 21.6, model="qwen3-30b-a3b", benchmark="aime-2025", mode="non-thinking")
    cell(res, 31.0, model="qwen3-4b-instruct-2507", benchmark="hmmt-feb-2025", mode="non-thinking")
    cell(res, 48.4, model="qwen3-4b", benchmark="livebench-2024-11-25", mode="non-thinking")
    cell(res, 35.1, model="qwen3-4b-instruct-2507", benchmark="livecodebench-v6", version="2025.02-2025.05")
    # line 57: '|  9.8 |' (double space)
    cell(res, 9.8, model="gpt-4.1-nano", benchmark="aider-polyglot", mode="non-thinking")
    cell(res, 24.4, model="qwen3-30b-a3b", benchmark="aider-polyglot", mode="non-thinking")
    cell(res, 43.4, model="qwen3-4b-instruct-2507", benchmark="arena-hard-v2", mode="non-thinking")
    cell(res, 83.4, model="qwen3-4b-instruct-2507", benchmark="writingbench", mode="non-thinking")  # 0-100 here
    cell(res, 23.5, model="gpt-4.1-nano", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 17.5, model="qwen3-4b", benchmark="tau2-telecom", mode="non-thinking")
    cell(res, 69.0, model="qwen3-4b-instruct-2507", benchmark="multi-if", mode="non-thinking")
    cell(res, 31.1, model="qwen3-4b-instruct-2507", benchmark="polymath", mode="non-thinking")


def test_missing_marks_are_not_scores():
    res = doc(NAME)
    # lines 67-69: GPT-4.1-nano is '-' on TAU2-Retail/Airline/Telecom
    for b in ("tau2-retail", "tau2-airline", "tau2-telecom"):
        assert find(res, model="gpt-4.1-nano", benchmark=b) == []
    assert len(find(res, model="gpt-4.1-nano")) == 22


def test_first_party():
    res = doc(NAME)
    assert cell(res, 84.2, model="qwen3-4b-instruct-2507", benchmark="mmlu-redux").first_party is True
    assert cell(res, 77.3, model="qwen3-4b", benchmark="mmlu-redux").first_party is True
    assert cell(res, 80.2, model="gpt-4.1-nano", benchmark="mmlu-redux").first_party is False
