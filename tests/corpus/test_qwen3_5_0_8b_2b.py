"""Qwen3.5-0.8B card (the 2B card shares the table), Language table (HTML regenerated from the row
template): the only Qwen3.5 card with an explicit 'Non-Thinking Mode' block before '(Thinking)' blocks
(ASCII ')' and full-width '）', one double space). The 'Qwen3-4B-2507' column is Qwen3-4B-Instruct-2507
in the non-thinking block and Qwen3-4B-Thinking-2507 in the thinking blocks. All columns are Qwen models."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3.5-0.8b-2b.md"
NT, T = "non-thinking", "thinking"


def test_counts():
    res = doc(NAME)
    # lines 74-276: 28 benchmark rows (6 non-thinking + 22 thinking) x 4 model columns = 112, minus 4 '--'
    # (Qwen3.5-0.8B on HMMT Feb 25 and HMMT Nov 25; Qwen3-1.7B on BFCL-V4 and TAU2-Bench)
    assert len(res.scores) == 108
    assert len(find(res, mode=NT)) == 24
    assert len(find(res, mode=T)) == 84
    # every column is a Qwen model
    assert sum(1 for s in res.scores if s.first_party) == 108


def test_publisher_and_first_party():
    res = doc(NAME)
    assert res.document.publisher == "alibaba-qwen"
    assert cell(res, 29.7, model="qwen3.5-0.8b", benchmark="mmlu-pro", mode=NT).first_party is True
    assert cell(res, 40.2, model="qwen3-1.7b", benchmark="mmlu-pro", mode=NT).first_party is True
    # the card has no non-Qwen column
    assert not [s for s in res.scores if not s.first_party]


def test_qwen3_4b_2507_column_by_mode():
    res = doc(NAME)
    # non-thinking block = Qwen3-4B-Instruct-2507 (MMLU-Pro 69.6, IFEval 83.4 as on that model's card)
    cell(res, 69.6, model="qwen3-4b-instruct-2507", benchmark="mmlu-pro", mode=NT)            # line 77
    cell(res, 83.4, model="qwen3-4b-instruct-2507", benchmark="ifeval", mode=NT)              # line 105
    cell(res, 64.9, model="qwen3-4b-instruct-2507", benchmark="mmmlu", mode=NT)               # line 112
    assert len(find(res, model="qwen3-4b-instruct-2507")) == 6
    assert {s.key.mode for s in find(res, model="qwen3-4b-instruct-2507")} == {NT}
    # thinking blocks = Qwen3-4B-Thinking-2507
    cell(res, 74.0, model="qwen3-4b-thinking-2507", benchmark="mmlu-pro", mode=T)             # line 120
    cell(res, 65.8, model="qwen3-4b-thinking-2507", benchmark="gpqa-diamond", mode=T)         # line 148
    cell(res, 87.4, model="qwen3-4b-thinking-2507", benchmark="ifeval", mode=T)               # line 156
    cell(res, 57.5, model="qwen3-4b-thinking-2507", benchmark="hmmt-feb-2025", mode=T)        # line 193
    cell(res, 69.6, model="qwen3-4b-thinking-2507", benchmark="hmmt-nov-2025", mode=T)        # line 200
    cell(res, 39.9, model="qwen3-4b-thinking-2507", benchmark="bfcl-v4", mode=T)              # line 208
    cell(res, 70.8, model="qwen3-4b-thinking-2507", benchmark="mmmlu", mode=T)                # line 223
    assert len(find(res, model="qwen3-4b-thinking-2507")) == 22
    assert {s.key.mode for s in find(res, model="qwen3-4b-thinking-2507")} == {T}
    assert find(res, model="qwen3-4b") == []


def test_non_thinking_block():
    res = doc(NAME)
    cell(res, 40.2, model="qwen3-1.7b", benchmark="mmlu-pro", mode=NT)                        # line 78
    cell(res, 55.3, model="qwen3.5-2b", benchmark="mmlu-pro", mode=NT)                        # line 79
    cell(res, 52.1, model="qwen3.5-0.8b", benchmark="ifeval", mode=NT)                        # line 108
    cell(res, 56.9, model="qwen3.5-2b", benchmark="mmmlu", mode=NT)                           # line 114


def test_thinking_blocks():
    res = doc(NAME)
    cell(res, 56.5, model="qwen3-1.7b", benchmark="mmlu-pro", mode=T)                         # line 121
    cell(res, 66.5, model="qwen3.5-2b", benchmark="mmlu-pro", mode=T)                         # line 122
    cell(res, 42.3, model="qwen3.5-0.8b", benchmark="mmlu-pro", mode=T)                       # line 123
    cell(res, 11.9, model="qwen3.5-0.8b", benchmark="gpqa-diamond", mode=T)                   # line 151
    # 'Instruction Following  (Thinking）': double space and full-width parenthesis
    cell(res, 78.6, model="qwen3.5-2b", benchmark="ifeval", mode=T)                           # line 158
    cell(res, 6.7, model="qwen3-1.7b", benchmark="aa-lcr", mode=T)                            # line 179
    cell(res, 48.8, model="qwen3.5-2b", benchmark="tau2-bench", mode=T,
         extra={"airline": "claude-opus-4.5-fixes"})                                           # line 217
    cell(res, 8.2, model="qwen3.5-0.8b", benchmark="polymath", mode=T)                        # line 261
    cell(res, 39.3, model="qwen3-1.7b", benchmark="wmt24pp", mode=T)                          # line 266


def test_missing_cells():
    res = doc(NAME)
    assert find(res, model="qwen3.5-0.8b", benchmark="hmmt-feb-2025") == []
    assert find(res, model="qwen3.5-0.8b", benchmark="hmmt-nov-2025") == []
    assert find(res, model="qwen3-1.7b", benchmark="bfcl-v4") == []
    assert find(res, model="qwen3-1.7b", benchmark="tau2-bench") == []
