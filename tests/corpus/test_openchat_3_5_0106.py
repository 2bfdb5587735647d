"""OpenChat-3.5-0106 card (copy in leliuga/cohere-configurations): models as rows with a '# Params' column
('???B' for ChatGPT/Grok), a fully blank separator row, footnote marks on names ('ChatGPT (March)*', 'Zephyr-β^'),
'Average' columns (aggregates), a Grok table with a 'License' column, and a model-info table (Size, Context)."""

from __future__ import annotations

from .util import aggregates, cell, doc, find, without_aggregates

NAME = "openchat-3.5-0106.md"


def test_counts():
    res = without_aggregates(doc(NAME))
    # l.183-191: 8 models x 8 benchmarks = 64 minus Mistral's two '-' = 62 (blank row l.187, '# Params', 'Average'
    # excluded); l.211-215: 5 HumanEval+ cells; l.225-229: 5 models x 4 benchmarks = 20 ('License', '# Param',
    # 'Average' excluded); the model-info table (l.83-85: Size, Context 8192) has no scores
    assert len(res.scores) == 87
    # OpenChat-3.5-0106, -1210 and OpenChat-3.5: 24 (l.183-185) + 2 (l.211, 214) + 12 (l.225-227)
    assert sum(1 for s in res.scores if s.first_party) == 38
    # the Average cells are kept apart as averages (benchmark unresolved, never compared): 12, 6 first-party
    got = aggregates(doc(NAME))
    assert len(got) == 12 and sum(1 for s in got if s.first_party) == 6
    assert all(s.benchmark is None for s in got)



def test_publisher():
    assert doc(NAME).document.publisher == "openchat"


def test_model_info_table_is_not_scores():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line < 180]
    assert find(res, benchmark_label="Context") == []


def test_params_and_average_are_not_scores():
    res = without_aggregates(doc(NAME))
    assert find(res, benchmark_label="Average") == []
    assert find(res, benchmark_label="# Params") == []
    # the Average cell of each row (no other cell of the same row has that value)
    averages = {183: 64.5, 184: 63.8, 185: 61.6, 186: 61.5, 188: 59.3, 189: 52.7, 190: 34.6,
                225: 61.0, 226: 60.1, 227: 56.4, 228: 44.5, 229: 55.8}
    assert [s for s in res.scores if averages.get(s.provenance.line) == s.value] == []


def test_main_table_cells():
    res = doc(NAME)
    s = cell(res, 7.8, model="openchat-3.5-0106", benchmark="mt-bench")
    assert s.scale == "score10"
    cell(res, 51.5, model="openchat-3.5-0106", benchmark="bbh", metric="mc")
    cell(res, 62.2, model="openchat-3.5-0106", benchmark="bbh", metric=None)
    cell(res, 61.8, model="openchat-3.5-1210", benchmark="truthfulqa")
    cell(res, 63.5, model="openchat-3.5", benchmark="bbh", metric=None)
    # 'ChatGPT (March)*': the footnote mark is not part of the name; not in the catalog
    cell(res, 7.94, model_label="ChatGPT (March)", benchmark="mt-bench")
    cell(res, 70.1, model_label="ChatGPT (March)", benchmark="bbh", metric=None)
    cell(res, 7.54, model="openhermes-2.5-mistral-7b", benchmark="mt-bench")
    cell(res, 59.1, model="mistral-7b-openorca", benchmark="gsm8k")
    # 'Zephyr-β^'
    cell(res, 5.1, model="zephyr-7b-beta", benchmark="gsm8k")
    cell(res, 22.0, model="zephyr-7b-beta", benchmark="humaneval")
    # 'Mistral' row: '-' in TruthfulQA and BBH CoT
    cell(res, 6.84, model_label="Mistral", benchmark="mt-bench")
    cell(res, 60.1, model_label="Mistral", benchmark="mmlu")
    assert find(res, model_label="Mistral", benchmark="truthfulqa") == []
    assert len(find(res, model_label="Mistral")) == 6


def test_humaneval_plus_table():
    res = doc(NAME)
    cell(res, 65.9, model="openchat-3.5-0106", benchmark="humaneval-plus")
    cell(res, 64.6, model_label="ChatGPT (December 12, 2023)", benchmark="humaneval-plus")
    cell(res, 64.6, model="wizardcoder-python-34b-v1.0", benchmark="humaneval-plus")
    cell(res, 63.4, model="openchat-3.5-1210", benchmark="humaneval-plus")
    cell(res, 41.5, model="openhermes-2.5-mistral-7b", benchmark="humaneval-plus")


def test_grok_table():
    res = doc(NAME)
    cell(res, 29.3, model="openchat-3.5-0106", benchmark="math")
    cell(res, 28.6, model="openchat-3.5", benchmark="math")
    cell(res, 65.7, model="grok-0", benchmark="mmlu")
    cell(res, 73, model="grok-1", benchmark="mmlu")
    cell(res, 62.9, model="grok-1", benchmark="gsm8k")
    # OpenChat-3.5-0106 MMLU 65.8 appears in both tables (l.183 and l.225)
    assert sorted(s.provenance.line for s in find(res, model="openchat-3.5-0106", benchmark="mmlu")) == [183, 225]


def test_first_party():
    res = doc(NAME)
    assert cell(res, 65.9, model="openchat-3.5-0106", benchmark="humaneval-plus").first_party is True
    assert cell(res, 7.81, model="openchat-3.5", benchmark="mt-bench").first_party is True
    assert cell(res, 7.76, model="openchat-3.5-1210", benchmark="mt-bench").first_party is True
    assert cell(res, 7.34, model="zephyr-7b-beta", benchmark="mt-bench").first_party is False
    assert cell(res, 39.7, model="grok-0", benchmark="humaneval").first_party is False
    assert cell(res, 7.94, model_label="ChatGPT (March)", benchmark="mt-bench").first_party is False
