"""GLM-4-0414 official README: models-as-rows tables, a 'Framework' column that repeats the same model,
link-wrapped headers, HTML showcase tables and download tables with no scores."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "glm-4-0414.md"


def test_counts():
    res = doc(NAME)
    # lines 160-164: 5 models x 7 benchmarks = 35; lines 170-172: 3 frameworks x 2 = 6
    assert len(res.scores) == 41
    # GLM-4-32B-0414 row (7) + the SWE-bench table (6)
    assert sum(1 for s in res.scores if s.first_party) == 13


def test_publisher():
    assert doc(NAME).document.publisher == "zhipu"


def test_no_scores_outside_the_two_tables():
    res = doc(NAME)
    # HTML showcase tables (34-109) and download tables (126-148) hold no scores
    assert all(s.provenance.line in range(160, 173) for s in res.scores)


def test_main_table():
    res = doc(NAME)
    cell(res, 87.6, model="glm-4-32b-0414", benchmark="ifeval")
    cell(res, 85.6, model="qwen2.5-max", benchmark="ifeval")
    cell(res, 69.6, model="gpt-4o-2024-11-20", benchmark="bfcl-v3", subset=None, extra=None)
    cell(res, 66.2, model="deepseek-v3-0324", benchmark="bfcl-v3", subset=None, extra=None)
    cell(res, 60.7, model="deepseek-v3-0324", benchmark="tau1-retail")
    cell(res, 37.3, model="deepseek-r1", benchmark="tau1-airline")
    cell(res, 51.2, model="glm-4-32b-0414", benchmark="tau1-airline")
    cell(res, 88.1, model="glm-4-32b-0414", benchmark="simpleqa")
    cell(res, 63.1, model="deepseek-r1", benchmark="hotpotqa")


def test_bfcl_multiturn_is_a_subset():
    res = doc(NAME)
    # 'BFCL-v3 (MultiTurn)' is the multi-turn category of BFCL v3 (same subset as DeepSeek's
    # 'BFCL_v3_MultiTurn'), not a free-form qualifier
    cell(res, 41.5, model="glm-4-32b-0414", benchmark="bfcl-v3", subset="multi-turn")
    cell(res, 12.4, model="deepseek-r1", benchmark="bfcl-v3", subset="multi-turn")


def test_framework_column():
    res = doc(NAME)
    got = find(res, model="glm-4-32b-0414", benchmark="swe-bench-verified")
    assert sorted(s.value for s in got) == [27.2, 30.7, 33.8]
    cell(res, 33.8, model="glm-4-32b-0414", benchmark="swe-bench-verified", extra={"framework": "moatless"})
    cell(res, 34.0, model="glm-4-32b-0414", benchmark="swe-bench-verified-mini", extra={"framework": "agentless"})
    cell(res, 28.0, model="glm-4-32b-0414", benchmark="swe-bench-verified-mini", extra={"framework": "openhands"})
    # header labels are link-wrapped: the label is the link text
    assert {s.benchmark_label for s in got} == {"SWE-bench Verified"}


def test_first_party():
    res = doc(NAME)
    assert cell(res, 63.8, model="glm-4-32b-0414", benchmark="hotpotqa").first_party is True
    assert cell(res, 82.8, model="gpt-4o-2024-11-20", benchmark="simpleqa").first_party is False
    assert cell(res, 83.9, model="deepseek-r1", benchmark="simpleqa").first_party is False
