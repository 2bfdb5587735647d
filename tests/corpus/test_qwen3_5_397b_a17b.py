"""Qwen3.5-397B-A17B card, Language table (HTML regenerated from the row template): one <th> per line,
colspan category rows, '--' cells, bare integers ('48', '100'), dual cells ('69.0/78.6', '--/74.9'),
footnote digits in labels ('HLE-Verified¹', 'Search Agent³'). Baselines are frontier models only.
Document profile: thinking mode, GPQA = GPQA Diamond, TAU2-Bench airline fixes, BrowseComp dual values."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "qwen3.5-397b-a17b.md"
T = "thinking"


def test_counts():
    res = doc(NAME)
    # lines 88-456: 40 benchmark rows x 6 model columns = 240; minus 2 '--' cells (HLE-Verified and
    # BrowseComp-zh, K2.5); plus 1 for the Qwen3.5 BrowseComp cell '69.0/78.6' (two scores); K2.5's
    # '--/74.9' is one score.
    assert len(res.scores) == 239
    # Qwen3-Max-Thinking (40) + Qwen3.5-397B-A17B (40 + 1 dual)
    assert sum(1 for s in res.scores if s.first_party) == 81


def test_publisher_and_first_party():
    res = doc(NAME)
    assert res.document.publisher == "alibaba-qwen"
    assert cell(res, 87.8, model="qwen3.5-397b-a17b", benchmark="mmlu-pro", mode=T).first_party is True
    assert cell(res, 85.7, model="qwen3-max-thinking", benchmark="mmlu-pro", mode=T).first_party is True
    assert cell(res, 87.4, model="gpt-5.2", benchmark="mmlu-pro", mode=T).first_party is False
    assert cell(res, 89.5, model="claude-opus-4.5", benchmark="mmlu-pro", mode=T).first_party is False
    assert cell(res, 89.8, model="gemini-3-pro", benchmark="mmlu-pro", mode=T).first_party is False
    assert cell(res, 87.1, model="kimi-k2.5", benchmark="mmlu-pro", mode=T).first_party is False


def test_knowledge_if_long_context():
    res = doc(NAME)
    cell(res, 93.0, model="qwen3.5-397b-a17b", benchmark="c-eval", mode=T)        # line 123
    cell(res, 93.7, model="qwen3-max-thinking", benchmark="c-eval", mode=T)       # line 121
    cell(res, 58.0, model="claude-opus-4.5", benchmark="ifbench", mode=T)         # line 138
    cell(res, 76.5, model="qwen3.5-397b-a17b", benchmark="ifbench", mode=T)
    cell(res, 72.7, model="gpt-5.2", benchmark="aa-lcr", mode=T)                  # line 156
    cell(res, 68.2, model="gemini-3-pro", benchmark="longbench-v2", mode=T)       # line 167


def test_stem_and_reasoning():
    res = doc(NAME)
    # plain 'GPQA' is GPQA Diamond
    cell(res, 88.4, model="qwen3.5-397b-a17b", benchmark="gpqa-diamond", mode=T)  # line 180
    cell(res, 92.4, model="gpt-5.2", benchmark="gpqa-diamond", mode=T)
    cell(res, 28.7, model="qwen3.5-397b-a17b", benchmark="hle", mode=T, tools=None)  # line 189
    cell(res, 37.5, model="gemini-3-pro", benchmark="hle", mode=T, tools=None)
    # 'HLE-Verified¹': footnote digit stripped; Gemini '48' is a bare integer; K2.5 '--'
    cell(res, 48.0, model="gemini-3-pro", benchmark="hle-verified", mode=T)       # line 195
    cell(res, 37.6, model="qwen3.5-397b-a17b", benchmark="hle-verified", mode=T)
    assert find(res, model="kimi-k2.5", benchmark="hle-verified") == []
    cell(res, 100.0, model="gpt-5.2", benchmark="hmmt-nov-2025", mode=T)          # line 221, '100'
    cell(res, 94.8, model="qwen3.5-397b-a17b", benchmark="hmmt-feb-2025", mode=T)
    cell(res, 91.3, model="qwen3.5-397b-a17b", benchmark="aime-2026", mode=T)     # line 244
    cell(res, 83.6, model="qwen3.5-397b-a17b", benchmark="livecodebench-v6", mode=T, version=None)


def test_agents():
    res = doc(NAME)
    air = {"airline": "claude-opus-4.5-fixes"}
    cell(res, 86.7, model="qwen3.5-397b-a17b", benchmark="tau2-bench", mode=T, extra=air)  # line 263
    cell(res, 91.6, model="claude-opus-4.5", benchmark="tau2-bench", mode=T, extra=air)
    cell(res, 46.1, model="qwen3.5-397b-a17b", benchmark="mcp-mark", mode=T)               # line 299
    cell(res, 18.8, model="qwen3-max-thinking", benchmark="tool-decathlon", mode=T)        # line 288
    # Search Agent³ section: 'HLE w/ tool' is HLE with tools
    cell(res, 48.3, model="qwen3.5-397b-a17b", benchmark="hle", tools="tools", mode=T)     # line 309
    cell(res, 50.2, model="kimi-k2.5", benchmark="hle", tools="tools", mode=T)
    cell(res, 57.4, model="kimi-k2.5", benchmark="seal-0", mode=T)                         # line 344
    cell(res, 70.3, model="qwen3.5-397b-a17b", benchmark="browsecomp-zh", mode=T)          # line 327
    assert find(res, model="kimi-k2.5", benchmark="browsecomp-zh") == []


def test_browsecomp_dual_values():
    res = doc(NAME)
    da = {"context": "discard-all"}
    # '69.0/78.6' (line 318): context folding, then discard-all (footnote line 465)
    cell(res, 69.0, model="qwen3.5-397b-a17b", benchmark="browsecomp", mode=T, extra=None)
    cell(res, 78.6, model="qwen3.5-397b-a17b", benchmark="browsecomp", mode=T, extra=da)
    # '--/74.9' (line 317): one score, in the discard-all slot (the footnote names Kimi K2.5's discard-all)
    assert len(find(res, model="kimi-k2.5", benchmark="browsecomp")) == 1
    cell(res, 74.9, model="kimi-k2.5", benchmark="browsecomp", mode=T, extra=da)
    cell(res, 65.8, model="gpt-5.2", benchmark="browsecomp", mode=T, extra=None)


def test_multilingual_and_coding():
    res = doc(NAME)
    cell(res, 78.9, model="qwen3.5-397b-a17b", benchmark="wmt24pp", mode=T)               # line 409
    cell(res, 88.2, model="qwen3.5-397b-a17b", benchmark="maxife", mode=T)
    cell(res, 43.1, model="kimi-k2.5", benchmark="polymath", mode=T)                      # line 399
    cell(res, 80.9, model="claude-opus-4.5", benchmark="swe-bench-verified", mode=T)      # line 424
    cell(res, 22.5, model="qwen3-max-thinking", benchmark="terminal-bench-2", mode=T)     # line 453
    cell(res, 52.5, model="qwen3.5-397b-a17b", benchmark="terminal-bench-2", mode=T)


def test_no_qwen3_open_model():
    res = doc(NAME)
    assert {s.model for s in res.scores} == {"gpt-5.2", "claude-opus-4.5", "gemini-3-pro", "qwen3-max-thinking",
                                              "kimi-k2.5", "qwen3.5-397b-a17b"}
