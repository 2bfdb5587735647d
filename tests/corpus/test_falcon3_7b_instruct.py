"""Falcon3-7B-Instruct card (transcribed copy): two HTML tables from two pipelines (Open LLM Leaderboard
normalized scores, then TII's raw lm-eval scores), rowspan categories, settings in the benchmark cell,
own model marked only by a <colgroup> colour."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "falcon3-7b-instruct.md"


def test_counts():
    res = doc(NAME)
    # leaderboard table (lines 109-143): 6 x 3 = 18 (Qwen2.5 MATH Lvl-5 is printed '0.00': a number, kept)
    # internal table (171-283): 18 x 3 = 54 minus 3 '-' = 51
    assert len(res.scores) == 69
    # Falcon3-7B-Instruct column: 6 + 18
    assert sum(1 for s in res.scores if s.first_party) == 24


def test_publisher():
    assert doc(NAME).document.publisher == "tii"


def test_internal_table():
    res = doc(NAME)
    cell(res, 70.5, model="falcon3-7b-instruct", benchmark="mmlu", shots=5)
    cell(res, 73.5, model="qwen2.5-7b-instruct", benchmark="mmlu", shots=5)
    cell(res, 81.4, model="falcon3-7b-instruct", benchmark="gsm8k", shots=5)
    cell(res, 85.4, model="llama-3.1-8b-instruct", benchmark="gsm8k", shots=8, extra={"prompt": "cot"})
    cell(res, 62.6, model="falcon3-7b-instruct", benchmark="arc-challenge", shots=25)
    cell(res, 94.7, model="falcon3-7b-instruct", benchmark="sciq", shots=0)
    cell(res, 70.4, model="falcon3-7b-instruct", benchmark="winogrande", shots=0)
    assert find(res, model="qwen2.5-7b-instruct", benchmark="winogrande") == []
    cell(res, 42.4, model="qwen2.5-7b-instruct", benchmark="openbookqa", shots=0)
    s = cell(res, 8.5, model="qwen2.5-7b-instruct", benchmark="mt-bench")
    assert s.scale == "score10"
    cell(res, 89.5, model="falcon3-7b-instruct", benchmark="bfcl", subset="ast")
    cell(res, 31.5, model="qwen2.5-7b-instruct", benchmark_label="Alpaca (WC)")
    # MATH Lvl-5: '-' for Qwen2.5 in this table
    got = find(res, model="qwen2.5-7b-instruct", benchmark="math-lvl5")
    assert [s.value for s in got] == [0.0] and got[0].provenance.line < 150


def test_gpqa_rows_keep_their_settings():
    res = doc(NAME)
    # 'GPQA (0-shot)' and 'GPQA (0-shot, COT)': the set is not stated, but the shots and the CoT prompt are
    # it is in both tables (8.05 leaderboard-normalised, 31.9 raw): the two are kept apart by table
    cell(res, 31.9, model="falcon3-7b-instruct", benchmark_label="GPQA (0-shot)", shots=0, extra={"table": "1"})
    cell(res, 8.05, model="falcon3-7b-instruct", benchmark_label="GPQA (0-shot)", shots=0, extra={"table": "0"})
    cell(res, 22.3, model="falcon3-7b-instruct", benchmark_label="GPQA (0-shot, COT)", shots=0,
         extra={"prompt": "cot"})
    cell(res, 13.8, model="qwen2.5-7b-instruct", benchmark_label="GPQA (0-shot, COT)", shots=0)


def test_two_pipelines_are_not_the_same_key():
    res = doc(NAME)
    # MMLU-PRO (5-shot): 34.30 in the Open LLM Leaderboard (normalized) table, 40.7 in the raw lm-eval table
    got = find(res, model="falcon3-7b-instruct", benchmark="mmlu-pro", shots=5)
    assert sorted(s.value for s in got) == [34.3, 40.7]
    assert got[0].key != got[1].key
    got = find(res, model="falcon3-7b-instruct", benchmark="math-lvl5", shots=4)
    assert sorted(s.value for s in got) == [29.4, 31.87]
    assert got[0].key != got[1].key
    got = find(res, model="llama-3.1-8b-instruct", benchmark="ifeval")
    assert sorted(s.value for s in got) == [78.56, 78.8]
    assert got[0].key != got[1].key


def test_leaderboard_table_values():
    res = doc(NAME)
    vals = {s.value for s in find(res, model="falcon3-7b-instruct") if s.provenance.line < 150}
    assert vals == {76.12, 37.92, 31.87, 8.05, 21.17, 34.3}
    vals = {s.value for s in find(res, model="llama-3.1-8b-instruct") if s.provenance.line < 150}
    assert vals == {78.56, 29.89, 19.34, 2.35, 8.41, 30.68}


def test_first_party():
    res = doc(NAME)
    assert cell(res, 94.7, model="falcon3-7b-instruct", benchmark="sciq").first_party is True
    assert cell(res, 50.9, model="qwen2.5-7b-instruct", benchmark="sciq").first_party is False
    assert all(s.first_party for s in find(res, model="falcon3-7b-instruct"))
    assert not any(s.first_party for s in find(res, model="qwen2.5-7b-instruct"))
    assert not any(s.first_party for s in find(res, model="llama-3.1-8b-instruct"))
