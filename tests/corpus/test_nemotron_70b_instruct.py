"""Llama-3.1-Nemotron-70B-Instruct card (copy in Curtispyke/Llama3.1-Nemotron-70b): a second header line written
as a data row ('|Details | (95% CI) | 2 LC (SE) | (GPT-4-Turbo) | ...|') completing the column names, cells with a
95% CI ('85.0 (-1.5, 1.5)') or an SE ('57.6 (1.65)'), a 'Mean Response Length' column that is not a score, and the
own model row written '_**...**_'."""

from __future__ import annotations

import pytest

from .util import cell, doc, find

NAME = "nemotron-70b-instruct.md"


def test_counts():
    res = doc(NAME)
    # lines 67-71: 5 models x (Arena Hard, AlpacaEval 2 LC, MT-Bench); Mean Response Length is not a score;
    # the 'Details' line 66 is part of the header
    assert len(res.scores) == 15
    assert sum(1 for s in res.scores if s.first_party) == 3


def test_publisher():
    assert doc(NAME).document.publisher == "nvidia"


def test_details_row_and_response_length_are_not_scores():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line == 66]
    assert find(res, model_label="Details") == []
    for v in (2199.8, 1728.6, 1664.7, 1619.9, 1752.2):
        assert not [s for s in res.scores if s.value == v]


def test_cells():
    res = doc(NAME)
    cell(res, 57.6, model="llama-3.1-nemotron-70b-instruct", benchmark="alpacaeval-2", metric="lc-winrate")
    cell(res, 8.98, model="llama-3.1-nemotron-70b-instruct", benchmark="mt-bench")
    cell(res, 38.1, model="llama-3.1-70b-instruct", benchmark="alpacaeval-2")
    cell(res, 8.22, model="llama-3.1-70b-instruct", benchmark="mt-bench")
    cell(res, 39.3, model="llama-3.1-405b-instruct", benchmark="alpacaeval-2")
    cell(res, 8.49, model="llama-3.1-405b-instruct", benchmark="mt-bench")
    cell(res, 52.4, model="claude-3.5-sonnet-20240620", benchmark="alpacaeval-2")
    cell(res, 8.81, model="claude-3.5-sonnet-20240620", benchmark="mt-bench")
    cell(res, 57.5, model="gpt-4o-2024-05-13", benchmark="alpacaeval-2")
    s = cell(res, 8.74, model="gpt-4o-2024-05-13", benchmark="mt-bench")
    assert s.scale == "score10"


def test_arena_hard_is_v0_1():
    # 'Arena Hard' + '(95% CI)' on the Details line. Arena-Hard v2 did not exist at release (Oct 2024) and the
    # catalog's own note says Nemotron-70B's values are consistent with v0.1: resolve it per document to v0.1.
    res = doc(NAME)
    cell(res, 85.0, model="llama-3.1-nemotron-70b-instruct", benchmark="arena-hard-v0.1")
    cell(res, 55.7, model="llama-3.1-70b-instruct", benchmark="arena-hard-v0.1")
    cell(res, 69.3, model="llama-3.1-405b-instruct", benchmark="arena-hard-v0.1")
    cell(res, 79.2, model="claude-3.5-sonnet-20240620", benchmark="arena-hard-v0.1")
    cell(res, 79.3, model="gpt-4o-2024-05-13", benchmark="arena-hard-v0.1")


def test_confidence_interval_gives_stderr():
    # '85.0 (-1.5, 1.5)': one score with its 95% CI; SE = CI width / 3.92
    res = doc(NAME)
    s = find(res, model="llama-3.1-nemotron-70b-instruct", benchmark_label="Arena Hard (95% CI)")
    assert len(s) == 1
    assert s[0].value == 85.0
    assert s[0].stderr == pytest.approx(3.0 / 3.92, rel=0.02)
    s = find(res, model="llama-3.1-70b-instruct", benchmark_label="Arena Hard (95% CI)")
    assert s[0].stderr == pytest.approx(5.6 / 3.92, rel=0.02)


def test_standard_error_cell():
    # '57.6 (1.65)' under 'AlpacaEval' + '2 LC (SE)': the number in brackets IS the standard error; 'SE' is not
    # a qualifier of the benchmark
    res = doc(NAME)
    s = cell(res, 57.6, model="llama-3.1-nemotron-70b-instruct", benchmark="alpacaeval-2")
    assert s.stderr == pytest.approx(1.65)
    assert "extra" not in s.key.setting()
    assert cell(res, 38.1, model="llama-3.1-70b-instruct", benchmark="alpacaeval-2").stderr == pytest.approx(0.90)
    assert cell(res, 57.5, model="gpt-4o-2024-05-13", benchmark="alpacaeval-2").stderr == pytest.approx(1.47)


def test_mt_bench_judge():
    # 'MT-Bench' + '(GPT-4-Turbo)': the judge is GPT-4-Turbo, not MT-Bench's original GPT-4 judge; the catalog
    # notes that the MT-Bench judge differs by card, so it belongs in the key
    res = doc(NAME)
    cell(res, 8.98, model="llama-3.1-nemotron-70b-instruct", benchmark="mt-bench", judge="gpt-4-turbo")


def test_first_party():
    res = doc(NAME)
    s = cell(res, 8.98, model="llama-3.1-nemotron-70b-instruct", benchmark="mt-bench")
    assert s.first_party is True
    assert s.model_label == "Llama-3.1-Nemotron-70B-Instruct"
    assert cell(res, 8.22, model="llama-3.1-70b-instruct", benchmark="mt-bench").first_party is False
    assert cell(res, 8.74, model="gpt-4o-2024-05-13", benchmark="mt-bench").first_party is False
