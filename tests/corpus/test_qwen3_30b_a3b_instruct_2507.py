"""Qwen3-30B-A3B-Instruct-2507 card (byte-exact copy in peterhan91/mimic_skills, blank lines stripped):
a pipe table with no blank line around it, '#'-marked GPT-4o cells (footnote line 72: GPT-4o-20241120),
and the 1M-context RULER table (lines 278-282) with Full/Sparse Attention rows."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3-30b-a3b-instruct-2507.md"


def test_counts():
    res = doc(NAME)
    # main table lines 41-70: 25 benchmark rows x 6 models = 150, no missing cells
    # RULER 1M lines 280-282: 3 rows x 16 (Acc avg + 15 lengths) = 48
    assert len(res.scores) == 198
    # three Qwen columns x 25 = 75, plus all 48 RULER cells
    assert sum(1 for s in res.scores if s.first_party) == 123


def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_no_parameter_tables():
    res = doc(NAME)
    # the vLLM/SGLang parameter tables (lines 219-259) hold no scores
    assert [s for s in res.scores if 200 < s.provenance.line < 278] == []


def test_main_table_cells():
    res = doc(NAME)
    cell(res, 81.2, model="deepseek-v3-0324", benchmark="mmlu-pro", mode="non-thinking")  # bold
    cell(res, 91.3, model="gpt-4o-2025-03-27", benchmark="mmlu-redux", mode="non-thinking")
    cell(res, 78.3, model="gemini-2.5-flash", benchmark="gpqa-diamond", mode="non-thinking")
    cell(res, 48.2, model="qwen3-235b-a22b", benchmark="supergpqa", mode="non-thinking")
    cell(res, 61.3, model="qwen3-30b-a3b-instruct-2507", benchmark="aime-2025", mode="non-thinking")
    cell(res, 90.0, model="qwen3-30b-a3b-instruct-2507", benchmark="zebralogic", mode="non-thinking")
    cell(res, 29.0, model="qwen3-30b-a3b", benchmark="livecodebench-v6", version="2025.02-2025.05")
    cell(res, 59.6, model="qwen3-235b-a22b", benchmark="aider-polyglot", mode="non-thinking")
    cell(res, 69.0, model="qwen3-30b-a3b-instruct-2507", benchmark="arena-hard-v2", mode="non-thinking")
    cell(res, 85.5, model="qwen3-30b-a3b-instruct-2507", benchmark="writingbench", mode="non-thinking")
    cell(res, 65.2, model="gemini-2.5-flash", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 71.1, model="deepseek-v3-0324", benchmark="tau2-retail", mode="non-thinking")
    cell(res, 12.3, model="qwen3-30b-a3b-instruct-2507", benchmark="tau2-telecom", mode="non-thinking")
    cell(res, 70.8, model="qwen3-30b-a3b", benchmark="multi-if", mode="non-thinking")
    cell(res, 43.1, model="qwen3-30b-a3b-instruct-2507", benchmark="polymath", mode="non-thinking")


def test_gpt4o_hash_cells_are_gpt4o_2024_11_20():
    res = doc(NAME)
    # lines 61-65: the GPT-4o-0327 column's TAU cells are marked '#'; footnote line 72: "Results were
    # generated using GPT-4o-20241120, as access to the native function calling API of GPT-4o-0327 was
    # unavailable." These five scores are GPT-4o-2024-11-20's, not GPT-4o-0327's.
    cell(res, 60.3, model="gpt-4o-2024-11-20", benchmark="tau1-retail", mode="non-thinking")
    cell(res, 42.8, model="gpt-4o-2024-11-20", benchmark="tau1-airline")
    cell(res, 66.7, model="gpt-4o-2024-11-20", benchmark="tau2-retail")
    cell(res, 42.0, model="gpt-4o-2024-11-20", benchmark="tau2-airline")
    cell(res, 29.8, model="gpt-4o-2024-11-20", benchmark="tau2-telecom")
    for b in ("tau1-retail", "tau1-airline", "tau2-retail", "tau2-airline", "tau2-telecom"):
        assert find(res, model="gpt-4o-2025-03-27", benchmark=b) == []
    assert len(find(res, model="gpt-4o-2025-03-27")) == 20


def test_ruler_1m():
    res = doc(NAME)
    # line 280: the original Qwen3-30B-A3B in non-thinking mode; 'Acc avg' is RULER's overall score
    cell(res, 72.0, model="qwen3-30b-a3b", benchmark="ruler", mode="non-thinking", version="1m", subset=None)
    cell(res, 50.9, model="qwen3-30b-a3b", benchmark="ruler", version="1m", subset="1000k")
    # lines 281-282: Full / Sparse Attention rows of the 2507 model
    full = {"model_variant": "full attention"}
    sparse = {"model_variant": "sparse attention"}
    cell(res, 86.8, model="qwen3-30b-a3b-instruct-2507", benchmark="ruler", version="1m", subset=None, extra=full)
    cell(res, 98.0, model="qwen3-30b-a3b-instruct-2507", benchmark="ruler", version="1m", subset="4k", extra=full)
    cell(res, 72.8, model="qwen3-30b-a3b-instruct-2507", benchmark="ruler", version="1m", subset="1000k", extra=full)
    cell(res, 86.8, model="qwen3-30b-a3b-instruct-2507", benchmark="ruler", version="1m", subset=None, extra=sparse)
    cell(res, 97.1, model="qwen3-30b-a3b-instruct-2507", benchmark="ruler", version="1m", subset="8k", extra=sparse)
    cell(res, 72.2, model="qwen3-30b-a3b-instruct-2507", benchmark="ruler", version="1m", subset="1000k", extra=sparse)
    assert all(s.key.setting().get("version") == "1m" for s in find(res, benchmark="ruler"))
    assert len(find(res, benchmark="ruler")) == 48


def test_first_party():
    res = doc(NAME)
    assert cell(res, 78.4, model="qwen3-30b-a3b-instruct-2507", benchmark="mmlu-pro").first_party is True
    assert cell(res, 75.2, model="qwen3-235b-a22b", benchmark="mmlu-pro").first_party is True
    assert cell(res, 81.1, model="gemini-2.5-flash", benchmark="mmlu-pro").first_party is False
    assert cell(res, 79.8, model="gpt-4o-2025-03-27", benchmark="mmlu-pro").first_party is False
