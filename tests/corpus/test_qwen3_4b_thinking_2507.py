"""Qwen3-4B-Thinking-2507 card (verbatim excerpt): one markdown pipe table of Qwen models only, CFEval
ratings, 'Arena-Hard v2$' footnote mark on the label, a tie in bold (GPQA 65.8 twice)."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-4b-thinking-2507.md"


def test_counts():
    res = doc(NAME)
    # lines 49-77: 24 benchmark rows x 3 models, no missing cells
    assert len(res.scores) == 72
    # all three columns are Qwen models
    assert sum(1 for s in res.scores if s.first_party) == 72


def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_cells():
    res = doc(NAME)
    cell(res, 78.5, model="qwen3-30b-a3b", benchmark="mmlu-pro", mode="thinking")
    cell(res, 70.4, model="qwen3-4b", benchmark="mmlu-pro", mode="thinking")
    # line 51: bold tie
    cell(res, 65.8, model="qwen3-30b-a3b", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 65.8, model="qwen3-4b-thinking-2507", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 81.3, model="qwen3-4b-thinking-2507", benchmark="aime-2025", mode="thinking")
    cell(res, 42.1, model="qwen3-4b", benchmark="hmmt-feb-2025", mode="thinking")
    cell(res, 55.2, model="qwen3-4b-thinking-2507", benchmark="livecodebench-v6", version="2025.02-2025.05")
    # line 59: CFEval ratings, no decimals
    cell(res, 1940, model="qwen3-30b-a3b", benchmark="cfeval", mode="thinking")
    cell(res, 1852, model="qwen3-4b-thinking-2507", benchmark="cfeval", mode="thinking")
    cell(res, 16.1, model="qwen3-4b", benchmark="ojbench", mode="thinking")
    # line 63: 'Arena-Hard v2$'
    cell(res, 34.9, model="qwen3-4b-thinking-2507", benchmark="arena-hard-v2", mode="thinking")
    cell(res, 61.1, model="qwen3-4b", benchmark="creative-writing-v3", mode="thinking")
    cell(res, 48.0, model="qwen3-4b-thinking-2507", benchmark="tau1-airline", mode="thinking")
    cell(res, 27.2, model="qwen3-4b-thinking-2507", benchmark="tau2-telecom", mode="thinking")
    cell(res, 73.1, model="qwen3-30b-a3b", benchmark="mmlu-prox", mode="thinking")
    cell(res, 46.2, model="qwen3-4b-thinking-2507", benchmark="polymath", mode="thinking")


def test_first_party():
    res = doc(NAME)
    assert cell(res, 74.0, model="qwen3-4b-thinking-2507", benchmark="mmlu-pro").first_party is True
    assert cell(res, 83.7, model="qwen3-4b", benchmark="mmlu-redux").first_party is True
    # no competitor column on this card
    assert [s for s in res.scores if not s.first_party] == []
    assert find(res, model="qwen3-4b-thinking-2507", mode="non-thinking") == []
