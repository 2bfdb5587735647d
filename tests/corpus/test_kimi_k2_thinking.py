"""Kimi-K2-Thinking card (copy in akash-network/awesome-akash): a 'Setting' column (no tools / w/ tools /
heavy / w/ python / w/ simulated tools (JSON)) with blank benchmark cells on continuation rows, '*' marks,
an architecture table, and footnotes that change the model on 'heavy' rows (GPT-5 -> GPT-5 Pro)."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "kimi-k2-thinking.md"


def test_counts():
    res = doc(NAME)
    # Reasoning (lines 66-76): 11 rows x 6 = 66 minus 9 '-' = 57; General 4 x 5 = 20;
    # Agentic search 5 x 5 = 25; Coding 7 x 5 = 35. Scores quoted in the prose footnotes are not cells.
    assert len(res.scores) == 137
    # K2 Thinking (11 + 4 + 5 + 7 = 27) + K2 0905 (8 + 4 + 5 + 7 = 24)
    assert sum(1 for s in res.scores if s.first_party) == 51


def test_publisher():
    assert doc(NAME).document.publisher == "moonshot"


def test_architecture_table_is_not_scores():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line is not None and s.provenance.line < 64]


def test_setting_column_and_continuation_rows():
    res = doc(NAME)
    cell(res, 23.9, model="kimi-k2-thinking", benchmark="hle", subset="text-only", tools=None, extra=None)
    cell(res, 44.9, model="kimi-k2-thinking", benchmark="hle", subset="text-only", tools="tools")
    cell(res, 51.0, model="kimi-k2-thinking", benchmark="hle", extra={"setting": "heavy"})
    cell(res, 99.1, model="kimi-k2-thinking", benchmark="aime-2025", tools="python")
    cell(res, 94.5, model="kimi-k2-thinking", benchmark="aime-2025", tools=None, extra=None)
    cell(res, 70.4, model="kimi-k2-0905", benchmark="hmmt-feb-2025", tools="python")
    cell(res, 96.7, model="grok-4", benchmark="hmmt-feb-2025", extra={"setting": "heavy"})
    # '-' on heavy rows
    assert find(res, model="claude-sonnet-4.5", benchmark="hle", extra={"setting": "heavy"}) == []


def test_asterisk_values():
    res = doc(NAME)
    # '19.8*' (re-tested by Moonshot): the value is 19.8
    cell(res, 19.8, model="claude-sonnet-4.5", benchmark="hle", tools=None, extra=None, mode="thinking")
    cell(res, 41.7, model="gpt-5", benchmark="hle", tools="tools")
    cell(res, 58.1, model="deepseek-v3.2", benchmark="aime-2025", tools="python")
    cell(res, 25.5, model="kimi-k2-0905", benchmark="ojbench")


def test_other_tables():
    res = doc(NAME)
    cell(res, 84.6, model="kimi-k2-thinking", benchmark="mmlu-pro")
    cell(res, 67.2, model="gpt-5", benchmark="healthbench")
    cell(res, 79.8, model="claude-sonnet-4.5", benchmark="longform-writing")
    cell(res, 60.2, model="kimi-k2-thinking", benchmark="browsecomp", tools="tools")
    cell(res, 38.5, model="deepseek-v3.2", benchmark="seal-0")
    cell(res, 71.3, model="kimi-k2-thinking", benchmark="swe-bench-verified")
    cell(res, 83.1, model="kimi-k2-thinking", benchmark="livecodebench-v6")
    # GPQA: which set is not stated; check by label
    cell(res, 87.5, model="grok-4", benchmark_label="GPQA")
    # Grok-4 column exists only in the first table
    assert {s.provenance.line for s in find(res, model="grok-4")} <= set(range(66, 77))


def test_terminal_bench_setting_kept_as_written():
    res = doc(NAME)
    s = cell(res, 47.1, model="kimi-k2-thinking", benchmark_label="Terminal-Bench")
    # the Setting cell 'w/ simulated tools (JSON)' must not be mangled
    assert "simulated tools" in str(s.key.setting()).lower()
    assert "(json)" in str(s.key.setting()).lower()


def test_heavy_gpt5_is_gpt5_pro():
    res = doc(NAME)
    # footnote 6: "Heavy mode for GPT-5 denotes the official GPT-5 Pro score"
    cell(res, 42.0, model="gpt-5-pro", benchmark="hle", subset="text-only")
    cell(res, 100.0, model="gpt-5-pro", benchmark="aime-2025")
    cell(res, 100.0, model="gpt-5-pro", benchmark="hmmt-feb-2025")
    assert find(res, model="gpt-5", extra={"setting": "heavy"}) == []


def test_first_party():
    res = doc(NAME)
    assert cell(res, 7.9, model="kimi-k2-0905", benchmark="hle", tools=None, extra=None).first_party is True
    assert cell(res, 87.0, model="kimi-k2-thinking", benchmark="frames").first_party is True
    assert cell(res, 74.9, model="gpt-5", benchmark="swe-bench-verified").first_party is False
    assert cell(res, 67.8, model="deepseek-v3.2", benchmark="swe-bench-verified").first_party is False
