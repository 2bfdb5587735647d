"""Mistral-Small-3.1-24B-Instruct-2503 card (copy in AurelienVaudois/7688581-Expert-Git-GitHub): models as rows,
values with '%' (except MM MT Bench, 1-10), settings in the headers ('MMLU Pro (5-shot CoT)',
'GPQA Diamond (5-shot CoT )' with a stray space, 'SimpleQA (TotalAcc)'), base and instruct tables, short model
names ('Small 3.1 24B Instruct', 'GPT4o Mini'), a multilingual table whose 'Average' column is an aggregate."""

from __future__ import annotations

from .util import aggregates, cell, doc, find, without_aggregates

NAME = "mistral-small-3.1.md"
BASE = "mistral-small-3.1-24b-base-2503"
INST = "mistral-small-3.1-24b-instruct-2503"


def test_counts():
    res = without_aggregates(doc(NAME))
    # pretrain (l.77-78) 2x5 = 10; text (l.86-90) 5x8 = 40; vision (l.96-100) 5x7 = 35;
    # multilingual (l.106-110) 5x3 regional columns = 15 ('Average' column excluded); long context (l.116-119) 4x3 = 12
    assert len(res.scores) == 112
    # base 5 + instruct 8 + 7 + 3 + 3
    assert sum(1 for s in res.scores if s.first_party) == 26
    # the Average cells are kept apart as averages (benchmark unresolved, never compared): 5, 1 first-party
    got = aggregates(doc(NAME))
    assert len(got) == 5 and sum(1 for s in got if s.first_party) == 1
    assert all(s.benchmark is None for s in got)



def test_publisher():
    assert doc(NAME).document.publisher == "mistral"


def test_pretrain_cells():
    res = doc(NAME)
    s = cell(res, 81.01, model=BASE, benchmark="mmlu", shots=5)
    assert s.scale == "percent"
    cell(res, 56.03, model=BASE, benchmark="mmlu-pro", shots=5)
    cell(res, 37.50, model=BASE, benchmark="gpqa-main", shots=5)
    cell(res, 81.30, model="gemma-3-27b-pt", benchmark="triviaqa")
    cell(res, 56.10, model="gemma-3-27b-pt", benchmark="mmmu")
    # base models have no thinking mode
    assert [s for s in res.scores if s.model in (BASE, "gemma-3-27b-pt") and s.key.mode is not None] == []


def test_text_cells():
    res = doc(NAME)
    cell(res, 80.62, model=INST, benchmark="mmlu")
    cell(res, 66.76, model=INST, benchmark="mmlu-pro", shots=5)
    cell(res, 45.96, model=INST, benchmark="gpqa-diamond", shots=5)
    cell(res, 10.43, model=INST, benchmark="simpleqa")
    cell(res, 89.00, model="gemma-3-27b-it", benchmark="math")
    cell(res, 84.82, model="gpt-4o-mini-2024-07-18", benchmark="mbpp")
    cell(res, 88.10, model="claude-3.5-haiku", benchmark="humaneval")
    cell(res, 41.98, model="aya-vision-32b", benchmark="math")
    cell(res, 34.38, model="aya-vision-32b", benchmark="gpqa-main", shots=5)


def test_vision_cells():
    res = doc(NAME)
    cell(res, 64.00, model=INST, benchmark="mmmu")
    cell(res, 49.25, model=INST, benchmark="mmmu-pro")
    cell(res, 87.20, model="claude-3.5-haiku", benchmark="chartqa")
    cell(res, 72.40, model="aya-vision-32b", benchmark="docvqa")
    cell(res, 88.10, model="gpt-4o-mini-2024-07-18", benchmark="ai2d")
    # MM MT Bench is on a 1-10 scale, printed without '%'
    s = cell(res, 7.3, model=INST, benchmark="mm-mt-bench")
    assert s.scale == "score10"
    assert cell(res, 7, model="gemma-3-27b-it", benchmark="mm-mt-bench").scale == "score10"


def test_multilingual_average_column_is_not_a_score():
    res = without_aggregates(doc(NAME))
    assert find(res, benchmark_label="Average") == []
    for v in (71.18, 70.19, 70.36, 70.16, 62.15):
        assert not [s for s in res.scores if s.value == v]
    cell(res, 75.30, model=INST, benchmark_label="European")
    cell(res, 70.90, model="gpt-4o-mini-2024-07-18", benchmark_label="Middle Eastern")
    cell(res, 57.61, model="aya-vision-32b", benchmark_label="East Asian")


def test_long_context_cells():
    res = doc(NAME)
    cell(res, 37.18, model=INST, benchmark="longbench-v2")
    cell(res, 93.96, model=INST, benchmark="ruler", subset="32k")
    cell(res, 65.8, model="gpt-4o-mini-2024-07-18", benchmark="ruler", subset="128k")
    cell(res, 91.90, model="claude-3.5-haiku", benchmark="ruler", subset="128k")
    # Cohere Aya-Vision 32B has no long-context row
    assert find(res, model="aya-vision-32b", benchmark="ruler") == []


def test_first_party():
    res = doc(NAME)
    assert cell(res, 81.01, model=BASE, benchmark="mmlu").first_party is True
    assert cell(res, 94.08, model=INST, benchmark="docvqa").first_party is True
    assert cell(res, 78.60, model="gemma-3-27b-pt", benchmark="mmlu").first_party is False
    assert cell(res, 76.90, model="gemma-3-27b-it", benchmark="mmlu").first_party is False
    assert cell(res, 82.00, model="gpt-4o-mini-2024-07-18", benchmark="mmlu").first_party is False
