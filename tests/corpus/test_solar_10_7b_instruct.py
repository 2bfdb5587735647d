"""SOLAR-10.7B-Instruct card (copy in leliuga/cohere-configurations): a data-contamination table whose cells read
'result < 0.1, %: 0.06' under ARC/MMLU/TruthfulQA/GSM8K headers (not scores), and a score table that reports only
'H6' (an Open LLM Leaderboard 6-task average, an aggregate column) next to a '~ 11B' size column.

The contamination cells are not results and the size column is a parameter column. H6 is the Open LLM Leaderboard
v1 composite, a catalogued benchmark of its own (``open-llm-leaderboard-v1``, scale composite): its 14 cells are
read as that composite, with the org/name model labels resolved."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "solar-10.7b-instruct.md"


def test_counts():
    res = doc(NAME)
    # line 82: 4 contamination cells (not scores); lines 94-107: 14 H6 cells (the leaderboard composite) and
    # 14 sizes (not scores)
    assert len(res.scores) == 14
    # SOLAR-10.7B-Instruct-v1.0 and SOLAR-10.7B-v1.0 (Upstage)
    assert sum(1 for s in res.scores if s.first_party) == 2


def test_publisher():
    assert doc(NAME).document.publisher == "upstage"


def test_contamination_table_is_not_scores():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line == 82]
    for bench in ("arc-challenge", "mmlu", "truthfulqa", "gsm8k"):
        assert find(res, benchmark=bench) == []
    # 'result < 0.1, %: 0.06' must never become the value 0.1 or 0.06
    assert not [s for s in res.scores if s.value in (0.1, 0.06, 0.15, 0.28, 0.7)]


def test_h6_is_the_leaderboard_composite_and_size_is_not_a_score():
    res = doc(NAME)
    assert {s.benchmark for s in res.scores} == {"open-llm-leaderboard-v1"}
    cell(res, 74.20, model="solar-10.7b-instruct-v1.0")
    cell(res, 72.62, model="mixtral-8x7b-instruct-v0.1")
    cell(res, 65.86, model="qwen-14b")
    cell(res, 54.96, model_label="mistralai/Mistral-7B-Instruct-v0.1")
    assert cell(res, 66.04, model="solar-10.7b-v1.0").first_party is True
    # '~ 11B', '~ 46.7B': parameter counts
    assert not [s for s in res.scores if s.value in (11, 46.7, 34, 70, 180, 7, 14)]
