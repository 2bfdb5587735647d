"""DeepSeek-V3.1 card (copy in akash-network/awesome-akash): thinking / non-thinking columns of one model,
single-cell category rows, rows without trailing pipes, settings inside benchmark names."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "deepseek-v3.1.md"


def test_counts():
    res = doc(NAME)
    # lines 144-164: General 14, Search Agent 8, Code 10, Code Agent 9, Math 12
    assert len(res.scores) == 53
    # every column is a DeepSeek model
    assert sum(1 for s in res.scores if s.first_party) == 53


def test_publisher():
    assert doc(NAME).document.publisher == "deepseek"


def test_no_download_table():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line is not None and s.provenance.line < 141]


def test_mode_columns():
    res = doc(NAME)
    cell(res, 91.8, model="deepseek-v3.1", benchmark="mmlu-redux", mode="non-thinking")
    cell(res, 93.7, model="deepseek-v3.1", benchmark="mmlu-redux", mode="thinking")
    cell(res, 81.2, model="deepseek-v3-0324", benchmark="mmlu-pro")
    cell(res, 81.0, model="deepseek-r1-0528", benchmark="gpqa-diamond")
    cell(res, 56.4, model="deepseek-v3.1", benchmark="livecodebench", mode="non-thinking", version="2024.08-2025.05")
    cell(res, 74.8, model="deepseek-v3.1", benchmark="livecodebench", mode="thinking", version="2024.08-2025.05")
    cell(res, 84.2, model="deepseek-v3.1", benchmark="hmmt-feb-2025", mode="thinking")
    # last data row ends with a trailing pipe the others lack (line 164)
    cell(res, 79.4, model="deepseek-r1-0528", benchmark="hmmt-feb-2025")
    cell(res, 49.8, model="deepseek-v3.1", benchmark="aime-2025", mode="non-thinking")


def test_settings_in_benchmark_names():
    res = doc(NAME)
    cell(res, 15.9, model="deepseek-v3.1", benchmark="hle", mode="thinking", tools=None)
    cell(res, 29.8, model="deepseek-v3.1", benchmark="hle", mode="thinking", tools="python+search")
    cell(res, 24.8, model="deepseek-r1-0528", benchmark="hle", tools="python+search")
    cell(res, 2091, model="deepseek-v3.1", benchmark="codeforces", subset="div1", mode="thinking")
    cell(res, 66.0, model="deepseek-v3.1", benchmark="swe-bench-verified", mode="non-thinking")
    cell(res, 29.3, model="deepseek-v3-0324", benchmark="swe-bench-multilingual")
    cell(res, 49.2, model="deepseek-v3.1", benchmark="browsecomp-zh")
    # Terminal-bench version is not stated (the catalog keeps it ambiguous): check by label
    cell(res, 31.3, model="deepseek-v3.1", benchmark_label="Terminal-bench (Terminus 1 framework)", mode="non-thinking")
    cell(res, 5.7, model="deepseek-r1-0528", benchmark_label="Terminal-bench (Terminus 1 framework)")


def test_dashes():
    res = doc(NAME)
    assert find(res, model="deepseek-v3.1", benchmark="browsecomp", mode="non-thinking") == []
    assert find(res, model="deepseek-v3.1", benchmark="swe-bench-verified", mode="thinking") == []
    assert find(res, model="deepseek-v3-0324", benchmark="codeforces") == []


def test_first_party():
    res = doc(NAME)
    assert cell(res, 8.9, model="deepseek-r1-0528", benchmark="browsecomp").first_party is True
    assert cell(res, 59.4, model="deepseek-v3-0324", benchmark="aime-2024").first_party is True
    assert all(s.first_party for s in res.scores)
