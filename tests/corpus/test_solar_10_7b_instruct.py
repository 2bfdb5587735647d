"""SOLAR-10.7B-Instruct card (copy in leliuga/cohere-configurations): a data-contamination table whose cells read
'result < 0.1, %: 0.06' under ARC/MMLU/TruthfulQA/GSM8K headers (not scores), and a score table that reports only
'H6' (an Open LLM Leaderboard 6-task average, an aggregate column) next to a '~ 11B' size column.

By the contract neither table holds a score cell: the contamination cells are not results, H6 is an aggregate and the
size column is a parameter column. The document therefore has no score cells at all, so there are no cell checks."""

from __future__ import annotations

from .util import doc, find

NAME = "solar-10.7b-instruct.md"


def test_counts():
    res = doc(NAME)
    # line 82: 4 contamination cells (not scores); lines 94-107: 14 H6 cells (aggregate) + 14 sizes (not scores)
    assert len(res.scores) == 0
    assert sum(1 for s in res.scores if s.first_party) == 0


def test_publisher():
    assert doc(NAME).document.publisher == "upstage"


def test_contamination_table_is_not_scores():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line == 82]
    for bench in ("arc-challenge", "mmlu", "truthfulqa", "gsm8k"):
        assert find(res, benchmark=bench) == []
    # 'result < 0.1, %: 0.06' must never become the value 0.1 or 0.06
    assert not [s for s in res.scores if s.value in (0.1, 0.06, 0.15, 0.28, 0.7)]


def test_h6_aggregate_and_size_column_are_not_scores():
    res = doc(NAME)
    # H6 is an average of six leaderboard tasks: an aggregate column, not a benchmark result
    assert find(res, benchmark_label="H6") == []
    assert find(res, model="solar-10.7b-instruct-v1.0") == []
    assert find(res, model_label="mistralai/Mixtral-8x7B-Instruct-v0.1") == []
    # '~ 11B', '~ 46.7B': parameter counts
    assert not [s for s in res.scores if s.value in (11, 46.7, 34, 70, 180, 7, 14)]
