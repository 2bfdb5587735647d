"""Nous-Hermes-2-Mixtral-8x7B-DPO card (copy in leliuga/cohere-configurations): lm-evaluation-harness output
inside ``` fences, acc and acc_norm rows (the second with a blank task name), 0-1 fractions with the stderr in a
separate '±' column, and per-suite 'Average: 75.70' lines (0-100) after each fence that are not scores."""

from __future__ import annotations

import pytest

from .util import cell, doc

NAME = "nous-hermes-2-mixtral-dpo.md"
M = "nous-hermes-2-mixtral-8x7b-dpo"


def test_counts():
    res = doc(NAME)
    # GPT4All lines 87-98: 12 rows; AGIEval lines 106-121: 16 rows; BigBench lines 129-147: 19 rows
    # (bigbench_geometric_shapes has a second row, exact_str_match 0.0000, which is a score)
    assert len(res.scores) == 47
    assert sum(1 for s in res.scores if s.first_party) == 47


def test_publisher():
    assert doc(NAME).document.publisher == "nous"


def test_averages_are_not_scores():
    res = doc(NAME)
    for v in (75.70, 46.05, 49.70):
        assert not [s for s in res.scores if s.value == pytest.approx(v)]
    assert not [s for s in res.scores if s.provenance.line in (100, 123, 149)]


def test_gpt4all_cells():
    res = doc(NAME)
    s = cell(res, 0.5990, model=M, benchmark="arc-challenge", metric=None)
    assert s.scale == "fraction"
    assert s.stderr == pytest.approx(0.0143)
    s = cell(res, 0.6425, model=M, benchmark="arc-challenge", metric="acc_norm")
    assert s.stderr == pytest.approx(0.0140)
    cell(res, 0.8657, model=M, benchmark="arc-easy", metric=None)
    cell(res, 0.8636, model=M, benchmark="arc-easy", metric="acc_norm")
    s = cell(res, 0.8783, model=M, benchmark="boolq")
    assert s.stderr == pytest.approx(0.0057)
    cell(res, 0.8489, model=M, benchmark="hellaswag", metric="acc_norm")
    cell(res, 0.3440, model=M, benchmark="openbookqa", metric=None)
    cell(res, 0.8379, model=M, benchmark="piqa", metric="acc_norm")
    s = cell(res, 0.7616, model=M, benchmark="winogrande")
    assert s.scale == "fraction"
    assert s.stderr == pytest.approx(0.0120)


def test_agieval_cells():
    # the AGIEval sub-tasks are kept under their lm-eval names
    res = doc(NAME)
    s = cell(res, 0.2402, model=M, benchmark_label="agieval_aqua_rat", metric=None)
    assert s.stderr == pytest.approx(0.0269)
    cell(res, 0.2520, model=M, benchmark_label="agieval_aqua_rat", metric="acc_norm")
    cell(res, 0.5549, model=M, benchmark_label="agieval_lsat_lr", metric=None)
    s = cell(res, 0.4000, model=M, benchmark_label="agieval_sat_math", metric="acc_norm")
    assert s.scale == "fraction"
    assert s.stderr == pytest.approx(0.0331)
    cell(res, 0.4612, model=M, benchmark_label="agieval_sat_en_without_passage", metric="acc_norm")


def test_bigbench_cells():
    res = doc(NAME)
    s = cell(res, 0.6105, model=M, benchmark_label="bigbench_causal_judgement")
    assert s.stderr == pytest.approx(0.0355)
    # zero with a zero stderr is still a score
    s = cell(res, 0.0, model=M, benchmark_label="bigbench_geometric_shapes", metric="exact_str_match")
    assert s.stderr == 0.0
    cell(res, 0.4596, model=M, benchmark_label="bigbench_geometric_shapes", metric="multiple_choice_grade")
    cell(res, 0.1543, model=M, benchmark_label="bigbench_tracking_shuffled_objects_seven_objects")


def test_all_values_are_fractions():
    # every Value in the three fences is a 0-1 fraction (e.g. bigbench_snarks 0.7293 is 72.93 %), including the
    # BigBench multiple_choice_grade rows
    res = doc(NAME)
    wrong = [(s.provenance.line, s.benchmark_label, s.value, s.scale) for s in res.scores if s.scale != "fraction"]
    assert wrong == []
    cell(res, 0.7293, model=M, benchmark_label="bigbench_snarks")
    assert cell(res, 0.7293, model=M, benchmark_label="bigbench_snarks").scale == "fraction"


def test_first_party():
    res = doc(NAME)
    s = cell(res, 0.8783, model=M, benchmark="boolq")
    assert s.first_party is True
    assert {sc.model for sc in res.scores} == {M}
