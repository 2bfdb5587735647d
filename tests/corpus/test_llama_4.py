"""Llama 4 official model card: HTML tables with '# Shots' and 'Metric' columns, whitespace-only category
continuation cells, 'No multimodal support' text cells, 'a/b' MTOB cells, base and instruct tables."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "llama-4.md"


def test_counts():
    res = doc(NAME)
    # pretrained (lines 114-173): 5 x 4 = 20, image rows 2 x 2 = 4 -> 24
    # instruct (201-297): image 5 x 2 = 10, LCB/MMLU Pro/GPQA/MGSM 4 x 4 = 16, MTOB 2 rows x 2 models x 2 = 8 -> 34
    assert len(res.scores) == 58
    assert sum(1 for s in res.scores if s.first_party) == 58


def test_publisher():
    assert doc(NAME).document.publisher == "meta"


def test_shots_column_is_not_a_model():
    res = doc(NAME)
    assert find(res, model_label="# Shots") == []
    assert all(s.model is not None for s in res.scores)
    # model-info and GPU-hours tables (lines 11-84) hold no scores
    assert all(s.provenance.line > 103 for s in res.scores)


def test_pretrained_table():
    res = doc(NAME)
    cell(res, 79.6, model="llama-4-scout-base", benchmark="mmlu", shots=5, metric="macro_avg/acc_char")
    cell(res, 85.2, model="llama-3.1-405b", benchmark="mmlu", shots=5)
    cell(res, 62.9, model="llama-4-maverick-base", benchmark="mmlu-pro", shots=5, metric="macro_avg/em")
    cell(res, 41.6, model="llama-3.1-70b", benchmark="math", shots=4, metric="em_maj1@1")
    cell(res, 77.6, model="llama-4-maverick-base", benchmark="mbpp", shots=3)
    cell(res, 31.5, model="llama-4-scout-base", benchmark="tydiqa", shots=1)
    cell(res, 91.6, model="llama-4-maverick-base", benchmark="docvqa", shots=0)
    # 'No multimodal support' is not a score
    assert find(res, model="llama-3.1-70b", benchmark="chartqa") == []


def test_instruct_table():
    res = doc(NAME)
    cell(res, 69.4, model="llama-4-scout", benchmark="mmmu", shots=0)
    cell(res, 59.6, model="llama-4-maverick", benchmark="mmmu-pro", shots=0)
    cell(res, 88.8, model="llama-4-scout", benchmark="chartqa", shots=0)
    cell(res, 43.4, model="llama-4-maverick", benchmark="livecodebench", version="2024.10-2025.02", shots=0)
    cell(res, 68.9, model="llama-3.3-70b-instruct", benchmark="mmlu-pro", shots=0, metric="macro_avg/acc")
    cell(res, 69.8, model="llama-4-maverick", benchmark="gpqa-diamond", shots=0)
    cell(res, 91.1, model="llama-3.3-70b-instruct", benchmark="mgsm", shots=0)


def test_instruct_table_llama_3_1_405b_is_instruct():
    res = doc(NAME)
    # under "### Instruction tuned models", 'Llama 3.1 405B' is the instruct model
    cell(res, 27.7, model="llama-3.1-405b-instruct", benchmark="livecodebench")
    cell(res, 73.4, model="llama-3.1-405b-instruct", benchmark="mmlu-pro")
    cell(res, 49.0, model="llama-3.1-405b-instruct", benchmark="gpqa-diamond")
    cell(res, 91.6, model="llama-3.1-405b-instruct", benchmark="mgsm")


def test_mtob_two_directions():
    res = doc(NAME)
    half = [s for s in find(res, model="llama-4-scout", benchmark="mtob") if "half" in str(s.key.setting())]
    assert sorted(s.value for s in half) == [36.6, 42.2]
    full = [s for s in find(res, model="llama-4-maverick", benchmark="mtob") if "full" in str(s.key.setting())]
    assert sorted(s.value for s in full) == [46.7, 50.8]
    # 'eng->kgv/kgv->eng' over '42.2/36.6': the first number is eng->kgv, the second kgv->eng
    by_value = {s.value: str(s.key.setting()) for s in half}
    assert "eng->kgv" in by_value[42.2] and "kgv->eng" not in by_value[42.2]
    assert "kgv->eng" in by_value[36.6]


def test_first_party():
    res = doc(NAME)
    assert cell(res, 74.4, model="llama-3.1-405b", benchmark="mbpp").first_party is True
    assert cell(res, 70.7, model="llama-4-scout", benchmark="mathvista").first_party is True
