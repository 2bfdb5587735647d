"""Qwen3.5 medium card (122B-A10B / 27B / 35B-A3B), a scraper's markdown rendering of the
Qwen3.5-122B-A10B-FP8 page: category rows with empty cells, trailing space after the last pipe, '--' cells,
'* ' footnote lines. Document profile: thinking mode; 'Qwen3-235B-A22B' = Qwen3-235B-A22B-Thinking-2507;
GPQA Diamond; TAU2-Bench airline fixes; CodeForces on Qwen's own query set."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3.5-122b-a10b-27b-35b-a3b.md"
T = "thinking"


def test_counts():
    res = doc(NAME)
    # lines 62-108: 37 benchmark rows x 6 model columns = 222, minus 11 '--' (Qwen3-235B-A22B: SWE-bench
    # Verified, Terminal Bench 2 and the 5 Search Agent rows; GPT-OSS-120B: the 4 General Agent rows)
    assert len(res.scores) == 211
    # Qwen3-235B-A22B (37 - 7 = 30) + Qwen3.5-122B-A10B, -27B, -35B-A3B (3 x 37)
    assert sum(1 for s in res.scores if s.first_party) == 141


def test_publisher_and_first_party():
    res = doc(NAME)
    assert res.document.publisher == "alibaba-qwen"
    assert cell(res, 86.7, model="qwen3.5-122b-a10b", benchmark="mmlu-pro", mode=T).first_party is True
    assert cell(res, 84.4, model="qwen3-235b-a22b-thinking-2507", benchmark="mmlu-pro", mode=T).first_party is True
    assert cell(res, 83.7, model="gpt-5-mini", benchmark="mmlu-pro", mode=T).first_party is False
    assert cell(res, 80.8, model="gpt-oss-120b", benchmark="mmlu-pro", mode=T).first_party is False


def test_qwen3_235b_column_is_thinking_2507():
    res = doc(NAME)
    # the profile's evidence: MMLU-Pro 84.4, SuperGPQA 64.9, IFEval 87.8, GPQA 81.1 as on the Thinking-2507 card
    cell(res, 64.9, model="qwen3-235b-a22b-thinking-2507", benchmark="supergpqa", mode=T)      # line 68
    cell(res, 87.8, model="qwen3-235b-a22b-thinking-2507", benchmark="ifeval", mode=T)         # line 70
    cell(res, 81.1, model="qwen3-235b-a22b-thinking-2507", benchmark="gpqa-diamond", mode=T)   # line 78
    cell(res, 85.1, model="qwen3-235b-a22b-thinking-2507", benchmark="hmmt-feb-2025", mode=T)  # line 79
    cell(res, 83.2, model="qwen3-235b-a22b-thinking-2507", benchmark="maxife", mode=T)         # line 108
    assert find(res, model="qwen3-235b-a22b") == []
    assert len(find(res, model="qwen3-235b-a22b-thinking-2507")) == 30


def test_stem_and_coding():
    res = doc(NAME)
    cell(res, 95.0, model="qwen3.5-27b", benchmark="ifeval", mode=T)                           # line 70
    # 'HLE w/ CoT' is plain HLE (no tools)
    cell(res, 25.3, model="qwen3.5-122b-a10b", benchmark="hle", mode=T, tools=None)            # line 77
    cell(res, 19.4, model="gpt-5-mini", benchmark="hle", mode=T, tools=None)
    cell(res, 72.4, model="qwen3.5-27b", benchmark="swe-bench-verified", mode=T)               # line 82
    assert find(res, model="qwen3-235b-a22b-thinking-2507", benchmark="swe-bench-verified") == []
    cell(res, 49.4, model="qwen3.5-122b-a10b", benchmark="terminal-bench-2", mode=T)           # line 83
    own = {"problems": "qwen-own-query-set"}
    cell(res, 2100, model="qwen3.5-122b-a10b", benchmark="codeforces", mode=T, extra=own)      # line 85
    cell(res, 2160, model="gpt-5-mini", benchmark="codeforces", mode=T, extra=own)
    cell(res, 2146, model="qwen3-235b-a22b-thinking-2507", benchmark="codeforces", mode=T, extra=own)
    cell(res, 30.6, model="gpt-5-mini", benchmark="fullstackbench-en", mode=T)                 # line 87
    cell(res, 58.7, model="qwen3.5-122b-a10b", benchmark="fullstackbench-zh", mode=T)          # line 88


def test_agents_and_multilingual():
    res = doc(NAME)
    cell(res, 72.2, model="qwen3.5-122b-a10b", benchmark="bfcl-v4", mode=T)                    # line 90
    assert find(res, model="gpt-oss-120b", benchmark="bfcl-v4") == []
    cell(res, 81.2, model="qwen3.5-35b-a3b", benchmark="tau2-bench", mode=T,
         extra={"airline": "claude-opus-4.5-fixes"})                                            # line 91
    cell(res, 48.5, model="qwen3.5-27b", benchmark="hle", mode=T, tools="tools")               # line 95
    cell(res, 19.0, model="gpt-oss-120b", benchmark="hle", mode=T, tools="tools")
    assert find(res, model="qwen3-235b-a22b-thinking-2507", benchmark="hle", tools="tools") == []
    cell(res, 63.8, model="qwen3.5-122b-a10b", benchmark="browsecomp", mode=T)                 # 'Browsecomp', line 96
    cell(res, 69.5, model="qwen3.5-35b-a3b", benchmark="browsecomp-zh", mode=T)                # line 97
    cell(res, 45.1, model="gpt-oss-120b", benchmark="seal-0", mode=T)                          # line 99
    cell(res, 71.2, model="qwen3.5-27b", benchmark="polymath", mode=T)                         # line 106
