"""OLMo-2-1124-13B-Instruct card (copy in mauer4/Attention-From-Scratch): models as rows, bold single-cell section
rows ('| **Open weights models** |'), intermediate checkpoints in italics ('*OLMo-2-7B-SFT*'), an EN DASH in
'OLMo-2-7B-1124–Instruct', an 'Average' column (aggregate), bare benchmark headers ('TruthQA', 'Safety')."""

from __future__ import annotations

from .util import aggregates, cell, doc, find, without_aggregates

NAME = "olmo-2-13b-instruct.md"


def test_counts():
    res = without_aggregates(doc(NAME))
    # l.111-128: 17 model rows x 10 benchmarks (AlpacaEval .. TruthQA); Average excluded; no missing values
    assert len(res.scores) == 170
    # Ai2's own: Tülu 3 8B, OLMo-7B-Instruct, OLMo-7B-0424-Instruct, OLMoE-1B-7B-0924-Instruct, the four
    # OLMo 2 SFT/DPO checkpoints and the two OLMo 2 Instruct models = 10 rows
    assert sum(1 for s in res.scores if s.first_party) == 100
    # the Average cells are kept apart as averages (benchmark unresolved, never compared): 17, 10 first-party
    got = aggregates(doc(NAME))
    assert len(got) == 17 and sum(1 for s in got if s.first_party) == 10
    assert all(s.benchmark is None for s in got)



def test_publisher():
    assert doc(NAME).document.publisher == "ai2"


def test_average_and_sections_are_not_scores():
    res = without_aggregates(doc(NAME))
    assert find(res, benchmark_label="Average") == []
    averages = {111: 51.9, 112: 52.1, 113: 50.9, 114: 57.1, 115: 58.9, 116: 60.4, 117: 60.8, 119: 28.2,
                120: 33.1, 121: 35.5, 122: 42.9, 123: 50.2, 124: 54.2, 125: 55.3, 126: 60.6, 127: 54.8, 128: 62.0}
    assert [s for s in res.scores if averages.get(s.provenance.line) == s.value] == []
    assert not [s for s in res.scores if s.provenance.line in (110, 118)]
    # the stage table (l.32-38) holds links, not scores
    assert not [s for s in res.scores if s.provenance.line < 100]


def test_cells():
    res = doc(NAME)
    cell(res, 2.5, model="gemma-2-9b-it", benchmark="bbh")
    cell(res, 31.4, model_label="Ministral-8B-Instruct", benchmark_label="AlpacaEval")
    cell(res, 56.2, model="ministral-8b-instruct-2410", benchmark="drop")
    cell(res, 23.6, model="mistral-nemo-instruct-2407", benchmark="drop")
    cell(res, 69.9, model="qwen2.5-7b-instruct", benchmark="math")
    cell(res, 80.6, model="llama-3.1-8b-instruct", benchmark="ifeval")
    cell(res, 87.6, model="tulu-3-8b", benchmark="gsm8k")
    cell(res, 70.8, model="qwen2.5-14b-instruct", benchmark="truthfulqa")
    cell(res, 5.2, model="olmo-7b-instruct", benchmark_label="AlpacaEval")
    cell(res, 47.9, model="olmo-7b-0424-instruct", benchmark="drop")
    cell(res, 8.4, model="olmoe-1b-7b-0924-instruct", benchmark="math")
    cell(res, 73.7, model="map-neo-7b-instruct", benchmark_label="Safety")
    cell(res, 18.4, model="map-neo-7b-instruct", benchmark="popqa")
    # italic intermediate checkpoints
    cell(res, 82.1, model="olmo-2-1124-7b-sft", benchmark_label="Safety")
    cell(res, 27.9, model="olmo-2-1124-7b-dpo", benchmark_label="AlpacaEval")
    cell(res, 59.6, model="olmo-2-1124-13b-sft", benchmark="bbh")
    cell(res, 80.2, model="olmo-2-1124-13b-dpo", benchmark="ifeval")
    # EN DASH in 'OLMo-2-7B-1124–Instruct' (l.127)
    s = cell(res, 85.1, model="olmo-2-1124-7b-instruct", benchmark="gsm8k")
    assert s.model_label == "OLMo-2-7B-1124–Instruct"
    cell(res, 39.5, model="olmo-2-1124-13b-instruct", benchmark_label="AlpacaEval")
    cell(res, 87.4, model="olmo-2-1124-13b-instruct", benchmark="gsm8k")
    cell(res, 82.6, model="olmo-2-1124-13b-instruct", benchmark="ifeval")
    cell(res, 64.3, model="olmo-2-1124-13b-instruct", benchmark="truthfulqa")
    cell(res, 28.8, model="olmo-2-1124-13b-instruct", benchmark="popqa")


def test_every_row_resolves():
    res = doc(NAME)
    assert len({s.model for s in res.scores}) == 17
    assert None not in {s.model for s in res.scores}


def test_first_party():
    res = doc(NAME)
    assert cell(res, 68.5, model="olmo-2-1124-13b-instruct", benchmark="mmlu").first_party is True
    assert cell(res, 76.3, model="olmo-2-1124-13b-sft", benchmark="gsm8k").first_party is True
    assert cell(res, 68.2, model="tulu-3-8b", benchmark="mmlu").first_party is True
    assert cell(res, 46.3, model="olmo-7b-instruct", benchmark="mmlu").first_party is True
    assert cell(res, 71.3, model="llama-3.1-8b-instruct", benchmark="mmlu").first_party is False
    assert cell(res, 81.1, model="qwen2.5-14b-instruct", benchmark="mmlu").first_party is False
    assert cell(res, 56.5, model="map-neo-7b-instruct", benchmark="mmlu").first_party is False
