"""Llama 3.1 official model card: HTML tables with <td><strong> headers, rowspan categories, '# Shots' and
'Metric' columns, a multilingual table with a language per row, non-score tables (params, GPU hours, CO2)."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "llama-3.1.md"


def test_counts():
    res = doc(NAME)
    # pretrained (lines 219-423): 12 rows x 5 = 60 minus 2 '-' (Winogrande, Llama 3) = 58
    # instruct (469-767): 17 x 5 = 85 minus 6 '-' = 79; multilingual (806-870): 7 languages x 3 = 21
    assert len(res.scores) == 158
    assert sum(1 for s in res.scores if s.first_party) == 158


def test_publisher():
    assert doc(NAME).document.publisher == "meta"


def test_shots_column_is_not_a_model():
    res = doc(NAME)
    assert find(res, model_label="# Shots") == []
    assert all(s.model is not None for s in res.scores)
    # model-info and hardware tables (lines 10-177) hold no scores
    assert all(s.provenance.line > 198 for s in res.scores)


def test_pretrained_table():
    res = doc(NAME)
    cell(res, 66.7, model="llama-3.1-8b", benchmark="mmlu", shots=5, metric="macro_avg/acc_char")
    cell(res, 79.5, model="llama-3-70b", benchmark="mmlu", shots=5)
    cell(res, 61.6, model="llama-3.1-405b", benchmark="mmlu-pro", shots=5)
    cell(res, 85.8, model="llama-3.1-405b", benchmark="commonsenseqa", shots=7)
    cell(res, 60.5, model="llama-3.1-8b", benchmark="winogrande", shots=5)
    assert find(res, model="llama-3-8b", benchmark="winogrande") == []
    cell(res, 81.3, model="llama-3-70b", benchmark="bbh", shots=3)
    cell(res, 96.1, model="llama-3.1-405b", benchmark="arc-challenge", shots=25)
    cell(res, 89.8, model="llama-3.1-70b", benchmark="triviaqa", shots=5)
    # QuAC: 51.1 for both 70B models
    cell(res, 51.1, model="llama-3.1-70b", benchmark="quac", shots=1, metric="f1")
    cell(res, 58.4, model="llama-3-8b", benchmark="drop", shots=3, metric="f1")
    s = cell(res, 71.6, model="llama-3.1-405b", benchmark="agieval-en")
    assert "3-5" in str(s.key.setting())


def test_instruct_table():
    res = doc(NAME)
    cell(res, 87.3, model="llama-3.1-405b-instruct", benchmark="mmlu", shots=5, metric="macro_avg/acc", subset=None)
    cell(res, 73.0, model="llama-3.1-8b-instruct", benchmark="mmlu", shots=0, extra={"prompt": "cot"})
    cell(res, 80.4, model="llama-3.1-8b-instruct", benchmark="ifeval")
    cell(res, 46.7, model="llama-3.1-70b-instruct", benchmark_label="GPQA", shots=0)
    cell(res, 72.6, model="llama-3.1-8b-instruct", benchmark="humaneval", shots=0)
    cell(res, 50.8, model="llama-3.1-8b-instruct", benchmark="multipl-e", subset="humaneval", shots=0)
    assert find(res, model="llama-3-8b-instruct", benchmark="multipl-e") == []
    cell(res, 96.8, model="llama-3.1-405b-instruct", benchmark="gsm8k", shots=8, metric="em_maj1@1")
    cell(res, 29.1, model="llama-3-8b-instruct", benchmark="math", shots=0, metric="final_em")
    cell(res, 1.7, model="llama-3-8b-instruct", benchmark="gorilla-apibench", shots=0)
    cell(res, 58.7, model="llama-3.1-405b-instruct", benchmark="nexus-fc", shots=0)
    cell(res, 91.6, model="llama-3.1-405b-instruct", benchmark="mgsm", shots=0)


def test_multilingual_table_keeps_the_language():
    res = doc(NAME)
    got = find(res, model="llama-3.1-8b-instruct", benchmark_label="MMLU (5-shot, macro_avg/acc)")
    assert sorted(s.value for s in got) == [50.32, 50.88, 60.59, 61.63, 62.12, 62.34, 62.45]
    # seven languages -> seven different identity keys
    assert len({s.key for s in got}) == 7
    hindi = [s for s in got if s.value == 50.88][0]
    assert hindi.key.subset is not None  # the language (Hindi) distinguishes the row
    thai = [s for s in find(res, model="llama-3.1-405b-instruct", benchmark_label="MMLU (5-shot, macro_avg/acc)")
            if s.value == 78.21]
    assert len(thai) == 1 and thai[0].key.shots == 5 and thai[0].key.metric == "macro_avg/acc"


def test_first_party():
    res = doc(NAME)
    assert cell(res, 75.7, model="llama-3-8b", benchmark="boolq").first_party is True
    assert cell(res, 92.0, model="llama-3.1-405b-instruct", benchmark="api-bank").first_party is True
