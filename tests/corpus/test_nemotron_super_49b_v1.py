"""Llama-3.3-Nemotron-Super-49B-v1 card (copy in awesome-akash): one two-column mini-table per benchmark, the
benchmark named only in the preceding '### MATH500' heading (with the setting in '### MBPP 0-shot'), rows
'Reasoning Off' / 'Reasoning On', the metric as the value column's header; a training data-mix table
('math | 19,840,970') that is not scores."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "nemotron-super-49b-v1.md"
M = "llama-3.3-nemotron-super-49b-v1"


def test_counts():
    res = doc(NAME)
    # Arena-Hard 1 (l.214), MATH500 2, AIME25 2, GPQA 2 (l.236-237), IFEval 1, BFCL V2 Live 1, MBPP 2, MT-Bench 1
    assert len(res.scores) == 12
    # a single-model card: every score is NVIDIA's own
    assert sum(1 for s in res.scores if s.first_party) == 12


def test_publisher():
    assert doc(NAME).document.publisher == "nvidia"


def test_data_mix_table_is_not_scores():
    res = doc(NAME)
    # lines 176-183: sample counts per data category
    assert not [s for s in res.scores if 176 <= s.provenance.line <= 183]
    assert find(res, benchmark_label="science") == []
    assert find(res, benchmark_label="safety") == []


def test_cells():
    res = doc(NAME)
    cell(res, 74.0, model=M, benchmark="math-500", mode="non-thinking")
    cell(res, 96.6, model=M, benchmark="math-500", mode="thinking")
    cell(res, 13.33, model=M, benchmark="aime-2025", mode="non-thinking")
    cell(res, 58.4, model=M, benchmark="aime-2025", mode="thinking")
    cell(res, 89.21, model=M, benchmark="ifeval", mode="non-thinking")
    cell(res, 73.7, model=M, benchmark="bfcl-v2", mode="non-thinking")
    cell(res, 84.9, model=M, benchmark="mbpp", mode="non-thinking", shots=0)
    cell(res, 91.3, model=M, benchmark="mbpp", mode="thinking", shots=0)
    s = cell(res, 9.17, model=M, benchmark="mt-bench", mode="non-thinking")
    assert s.scale == "score10"


def test_arena_hard_table_is_read():
    # '### Arena-Hard' then '| Reasoning Mode | Score |' / '| Reasoning Off | 88.3 |' (line 214)
    res = doc(NAME)
    got = [s for s in res.scores if s.provenance.line == 214]
    assert len(got) == 1
    assert got[0].value == 88.3
    assert got[0].model == M
    assert got[0].key.mode == "non-thinking"
    assert got[0].benchmark_label == "Arena-Hard"


def test_gpqa_table_is_read():
    # '### GPQA' then 'Reasoning Off | 50' (line 236) and 'Reasoning On | 66.67' (line 237). The card does not say
    # main or diamond, so only the label is checked here.
    res = doc(NAME)
    cell(res, 50, model=M, benchmark_label="GPQA", mode="non-thinking")
    cell(res, 66.67, model=M, benchmark_label="GPQA", mode="thinking")


def test_first_party():
    res = doc(NAME)
    assert cell(res, 96.6, model=M, benchmark="math-500", mode="thinking").first_party is True
    assert {s.model for s in res.scores} == {M}
