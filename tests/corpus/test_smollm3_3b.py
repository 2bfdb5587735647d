"""SmolLM3-3B card (older text of the fetchwiki mirror): best in bold, second in '<u>..</u>' (one malformed
'<u>52.65<u/>', one '<u>49.00</U>'), a 'Metric' column that holds benchmark names, a free-text category column,
'#### No Extended Thinking' / '#### Extended Thinking' tables told apart only by the heading, base tables under
'### Base Pre-Trained Model', inconsistent model names ('SmoLLM3-3B', 'Llama3.1-3B', 'Llama3-3.2B', 'Llama3.2 3B'),
a '92.3 *' footnote star, '-' for missing, language rows ('French', then blank) in the multilingual tables,
and two rows with an extra trailing cell that has no column (l.317, l.321)."""

from __future__ import annotations

from .util import cell, doc, find

NAME = "smollm3-3b.md"


def test_counts():
    res = doc(NAME)
    # No Extended Thinking (l.246-253): 8 x 5 - 1 '-' = 39; Extended Thinking (l.261-268): 8 x 3 = 24;
    # base English (l.278-296): 17 x 5 = 85; multilingual main (l.304-323): 20 x 5 = 100 (the stray 6th cells
    # of l.317 and l.321 are not under any model); other languages (l.329-337): 9 x 5 = 45
    assert len(res.scores) == 293
    # SmolLM3 column: 8 + 8 + 17 + 20 + 9
    assert sum(1 for s in res.scores if s.first_party) == 62


def test_publisher():
    assert doc(NAME).document.publisher == "huggingface"


def test_no_extended_thinking_table_is_non_thinking():
    # '#### No Extended Thinking' (l.242): every model of this table runs without thinking
    res = doc(NAME)
    cell(res, 9.3, model="smollm3-3b", benchmark="aime-2025", mode="non-thinking")
    cell(res, 76.7, model="smollm3-3b", benchmark="ifeval", mode="non-thinking")
    cell(res, 92.3, model="smollm3-3b", benchmark="bfcl", mode="non-thinking")
    cell(res, 17.1, model="qwen3-4b", benchmark="aime-2025", mode="non-thinking")
    cell(res, 74.0, model="qwen3-1.7b", benchmark="ifeval", mode="non-thinking")
    # 'Qwen2.5-3B' in the instruct table is Qwen2.5-3B-Instruct, which has no thinking mode
    cell(res, 65.6, model="qwen2.5-3b-instruct", benchmark="ifeval", mode="non-thinking")
    assert [s for s in res.scores if s.provenance.line < 257 and s.key.mode != "non-thinking"] == []


def test_instruct_cells():
    res = doc(NAME)
    cell(res, 59.2, model="llama-3.2-3b-instruct", benchmark_label="GSM-Plus")
    # '<u>92.3</u> *': star = footnote
    s = cell(res, 92.3, model="llama-3.2-3b-instruct", benchmark="bfcl")
    assert s.first_party is False
    # '-' (Qwen2.5-3B BFCL, l.252)
    assert find(res, model="qwen2.5-3b-instruct", benchmark="bfcl") == []
    cell(res, 50.54, model="qwen2.5-3b-instruct", benchmark="global-mmlu")
    cell(res, 27.6, model="qwen2.5-3b-instruct", benchmark="mixeval-hard")
    cell(res, 72.8, model="smollm3-3b", benchmark_label="GSM-Plus", mode="non-thinking")
    cell(res, 15.2, model="smollm3-3b", benchmark="livecodebench-v4", mode="non-thinking")
    cell(res, 35.7, model="smollm3-3b", benchmark="gpqa-diamond", mode="non-thinking")
    cell(res, 24.9, model="qwen3-4b", benchmark="livecodebench-v4", mode="non-thinking")


def test_extended_thinking_cells():
    res = doc(NAME)
    cell(res, 36.7, model="smollm3-3b", benchmark="aime-2025", mode="thinking")
    cell(res, 83.4, model="smollm3-3b", benchmark_label="GSM-Plus", mode="thinking")
    cell(res, 34.4, model="qwen3-1.7b", benchmark="livecodebench-v4", mode="thinking")
    cell(res, 55.3, model="qwen3-4b", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 88.8, model="smollm3-3b", benchmark="bfcl", mode="thinking")
    cell(res, 73.3, model="qwen3-4b", benchmark="global-mmlu", mode="thinking")


def test_no_table_index_in_the_key():
    # the two instruct tables differ by mode; the table index is not a setting
    res = doc(NAME)
    assert [s.provenance.line for s in res.scores if "table" in s.key.setting().get("extra", {})] == []


def test_base_english_cells():
    res = doc(NAME)
    cell(res, 76.15, model="smollm3-3b-base", benchmark="hellaswag")
    cell(res, 75.52, model="llama-3.2-3b", benchmark="hellaswag")
    cell(res, 61.41, model="qwen2.5-3b", benchmark="winogrande")
    cell(res, 41.07, model="qwen3-4b-base", benchmark="mmlu-pro", metric="mcf")
    cell(res, 19.61, model="smollm3-3b-base", benchmark="mmlu-pro", metric="cloze")
    cell(res, 43.29, model="qwen3-1.7b-base", benchmark="humaneval-plus")
    cell(res, 46.10, model="smollm3-3b-base", benchmark="math", shots=4)
    cell(res, 25.92, model="llama-3.2-3b", benchmark="gsm8k", shots=5)
    cell(res, 83.98, model="qwen3-4b-base", benchmark="ruler", subset="32k")
    cell(res, 61.03, model="smollm3-3b-base", benchmark="ruler", subset="128k")
    cell(res, 65.61, model="smollm3-3b-base", benchmark_label="ARC-CF (Average)")
    # base models have no mode
    assert [s for s in res.scores if s.provenance.line > 270 and s.key.mode is not None] == []


def test_multilingual_cells():
    res = doc(NAME)
    # '<u>52.65<u/>' (Italian Flores, l.319): malformed closing tag
    s = [x for x in find(res, model="smollm3-3b-base", benchmark="flores-200") if x.provenance.line == 319]
    assert len(s) == 1 and s[0].value == 52.65
    s = [x for x in find(res, model="qwen3-4b-base", benchmark="belebele") if x.provenance.line == 317]
    assert len(s) == 1 and s[0].value == 48.78
    s = [x for x in find(res, model="qwen3-4b-base", benchmark="belebele") if x.provenance.line == 321]
    assert len(s) == 1 and s[0].value == 50.00
    s = [x for x in find(res, model="llama-3.2-3b", benchmark="global-mmlu") if x.provenance.line == 333]
    assert len(s) == 1 and s[0].value == 39.57
    s = [x for x in find(res, model="qwen2.5-3b", benchmark="mlmm-hellaswag") if x.provenance.line == 312]
    assert len(s) == 1 and s[0].value == 49.99


def test_stray_trailing_cells_are_not_scores():
    # l.317 '... | **48.78** | 44.88 |' and l.321 '... | 50.00 | <u>49.00</U> |': a 6th value cell with no header
    res = doc(NAME)
    assert [x for x in res.scores if x.provenance.line in (317, 321) and x.value in (44.88, 49.00)] == []
    assert find(res, model_label="") == []


def test_language_is_in_the_key():
    # 'French | MLMM Hellaswag', then '| | Belebele' ...: the language applies to the rows below it. Without it,
    # the five main-language MLMM Hellaswag cells of one model share a key.
    res = doc(NAME)
    for bench in ("mlmm-hellaswag", "belebele", "global-mmlu", "flores-200"):
        got = find(res, model="smollm3-3b-base", benchmark=bench)
        got = [s for s in got if s.provenance.line > 300]
        assert len({s.key for s in got}) == len(got), bench
    got = find(res, model="smollm3-3b-base", benchmark="mlmm-hellaswag")
    assert sorted(s.value for s in got) == [59.56, 62.49, 63.22, 63.94, 65.85]
    # Belebele: 5 main + 3 other languages
    assert len(find(res, model="smollm3-3b-base", benchmark="belebele")) == 8


def test_first_party():
    res = doc(NAME)
    assert {s.model for s in res.scores if s.first_party} == {"smollm3-3b", "smollm3-3b-base"}
    # l.268 (Extended Thinking, Global MMLU): SmoLLM3-3B 64.1, Qwen3-1.7B 62.3
    row = {s.model: s for s in res.scores if s.provenance.line == 268}
    assert row["smollm3-3b"].value == 64.1 and row["smollm3-3b"].first_party is True
    assert row["qwen3-1.7b"].value == 62.3 and row["qwen3-1.7b"].first_party is False
    assert cell(res, 78.89, model="smollm3-3b-base", benchmark="piqa").first_party is True
    assert cell(res, 77.58, model="qwen3-4b-base", benchmark="piqa").first_party is False
