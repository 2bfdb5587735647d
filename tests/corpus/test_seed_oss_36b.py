"""Seed-OSS-36B README (official repo): HTML tables with colspan section rows, model names in <sup> (some with
links) in the header, '58.5 (55.1)' = reproduced (reported) in the '*' columns, a reported-only '(54.8)',
bold / <ins> marks, settings in the benchmark cell ('LiveCodeBench v6<br/><sup>(02/2025-05/2025)</sup>',
'SWE-Bench Verified<br/><sup>(OpenHands)</sup>' vs '(AgentLess 4*10)', 'RULER<br/><sup>(128K)</sup>'), two variants
of the base model told apart by '(<i>w/ syn.</i>)' / '(<i>w/o syn.</i>)', and a markdown model-info table."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "seed-oss-36b.md"
BASE = "seed-oss-36b-base"
WOSYN = "seed-oss-36b-base-wosyn"
INST = "seed-oss-36b-instruct"


def test_counts():
    res = doc(NAME)
    # base table (l.78-194): 11 benchmarks x 5 models = 55, no '-';
    # instruct table (l.206-445): 21 benchmarks x 6 models = 126 minus 22 '-' = 104, counting the three
    # reported-only cells '(54.8)' (l.363), '(38)' (l.372), '<b>(60.7)</b>' (l.381) of OAI-OSS-20B
    # ... plus the 26 numbers in parentheses beside a score ('58.5 (55.1)'), each its own score
    assert len(res.scores) == 185
    # ByteDance Seed's own: Seed1.6-Base, Seed-OSS-36B-Base, -woSyn (11 each), Seed1.6-Thinking-0715 (20),
    # Seed-OSS-36B-Instruct (21)
    assert sum(1 for s in res.scores if s.first_party) == 74


def test_publisher():
    assert doc(NAME).document.publisher == "bytedance-seed"


def test_model_info_table_is_not_scores():
    res = doc(NAME)
    assert not [s for s in res.scores if s.provenance.line < 78]


def test_base_cells():
    res = doc(NAME)
    cell(res, 70, model="seed1.6-base", benchmark="mmlu-pro")
    cell(res, 59.8, model="qwen3-30b-a3b-base-2507", benchmark="mmlu-pro")
    # '58.5 (55.1)': the reproduced value as the score, the reported one in parentheses marked as such
    s = cell(res, 58.5, model="qwen2.5-32b", benchmark="mmlu-pro", extra=None)
    assert s.value_text.startswith("58.5")
    cell(res, 55.1, model="qwen2.5-32b", benchmark="mmlu-pro", extra={"qualifier": "in parentheses"})
    cell(res, 84, model="qwen2.5-32b", benchmark="mmlu", extra=None)
    cell(res, 47.6, model="qwen2.5-32b", benchmark="humaneval", extra=None)
    cell(res, 82.1, model=BASE, benchmark="triviaqa")
    cell(res, 81.7, model=BASE, benchmark="math")
    cell(res, 61.3, model=WOSYN, benchmark="math")
    cell(res, 35.2, model=WOSYN, benchmark="gpqa-diamond")
    cell(res, 70.1, model=WOSYN, benchmark="agieval-en")
    cell(res, 37, model="qwen3-30b-a3b-base-2507", benchmark="gpqa-diamond")


def test_syn_marker_names_the_model_not_a_setting():
    # '(<i>w/ syn.</i>)' / '(<i>w/o syn.</i>)' tell the two base checkpoints apart; the model ids already do.
    # Kept in the key, they stop these scores from pairing with the same benchmark anywhere else.
    res = doc(NAME)
    cell(res, 65.1, model=BASE, benchmark="mmlu-pro", extra=None)
    cell(res, 60.4, model=WOSYN, benchmark="mmlu-pro", extra=None)
    assert [s.model for s in res.scores if "extra" in s.key.setting() and s.model in (BASE, WOSYN)] == []


def test_instruct_cells():
    res = doc(NAME)
    cell(res, 86.6, model="seed1.6-thinking-0715", benchmark="mmlu-pro", extra=None)
    cell(res, 81.9, model="qwen3-30b-a3b-thinking-2507", benchmark="mmlu-pro", extra=None)
    cell(res, 81.7, model="gpt-oss-20b", benchmark="mmlu", extra=None)
    cell(res, 72.2, model="gpt-oss-20b", benchmark="gpqa-diamond", extra=None)
    cell(res, 42.4, model="gemma-3-27b-it", benchmark="gpqa-diamond", extra=None)
    cell(res, 71.4, model=INST, benchmark="gpqa-diamond", extra=None)
    cell(res, 55.7, model=INST, benchmark="supergpqa", extra=None)
    cell(res, 91.7, model=INST, benchmark="aime-2024", extra=None)
    cell(res, 73.3, model="qwen3-32b", benchmark="aime-2025", extra=None)
    cell(res, 65, model=INST, benchmark="beyondaime", extra=None)
    s = cell(res, 1.45, model=INST, benchmark="arc-agi-2", extra=None)
    assert s.scale == "percent"
    cell(res, 0, model="qwen3-32b", benchmark="arc-agi-2", extra=None)
    cell(res, 10.1, model=INST, benchmark="hle", extra=None)
    cell(res, 90.4, model="gemma-3-27b-it", benchmark="ifeval", extra=None)
    cell(res, 70.4, model=INST, benchmark="tau1-retail", extra=None)
    cell(res, 17, model=INST, benchmark="multi-swe-bench", extra=None)
    cell(res, 78.4, model=INST, benchmark="mmmlu", extra=None)
    cell(res, 75.6, model=INST, benchmark="air-bench", extra=None)
    # Gemma3-27B (copied from its tech report) has 5 values: MMLU-Pro, MMLU, GPQA-D, SimpleQA, IFEval
    assert sorted(s.value for s in find(res, model="gemma-3-27b-it")) == [10, 42.4, 67.5, 76.9, 90.4]


def test_swe_bench_scaffolds_are_two_keys():
    res = doc(NAME)
    got = find(res, model=INST, benchmark="swe-bench-verified")
    assert sorted(s.value for s in got) == [47, 56]
    assert len({s.key for s in got}) == 2
    # OAI-OSS-20B has no AgentLess value ('-', l.390)
    assert sorted(s.value for s in find(res, model="seed1.6-thinking-0715", benchmark="swe-bench-verified")) == [41.8, 48.4]


def test_reported_only_cells():
    # OAI-OSS-20B '(54.8)' (l.363), '(38)' (l.372), '<b>(60.7)</b>' (l.381): the column shows
    # 'reproduced (reported)'; where the run failed only the reported number is printed. Each is one score,
    # marked like the reported numbers beside a reproduction
    res = doc(NAME)
    cell(res, 54.8, model="gpt-oss-20b", benchmark="tau1-retail", extra={"qualifier": "in parentheses"})
    cell(res, 38, model="gpt-oss-20b", benchmark="tau1-airline", extra={"qualifier": "in parentheses"})
    cell(res, 60.7, model="gpt-oss-20b", benchmark="swe-bench-verified",
         extra={"qualifier": "openhands in parentheses"})


def test_livecodebench_date_window_is_the_version():
    # 'LiveCodeBench v6<br/><sup>(02/2025-05/2025)</sup>' (l.334): the date window goes to `version`, as it does
    # for 'LiveCodeBench *(24/8~25/5)*' in other cards
    res = doc(NAME)
    cell(res, 67.4, model=INST, benchmark="livecodebench-v6", version="2025.02-2025.05", extra=None)
    cell(res, 53.4, model="qwen3-32b", benchmark="livecodebench-v6", version="2025.02-2025.05", extra=None)


def test_ruler_context_length_is_the_subset():
    # 'RULER<br/><sup>(128K)</sup>' (l.423): the context length is a subset, as in 'RULER 128K' elsewhere
    res = doc(NAME)
    cell(res, 94.6, model=INST, benchmark="ruler", subset="128k", extra=None)
    cell(res, 78.7, model="gpt-oss-20b", benchmark="ruler", subset="128k", extra=None)


def test_first_party():
    res = doc(NAME)
    assert cell(res, 84.9, model=BASE, benchmark="mmlu", extra=None).first_party is True
    assert cell(res, 84.8, model=WOSYN, benchmark="mmlu", extra=None).first_party is True
    assert cell(res, 88.8, model="seed1.6-base", benchmark="mmlu", extra=None).first_party is True
    assert cell(res, 87.4, model=INST, benchmark="mmlu", extra=None).first_party is True
    assert cell(res, 90.6, model="seed1.6-thinking-0715", benchmark="mmlu", extra=None).first_party is True
    assert cell(res, 82.7, model="qwen3-30b-a3b-base-2507", benchmark="mmlu", extra=None).first_party is False
    assert cell(res, 86.2, model="qwen3-32b", benchmark="mmlu", extra=None).first_party is False
    assert cell(res, 76.9, model="gemma-3-27b-it", benchmark="mmlu", extra=None).first_party is False
