"""Qwen3-Next-80B-A3B-Thinking card (verbatim transcription): one markdown pipe table of four Qwen thinking
models and Gemini-2.5-Flash Thinking; bold category rows with too few empty cells, bold best values, a
double space before '**72.4**', 'LiveBench 241125', CFEval ratings without decimals, no Creative Writing."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-next-80b-a3b-thinking.md"


def test_counts():
    res = doc(NAME)
    # lines 73-103: 23 benchmark rows x 5 model columns = 115, no missing cells
    assert len(res.scores) == 115
    # four Qwen columns x 23
    assert sum(1 for s in res.scores if s.first_party) == 92


def test_publisher_and_first_party():
    res = doc(NAME)
    assert res.document.publisher == "alibaba-qwen"
    assert cell(res, 82.7, model="qwen3-next-80b-a3b-thinking", benchmark="mmlu-pro").first_party is True
    assert cell(res, 81.9, model="gemini-2.5-flash", benchmark="mmlu-pro").first_party is False
    assert {s.first_party for s in find(res, model="gemini-2.5-flash")} == {False}
    assert len(find(res, model="gemini-2.5-flash")) == 23


def test_cells():
    res = doc(NAME)
    t = "thinking"
    cell(res, 80.9, model="qwen3-30b-a3b-thinking-2507", benchmark="mmlu-pro", mode=t)        # line 76
    # 'GPQA' = GPQA Diamond; Qwen3-32B thinking 68.4 = Qwen3 report Table 13
    cell(res, 68.4, model="qwen3-32b", benchmark="gpqa-diamond", mode=t)                      # line 78
    cell(res, 82.8, model="gemini-2.5-flash", benchmark="gpqa-diamond", mode=t)               # bold
    cell(res, 92.3, model="qwen3-235b-a22b-thinking-2507", benchmark="aime-2025", mode=t)     # line 81
    cell(res, 73.9, model="qwen3-next-80b-a3b-thinking", benchmark="hmmt-feb-2025", mode=t)   # HMMT25
    cell(res, 74.9, model="qwen3-32b", benchmark="livebench-2024-11-25", mode=t)              # 'LiveBench 241125'
    cell(res, 68.7, model="qwen3-next-80b-a3b-thinking", benchmark="livecodebench-v6", mode=t,
         version="2025.02-2025.05")                                                            # line 85
    cell(res, 2134, model="qwen3-235b-a22b-thinking-2507", benchmark="cfeval", mode=t)        # bare integer
    cell(res, 1995, model="gemini-2.5-flash", benchmark="cfeval", mode=t)
    cell(res, 29.7, model="qwen3-next-80b-a3b-thinking", benchmark="ojbench", mode=t)         # line 87
    cell(res, 85.0, model="qwen3-32b", benchmark="ifeval", mode=t)                            # line 89
    cell(res, 62.3, model="qwen3-next-80b-a3b-thinking", benchmark="arena-hard-v2", mode=t)   # 'Arena-Hard v2*'
    cell(res, 72.4, model="qwen3-30b-a3b-thinking-2507", benchmark="bfcl-v3", mode=t)         # '|  **72.4** |'
    cell(res, 54.0, model="gemini-2.5-flash", benchmark="tau1-airline", mode=t)               # line 95
    cell(res, 45.6, model="qwen3-235b-a22b-thinking-2507", benchmark="tau2-telecom", mode=t)  # line 98
    cell(res, 83.9, model="gemini-2.5-flash", benchmark="include", mode=t)                    # line 102
    cell(res, 56.3, model="qwen3-next-80b-a3b-thinking", benchmark="polymath", mode=t)        # line 103


def test_all_thinking_and_no_creative_writing():
    res = doc(NAME)
    assert {s.key.mode for s in res.scores} == {"thinking"}
    assert find(res, benchmark="creative-writing-v3") == []


def test_arena_hard_judge_from_footnote():
    # line 105: "*: For reproducibility, we report the win rates evaluated by GPT-4.1." The catalog says the
    # Arena-Hard v2 judge is part of the key (GPT-4.1 on Qwen cards vs Gemini-2.5 officially).
    res = doc(NAME)
    cell(res, 62.3, model="qwen3-next-80b-a3b-thinking", benchmark="arena-hard-v2", judge="gpt-4.1")
