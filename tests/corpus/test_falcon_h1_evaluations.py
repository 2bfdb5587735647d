"""Falcon-H1 docs/evaluations.md: a settings table (base vs instruct shots) kept apart from the score
tables, twelve score tables whose columns read the same names in base and instruct sections (base vs
instruct only in the '## Falcon-H1-xB' / '## Falcon-H1-xB-Instruct' heading), short bold section rows."""

from __future__ import annotations

import pytest

from .util import cell, doc, find

NAME = "falcon-h1-evaluations.md"


def at(res, line: int, value: float, **match):
    """Exactly one score on ``line`` matches ``match`` and has ``value`` (the competitor columns repeat
    across the 0.5B, 1.5B and 1.5B-Deep tables)."""
    got = [s for s in find(res, **match) if s.provenance.line == line]
    assert len(got) == 1, f"{len(got)} scores on line {line} match {match}: {[(s.model, s.key.describe(), s.value) for s in got]}"
    assert got[0].value == pytest.approx(value)
    return got[0]


def test_counts():
    res = doc(NAME)
    # six base tables: 14 rows x 6 columns (7 for 7B) = 84*5 + 98 = 518
    # six instruct tables: 24 rows x 6 (7 for 7B and 34B) = 144*4 + 168*2 = 912; no '-' in any score table
    assert len(res.scores) == 1430
    # Falcon-H1 column (84 + 144 = 228) + TII's Falcon3 columns (4 x 38 + 2 x 38 = 228)
    assert sum(1 for s in res.scores if s.first_party) == 456


def test_publisher():
    assert doc(NAME).document.publisher == "tii"


def test_settings_table_is_not_scores():
    res = doc(NAME)
    assert all(s.provenance.line > 41 for s in res.scores)
    assert not find(res, benchmark_label="General")


def test_base_tables_are_base_models():
    res = doc(NAME)
    # '## Falcon-H1-0.5B' (base) table, lines 46-62
    cell(res, 40.22, model="falcon-h1-0.5b-base", benchmark="bbh")
    cell(res, 52.64, model="qwen3-0.6b-base", benchmark="mmlu")
    at(res, 49, 62.94, model="gemma-3-1b-pt", benchmark="hellaswag")
    at(res, 50, 62.75, model="llama-3.2-1b", benchmark="winogrande")
    at(res, 53, 3.4, model="falcon3-1b-base", benchmark="math-lvl5")
    # '## Falcon-H1-7B' (base), lines 274-290
    cell(res, 77.38, model="falcon-h1-7b-base", benchmark="mmlu")
    cell(res, 87.8, model="qwen3-8b-base", benchmark="humaneval")
    cell(res, 74.17, model="qwen2.5-7b", benchmark="mmlu")
    cell(res, 59.3, model="falcon3-10b-base", benchmark="bbh")
    # '## Falcon-H1-34B' (base), lines 331-347
    cell(res, 77.98, model="llama-4-scout-base", benchmark="mmlu")
    cell(res, 85.32, model="llama-3.1-70b", benchmark="winogrande")


def test_instruct_tables_are_instruct_models():
    res = doc(NAME)
    # '## Falcon-H1-0.5B-Instruct', lines 69-96
    cell(res, 42.91, model="falcon-h1-0.5b-instruct", benchmark="bbh")
    cell(res, 51.65, model="qwen3-0.6b", benchmark="truthfulqa")
    at(res, 88, 57.67, model="gemma-3-1b-it", benchmark="mbpp")
    at(res, 79, 0.0, model="llama-3.2-1b-instruct", benchmark="aime-2025")
    at(res, 70, 43.09, model="falcon3-1b-instruct", benchmark="arc-challenge")
    # '## Falcon-H1-7B-Instruct', lines 297-324
    cell(res, 62.41, model="qwen2.5-7b-instruct", benchmark="truthfulqa")
    cell(res, 82.49, model="llama-3.1-8b-instruct", benchmark="gsm8k")
    cell(res, 56.9, model="falcon-h1-7b-instruct", benchmark="gpqa-diamond")
    # '## Falcon-H1-34B-Instruct', lines 354-381
    cell(res, 89.94, model="llama-3.3-70b-instruct", benchmark="ifeval")
    cell(res, 51.18, model="llama-4-scout", benchmark="gpqa-diamond")
    cell(res, 54.6, model="qwen2.5-72b-instruct", benchmark="livecodebench")
    s = cell(res, 9.2, model="falcon-h1-34b-instruct", benchmark="mt-bench")
    assert s.scale == "score10"


def test_shots_from_the_settings_table():
    res = doc(NAME)
    # settings table: ARC-C 25-shot (base) / 0-shot (instruct); HellaSwag 10-shot / 0-shot;
    # BBH 3-shot both; MMLU 5-shot both; MATH lvl5 4-shot (base)
    cell(res, 65.19, model_label="Falcon-H1-7B", benchmark="arc-challenge", shots=25)
    cell(res, 59.98, model_label="Falcon-H1-7B", benchmark="arc-challenge", shots=0)
    cell(res, 81.26, model_label="Falcon-H1-7B", benchmark="hellaswag", shots=10)
    cell(res, 75.92, model_label="Falcon-H1-7B", benchmark="hellaswag", shots=0)
    cell(res, 60.61, model_label="Falcon-H1-7B", benchmark="bbh", shots=3, mode=None)  # base table
    cell(res, 62.28, model_label="Falcon-H1-7B", benchmark="bbh", shots=3, mode="non-thinking")  # instruct
    cell(res, 34.67, model_label="Falcon-H1-7B", benchmark="math-lvl5", shots=4)


def test_unresolved_labels_kept():
    res = doc(NAME)
    # 'CRUXEval' (input & output average) and plain 'GPQA' stay as written
    got = find(res, benchmark_label="CRUXEval")
    assert len(got) == 38
    assert len(find(res, benchmark_label="GPQA")) == 75


def test_first_party():
    res = doc(NAME)
    assert all(s.first_party for s in find(res, model_label="Falcon-H1-34B"))
    assert all(s.first_party for s in find(res, model_label="Falcon3-10B"))
    assert not any(s.first_party for s in find(res, model_label="Qwen2.5-72B"))
    assert not any(s.first_party for s in find(res, model_label="Llama4-scout"))
    assert len(find(res, model_label="Falcon3-1B")) == 3 * 38
