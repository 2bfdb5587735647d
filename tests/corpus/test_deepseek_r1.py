"""DeepSeek-R1 official README: category column, 'Benchmark (Metric)' cells, Architecture/params rows,
Codeforces as percentile and rating, and a distill table with models as rows and pass@1/cons@64 headers."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "deepseek-r1.md"


def test_counts():
    res = doc(NAME)
    # main table lines 111-131: 21 rows x 6 models = 126, minus 11 '-' = 115; distill table 10 x 6 = 60
    assert len(res.scores) == 175
    # DeepSeek V3 column 20 (LiveCodeBench '-') + DeepSeek R1 column 21 + 6 distilled rows x 6 = 36
    assert sum(1 for s in res.scores if s.first_party) == 77


def test_publisher():
    assert doc(NAME).document.publisher == "deepseek"


def test_no_non_score_rows():
    res = doc(NAME)
    # Architecture / # Activated Params / # Total Params rows (108-110) and the download tables (73-92)
    assert not [s for s in res.scores if s.provenance.line is not None and s.provenance.line < 111]
    assert not [s for s in res.scores if s.value in (37, 671, 128)]


def test_main_table_cells():
    res = doc(NAME)
    cell(res, 90.8, model="deepseek-r1", benchmark="mmlu", mode="thinking")
    cell(res, 88.3, model="claude-3.5-sonnet-20241022", benchmark="mmlu")
    cell(res, 91.8, model="o1", benchmark="mmlu")
    cell(res, 91.6, model="deepseek-v3", benchmark="drop", shots=3, metric="f1")
    cell(res, 86.5, model="claude-3.5-sonnet-20241022", benchmark="ifeval")
    cell(res, 75.7, model="o1", benchmark="gpqa-diamond")
    # GPT-4-1106 is v0.1's standard judge, so it adds nothing to the key
    cell(res, 92.3, model="deepseek-r1", benchmark="arena-hard-v0.1", judge=None)
    cell(res, 87.6, model="deepseek-r1", benchmark="alpacaeval-2")
    cell(res, 68.0, model="deepseek-v3", benchmark="chinese-simpleqa")
    cell(res, 92.8, model="deepseek-r1", benchmark="clue-wsc")
    cell(res, 97.3, model="deepseek-r1", benchmark="math-500")
    # dashes are not scores
    assert find(res, model="o1", benchmark="mmlu-redux") == []
    assert find(res, model="deepseek-v3", benchmark="livecodebench") == []


def test_codeforces_percentile_and_rating():
    res = doc(NAME)
    cell(res, 96.3, model="deepseek-r1", benchmark="codeforces", metric="percentile")
    p = cell(res, 2029, model="deepseek-r1", benchmark="codeforces", metric=None, model_label="DeepSeek R1")
    assert p.scale == "rating"
    cell(res, 2061, model="o1", benchmark="codeforces", metric=None)
    cell(res, 58.7, model="deepseek-v3", benchmark="codeforces", metric="percentile")


def test_distill_table():
    res = doc(NAME)
    cell(res, 72.6, model="deepseek-r1-distill-qwen-32b", benchmark="aime-2024", k=None)
    cell(res, 83.3, model="deepseek-r1-distill-qwen-32b", benchmark="aime-2024", k="cons@64")
    cell(res, 86.7, model="deepseek-r1-distill-llama-70b", benchmark="aime-2024", k="cons@64")
    cell(res, 83.9, model="deepseek-r1-distill-qwen-1.5b", benchmark="math-500")
    cell(res, 49.0, model="deepseek-r1-distill-llama-8b", benchmark="gpqa-diamond")
    cell(res, 1316, model="qwq-32b-preview", benchmark="codeforces")
    cell(res, 13.4, model="gpt-4o-2024-05-13", benchmark="aime-2024", k="cons@64")
    cell(res, 38.9, model="claude-3.5-sonnet-20241022", benchmark="livecodebench", model_label="Claude-3.5-Sonnet-1022",
         benchmark_label="LiveCodeBench pass@1")


def test_first_party():
    res = doc(NAME)
    assert cell(res, 1691, model="deepseek-r1-distill-qwen-32b", benchmark="codeforces").first_party is True
    assert cell(res, 39.2, model="deepseek-v3", benchmark="aime-2024").first_party is True
    assert cell(res, 44.0, model="qwq-32b-preview", benchmark="aime-2024", k=None).first_party is False
    assert cell(res, 9.3, model="gpt-4o-2024-05-13", benchmark="aime-2024", k=None,
                benchmark_label="AIME 2024 (Pass@1)").first_party is False
