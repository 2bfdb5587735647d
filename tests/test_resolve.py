"""Label resolution: aliases, typos, settings glued to labels, and conservatism."""

import pytest

from benchlens.catalog import get_catalog, normalize, resolve_benchmark, resolve_model
from benchlens.catalog.resolve import parse_qualifier, parse_window


def test_catalog_sizes_and_required_coverage():
    cat = get_catalog()
    assert len(cat.benchmarks) >= 90
    for bid in ("bfcl-v3", "bfcl-v4", "livecodebench-v5", "livecodebench-v6", "aime-2025", "aime-2026",
                "hmmt-feb-2025", "hmmt-nov-2025", "mmlu-pro", "gpqa-diamond", "tau2-airline", "swe-bench-verified"):
        assert bid in cat.benchmarks
    sizes = ["0.6b", "1.7b", "4b", "8b", "14b", "32b", "30b-a3b", "235b-a22b"]
    for s in sizes:
        assert f"qwen3-{s}" in cat.models
    for s in ["0.8b", "2b", "4b", "9b", "27b", "35b-a3b", "122b-a10b", "397b-a17b"]:
        assert f"qwen3.5-{s}" in cat.models
    for mid in ("qwen3-235b-a22b-instruct-2507", "qwen3-235b-a22b-thinking-2507", "qwen3-30b-a3b-instruct-2507",
                "qwen3-4b-thinking-2507", "qwen3-next-80b-a3b-instruct", "qwen3.6-35b-a3b"):
        assert mid in cat.models


def test_normalize_ignores_case_spaces_dashes_but_keeps_dots():
    assert normalize("MMLU-Pro") == normalize("mmlu pro") == normalize("MMLU_Pro")
    assert normalize("Qwen3.5-27B") != normalize("Qwen3-527B")


@pytest.mark.parametrize("label, bid", [
    ("MMLU-Pro", "mmlu-pro"), ("MMLU Pro", "mmlu-pro"), ("mmlu_pro", "mmlu-pro"),
    ("GPQA-Diamond", "gpqa-diamond"), ("GPQA Diamond", "gpqa-diamond"),
    ("AIME’25", "aime-2025"), ("AIME25", "aime-2025"), ("AIME 2025", "aime-2025"),
    ("HMMT25", "hmmt-feb-2025"), ("HMMT Feb 25", "hmmt-feb-2025"),
    ("BFCL-v3", "bfcl-v3"), ("BFCL v3", "bfcl-v3"), ("BFCL-V4", "bfcl-v4"),
    ("**IFEval**", "ifeval"), ("Arena-Hard v2*", "arena-hard-v2"), ("HLE-Verified¹", "hle-verified"),
])
def test_benchmark_aliases_and_markup(label, bid):
    r = resolve_benchmark(label)
    assert r.id == bid, (label, r)


def test_settings_glued_to_benchmark_labels():
    r = resolve_benchmark("MMLU-Pro (5-shot)")
    assert r.id == "mmlu-pro" and r.setting == {"shots": 5}
    r = resolve_benchmark("AIME 2024 cons@64")
    assert r.id == "aime-2024" and r.setting == {"k": "cons@64"}
    r = resolve_benchmark("LiveCodeBench v6 (25.02-25.05)")
    assert r.id == "livecodebench-v6" and r.setting == {"version": "2025.02-2025.05"}
    r = resolve_benchmark("HLE w/ tool")
    assert r.id == "hle" and r.setting.get("tools") == "tools"
    r = resolve_benchmark("IFEval strict prompt")  # the standard metric adds nothing to the key
    assert r.id == "ifeval" and "metric" not in r.setting


def test_unknown_qualifier_is_kept_not_dropped():
    r = resolve_benchmark("MMLU-Pro (frobnicated)")
    assert r.id == "mmlu-pro"
    assert r.setting["extra"]["qualifier"] == "frobnicated"


def test_ambiguous_and_unknown_labels_are_not_guessed():
    r = resolve_benchmark("GPQA")
    assert r.id is None and r.status == "ambiguous"
    assert "gpqa-diamond" in r.candidates
    r = resolve_benchmark("Totally Made Up Bench")
    assert r.id is None and r.status == "unknown"


def test_windows_in_many_spellings():
    assert parse_window("25.02-25.05") == "2025.02-2025.05"
    assert parse_window("2408-2505") == "2024.08-2025.05"
    assert parse_window("24/8~25/5") == "2024.08-2025.05"
    assert parse_window("8/1/24-2/1/25") == "2024.08-2025.02"
    assert parse_window("20241125") == "2024-11-25"


@pytest.mark.parametrize("label, mid, mode", [
    ("Qwen3-30B-A3B", "qwen3-30b-a3b", None),
    ("Qwen3-30BA3B", "qwen3-30b-a3b", None),  # typo seen in a Qwen3.5 card
    ("Qwen3-235B-A22B Thinking", "qwen3-235b-a22b", "thinking"),
    ("Qwen3-32B (Non-thinking)", "qwen3-32b", "non-thinking"),
    ("Qwen3-4B-Instruct-2507", "qwen3-4b-instruct-2507", "non-thinking"),  # single-mode model
    ("Qwen3-Next-80B-A3B-Thinking", "qwen3-next-80b-a3b-thinking", "thinking"),
    ("Qwen3.5-35BA3B", "qwen3.5-35b-a3b", None),
])
def test_model_resolution(label, mid, mode):
    r = resolve_model(label)
    assert r.id == mid
    assert r.setting.get("mode") == mode


def test_mode_alias_needs_a_mode():
    assert resolve_model("Qwen3-4B-2507", mode="thinking").id == "qwen3-4b-thinking-2507"
    assert resolve_model("Qwen3-4B-2507", mode="non-thinking").id == "qwen3-4b-instruct-2507"
    r = resolve_model("Qwen3-4B-2507")
    assert r.id is None and r.status == "ambiguous"


def test_unknown_model_kept_as_written():
    r = resolve_model("Frobnitz-7B-Chat")
    assert r.id is None and r.label == "Frobnitz-7B-Chat"


@pytest.mark.parametrize("label,bid,setting", [
    ("LiveCodeBench 2408-2502 (Pass@1)", "livecodebench", {"version": "2024.08-2025.02"}),  # window unbracketed
    ("τ²-Retail (Avg@4)", "tau2-retail", {}),
    ("AlignBench", "alignbench", {}),  # version unstated: not v1.1
    ("RACE-high", "race-high", {}),
])
def test_held_out_benchmark_labels(label, bid, setting):
    r = resolve_benchmark(label)
    assert (r.id, r.setting) == (bid, setting)


@pytest.mark.parametrize("label,mid", [
    ("Gemma-2-27b", "gemma-2-27b"), ("DeepSeek-v2", "deepseek-v2"), ("Qwen1.5-110B", "qwen1.5-110b"),
    ("Moonlight-16B-A3B-Instruct", "moonlight-16b-a3b-instruct"), ("R1-Distill-Qwen-14B", "deepseek-r1-distill-qwen-14b"),
])
def test_held_out_model_labels(label, mid):
    assert resolve_model(label).id == mid


def test_qwen3_instruct_without_a_revision_is_not_guessed():
    """``Qwen3-8B-Instruct`` names no released checkpoint (Qwen3-8B is hybrid): kept as written."""
    assert resolve_model("Qwen3-8B-Instruct").id is None


@pytest.mark.parametrize("label,bid,setting", [
    ("LiveCodeBench (LCB)", "livecodebench", {}),  # the name's own initials
    ("HumanEval (Python)", "humaneval", {"subset": "python"}),  # a coding benchmark's language
    ("AIME 2025 (Python)", "aime-2025", {"tools": "python"}),  # a math benchmark solved with a Python tool
])
def test_qualifiers_read_by_what_the_benchmark_is(label, bid, setting):
    r = resolve_benchmark(label)
    assert (r.id, r.setting) == (bid, setting)


def test_majority_voting_and_greedy_decoding_qualifiers():
    """"majority@50" (NeMo-Skills) is maj@50; "greedy" is the standard way of decoding, no setting."""
    assert parse_qualifier("majority@50") == ({"k": "maj@50"}, [])
    assert parse_qualifier("maj@64") == ({"k": "maj@64"}, [])
    assert parse_qualifier("greedy") == ({}, [])
    assert parse_qualifier("sampling") == ({}, ["sampling"])
