"""Qwen3-235B-A22B-Instruct-2507 card, early revision (byte-exact copy in akash-network/awesome-akash):
the Agent block has only 'TAU-Retail' and 'TAU-Airline' (tau-bench v1; renamed TAU1-* later with the same
values), '#'-marked GPT-4o cells (footnote line 74: GPT-4o-20241120), and no RULER table."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-235b-a22b-instruct-2507.early-revision.md"


def test_counts():
    res = doc(NAME)
    # lines 41-70: 25 benchmark rows x 6 models = 150, minus 4 '-' in the Claude Opus 4 column
    # (ZebraLogic 51, MultiIF 67, MMLU-ProX 68, INCLUDE 69) = 146
    assert len(res.scores) == 146
    # two Qwen columns x 25
    assert sum(1 for s in res.scores if s.first_party) == 50


def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_cells():
    res = doc(NAME)
    cell(res, 81.2, model="deepseek-v3-0324", benchmark="mmlu-pro", mode="non-thinking")
    cell(res, 94.2, model="claude-opus-4", benchmark="mmlu-redux", mode="non-thinking")  # bold
    cell(res, 62.6, model="qwen3-235b-a22b-instruct-2507", benchmark="supergpqa", mode="non-thinking")
    cell(res, 40.3, model="gpt-4o-2025-03-27", benchmark="simpleqa", mode="non-thinking")
    cell(res, 60.8, model="qwen3-235b-a22b", benchmark="chinese-simpleqa", mode="non-thinking")
    cell(res, 7.9, model="gpt-4o-2025-03-27", benchmark="hmmt-feb-2025", mode="non-thinking")
    cell(res, 4.3, model="qwen3-235b-a22b", benchmark="arc-agi-1", mode="non-thinking")
    cell(res, 76.4, model="kimi-k2", benchmark="livebench-2024-11-25", mode="non-thinking")
    cell(res, 87.9, model="qwen3-235b-a22b-instruct-2507", benchmark="multipl-e", mode="non-thinking")
    cell(res, 87.4, model="claude-opus-4", benchmark="ifeval", mode="non-thinking")
    cell(res, 60.1, model="claude-opus-4", benchmark="bfcl-v3", mode="non-thinking")
    cell(res, 82.1, model="gpt-4o-2025-03-27", benchmark="include", mode="non-thinking")
    cell(res, 50.2, model="qwen3-235b-a22b-instruct-2507", benchmark="polymath", mode="non-thinking")


def test_tau_rows():
    res = doc(NAME)
    # lines 64-65: 'TAU-Retail' / 'TAU-Airline' are tau-bench v1 (the latest revision calls them TAU1-*)
    cell(res, 71.3, model="qwen3-235b-a22b-instruct-2507", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 81.4, model="claude-opus-4", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 65.2, model="qwen3-235b-a22b", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 44.0, model="qwen3-235b-a22b-instruct-2507", benchmark="tau1-airline", mode="non-thinking")
    cell(res, 53.5, model="kimi-k2", benchmark="tau1-airline", mode="non-thinking")
    cell(res, 32.0, model="deepseek-v3-0324", benchmark="tau1-airline", mode="non-thinking")
    for b in ("tau2-retail", "tau2-airline", "tau2-telecom"):
        assert find(res, benchmark=b) == []
    # no RULER table in this revision
    assert find(res, benchmark="ruler") == []


def test_gpt4o_hash_cells_are_gpt4o_2024_11_20():
    res = doc(NAME)
    # lines 64-65: '60.3#', '42.8#'; footnote line 74: results generated using GPT-4o-20241120
    cell(res, 60.3, model="gpt-4o-2024-11-20", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 42.8, model="gpt-4o-2024-11-20", benchmark="tau1-airline", mode="non-thinking")
    assert find(res, model="gpt-4o-2025-03-27", benchmark="tau1-retail") == []
    assert len(find(res, model="gpt-4o-2025-03-27")) == 23


def test_first_party():
    res = doc(NAME)
    assert cell(res, 70.3, model="qwen3-235b-a22b-instruct-2507", benchmark="aime-2025").first_party is True
    assert cell(res, 24.7, model="qwen3-235b-a22b", benchmark="aime-2025").first_party is True
    assert cell(res, 49.5, model="kimi-k2", benchmark="aime-2025").first_party is False
