"""OLMo-2-1124-13B base card (copy recovered from mauer4/Attention-From-Scratch at 381a295): models as rows, italic
single-cell section rows ('| *Open weights models:* |'), a 'Train FLOPs' column ('1.6·10²³', 'n/a', 'n/c') and an
'Average' column that are not scores, abbreviated headers ('ARC/C', 'HSwag', 'WinoG', 'MMLUPro', 'NQ'), own
models in bold; a model-info table (layers, hidden size, heads, context length) that is not scores.

Every row of the score table is a BASE (pre-trained) model: the card compares the OLMo 2 base models with other
base models, so labels such as 'Qwen-2.5-7B' or 'Llama-3.1-8B' name the base checkpoints, with no thinking mode."""

from __future__ import annotations

from .util import aggregates, cell, doc, find, without_aggregates

NAME = "olmo-2-13b.md"

# row labels (l.126-143) and the catalog id each names
ROWS = {
    "Llama-2-13B": "llama-2-13b",
    "Mistral-7B-v0.3": "mistral-7b-v0.3",
    "Llama-3.1-8B": "llama-3.1-8b",
    "Mistral-Nemo-12B": "mistral-nemo-base-2407",
    "Qwen-2.5-7B": "qwen2.5-7b",
    "Gemma-2-9B": "gemma-2-9b",
    "Qwen-2.5-14B": "qwen2.5-14b",
    "StableLM-2-12B": "stablelm-2-12b",
    "Zamba-2-7B": "zamba2-7b",
    "Amber-7B": "amber-7b",
    "OLMo-7B": "olmo-7b",
    "MAP-Neo-7B": "map-neo-7b",
    "OLMo-0424-7B": "olmo-7b-0424",
    "DCLM-7B": "dclm-7b",
    "OLMo-2-1124-7B": "olmo-2-1124-7b",
    "OLMo-2-1124-13B": "olmo-2-1124-13b",
}


def test_counts():
    res = without_aggregates(doc(NAME))
    # l.126-143: 16 model rows x 10 benchmarks (ARC/C .. TriviaQA), no missing values; Train FLOPs and Average
    # columns excluded; the architecture table (l.22-25) and the stage tables hold no scores
    assert len(res.scores) == 160
    # Ai2's own models: OLMo-7B, OLMo-0424-7B, OLMo-2-1124-7B, OLMo-2-1124-13B
    assert sum(1 for s in res.scores if s.first_party) == 40
    # the Average cells are kept apart as averages (benchmark unresolved, never compared): 16, 4 first-party
    got = aggregates(doc(NAME))
    assert len(got) == 16 and sum(1 for s in got if s.first_party) == 4
    assert all(s.benchmark is None for s in got)



def test_publisher():
    assert doc(NAME).document.publisher == "ai2"


def test_architecture_table_is_not_scores():
    # l.24-25: '| OLMo 2 7B | 4 Trillion | 32 | 4096 | 32 | 4096 |' - layers, hidden size, heads, context length
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line < 120]
    assert find(res, benchmark="include") == []


def test_flops_and_average_are_not_scores():
    res = without_aggregates(doc(NAME))
    assert find(res, benchmark_label="Train FLOPs") == []
    assert find(res, benchmark_label="Average") == []
    # the Average cell of each row
    averages = {126: 54.1, 127: 58.8, 128: 61.8, 129: 66.9, 130: 67.4, 131: 67.8, 132: 72.2, 134: 62.2,
                135: 65.2, 137: 35.2, 138: 38.3, 139: 49.6, 140: 50.7, 141: 56.9, 142: 62.9, 143: 68.3}
    assert [s for s in res.scores if averages.get(s.provenance.line) == s.value] == []
    # '1.6·10²³' must not become 1.6 or 16.0
    assert [s for s in res.scores if s.provenance.line == 126 and s.value == 1.6] == []
    assert [s for s in res.scores if s.provenance.line == 132 and s.value == 16.0] == []


def test_every_row_is_a_model():
    res = without_aggregates(doc(NAME))
    for label, model in ROWS.items():
        got = find(res, model_label=label)
        assert len(got) == 10, label
        assert {s.model for s in got} == {model}, (label, {s.model for s in got})
    # section rows are not models
    assert find(res, model_label="Open weights models:") == []


def test_base_models_have_no_mode():
    res = doc(NAME)
    assert [(s.model_label, s.key.mode) for s in res.scores if s.key.mode is not None] == []


def test_cells():
    res = doc(NAME)
    cell(res, 67.3, model="llama-2-13b", benchmark="arc-challenge")
    cell(res, 30, model="mistral-7b-v0.3", benchmark="mmlu-pro")
    cell(res, 79.6, model="zamba2-7b", benchmark="winogrande")
    cell(res, 50.9, model="stablelm-2-12b", benchmark="agieval")
    cell(res, 4.8, model="amber-7b", benchmark="gsm8k")
    cell(res, 72.1, model="dclm-7b", benchmark="triviaqa")
    cell(res, 31, model="olmo-2-1124-7b", benchmark="mmlu-pro")
    cell(res, 83.5, model="olmo-2-1124-13b", benchmark="arc-challenge")
    cell(res, 86.4, model="olmo-2-1124-13b", benchmark="hellaswag")
    cell(res, 70.7, model="olmo-2-1124-13b", benchmark="drop")
    cell(res, 46.7, model="olmo-2-1124-13b", benchmark="natural-questions")
    cell(res, 35.1, model="olmo-2-1124-13b", benchmark="mmlu-pro")


def test_cells_base_competitors():
    # rows whose labels name base checkpoints that also have an instruct sibling in the catalog
    res = doc(NAME)
    cell(res, 33.9, model="llama-3.1-8b", benchmark="natural-questions")
    cell(res, 69.2, model="mistral-nemo-base-2407", benchmark="drop")
    cell(res, 81.5, model="qwen2.5-7b", benchmark="gsm8k")
    cell(res, 42, model="gemma-2-9b", benchmark="mmlu-pro")
    cell(res, 94, model="qwen2.5-14b", benchmark="hellaswag")
    cell(res, 64.1, model="olmo-7b", benchmark="triviaqa")
    cell(res, 45.8, model="map-neo-7b", benchmark="agieval")
    cell(res, 54.3, model="olmo-7b-0424", benchmark="mmlu")


def test_first_party():
    res = doc(NAME)
    assert cell(res, 75.1, model_label="OLMo-2-1124-13B", benchmark="gsm8k").first_party is True
    assert cell(res, 67.5, model_label="OLMo-2-1124-7B", benchmark="gsm8k").first_party is True
    # earlier Ai2 models are Ai2's own too
    assert cell(res, 9.2, model_label="OLMo-7B", benchmark="gsm8k").first_party is True
    assert cell(res, 27.7, model_label="OLMo-0424-7B", benchmark="gsm8k").first_party is True
    assert cell(res, 56.5, model_label="Llama-3.1-8B", benchmark="gsm8k").first_party is False
    assert cell(res, 12.5, model_label="MAP-Neo-7B", benchmark="gsm8k").first_party is False
