"""MiniCPM3 docs page (official OpenBMB/MiniCPM): an HTML table with no <th> (the first <tr> of <td>s is the header),
'colspan="15"' section rows in an 8-column table, trailing spaces in the own-model cells ('67.2 '), the metric in
the benchmark cell ('IFEVAL (Prompt Strict-Acc.)'), mixed scales (MT-Bench 8.41, AlignBench 7.10), an 'Overall /
Average' row; a BFCL detail table with '%'; an InfiniteBench markdown table whose second column is the context
length of each task (not a score) and whose last two rows are averages."""

from __future__ import annotations

import re

from .util import aggregates, cell, doc, find, without_aggregates

NAME = "minicpm3-4b.md"
M = "minicpm3-4b"


def test_counts():
    res = without_aggregates(doc(NAME))
    # table 1 (l.25-214): 15 benchmarks x 7 models = 105 (the Average row, l.204, excluded);
    # BFCL table (l.220-277): 6 models x 5 columns = 30;
    # InfiniteBench (l.288-301): 10 tasks x 6 models = 60 minus 1 'N/A' = 59 (Context length column and the
    # 'avg w/o Zh.QA' / 'avg' rows excluded)
    assert len(res.scores) == 194
    # MiniCPM3-4B 15 + 5, 'MiniCPM 3.0 x MR' 10
    assert sum(1 for s in res.scores if s.first_party) == 30
    # the Average cells are kept apart as averages (benchmark unresolved, never compared): 18, 3 first-party
    got = aggregates(doc(NAME))
    assert len(got) == 18 and sum(1 for s in got if s.first_party) == 3
    assert all(s.benchmark is None for s in got)



def test_publisher():
    assert doc(NAME).document.publisher == "openbmb"


def test_average_rows_are_not_scores():
    res = without_aggregates(doc(NAME))
    assert find(res, benchmark_label="Average") == []
    assert not [s for s in res.scores if s.provenance.line in (300, 301)]
    for v in (51.92, 52.96, 55.33, 59.29, 64.98, 68.64, 48.86, 49.65, 52.39, 55.55, 60.39):
        assert not [s for s in res.scores if s.value == v], v


def test_main_table_cells():
    res = doc(NAME)
    # own-model cells carry a trailing space
    s = cell(res, 67.2, model=M, benchmark="mmlu")
    assert s.scale == "percent"
    cell(res, 70.5, model="qwen2-7b-instruct", benchmark="mmlu")
    cell(res, 76.3, model="glm-4-9b-chat", benchmark="bbh")
    s = cell(res, 8.41, model=M, benchmark="mt-bench")
    assert s.scale == "score10"
    cell(res, 8.60, model="phi-3.5-mini-instruct", benchmark="mt-bench")
    cell(res, 71.5, model="llama-3.1-8b-instruct", benchmark="ifeval")
    cell(res, 68.4, model=M, benchmark="ifeval")
    cell(res, 59.5, model="gemma-2-9b-it", benchmark="cmmlu")
    cell(res, 73.6, model=M, benchmark="c-eval")
    s = cell(res, 7.10, model="qwen2-7b-instruct", benchmark="alignbench-v1.1")
    assert s.scale == "score10"
    cell(res, 64.6, model="gpt-3.5-turbo-0125", benchmark="followbench")
    cell(res, 46.6, model=M, benchmark="math")
    cell(res, 84.5, model="llama-3.1-8b-instruct", benchmark="gsm8k")
    cell(res, 65.6, model=M, benchmark="mathbench")
    cell(res, 68.3, model=M, benchmark="humaneval-plus")
    cell(res, 71.4, model="gpt-3.5-turbo-0125", benchmark="mbpp-plus")
    cell(res, 22.6, model=M, benchmark="livecodebench-v3")
    cell(res, 76.0, model=M, benchmark="bfcl-v2")
    cell(res, 19.2, model="gemma-2-9b-it", benchmark="bfcl-v2")


def test_bfcl_table_cells():
    res = doc(NAME)
    got = [s for s in res.scores if s.model == M and s.benchmark == "bfcl"]
    assert sorted(s.value for s in got) == [53.71, 68.55, 76.03, 85.54, 90.24]
    # "Overall Accuracy" under BFCL is the benchmark's own score: no subset
    cell(res, 73.28, model="llama-3.1-8b-instruct", benchmark="bfcl", subset=None)
    cell(res, 88.88, model="gemma-2-9b-it", benchmark="bfcl", subset="irrelevance detection")
    # 'Phi-3.5-mini-instruct' (lower case) is the same model as the main table's 'Phi-3.5-mini-Instruct(3.8B)'
    cell(res, 48.44, model="phi-3.5-mini-instruct", benchmark="bfcl", subset=None)


def test_infinitebench_task_is_the_benchmark():
    # each row is an InfiniteBench task named in the first column ('Math.Find'); the second column is the
    # task's context length ('87.9k'), which is neither a benchmark nor a score
    res = doc(NAME)
    cell(res, 59.71, model_label="Qwen2-70b", benchmark_label="Math.Find")
    cell(res, 83.43, model_label="MiniCPM 3.0 x MR", benchmark_label="Math.Find")
    cell(res, 98.89, model_label="Llama3-70bx MR", benchmark_label="Retrieve.KV")
    cell(res, 46.50, model_label="Qwen2-70b x MR", benchmark_label="En.Dia")
    cell(res, 69.20, model_label="Kimi-Chat(2024.06)", benchmark_label="Retrieve.KV")
    cell(res, 25.96, model_label="GPT-4 (From InfiniteBench)", benchmark_label="Zh.QA")
    assert find(res, model_label="Llama3-70bx MR", benchmark_label="Zh.QA") == []
    assert [s for s in res.scores if re.fullmatch(r"\d+(\.\d+)?k", s.benchmark_label.lower())] == []


def test_first_party():
    res = without_aggregates(doc(NAME))
    assert cell(res, 73.3, model=M, benchmark="cmmlu").first_party is True
    assert cell(res, 76.03, model=M, benchmark="bfcl", subset=None).first_party is True
    assert cell(res, 80.9, model="qwen2-7b-instruct", benchmark="cmmlu").first_party is False
    assert cell(res, 54.5, model="gpt-3.5-turbo-0125", benchmark="cmmlu").first_party is False
    got = [s for s in res.scores if s.model_label == "MiniCPM 3.0 x MR"]
    assert len(got) == 10 and all(s.first_party for s in got)
    assert not any(s.first_party for s in res.scores if s.model_label == "Qwen2-70b x MR")
