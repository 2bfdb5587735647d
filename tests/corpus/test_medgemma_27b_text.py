"""MedGemma card (copy in peterhan91/mimic_skills): 'Metric' column holding benchmark names and one cell
with two scores and their settings ('89.8 (best-of-5) 87.7 (0-shot)')."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "medgemma-27b-text.md"


def test_counts():
    res = doc(NAME)
    # lines 214-219: 6 rows x 4 models = 24, plus the second number in the MedQA / MedGemma 27B cell
    assert len(res.scores) == 25
    # all four models are Google's
    assert sum(1 for s in res.scores if s.first_party) == 25


def test_publisher():
    assert doc(NAME).document.publisher == "google"


def test_two_scores_in_one_cell():
    res = doc(NAME)
    got = find(res, model="medgemma-27b-text-it", benchmark="medqa")
    assert sorted(s.value for s in got) == [87.7, 89.8]
    cell(res, 89.8, model="medgemma-27b-text-it", benchmark="medqa", k="best-of@5")
    cell(res, 87.7, model="medgemma-27b-text-it", benchmark="medqa", shots=0)


def test_cells():
    res = doc(NAME)
    cell(res, 74.9, model="gemma-3-27b-it", benchmark="medqa")
    cell(res, 50.7, model="gemma-3-4b-it", benchmark="medqa")
    cell(res, 74.2, model="medgemma-27b-text-it", benchmark="medmcqa")
    cell(res, 55.7, model="medgemma-4b-it", benchmark="medmcqa")
    cell(res, 73.4, model="gemma-3-27b-it", benchmark="pubmedqa")
    cell(res, 73.4, model="medgemma-4b-it", benchmark="pubmedqa")
    cell(res, 87.0, model="medgemma-27b-text-it", benchmark="mmlu-med", subset="text-only")
    cell(res, 67.2, model="gemma-3-4b-it", benchmark="mmlu-med", subset="text-only")
    cell(res, 26.7, model="medgemma-27b-text-it", benchmark="medxpertqa", subset="text-only")
    cell(res, 48.0, model="gemma-3-4b-it", benchmark="afrimed-qa")
    cell(res, 84.0, model="medgemma-27b-text-it", benchmark="afrimed-qa")
    # the first header is 'Metric' but the column holds benchmark names: no benchmark called 'Metric'
    assert not find(res, benchmark_label="Metric")


def test_first_party():
    res = doc(NAME)
    assert cell(res, 62.6, model="gemma-3-27b-it", benchmark="medmcqa").first_party is True
    assert cell(res, 76.8, model="medgemma-27b-text-it", benchmark="pubmedqa").first_party is True
    assert all(s.first_party for s in res.scores)
