"""Skywork-OR1 README (official repo): one models-as-rows table, Avg@k and a LiveCodeBench date window in the
headers ('AIME24 (Avg@32)', 'LiveCodeBench (8/1/24-2/1/25) (Avg@4)'), own models as bold row labels."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "skywork-or1.md"


def test_counts():
    res = doc(NAME)
    # lines 66-74: 9 model rows x 3 benchmarks, no missing cells
    assert len(res.scores) == 27
    # Skywork-OR1-7B (line 68) and Skywork-OR1-32B (line 74)
    assert sum(1 for s in res.scores if s.first_party) == 6


def test_publisher():
    assert doc(NAME).document.publisher == "skywork"


def test_cells():
    res = doc(NAME)
    # avg@k is the standard way to report these benchmarks: k stays None
    cell(res, 55.5, model="deepseek-r1-distill-qwen-7b", benchmark="aime-2024", k=None)
    cell(res, 39.2, model="deepseek-r1-distill-qwen-7b", benchmark="aime-2025")
    cell(res, 44.3, model="light-r1-7b-ds", benchmark="aime-2025")
    cell(res, 70.2, model="skywork-or1-7b", benchmark="aime-2024", mode="thinking")
    cell(res, 54.6, model="skywork-or1-7b", benchmark="aime-2025", mode="thinking")
    cell(res, 47.6, model="skywork-or1-7b", benchmark="livecodebench", version="2024.08-2025.02")
    cell(res, 57.2, model="deepseek-r1-distill-qwen-32b", benchmark="livecodebench", version="2024.08-2025.02")
    cell(res, 78.1, model="tinyr1-32b-preview", benchmark="aime-2024")
    cell(res, 65.3, model="qwq-32b", benchmark="aime-2025")
    cell(res, 61.6, model="qwq-32b", benchmark="livecodebench")
    cell(res, 72.9, model="qwen3-32b", benchmark="aime-2025")
    cell(res, 79.8, model="deepseek-r1", benchmark="aime-2024", mode="thinking")
    cell(res, 82.2, model="skywork-or1-32b", benchmark="aime-2024", mode="thinking")
    cell(res, 63.0, model="skywork-or1-32b", benchmark="livecodebench", version="2024.08-2025.02")
    # the bold marks the own model's row label, not the value
    s = cell(res, 73.3, model="skywork-or1-32b", benchmark="aime-2025")
    assert s.model_label == "Skywork-OR1-32B"
    assert s.scale == "percent"


def test_first_party():
    res = doc(NAME)
    assert cell(res, 70.2, model="skywork-or1-7b", benchmark="aime-2024").first_party is True
    assert cell(res, 82.2, model="skywork-or1-32b", benchmark="aime-2024").first_party is True
    assert cell(res, 81.4, model="qwen3-32b", benchmark="aime-2024").first_party is False
    assert cell(res, 59.1, model="light-r1-7b-ds", benchmark="aime-2024").first_party is False
    assert {s.model for s in res.scores if s.first_party} == {"skywork-or1-7b", "skywork-or1-32b"}
    assert find(res, model_label="**Skywork-OR1-7B**") == []
