"""Hunyuan-A13B official README: a base-model table (header note says base models), an instruct table that
stacks several benchmarks in one row with <br> (cells zipped line by line), and FP8 / Int4 tables."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "hunyuan-a13b.md"


def test_counts():
    res = doc(NAME)
    # base table (63-76): 14 x 4 = 56 minus 2 '-' = 54
    # instruct table (83-90): 3+2+3+3+2+2+2+4 = 21 stacked benchmarks x 4 models = 84
    # FP8 (156-159): 4 x 2 = 8; Int4 (169-173): 5 x 2 = 10
    assert len(res.scores) == 156
    # Hunyuan-Large + Hunyuan-A13B base (28) + Hunyuan-A13B-Instruct (21) + FP8 (8) + Int4 (10)
    assert sum(1 for s in res.scores if s.first_party) == 67


def test_publisher():
    assert doc(NAME).document.publisher == "tencent"


def test_base_table():
    res = doc(NAME)
    cell(res, 88.4, model="hunyuan-large-pretrain", benchmark="mmlu")
    cell(res, 67.23, model="hunyuan-a13b-pretrain", benchmark="mmlu-pro")
    cell(res, 85.8, model="qwen2.5-72b", benchmark="bbh")
    cell(res, 83.86, model="hunyuan-a13b-pretrain", benchmark="mbpp")
    cell(res, 57.63, model="qwen2.5-72b", benchmark="crux-i")
    cell(res, 91.83, model="hunyuan-a13b-pretrain", benchmark="gsm8k")
    cell(res, 49.12, model="hunyuan-a13b-pretrain", benchmark_label="GPQA")
    assert find(res, model_label="Qwen3-A22B", benchmark="cmath") == []


def test_base_table_qwen3_is_the_base_model():
    res = doc(NAME)
    # "The following benchmarks are evaluated ... on several **base models**": 'Qwen3-A22B' here is
    # Qwen3-235B-A22B-Base
    cell(res, 87.81, model="qwen3-235b-a22b-base", benchmark="mmlu")
    cell(res, 79.0, model="qwen3-235b-a22b-base", benchmark="crux-o")


def test_stacked_instruct_table():
    res = doc(NAME)
    # line 83: 'AIME 2024<br>AIME 2025<br>MATH' x '74.3<br>79.2<br>96.4'
    cell(res, 74.3, model="o1", benchmark="aime-2024")
    cell(res, 79.2, model="o1", benchmark="aime-2025")
    cell(res, 96.4, model="o1", benchmark="math")
    cell(res, 70, model="deepseek-r1", benchmark="aime-2025")
    cell(res, 76.8, model="hunyuan-a13b-instruct", benchmark="aime-2025")
    cell(res, 71.2, model="hunyuan-a13b-instruct", benchmark="gpqa-diamond")
    cell(res, 85.7, model="qwen3-235b-a22b", benchmark="olympiadbench")
    cell(res, 43, model="hunyuan-a13b-instruct", benchmark="artifactsbench")
    cell(res, 84.7, model="hunyuan-a13b-instruct", benchmark="zebralogic")
    cell(res, 91.8, model="o1", benchmark="ifeval")
    cell(res, 71.9, model="hunyuan-a13b-instruct", benchmark="insctrl")
    cell(res, 55.9, model="deepseek-r1", benchmark_label="LengthCtrl")
    cell(res, 56.4, model="qwen3-235b-a22b", benchmark="word-task")
    # 4-line agent row, with a leading space before some labels
    cell(res, 78.3, model="hunyuan-a13b-instruct", benchmark="bfcl-v3")
    cell(res, 54.7, model="hunyuan-a13b-instruct", benchmark_label="τ-Bench")
    cell(res, 40.6, model="qwen3-235b-a22b", benchmark="complexfuncbench")
    cell(res, 63.5, model="hunyuan-a13b-instruct", benchmark="c3-bench")
    # category labels with <br> are not benchmarks
    assert not find(res, benchmark_label="Instruction Following")


def test_quantization_tables():
    res = doc(NAME)
    cell(res, 86.7, model="hunyuan-a13b-instruct-fp8", benchmark="aime-2024")
    cell(res, 94.01, model="hunyuan-a13b-instruct-fp8", benchmark="gsm8k")
    cell(res, 91.1, model="hunyuan-a13b-instruct-fp8", benchmark="drop")
    cell(res, 84.0, model="hunyuan-a13b-instruct-gptq-int4", benchmark="olympiadbench")
    cell(res, 87.91, model="hunyuan-a13b-instruct-gptq-int4", benchmark="bbh")
    # the BF16 reference column repeats in both quantization tables (and the AIME 2024 value in the
    # instruct table)
    aime = find(res, model="hunyuan-a13b-instruct", benchmark="aime-2024")
    assert sorted(s.provenance.line for s in aime) == [83, 156, 170]
    assert {s.value for s in aime} == {87.3}
    gsm = find(res, model="hunyuan-a13b-instruct", benchmark="gsm8k")
    assert sorted(s.provenance.line for s in gsm) == [157, 171]


def test_first_party():
    res = doc(NAME)
    assert cell(res, 60.2, model="hunyuan-large-pretrain", benchmark="mmlu-pro").first_party is True
    assert cell(res, 62.12, model="qwen2.5-72b", benchmark="math").first_party is False
    assert cell(res, 94.24, model="hunyuan-a13b-instruct-gptq-int4", benchmark="gsm8k").first_party is True
    assert cell(res, 68.18, model_label="Qwen3-A22B", benchmark="mmlu-pro").first_party is False
