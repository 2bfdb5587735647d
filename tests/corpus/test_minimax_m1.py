"""MiniMax-M1 README (official repo): one wide table, models as columns, bold-italic categories
('***Mathematics***'), a first data row that is the thinking budget per model
('| | *Extended Thinking* | *80K* | *40K* | *32k* |...', not scores), settings in italics inside the task cell
('LiveCodeBench *(24/8~25/5)*', 'HLE *(no tools)*', 'OpenAI-MRCR *(128k)*' / '*(1M)*', 'TAU-bench *(airline)*'),
'--' for missing, and escaped asterisks ('8.4\\*') that mark results on the text-only HLE subset (footnote l.104)."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "minimax-m1.md"


def test_counts():
    res = doc(NAME)
    # lines 86-102: 17 task rows x 9 models = 153, minus 10 '--' (FullStackBench 1, MRCR 1M 6, TAU airline 1,
    # TAU retail 1, SimpleQA 1) = 143; the budget row (line 85) is not scores
    assert len(res.scores) == 143
    # MiniMax-M1-80K and MiniMax-M1-40K: 17 each
    assert sum(1 for s in res.scores if s.first_party) == 34


def test_publisher():
    assert doc(NAME).document.publisher == "minimax"


def test_thinking_budget_row_is_not_scores():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line == 85]
    for v in (80, 40, 32, 64, 100):
        assert not [s for s in res.scores if s.value == v and s.provenance.line == 85]
    assert find(res, benchmark_label="Extended Thinking") == []


def test_cells():
    res = doc(NAME)
    cell(res, 86.0, model="minimax-m1-80k", benchmark="aime-2024", mode="thinking")
    cell(res, 83.3, model="minimax-m1-40k", benchmark="aime-2024", mode="thinking")
    cell(res, 91.4, model="deepseek-r1-0528", benchmark="aime-2024")
    cell(res, 87.5, model="deepseek-r1-0528", benchmark="aime-2025")
    cell(res, 98.8, model="gemini-2.5-pro-preview-06-05", benchmark="math-500")
    cell(res, 65.0, model="minimax-m1-80k", benchmark="livecodebench", version="2024.08-2025.05")
    cell(res, 75.8, model="o3", benchmark="livecodebench", version="2024.08-2025.05")
    cell(res, 70.3, model="claude-opus-4", benchmark="fullstackbench")
    cell(res, 70.0, model="minimax-m1-80k", benchmark="gpqa-diamond")
    cell(res, 71.1, model="qwen3-235b-a22b", benchmark="gpqa-diamond")
    cell(res, 95.8, model="o3", benchmark="zebralogic")
    cell(res, 87.0, model="seed-thinking-v1.5", benchmark="mmlu-pro")
    cell(res, 56.0, model="minimax-m1-80k", benchmark="swe-bench-verified")
    cell(res, 72.5, model="claude-opus-4", benchmark="swe-bench-verified")
    cell(res, 61.5, model="minimax-m1-80k", benchmark="longbench-v2")
    cell(res, 62.0, model="minimax-m1-80k", benchmark="tau1-airline")
    cell(res, 81.4, model="claude-opus-4", benchmark="tau1-retail")
    cell(res, 30.1, model="deepseek-r1", benchmark="simpleqa")
    cell(res, 56.5, model="o3", benchmark="multichallenge")
    cell(res, 44.7, model="minimax-m1-40k", benchmark="multichallenge")


def test_missing_marks():
    res = doc(NAME)
    # '--' cells: Gemini FullStackBench (l.90), DeepSeek-R1 TAU-bench (l.99, 100), Claude SimpleQA (l.101)
    assert find(res, model="gemini-2.5-pro-preview-06-05", benchmark="fullstackbench") == []
    assert find(res, model="deepseek-r1", benchmark="tau1-airline") == []
    assert find(res, model="deepseek-r1", benchmark="tau1-retail") == []
    assert find(res, model="claude-opus-4", benchmark="simpleqa") == []
    # MRCR 1M: only the two M1 models and Gemini have values (l.97)
    assert {s.model for s in res.scores if s.provenance.line == 97} == {
        "minimax-m1-80k", "minimax-m1-40k", "gemini-2.5-pro-preview-06-05"}


def test_mrcr_context_length_is_in_the_key():
    # 'OpenAI-MRCR *(128k)*' (l.96) and 'OpenAI-MRCR *(1M)*' (l.97) are two settings of one benchmark; the
    # catalog says the context length is a setting. The two cells of one model must not share a key.
    res = doc(NAME)
    got = find(res, model="minimax-m1-80k", benchmark="openai-mrcr")
    assert sorted(s.value for s in got) == [56.2, 73.4]
    assert len({s.key for s in got}) == 2
    got = find(res, model="gemini-2.5-pro-preview-06-05", benchmark="openai-mrcr")
    assert sorted(s.value for s in got) == [58.8, 76.8]
    assert len({s.key for s in got}) == 2


def test_hle_text_only_asterisk():
    # 'HLE *(no tools)*' (l.92): '8.4\*' = text-only HLE subset (footnote l.104); unstarred cells are full HLE
    res = doc(NAME)
    s = cell(res, 8.4, model="minimax-m1-80k", benchmark="hle", subset="text-only")
    assert s.value_text.rstrip("\\*") == "8.4"
    cell(res, 7.2, model="minimax-m1-40k", benchmark="hle", subset="text-only")
    cell(res, 7.6, model="qwen3-235b-a22b", benchmark="hle", subset="text-only")
    cell(res, 17.7, model="deepseek-r1-0528", benchmark="hle", subset="text-only")
    cell(res, 8.6, model="deepseek-r1", benchmark="hle", subset="text-only")
    cell(res, 8.2, model="seed-thinking-v1.5", benchmark="hle", subset=None)
    cell(res, 21.6, model="gemini-2.5-pro-preview-06-05", benchmark="hle", subset=None)


def test_every_column_is_extended_thinking():
    # the 'Extended Thinking' row gives every model a thinking budget (Qwen3 32k, Claude 4 Opus 64k): all
    # columns were run in thinking mode, including the hybrid Qwen3-235B-A22B and Claude 4 Opus
    res = doc(NAME)
    cell(res, 85.7, model="qwen3-235b-a22b", benchmark="aime-2024", mode="thinking")
    cell(res, 76.0, model="claude-opus-4", benchmark="aime-2024", mode="thinking")
    assert [s for s in res.scores if s.key.mode != "thinking"] == []


def test_first_party():
    res = doc(NAME)
    assert cell(res, 76.9, model="minimax-m1-80k", benchmark="aime-2025").first_party is True
    assert cell(res, 74.6, model="minimax-m1-40k", benchmark="aime-2025").first_party is True
    assert cell(res, 81.5, model="qwen3-235b-a22b", benchmark="aime-2025").first_party is False
    assert cell(res, 88.9, model="o3", benchmark="aime-2025").first_party is False
