"""Qwen3.6-35B-A3B card, Language table (HTML regenerated from the row template): Coding Agent, General
Agent, Knowledge and STEM & Reasoning blocks; Qwen3.5 and Gemma 4 baselines with names written without
hyphens ('Qwen3.5-35BA3B', 'Gemma4-26BA4B'); metric-qualified rows ('Claw-Eval Avg', 'Claw-Eval Pass^3',
'SkillsBench Avg5'); QwenWebBench Elo ratings as bare integers. Document profile: thinking mode, GPQA
Diamond, AIME26 = full I+II, SWE-bench Pro = Qwen-refined set."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3.6-35b-a3b.md"
T = "thinking"


def test_counts():
    res = doc(NAME)
    # lines 67-302: 29 benchmark rows (10 + 7 + 4 + 8) x 5 model columns = 145, no missing cells.
    # 'Claw-Eval Avg' and 'SkillsBench Avg5' are those benchmarks' own metrics, not aggregate rows.
    assert len(res.scores) == 145
    # Qwen3.5-27B, Qwen3.5-35B-A3B, Qwen3.6-35B-A3B: 3 x 29
    assert sum(1 for s in res.scores if s.first_party) == 87


def test_publisher_and_first_party():
    res = doc(NAME)
    assert res.document.publisher == "alibaba-qwen"
    assert cell(res, 86.1, model="qwen3.5-27b", benchmark="mmlu-pro", mode=T).first_party is True     # line 208
    assert cell(res, 85.3, model="qwen3.5-35b-a3b", benchmark="mmlu-pro", mode=T).first_party is True  # line 210
    assert cell(res, 85.2, model="qwen3.6-35b-a3b", benchmark="mmlu-pro", mode=T).first_party is True  # line 212
    assert cell(res, 85.2, model="gemma-4-31b", benchmark="mmlu-pro", mode=T).first_party is False     # line 209
    assert {s.first_party for s in find(res, model="gemma-4-26b-a4b")} == {False}


def test_coding_agent():
    res = doc(NAME)
    cell(res, 73.4, model="qwen3.6-35b-a3b", benchmark="swe-bench-verified", mode=T)            # line 74
    cell(res, 17.4, model="gemma-4-26b-a4b", benchmark="swe-bench-verified", mode=T)            # line 73
    refined = {"set": "qwen-refined"}
    cell(res, 49.5, model="qwen3.6-35b-a3b", benchmark="swe-bench-pro", mode=T, extra=refined)  # line 90
    cell(res, 35.7, model="gemma-4-31b", benchmark="swe-bench-pro", mode=T, extra=refined)      # line 87
    cell(res, 51.5, model="qwen3.6-35b-a3b", benchmark="terminal-bench-2", mode=T)              # line 98
    cell(res, 68.7, model="qwen3.6-35b-a3b", benchmark="claw-eval", mode=T, metric="avg")       # line 106
    cell(res, 50.0, model="qwen3.6-35b-a3b", benchmark="claw-eval", mode=T, metric="pass^3")    # line 114
    cell(res, 4.4, model="qwen3.5-35b-a3b", benchmark="skillsbench", mode=T, metric="avg@5")    # line 120
    # Elo-type ratings, bare integers
    cell(res, 1397, model="qwen3.6-35b-a3b", benchmark="qwenwebbench", mode=T)                  # line 146
    cell(res, 1197, model="gemma-4-31b", benchmark="qwenwebbench", mode=T)                      # line 143


def test_general_agent_knowledge_stem():
    res = doc(NAME)
    cell(res, 68.4, model="qwen3.5-27b", benchmark="tau3-bench", mode=T)                        # line 151
    cell(res, 37.0, model="qwen3.6-35b-a3b", benchmark="mcp-mark", mode=T)                      # 'MCPMark', line 187
    cell(res, 50.0, model="gemma-4-26b-a4b", benchmark="mcp-atlas", mode=T)                     # line 194
    cell(res, 82.6, model="gemma-4-31b", benchmark="c-eval", mode=T)                            # line 233
    cell(res, 86.0, model="qwen3.6-35b-a3b", benchmark="gpqa-diamond", mode=T)                  # line 245
    cell(res, 22.4, model="qwen3.5-35b-a3b", benchmark="hle", mode=T, tools=None)               # line 251
    cell(res, 8.7, model="gemma-4-26b-a4b", benchmark="hle", mode=T, tools=None)                # line 252
    cell(res, 83.6, model="qwen3.6-35b-a3b", benchmark="hmmt-feb-2026", mode=T)                 # line 285
    cell(res, 79.9, model="qwen3.5-27b", benchmark="imo-answerbench", mode=T)                   # line 289
    cell(res, 92.7, model="qwen3.6-35b-a3b", benchmark="aime-2026", mode=T, extra={"edition": "I+II"})  # line 301
