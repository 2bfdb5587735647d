"""Qwen3.5-4B card (the 9B card shares the table), Language table (HTML regenerated from the row template):
header on one line, colspan category rows, '--' for the GPT-OSS agent rows, and the header typo
'Qwen3-30BA3B-Thinking-2507'. Document profile: thinking mode, GPQA Diamond, TAU2-Bench airline fixes."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3.5-9b-4b.md"
T = "thinking"


def test_counts():
    res = doc(NAME)
    # lines 75-314: 26 benchmark rows x 6 model columns = 156, minus 8 '--' (GPT-OSS-120B and GPT-OSS-20B on
    # BFCL-V4, TAU2-Bench, VITA-Bench, DeepPlanning)
    assert len(res.scores) == 148
    # Qwen3-Next-80B-A3B-Thinking, Qwen3-30B-A3B-Thinking-2507, Qwen3.5-9B, Qwen3.5-4B: 4 x 26
    assert sum(1 for s in res.scores if s.first_party) == 104


def test_publisher_and_first_party():
    res = doc(NAME)
    assert res.document.publisher == "alibaba-qwen"
    assert cell(res, 82.5, model="qwen3.5-9b", benchmark="mmlu-pro", mode=T).first_party is True
    assert cell(res, 82.7, model="qwen3-next-80b-a3b-thinking", benchmark="mmlu-pro", mode=T).first_party is True
    assert cell(res, 80.8, model="gpt-oss-120b", benchmark="mmlu-pro", mode=T).first_party is False   # line 78
    assert cell(res, 74.8, model="gpt-oss-20b", benchmark="mmlu-pro", mode=T).first_party is False


def test_header_typo_30ba3b():
    res = doc(NAME)
    # 'Qwen3-30BA3B-Thinking-2507' (no hyphen) is Qwen3-30B-A3B-Thinking-2507
    s = cell(res, 80.9, model="qwen3-30b-a3b-thinking-2507", benchmark="mmlu-pro", mode=T)
    assert s.model_label == "Qwen3-30BA3B-Thinking-2507"
    assert s.first_party is True
    assert len(find(res, model="qwen3-30b-a3b-thinking-2507")) == 26
    cell(res, 73.4, model="qwen3-30b-a3b-thinking-2507", benchmark="gpqa-diamond", mode=T)   # line 117
    cell(res, 51.5, model="qwen3-30b-a3b-thinking-2507", benchmark="ifbench", mode=T)        # line 136
    cell(res, 25.1, model="qwen3-30b-a3b-thinking-2507", benchmark="ojbench", mode=T)        # line 201
    cell(res, 14.1, model="qwen3-30b-a3b-thinking-2507", benchmark="vita-bench", mode=T)     # line 229


def test_cells():
    res = doc(NAME)
    cell(res, 79.1, model="qwen3.5-4b", benchmark="mmlu-pro", mode=T)                        # line 83
    cell(res, 88.2, model="qwen3.5-9b", benchmark="c-eval", mode=T)                          # line 100
    cell(res, 71.4, model="gpt-oss-20b", benchmark="c-eval", mode=T)                         # line 97
    cell(res, 81.7, model="qwen3.5-9b", benchmark="gpqa-diamond", mode=T)                    # line 118
    cell(res, 63.0, model="qwen3.5-9b", benchmark="aa-lcr", mode=T)                          # line 156
    cell(res, 73.7, model="qwen3-next-80b-a3b-thinking", benchmark="hmmt-feb-2025", mode=T)  # line 173
    cell(res, 74.0, model="qwen3.5-4b", benchmark="hmmt-feb-2025", mode=T)                   # line 176
    cell(res, 82.7, model="gpt-oss-120b", benchmark="livecodebench-v6", mode=T)              # line 189
    cell(res, 66.1, model="qwen3.5-9b", benchmark="bfcl-v4", mode=T)                         # line 212
    cell(res, 0.4, model="qwen3-next-80b-a3b-thinking", benchmark="deepplanning", mode=T)    # line 237
    cell(res, 57.4, model="qwen3-next-80b-a3b-thinking", benchmark="wmt24pp", mode=T)        # line 301
    cell(res, 83.4, model="qwen3.5-9b", benchmark="maxife", mode=T)                          # line 312
    cell(res, 78.9, model="qwen3.5-4b", benchmark="global-piqa", mode=T)                     # line 286


def test_tau2_and_missing_cells():
    res = doc(NAME)
    air = {"airline": "claude-opus-4.5-fixes"}
    cell(res, 79.9, model="qwen3.5-4b", benchmark="tau2-bench", mode=T, extra=air)           # line 222
    cell(res, 57.4, model="qwen3-next-80b-a3b-thinking", benchmark="tau2-bench", mode=T, extra=air)  # line 219
    # '--' cells: GPT-OSS has no General Agent scores
    for m in ("gpt-oss-120b", "gpt-oss-20b"):
        for b in ("bfcl-v4", "tau2-bench", "vita-bench", "deepplanning"):
            assert find(res, model=m, benchmark=b) == []
    assert {s.key.mode for s in res.scores} == {"thinking"}
