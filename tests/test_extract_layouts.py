"""Synthetic tables that reproduce layouts met in held-out model cards (made-up numbers and names).

Each test is one general pattern; the real cards it came from are named in the test's docstring."""

from __future__ import annotations

from benchlens.extract import extract_file
from benchlens.extract.values import parse_cell
from tests.conftest import write

SPACED = """# Acme-14B

### Korean testsets. n = 0 and n = 5 stand for n-shot prompts
|Model      | **Average**<br>n=0&nbsp;&nbsp;n=5 | HellaSwag<br>n=0&nbsp;&nbsp;n=5 | COPA<br> n=0&nbsp;&nbsp;n=5 |
|------------------|------------------------------|------------------------------|------------------------------|
| LLaMA 2-13B      |  41.0   &nbsp;&nbsp;   60.5  |  40.1   &nbsp;&nbsp;   42.0  |  55.5   &nbsp;&nbsp;   61.0  |
|**Acme-14B-Chat**|**70.5** &nbsp;&nbsp; **75.6**|  45.0   &nbsp;&nbsp;   47.6  |  75.7   &nbsp;&nbsp;   77.4  |
"""


def test_values_set_apart_by_spacing_are_two_scores():
    """Orion-14B (Korean table): ``55.9 &nbsp;&nbsp; 58.3`` under a ``n=0&nbsp;&nbsp;n=5`` header sub-line."""
    c = parse_cell("55.9   &nbsp;&nbsp;   58.3")
    assert [(v.value, v.part) for v in c.values] == [(55.9, 0), (58.3, 1)]
    assert [v.value for v in parse_cell("**70.5** &nbsp;&nbsp; **75.6**").values] == [70.5, 75.6]
    assert not parse_cell("72.1 68.0").values  # one plain space: not read as two scores
    # a second number in parentheses is its own score, marked as such (not a spaced pair)
    assert [(v.value, v.qualifier) for v in parse_cell("72.1 (3.2)").values] == [(72.1, None), (3.2, "in parentheses")]


def test_number_in_parentheses_is_a_second_score_with_its_mark():
    """Step-3.5-Flash: ``94.1 (95.1*)``, the reproduced number in parentheses with a footnote mark."""
    c = parse_cell("94.1 (95.1*)")
    assert [(v.value, v.qualifier) for v in c.values] == [(94.1, None), (95.1, "in parentheses")]
    assert [(v.value, v.qualifier) for v in parse_cell("(54.8)").values] == [(54.8, "in parentheses")]
    # a standard error where the header says so stays one score with its SE
    se = parse_cell("57.6 (1.65)", paren_means="se").values
    assert len(se) == 1 and se[0].stderr == 1.65
    # a setting in parentheses is still a qualifier of one score
    assert [(v.value, v.qualifier) for v in parse_cell("89.8 (best-of-5)").values] == [(89.8, "best-of-5")]


def test_spaced_pairs_follow_the_header_sub_line(tmp_path):
    res = extract_file(write(tmp_path / "card.md", SPACED))
    got = {(s.model, dict(s.key.extra).get("qualifier"), s.value) for s in res.scores
           if s.benchmark == "hellaswag"}
    assert got == {
        ("llama-2-13b", "n=0", 40.1), ("llama-2-13b", "n=5", 42.0), (None, "n=0", 45.0), (None, "n=5", 47.6)}
    assert len([s for s in res.scores if s.benchmark == "copa"]) == 4
    # the first body row is data, not a second header line
    assert any(s.model == "llama-2-13b" for s in res.scores)


HEADING_BENCH = """# Acme-14B

### Chat model subjective evaluation of AlignBench
| Model              | Math.  |  Logi. | Basic. |**Avg.**|
|--------------------|--------|--------|--------|--------|
| Llama2-13B-Chat    |  3.05  |  3.79  |  5.43  |  4.70  |
| **Acme-14B-Chat** |  4.00  |  4.24  |  6.18  |  5.51  |
"""


def test_benchmark_named_only_in_the_heading_gives_subsets_and_its_overall_score(tmp_path):
    """Orion-14B (AlignBench table): sub-area columns under a heading that names the benchmark; the ``Avg.``
    column is the benchmark's own overall score."""
    res = extract_file(write(tmp_path / "card.md", HEADING_BENCH))
    got = {(s.key.subset, s.value) for s in res.scores if s.benchmark == "alignbench"}
    assert ("math.", 3.05) in got and ("basic.", 6.18) in got
    assert (None, 4.70) in got and (None, 5.51) in got  # the average column is AlignBench overall
    assert len(res.scores) == 8


def test_unversioned_labels_stay_apart_from_versioned_ids():
    """Plain ``AlignBench`` and ``LongBench`` are their own ids, never silently v1.1 / v2."""
    from benchlens.catalog.resolve import resolve_benchmark

    assert resolve_benchmark("AlignBench").id == "alignbench"
    assert resolve_benchmark("Alignbench1.1").id == "alignbench-v1.1"
    assert resolve_benchmark("LongBench").id == "longbench"
    assert resolve_benchmark("LongBench v2").id == "longbench-v2"


SUITE_PARTS = """# Acme-14B

### LongChat evaluation of LongBench
| Model           | NarrativeQA|MultiFieldQA-en| DuReader  | QMSum     | TREC      | TriviaQA  |
|-----------------|-----------|-----------|-----------|-----------|-----------|-----------|
| Yi-6B-200K      |   14.11   |   36.74   |   14.01   |   20.44   |   72.00   |   86.61   |
| Acme-14B-LongChat |   19.47   |   48.11   | **37.02** | **24.87** | **77.00** |   89.12   |
"""


def test_a_suites_datasets_stay_its_subsets_even_when_one_shares_a_benchmark_name(tmp_path):
    """Orion-14B (LongBench table): the heading names the suite; ``TriviaQA`` there is LongBench's long-context
    TriviaQA, not the TriviaQA benchmark."""
    res = extract_file(write(tmp_path / "card.md", SUITE_PARTS))
    assert {s.benchmark for s in res.scores} == {"longbench"}
    assert {s.key.subset for s in res.scores if s.value == 86.61} == {"triviaqa"}
    assert len(res.scores) == 12


CONFIG = """# Acme-3

## Model architecture

| Config | Value |
|---|---|
| Number of Layers (Dense layer included) | 61 |
| Number of Dense Layers | 5 |
| Hidden Dimension | 7168 |
| Number of Experts | 48 |
| Max Context Length | 65536 |
| Total Parameters (LLM) | 316B |

## Evaluation

| Benchmark | Acme-3 | Qwen3-32B |
|---|---|---|
| MMLU | 80.1 | 78.0 |
"""


def test_a_configuration_table_is_not_read_as_scores(tmp_path):
    """Step-3 style key/value architecture table: "Number of Dense Layers" is not a model (the word Dense)."""
    res = extract_file(write(tmp_path / "card.md", CONFIG))
    assert sorted(s.value for s in res.scores) == [78.0, 80.1]


DEVELOPER_LINE = """## Model Information

**Model developer:** Meta

| Benchmark | Llama 3.1 8B Instruct | Gemma 2 9B IT |
|---|---|---|
| MMLU | 69.4 | 72.3 |
"""

FINE_TUNE = """---
base_model: mistralai/Mistral-7B-v0.1
tags:
- nvidia
- mistral
---
# Model Overview

Acme-Tuned-7B is a model customized by NVIDIA.

| Benchmark | Acme-Tuned-7B | Mistral-7B-Instruct-v0.2 |
|---|---|---|
| MT-Bench | 8.1 | 7.6 |
"""

UNCATALOGUED_LAB = """<div align="center">
<h1>
  Zorblat-Chat2
</h1>
</div>

🤗 <a href="https://huggingface.co/collections/zorblat-ai/zorblat-chat2-1234">Models</a>

# 目录

# 效果评测

| Dataset | Llama-3.1-70B-Instruct | Zorblat-Chat2-7B | Zorblat-Chat2-35B |
|---|---|---|---|
| MMLU | 86.0 | 79.6 | 82.3 |
| GSM8K | 95.1 | 86.8 | 90.2 |

|     | layer_num | hidden_size | head_num |
| --- | --------- | ----------- | -------- |
| 7B  | 30        | 4096        | 32       |
| 35B | 64        | 6144        | 48       |
"""


def test_publisher_found_without_a_source_sidecar(tmp_path):
    """Cards read alone (no .source.json): a "Model developer:" line (Llama cards); a fine-tune whose
    ``base_model`` belongs to another lab is still its own publisher's (Nemotron, OpenChat, Nous cards)."""
    res = extract_file(write(tmp_path / "a.md", DEVELOPER_LINE))
    assert {(s.model, s.first_party) for s in res.scores} == {("llama-3.1-8b-instruct", True),
                                                             ("gemma-2-9b-it", False)}
    assert res.scores[0].provenance.publisher == "meta"
    res = extract_file(write(tmp_path / "b.md", FINE_TUNE))
    assert {s.provenance.publisher for s in res.scores} == {"nvidia"}
    assert not any(s.first_party for s in res.scores if s.model_label.startswith("Mistral"))


def test_a_lab_the_catalog_does_not_know_is_named_by_its_links_and_owns_its_models(tmp_path):
    """TeleChat2 / Kanana READMEs: the title is a multi-line HTML <h1>, the first Markdown heading is a
    table of contents in Chinese, the lab appears only as the organisation hosting models named like the
    title. Its architecture table (``layer_num``, ``hidden_size``) is not a table of scores."""
    res = extract_file(write(tmp_path / "README.md", UNCATALOGUED_LAB))
    assert {s.provenance.publisher for s in res.scores} == {"zorblat-ai"}
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("Llama-3.1-70B-Instruct", False), ("Zorblat-Chat2-7B", True), ("Zorblat-Chat2-35B", True)}
    assert len(res.scores) == 6


DELTAS = """# Acme-7B-Instruct

| Benchmark | Acme-7B-Instruct | Llama-3.1-8B-Instruct | Δ |
|---|---|---|---|
| MMLU | 70.1 | 68.2 | +1.9 |
| GSM8K | 85.0↑ | 80.3 | +4.7 |

| Model | #Params | MMLU | MATH | Rank |
|---|---|---|---|---|
| Acme-7B-Instruct | 7B | 70.1 | 50.3 | 1 |
| Gemma-2-9B-it | 9B | 71.3 | 44.3 | 2 |
"""


def test_difference_and_rank_columns_are_not_models_or_benchmarks(tmp_path):
    res = extract_file(write(tmp_path / "card.md", DELTAS))
    assert sorted(s.value for s in res.scores) == [44.3, 50.3, 68.2, 70.1, 70.1, 71.3, 80.3, 85.0]
    assert {s.model_label for s in res.scores} == {"Acme-7B-Instruct", "Llama-3.1-8B-Instruct", "Gemma-2-9B-it"}


REPO_IDS = """# Acme-LM-2-12B-Chat

### OpenLLM Leaderboard

| Model                                  | Parameters | ARC Challenge (25-shot) | MMLU (5-shot) |
| -------------------------------------- | ---------- | ---------------------- | ------------- |
| mistralai/Mixtral-8x7B-Instruct-v0.1  | 13B/47B    | 70.14                  | 71.40         |
| acmeai/acme-lm-2-12b-chat              | 12B        | 65.02                  | 61.14         |
| meta-llama/Llama-2-13b-hf              | 13B        | 59.39                  | 55.77         |

🤗 [weights](https://huggingface.co/acmeai/acme-lm-2-12b-chat) · [base](https://huggingface.co/acmeai/acme-lm-2-12b)
"""


def test_repository_ids_name_the_models_and_sizes_do_not(tmp_path):
    """StableLM 2 card: models written as ``org/name`` beside a Parameters column of sizes ("12B" looks like a
    model name, but the column's header says what it holds); the lab's own repo id is first party."""
    res = extract_file(write(tmp_path / "card.md", REPO_IDS))
    labels = {s.model_label for s in res.scores}
    assert labels == {"mistralai/Mixtral-8x7B-Instruct-v0.1", "acmeai/acme-lm-2-12b-chat", "meta-llama/Llama-2-13b-hf"}
    assert {s.model for s in res.scores if s.value == 70.14} == {"mixtral-8x7b-instruct-v0.1"}
    assert {s.model_label for s in res.scores if s.first_party} == {"acmeai/acme-lm-2-12b-chat"}


AREAS = """# Acme-16B-A3B

Weights: https://huggingface.co/acme-ai/Acme-16B-A3B and https://huggingface.co/acme-ai/Acme-16B-A3B-Instruct

| | Benchmark (Metric) | Llama3.2-3B | Qwen2.5-3B | Acme |
|---|---|---|---|---|
| **English** | MMLU | 54.75 | 65.6 | 70.0 |
| | BBH | 46.8 | 56.3 | 65.2 |
| **Code** | HumanEval | 28.0 | 42.1 | 48.1 |
| **Chinese** | C-Eval | - | 75.0 | 77.2 |
"""


def test_a_column_of_areas_is_a_category_even_with_language_names_in_it(tmp_path):
    """Moonlight / DeepSeek-R1 cards: "English / Code / Math / Chinese" is a column of capability areas, not
    of language subsets (MMLU is not MMLU-English)."""
    res = extract_file(write(tmp_path / "card.md", AREAS))
    assert {s.key.subset for s in res.scores} == {None}
    assert {s.category for s in res.scores if s.benchmark == "mmlu"} == {"English"}


TITLE_NAMES_A_DERIVATIVE = """# Llama-3.1-Zephyrus-3-405B

Zephyrus 3 is a post-trained model family. Links: [8B](https://huggingface.co/allenai/Llama-3.1-Zephyrus-3-8B),
[70B](https://huggingface.co/allenai/Llama-3.1-Zephyrus-3-70B).

| Benchmark | Zephyrus 3 405B | Llama 3.1 405B Instruct |
|---|---|---|
| MMLU | 87.0 | 88.0 |
"""


def test_a_title_that_starts_like_another_labs_line_does_not_make_it_the_publisher(tmp_path):
    """Tulu 3 card: "Llama-3.1-Tulu-3-405B" starts like Meta's model line, but the lab's own links say Ai2."""
    res = extract_file(write(tmp_path / "card.md", TITLE_NAMES_A_DERIVATIVE))
    assert {s.provenance.publisher for s in res.scores} == {"ai2"}
    assert not any(s.first_party for s in res.scores if s.model_label.startswith("Llama"))


MODE_TABLES = """---
tags:
- nvidia
---
# Acme-Nano-8B-v1

**Model Developer:** NVIDIA

### MT-Bench

| Reasoning Mode | Score |
|--------------|------------|
| Reasoning Off | 7.9 |
| Reasoning On | 8.1 |

### MATH500

| Reasoning Mode | pass@1 |
|--------------|------------|
| Reasoning Off | 36.6% |
| Reasoning On | 95.4%  |
"""


def test_one_table_per_benchmark_with_modes_as_rows_for_a_model_the_catalog_lacks(tmp_path):
    """Llama-Nemotron-Nano card: each table sits under a benchmark heading, its rows are reasoning modes, and the
    model (named only by the title, not in the catalog) is the document's own."""
    res = extract_file(write(tmp_path / "card.md", MODE_TABLES))
    got = {(s.benchmark, s.key.mode, s.value, s.first_party, s.model_label) for s in res.scores}
    assert got == {("mt-bench", "non-thinking", 7.9, True, "Acme-Nano-8B-v1"),
                   ("mt-bench", "thinking", 8.1, True, "Acme-Nano-8B-v1"),
                   ("math-500", "non-thinking", 36.6, True, "Acme-Nano-8B-v1"),
                   ("math-500", "thinking", 95.4, True, "Acme-Nano-8B-v1")}


NAMED_SUITES = """<div align="center"><a href="https://github.com/AcmeResearch/zLAM"><img src="logo.png"></a></div>

Models: [zLAM-1b](https://huggingface.co/Acme/zLAM-1b-fc-r), [zLAM-7b](https://huggingface.co/Acme/zLAM-7b-fc-r)

# Model Instruction

# Benchmarks

### Webshop

| LLM Name | ZS | ReAct |
|---|---|---|
| GPT-4-0613 | 0.41 | 0.52 |
| zLAM-v0.1-r | 0.45 | 0.56 |

### Evaluation results

| Model | Foo | Bar |
|---|---|---|
| GPT-4-0613 | 1.0 | 2.0 |

### AIME

| Model | AIME 2024 |
|---|---|
| GPT-4-0613 | 2/30 |
| zLAM-v0.1-r | 3/30 |
"""


def test_a_suite_the_catalog_lacks_is_named_by_its_heading_and_the_lab_by_its_links(tmp_path):
    """xLAM README: "### Webshop" over method columns is the benchmark (kept as written, columns are its
    subsets); a generic heading is not; the lab is the organisation hosting the linked zLAM models, so zLAM
    rows are first party; "2/30" under AIME 2024 (30 problems) is 6.67%, not two numbers."""
    res = extract_file(write(tmp_path / "README.md", NAMED_SUITES))
    web = [s for s in res.scores if s.benchmark_label == "Webshop"]
    assert {(s.key.benchmark, s.key.subset, s.value) for s in web} == {
        ("?Webshop", "zs", 0.41), ("?Webshop", "react", 0.52), ("?Webshop", "zs", 0.45), ("?Webshop", "react", 0.56)}
    assert {s.benchmark_label for s in res.scores if s.value in (1.0, 2.0)} == {"Foo", "Bar"}
    assert {s.model_label for s in res.scores if s.first_party} == {"zLAM-v0.1-r"}
    aime = sorted((s.value, s.value_text) for s in res.scores if s.benchmark == "aime-2024")
    assert aime == [(6.6667, "2/30"), (10.0, "3/30")]


GROUPED_HEAD = """# Acme-7B

### HotpotQA

<table>
<thead><tr><th></th><th colspan="2">Easy</th><th colspan="2">Hard</th></tr></thead>
<thead><tr><th>LLM Name</th><th>F1</th><th>Acc</th><th>F1</th><th>Acc</th></tr></thead>
<tbody><tr><td>GPT-4-0613</td><td>0.5</td><td>0.4</td><td>0.3</td><td>0.2</td></tr></tbody>
</table>
"""


def test_a_spanning_group_under_a_benchmark_heading_stays_in_the_subset(tmp_path):
    """xLAM HotpotQA table: "Easy" / "Hard" span "F1 | Acc"; without the group two cells would share a key."""
    res = extract_file(write(tmp_path / "card.md", GROUPED_HEAD))
    assert sorted((s.key.subset, s.value) for s in res.scores) == [
        ("easy acc", 0.4), ("easy f1", 0.5), ("hard acc", 0.2), ("hard f1", 0.3)]


def test_one_header_naming_two_models_over_two_number_cells(tmp_path):
    """Step-3.5-Flash: a ``Kimi K2 Thinking / K2.5`` column whose cells read ``41.5* / 60.6``; ``w/`` in a
    benchmark label is "with", not two labels."""
    card = write(tmp_path / "card.md", """# Zeta-2 Flash

| Benchmark | Zeta-2 Flash | Kimi K2 Thinking / K2.5 |
|---|---|---|
| BrowseComp | 51.0 | 41.5* / 60.6 |
| BrowseComp (w/ Context Manager) | 69.0 | 60.2 / 74.9 |
| AIME 2025 | 97.3 | 94.5 / — |
""")
    res = extract_file(card, publisher="Zeta Labs")
    got = {(s.model_label, s.benchmark_label, s.value) for s in res.scores}
    assert ("Kimi K2 Thinking", "BrowseComp", 41.5) in got and ("Kimi K2.5", "BrowseComp", 60.6) in got
    assert ("Kimi K2.5", "BrowseComp (w/ Context Manager)", 74.9) in got
    assert ("Kimi K2 Thinking", "AIME 2025", 94.5) in got
    assert not [s for s in res.scores if "/" in s.model_label]
    assert len(res.scores) == 3 + 5
    # the raw cell stays the provenance of both numbers
    assert {s.value_text for s in res.scores if s.value in (41.5, 60.6)} == {"41.5* / 60.6"}


def test_a_language_column_of_numbers_is_a_score(tmp_path):
    """Orion-14B (OpenCompass table): ``Examination | Language | Knowledge`` columns of scores; "Language" is a
    category score there, not a column naming the language of each row."""
    card = write(tmp_path / "card.md", """# Acme-14B

| Model | Average | Examination | Language | Knowledge |
|---|---|---|---|---|
| Acme-14B | 64.4 | 71.4 | 55.0 | 60.0 |
| Other-13B | 53.6 | 61.1 | 51.3 | 52.7 |
""")
    res = extract_file(card, publisher="Acme")
    lang = [s for s in res.scores if s.benchmark_label == "Language"]
    assert sorted(s.value for s in lang) == [51.3, 55.0]
    assert not [s for s in res.scores if s.key.subset]


def test_gpu_memory_columns_are_not_scores(tmp_path):
    """Baichuan2 (quantization): ``Precision | Acme-7B GPU Mem (GB) | Acme-13B GPU Mem (GB)``."""
    card = write(tmp_path / "card.md", """# Acme2

| Precision | Acme-7B GPU Mem (GB) | Acme-13B GPU Mem (GB) |
|---|---|---|
| bf16 / fp16 | 15.3 | 27.5 |
| 4bits | 5.1 | 8.6 |
""")
    assert extract_file(card, publisher="Acme").scores == []


def test_who_made_the_model_is_not_who_made_a_dataset(tmp_path):
    """Baichuan2: "GSM8K is a dataset released by OpenAI" said in the card of another lab's model; the badge
    linking the lab's Hugging Face organisation names it."""
    card = write(tmp_path / "card.md", """# Acme2

🤗 <a href="https://huggingface.co/acme-inc/">Hugging Face</a>

Acme2 is our new generation of open language models.

## Math

GSM8K is a dataset released by OpenAI, of grade-school math word problems.

| Model | GSM8K | MATH |
|---|---|---|
| Acme2-7B-Base | 24.5 | 5.4 |
| GPT-4 | 89.9 | 40.2 |
""")
    res = extract_file(card)
    assert res.document.publisher != "openai"
    assert res.document.publisher == "acme-inc"
    assert {s.model_label for s in res.scores if s.first_party} == {"Acme2-7B-Base"}


def test_models_the_prose_calls_its_own_are_first_party_without_a_publisher(tmp_path):
    """MobileLLM / Aquila2: no organisation named anywhere, but "the models introduced in our work"."""
    card = write(tmp_path / "card.md", """# TinyLM

This repository contains the training code of TinyLM introduced in our work.

| Model | ARC-e | PIQA |
|---|---|---|
| TinyLM-125M | 43.9 | 65.3 |
| OtherLM-125M | 40.0 | 62.4 |
""")
    res = extract_file(card)
    assert res.document.publisher is None
    assert {s.model_label for s in res.scores if s.first_party} == {"TinyLM-125M"}
    assert any("calls its own" in w for w in res.warnings)
    # without the claim, nothing is first-party
    card2 = write(tmp_path / "card2.md", "# TinyLM\n\nSome text.\n\n" + card.read_text().split("\n\n", 2)[2])
    assert not [s for s in extract_file(card2).scores if s.first_party]


def test_a_row_without_its_tr_is_still_a_row(tmp_path):
    """Granite 4 (a card copy): ``</tr>`` followed by ``<td>`` cells with no ``<tr>``; a browser shows the row."""
    card = write(tmp_path / "card.html", """<h1>Acme-4 Tiny</h1>
<table>
<tr><th>Benchmark</th><th>Metric</th><th>Acme-4 Micro</th><th>Acme-4 Tiny</th></tr>
<tr><td>MBPP+</td><td>pass@1</td><td>64</td><td>69</td></tr>
    <td>CRUXEval-O</td><td>pass@1</td><td>41.5</td><td>39.63</td>
</tr>
<tr><td>HumanEval</td><td>pass@1</td><td>73.1</td><td>80.2</td></tr>
</table>
""")
    res = extract_file(card, publisher="Acme")
    assert sorted(s.value for s in res.scores if s.benchmark_label == "CRUXEval-O") == [39.63, 41.5]
    assert len(res.scores) == 6


def test_category_average_columns_and_rows_are_kept_as_averages(tmp_path):
    """Yi: ``Common-sense Reasoning | Reading Comprehension | Math & Code`` columns (averages over a category's
    benchmarks); Granite 4: an ``IFEval | Average`` row under ``IFEval | Prompt, Strict``. Kept as printed,
    marked as averages, never compared."""
    card = write(tmp_path / "card.md", """# Acme

| Model | MMLU | Common-sense Reasoning | Math & Code |
|---|---|---|---|
| Acme-6B | 64.1 | 72.3 | 19.8 |
| Other-13B | 59.2 | 64.3 | 23.0 |

| Benchmark | Metric | Acme-6B | Other-13B |
|---|---|---|---|
| IFEval | Instruct, Strict | 85.5 | 86.9 |
| IFEval | Prompt, Strict | 79.1 | 81.7 |
| IFEval | Average | 82.3 | 84.3 |
""")
    res = extract_file(card, publisher="Acme")
    avg = [s for s in res.scores if "aggregate_of" in dict(s.key.extra)]
    assert sorted(s.value for s in avg) == [19.8, 23.0, 64.3, 72.3, 82.3, 84.3]
    assert len(res.scores) == 6 + 2 + 4
    from benchlens.analysis.compare import keep

    assert not [s for s in avg if keep(s, "all")]  # never enters a comparison


def test_score_columns_of_the_model_the_card_is_about(tmp_path):
    """LLM360 K2: ``Evaluation | Score | Raw Score`` with benchmarks as rows and no model named in the table;
    a data-mix table's token counts are not models."""
    card = write(tmp_path / "card.md", """# K9: an open model

Made by [Acme](https://huggingface.co/acme/K9) (see https://huggingface.co/acme/K9-chat).

| Evaluation | Score | Raw Score |
|---|---|---|
| IFEval | 22.52 | 23 |
| BBH | 28.22 | 50 |
| MMLU-PRO | 22.27 | 30 |
| Average | 14.53 | 35.17 |

| Dataset | Starting Tokens | Multiplier | Total Tokens | % of Total |
|---|---|---|---|---|
| dm-math | 4.33B | 3x | 13B | 1% |
| s2orc | 107.9B | 1x | 107.9B | 8.3% |
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores} == {"K9"}
    assert len(res.scores) == 8
    bbh = {dict(s.key.setting()).get("metric"): s.value for s in res.scores if s.benchmark == "bbh"}
    assert bbh == {None: 28.22, "raw": 50}
    assert all(s.first_party for s in res.scores)


def test_plus_rows_name_the_model_above_after_a_training_stage(tmp_path):
    """OLMoE: ``OLMo-7B (0724)`` followed by ``+SFT`` and ``+DPO`` rows."""
    card = write(tmp_path / "card.md", """# Acme-1B-7B-Instruct

| Model | MMLU | GSM8k |
|---|---|---|
| Other-7B | 50.8 | 32.5 |
| +SFT | 54.2 | 25.0 |
| **Acme (This Model)** | 49.8 | 3.0 |
| **+DPO** | 51.9 | 45.5 |
""")
    res = extract_file(card, publisher="Acme")
    labels = {s.model_label for s in res.scores}
    assert labels == {"Other-7B", "Other-7B +SFT", "Acme (This Model)", "Acme (This Model) +DPO"}


def test_a_model_line_the_prose_releases_names_the_publisher(tmp_path):
    """The Yi benchmark page names no organisation but says "We also provide ... quantized Yi chat models";
    "we did not test Falcon-180B", "an OpenAI-style API" or "GPTQ" claim nothing."""
    body = """

| Model | MMLU | GSM8K |
|---|---|---|
| Yi-6B-Chat | 58.2 | 38.4 |
| Falcon-180B | 70.4 | 54.4 |
"""
    card = write(tmp_path / "card.md", "## Model Performance\n\nWe did not test Falcon-180B on QuAC. We provide an "
                 "OpenAI-style API. We also provide both 4-bit (AWQ) and 8-bit (GPTQ) quantized Yi chat models.\n" + body)
    res = extract_file(card)
    assert res.document.publisher == "01-ai"
    assert {s.model_label for s in res.scores if s.first_party} == {"Yi-6B-Chat"}
    card2 = write(tmp_path / "card2.md", "## Model Performance\n\nWe did not test Falcon-180B on QuAC. We provide an "
                  "OpenAI-style API and GPTQ files.\n" + body)
    res2 = extract_file(card2)
    assert res2.document.publisher is None
    assert not [s for s in res2.scores if s.first_party]


def test_a_fine_tune_card_is_not_its_base_models_lab(tmp_path):
    """BioMistral: links to its own (uncatalogued) organisation outnumber those to mistralai's base model;
    SEA-LION's own models are not SeaLLM."""
    card = write(tmp_path / "card.md", """# MedAcme: open models for medicine

We introduce MedAcme, built on [Mistral-7B-Instruct](https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1)
(see also https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1).
Models: https://huggingface.co/MedAcme/MedAcme-7B, https://huggingface.co/MedAcme/MedAcme-7B-DARE,
https://huggingface.co/MedAcme/MedAcme-7B-TIES.

| Model | MedQA | PubMedQA |
|---|---|---|
| MedAcme-7B | 50.6 | 77.5 |
| Mistral 7B Instruct | 42.0 | 75.2 |
""")
    res = extract_file(card)
    assert res.document.publisher == "MedAcme"
    assert {s.model_label for s in res.scores if s.first_party} == {"MedAcme-7B"}
    card2 = write(tmp_path / "card2.md", """# SEA-LEOPARD (Southeast Asian Languages)

SEA-LEOPARD is a family of models developed by Leopard Labs.

| Model | XCOPA | Belebele |
|---|---|---|
| SEA-LEOPARD-7B | 60.1 | 55.2 |
| SeaLLM 7B v2 | 58.0 | 54.0 |
""")
    res2 = extract_file(card2)
    assert {s.model_label for s in res2.scores if s.first_party} == {"SEA-LEOPARD-7B"}


def test_configuration_tables_are_not_scores(tmp_path):
    """Cerebras-GPT and OLMo: ``Layers | d_model | Heads | d_head | LR | BS (seq)`` columns, and rows of
    ``d_model``, ``num heads``, ``MLP ratio``, ``sequence length`` under model columns."""
    card = write(tmp_path / "card.md", """# Acme-GPT

| Model | Layers | d_model | Heads | d_head | d_ffn | LR | BS (seq) |
|---|---|---|---|---|---|---|---|
| Acme-GPT | 10 | 768 | 12 | 64 | 3072 | 6.0E-04 | 120 |
| Acme-GPT | 14 | 1088 | 17 | 64 | 4352 | 6.0E-04 | 264 |

|  | Acme 7B | Llama 2 7B |
|---|---|---|
| d_model | 4096 | 4096 |
| num heads | 32 | 32 |
| num layers | 32 | 32 |
| MLP ratio | ~8/3 | ~8/3 |
| sequence length | 2048 | 4096 |

| task | random | Acme 7B (ours) | Llama 2 7B |
|---|---|---|---|
| arc_challenge | 25 | 48.5 | 48.5 |
| boolq | 50 | 73.4 | 78.4 |
""")
    res = extract_file(card, publisher="Acme")
    assert {(s.model_label, s.value) for s in res.scores} == {
        ("Acme 7B (ours)", 48.5), ("Llama 2 7B", 48.5), ("Acme 7B (ours)", 73.4), ("Llama 2 7B", 78.4)}
    assert {s.model_label for s in res.scores if s.first_party} == {"Acme 7B (ours)"}


def test_metric_beside_the_number_and_percent_columns(tmp_path):
    """WizardLM: ``36.6  pass@1`` cells; Stable Code: a SQL table whose ``Date`` column holds percentages."""
    card = write(tmp_path / "card.md", """# Acme Coder

| Model | HumanEval | MBPP |
|---|---|---|
| Acme-13B | 36.6  pass@1 | 45.1 |

| Model | Size | Date | Join |
|---|---|---|---|
| Acme-13B | 13B | 24.0% | 54.2% |
| Other-7B | 7B | 64.0% | 74.3% |
""")
    res = extract_file(card, publisher="Acme")
    he = [s for s in res.scores if s.benchmark == "humaneval"]
    assert [(s.value, s.key.setting()) for s in he] == [(36.6, {})]  # pass@1: HumanEval's standard metric
    assert sorted(s.value for s in res.scores if s.benchmark_label == "Date") == [24.0, 64.0]
    assert not [s for s in res.scores if s.value in (13, 7)]


def test_a_fine_tune_named_after_another_labs_line(tmp_path):
    """Salesforce's ``Llama-3-8B-SFR-Iterative-DPO-R``: the title starts like Meta's line, the models are hosted
    by Salesforce, and the table calls its own rows ``Ours (...)``."""
    card = write(tmp_path / "card.md", """# Llama-3-8B-Acme-Iterative-DPO

We release an instruct model, **Llama-3-8B-Acme-Iterative-DPO**.

- [SFT model](https://huggingface.co/AcmeCorp/Acme-SFT-LLaMA-3-8B)
- [Reward model](https://huggingface.co/AcmeCorp/Acme-RM-LLaMA-3-8B)

| Model | Size | MT-Bench | Chat-Arena-Hard |
|---|---|---|---|
| LLaMA-3-8B-it | 8B | 7.69 | 22.3 |
| Ours (SFT baseline) | 8B | 7.41 | 22.9 |
| Ours (Iterative RLHF) | 8B | 8.16 | 29.1 |
""")
    res = extract_file(card)
    assert res.document.publisher == "AcmeCorp"
    assert {s.model_label for s in res.scores if s.first_party} == {"Ours (SFT baseline)", "Ours (Iterative RLHF)"}


def test_category_rows_average_rows_and_named_captions(tmp_path):
    """Phi-3.5-MoE: a table whose rows are capability categories (averages over 80 datasets), an
    ``**Average** | |`` row with the word in the category column, and a caption "RepoQA: a benchmark for ..."
    over language columns."""
    card = write(tmp_path / "card.md", """# Acme-3.5-MoE

| Category | Benchmark | Acme-3.5-MoE | Other-8B |
|--|--|--|--|
| Reasoning | ARC Challenge (10-shot) | 91.0 | 84.8 |
| | BoolQ (2-shot) | 84.6 | 82.5 |
| **Average** | | **69.2** | **61.3** |

| Category | Acme-3.5-MoE | Other-8B |
|--|--|--|
| Reasoning | 78.7 | 72.2 |
| Long context | 25.5 | 24.5 |

RepoQA: a benchmark for long context code understanding
| Model | Python | C++ | Average |
|--|--|--|--|
| Acme-3.5-MoE | 89 | 74 | **85** |
""")
    res = extract_file(card, publisher="Acme")
    avg = sorted(s.value for s in res.scores if "aggregate_of" in dict(s.key.extra))
    assert avg == [24.5, 25.5, 61.3, 69.2, 72.2, 78.7]
    # the caption names the benchmark; its "Average" over the languages is RepoQA's own score
    repo = {s.key.subset: s.value for s in res.scores if s.benchmark_label == "RepoQA"}
    assert repo == {"python": 89, "c++": 74, None: 85}
    assert len(res.scores) == 4 + 2 + 4 + 3


def test_a_header_listing_the_parts_of_empty_header_cells(tmp_path):
    """360Zhinao3: ``CFBench(CSR,ISR,PSR) |  |`` in Markdown, which has no colspan."""
    card = write(tmp_path / "card.md", """# Acme3-7B

| Model | MT-bench | CFBench(CSR,ISR,PSR) | | |
|---|---|---|---|---|
| Acme3-7B-Instruct | 8.1 | 0.82 | 0.52 | 0.64 |
""")
    res = extract_file(card, publisher="Acme")
    got = {s.benchmark_label: s.value for s in res.scores}
    assert got == {"MT-bench": 8.1, "CFBench (CSR)": 0.82, "CFBench (ISR)": 0.52, "CFBench (PSR)": 0.64}


def test_compute_columns_beside_a_score_column(tmp_path):
    """Yuan2.0-M32: ``GFLOPs/token`` columns are not scores, the ``Mean Accuracy`` beside them is; a title in
    Chinese gives no name, the linked models do."""
    card = write(tmp_path / "card.md", """# 源2.0 M32大模型

Models: https://huggingface.co/AcmeYuan/Acme2-M32 https://huggingface.co/AcmeYuan/Acme2-M32-gguf

| Model | Params (B) | Active Params (B) | GFLOPs/token (Inference) | GFLOPs/token (Fine-tune) | Mean Accuracy |
|---|---|---|---|---|---|
| Llama3-70B | 70 | 70 | 140 | 420 | 79.25 |
| Acme2-M32 | 40 | 3.7 | 7.4 | 22.2 | 79.15 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.value) for s in res.scores} == {("Llama3-70B", 79.25), ("Acme2-M32", 79.15)}
    assert {s.model_label for s in res.scores if s.first_party} == {"Acme2-M32"}


def test_the_organisation_loading_the_model_in_code_is_its_publisher(tmp_path):
    """GPT-J 6B: the title starts like OpenAI's line, the code loads ``EleutherAI/gpt-j-6B``; a chance row is
    not a model; an image on Hugging Face's CDN names no organisation."""
    card = write(tmp_path / "card.md", """# GPT-Q 6B

<img src="https://cdn-uploads.huggingface.co/production/uploads/abc.png">

```python
tokenizer = AutoTokenizer.from_pretrained("AcmeAI/gpt-q-6B")
model = AutoModelForCausalLM.from_pretrained("AcmeAI/gpt-q-6B")
```

| Model | LAMBADA Acc | Winogrande |
|---|---|---|
| Random Chance | 0% | 50% |
| GPT-3 Curie | 69.3% | 65.6% |
| **GPT-Q 6B** | 69.7% | 65.3% |
""")
    res = extract_file(card)
    assert res.document.publisher == "AcmeAI"
    assert {s.model_label for s in res.scores} == {"GPT-3 Curie", "GPT-Q 6B"}
    assert {s.model_label for s in res.scores if s.first_party} == {"GPT-Q 6B"}


def test_developers_repo_ids_and_variants_of_the_cards_model(tmp_path):
    """Llama-2-Ko: "**Model Developers** Junbum Lee (Beomi)" and checkpoint rows named after the card's model;
    Notus: ``argilla/notus-7b-v1`` under the publisher's organisation; SQLCoder: an "Update notice" heading
    first, and a ``date`` category column of scores."""
    card = write(tmp_path / "card.md", """# **Llama-2-Xy** 🦙

**Model Developers** Jane Roe (Roe)

| Model | kobest_copa | kobest_boolq |
|---|---|---|
| https://huggingface.co/meta-llama/Llama-2-7b-hf | 0.59 | 0.60 |
| Llama-2-Xy-7b 20B (10k) | 0.74 | 0.62 |
""")
    res = extract_file(card)
    assert res.document.publisher == "Jane Roe (Roe)"
    assert {s.model_label for s in res.scores if s.first_party} == {"Llama-2-Xy-7b 20B (10k)"}
    card2 = write(tmp_path / "card2.md", """# Update notice

Weights updated.

# Model Card for SQLAcme-7B-2

See https://huggingface.co/acmedb/sqlacme-70b and https://github.com/acmedb/sqlacme and
https://github.com/acmedb/sqlacme.

|  | date | group_by | join |
|---|---|---|---|
| sqlacme-70b | 96 | 91.4 | 97.1 |
| acmedb/sqlacme-7b-2 | 96 | 91.4 | 94.3 |
| gpt-4 | 72 | 94.3 | 91.4 |
""")
    res2 = extract_file(card2)
    assert res2.document.publisher == "acmedb"
    assert sorted(s.value for s in res2.scores if s.benchmark_label == "date") == [72, 96, 96]
    assert {s.model_label for s in res2.scores if s.first_party} == {"sqlacme-70b", "acmedb/sqlacme-7b-2"}


def test_a_reproduction_of_another_labs_model_is_not_a_claim_on_it(tmp_path):
    """OpenLLaMA: "we present a reproduction of Meta AI's LLaMA", "our results for the LLaMA model"; Upstage:
    rows marked "(Ours, Open LLM Leaderboard)"."""
    card = write(tmp_path / "card.md", """# OpenAcme: An Open Reproduction of LLaMA

In this repo, we present a permissively licensed open source reproduction of Meta AI's LLaMA large language
model. We note that our results for the LLaMA model differ slightly from the original LLaMA paper.

| Task/Metric | GPT-J 6B | LLaMA 7B | OpenAcme 7B |
|---|---|---|---|
| arc_easy/acc | 0.67 | 0.68 | 0.69 |

| Model | ARC | HellaSwag |
|---|---|---|
| [Llama-2-70b-acme-v2](https://huggingface.co/acme/Llama-2-70b-acme-v2) (***Ours***, ***Open LLM Leaderboard***) | 71.1 | 87.9 |
| Llama-2-70b-hf | 67.3 | 87.3 |
""")
    res = extract_file(card)
    assert res.document.publisher != "meta"
    fp = {s.model_label for s in res.scores if s.first_party}
    assert "LLaMA 7B" not in fp and "Llama-2-70b-hf" not in fp
    assert any(label.startswith("Llama-2-70b-acme-v2") for label in fp)


def test_links_to_the_base_model_do_not_name_the_publisher(tmp_path):
    """Intel's Neural-Chat: ``base_model: mistralai/Mistral-7B-v0.1`` linked three times, the card's own
    organisation twice."""
    card = write(tmp_path / "card.md", """---
base_model: mistralai/Mistral-7B-v0.1
---
# Acme-chat-7b

Fine-tuned from [Mistral-7B](https://huggingface.co/mistralai/Mistral-7B-v0.1) (see
https://huggingface.co/mistralai/Mistral-7B-v0.1 and https://huggingface.co/mistralai/Mistral-7B-v0.1).
Weights: https://huggingface.co/AcmeCorp/acme-chat-7b, https://huggingface.co/AcmeCorp/acme-chat-7b-v2.

| Model | ARC | MMLU |
|---|---|---|
| mistralai/Mistral-7B-v0.1 | 59.9 | 64.2 |
| AcmeCorp/acme-chat-7b | 66.2 | 62.4 |
""")
    res = extract_file(card)
    assert res.document.publisher == "AcmeCorp"
    assert {s.model_label for s in res.scores if s.first_party} == {"AcmeCorp/acme-chat-7b"}


def test_token_count_columns_are_not_scores(tmp_path):
    """Smaug-Llama-3-70B (Arena-Hard's ``Average Tokens``), idefics2 (``# tokens (per image)``), T-lite (a
    ``95% CI`` column of ``-2.9/2`` cells)."""
    card = write(tmp_path / "card.md", """# Acme-70B

| Model | Score | 95% Confidence Interval | Average Tokens |
|---|---:|---:|---:|
| GPT-4o | 78.3 | (-2.4, 2.1) | 685 |
| **Acme-70B** | 56.7 | (-2.2, 2.6) | 661 |

| Model | # tokens<br>(per image) | MMMU | MathVista |
|---|---|---|---|
| DeepSeek-VL | 576 | 36.6 | 36.1 |
| Acme-70B | 320 | 43.0 | 51.4 |

| Model | Arena | 95% CI |
|---|---|---|
| Acme-70B | 41.2 | -2.9/2 |
""")
    res = extract_file(card)
    assert sorted(s.value for s in res.scores) == [36.1, 36.6, 41.2, 43.0, 51.4, 56.7, 78.3]


def test_a_stated_developer_outweighs_links_to_the_base_models_lab(tmp_path):
    """Smaug-Llama-3-70B: "**Developed by:** [Abacus.AI](...)" beside three links to meta-llama; DCLM-7B:
    "Developed by: DCLM Team" while the links host the card's own models under a catalogued organisation
    (there the links win)."""
    card = write(tmp_path / "card.md", """# Acmeo-Llama-3-70B-Instruct

Built on [meta-llama/Meta-Llama-3-70B-Instruct](https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct).

- **Developed by:** [Acme.AI](https://acme.ai)
- **Finetuned from model:** [meta-llama/Meta-Llama-3-70B-Instruct](https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct)

| Model | MT-Bench |
|---|---|
| **Acmeo-Llama-3-70B-Instruct** | 9.21 |
| Meta-Llama-3-70B-Instruct | 9.01 |
""")
    res = extract_file(card)
    assert res.document.publisher == "Acme.AI"
    assert {s.model_label for s in res.scores if s.first_party} == {"Acmeo-Llama-3-70B-Instruct"}
    card2 = write(tmp_path / "card2.md", """# Model Card for Acmelm-7B

- **Developed by:** The Acmelm Team
- Weights: https://huggingface.co/microsoft/Acmelm-7B and https://huggingface.co/microsoft/Acmelm-1B

| Model | MMLU |
|---|---|
| Acmelm-7B | 63.7 |
""")
    assert extract_file(card2).document.publisher == "microsoft"


def test_other_generations_and_variants_of_the_cards_line_are_its_own(tmp_path):
    """idefics2 (``Idefics1 80B`` beside ``Idefics2 8B``), LLaMA-Pro-8B (a "Model Card" title, the
    ``LLAMA PRO-INSTRUCT`` row), GRIN-MoE (``GRIN MoE (16x3.8B)`` where the card links
    huggingface.co/microsoft/GRIN-MoE); another lab's line named alike stays theirs."""
    card = write(tmp_path / "card.md", """# Acmefics2

Developed by Hugging Face.

| Model | MMMU | MathVista |
|---|---|---|
| Acmefics1 80B (Instructed) | 42.3 | 38.8 |
| Acmefics2 8B (Instructed) | 43.0 | 51.4 |
| Gemma-2-9B-it | 40.1 | 30.2 |
""")
    res = extract_file(card)
    assert res.document.publisher == "huggingface"
    assert {s.model_label for s in res.scores if s.first_party} == {"Acmefics1 80B (Instructed)",
                                                                    "Acmefics2 8B (Instructed)"}
    card2 = write(tmp_path / "card2.md", """# LLaMA-Acme-8B Model Card

Developed by Tencent's ARC Lab, LLaMA-Acme is an expansion of LLaMA2-7B.

| Model | ARC | MMLU |
|---|---|---|
| LLAMA ACME (8B) | 54.10 | 47.88 |
| LLaMA2-7B | 53.07 | 46.87 |
| LLAMA ACME-INSTRUCT | 52.30 | 52.57 |
""")
    res2 = extract_file(card2)
    assert res2.document.publisher == "tencent"
    assert {s.model_label for s in res2.scores if s.first_party} == {"LLAMA ACME (8B)", "LLAMA ACME-INSTRUCT"}
    card3 = write(tmp_path / "card3.md", """<h4 align="center">ACME: a new MoE</h4>
<a href="https://huggingface.co/microsoft/ACME-MoE">Hugging Face</a> <a href="https://github.com/microsoft/ACME-MoE">Github</a>

Developer: Microsoft

| | ACME MoE (16x3.8B) | Mixtral (8x7B) |
|---|---|---|
| MMLU | 79.4 | 70.5 |
""")
    res3 = extract_file(card3)
    assert res3.document.publisher == "microsoft"
    assert {s.model_label for s in res3.scores if s.first_party} == {"ACME MoE (16x3.8B)"}


def test_hosts_of_quantised_copies_are_not_the_publisher(tmp_path):
    """NeuralDaredevil-8B-abliterated: GGUF / AWQ copies by other accounts are linked before the card's own
    repository; decorations (``[📄](gist)``, 🔥) are not part of a model's name."""
    card = write(tmp_path / "card.md", """# AcmeDevil-8B-abliterated

Quants: https://huggingface.co/QuantThings/AcmeDevil-8B-abliterated-GGUF,
https://huggingface.co/solidthing/AcmeDevil-8B-abliterated-AWQ

| Model | Average | AGIEval |
|---|---:|---:|
| [**jdoe/AcmeDevil-8B-abliterated**](https://huggingface.co/jdoe/AcmeDevil-8B-abliterated) [📄](https://gist.github.com/jdoe/1) | 55.87 | 43.73 |
| [meta-llama/Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B) [📄](https://gist.github.com/jdoe/2) | 45.42 | 31.1 |
| 🔥 AcmeDevil-8B | 55.0 | 43.0 |
""")
    res = extract_file(card)
    assert res.document.publisher == "jdoe"
    assert {s.model_label for s in res.scores} == {"jdoe/AcmeDevil-8B-abliterated", "meta-llama/Meta-Llama-3-8B",
                                                   "AcmeDevil-8B"}
    assert {s.model_label for s in res.scores if s.first_party} == {"jdoe/AcmeDevil-8B-abliterated", "AcmeDevil-8B"}


def test_a_plain_row_under_a_bold_benchmark_row_describes_it(tmp_path):
    """NuminaMath-7B-TIR: "**AMC 2023** | 0-shot | 11/40" then "Competition-level math | maj@64 | 18/40": the
    plain line describes the benchmark above and carries its scores under another setting; ``N/40`` is
    problems solved of AMC 2023's 40."""
    card = write(tmp_path / "card.md", """# AcmeMath-7B

| | | AcmeMath-7B | Qwen2-7B-Instruct |
| --- | --- | :---: | :---: |
| **GSM8k** | 0-shot | 76.3% | 82.3% |
| Grade school math |
| **AMC 2023** | 0-shot | 11/40 | 10/40 |
| Competition-level math | maj@64 | 18/40 | 13/40 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark, s.key.setting().get("k"), s.value_text, s.value) for s in res.scores}
    assert got == {("AcmeMath-7B", "gsm8k", None, "76.3%", 76.3), ("Qwen2-7B-Instruct", "gsm8k", None, "82.3%", 82.3),
                   ("AcmeMath-7B", "amc-2023", None, "11/40", 27.5), ("Qwen2-7B-Instruct", "amc-2023", None, "10/40", 25.0),
                   ("AcmeMath-7B", "amc-2023", "maj@64", "18/40", 45.0),
                   ("Qwen2-7B-Instruct", "amc-2023", "maj@64", "13/40", 32.5)}
    assert all(s.category is None for s in res.scores)


def test_model_and_size_column_and_the_repository_the_code_loads(tmp_path):
    """GPT-Neo 2.7B: a ``Model and Size`` column of model names; the title starts like OpenAI's line but the
    pipeline loads ``EleutherAI/gpt-neo-2.7B``, the repository named as the title."""
    card = write(tmp_path / "card.md", """# GPT-Qx 2.7B

```py
>>> generator = pipeline('text-generation', model='AcmeLab/gpt-qx-2.7B')
```

| Model and Size   | Pile BPB   | Lambada Acc | Hellaswag   |
| ---------------- | ---------- | ----------- | ----------- |
| GPT-Qx 1.3B      | 0.7527     | 57.23%      | 38.66%  |
| GPT-2 1.5B       | 1.0468     | 51.21%      | 40.03%      |
| **GPT-Qx 2.7B**  | **0.7165** | **62.22%**  | **42.73%**  |
""")
    res = extract_file(card)
    assert res.document.publisher == "AcmeLab"
    assert len(res.scores) == 9
    assert {s.model_label for s in res.scores if s.first_party} == {"GPT-Qx 1.3B", "GPT-Qx 2.7B"}
    card2 = write(tmp_path / "card2.md", """# Acme-VL-72B

Built on [Qwen2-72B-Instruct](https://huggingface.co/Qwen/Qwen2-72B-Instruct) with the tokenizer of
[Qwen2.5-72B-Instruct](https://huggingface.co/Qwen/Qwen2.5-72B-Instruct). Weights: https://huggingface.co/nvidia/Acme-VL-72B

```python
path = "nvidia/Acme-VL-72B"
model = AutoModel.from_pretrained(path)
```
```python
path = "nvidia/Acme-VL-72B"
```

| Tasks | MMLU | GSM8K | Avg. Accuracy |
|---|---|---|---|
| Qwen2-72B-Instruct | 82.3 | 91.1 | 🥶 80.0 (-1.2) |
| Acme-VL-72B | 82.0 | 93.2 | 84.3 (+4.5) |
""")
    res2 = extract_file(card2)
    assert res2.document.publisher == "nvidia"
    assert sorted(s.value for s in res2.scores if s.model_label == "Qwen2-72B-Instruct") == [-1.2, 80.0, 82.3, 91.1]


def test_a_model_card_title_names_the_single_model_of_a_metric_value_table(tmp_path):
    """Zephyr 7B β: "Model Card for Zephyr 7B β" over an Open LLM Leaderboard ``Metric | Value`` table whose
    ``Avg.`` is kept as an average; CodeFuse: a ``日期`` (date) column is no score."""
    card = write(tmp_path / "card.md", """# Model Card for Zephyr 7B β

| Metric                | Value |
|-----------------------|-------|
| Avg.                  | 52.15 |
| ARC (25-shot)         | 62.03 |
| GSM8K (5-shot)        | 12.74 |

| 模型                 | HumanEval(pass@1) |   日期    |
|:---------------------|:-----------------:|:-------:|
| **Zephyr 7B β**      |     **74.4%**     | 2023.9  |
| CodeLlama-34b        |       48.8%       | 2023.8  |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value) for s in res.scores}
    assert got == {("Zephyr 7B β", "Avg.", 52.15), ("Zephyr 7B β", "ARC (25-shot)", 62.03),
                   ("Zephyr 7B β", "GSM8K (5-shot)", 12.74), ("Zephyr 7B β", "HumanEval(pass@1)", 74.4),
                   ("CodeLlama-34b", "HumanEval(pass@1)", 48.8)}
    avg = next(s for s in res.scores if s.benchmark_label == "Avg.")
    assert avg.benchmark is None and "aggregate_of" in avg.key.setting().get("extra", {})
    assert {s.model for s in res.scores if s.model_label == "Zephyr 7B β"} == {"zephyr-7b-beta"}


def test_a_model_size_column_of_names_and_markdown_group_headers(tmp_path):
    """OpenELM: a ``Model Size`` column holding model names; LLM4Decompile: ``| HumanEval-Decompile | | |``
    over a row of ``O0 | O1 | AVG``, the empty cells continuing the group; BioMistral: a ``Base Model``
    column of a quantisation table stays unread."""
    card = write(tmp_path / "card.md", """# AcmeELM

| **Model Size** | **ARC-c** | **HellaSwag** | **Average** |
|---|---|---|---|
| [AcmeELM-270M](https://huggingface.co/apple/AcmeELM-270M) | 26.45 | 46.71 | 36.58 |
| [AcmeELM-3B](https://huggingface.co/apple/AcmeELM-3B) | 35.58 | 72.44 | 54.01 |

| Model/Benchmark | HumanEval-Decompile | | | ExeBench | |
|:---:|:---:|:---:|:---:|:---:|:---:|
| Optimization Level | O0 | O1 | AVG | O0 | AVG |
| GPT-4o | 0.3049 | 0.1159 | 0.1601 | 0.0443 | 0.0378 |
| DeepSeek-Coder-6.7B | 0 | 0 | 0 | 0 | 0.0000 |

| Model | MMLU | | GSM8K |
|---|---|---|---|
| | 5-shot | 0-shot | 8-shot |
| AcmeELM-3B | 61.0 | 58.2 | 40.1 |

| Base Model | Method | q_group_size | w_bit | VRAM GB |
|---|---|---|---|---|
| AcmeELM-3B | AWQ | 128 | 4 | 4.68 |
""")
    res = extract_file(card)
    by = {(s.model_label, s.benchmark_label): s for s in res.scores}
    assert by[("AcmeELM-3B", "HellaSwag")].value == 72.44 and by[("AcmeELM-270M", "ARC-c")].value == 26.45
    assert {lab for m, lab in by if m == "GPT-4o"} == {"HumanEval-Decompile O0", "HumanEval-Decompile O1",
                                                      "HumanEval-Decompile AVG", "ExeBench O0", "ExeBench AVG"}
    assert by[("GPT-4o", "HumanEval-Decompile AVG")].benchmark is None  # an average, kept, never compared
    mmlu = sorted((s.key.shots, s.value) for s in res.scores if s.benchmark == "mmlu")
    assert mmlu == [(0, 58.2), (5, 61.0)]
    assert not [s for s in res.scores if s.value in (128, 4, 4.68)]
    assert {s.model_label for s in res.scores if s.first_party} == {"AcmeELM-270M", "AcmeELM-3B"}


def test_a_heading_names_the_benchmark_of_metric_columns(tmp_path):
    """Vikhr-Nemo: "Результаты на Ru-Arena-General" over ``Winrate | 95% CI``; SPPO: "AlpacaEval Leaderboard
    Evaluation Results" over ``LC. Win Rate | Win Rate``; SUS-Chat: tables side by side inside a layout
    table."""
    card = write(tmp_path / "card.md", """# Acme-12B

#### Результаты на Zu-Arena-General

| Model Name | Winrate | 95% CI | Average # Tokens |
|---|---|---|---|
| gpt-4-1106-preview | 90.9 | (-1.3, 1.0) | 541 |
| Acme-12B | 79.8 | (-2.2, 1.9) | 627 |

## [ZetaEval Leaderboard Evaluation Results](https://example.org)

| Model | LC. Win Rate | Win Rate |
|---|---|---|
| Acme-12B | 31.73 | 31.74 |

<table><tr><td>
<table><thead><tr><th>Model</th><th>mmlu (0-shot)</th></tr></thead>
<tbody><tr><td>Acme-12B</td><td>74.35</td></tr></tbody></table>
</td><td>
<table><thead><tr><th>Model</th><th>cmmlu (0-shot)</th></tr></thead>
<tbody><tr><td>Acme-12B</td><td>78.68</td></tr></tbody></table>
</td></tr></table>
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, (s.key.subset or "").lower(), s.value) for s in res.scores}
    # a table whose score columns are all metrics: "Winrate" is the metric (the CI and tokens columns are no scores)
    assert {(s.benchmark_label, s.key.metric) for s in res.scores if s.value == 79.8} == {("Zu-Arena-General", "winrate")}
    assert ("Acme-12B", "ZetaEval", "lc. win rate", 31.73) in got
    assert {s.benchmark for s in res.scores if s.value in (74.35, 78.68)} == {"mmlu", "cmmlu"}
    assert all(s.category is None for s in res.scores)  # the CI column is no category
    assert len(res.scores) == 6
    card2 = write(tmp_path / "card2.md", """# Acme-7B

## Overall Results

| Model | Win Rate | LC Win Rate |
|---|---|---|
| Acme-7B | 31.7 | 30.2 |
""")
    assert {s.benchmark_label for s in extract_file(card2).scores} == {"Win Rate", "LC Win Rate"}  # "Overall": no name


def test_names_of_the_cards_own_models_without_a_catalogued_publisher(tmp_path):
    """Vikhr-Nemo: no "#" title, a "## Vikhr-Nemo-12B-..." heading, ``base_model: mistralai/...`` and datasets
    under ``Vikhrmodels``; SPPO: ``Llama-3-8B-SPPO Iter1`` rows in the card of Llama-3-Instruct-8B-SPPO-Iter3;
    ArmoRM: a title naming the line in parentheses, a linked repository's short name; LLM4Decompile: no
    title and no link, the model its code loads."""
    card = write(tmp_path / "card.md", """---
base_model:
- mistralai/Mistral-Nemo-Instruct-2407
datasets:
- Acmemodels/GrandMaster
- Acmemodels/Grounded-RAG
---
## Acme-Nemo-12B-Instruct

| Model | MMLU |
|---|---|
| Mistral-Nemo-Instruct-2407 | 68.0 |
| Acme-Nemo-12B-Instruct | 69.1 |
""")
    res = extract_file(card)
    assert res.document.publisher == "Acmemodels"
    assert {s.model_label for s in res.scores if s.first_party} == {"Acme-Nemo-12B-Instruct"}
    card2 = write(tmp_path / "card2.md", """# Llama-3-Instruct-8B-ZPPO-Iter3

Weights: https://huggingface.co/ACME-AGI/Llama-3-Instruct-8B-ZPPO-Iter3

| Model | LC. Win Rate |
|---|---|
| Llama-3-8B-ZPPO Iter1 | 31.73 |
| Meta-Llama-3-8B-Instruct | 22.9 |
""")
    res2 = extract_file(card2)
    assert {s.model_label for s in res2.scores if s.first_party} == {"Llama-3-8B-ZPPO Iter1"}
    card3 = write(tmp_path / "card3.md", """# Absolute-Rating Reward Model (ZarmoRM) with Experts

+ Models: https://huggingface.co/AcmeFlow/ZarmoRM-Llama3-8B-v0.1, https://huggingface.co/otheruser/Fsx-RM-v0.1,
  https://huggingface.co/otheruser/Fsx-RM-v0.1, https://huggingface.co/AcmeFlow/pair-preference-model-LLaMA3-8B

| Model | Chat | Safety |
|---|---|---|
| ZarmoRM-Llama3-8B-v0.1 | 96.9 | 92.2 |
| pair-preference-model | 98.3 | 89.7 |
| Fsx-RM-v0.1 | 99.4 | 86.8 |
""")
    res3 = extract_file(card3)
    assert res3.document.publisher == "AcmeFlow"
    assert {s.model_label for s in res3.scores if s.first_party} == {"ZarmoRM-Llama3-8B-v0.1", "pair-preference-model"}
    card4 = write(tmp_path / "card4.md", """### 1. Introduction of Acme4Decompile

| Model | HumanEval |
|---|---|
| Acme4Decompile-End-6.7B | 0.6805 |
| GPT-4o | 0.3049 |

```python
model_path = 'Acme4Binary/acme4decompile-6.7b-v1.5'
model = AutoModelForCausalLM.from_pretrained(model_path)
```
""")
    res4 = extract_file(card4)
    assert res4.document.publisher == "Acme4Binary"
    assert {s.model_label for s in res4.scores if s.first_party} == {"Acme4Decompile-End-6.7B"}


def test_a_bullet_line_above_a_table_names_its_benchmark(tmp_path):
    """Llama-2-7B-32K-Instruct: "* Alpaca Eval" over ``win_rate | standard_error | n_total | avg_length`` and
    "* Rouge Score over BookSum" over ``R1 | R2``; the card's own repository
    (``togethercomputer/Llama-2-7B-32K-Instruct``) outweighs links to the base model's lab; xtuner: a
    ``Resolution`` column is no score, a ``GQA`` column is the benchmark."""
    card = write(tmp_path / "card.md", """# Llama-2-7B-64K-Instruct

Fine-tuned from [Llama-2-7b-chat](https://huggingface.co/meta-llama/Llama-2-7b-chat-hf) (see also
https://huggingface.co/meta-llama/Llama-2-7b-chat-hf and https://huggingface.co/meta-llama/Llama-2-7b-hf).

```python
model = AutoModelForCausalLM.from_pretrained("acmecomputer/Llama-2-7B-64K-Instruct")
```

* Alpaca Eval

| Model | win_rate | standard_error | n_total | avg_length |
| -------- | ------- | ------- | ------- | ------- |
| Llama-2-7B-Chat-hf | 71.37 | 1.59 | 805 | 1479 |
| Llama-2-7B-64K-Instruct | 70.36 | 1.61 | 803 | 1885 |

* Rouge Score over BookSum
| Model | R1 | R2 |
| -------- | ------- | ------- |
| Llama-2-7B-64K-Instruct (ours) | 0.336 | 0.076 |

| Model | Resolution | GQA | POPE |
|---|---|---|---|
| Llama-2-7B-64K-Instruct | 336 | 62.6 | 86.4 |
""")
    res = extract_file(card)
    assert res.document.publisher == "acmecomputer"
    got = {(s.model_label, s.benchmark_label, (s.key.subset or "").lower(), s.value) for s in res.scores}
    assert ("Llama-2-7B-64K-Instruct", "Alpaca Eval", "win_rate", 70.36) in got
    assert ("Llama-2-7B-64K-Instruct (ours)", "BookSum", "r1", 0.336) in got
    assert ("Llama-2-7B-64K-Instruct", "GQA", "", 62.6) in got
    assert not [s for s in res.scores if s.value in (1.59, 805, 1885, 336)]
    assert len(res.scores) == 6  # win_rate x 2, R1 and R2, GQA, POPE
    assert {s.model_label for s in res.scores if s.first_party} == {"Llama-2-7B-64K-Instruct",
                                                                    "Llama-2-7B-64K-Instruct (ours)"}


def test_the_open_llm_leaderboard_appendix_is_no_title(tmp_path):
    """GPT-NeoX-20B: no title but the appended "# [Open LLM Leaderboard Evaluation Results](...)", whose
    details link names the model of its ``Metric | Value`` table; GPT4All-J: ``GPT4All 13B snoozy`` is the
    card's line although "gpt" starts OpenAI's."""
    card = write(tmp_path / "card.md", """AcmeX-20B is a 20 billion parameter model.

| Model | PIQA | SciQ |
|---|---|---|
| AcmeX-20B | 0.779 | 0.928 |
| GPT-3 Curie | 0.767 | 0.918 |

# [Open LLM Leaderboard Evaluation Results](https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard)
Detailed results can be found [here](https://huggingface.co/datasets/open-llm-leaderboard/details_AcmeAI__acmex-20b)

| Metric                | Value |
|-----------------------|-------|
| ARC (25-shot)         | 45.73 |
""")
    res = extract_file(card)
    assert "Leaderboard" not in (res.document.title or "")
    assert {s.model_label for s in res.scores if s.benchmark_label == "ARC (25-shot)"} == {"acmex-20b"}
    card2 = write(tmp_path / "card2.md", """# Model Card for GPT4Acme-J

- **Developed by:** Acme AI

| Model | BoolQ | PIQA |
|---|---|---|
| GPT4Acme-J 6B v1.0 | 73.4 | 74.8 |
| GPT4Acme 13B snoozy | 83.3 | 79.2 |
| GPT-J 6.7B | 65.4 | 76.2 |
""")
    res2 = extract_file(card2)
    assert {s.model_label for s in res2.scores if s.first_party} == {"GPT4Acme-J 6B v1.0", "GPT4Acme 13B snoozy"}


def test_numbered_captions_parameter_rows_and_one_row_tables(tmp_path):
    """MistralLite: "1. [Topic Retrieval](...)" above ``Input length`` columns whose lengths sit in an unlabelled
    first row; an LM-Eval table of one row and no model column (the card's model, loaded in its code);
    Minitron: a "Model Overview" title names no model; Sheared-LLaMA: a size heading ("1.3B") is no
    benchmark; DeBERTa: a ``Backbone #Params(M)`` column is no score."""
    card = write(tmp_path / "card.md", """# Model Overview

```python
model = AutoModelForCausalLM.from_pretrained("acmeorg/AcmeLite-7B")
```

1. [Topic Retrieval](https://example.org/longchat)

|Model Name|Input length| Input length | Input length|
|----------|-------------:|-------------:|------------:|
|          | 2851| 5568 |8313 |
|   Mistral-7B-Instruct-v0.1  | 100%        | 50%       | 2%      |
|   AcmeLite-7B   | **100%**        | **100%**       | **98%**      |

### Results

|Average|hellaswag| arc_challenge|
|----------|-------------:|------------:|
| 0.57221 | 0.81617 | 0.58874 |

**1.3B**

| Model | Backbone #Params(M) | Average Performance |
|---|---|---|
| OPT-1.3B | 1300 | 48.2 |
| AcmeLite-1.3B | 1300 | 51.0 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, (s.key.subset or "").lower(), s.value) for s in res.scores}
    assert ("AcmeLite-7B", "Topic Retrieval", "input length 5568", 100.0) in got
    assert ("Mistral-7B-Instruct-v0.1", "Topic Retrieval", "input length 8313", 2.0) in got
    assert {s.benchmark for s in res.scores if s.model_label == "AcmeLite-7B" and s.value > 0.5 and s.value < 1} \
        == {None, "hellaswag", "arc-challenge"}
    assert {(s.model_label, s.benchmark_label) for s in res.scores if s.value in (48.2, 51.0)} == {
        ("OPT-1.3B", "Average Performance"), ("AcmeLite-1.3B", "Average Performance")}
    assert not [s for s in res.scores if s.value == 1300]
    assert len(res.scores) == 11


def test_older_lines_in_the_publisher_catalog(tmp_path):
    """DeBERTa (Microsoft), FLAN-T5 (Google), NVLM (NVIDIA), Molmo (Ai2), Merlinite (IBM): a card titled by
    one of these lines is its lab's, and the lab's other lines in its table are first-party."""
    card = write(tmp_path / "card.md", """# DeBERTaV3: Improving DeBERTa

| Model | SQuAD 2.0 | MNLI-m |
|---|---|---|
| RoBERTa-base | 83.7 | 87.6 |
| DeBERTa-base | 86.2 | 88.8 |
| DeBERTa-v3-base | 88.4 | 90.6 |
""")
    res = extract_file(card)
    assert res.document.publisher == "microsoft"
    assert {s.model_label for s in res.scores if s.first_party} == {"DeBERTa-base", "DeBERTa-v3-base"}


def test_a_pass_at_1_column_of_the_model_the_code_loads(tmp_path):
    """Nxcode-CQ-7B: "| EvalPlus | pass@1 |" over benchmark rows, no model named, no title; the code loads
    ``NTQAI/Nxcode-CQ-7B-orpo`` twice, the front matter links Qwen's license once; Bllossom: the card's
    line as a word inside another lab's name (``llama-3-Korean-Bllossom-8B``)."""
    card = write(tmp_path / "card.md", """---
license_link: https://huggingface.co/Qwen/CodeQwen1.5-7B/blob/main/LICENSE
---
## Introduction

| EvalPlus | pass@1 |
| --- | --- |
| HumanEval | 86.6 |
| HumanEval+ | 83.5 |

```python
model = AutoModelForCausalLM.from_pretrained(
    "ACMEAI/Acmecode-CQ-7B-orpo",
)
tokenizer = AutoTokenizer.from_pretrained("ACMEAI/Acmecode-CQ-7B-orpo")
```
""")
    res = extract_file(card)
    assert res.document.publisher == "ACMEAI"
    assert {(s.model_label, s.benchmark, s.value, s.first_party) for s in res.scores} == {
        ("Acmecode-CQ-7B-orpo", "humaneval", 86.6, True), ("Acmecode-CQ-7B-orpo", "humaneval-plus", 83.5, True)}
    card2 = write(tmp_path / "card2.md", """# Blossomacme | [Github](https://github.com/ACME-Lab/Blossomacme) |

| Model | Math | Reasoning |
|---|---|---|
| gpt-3.5-turbo-0125 | 7.14 | 7.71 |
| llama-3-Korean-Blossomacme-8B | 5.43 | 8.29 |
""")
    assert {s.model_label for s in extract_file(card2).scores if s.first_party} == {"llama-3-Korean-Blossomacme-8B"}


def test_a_row_marked_reported_beside_its_reproduction_quotes_the_original_authors(tmp_path):
    """``X (reported)`` next to ``X (reproduced)`` in a card that reproduces a paper's models: the first row
    quotes the paper's numbers (not the publisher's own run), the second is the publisher's model."""
    card = write(tmp_path / "card.md", """# acmebit 3B

Published by [acmebitLM](https://huggingface.co/acmebitLM).

| Models | ARCe | ARCc | WGe |
|-------|-------|-------|-------|
| FP16 700M (reported) | 54.7 | 23.0 | 54.8 |
| acmebit 700M (reported) | 51.8 | 21.4 | 55.2 |
| acmebit 700M (reproduced) | 51.4 | 21.8 | 55.4 |
| acmebit 3B (reproduced) | 60.9 | 28.0 | 60.3 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.first_party) for s in res.scores}
    assert got == {("FP16 700M (reported)", False), ("acmebit 700M (reported)", False),
                   ("acmebit 700M (reproduced)", True), ("acmebit 3B (reproduced)", True)}
    quoted = [s for s in res.scores if s.model_label == "acmebit 700M (reported)"]
    assert len(quoted) == 3 and all(any("quoted" in n for n in s.notes) for s in quoted)


def test_a_table_of_two_side_by_side_blocks_is_read_block_by_block(tmp_path):
    """``| Proprietary Models | MT-Bench | Open Source Models | MT-Bench |``: two tables set side by side; each
    number belongs to the model in its own block, its column counted in the whole table."""
    card = write(tmp_path / "card.md", """# AcmeChat-7B

Published by [AcmeAI](https://huggingface.co/AcmeAI).

| Proprietary Models | #Params | MT-Bench | Open Source Models | #Params | MT-Bench |
|---|---|---|---|---|---|
| GPT-4-0613 | - | 9.18 | Mixtral-8x7B-Instruct-v0.1 | 8x7B | 8.30 |
| Claude-2.1 | - | 8.18 | [AcmeChat-7B](https://huggingface.co/AcmeAI/AcmeChat-7B) | 7B | 8.22 |
| Claude-1 | - | 7.90 |  |  |  |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark, s.value, s.provenance.col, s.first_party) for s in res.scores}
    assert got == {("GPT-4-0613", "mt-bench", 9.18, 2, False), ("Claude-2.1", "mt-bench", 8.18, 2, False),
                   ("Claude-1", "mt-bench", 7.90, 2, False),
                   ("Mixtral-8x7B-Instruct-v0.1", "mt-bench", 8.30, 5, False),
                   ("AcmeChat-7B", "mt-bench", 8.22, 5, True)}


def test_an_organisation_the_title_is_named_after_outweighs_links_to_other_labs(tmp_path):
    """Two links to ``huggingface.co/Acmellms/...`` in the card titled "Acmellms - ..." name its publisher,
    even when another lab's organisations are linked as often (its base model, a tool it used)."""
    card = write(tmp_path / "card.md", """# Acmellms - Large Language Models for Somewhere

<a href="https://huggingface.co/Acmellms/Acmellm-Chat-13b">Tech Memo</a>
The base models were pre-trained from [Llama-2](https://huggingface.co/meta-llama/Llama-2-13b-hf).
Licence: <a href="https://huggingface.co/Acmellms/Acmellm-Chat-13b/edit/main/LICENSE">terms</a>.
Languages were identified with [fasttext](https://huggingface.co/facebook/fasttext-language-identification).

| Model | MMLU |
|---|---|
| Llama-2-13b | 53.50 |
| Acmellm-13b | 55.23 |
""")
    res = extract_file(card)
    assert res.document.publisher != "meta"
    assert {(s.model_label, s.first_party) for s in res.scores} == {("Llama-2-13b", False), ("Acmellm-13b", True)}


def test_a_base_model_plus_the_publishers_method_is_the_publishers_model(tmp_path):
    """``Mistral-7B + SimpleAcmeRL-Zoo`` in the card of the lab whose collection ``SimpleAcmeRL-Zoo`` it links: its own
    model; the bare base model beside it is the other lab's."""
    card = write(tmp_path / "card.md", """# Simple Acme Learning for Reasoning

[models](https://huggingface.co/collections/acme-nlp/simpleacmerl-zoo-67e0fd24c185423c1e3452d1)
An old version of this repo is [here](https://github.com/acme-nlp/simpleAcmeRL-reason/tree/v0).

| Model | GSM8K | MATH 500 |
|---|---|---|
| Mistral-7B | 21.2 | 4.2 |
| Mistral-7B + SimpleAcmeRL-Zoo | 75.0 | 15.8 |
| Qwen-2.5-7B | 88.2 | 64.6 |
| Qwen-2.5-7B + SimpleAcmeRL-Zoo | 90.2 | 78.2 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("Mistral-7B", False), ("Mistral-7B + SimpleAcmeRL-Zoo", True), ("Qwen-2.5-7B", False),
        ("Qwen-2.5-7B + SimpleAcmeRL-Zoo", True)}


def test_a_developer_named_in_the_prose_and_the_title_outweighs_links_to_the_base_models_lab(tmp_path):
    """"developed by Acmegrad" in the card titled "Llama-3 8B Acmegrad Instruct": Meta's Llama 3 rows copied
    from Meta's card (linked twice) are not the card's own models."""
    card = write(tmp_path / "card.md", """---
tags:
- meta
- llama-3
---
# Llama-3 8B Acmegrad Instruct 1048k

This model extends LLama-3 8B's context length, developed by Acmegrad, sponsored by compute from a partner.
Base: [Llama 3 8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B) and
[its instruct version](https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct).

| Benchmark | Llama 3 8B | Llama2 7B | Llama 3 70B |
|---|---|---|---|
| MMLU (5-shot) | 66.6 | 45.7 | 79.5 |
| AGIEval English (3-5 shot) | 45.9 | 28.8 | 63.0 |
""")
    res = extract_file(card)
    assert res.document.publisher != "meta"
    assert len(res.scores) == 6 and not any(s.first_party for s in res.scores)


def test_a_new_variant_of_the_publishers_linked_line_is_its_own_and_a_length_column_is_no_score(tmp_path):
    """``Mistra-MoE-2/4x3B-Kickoff`` in the card that links ``MistraCo/Mistra-3B`` (and more often its chat
    line): a variant of the publisher's line, though its name starts another lab's longer line name
    ("mistral"); an AlpacaEval ``Length`` column (characters of output) holds no scores."""
    card = write(tmp_path / "card.md", """# Towards a Law of Something

- [Mistra-3B](https://huggingface.co/MistraCo/Mistra-3B)
- [Mistra-2-3B](https://huggingface.co/MistraCo/Mistra-2-3B)
- [MistraChat-3B](https://huggingface.co/MistraCo/MistraChat-3B)
- [MistraChat-2-3B](https://huggingface.co/MistraCo/MistraChat-2-3B)
- [MistraChat-1.5-3B](https://huggingface.co/MistraCo/MistraChat-1.5-3B)

| Model | MMLU | CEval |
|---|---|---|
| LLaMA-MoE-v1-3.5B | 26.69 | 24.67 |
| Mistra-MoE-2/4x3B-Kickoff | 33.71 | 33.66 |
| Mistra-2-3B | 40.14 | 44.65 |

| Model | AlpacaEval2 | Length |
|---|---|---|
| GPT-4 | 23.58% | 1365 |
| Mistra-2-3B | 15.03% | 1785 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.first_party) for s in res.scores} == {
        ("LLaMA-MoE-v1-3.5B", "MMLU", False), ("LLaMA-MoE-v1-3.5B", "CEval", False),
        ("Mistra-MoE-2/4x3B-Kickoff", "MMLU", True), ("Mistra-MoE-2/4x3B-Kickoff", "CEval", True),
        ("Mistra-2-3B", "MMLU", True), ("Mistra-2-3B", "CEval", True),
        ("GPT-4", "AlpacaEval2", False), ("Mistra-2-3B", "AlpacaEval2", True)}


def test_win_tie_lose_columns_are_outcomes_of_the_evaluation_named_by_the_section_row(tmp_path):
    """``| AcmeGPT(7B) vs GPT-4 | Win | Tie | Fail |`` under the section row "Single-round Medical Response":
    the evaluation is the section, Win/Tie/Fail the metric, not three benchmarks."""
    card = write(tmp_path / "card.md", """# AcmeGPT-II

| **AcmeGPT-II Win Rate** | **Win** | **Tie** | **Fail** |
| --- | --- | --- | --- |
| **Single-round Medical Response** | | | |
| AcmeGPT-II(7B) vs GPT-4 | **38** | 38 | 24 |
| **Multi-round Medical Dialogue** | | | |
| AcmeGPT-II(7B) vs GPT-4 | **53** | 17 | 30 |
""")
    res = extract_file(card)
    got = {(s.benchmark_label, s.key.metric, s.value, s.category) for s in res.scores}
    assert got == {("Single-round Medical Response", "win", 38, None), ("Single-round Medical Response", "tie", 38, None),
                   ("Single-round Medical Response", "fail", 24, None), ("Multi-round Medical Dialogue", "win", 53, None),
                   ("Multi-round Medical Dialogue", "tie", 17, None), ("Multi-round Medical Dialogue", "fail", 30, None)}


def test_markdown_escaped_punctuation_in_numbers_and_names(tmp_path):
    """``19\\.2`` and ``CodeGen2\\.5-7B-mono``: Markdown escapes of punctuation are read as the characters."""
    card = write(tmp_path / "card.md", r"""# AcmeCoder2

| **Model**           | **Pass@1** | **Pass@10** |
| :-----------------: | :--------: | :---------: |
| CodeGen2\.5-7B-mono | 33\.4      | 58\.4       |
| **AcmeCoder2-6B**   | **35\.9**  | \-          |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores} == {
        ("CodeGen2.5-7B-mono", "Pass@1", 33.4), ("CodeGen2.5-7B-mono", "Pass@10", 58.4),
        ("AcmeCoder2-6B", "Pass@1", 35.9)}


def test_an_untitled_card_whose_organisation_hosts_many_models_named_after_another_labs_line(tmp_path):
    """No title; many links to the base model's two repositories at meta-llama, and more distinct models
    under the publisher's own organisation (acmefl/llama-3-klingon-8b, -instruct, -v2, ...): the publisher is
    acmefl, Meta's rows are not its own, and its earlier lines share the word of all its repositories."""
    links = "\n".join(f"- [{n}](https://huggingface.co/acmefl/{n})" for n in (
        "llama-3-klingon-8b", "llama-3-klingon-8b-instruct", "llama-3-klingon-8b-instruct-v2",
        "llama-3-klingon-8b-instruct-v3"))
    base = "\n".join("[Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)" for _ in range(6))
    card = write(tmp_path / "readme.md", f"""[**English**](./README_EN.md)

{links}

{base}

| Model | C-Eval | CMMLU |
|---|---|---|
| Llama-3-Klingon-8B-Instruct-v3 | 55.2 | 54.8 |
| Meta-Llama-3-8B-Instruct | 51.3 | 49.7 |
| Klingon-Mixtral-Instruct (8x7B) | 51.7 | 50.0 |
""")
    res = extract_file(card)
    assert res.document.publisher == "acmefl"
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("Llama-3-Klingon-8B-Instruct-v3", True), ("Meta-Llama-3-8B-Instruct", False),
        ("Klingon-Mixtral-Instruct (8x7B)", True)}


def test_a_row_of_item_counts_and_a_column_of_speed_in_chinese_are_not_scores(tmp_path):
    """``| # Samples | 155 | 220 |`` under the models of a DS-1000 table counts each library's problems; a
    ``推理速度 (字符/秒)`` column (inference speed, characters per second) and a ``输出长度`` column (output
    length) hold no scores."""
    card = write(tmp_path / "card.md", """# AcmeCoder2

### DS1000 (Pass@1)

| **Model** | Matplotlib | Numpy |
|---|---|---|
| \\# Samples | 155 | 220 |
| Codex-001 | 41.8 | 26.6 |
| StarCoder-15B | 51.7 | 29.7 |

| **Model** | **推理速度 (字符/秒)** | 输出长度 | HumanEval |
|---|---|---|---|
| **AcmeCoder2-6B** | 94 | 369 | 35.9 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores} == {
        ("Codex-001", "DS1000 (Pass@1)", 41.8), ("Codex-001", "DS1000 (Pass@1)", 26.6),
        ("StarCoder-15B", "DS1000 (Pass@1)", 51.7), ("StarCoder-15B", "DS1000 (Pass@1)", 29.7),
        ("AcmeCoder2-6B", "HumanEval", 35.9)}
    assert any(k.reason == "item counts, not a model" for k in res.skipped)


def test_the_organisation_of_a_dataset_named_as_the_title_and_a_column_of_row_counts(tmp_path):
    """"# Acme Instruct" links ``huggingface.co/datasets/ACMEAI/Acme-Instruct``: ACMEAI publishes it (not the
    organisation of a footnote's link); a ``Numbers of Rows`` column counts a data mix's rows, no scores."""
    card = write(tmp_path / "card.md", """# Acme Instruct

huggingface[[https://huggingface.co/datasets/ACMEAI/Acme-Instruct](https://huggingface.co/datasets/ACMEAI/Acme-Instruct)]

| **Model** | **MT-Bench** | **AlpacaEval2.0** |
|---|---|---|
| GPT-4-1106 | 9.3 | 30.8 |
| AcmeInstruct-Mistral-7B | 7.3 | 40.0 |

*denotes the results come from [web](https://huggingface.co/someoneelse)

| **Raw Dataset** | **Numbers of Rows** |
|---|:---:|
| glaiveai/glaive-code-assistant-v3 | 138157 |
| TIGER-Lab/MathInstruct | 188486 |
""")
    res = extract_file(card)
    assert res.document.publisher == "ACMEAI"
    assert {(s.model_label, s.benchmark_label) for s in res.scores} == {
        ("GPT-4-1106", "MT-Bench"), ("GPT-4-1106", "AlpacaEval2.0"), ("AcmeInstruct-Mistral-7B", "MT-Bench"),
        ("AcmeInstruct-Mistral-7B", "AlpacaEval2.0")}


def test_counts_dates_gains_and_hyperparameters_are_not_scores(tmp_path):
    """A `# of Samples (k)` column, a `Released Date` column (2024.04), a `数量` (count) column and a `提升`
    (gain) column beside the scores, and a table under a "Hyperparameter tuning" heading hold no scores."""
    card = write(tmp_path / "card.md", """# AcmeMath-7B

| Model | # of Samples (k) | Released Date | MATH | GSM8K |
|---|---|---|---|---|
| GPT-4 | 96 | 2023.03 | 52.6 | 94.7 |
| AcmeMath-7B | 591 | 2024.04 | 45.5 | 82.6 |

| 问题类型 | 数量 | GPT-4 | AcmeMath-7B |
|---|---|---|---|
| coding | 38 | 8.1 | 7.2 |
| math | 30 | 8.5 | 7.9 |

| Benchmark | AcmeMath-7B | AcmeMath-2B | 提升 |
|---|---|---|---|
| MMLU | 61.2 | 59.4 | +1.83 |
| BBH | 45.0 | 39.3 | +5.68 |

### Hyperparameter tuning

| Setting | β | γ/β | Learning rate |
|---|---|---|---|
| Mistral-Base | 2.0 | 0.8 | 3e-7 |
| Llama3-Instruct | 2.5 | 0.55 | 1e-6 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.value) for s in res.scores}
    assert got == {("GPT-4", 52.6), ("GPT-4", 94.7), ("AcmeMath-7B", 45.5), ("AcmeMath-7B", 82.6),
                   ("GPT-4", 8.1), ("GPT-4", 8.5), ("AcmeMath-7B", 7.2), ("AcmeMath-7B", 7.9),
                   ("AcmeMath-7B", 61.2), ("AcmeMath-7B", 45.0), ("AcmeMath-2B", 59.4), ("AcmeMath-2B", 39.3)}


def test_a_row_linking_the_publishers_checkpoint_and_a_line_named_like_the_organisation_are_its_own(tmp_path):
    """``| Mistral Base 7B AcmePO | [acme-nlp/Mistral-7B-Base-AcmePO](https://huggingface.co/acme-nlp/...) |``:
    the checkpoint the publisher released; ``LLaMA-Acme-3.0B`` in the card of the organisation ``llama-acme``."""
    card = write(tmp_path / "card.md", """# AcmePO: Simple Preference Optimization

[code](https://github.com/acme-nlp/AcmePO)

| Models | Checkpoint | AE2 LC | AH |
|---|---|:---:|:---:|
| Mistral-7B-Instruct-v0.2 | [mistralai/Mistral-7B-Instruct-v0.2](https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2) | 17.1 | 12.6 |
| Mistral Base 7B DPO (Zephyr) | [acme-nlp/Mistral-7B-Base-SFT-DPO](https://huggingface.co/acme-nlp/Mistral-7B-Base-SFT-DPO) | 15.1 | 10.4 |
| Mistral Base 7B AcmePO | [acme-nlp/Mistral-7B-Base-SFT-AcmePO](https://huggingface.co/acme-nlp/Mistral-7B-Base-SFT-AcmePO) | 21.5 | 16.6 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("Mistral-7B-Instruct-v0.2", False), ("Mistral Base 7B DPO (Zephyr)", True), ("Mistral Base 7B AcmePO", True)}
    card2 = write(tmp_path / "card2.md", """<h1>LLaMA-Acme: Building Mixture-of-Experts from LLaMA</h1>

<a href="https://huggingface.co/llama-acme" target="_blank">Model Weights</a>

| Model | #Experts | Links |
|---|---|---|
| **LLaMA-Acme-3.0B** | 16 | [[HF Weights]](https://huggingface.co/llama-acme/LLaMA-Acme-v1-3_0B-2_16) |

| Model | ARC-c | HellaSwag |
|---|---|---|
| Sheared-LLaMA-2.7B | 41.6 | 71.0 |
| **LLaMA-Acme-3.0B** | 40.9 | 70.8 |
""")
    assert {(s.model_label, s.first_party) for s in extract_file(card2).scores} == {
        ("Sheared-LLaMA-2.7B", False), ("LLaMA-Acme-3.0B", True)}


def test_a_row_labelled_only_by_a_parenthesised_stage_continues_the_model_above(tmp_path):
    """``|            (LoRA) | 69.3 |`` under ``| Baichuan-13B-Chat | 64.8 |``: Baichuan-13B-Chat after LoRA
    fine-tuning, not a model called "(LoRA)"."""
    card = write(tmp_path / "card.md", """# AcmeFin

| 模型 | FinFE (Accuracy) | FinQA (F1) |
|:---:|:---:|:---:|
| Baichuan-13B-Chat | 64.8 | 38.1 |
|            (LoRA) | 69.3 | 42.4 |
| ChatGLM2 | 61.3 | 28.8 |
|            (LoRA) | 65.3 | 37.6 |
""")
    res = extract_file(card)
    assert sorted({s.model_label for s in res.scores}) == [
        "Baichuan-13B-Chat", "Baichuan-13B-Chat (LoRA)", "ChatGLM2", "ChatGLM2 (LoRA)"]


def test_a_results_heading_that_mentions_hyperparameters_still_holds_scores(tmp_path):
    card = write(tmp_path / "card.md", """# AcmeMath-7B

### Results with tuned hyperparameters

| Model | MATH | GSM8K |
|---|---|---|
| AcmeMath-7B | 45.5 | 82.6 |
| GPT-4 | 52.6 | 94.7 |
""")
    assert len(extract_file(card).scores) == 4


def test_a_bold_label_row_under_a_category_row_is_the_header_even_before_a_section_row(tmp_path):
    """``| | **MATH** | | **Science** |`` over ``| **Method** | **AIME2024** | **AIME2025** | **GPQA-Diamond** |``
    then a section row ``| *Self-Contained Reasoning* | | | |``: the bold row names the benchmarks, the row
    above their categories."""
    card = write(tmp_path / "card.md", """# AcmeAgent-4B

|                            | **MATH**     |              | **Science**      |
| -------------------------- | ------------ | ------------ | ---------------- |
| **Method**                 | **AIME2024** | **AIME2025** | **GPQA-Diamond** |
| *Self-Contained Reasoning* |              |              |                  |
| Qwen2.5-7B-Instruct        | 16.7         | 10.0         | 31.3             |
| *Agentic Reasoning*        |              |              |                  |
| AcmeAgent-4B (Ours)        | 72.6         | 70.0         | 58.5             |
""")
    res = extract_file(card)
    assert {(s.model_label, s.key.benchmark, s.value) for s in res.scores} == {
        ("Qwen2.5-7B-Instruct", "aime-2024", 16.7), ("Qwen2.5-7B-Instruct", "aime-2025", 10.0),
        ("Qwen2.5-7B-Instruct", "gpqa-diamond", 31.3), ("AcmeAgent-4B (Ours)", "aime-2024", 72.6),
        ("AcmeAgent-4B (Ours)", "aime-2025", 70.0), ("AcmeAgent-4B (Ours)", "gpqa-diamond", 58.5)}


def test_abbreviations_spelled_out_in_the_caption_mark_columns_that_are_not_scores(tmp_path):
    """"PS: parameter size (billion). T: tokens (trillion). HS: HellaSwag." above the table: the PS and T
    columns hold sizes and token counts, not scores."""
    card = write(tmp_path / "card.md", """# AcmeLLM

**Performance comparison.** PS: parameter size (billion). T: tokens (trillion). HS: HellaSwag.

| Model | PS | T | BoolQ | HS |
| --- | --- | --- | --- | --- |
| OPT | 0.35 | 0.30 | 57.74 | 36.69 |
| AcmeLLM | 0.38 | 1.0 | 62.08 | 46.19 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label) for s in res.scores} == {
        ("OPT", "BoolQ"), ("OPT", "HS"), ("AcmeLLM", "BoolQ"), ("AcmeLLM", "HS")}


def test_the_method_column_names_the_models_not_the_columns_of_their_parts(tmp_path):
    """``| Method | Vision Encoder | Language Model | MME |``: the models are in the Method column;
    ``ViT-g (1.3B)`` and ``Vicuna (7B)`` name their parts, whatever sizes they carry."""
    card = write(tmp_path / "card.md", """# AcmeOwl2

<table>
<thead><tr><th>Method</th><th>Vision Encoder</th><th>Language Model</th><th>MME</th><th>MMBench</th></tr></thead>
<tbody>
<tr><td>BLIP-2</td><td>ViT-g (1.3B)</td><td>Vicuna (7B)</td><td>1293.84</td><td>-</td></tr>
<tr><td>LLaVA-1.5</td><td>ViT-L (0.3B)</td><td>Vicuna (7B)</td><td>1510.70</td><td>64.3</td></tr>
<tr><td>AcmeOwl2</td><td>ViT-L (0.3B)</td><td>LLaMA (7B)</td><td>1450.19</td><td>64.5</td></tr>
</tbody>
</table>
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores} == {
        ("BLIP-2", "MME", 1293.84), ("LLaVA-1.5", "MME", 1510.70), ("LLaVA-1.5", "MMBench", 64.3),
        ("AcmeOwl2", "MME", 1450.19), ("AcmeOwl2", "MMBench", 64.5)}


def test_a_developer_named_in_chinese_prose_and_repository_ids_of_other_organisations(tmp_path):
    """"AcmeLM-6B 是由极光开发的..." (developed by Jiguang) names the publisher, whose AcmeLM rows are its own;
    ``Linly-AI/Chinese-LLaMA-2-13B-hf`` is a repository of another organisation, even when its name shares
    the card's words."""
    card = write(tmp_path / "card.md", """# AcmeLM-6B

## 介绍

AcmeLM-6B 是由极光开发的一个大规模预训练语言模型，参数规模为64亿。

| Model | C-Eval | CMMLU |
|---|---|---|
| AcmeLM-6B | 60.2 | 57.4 |
| AcmeLM-1.3B | 50.1 | 49.9 |
| Linly-AI/Chinese-LLaMA-2-13B-hf | 40.2 | 39.8 |
""")
    res = extract_file(card)
    assert res.document.publisher == "极光"
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("AcmeLM-6B", True), ("AcmeLM-1.3B", True), ("Linly-AI/Chinese-LLaMA-2-13B-hf", False)}


def test_tokeniser_and_layer_columns_in_three_languages_are_not_scores(tmp_path):
    """Vocabulary sizes (``词表大小``, ``語彙サイズ``, ``Vocab Size``), characters per token
    (``Avg Char/Token``, ``1トークンあたりの平均文字数``) and layer counts (``#Attn Layer``) are no scores."""
    card = write(tmp_path / "card.md", """# AcmeLM

| LLM | Tokenizer | Vocab Size | Avg Char/Token |
|:---|:---|---:|---:|
| Acme 7B | acme/acme-base-7b | 120073 | 2.31 |
| Llama 2 7B | meta-llama/Llama-2-7b-hf | 32000 | 0.95 |

| LLM | トークン化器 | 語彙サイズ | 1トークンあたりの平均文字数 |
|:---|:---|---:|---:|
| Acme 7B | acme/acme-base-7b | 120073 | 2.31 |

| 模型 | 词表大小 | C-Eval |
|---|---|---|
| Acme 7B | 120073 | 55.2 |

| Model | #Attn Layer | #FFN Layer | MMLU |
|---|---|---|---|
| Acme 7B | 48 | 48 | 60.1 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores} == {
        ("Acme 7B", "C-Eval", 55.2), ("Acme 7B", "MMLU", 60.1)}


def test_a_caption_naming_japanese_mt_bench_beside_a_leaderboard_link(tmp_path):
    """"There is an MT-Bench Leaderboard, but ... a comparison of the JA MT-Bench scores" above ``| Model |
    Score |``: the scores are Japanese MT-Bench's (not MT-Bench's, whose name sits inside it, nor the
    leaderboard's); the lone Score column is the benchmark's own score, not a subset."""
    card = write(tmp_path / "card.md", """# acme-7b-v1

There is an [MT-Bench Leaderboard](https://example.org/lb), but as JA MT-Bench is still under development, here is a comparison of the JA MT-Bench scores of some other models:

| Model | Score |
| --- | --- |
| gpt-4-0613 | 9.40 |
| acme-7b-v1 | 5.02 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.key.benchmark, s.key.subset, s.value) for s in res.scores} == {
        ("gpt-4-0613", "ja-mt-bench", None, 9.40), ("acme-7b-v1", "ja-mt-bench", None, 5.02)}


def test_a_one_row_table_indented_under_a_list_item_is_the_model_the_item_links(tmp_path):
    """``- **[acme-code-7b](https://huggingface.co/acme/acme-code-7b) 2023.10.10**`` over an indented
    ``| Average | ARC | HellaSwag |`` table of one row: that model's scores, not the card title's."""
    card = write(tmp_path / "card.md", """# Acme LLM based Agents

- **[acme-code-7b](https://huggingface.co/acme/acme-code-7b) 2023.10.10**

    **Open LLM Language Model Evaluation Harness**

    | Average | ARC    | HellaSwag |
    | ------  | ------ | ------    |
    | 53.34   | **64.33** | 84.4   |

- **[acme-agent-13b](https://huggingface.co/acme/acme-agent-13b) 2023.11.01**

    | Average | ARC    | HellaSwag |
    | ------  | ------ | ------    |
    | 60.10   | 61.00 | 83.2   |
""")
    res = extract_file(card)
    assert {(s.model_label, s.value) for s in res.scores} == {
        ("acme-code-7b", 53.34), ("acme-code-7b", 64.33), ("acme-code-7b", 84.4),
        ("acme-agent-13b", 60.10), ("acme-agent-13b", 61.00), ("acme-agent-13b", 83.2)}


def test_the_organisation_of_a_repository_named_as_the_titles_head(tmp_path):
    """"# 🌟 UI-Acme: Building UI Agents" with its code at github.com/orbitAI/UI-Acme and its collection
    huggingface.co/collections/orbitAI/ui-acme-689f...: orbitAI publishes it (an organisation named unlike
    the model), so its UI-Acme models are its own."""
    card = write(tmp_path / "card.md", """# 🌟 UI-Acme: Building High-Performance UI Agents with RFT

[![GitHub](https://img.shields.io/badge/GitHub-Repository-green)](https://github.com/orbitAI/UI-Acme)
[![Hugging Face](https://img.shields.io/badge/HF-Model-orange)](https://huggingface.co/collections/orbitAI/ui-acme-689f2fb01a4234cbce91c56a)

Code and weights:
  👉 [GitHub Repository](https://github.com/ant/UI-Acme) | [Hugging Face Model](https://huggingface.co/ant/UI-Acme)

| Models | Mobile Text | Desktop Text |
|---|---|---|
| GPT-4o | 26.6 | 24.2 |
| UI-Acme-Ground-7B | 99.0 | 97.0 |
""")
    res = extract_file(card)
    assert res.document.publisher == "orbitAI"
    assert {(s.model_label, s.first_party) for s in res.scores} == {("GPT-4o", False), ("UI-Acme-Ground-7B", True)}


def test_rows_that_link_a_model_checkpoint_are_models(tmp_path):
    """MambaInLlama: ``[Mamba (1/2 attention)](https://huggingface.co/...)`` rows (no size in the name) under
    benchmark columns; Cherry LLM: a bold name column beside a "Model" column of bare ``[[hf-Link]](...)``
    cells, which point at the checkpoints and do not name them."""
    card = write(tmp_path / "card.md", """# Acme Hybrids

| Model | MMLU <br> (5 shots) | MT-Bench <br> (scored by GPT-4) |
|-------|----------------|----------------------------|
| [Hybrid (1/2 attention)](https://huggingface.co/someone/Hybrid_0_50) | 59.26 | 7.35 |
| [Hybrid (1/4 attention)](https://huggingface.co/someone/Hybrid_0_75) | 52.68 | 6.86 |

|                          | **Avg** | **ARC** | **MMLU** ||**Data**| **Model**|
|--------------------------|:-------:|:-------:|:--------:|:-:|:-:|:-:|
| **Alpaca**      | 50.21       | 42.65   | 41.73   ||/|/|
| **5% Alpaca**     | 52.06| 53.92   | 36.51   ||[[Link]](data/alpaca_5.json)|[[hf-Link]](https://huggingface.co/someone/alpaca-5-percent-7B)|
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value) for s in res.scores}
    assert ("Hybrid (1/2 attention)", "MMLU (5 shots)", 59.26) in got
    assert ("Hybrid (1/4 attention)", "MT-Bench (scored by GPT-4)", 6.86) in got
    assert ("Alpaca", "ARC", 42.65) in got and ("5% Alpaca", "MMLU", 36.51) in got
    assert len(res.scores) == 4 + 6
    assert not any("Link" in s.model_label for s in res.scores)


def test_a_column_of_model_types_beside_a_column_of_model_names(tmp_path):
    """InstructEval: "| Model Name | Model Path | ..." where Model Name repeats a few types (``llama``,
    ``seq_to_seq``) and Model Path holds the models (``org/name`` links): the rows are the paths."""
    card = write(tmp_path / "card.md", """# An eval suite

| Model Name | Model Path | Size | MMLU | BBH |
|------------|------------|------|------|-----|
| seq_to_seq | [google/flan-t5-xxl](https://huggingface.co/google/flan-t5-xxl) | 11B | 54.5 | 43.9 |
| seq_to_seq | [google/flan-t5-xl](https://huggingface.co/google/flan-t5-xl) | 3B | 49.2 | 40.2 |
| llama | [eachadea/vicuna-13b](https://huggingface.co/eachadea/vicuna-13b) | 13B | 49.7 | 37.1 |
| llama | [chavinlo/alpaca-native](https://huggingface.co/chavinlo/alpaca-native) | 7B | 41.6 | 33.3 |
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores} == {"google/flan-t5-xxl", "google/flan-t5-xl", "eachadea/vicuna-13b",
                                                   "chavinlo/alpaca-native"}
    assert len(res.scores) == 8


def test_a_metric_column_beside_the_dataset_column(tmp_path):
    """PIXIU: "| Dataset | Metric | FinMA v0.1 | ChatGPT | GPT-4 |": the dataset names the benchmark, the metric
    qualifies it (not the other way round)."""
    card = write(tmp_path / "card.md", """# Finance models

| Dataset    | Metric    | FinAcme v0.1 | ChatGPT | GPT-4 |
|------------|-----------|-----------------|---------|-------|
| NER        | Entity F1 | 0.69            | 0.77    | **0.83**  |
| Headlines  | Avg F1    | **0.98**            | 0.76    | 0.86  |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores} >= {
        ("FinAcme v0.1", "NER", 0.69), ("GPT-4", "Headlines", 0.86)}
    assert len(res.scores) == 6
    assert {s.key.setting().get("extra", {}).get("metric") for s in res.scores if s.benchmark_label == "NER"} == {
        "entity f1"}


def test_a_second_header_row_of_td_cells_under_qualifier_groups(tmp_path):
    """NeMo-Skills (OpenMath): ``<td>`` rows "| | greedy (2) | majority@50 (2) |" then "| model | GSM8K | MATH |
    GSM8K | MATH |": both rows are the header, and the group says how each benchmark was scored."""
    card = write(tmp_path / "card.md", """# Acme math

<table>
  <tr><td></td><td colspan="2">greedy</td><td colspan="2">majority@50</td></tr>
  <tr><td>model</td><td>GSM8K</td><td>MATH</td><td>GSM8K</td><td>MATH</td></tr>
  <tr><td>GPT-4</td><td>94.4</td><td>56.2</td><td>-</td><td>-</td></tr>
  <tr><td>AcmeMath-CodeLlama-7B</td><td>75.9</td><td>43.6</td><td>84.8</td><td>55.6</td></tr>
</table>
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark, s.key.setting().get("k"), s.value) for s in res.scores}
    assert got == {("GPT-4", "gsm8k", None, 94.4), ("GPT-4", "math", None, 56.2),
                   ("AcmeMath-CodeLlama-7B", "gsm8k", None, 75.9), ("AcmeMath-CodeLlama-7B", "math", None, 43.6),
                   ("AcmeMath-CodeLlama-7B", "gsm8k", "maj@50", 84.8), ("AcmeMath-CodeLlama-7B", "math", "maj@50", 55.6)}


def test_a_sized_model_column_under_a_benchmarks_heading(tmp_path):
    """MathOctopus: "### Overall Results on MGSM" over "| 7B Model | En | Sw | ... | Overall |", rows named
    without a size (``MathOctopus<sup>C</sup>``); the same under "Overall Results on MSVAMP", a benchmark the
    catalog does not know (kept as the heading writes it)."""
    card = write(tmp_path / "card.md", """# AcmeOctopus

### **Overall Results on MGSM**

| 7B Model                        | En      | Sw      | Overall |
|:--------------------------------|:--------|:--------|:--------|
| AcmeOctopus<sup>C</sup>         | 52.0    | 23.6    | 32.2    |
| **xRFT**-AcmeOctopus<sup>C</sup>| 51.2    | 24.0    | 33.3    |

### **Overall Results on MSVAMP**

| 13B Model                       | En      | Sw      | Overall |
|:--------------------------------|:--------|:--------|:--------|
| AcmeOctopus<sup>C</sup>         | 56.6    | 40.4    | 47.1    |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark or s.benchmark_label, s.key.setting().get("subset"), s.value) for s in res.scores}
    assert ("AcmeOctopusC (7B)", "mgsm", "en", 52.0) in got
    assert ("xRFT-AcmeOctopusC (7B)", "mgsm", None, 33.3) in got  # "Overall": the benchmark's own score
    assert ("AcmeOctopusC (13B)", "MSVAMP", "sw", 40.4) in got
    assert len(res.scores) == 9


def test_checkpoint_columns_of_the_corner_model(tmp_path):
    """OpenLM: "| **OpenLM-1B** | **250B Tokens** | **500B tokens** |" over benchmark rows: the columns are
    checkpoints of the model in the corner; a competitor's column beside them stays a model."""
    card = write(tmp_path / "card.md", """# AcmeLM

| **AcmeLM-7B**  | **275B Tokens** | **1T Tokens** | **LLAMA-7B** |
|-----------------|-----------------|---------------|--------------|
| arc_challenge   |            0.35 |          0.39 |         0.41 |
| hellaswag       |            0.64 |          0.69 |         0.75 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark, s.value) for s in res.scores} == {
        ("AcmeLM-7B (275B Tokens)", "arc-challenge", 0.35), ("AcmeLM-7B (1T Tokens)", "arc-challenge", 0.39),
        ("LLAMA-7B", "arc-challenge", 0.41), ("AcmeLM-7B (275B Tokens)", "hellaswag", 0.64),
        ("AcmeLM-7B (1T Tokens)", "hellaswag", 0.69), ("LLAMA-7B", "hellaswag", 0.75)}


def test_an_image_resolution_column_is_not_a_score(tmp_path):
    """Mini-Gemini: "| Model | LLM | Res. | TextVQA | MMB |" (Res. 336, 672)."""
    card = write(tmp_path / "card.md", """# Acme-VL

| Model | LLM | Res. | TextVQA | MMB |
|-------|-----|------|---------|-----|
| Acme-VL-7B | Vicuna-7B | 336 | 65.2 | 69.3 |
| Acme-VL-7B-HD | Vicuna-7B | 672 | 68.4 | 65.8 |
""")
    res = extract_file(card)
    assert sorted(s.value for s in res.scores) == [65.2, 65.8, 68.4, 69.3]


def test_rows_linking_checkpoints_under_the_account_that_hosts_the_titles_line(tmp_path):
    """MambaInLlama, published from the GitHub account jxiw, links its checkpoints under the Hugging Face
    account JunxiongWang (MambaInLlama_0_50, _0_75, Mamba2InLlama_0_50): rows linking checkpoints there
    are the publisher's; the teacher model is not."""
    card = write(tmp_path / "card.md", """# AcmeInLlama

Code: [repo](https://github.com/jdoe/AcmeInLlama). Models [here](https://huggingface.co/JaneDoe?search=AcmeInLlama).

| Model | MMLU | MT-Bench |
|-------|------|----------|
| [Hybrid (1/2 attention)](https://huggingface.co/JaneDoe/AcmeInLlama_0_50) | 59.26 | 7.35 |
| [Hybrid2 (1/2 attention)](https://huggingface.co/JaneDoe/Acme2InLlama_0_50) | 56.67 | 7.32 |
| [Hybrid (1/4 attention)](https://huggingface.co/JaneDoe/AcmeInLlama_0_75) | 52.68 | 6.86 |
| [Zephyr](https://huggingface.co/HuggingFaceH4/zephyr-7b-beta) | 58.0 | 7.34 |
""")
    res = extract_file(card)
    fp = {s.model_label: s.first_party for s in res.scores}
    assert fp == {"Hybrid (1/2 attention)": True, "Hybrid2 (1/2 attention)": True, "Hybrid (1/4 attention)": True,
                  "Zephyr": False}


def test_a_line_the_prose_introduces_as_the_authors_own(tmp_path):
    """PIXIU (publisher found as a person the catalog does not know; the title names the project, not the
    model): "We are pleased to introduce the first version of FinMA, a specialized model fine-tuned on LLaMA
    7B" makes FinMA the authors' own; GPT-4 and a base model's line stay others'."""
    card = write(tmp_path / "card.md", """# PROJ: A Large Language Model, Instruction Data and Benchmark for Finance

This project is developed by Jane Roe, John Doe and Ann Poe.

## FinAcme v0.1

We are pleased to introduce the first version of FinAcme, a specialized model fine-tuned on LLaMA 7B.

| Dataset    | Metric    | FinAcme v0.1 | GPT-4 | LLaMA-7B |
|------------|-----------|-----------------|-------|-------|
| NER        | Entity F1 | 0.69            | 0.83  | 0.41 |
""")
    res = extract_file(card)
    assert {s.model_label: s.first_party for s in res.scores} == {"FinAcme v0.1": True, "GPT-4": False,
                                                                  "LLaMA-7B": False}


def test_the_model_a_title_starts_with_is_the_documents_own(tmp_path):
    """Flacuna ("# Flacuna: A Vicuna made of Flan", no organisation named anywhere): the row named exactly as
    the title's head is the document's own model; Vicuna, its base, is not."""
    card = write(tmp_path / "card.md", """# Acmecuna: A Vicuna made of Flan

Acmecuna was developed by fine-tuning Vicuna on a collection of instructions.

| Model | MMLU (5-shot) | BBH (3-shot) |
|-------|------|-----|
| Vicuna | 49.8 | 37.1 |
| Acmecuna | 51.1 | 39.5 |
""")
    res = extract_file(card)
    assert {s.model_label: s.first_party for s in res.scores} == {"Vicuna": False, "Acmecuna": True}


def test_tables_inside_html_comments_are_not_read(tmp_path):
    """DISC-MedLLM: two score tables wrapped in ``<!-- ... -->`` (not shown on the page); MoE-LLaVA: a row of an
    HTML table commented out. Only what the page shows is read."""
    card = write(tmp_path / "card.md", """# AcmeMed

| Model | MMLU | CMMLU |
|-------|------|-------|
| AcmeMed-13B | 51.0 | 60.2 |

<!-- | Model | MMLU | CMMLU |
|-------|------|-------|
| AcmeMed-13B | 49.0 | 58.0 |
-->

<!--
<table>
<tr><th>Model</th><th>MMLU</th></tr>
<tr><td>AcmeMed-13B</td><td>47.5</td></tr>
</table>
-->
""")
    res = extract_file(card)
    assert sorted(s.value for s in res.scores) == [51.0, 60.2]


def test_a_shots_heading_is_a_setting_not_a_benchmark(tmp_path):
    """DISC-MedLLM: "#### Few-shot" over "| Model | MLEC-QA Clinic | ... | Average |": the columns are the
    benchmarks, not subsets of a benchmark called "Few-shot"."""
    card = write(tmp_path / "card.md", """# AcmeMed

#### Few-shot

| Model             | MLEC-QA Clinic | NEEP 306 | Average |
|-------------------|----------------|----------|---------|
| GPT-3.5           | 58.63          | 44.81    | 49.64   |
| AcmeMed-13B       | 44.64          | 33.33    | 39.79   |
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores} == {"MLEC-QA Clinic", "NEEP 306", "Average"}


def test_a_named_eval_heading_over_setting_columns(tmp_path):
    """YOCO: "### Multi-Needle Eval" over "| Model | Size | N=1 | N=2 |": the heading names the benchmark (kept
    as written), the columns are its parts."""
    card = write(tmp_path / "card.md", """# AcmeLM

### Multi-Needle Eval
| **Model**               | **Size** | **N=1** | **N=2** |
|-------------------------|----------|---------|---------|
| GPT-4-128K              | --       | 1.00    | 1.00    |
| AcmeLM-3B-1M            | 3B       | 0.98    | 0.84    |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.key.setting().get("subset"), s.value) for s in res.scores} == {
        ("GPT-4-128K", "Multi-Needle Eval", "n=1", 1.0), ("GPT-4-128K", "Multi-Needle Eval", "n=2", 1.0),
        ("AcmeLM-3B-1M", "Multi-Needle Eval", "n=1", 0.98), ("AcmeLM-3B-1M", "Multi-Needle Eval", "n=2", 0.84)}


def test_a_model_header_over_rows_no_catalog_knows(tmp_path):
    """KLUE: "| Model | TC | STS | | NLI |" over a metric row, with rows (mBERT-base, XLM-R-base) and
    columns that no catalog knows: the header says the rows are models."""
    card = write(tmp_path / "card.md", """# A Korean benchmark

| Model                    | TC    | STS   |       | NLI   |
|--------------------------|-------|-------|-------|-------|
|                          | F1    | Pearsons' r | F1    | ACC   |
| **mBERT-base**             | 81.55 | 84.66 | 76.00 | 73.20 |
| **XLM-R-base**              | 83.52 | 89.16 | 82.01 | 77.33 |
||
| **AcmeKo-BERT-base**          | _85.49_ | 90.85 | 82.84 | 81.63 |
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores} == {"mBERT-base", "XLM-R-base", "AcmeKo-BERT-base"}
    assert len(res.scores) == 12
    assert {s.benchmark_label for s in res.scores if s.model_label == "mBERT-base"} == {
        "TC F1", "STS Pearsons' r", "STS F1", "NLI ACC"}


def test_a_score_with_its_gain_beside_it(tmp_path):
    """Absolute Zero Reasoner: ``55.2 <span style="color:#00AA00">+3.2</span>`` is the score 55.2 (the gain over
    the base is not a score); a ``#data`` column counts training data; "Scaling Results" names no benchmark."""
    assert [v.value for v in parse_cell('55.2 <span style="color:#00AA00">+3.2</span>').values] == [55.2]
    assert [v.value for v in parse_cell("61.6 ↑5.0").values] == [61.6]
    assert not parse_cell("2024 -05").values  # a date, not a score and its change
    card = write(tmp_path / "card.md", """# AcmeZero

## Scaling Results

<table>
<tr><th>Model</th><th>#data</th><th>Code Avg</th><th>Total Avg</th></tr>
<tr><td>Qwen2.5-7B</td><td>-</td><td>52.0</td><td>39.8</td></tr>
<tr><td>AcmeZero-7B</td><td><b>0</b></td><td>55.2 <span style="color:#00AA00">+3.2</span></td><td>46.8 <span style="color:#00AA00">+7.0</span></td></tr>
</table>
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores} == {
        ("Qwen2.5-7B", "Code Avg", 52.0), ("Qwen2.5-7B", "Total Avg", 39.8),
        ("AcmeZero-7B", "Code Avg", 55.2), ("AcmeZero-7B", "Total Avg", 46.8)}


def test_models_named_after_the_titles_head_with_no_publisher_found(tmp_path):
    """TreeRL ("# TreeRL: LLM Reinforcement Learning with On-Policy Tree Search", no organisation named):
    ``TreeRL (GLM-9B)`` rows are the document's own; ``Qwen-2.5-14B`` is not."""
    card = write(tmp_path / "card.md", """# AcmeRL: LLM Reinforcement Learning with Tree Search

| Model | MATH500 | AIME2024 |
|-------|---------|----------|
| Qwen-2.5-14B | 70.2 | 10.0 |
| AcmeRL (Qwen-2.5-14B) | 81.7 | 36.7 |
""")
    res = extract_file(card)
    assert {s.model_label: s.first_party for s in res.scores} == {"Qwen-2.5-14B": False, "AcmeRL (Qwen-2.5-14B)": True}


def test_group_labels_centred_over_their_columns(tmp_path):
    """ModuleFormer: "|Model| |TriviaQA| | | HumanEval| |Wikitext|" over "||0-shot |1-shot |5-shot |pass@1
    |pass@10 |pass@100 |PPL|": each label sits over the middle of its group."""
    card = write(tmp_path / "card.md", """# AcmeFormer

|Model| |TriviaQA| | | HumanEval| |
|---|---|---|---|---|---|---|
||0-shot |1-shot |5-shot |pass@1 |pass@10 |pass@100 |
|Pythia 410M |2.32 |5.02 |6.42 |1.20 |3.85 |9.98 |
|AcmeLM-700M-8B |11.47 |16.73 |20.75 |5.51 |12.58 |20.40 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark, s.key.setting().get("shots"), s.key.setting().get("k"), s.value)
           for s in res.scores if s.model_label == "Pythia 410M"}
    assert got == {("Pythia 410M", "triviaqa", 0, None, 2.32), ("Pythia 410M", "triviaqa", 1, None, 5.02),
                   ("Pythia 410M", "triviaqa", 5, None, 6.42), ("Pythia 410M", "humaneval", None, None, 1.20),
                   ("Pythia 410M", "humaneval", None, "pass@10", 3.85), ("Pythia 410M", "humaneval", None, "pass@100", 9.98)}


def test_a_dataset_corner_over_columns_of_models_no_catalog_knows(tmp_path):
    """Serengeti: "| **Dataset** | **XLMR** | **mBERT** | **Afro-XLMR** |" over rows of datasets, every cell
    ``81.41<sup>±0.26</sup>``; a dataset-statistics table beside it ("Example Number (Train)") is no scores."""
    card = write(tmp_path / "card.md", """# AcmeAfri

| **Dataset**  |  **XLMR** | **mBERT** |  **ACME-AFRI** |
|----------------|:---------:|:-------------:|:-----------:|
|  MasakaNER-v1 [Adelani et al., 2021](https://example.org/x) |81.41<sup>±0.26</sup> |78.57<sup>±0.53</sup> |**84.16<sup>±0.45</sup>** |
|  NCHLT-NER     | 71.41<sup>±0.07</sup> | 70.58<sup>±0.26</sup>  | 73.18<sup>±0.24</sup> |

| Task            | Data Source   | Example Number (Train) | Example Number (Test) |
|-----------------|---------------|------------------------|-----------------------|
| Sentiment Analysis    | Phrasebank   | 3,876                  | 970                   |
| Named Entity Recognition   | NER                        | 504                    | 98                    |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value, s.stderr) for s in res.scores}
    assert got == {("XLMR", "MasakaNER-v1", 81.41, 0.26), ("mBERT", "MasakaNER-v1", 78.57, 0.53),
                   ("ACME-AFRI", "MasakaNER-v1", 84.16, 0.45), ("XLMR", "NCHLT-NER", 71.41, 0.07),
                   ("mBERT", "NCHLT-NER", 70.58, 0.26), ("ACME-AFRI", "NCHLT-NER", 73.18, 0.24)}


def test_a_task_dash_benchmark_heading_and_model_columns(tmp_path):
    """MiniLM: "### Cross-Lingual Question Answering - [MLQA](...)" over "| Model F1 Score | #Layers | #Hidden |
    Average | en | es |" (the prose above names SQuAD, the training data: not the table's benchmark), and
    "### Abstractive Summarization - [XSum](...)" over ROUGE columns."""
    card = write(tmp_path / "card.md", """# AcmeLM

### Cross-Lingual Question Answering - [MLQA](https://arxiv.org/abs/1910.07475)

Following earlier work, we adopt SQuAD 1.1 as training data and use MLQA English development data.

| Model F1 Score | #Layers | #Hidden | Average | en   | es   |
|----------------|---------|---------|---------|------|------|
| [mBERT](https://github.com/google-research/bert) | 12 | 768 | 57.7 | 77.7 | 64.3 |
| **mAcme-L12xH384** | 12 | 384 | 63.2 | 79.4 | 66.1 |

### Abstractive Summarization - [XSum](https://github.com/EdinburghNLP/XSum)

| Model | #Param | ROUGE-1 | ROUGE-2 |
|-------|--------|---------|---------|
| [BART (Lewis et al., 2019)](https://arxiv.org/pdf/1910.13461.pdf) | 400M | 45.14 | 22.27 |
| **Acme-L12xH384** | 33M | 40.43 | 17.72 |
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores} == {"MLQA", "XSum"}
    assert len(res.scores) == 6 + 4  # not the #Layers / #Hidden / #Param columns
    # columns that are all metrics: each its metric
    assert {s.key.metric for s in res.scores if s.benchmark_label == "XSum"} == {"rouge-1", "rouge-2"}


def test_latex_marks_and_a_caption_naming_the_benchmark(tmp_path):
    """OpenBA: "| Falcon $(\\dagger)$ | 40B | 77.2 |" (a LaTeX footnote mark, not a price) under "Model
    performance on BELEBELE benchmark, where ..."; "Zh $\\Rightarrow$ En" headers."""
    card = write(tmp_path / "card.md", r"""# AcmeBA

### Reading Comprehension
Model performance on BELEBELE benchmark, where \#Param. denotes the model parameters, $\dagger$ denotes 5-shot setting.

| Model | #Param. | eng_Latn | zho_Hans | Avg. |
| :--- | :---: | :---: | :---: | :---: |
| Falcon $(\dagger)$ | 40B | 77.2 | 66.0 | 68.5 |
| LLaMA $(\dagger)$ | 70B | **82.5**  | 64.6 | 68.2 |
| AcmeBA $(*)$ | 15B | 78.6 | **75.2**  | **75.8**  |
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores} == {"Falcon (†)", "LLaMA (†)", "AcmeBA (*)"}
    assert {s.benchmark_label for s in res.scores} == {"BELEBELE"}
    assert len(res.scores) == 9


def test_a_corner_naming_the_benchmark_and_a_metric_line_above(tmp_path):
    """ZhiLu2: "| ceval | STEM | Social Science | ... | avg |": the corner names C-Eval, the columns its parts;
    ToolBench: "**Pass Rate:**" above a table says how it is scored, it names no benchmark."""
    card = write(tmp_path / "card.md", """# AcmeLu

| ceval      | STEM | Social Science | avg  |
| ---------- | ---- | -------------- | ---- |
| 智鹿-1-13B | 43.6 | 59.6           | 50.1 |

**Pass Rate:**
| model                   | I1-Inst. | I1-Tool. | Average  |
|-------------------------|----------|----------|----------|
| ChatGPT-DFSDT           | 78       | 84       | 69.6     |
""")
    res = extract_file(card)
    ceval = [s for s in res.scores if s.model_label == "智鹿-1-13B"]
    assert {s.benchmark for s in ceval} == {"c-eval"} and len(ceval) == 3
    assert {s.benchmark_label for s in res.scores if s.model_label == "ChatGPT-DFSDT"} == {
        "I1-Inst.", "I1-Tool.", "Average"}


def test_letter_marks_dash_stage_rows_and_a_length_column(tmp_path):
    """LongPO: ``24.32ᵇ`` (a superscript letter marks a number taken from elsewhere), ``- SFT`` rows indented
    under their base model, and a ``Train/Claimed Length`` column (128K) that is no score."""
    card = write(tmp_path / "card.md", """# AcmePO

| Model            | Train/Claimed Length | En.Sum | En.QA  |
| ---------------- | -------------------- | ------ | ------ |
| Qwen2-72B        | 128K                 | 24.32ᵇ | 7.03ᵇ  |
| Mistral-7B       | 32K                  | 22.13  | 4.93   |
| - SFT            | 128K                 | 23.44  | 13.45  |
| - AcmePO (iter1) | 128K                 | 27.05  | 23.51  |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores} == {
        ("Qwen2-72B", "En.Sum", 24.32), ("Qwen2-72B", "En.QA", 7.03), ("Mistral-7B", "En.Sum", 22.13),
        ("Mistral-7B", "En.QA", 4.93), ("Mistral-7B - SFT", "En.Sum", 23.44), ("Mistral-7B - SFT", "En.QA", 13.45),
        ("Mistral-7B - AcmePO (iter1)", "En.Sum", 27.05), ("Mistral-7B - AcmePO (iter1)", "En.QA", 23.51)}


def test_a_score_row_under_benchmark_columns_is_the_titles_model(tmp_path):
    """Klear-Reasoner: "| Benchmark | AIME 2024 | AIME 2025 |" over "| **Score** | **90.5 %** | **83.2 %** |" in
    the README titled "✨ Klear-Reasoner: Advancing Reasoning Capability via ...": the model the title names."""
    card = write(tmp_path / "card.md", """# ✨ Acme-Reasoner: Advancing Reasoning Capability via Clipping Policy Optimization

| Benchmark | AIME 2024 | AIME 2025 |
|---|---|---|
| **Score** | **90.5 %** | **83.2 %** |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark, s.value) for s in res.scores} == {
        ("Acme-Reasoner", "aime-2024", 90.5), ("Acme-Reasoner", "aime-2025", 83.2)}


def test_our_modified_line_name_claims_no_other_labs_line(tmp_path):
    """MT-LLaMA: "to assess the generalization capability of our Multi-task LLaMA" is the authors' model made
    from Meta's line; it does not make Meta the publisher (nor LLaMA-7b a first-party row)."""
    card = write(tmp_path / "card.md", """# Multi-task LLaMA

We evaluate the generalization capability of our Multi-task LLaMA to unseen datasets.

| Model | SST-2 | OpenbookQA |
|-------|-------|------------|
| LLaMA-7b | 52.4 | 32.0 |
| MT-LLaMA-7b | 87.3 | 44.5 |
""")
    res = extract_file(card)
    assert res.document.publisher != "meta"
    assert not any(s.first_party for s in res.scores if s.model_label == "LLaMA-7b")


def test_prose_listing_the_tables_columns_names_no_benchmark_of_the_whole_table(tmp_path):
    """TableLLM: "We evaluate ... on three benchmarks: WikiSQL, Spider and ... WikiTQ, TAT-QA, FeTaQA" above
    "| Model | WikiTQ | TAT-QA | FeTaQA | WikiSQL | Spider | Average |": Spider (the one column the catalog knows)
    is one column among the others, not the benchmark whose subsets the other columns are."""
    card = write(tmp_path / "card.md", """# Acme-Table

## Evaluation Results
We evaluate Acme-Table on code benchmarks: FooSQL and Spider. Answers are tested on BarQA and Baz-QA.

| Model | BarQA | Baz-QA | FooSQL | Spider | Average |
|---|---|---|---|---|---|
| Other-7B | 38.6 | 40.1 | 83.9 | 15.0 | 44.4 |
| Acme-Table-8B | 89.1 | 89.5 | 89.6 | 81.1 | 87.3 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value) for s in res.scores}
    assert ("Other-7B", "BarQA", 38.6) in got and ("Acme-Table-8B", "FooSQL", 89.6) in got
    assert {s.benchmark for s in res.scores if s.benchmark_label == "Spider"} == {"spider"}
    assert not any(s.benchmark == "spider" for s in res.scores if s.benchmark_label != "Spider")
    assert not any(s.key.subset for s in res.scores)


def test_a_row_counting_tasks_is_not_a_model(tmp_path):
    """PC-Agent-E: "| **Number of Tasks** | 42 | 17 | ... | 141 |" over the models' success rates per app."""
    card = write(tmp_path / "card.md", """# Acme-Agent

| Models | Writer | Browser | Total |
|---|---|---|---|
| **Number of Tasks** | 42 | 17 | 59 |
| Other-VL-72B | 0.0 | 34.7 | 14.9 |
| **Acme-Agent (Ours)** | 4.8 | 64.1 | 36.0 |
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores} == {"Other-VL-72B", "Acme-Agent (Ours)"}
    assert len(res.scores) == 6


def test_a_model_named_by_the_end_of_a_linked_repository_is_first_party(tmp_path):
    """SSTuning: the README links huggingface.co/DAMO-NLP-SG/zero-shot-classify-SSTuning-base and its tables
    name the model "SSTuning-base"; ChatGPT in the same table is not the publisher's."""
    card = write(tmp_path / "card.md", """# Zero-Shot Classification via Self-Tuning

| Model | Backbone |
|---|---|
| [zero-shot-classify-AcmeTuning-base](https://huggingface.co/Acme-NLP/zero-shot-classify-AcmeTuning-base) | roberta-base |
| [zero-shot-classify-AcmeTuning-large](https://huggingface.co/Acme-NLP/zero-shot-classify-AcmeTuning-large) | roberta-large |

| Model | yah | agn | Avg |
|---|---|---|---|
| AcmeTuning-base | 59.8 | 83.1 | 71.5 |
| AcmeTuning-large | 62.5 | 84.8 | 73.7 |
| ChatGPT | 61.9 | 82.5 | 72.2 |
""")
    res = extract_file(card)
    own = {s.model_label for s in res.scores if s.first_party}
    assert own == {"AcmeTuning-base", "AcmeTuning-large"}
    assert {s.model_label for s in res.scores} == own | {"ChatGPT"}


def test_a_table_under_a_gpu_usage_heading_is_not_scores(tmp_path):
    """gsm8k-ScRel: "# GPU Usage" over "| SFT / RFT | 8 | 16 | 32 |": GPUs per model size, not scores (and
    Light-IF's "## ⚙️ Training Cost" over "| Model | GPUs | Hours | Cost (USD) |", Bamboo's "## Contamination
    Results": a contamination detector's statistics per benchmark)."""
    card = write(tmp_path / "card.md", """# Acme Math

| Model | GSM8K |
|---|---|
| Acme-7B | 69.8 |

# GPU Usage
|                   | 7B / 13B | 33B | 65B / 70B |
| ----------------- | -------- | --- | --------- |
| SFT / RFT         | 8        | 16  | 32        |
| Minimal Inference | 1        | 1   | 2         |

## ⚙️ Training Cost

| Model | GPUs | Hours | Cost (USD) |
|-------|------|-------|------------|
| Acme-7B | A800×4 | 10 | ~$342 |

## Contamination Results

|Model| TruthfulQA | GSM8K |
|---| --- | --- |
| Acme-7B | 0.22 | 0.99 |
""")
    res = extract_file(card)
    assert [(s.model_label, s.benchmark, s.value) for s in res.scores] == [("Acme-7B", "gsm8k", 69.8)]


def test_two_scores_split_by_an_escaped_pipe(tmp_path):
    """Frugal-Thinking: "| **70.71** \\| 25.26 |" (Pass@1 and an efficiency-adjusted accuracy in one cell, the
    pipe escaped so Markdown keeps the cell whole)."""
    assert [(v.value, v.part) for v in parse_cell("**70.71** \\| 25.26").values] == [(70.71, 0), (25.26, 1)]
    assert [v.value for v in parse_cell("**90.29 \\| 90.29**").values] == [90.29, 90.29]
    card = write(tmp_path / "card.md", """# Acme-Math-4B

| Model | GPQA Diamond | AIME25 |
|:------|:-------------:|:------:|
| [Acme-Math-4B](https://huggingface.co/Acme/Acme-Math-4B) (ours) | 63.64 \\| 31.22 | **60.00** \\| 43.73 |
""")
    res = extract_file(card)
    assert sorted((s.benchmark, s.value) for s in res.scores) == [
        ("aime-2025", 43.73), ("aime-2025", 60.0), ("gpqa-diamond", 31.22), ("gpqa-diamond", 63.64)]


def test_a_papers_author_line_is_not_the_publisher(tmp_path):
    """Frugal-Thinking: "**Authors**: [Abdelaziz Bounhar](https://scholar.google.com/...) et al." names the
    paper's authors; the organisation hosting the model the title names publishes it."""
    card = write(tmp_path / "card.md", """# Acme-Math-4B

**Base Model**: [Qwen/Qwen3-4B-Thinking-2507](https://huggingface.co/Qwen/Qwen3-4B-Thinking-2507)

**Authors**: [Jane Doe](https://scholar.google.com/citations?user=XYZ&hl=fr) et al.

| Model | GSM8K |
|---|---|
| [Acme-Math-4B](https://huggingface.co/AcmeLab-Paris/Acme-Math-4B) (ours) | 89.2 |
""")
    res = extract_file(card)
    assert res.document.publisher == "AcmeLab-Paris"
    assert [s.first_party for s in res.scores] == [True]


def test_a_header_broken_over_two_lines_is_one_label(tmp_path):
    """INF-34B: LongBench's "Single-Doc<br>QA", "Summari-<br>zation", "Few-shot<br>Learning" under a LongBench
    heading are the task groups "Single-Doc QA", "Summarization", "Few-shot Learning" (a sub-line that
    continues the name is not a setting); "MMLU<br>5-shot" keeps its setting."""
    card = write(tmp_path / "card.md", """# Acme-34B

## LongBench

|      model      | Single-Doc<br>QA |  Summari-<br>zation | Few-shot<br>Learning | Code |
|:---------------:|:-------------:|:------:|:------:|:------:|
| Acme-34B-Chat |     47.4      |    24.1    |    66.0   |    57.2    |

| Model | MMLU<br>5-shot |
|---|---|
| Acme-34B | 71.2 |
""")
    res = extract_file(card)
    subsets = {s.value: s.key.subset for s in res.scores if s.benchmark == "longbench"}
    assert subsets == {47.4: "single-doc qa", 24.1: "summarization", 66.0: "few-shot learning", 57.2: "code"}
    mmlu = [s for s in res.scores if s.benchmark == "mmlu"]
    assert [(m.value, m.key.shots) for m in mmlu] == [(71.2, 5)]


def test_a_section_heading_names_no_benchmark_for_an_average_column(tmp_path):
    """Safety-J: "## 📝Introduction" over "| Model | Generative | BeaverTails | ... | Average |": the average
    is the table's, not a score of a benchmark called "Introduction"."""
    card = write(tmp_path / "card.md", """# Acme-J: Evaluating Safety

## 📝Introduction

| Model | Generative | FooSafety | BarSafe | Average |
|-------|:----------:|:-----------:|:---------:|:-------:|
| [GPT-4](https://openai.com/research/gpt-4) | ✔️ | 77.2 | 65.4 | 71.3 |
| [Acme-J (7B)](https://huggingface.co/acme/Acme-J) | ✔️ | 84.3 | 71.4 | 77.9 |
""")
    res = extract_file(card)
    assert not any("introduction" in (s.benchmark_label or "").lower() for s in res.scores)
    assert {s.benchmark_label for s in res.scores if s.value in (71.3, 77.9)} == {"Average"}


def test_pairs_of_scores_each_with_a_second_number_in_parentheses(tmp_path):
    """Chinese-XLNet: "65.5 (64.4) / 84.5 (84.0)" is EM max (mean) / F1 max (mean): four scores, under a
    "模型" (model) corner and a heading that names the benchmark after a colon ("简体中文阅读理解：CMRC 2018"),
    with the splits (开发集, 测试集) as columns."""
    vals = parse_cell("**67.1** (65.6) / 85.7 (85.0)").values
    assert [(v.value, v.part, v.qualifier) for v in vals] == [
        (67.1, 0, None), (65.6, 0, "in parentheses"), (85.7, 1, None), (85.0, 1, "in parentheses")]
    # labels in parentheses stay labels
    assert [v.qualifier for v in parse_cell("53.5(Airline)/63.9(Retail)").values] == ["Airline", "Retail"]
    card = write(tmp_path / "card.md", """# 中文Acme预训练模型

### 简体中文阅读理解：FOO 2018
评测指标为：EM / F1

| 模型 | 开发集 | 测试集 |
| :------- | :---------: | :---------: |
| BERT | 65.5 (64.4) / 84.5 (84.0) | 70.0 (68.7) / 87.0 (86.3) |
| **Acme-base** | 65.2 (63.0) / 86.9  (85.9) | 67.0 (65.8) / 87.2 (86.8) |
""")
    res = extract_file(card)
    assert len(res.scores) == 16
    assert {s.benchmark_label for s in res.scores} == {"FOO 2018"}
    assert {s.model_label for s in res.scores} == {"BERT", "Acme-base"}
    assert sorted(s.value for s in res.scores if s.model_label == "BERT" and s.key.subset == "开发集") == [
        64.4, 65.5, 84.0, 84.5]


def test_shot_and_metric_rows_under_the_header_are_each_columns_setting(tmp_path):
    """JetMoE: "|Shot||||25|10|5|" and "|Metric||||acc_norm|acc_norm|acc|" as the first body rows: the settings
    of each column, not models."""
    card = write(tmp_path / "card.md", """# Acme-8B

|Model|Activate Params|ARC|Hellaswag|MMLU|
|---|---|---|---|---|
|Shot||25|10|5|
|Metric||acc_norm|acc_norm|acc|
|Other-7B|7B|53.1|78.6|46.9|
|Acme-8B|2.2B|48.7|80.5|49.2|
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores} == {"Other-7B", "Acme-8B"}
    got = {(s.model_label, s.benchmark_label.split(" (")[0]): s for s in res.scores}
    hs = got[("Acme-8B", "Hellaswag")]
    assert (hs.benchmark, hs.key.shots, hs.key.metric, hs.value) == ("hellaswag", 10, "acc_norm", 80.5)
    assert got[("Other-7B", "MMLU")].key.shots == 5 and len(res.scores) == 6


def test_counts_flags_and_tool_call_budgets_are_not_scores(tmp_path):
    """medAlpaca's "| Dataset | n | n included in training |", fairseq's fine-tuning flags
    ("`--num-classes` | 3 | 2 |" under GLUE task columns), MiroThinker's "Max Tool Calls" column."""
    card = write(tmp_path / "card.md", """# Acme

| Model | MNLI | QNLI |
|---|---|---|
| `acme.large` | 90.2 | 94.7 |

Model | MNLI | QNLI
---|---|---
`--num-classes` | 3 | 2
`--lr` | 1e-5 | 1e-5
`--max-sentences` | 32 | 32

| Dataset | n | n included in training |
|---|---|---|
| acme/medical_flashcards | 33955 | 33955 |
| acme/wikidoc | 67704 | 10000 |

| Model Name | Max Context | Max Tool Calls | GAIA |
|---|---|---|---|
| Acme-30B | 256K | 400 | 80.1 |
""")
    res = extract_file(card)
    assert sorted((s.model_label.strip("`"), s.value) for s in res.scores) == [
        ("Acme-30B", 80.1), ("acme.large", 90.2), ("acme.large", 94.7)]


def test_a_benchmark_named_by_its_heading_keeps_each_columns_sub_line(tmp_path):
    """MiroThinker: "#### GAIA Benchmark" over "| Method | Text-103<br>Best Pass@1 | Text-103<br>Pass@1 (Avg@8) |":
    GAIA's subsets, each column with its own way of scoring (two different keys, not one key twice); and
    fairseq's "Results on Reading Comprehension (RACE, test set)" names RACE."""
    card = write(tmp_path / "card.md", """# Acme-Agent

#### GAIA Benchmark

| **Method** | Text-103<br>Best Pass@1 | Text-103<br>Pass@1 (Avg@8) | Val-165<br>Best Pass@1 |
|---|:---:|:---:|:---:|
| Other-7B | 17.5 | - | - |
| Acme-Agent-8B | 44.7 | 40.1 | 34.6 |

##### Results on Reading Comprehension (RACE, test set)

Model | Accuracy | Middle | High
---|---|---|---
`acme.large` | 83.2 | 86.5 | 81.3
""")
    res = extract_file(card)
    gaia = [s for s in res.scores if s.benchmark_label.startswith("GAIA")]
    assert len(gaia) == 4 and {s.key.subset for s in gaia} == {"text-103", "val-165"}
    acme = [s for s in gaia if s.model_label == "Acme-Agent-8B" and s.key.subset == "text-103"]
    assert len(acme) == 2 and acme[0].key != acme[1].key
    race = [s for s in res.scores if s.value in (83.2, 86.5, 81.3)]
    assert {s.benchmark_label for s in race} == {"RACE"} and {s.key.subset for s in race} == {"middle", "high", "accuracy"}


def test_a_caption_naming_a_benchmark_and_its_paper(tmp_path):
    """fairseq's XLM-R README: "**[MLQA (Lewis et al., 2018)](https://arxiv.org/abs/1910.07475)**" above
    "Model | average | en | es" and "57.7 / 41.6" cells: MLQA's languages, two scores a cell."""
    card = write(tmp_path / "card.md", """# Acme-R

**[FOOQA (Lewis et al., 2018)](https://arxiv.org/abs/1910.07475)**

Model | average | en | es
---|---|---|---
`mBERT` | 57.7 / 41.6 | 77.7 / 65.2 | 64.3 / 46.6
`acme.large` | **70.7 / 52.7** | 80.6 / 67.8 | 74.1 / 56.0
""")
    res = extract_file(card)
    assert len(res.scores) == 12 and {s.benchmark_label for s in res.scores} >= {"FOOQA"}
    en = sorted(s.value for s in res.scores if s.key.subset == "en")
    assert en == [65.2, 67.8, 77.7, 80.6]


def test_a_title_ending_in_the_models_name_in_parentheses(tmp_path):
    """DialoGPT: "# A State-of-the-Art Large-scale Pretrained Response generation model (DialoGPT)" with no
    publisher named: "DialoGPT 345M" rows are the document's own, "DSTC-7 Winner" is not; "Avg. Len" (response
    length) is not a score."""
    card = write(tmp_path / "card.md", """# A State-of-the-Art Large-scale Pretrained Response generation model (AcmeDialog)

|Method|NIST2|BLEU4|Avg. Len|
|---|---|---|---|
|DSTC-7 Winner|2.51|1.83|15.1|
|AcmeDialog 345M|2.80|2.92|16.9|
""")
    res = extract_file(card)
    assert {(s.model_label, s.first_party) for s in res.scores} == {("DSTC-7 Winner", False), ("AcmeDialog 345M", True)}
    assert len(res.scores) == 4


def test_releasing_a_model_named_on_another_labs_line_claims_no_line(tmp_path):
    """VILA: "We release [VILA1.5-3B](...), [Llama-3-VILA1.5-8B](...)" is the authors' own model built on
    Llama 3, which does not make Meta the publisher; the models are hosted by the publisher's organisation.
    Its "### Inference speed ( Token/sec )" table holds no scores."""
    card = write(tmp_path / "card.md", """# ACMEV: On Pre-training for Visual Language Models

We release [ACMEV1.5-3B](https://hf.co/Acme-Vision/ACMEV1.5-3b), [Llama-3-ACMEV1.5-8B](https://hf.co/Acme-Vision/Llama-3-ACMEV1.5-8b) and [ACMEV1.5-13B](https://hf.co/Acme-Vision/ACMEV1.5-13b).

| Model | MMMU | MathVista |
|---|---|---|
| ACMEV1.5-3B | 33.3 | 30.1 |
| Llama-3-ACMEV1.5-8B | 38.6 | 35.0 |

### Inference speed ( Token/sec )

| $~~~~~~$ | Precision | A100 | 4090 |
| --- | --- | --- | --- |
| ACMEV1.5-3B | fp16 | 104.6 | 137.6 |
""")
    res = extract_file(card)
    assert res.document.publisher != "meta"
    assert len(res.scores) == 4 and all(s.first_party for s in res.scores if s.model_label == "ACMEV1.5-3B")


def test_a_chinese_model_corner_makes_unknown_rows_models_and_compute_is_no_score(tmp_path):
    """CLUE Pretrained Models: "| 模型 | Score | 参数 | AFQMC |" over models no catalog knows; Leanabell-Prover's
    "| Model | Compute (Pass) | miniF2F-test |" (the sampling budget, not a score). A caption above a
    '<div align="center">' wrapper still names the table."""
    card = write(tmp_path / "card.md", """# Acme Pretrained Models

| 模型   | Score  | 参数    | AFQMC  | TNEWS'  |
| :----:| :----: | :----: | :----: |:----: |
| <a href="#">FooBERT-base</a>      | 67.57% | 108M |  73.70% | 56.58%  |
| <a href="#">Acme-large-clue</a>      | 69.68% | 290M  | 74.41% | 58.38%  |

| Model |Compute (Pass)|  miniF2F-test  |
|------------------------|------------------|------------------|
| Other-Prover | 32 | 46.1% |
| Acme-Prover | 32 | 59.8% |
""")
    res = extract_file(card)
    assert sorted((s.model_label, s.benchmark_label, s.value) for s in res.scores if s.model_label == "Acme-large-clue") == [
        ("Acme-large-clue", "AFQMC", 74.41), ("Acme-large-clue", "Score", 69.68), ("Acme-large-clue", "TNEWS'", 58.38)]
    assert not any("Compute" in (s.benchmark_label or "") for s in res.scores)
    assert len(res.scores) == 8


def test_a_caption_above_a_div_wrapper():
    """READMEs wrap tables in '<div align="center">': the line above the wrapper is the caption."""
    from benchlens.extract.markdown import _caption

    lines = ["Table 2: Results on FooBench", '<div align="center">', "", "| Model | A |", "|---|---|", "| x | 1 |"]
    assert _caption(lines, 3) == "Table 2: Results on FooBench"
    assert _caption(["far away", "", "", "", "| Model | A |"], 4) is None


def test_a_caption_saying_performance_on_a_benchmark_names_it(tmp_path):
    """OpenCUA: "... achieves strong performance on **[OSWorld-Verified](https://os-world.github.io/)**." right
    above "| **Model** | **15 Steps** | **50 Steps** |" (step budgets, not benchmarks)."""
    card = write(tmp_path / "card.md", """# Acme-CUA

### Online Agent Evaluation
Acme-CUA models achieve strong performance on **[FooWorld-Verified](https://fooworld.github.io/)**.
<div align="center">

| **Model** | **15 Steps** | **50 Steps** |
|---|:---:|:---:|
| Other CUA | 26.0 | 31.3 |
| Acme-CUA-32B | 29.7 | 34.8 |

</div>
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores} == {"FooWorld-Verified"}
    assert {s.key.subset for s in res.scores} == {"15 steps", "50 steps"}


def test_a_row_naming_a_linked_model_repository_is_a_model(tmp_path):
    """LinkBERT: "| **BioLinkBERT-base** | **83.39** | ..." under columns no catalog knows (BLURB score,
    BioASQ), where the document links huggingface.co/michiyasunaga/BioLinkBERT-base: the rows are models."""
    card = write(tmp_path / "card.md", """# AcmeBERT

| Model | Download |
|---|---|
| BioAcmeBERT-base | [acme/BioAcmeBERT-base](https://huggingface.co/acme/BioAcmeBERT-base) |

|                         | FOO score | BarQA | BazASQ |
| ----------------------  | --------  | ----- | ------ |
| OtherBERT-base          | 81.10     | 55.8  | 87.5   |
| **BioAcmeBERT-base**    | **83.39** | **70.2** | **91.4** |
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark_label) for s in res.scores if s.value == 83.39} == {("BioAcmeBERT-base", "FOO score")}
    assert len(res.scores) == 6


def test_the_only_heading_above_a_table_names_its_benchmark_when_it_is_not_the_title(tmp_path):
    """roberta_zh: a README with no title heading, "###  Sentence Pair Matching (SPM): LCQMC" over
    "| 模型 | 开发集(Dev) | 测试集(Test) |": LCQMC with its splits."""
    card = write(tmp_path / "card.md", """AcmeBERTa for Chinese, TensorFlow & PyTorch

###  Sentence Pair Matching (SPM): FOOQMC

| 模型 | 开发集(Dev) | 测试集(Test) |
| :------- | :---------: | :---------: |
| BERT | 89.4(88.4) | 86.9(86.4) |
| **AcmeBERTa-zh-Large** | 89.6 | **87.2** |
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores} == {"FOOQMC"} and len(res.scores) == 6


def test_model_columns_in_percent_outvote_rows_named_like_a_labs_models(tmp_path):
    """Clinical Camel: "| | GPT-3.5 (%) | Clinical Camel (%) | ... | MedAlpaca 13b (%) | Vicuna (%) |" over rows
    "Step 1 / Step 2 / Step 3" (USMLE exams, which also read like StepFun's Step models): the columns, models
    with a unit, are the models; the rows are the benchmarks."""
    card = write(tmp_path / "card.md", """# Acme Camel

| | GPT-3.5 (%) | Acme Camel (%) | MedAlpaca 13b (%) | Vicuna (%) |
|:----:|:----:|:----:|:----:|:----:|
| Step 1 | 36.1 | 53.2 | 12.2 | 21.3 |
| Step 2 | 56.9 | 51.4 | 27.5 | 20.4 |
| Step 3 | 55.7 | 58.2 | 26.2 | 30.3 |
""")
    res = extract_file(card)
    assert len(res.scores) == 12
    assert {s.benchmark_label for s in res.scores} == {"Step 1", "Step 2", "Step 3"}
    assert {s.model_label for s in res.scores if s.value == 27.5} == {"MedAlpaca 13b (%)"}


def test_performance_on_a_benchmark_in_the_first_line_of_the_paragraph_above(tmp_path):
    """OpenCUA: "OpenCUA models achieves strong performance on **[OSWorld-Verified](...)**." opens a paragraph of
    three lines that ends right above "| **Model** | **15 Steps** | **50 Steps** |": the benchmark of the table."""
    card = write(tmp_path / "card.md", """# AcmeCUA

## Performance

### Online Agent Evaluation
AcmeCUA models achieve strong performance on **[FooWorld-Verified](https://example.org/)**.
AcmeCUA-32B achieves the best performance among all open-source models, by large margins.
It also closes the gap to proprietary Claude models.
<div align="center">

| **Model**                | **15 Steps** | **50 Steps** |
|--------------------------|:--------:|:--------:|
| OpenAI CUA               | 26.0     | 31.3     |
| **AcmeCUA-32B (Ours)**   | **29.7** | **34.1** |

</div>
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores} == {"FooWorld-Verified"}
    assert {s.key.subset for s in res.scores} == {"15 steps", "50 steps"} and len(res.scores) == 4


def test_arrow_cells_hold_two_numbers_named_by_the_arrow_header(tmp_path):
    """AQLM: "| MMLU (5-shot) FP16→AQLM |" over "0.65→0.56": the score before and after quantization, each
    with its side of the header's arrow as a qualifier."""
    card = write(tmp_path / "card.md", """# AcmeQuant

| Model      | Scheme | MMLU (5-shot) FP16→AQLM | Model size, Gb |
|------------|--------|-----------|-----|
| Llama-3-8b | 1x16   | 0.65→0.56 | 4.1 |
| Llama-3-70b | 1x16  | 0.79→0.75 | 21.9 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.value, dict(s.key.extra).get("qualifier")) for s in res.scores}
    assert got == {("Llama-3-8b", 0.65, "fp16"), ("Llama-3-8b", 0.56, "aqlm"),
                   ("Llama-3-70b", 0.79, "fp16"), ("Llama-3-70b", 0.75, "aqlm")}


def test_a_dotted_model_line_name_marks_the_publishers_own_models(tmp_path):
    """A.X (SK Telecom): "# A.X 4.0: ..." with the code at github.com/SKT-AI/A.X-4.0 and columns "A.X 4.0 (72B)"
    beside "GPT-4o": the dotted name is the document's model line, its columns are first party."""
    card = write(tmp_path / "card.md", """<p align="center"> <a href="https://huggingface.co/collections/qzt/qz-4-68637ebaa63b9cc51925e886">Models</a> | <a href="https://github.com/QZT-AI/Q.Z-4.0">Github</a> </p>

# Q.Z 4.0: an enterprise language model

| Benchmark | Q.Z 4.0 (72B) | GPT-4o |
|---|---|---|
| **KMMLU** | 78.3 | 72.5 |
| **CLIcK** | 83.5 | 80.2 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.first_party) for s in res.scores} == {("Q.Z 4.0 (72B)", True), ("GPT-4o", False)}


def test_a_heading_names_the_task_of_a_table_whose_columns_are_metrics(tmp_path):
    """XMainframe: "## Question Answering Task" over an HTML table "| Model | MAP | F1-Score | BERTScore | RougeL |
    Meteor | BLEU-4 |": the heading is the benchmark, each column a metric, scaled per metric (0-1 fractions,
    "0.9" among them, beside BLEU in points)."""
    rows = "".join(f"<tr><td>{m}</td><td>0.{a}</td><td>0.{a + 3}</td><td>{b}</td><td>0.{a + 1}</td><td>0.{a + 2}</td>"
                   f"<td>{a / 2}</td></tr>\n" for m, a, b in (("GPT 4", 12, "0.88"), ("GPT 3.5", 14, "0.89"),
                                                               ("Mixtral-Instruct 8x7B", 27, "0.9"),
                                                               ("AcmeFrame-7B", 31, "0.91"), ("AcmeFrame-10B", 35, "0.92")))
    card = write(tmp_path / "card.md", f"""# AcmeFrame

# Evaluation Results
## Question Answering Task

<table>
<tr><td style="font-weight:bold">Model</td><td>MAP</td><td>F1-Score</td><td>BERTScore</td><td>RougeL</td><td>Meteor</td><td>BLEU-4</td></tr>
{rows}</table>
""")
    res = extract_file(card)
    assert len(res.scores) == 30
    assert {s.benchmark_label for s in res.scores} == {"Question Answering Task"}
    got = {(s.key.metric, s.scale) for s in res.scores}
    assert got == {("map", "fraction"), ("f1-score", "fraction"), ("bertscore", "fraction"), ("rougel", "fraction"),
                   ("meteor", "fraction"), ("bleu-4", "percent")}


def test_a_group_row_starting_over_the_first_score_column_and_a_column_of_base_llms(tmp_path):
    """Eagle: "| | | Knowledge | | | General | | |" above "| LLM | Model | Avg | SQA(I) | MMMU | Avg | MME | GQA |"
    (in the body, a second header line): each group starts at its label; the Model column names the rows' models
    and the LLM column (blank below its first row) the language model each is built on."""
    card = write(tmp_path / "card.md", """# AcmeEagle

|            |                | Knowledge |      |      | General |      |      |
|------------|----------------|:---------:|:----:|:----:|:-------:|:----:|:----:|
| LLM        | Model          | Avg       | SQA(I) | MMMU | Avg   | MME  | GQA  |
| Llama 3-8B | Mini-Gemini-HD | 55.7      | 75.1 | 37.3 | 72.7    | 1606 | 64.5 |
|            | LLaVA-NeXT     | 55.6      | 72.8 | 41.7 | 72.5    | 1604 | 65.2 |
|            | AcmeEagle-8B   | 64.2      | 84.3 | 43.8 | 73.9    | 1559 | 64.9 |
| Vicuna-13B | Mini-Gemini-HD | 54.1      | 71.9 | 37.3 | 70.1    | 1597 | 63.7 |
""")
    res = extract_file(card)
    assert len(res.scores) == 24
    assert {s.model_label for s in res.scores} == {
        "Mini-Gemini-HD (Llama 3-8B)", "LLaVA-NeXT (Llama 3-8B)", "AcmeEagle-8B (Llama 3-8B)", "Mini-Gemini-HD (Vicuna-13B)"}
    by = {(s.model_label, s.value): s.benchmark_label for s in res.scores}
    assert by[("LLaVA-NeXT (Llama 3-8B)", 41.7)] == "MMMU"
    assert by[("LLaVA-NeXT (Llama 3-8B)", 72.8)] == "Knowledge SQA(I)"  # not "General": the group starts at Avg
    assert by[("LLaVA-NeXT (Llama 3-8B)", 72.5)] == "General Avg"


def test_linked_score_pairs_with_errors_and_a_code_repository_named_as_the_title(tmp_path):
    """LoRA: "[<b>87.5</b>±.3/86.9±.3](https://github.com/microsoft/LoRA/releases/...)" is two scores, each with its
    error; the README titled "LoRA: ..." links github.com/microsoft/LoRA, so Microsoft publishes it (not OpenAI,
    whose GPT-2 a list item mentions after "the examples we provide;")."""
    card = write(tmp_path / "card.md", """# FooRA: Low-Rank Adaptation of Large Language Models

There are several directories in this repo:
* [lib/](lib) contains the source code for the package, which needs to be installed to run the examples we provide;
* [examples/NLG/](examples/NLG) contains an example implementation of FooRA in GPT-2 using our package.

|   |                         | RoBERTa base <br> Fine-tune | DeBERTa XXL <br> FooRA |
|---|-------------------------|----------------|--------------------------|
|   | MNLI (m-Acc/mm-Acc)     | <b>87.6</b> | [<b>91.9</b>±.1/<b>91.9</b>±.2](https://github.com/microsoft/FooRA/releases/download/DeBERTa/mnli.bin) |
|   | SST2 (Acc)              | 94.8 | [96.9±.2](https://github.com/microsoft/FooRA/releases/download/DeBERTa/sst2.bin) |
""")
    res = extract_file(card)
    assert res.document.publisher == "microsoft"
    got = sorted((s.value, s.stderr) for s in res.scores if s.model_label == "DeBERTa XXL")
    assert got == [(91.9, 0.1), (91.9, 0.2), (96.9, 0.2)]
    assert len(res.scores) == 5


def test_rows_continuing_the_model_above_with_a_pass_at_k_column_and_sizes(tmp_path):
    """MoTCoder: "| **GPT-2** | 0.1B | 1 | ..." then "| | | 5 | ..." and "| | 1.5B | 1 | ...": a blank model cell
    continues the model above; the "Pass@" column is each row's k; GPT-2 at two sizes is two models. A "Revision"
    column is a setting, not a score; "our generated ... code dataset" claims no "code-davinci-002"."""
    card = write(tmp_path / "card.md", """# AcmeCoder: Modular Code Generation

Or, you can download our generated modular code dataset.

| Model      | Size  | Pass@ | Introductory | All   |
|------------|-------|-------|--------------|-------|
| **GPT-Neo**    | 2.7B  | 1     | 14.68        | 10.15 |
|            |       | 5     | 19.89        | 13.87 |
| **GPT-2**      | 0.1B  | 1     | 5.64         | 6.16  |
|            |       | 5     | 13.81        | 10.75 |
|            | 1.5B  | 1     | 7.40         | 7.96  |
| **AcmeCoder**  | 15B  | 1     | **33.80**     | **20.80** |

| Model | Size | Revision | Test pass@1 |
|-------|------|----------|-------------|
| **code-davinci-002** | - | - | 1.00 |
| **code-davinci-002 + CodeT** | - | 5 | 3.20 |
| **AcmeCoder** | 15B | - | **6.18** |
""")
    res = extract_file(card)
    assert len(res.scores) == 15
    got = {(s.model_label, s.key.k, s.value) for s in res.scores if s.benchmark_label == "All"}
    assert got == {("GPT-Neo", None, 10.15), ("GPT-Neo", "pass@5", 13.87), ("GPT-2 (0.1B)", None, 6.16),
                   ("GPT-2 (0.1B)", "pass@5", 10.75), ("GPT-2 (1.5B)", None, 7.96), ("AcmeCoder", None, 20.80)}
    codet = [s for s in res.scores if s.model_label == "code-davinci-002 + CodeT"]
    assert [(s.value, dict(s.key.extra).get("revision")) for s in codet] == [(3.2, "5")]
    assert {s.model_label for s in res.scores if s.first_party} == {"AcmeCoder"}


def test_models_named_like_the_title_belong_to_the_org_of_the_repository_named_as_the_title(tmp_path):
    """ELECTRA: "# ELECTRA" whose code is github.com/google-research/electra, a catalogued lab's organisation that
    is named nowhere else: Google publishes it, and the rows named like the title are its own."""
    card = write(tmp_path / "card.md", """# FOOTRA

Code: [github.com/google-research/footra](https://github.com/google-research/footra)

| Model | CoLA | SST |
|---|---|---|
| FOOTRA-Small | 54.6 | 89.1 |
| BERT-Small | 27.8 | 89.7 |
""")
    res = extract_file(card)
    assert res.document.publisher == "google"
    assert {(s.model_label, s.first_party) for s in res.scores} == {("FOOTRA-Small", True), ("BERT-Small", False)}


def test_a_yes_no_column_is_a_setting_and_an_arrowed_precision_column_a_score(tmp_path):
    """JudgeLM: "| Model | w/ reference? | Agreement↑ | Precision↑ |" with rows "❎" and "✅" for each model: the
    marks are a setting of the run ("w/ reference": no / yes), and "Precision↑" is a metric, not a column of
    numeric precisions (fp16, bf16)."""
    card = write(tmp_path / "card.md", """# AcmeJudge

| Model | w/ reference? | Agreement↑ | Precision↑ |
|:---:|:---:|:---:|:---:|
| [**AcmeJudge-7B**](https://huggingface.co/acme/AcmeJudge-7B) | ❎ | 81.11 | 69.67 |
| [**AcmeJudge-7B**](https://huggingface.co/acme/AcmeJudge-7B) | ✅ | 84.08 | 75.92 |
""")
    res = extract_file(card)
    got = {(s.value, dict(s.key.extra).get("w/ reference")) for s in res.scores}
    assert got == {(81.11, "no"), (69.67, "no"), (84.08, "yes"), (75.92, "yes")}


def test_rows_of_fine_tuning_methods_and_the_code_repository_named_as_the_title(tmp_path):
    """MixLoRA: "| PEFT Method | # Params (%) | ARC-e | ARC-c | BoolQ |" over "LoRA", "DoRA", "**MixLoRA**": each row
    a model trained with that method; "# MixLoRA: ..." with github.com/TUDB-Labs/MixLoRA outweighs two links to
    meta-llama's base model."""
    card = write(tmp_path / "card.md", """# AcmeLoRA: Fine-Tuning with LoRA-based Experts

[![](https://img.shields.io/github/stars/Acme-Labs/AcmeLoRA)](https://github.com/Acme-Labs/AcmeLoRA/stargazers)

Base model: [Llama-2-7b](https://huggingface.co/meta-llama/Llama-2-7b-hf), also at https://huggingface.co/meta-llama/Llama-2-7b-hf.

| PEFT Method | # Params (%) | ARC-e | ARC-c | BoolQ | AVG. |
|-------------|--------------|-------|-------|-------|------|
| LoRA        | 2.9%         | 73.8  | 50.9  | 62.2  | 62.3 |
| DoRA        | 2.9%         | 76.5  | 59.8  | 71.7  | 69.3 |
| **AcmeLoRA** | 2.9%        | 77.7  | 58.1  | 72.7  | **69.5** |
""")
    res = extract_file(card)
    assert res.document.publisher == "Acme-Labs"
    assert len(res.scores) == 12  # not the # Params column
    assert {(s.model_label, s.first_party) for s in res.scores} == {("LoRA", False), ("DoRA", False), ("AcmeLoRA", True)}


def test_models_over_column_groups_with_method_rows_and_precision_sections(tmp_path):
    """SpinQuant: "| Model | LLaMA-3 8B | | LLaMA-2 7B | |" over "| **Method** | *Zero-shot* | *Wiki2* | ...", rows of
    quantization methods under "*W4A16KV16*" section rows, and a blown-up perplexity "1e5": each score is the
    group's model made with the row's method, at the section's precision."""
    card = write(tmp_path / "card.md", """# AcmeQuant

 | Model | LLaMA-3 8B | | LLaMA-2 7B | |
 | --- | --- | --- | --- | --- |
 | **Method** | *Zero-shot* | *Wiki2* | *Zero-shot* | *Wiki2* |
 | FloatingPoint | 69.6 | 6.1 | 66.9 | 5.5 |
 | *W4A16KV16* | | | | |
 | RTN | 65.4 | 7.8 | 63.6 | 1e5 |
 | GPTQ | 66.5 | 7.2 | 64.5 | 11.3 |
 | *W4A4KV16* | | | | |
 | RTN | 38.5 | 9e2 | 35.6 | 2e3 |
""")
    res = extract_file(card)
    assert len(res.scores) == 16
    got = {(s.model_label, s.benchmark_label, dict(s.key.extra).get("setting"), s.value) for s in res.scores}
    assert ("LLaMA-2 7B RTN", "Wiki2", "w4a16kv16", 100000.0) in got
    assert ("LLaMA-2 7B RTN", "Wiki2", "w4a4kv16", 2000.0) in got
    assert ("LLaMA-3 8B GPTQ", "Zero-shot", "w4a16kv16", 66.5) in got  # GPTQ: a method, not OpenAI's GPT line


def test_a_model_column_after_architecture_columns_and_a_metric_column_under_a_named_section(tmp_path):
    """text2vec: "| Arch | BaseModel | Model | ATEC | BQ |" (the rows' models in the third column, named "Model")
    beside a QPS (speed) column; MiniMind: "| category | correct | question_count | accuracy |" under "#### 结果汇总"
    inside "# Objective dataset: C-Eval" (C-Eval's accuracy), after a configuration table with kv_heads and TopK."""
    card = write(tmp_path / "card.md", """# acmemind

#### 中文匹配数据集的评测结果：

| Arch   | BaseModel                    | Model           | ATEC  |  BQ   | QPS |
|:-------|:----------------------------|:--------------------|:-----:|:-----:|:-----:|
| SBERT  | bert-base-chinese           | SBERT-bert-base     | 46.36 | 70.36 | 3138 |
| CoSENT | bert-base-chinese           | CoSENT-bert-base    | 49.74 | 72.38 | 3066 |

# Model

| Model Name        | params | n_layers | kv_heads | q_heads | TopK |
|-------------------|--------|----------|----------|---------|------|
| acmemind-small    | 26M    | 8        | 8        | 16      | -    |
| acmemind-moe      | 4×26M  | 8        | 8        | 16      | 2    |

# 📌 Objective dataset: C-Eval

#### 结果汇总：

| category          | correct  | question_count | accuracy |
|:------------------|:--------:|:--------------:|:--------:|
| acmemind-small    |    344   |      1346      |  25.56%  |
| acmemind          |    351   |      1346      |  26.08%  |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value) for s in res.scores}
    assert got == {("SBERT-bert-base", "ATEC", 46.36), ("SBERT-bert-base", "BQ", 70.36),
                   ("CoSENT-bert-base", "ATEC", 49.74), ("CoSENT-bert-base", "BQ", 72.38),
                   ("acmemind-small", "C-Eval", 25.56), ("acmemind", "C-Eval", 26.08)}


def test_a_section_title_heading_and_a_visual_token_count_column(tmp_path):
    """Cambrian: "### Data Curation" over "| Model | Average | General Knowledge | OCR |" (a section of the README,
    not a benchmark: "Average" stays the table's average), and "| # Vis. Tok. |" (a count of visual tokens)."""
    card = write(tmp_path / "card.md", """# AcmeVL

### Data Curation

| Model          | Average | General Knowledge | OCR   |
|----------------|---------|-------------------|-------|
| LLaVA-665K     | 40.4    | 64.7              | 45.2  |
| AcmeVL-10M     | 53.8    | 68.7              | 51.6  |

### Results

| Model | # Vis. Tok. | MMB | SQA-I |
|---|---|---|---|
| AcmeVL-8B | 576 | 75.9 | 80.4 |
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores if s.value in (40.4, 53.8)} == {"Average"}
    assert len(res.scores) == 8  # not the visual-token counts


def test_a_card_named_like_a_repository_its_code_loads_beside_a_catalogued_labs_tokenizer(tmp_path):
    """Rene: "# Model Card for Rene" whose code loads cartesia-ai/Rene-v0.1-1.3b-pytorch and, for the tokenizer,
    allenai/OLMo-1B-hf (also linked in the table): Cartesia publishes it, not AI2."""
    card = write(tmp_path / "card.md", """# Model Card for Acmene

```python
model = AcmeForCausalLM.from_pretrained("acme-ai/Acmene-v0.1-1.3b-pytorch").cuda()
tokenizer = AutoTokenizer.from_pretrained("allenai/OLMo-1B-hf")
```

| Model | PIQA | COPA |
|---|---|---|
| [allenai/OLMo-1B-hf](https://huggingface.co/allenai/OLMo-1B-hf) | 73.7 | 81.0 |
| acme-ai/Acmene-v0.1-1.3b-pytorch (OUR MODEL) | 74.0 | 84.0 |
""")
    res = extract_file(card)
    assert res.document.publisher == "acme-ai"
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("allenai/OLMo-1B-hf", False), ("acme-ai/Acmene-v0.1-1.3b-pytorch (OUR MODEL)", True)}


def test_a_column_of_bare_hub_links_does_not_name_the_rows_models(tmp_path):
    """RankingGPT: a `url` column of "[huggingface](...) [modelscope](...)" beside the names: the links point at
    checkpoints; the first column names the models."""
    card = write(tmp_path / "card.md", """# AcmeRank

|         | DL19 | DL20 | BEIR | url |
|---------|------|------|------|-----------------|
| MonoBERT | 72.3 | 70.3 | 50.5 |     [huggingface](https://huggingface.co/veneres/monobert-msmarco)          |
| AcmeRank-bloom-560m| 75.3 | 73.2 | 53.7 | [huggingface](https://huggingface.co/acme/AcmeRank-bloom-560m) [modelscope](https://modelscope.cn/models/acme/AcmeRank-bloom-560m) |
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores} == {"MonoBERT", "AcmeRank-bloom-560m"} and len(res.scores) == 6


def test_configuration_columns_named_in_chinese(tmp_path):
    """MiniRBT: "| 模型 | 层数 | 隐层大小 | FFN大小 | 注意力头数 | 模型参数量 | 加速比 |" (layers, hidden size, FFN size,
    attention heads, parameters, speed-up): a configuration table, no scores."""
    card = write(tmp_path / "card.md", """# AcmeRBT

| 模型 | 层数 | 隐层大小 | FFN大小 | 注意力头数 | 模型参数量 | 加速比 |
| :------- | :---------: | :---------: | :---------: | :---------: | :---------: | :---------: |
| RoBERTa | 12 | 768 | 3072 | 12 | 102.3M (100%) | 1x|
| **AcmeRBT-H256** | 6 | 256 | 1024 | 8 | 10.4M (10.2%) | 6.8x|
""")
    assert extract_file(card).scores == []


def test_a_title_starting_with_a_short_line_name_is_not_that_labs(tmp_path):
    """GPTViet: "GPTViet - Advancing Foundation Models" starts with OpenAI's "gpt", but not as a word: OpenAI is not
    the publisher, and GPT-3.5 is not first party ("GPT-4o" and "GPT4" still start OpenAI's line)."""
    card = write(tmp_path / "card.md", """<h1 align="center">
  <span> GPTFoo - Advancing Foundation Models</span>
</h1>

| Model | VMLU |
|---|---|
| GPT-3.5 (OpenAI) | 46.3 |
| GPTFoo 8B (2024-05-Version) | 51.2 |
""")
    res = extract_file(card)
    assert res.document.publisher != "openai"
    assert {(s.model_label, s.first_party) for s in res.scores} == {("GPT-3.5 (OpenAI)", False),
                                                                    ("GPTFoo 8B (2024-05-Version)", True)}
    from benchlens.catalog.catalog import get_catalog
    cat = get_catalog()
    assert cat.publisher_owns_label("openai", "GPT-4o") and cat.publisher_owns_label("openai", "GPT4")
    assert not cat.publisher_owns_label("openai", "GPTQ")


def test_a_title_naming_a_line_with_another_word_is_not_that_labs(tmp_path):
    """CDial-GPT: "# GPT-Chinese" (another project's dialogue models, cloned from github.com/lemon234071/GPT-Chinese.git)
    starts like OpenAI's line, but "Chinese" is no version or variant of it: the publisher is the repository's
    owner, not OpenAI; "Qwen3.5 ..." and "Mistral Small 3" titles still name their labs."""
    card = write(tmp_path / "card.md", """# GPT-Foo
Clone it: `git clone https://github.com/foo-lab/GPT-Foo.git`

| Model | BLEU-2 |
|---|---|
| GPT2-chitchat | 5.96 |
""")
    res = extract_file(card)
    assert res.document.publisher == "foo-lab"
    from benchlens.catalog.catalog import get_catalog
    from benchlens.extract.document import _model_line_publisher
    cat = get_catalog()
    assert _model_line_publisher(cat, "GPT-Chinese") is None
    assert _model_line_publisher(cat, "Qwen3.5 Technical Report") == "alibaba-qwen"
    assert _model_line_publisher(cat, "Mistral Small 3") == "mistral"


def test_a_score_with_the_paper_it_comes_from_linked(tmp_path):
    """AraBERT: "95.7 [ElJundi et.al.](https://...)" under "prev. SOTA" is a score and the paper it comes from."""
    card = write(tmp_path / "card.md", """# AcmeBERT

Task | Metric |prev. SOTA | mBERT | AcmeBERTv1
---|:---:|:---:|:---:|:---:
HARD |Acc.|95.7 [ElJundi et.al.](https://www.aclweb.org/anthology/W19-4608/)|95.7|**96.2**
ASTD |Acc.|86.5 [ElJundi et.al.](https://www.aclweb.org/anthology/W19-4608/)| 80.1|92.2
""")
    res = extract_file(card)
    assert {(s.model_label, s.value) for s in res.scores if s.benchmark_label == "HARD"} == {
        ("prev. SOTA", 95.7), ("mBERT", 95.7), ("AcmeBERTv1", 96.2)}
    assert len(res.scores) == 6


def test_a_model_column_beside_a_base_llm_column_in_chinese(tmp_path):
    """VisCPM: "| 模型 (two columns) | 语言模型基座 |" (model, language-model base): the second 模型 column names the
    models, the base column what each is built on."""
    card = write(tmp_path / "card.md", """# AcmeVL

<table>
    <tr><td rowspan="2" colspan="2">模型</td><td rowspan="2">语言模型基座</td><td colspan="2">英文</td></tr>
    <tr><td>对话</td><td>平均</td></tr>
    <tr><td rowspan="2">英文模型</td><td>MiniGPT4</td><td>Vicuna-13B</td><td>65.0</td><td>69.7</td></tr>
    <tr><td>InstructBLIP</td><td>Vicuna-13B</td><td>81.9</td><td>80.6</td></tr>
    <tr><td>中英双语</td><td>AcmeVL-Chat</td><td>CPMBee-10B</td><td>81.4</td><td>82.5</td></tr>
</table>
""")
    res = extract_file(card)
    assert {s.model_label for s in res.scores if s.value in (65.0, 81.9, 81.4)} == {"MiniGPT4", "InstructBLIP",
                                                                                  "AcmeVL-Chat"}
    assert len(res.scores) == 6


def test_two_scores_set_apart_by_a_spaced_dash_under_two_metrics(tmp_path):
    """AraBERT: "ARCD | EM - F1 | 34.2 - 61.3": two scores, exact match and F1, set apart by a spaced dash (an
    unspaced "-3.2" beside a score stays a change, not read)."""
    assert [(v.value, v.part) for v in parse_cell("**54.84 - 82.15**").values] == [(54.84, 0), (82.15, 1)]
    assert [v.value for v in parse_cell("55.2 -3.2").values] == [55.2]
    card = write(tmp_path / "card.md", """# AcmeBERT

Task | Metric | mBERT | AcmeBERTv1
---|:---:|:---:|:---:
HARD |Acc.|95.7|**96.2**
ARCD|EM - F1|34.2 - 61.3|**54.84 - 82.15**
""")
    res = extract_file(card)
    arcd = {(s.model_label, s.value, s.key.metric) for s in res.scores if s.benchmark_label == "ARCD"}
    assert arcd == {("mBERT", 34.2, None), ("mBERT", 61.3, "f1"), ("AcmeBERTv1", 54.84, None),
                    ("AcmeBERTv1", 82.15, "f1")}
    assert len(res.scores) == 6


def test_method_rows_under_model_columns_with_the_metric_in_the_corner(tmp_path):
    """Wanda: "| sparsity | ppl | llama2-7b | llama2-13b |" over "| 2:4 | wanda | 11.02 | 8.27 |": the corner names
    the metric (perplexity, in its own units), each row a method applied to each column's model, the sparsity
    a setting kept under its header's name."""
    card = write(tmp_path / "card.md", """# Pruning LLMs

|sparsity| ppl              | llama2-7b | llama2-13b |
|------|------------------|----------|------------|
|-| dense            | 5.12     | 4.57       |
|unstructured 50%| wanda            | **6.42** | **5.56**   |
|2:4| magnitude        | 54.59    | 8.33       |
|2:4| wanda            | 11.02    | **8.27**   |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value, (s.key.setting().get("extra") or {}).get("sparsity"), s.scale)
           for s in res.scores if s.value in (5.12, 11.02, 6.42)}
    assert got == {("llama2-7b dense", "ppl", 5.12, None, "raw"), ("llama2-7b wanda", "ppl", 11.02, "2:4", "raw"),
                   ("llama2-7b wanda", "ppl", 6.42, "unstructured 50%", "raw")}
    assert len(res.scores) == 8


def test_datasets_by_metrics_under_a_heading_naming_the_model(tmp_path):
    """UmBERTo: "### Umberto-Wikipedia-Uncased" over "#### Part of Speech (POS)" over "| Dataset | F1 | Precision |
    Recall | Accuracy |": the datasets of the model the heading names (a name of the title's own line), each
    column a metric. A line "```pip install x```" above is code inline (CommonMark), not the start of a fence
    that would hide the headings below."""
    card = write(tmp_path / "card.md", """# AcmeBERTo: an Italian Language Model

```pip install transformers```

```bash
pip install acme
```

### Results

### AcmeBERTo-Wikipedia-Uncased

#### Part of Speech (POS)

| Dataset | F1 | Precision | Recall | Accuracy |
| ------ | ------ | ------ |  ------ |  ------ |
| **UD_Italian-ISDT** | 98.563  | 98.508 | 98.618 | **98.717** |
| **UD_Italian-ParTUT** | 97.810 | 97.835 |  97.784 | **98.060** |

### AcmeBERTo-Commoncrawl-Cased

| Dataset | F1 | Precision | Recall | Accuracy |
| ------ | ------ | ------ |  ------ |  ------ |
| **WikiNER-ITA** | **92.531**  | 92.509 | 92.553 | 99.136 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.key.metric) for s in res.scores if s.value in (98.508, 92.553)}
    assert got == {("AcmeBERTo-Wikipedia-Uncased", "UD_Italian-ISDT", "precision"),
                   ("AcmeBERTo-Commoncrawl-Cased", "WikiNER-ITA", "recall")}
    assert len(res.scores) == 12


def test_size_sublines_name_unknown_models_and_in_house_prose_names_the_publisher(tmp_path):
    """42dot: "|Tasks / Metric|XGLM <br>1.7B|AcmeBaker-PLM <br>1.3B ko|AcmeBaker-PLM <br>1.3B ko-en|": a model
    the catalog does not know with its size (and variant) on a line of its own is named with it (two variants
    are two models). "[**42dot**](https://42dot.ai/)에서 자체 개발한" (developed by 42dot itself) names the
    publisher, over two links to facebook's models compared with."""
    card = write(tmp_path / "card.md", """# 챗베이커 (AcmeBaker)

**AcmeBaker**는 [**AcmeLab**](https://acme.ai/)에서 자체 개발한 생성형 언어 모델입니다.

  - [XGLM 1.7B](https://huggingface.co/facebook/xglm-1.7B): 비교 모델
  - [OPT 1.3B](https://huggingface.co/facebook/opt-1.3b): 비교 모델

|Tasks / Metric|XGLM <br>1.7B|AcmeBaker-PLM <br>1.3B ko|AcmeBaker-PLM <br>1.3B ko-en|
|--|--|--|--|
|boolq|0.537|0.588|0.604|
|copa|0.628|0.776|0.720|
""")
    res = extract_file(card)
    assert res.document.publisher == "AcmeLab"
    got = {(s.model_label, s.first_party) for s in res.scores}
    assert got == {("XGLM 1.7B", False), ("AcmeBaker-PLM 1.3B ko", True), ("AcmeBaker-PLM 1.3B ko-en", True)}
    assert len(res.scores) == 6


def test_rows_the_authors_call_ours_and_a_count_of_languages(tmp_path):
    """PURE: "Our PRM-7B", and "| Deepseek-7B | Our-PRM@1024 |" (another lab's generator with the authors' method)
    are the authors'; uform: a "Languages" column in an architecture table counts languages, no score."""
    card = write(tmp_path / "card.md", """# Acme PRM

| Process Reward Model    | GSM8K    | MATH     |
| ----------------------- | -------- | -------- |
| Qwen2.5-Math-7B-PRM800K | 68.2     | 62.6     |
| Our PRM-7B              | 69.0     | **66.5** |

| Generator Model         | Method                    | GSM8K | MATH |
| ------------- | ------------- | ------------- | -------- |
| Deepseek-7B | Pass@1 | 83.9 | 42.4 |
| Deepseek-7B | Our-PRM@1024 | 91.6 | **62.6** |

| Model                                 | Language Tower | Languages | MMLU |
| :------------------------------------ | :------------: | :-------: | ---: |
| `acme/acme-vl-english`         | BERT, 2 layers |     1     |  40.1 |
| `acme/acme-vl-multilingual`    | BERT, 8 layers |    12     |  41.3 |
""")
    res = extract_file(card)
    own = {(s.model_label, s.value) for s in res.scores if s.first_party and s.value in (69.0, 91.6, 68.2, 83.9)}
    assert own == {("Our PRM-7B", 69.0), ("Deepseek-7B", 91.6)}
    assert sorted(s.value for s in res.scores if s.provenance.table == 2) == [40.1, 41.3]


def test_a_heading_naming_a_benchmark_in_words_over_pass_at_k_columns(tmp_path):
    """GPT-Code-Clippy: "### Human Eval Results" over "| Model | pass@1 | pass@2 |": HumanEval at each k."""
    card = write(tmp_path / "card.md", """# Acme-Coder

### Human Eval Results

| Model                             |   pass@1    |   pass@2    |
| --------------------------------- | :---------: | :---------: |
| EleutherAI/gpt-neo                |    0.12%    |    0.24%    |
| acme-125M-apps                    |    0.06%    |    0.12%    |
""")
    res = extract_file(card)
    assert {(s.key.benchmark, s.key.k) for s in res.scores} == {("humaneval", None), ("humaneval", "pass@2")}
    assert len(res.scores) == 4


def test_a_date_heading_names_no_benchmark_and_resource_columns_are_no_scores(tmp_path):
    """CPT: a bold "**12/30/2022**" news line above the table is no benchmark's name; slovnet: "init, s",
    "disk, mb", "ram, mb" columns measure a model's footprint, not its scores."""
    card = write(tmp_path / "card.md", """# Acme

**12/30/2022**

An updated version of Acme is released.

|            | AFQMC | IFLYTEK |  AVG  |
| :--------- | :---: | :-----: | :---: |
| acme-base  | 73.0 |   60   | 66.5 |
| acme-large | 75.7 |  62.1  | 68.9 |

| | init, s | disk, mb | ram, mb | speed, it/s |
|---|---|---|---|---|
| acme-base | 1.0 | 27 | 205 | 25.3 |
| acme-large | 2.0 | 54 | 410 | 12.1 |
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores} == {"AFQMC", "IFLYTEK", "AVG"}
    assert len(res.scores) == 6


def test_a_pair_with_its_paper_cited_and_prose_naming_one_of_the_rows(tmp_path):
    """LUKE: "89.9/95.1 ([Yang et al., 2019](...))" under "Previous SOTA" is two scores and the paper they come
    from; prose above a table ("results ... on SQuAD v1 and CoNLL-2003") that names one of the benchmarks its
    Dataset column lists does not make that benchmark the whole table's."""
    card = write(tmp_path / "card.md", """# AcmeLUKE

The experimental results of AcmeLUKE (base) and AcmeLUKE (large) on SQuAD v1 and CoNLL-2003 are shown as follows:

| Task                          | Dataset           | Metric | AcmeLUKE (base) | Previous SOTA |
| ----------------------------- | ----------------- | ------ | --------------- | ------------- |
| Extractive Question Answering | [SQuAD v1.1](https://rajpurkar.github.io/SQuAD-explorer/) | EM/F1  | 86.1/92.3 | 89.9/95.1 ([Yang et al., 2019](https://arxiv.org/abs/1906.08237)) |
| Named Entity Recognition      | [CoNLL-2003](https://www.clips.uantwerpen.be/conll2003/ner/) | F1     | 93.3 | 93.5 ([Baevski et al., 2019](https://arxiv.org/abs/1903.07785)) |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value) for s in res.scores}
    assert got == {("AcmeLUKE (base)", "SQuAD v1.1", 86.1), ("AcmeLUKE (base)", "SQuAD v1.1", 92.3),
                   ("Previous SOTA", "SQuAD v1.1", 89.9), ("Previous SOTA", "SQuAD v1.1", 95.1),
                   ("AcmeLUKE (base)", "CoNLL-2003", 93.3), ("Previous SOTA", "CoNLL-2003", 93.5)}


def test_unknown_models_by_metric_columns_under_a_named_task_then_a_task_corner_over_their_rows(tmp_path):
    """Chinese-CLIP: "**MUGE Text-to-Image Retrieval**:" over "| Setup Metric | Zero-shot: R@1 | R@5 | MR |" and
    rows of models no catalog knows (the task named above is the benchmark, each metric under its group a
    subset); then "| Task | CIFAR10 | DTD |" over the same models: rows that were models in the document's
    earlier tables stay models though the corner says "Task"."""
    card = write(tmp_path / "card.md", """# AcmeCLIP

**MUGE Text-to-Image Retrieval**:
<table>
<tr><th>Setup</th><th colspan="3">Zero-shot</th><th colspan="3">Finetune</th></tr>
<tr><td>Metric</td><td>R@1</td><td>R@5</td><td>MR</td><td>R@1</td><td>R@5</td><td>MR</td></tr>
<tr><td>Wukong</td><td>42.7</td><td>69.0</td><td>63.2</td><td>52.7</td><td>77.9</td><td>72.1</td></tr>
<tr><td>CN-Acme</td><td>63.0</td><td>84.1</td><td>78.8</td><td>68.9</td><td>88.7</td><td>83.6</td></tr>
</table>

**Zero-shot Image Classification**:
<table>
<tr><th>Task</th><th>CIFAR10</th><th>DTD</th></tr>
<tr><td>Wukong</td><td>95.4</td><td>40.0</td></tr>
<tr><td>CN-Acme</td><td>96.0</td><td>62.4</td></tr>
</table>
""")
    res = extract_file(card)
    first = {(s.model_label, s.benchmark_label, s.key.subset) for s in res.scores if s.value in (42.7, 88.7)}
    assert first == {("Wukong", "MUGE Text-to-Image Retrieval", "zero-shot r@1"),
                     ("CN-Acme", "MUGE Text-to-Image Retrieval", "finetune r@5")}
    # (the dataset is the benchmark, or the subset of the task the caption names)
    second = {(s.model_label, s.key.subset or s.benchmark_label.lower()) for s in res.scores if s.provenance.table == 1}
    assert second == {("Wukong", "cifar10"), ("Wukong", "dtd"), ("CN-Acme", "cifar10"), ("CN-Acme", "dtd")}
    assert len(res.scores) == 16


def test_one_model_in_several_rows_told_apart_by_settings_and_tables_that_are_no_scores(tmp_path):
    """CLUECorpus2020: "| Model | Vocab | Data | Steps | AFQMC |" with "BERT-base" on every row: runs of one model,
    told apart by their settings (kept in the key). Chinese-BERT-wwm: a bold sentence between a heading and its
    table is no heading (the heading names the benchmark). Ganit: a table under "Average Response Length
    (Tokens)" counts tokens, no scores."""
    card = write(tmp_path / "card.md", """# Acme

| Model        | Vocab  | Data        | Steps | AFQMC  | CMNLI  |
| :----:| :----: | :----: | :----: |:----: |:----: |
| BERT-base    | Google | Wiki (1 GB) | 125K  | 69.93% | 75.64% |
| BERT-base    | Google | C5 (1 GB)   | 125K  | 69.63% | 75.75% |
| BERT-base    | CLUE   | C5 (1 GB)   | 375K  | 69.00% | 75.84% |

### 繁体中文阅读理解：DRCD
**由于ERNIE中去除了繁体中文字符，故不建议在繁体中文数据上使用ERNIE。**

| 模型 | 开发集 | 测试集 |
| :------- | :---------: | :---------: |
| BERT | 83.1 | 82.2 |
| AcmeBERT-wwm | 84.3 | 84.2 |

#### Average Response Length (Tokens)

| Model            | AIME25 | HMMT25 |
|------------------|--------|--------|
| Light-R1         | 11330  | 12680  |
| Acme-R1          | 10083  | 12100  |
""")
    res = extract_file(card)
    runs = {(s.key.setting().get("extra") or {}).get("steps") for s in res.scores if s.benchmark_label == "AFQMC"}
    assert runs == {"125k", "375k"} and sum(1 for s in res.scores if s.benchmark_label == "AFQMC") == 3
    assert {s.benchmark_label for s in res.scores if s.value == 84.3} == {"DRCD"}
    assert not [s for s in res.scores if s.value > 1000]
    assert len(res.scores) == 10


def test_a_chinese_we_released_sentence_claims_the_models_it_names(tmp_path):
    """Chinese-BERT-wwm: "我们发布了...中文预训练模型AcmeBERT-wwm，以及...：AcmeBERT-wwm-ext" (we released ...) claims those
    names as the authors' own, not the `AcmeBERT` they were built from (named in the same table)."""
    card = write(tmp_path / "card.md", """[**中文说明**](README.md) | [**English**](README_EN.md)

## 中文预训练AcmeBERT-wwm
我们发布了基于全词遮罩（Whole Word Masking）技术的中文预训练模型AcmeBERT-wwm，以及与此技术密切相关的模型：AcmeBERT-wwm-ext。

| 模型 | 开发集 | 测试集 |
| :------- | :---------: | :---------: |
| AcmeBERT | 65.5 | 70.0 |
| **AcmeBERT-wwm** | 66.3 | 70.5 |
| **AcmeBERT-wwm-ext** | 67.1 | 71.4 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("AcmeBERT", False), ("AcmeBERT-wwm", True), ("AcmeBERT-wwm-ext", True)}


def test_rows_of_languages_under_a_heading_naming_the_benchmark(tmp_path):
    """XLM-T: "## `UMSAB` Results / Leaderboard" over rows "**Arabic**", "**English**", ... and an italic
    "*All lang.*" row, columns "FT Mono | XLM-R Mono": the languages are subsets of UMSAB, one column per model
    (the italic row after bold ones is a row of its own, not a description of the row above)."""
    card = write(tmp_path / "card.md", """# Acme-T

## `UMSAB` Results / Leaderboard

|     | FT Mono | AcmeT Mono |
|-----|---------|-------------|
| **Arabic**  |   46.0  |     63.6    |
| **English**  |   50.9  |     68.2    |
| **French**  |   54.8  |     72.0    |
| *All lang.* |   *51.0*  |     *64.8*    |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.key.subset) for s in res.scores if s.value in (46.0, 64.8)}
    assert got == {("FT Mono", "UMSAB", "arabic"), ("AcmeT Mono", "UMSAB", "all lang.")}
    assert len(res.scores) == 8


def test_a_heading_naming_the_benchmark_outweighs_prose_comparing_it_with_another(tmp_path):
    """Chinese-ELECTRA: "### CMRC 2018" then "... which is identical to SQuAD" over the table: CMRC 2018 is the
    benchmark. LLaVA: "LLaVA-Bench-Conv" columns are benchmarks named after a model line. XLM: an `lg` column
    (languages used) and Marin's data-mix `Proportion` and `Average Rank` columns are no scores."""
    card = write(tmp_path / "card.md", """# Acme ELECTRA

### CMRC 2018
The model should answer the questions based on the given passage, which is identical to SQuAD.

| Model | Development | Test |
| :------- | :---------: | :---------: |
| BERT-base | 65.5 | 70.0 |
| AcmeELECTRA-base | 69.3 | 73.1 |

## AcmeLLaVA-v1

| Base LLM | Vision Encoder | LLaVA-Bench-Conv | LLaVA-Bench-Detail | Download |
|----------|----------------|------------------|--------------------|----------|
| Vicuna-13B-v1.3 | CLIP-L-336px | 64.3 | 55.9 | [LoRA](https://huggingface.co/acme/acme-lora) |
| LLaMA-2-13B-Chat | CLIP-L | 56.7 | 58.6 | [ckpt](https://huggingface.co/acme/acme-ckpt) |

## XNLI

| Model | lg | en | fr |
|---|---|---|---|
| `mBERT` | 102 | 81.4 | 74.3 |
| `AcmeXLM (MLM)` | 15 | 83.2 | 76.5 |

## Data

| Dataset | Proportion | Oversampling |
|---|---|---|
| NemoTron CC Medium | 22.1% | 1x |
| StarCoder Data | 4.5% | 1x |
""")
    res = extract_file(card)
    assert {s.benchmark_label for s in res.scores if s.value in (65.5, 73.1)} == {"CMRC 2018"}
    assert {(s.model_label, s.benchmark_label) for s in res.scores if s.value in (64.3, 58.6)} == {
        ("Vicuna-13B-v1.3", "LLaVA-Bench-Conv"), ("LLaMA-2-13B-Chat", "LLaVA-Bench-Detail")}
    assert not [s for s in res.scores if s.value in (102, 15, 22.1, 4.5)]
    assert len(res.scores) == 4 + 4 + 4


def test_a_readme_names_its_own_repository_by_its_ci_badge(tmp_path):
    """slovnet: a README with no title heading whose CI badge links github.com/natasha/slovnet: natasha publishes
    it, and `slovnet`, `slovnet_bert` are its own models (not `deeppavlov`)."""
    card = write(tmp_path / "card.md", """<img src="https://example.org/slovnet.svg">

![CI](https://github.com/natasha/slovnet/workflows/CI/badge.svg)

SlovNet is a Python library for deep-learning based NLP modeling for Russian language.

<table>
<thead><tr><th>Model</th><th>news</th><th>wiki</th></tr></thead>
<tbody>
<tr><th>slovnet</th><td>0.961</td><td>0.815</td></tr>
<tr><th>slovnet_bert</th><td>0.982</td><td>0.884</td></tr>
<tr><th>deeppavlov</th><td>0.940</td><td>0.841</td></tr>
</tbody>
</table>
""")
    res = extract_file(card)
    assert res.document.publisher == "natasha"
    assert {(s.model_label, s.first_party) for s in res.scores} == {
        ("slovnet", True), ("slovnet_bert", True), ("deeppavlov", False)}


def test_a_corner_naming_both_axes_full_width_parentheses_and_lowercase_words_in_prose(tmp_path):
    """FinBERT (valuesimplex): "TASK\\MODEL | BERT | FinBERT" over "金融情绪分类 | 0.862（0.866） | ...": rows of tasks,
    columns of models, each cell a mean and (in full-width parentheses) a max. GraphCodeBERT: "The results on the
    filtered dataset are shown in this Table" names no benchmark. ConvLLaVA: a `Visual Tokens` column is a
    count, no score."""
    card = write(tmp_path / "card.md", """# AcmeFin

TASK\\MODEL      | BERT | AcmeFinBERT
--------------  | ---- | :-----:
金融情绪分类  | 0.862（0.866） | **0.895（0.896）**
金融短讯行业分类  | 0.939（0.942） | **0.951（0.952）**

## Results

The results on the filtered dataset are shown in this Table:

| Model          |   Ruby    |  Overall  |
| -------------- | :-------: | :-------: |
| NBow           |   0.162   |   0.189   |
| AcmeCodeBERT   |   0.679   |   0.693   |

## Zoo

| Model | Visual Tokens | MME | MMBench |
|---|---|---|---|
| AcmeLLaVA-768 | 144 | 1541 | 68.0 |
| AcmeLLaVA-1024 | 256 | 1553 | 68.8 |
""")
    res = extract_file(card)
    fin = {(s.model_label, s.benchmark_label, s.value) for s in res.scores if s.provenance.table == 0}
    assert ("AcmeFinBERT", "金融情绪分类", 0.895) in fin and ("AcmeFinBERT", "金融情绪分类", 0.896) in fin
    assert len(fin) == 8
    assert {s.benchmark_label for s in res.scores if s.value in (0.162, 0.693)} == {"Ruby", "Overall"}
    assert not [s for s in res.scores if s.value in (144, 256)]
    assert len(res.scores) == 8 + 4 + 4


def test_metric_then_benchmark_in_brackets_repo_id_rows_and_a_docs_per_second_column(tmp_path):
    """sentence-transformers' MS MARCO cross-encoders: a `Model-Name` corner over rows of repository ids and
    columns `NDCG@10 (TREC DL 19)` / `MRR@10 (MS Marco Dev)` (a metric, then what it is measured on), beside a
    `Docs / Sec` speed column; the prose above names both datasets, so neither is the table's benchmark.
    `Accuracy (MMLU)` is MMLU measured by accuracy."""
    card = write(tmp_path / "card.md", """# Acme Cross-Encoders

We provide various cross-encoders with their performance on the [TREC Deep Learning 2019](https://x) and the
[MS Marco Passage Reranking](https://y) dataset.

| Model-Name        | NDCG@10 (TREC DL 19) | MRR@10 (MS Marco Dev)  | Docs / Sec |
| ------------- | :-------------: | :-----: | ---: |
| acme/ce-tiny-L2 | 69.84 | 32.56 | 9000
| acme/ce-mini-L4 | 73.04 | 37.70 | 2500

| Model | Accuracy (MMLU) | pass@1 (HumanEval) |
|---|---|---|
| Acme-7B | 61.2 | 30.5 |
""")
    res = extract_file(card)
    first = {(s.model_label, s.benchmark_label, s.value) for s in res.scores if s.provenance.table == 0}
    assert first == {("acme/ce-tiny-L2", "NDCG@10 (TREC DL 19)", 69.84), ("acme/ce-tiny-L2", "MRR@10 (MS Marco Dev)", 32.56),
                     ("acme/ce-mini-L4", "NDCG@10 (TREC DL 19)", 73.04), ("acme/ce-mini-L4", "MRR@10 (MS Marco Dev)", 37.7)}
    assert {(s.benchmark, s.value) for s in res.scores if s.provenance.table == 1} == {("mmlu", 61.2), ("humaneval", 30.5)}


def test_rows_of_tasks_with_a_metric_column_and_columns_named_as_models(tmp_path):
    """Polish RoBERTa: "| Task | Task type | Metric | Base model | Large model |", rows of tasks the catalog does not
    know; `Base model` is a column of scores here, not a base-model attribute. MMedLM: a `Year` column is no score."""
    card = write(tmp_path / "card.md", """# Acme RoBERTa

| Task                 | Task type                   | Metric |Base model                   | Large model                  |
|----------------------|-----------------------------|--------|-----------------------------|------------------------------|
| [SICK-E](https://x) | Textual entailment     | Accuracy | 86.13    |  87.67|
| [Poleval 2018 - NER](http://y)  | Named&nbsp;entity&nbsp;recognition    | F1 score (exact match) | 87.94 | 89.98 |

| Method | Year | English | Chinese |
|---|---|---|---|
| GPT-4 | 2023.3 | 78.00 | 75.07 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.value) for s in res.scores if s.provenance.table == 0}
    assert got == {("Base model", "SICK-E", 86.13), ("Large model", "SICK-E", 87.67),
                   ("Base model", "Poleval 2018 - NER", 87.94), ("Large model", "Poleval 2018 - NER", 89.98)}
    assert sorted(s.value for s in res.scores if s.provenance.table == 1) == [75.07, 78.0]


def test_a_checkpoint_file_heading_names_the_model_of_a_testset_table(tmp_path):
    """OPUS-MT (Helsinki-NLP): "# opus-2019-12-04.zip" (the document's title too) over "## Benchmarks" over
    "| testset | BLEU | chr-F |": the test sets of the checkpoint the heading names."""
    card = write(tmp_path / "card.md", """# opus-2019-12-04.zip

* dataset: opus

## Benchmarks

| testset               | BLEU  | chr-F |
|-----------------------|-------|-------|
| newstest2019-ende.en.de \t| 39.2 \t| 0.638 |
| Tatoeba.en.de \t| 44.2 \t| 0.637 |

# opus-2019-12-18.zip

## Benchmarks

| testset               | BLEU  | chr-F |
|-----------------------|-------|-------|
| Tatoeba.en.de \t| 46.8 \t| 0.655 |
""")
    res = extract_file(card)
    got = {(s.model_label, s.benchmark_label, s.key.metric, s.value) for s in res.scores}
    assert got == {("opus-2019-12-04.zip", "newstest2019-ende.en.de", "bleu", 39.2),
                   ("opus-2019-12-04.zip", "newstest2019-ende.en.de", "chr-f", 0.638),
                   ("opus-2019-12-04.zip", "Tatoeba.en.de", "bleu", 44.2),
                   ("opus-2019-12-04.zip", "Tatoeba.en.de", "chr-f", 0.637),
                   ("opus-2019-12-18.zip", "Tatoeba.en.de", "bleu", 46.8),
                   ("opus-2019-12-18.zip", "Tatoeba.en.de", "chr-f", 0.655)}


def test_a_title_naming_the_base_its_model_is_built_on_does_not_make_the_base_ours(tmp_path):
    """CLUB (projecte-aina): "# BERTa (RoBERTa-based Catalan language model) ..." linking the checkpoint
    .../roberta-base-ca-cased: the models' line is BERTa's, so XLM-RoBERTa in the table is not the authors'."""
    card = write(tmp_path / "card.md", """# BERTa (RoBERTa-based Catalan language model) and a benchmark (CLUB)

Pretrained model: https://huggingface.co/AcmeOrg/roberta-base-ca-cased

| Model        | NER (F1)      | POS (F1)   |
| ------------|:-------------:| -----:|
| BERTa       | **89.63** | **98.93** |
| XLM-RoBERTa | 87.66 | 98.89 |
""")
    res = extract_file(card)
    assert not [s for s in res.scores if s.model_label == "XLM-RoBERTa" and s.first_party]


def test_a_task_kind_heading_gives_way_to_the_benchmark_the_caption_names(tmp_path):
    """ChiMed-GPT: "### QA" and "### Multi-turn Dialog" over "The results on [ChiMed](...) is" / "The results on
    [MC](...)" and columns of metrics only: the caption names the benchmark (two letters are a name too)."""
    card = write(tmp_path / "card.md", """# AcmeMed

### QA

And the results on [ChiMed](https://x) is

| Models         | BLEU-1  | ROUGE-L  |
|----------------|------|------|
| GPT-4          | 33.61| 16.63|
| AcmeMed-GPT    | **44.58**| **19.86**|

### Multi-turn Dialog

The results on [MC](https://y)

| Models          | B-1   | R-L  |
|-----------------|-------|------|
| GPT-4           | 18.58 | 14.55|
| AcmeMed-GPT     | 20.11 | 15.02|
""")
    res = extract_file(card)
    assert {(s.benchmark_label, s.value) for s in res.scores if s.model_label == "GPT-4"} == {
        ("ChiMed", 33.61), ("ChiMed", 16.63), ("MC", 18.58), ("MC", 14.55)}


def test_a_corpus_corner_and_a_column_that_splits_one_corpus_into_parts(tmp_path):
    """HunFlair2: "| Corpus | Entity Type | BENT | ... | HunFlair |" where a blank corpus cell continues
    "MedMentions" with another entity type: the corpus is the benchmark, each entity type a part of it."""
    card = write(tmp_path / "card.md", """# AcmeFlair

| Corpus                  | Entity Type | BENT  | BERN2 | AcmeFlair    |
|-------------------------|-------------|-------|-------|-------------|
| [MedMentions](https://x) | Chemical    | 40.90 | 41.79 | *__51.17__* |
|                         | Disease     | 45.94 | 47.33 | *__57.27__* |
| [BioID](https://y)      | Species     | 10.35 | 14.35 | 49.66       |
|||||
| Average                 | All         | 24.43 | 36.86 | *__58.79__* |

A data mix (TinyLlama): a `Corpus` corner over training phases holds shares, no scores.

| Corpus        | Basic pretraining | Continual pretraining with specific domain | Cooldown |
| ------------- | ----------------- | ------------------------------------------ | -------- |
| Slimpajama | 100.0              | 75.0                                         | 75.0        |
| starcoder     | -                 | 15.0                                       | 15.0     |
""")
    res = extract_file(card)
    med = {(s.model_label, s.key.subset, s.value) for s in res.scores if s.benchmark_label == "MedMentions"}
    assert med == {("BENT", "chemical", 40.9), ("BERN2", "chemical", 41.79), ("AcmeFlair", "chemical", 51.17),
                   ("BENT", "disease", 45.94), ("BERN2", "disease", 47.33), ("AcmeFlair", "disease", 57.27)}
    assert len(res.scores) == 12


def test_one_row_tables_of_a_model_and_benchmarks_met_before_and_a_row_number_column(tmp_path):
    """PP-MiniLM (PaddleNLP): after a table of models on CLUE tasks the catalog does not know, a one-row table of
    the same columns with no model column (the document's model: the title "PP-MiniLM 中文小模型" names it), a
    one-row table of "PP-MiniLM 裁剪后" under "Model", and a "NO" column of row numbers (1, 1, 2, 2)."""
    card = write(tmp_path / "card.md", """# AcmeMiniLM 中文小模型

| Model                         | #Params   | AFQMC     | TNEWS     | IFLYTEK   |
| ----------------------------- | --------- | --------- | --------- | --------- |
| BERT-base, Chinese            | 102.3M    | 74.14     | 56.81     | 61.10     |
| AcmeMiniLM                    | 59.7M     | 74.14     | 57.43     | 61.75     |

#### 微调后模型精度

| AFQMC | TNEWS | IFLYTEK |
| ----- | ----- | ------- |
| 74.15 | 57.44 | 61.76   |

#### 裁剪后模型精度

| Model            | AFQMC | TNEWS | IFLYTEK |
| ---------------- | ----- | ----- | ------- |
| AcmeMiniLM 裁剪后 | 73.91 | 57.45 | 61.64   |

| NO   | Model                   | AFQMC | TNEWS | IFLYTEK |
| ---- | ----------------------- | ----- | ----- | ------- |
| 1    | AcmeMiniLM              | 74.24 | 57.21 | 61.1    |
| 2    | AcmeMiniLM + 裁剪        | 73.92 | 57.46 | 61.65   |
""")
    res = extract_file(card)
    by_table = {}
    for s in res.scores:
        by_table.setdefault(s.provenance.table, set()).add((s.model_label, s.benchmark_label, s.value))
    assert {(b, v) for _, b, v in by_table[1]} == {("AFQMC", 74.15), ("TNEWS", 57.44), ("IFLYTEK", 61.76)}
    assert {m for m, _, _ in by_table[2]} == {"AcmeMiniLM 裁剪后"}
    assert {b for _, b, _ in by_table[3]} == {"AFQMC", "TNEWS", "IFLYTEK"} and len(by_table[3]) == 6
    assert {s.first_party for s in res.scores if s.model_label.startswith("AcmeMiniLM")} == {True}


def test_a_count_column_a_captioned_one_model_table_and_the_publisher_in_the_first_sentence(tmp_path):
    """Fara-7B: a `Tasks` column counts tasks, no score. Llama Guard 2: "Meta Llama Guard 2 is an 8B parameter ...
    model" names the publisher; "| Category | False Negative Rate* ↓ | False Positive Rate ↓ |" captioned below
    "Table 2: ... for Llama Guard 2 on our internal benchmark": one model of the earlier table, by category."""
    card = write(tmp_path / "card.md", """# Model Details

Meta Llama Guard 2 is an 8B parameter LLM safeguard model.

| **Model**                | **F1 ↑** | **AUPRC ↑** |
|--------------------------|:------:|:---------:|
| Llama Guard 2            |  **0.915** |   **0.974**   |
| GPT4                     |  0.796 |    N/A    |

| **Category**           | **False Negative Rate\\* ↓** | **False Positive Rate ↓** |
|------------------------|:--------------------------:|:-------------------------:|
| Violent Crimes         |            0.042           |           0.002           |
| Privacy                |            0.057           |           0.004           |

<small> Table 2: Category-wise breakdown for Llama Guard 2 on our internal benchmark.</small>

| Task Segment | Tasks | GPT-4o | Llama Guard 2 |
|--------------|-------|--------|---------------|
| Shopping | 56 | 62.5 | 52.4 |
| Flights | 51 | 60.1 | 37.9 |
""")
    res = extract_file(card)
    assert res.document.publisher == "meta"
    cats = {(s.model_label, s.benchmark_label, s.value, s.first_party) for s in res.scores if s.provenance.table == 1}
    assert cats == {("Llama Guard 2", "Violent Crimes", 0.042, True), ("Llama Guard 2", "Violent Crimes", 0.002, True),
                    ("Llama Guard 2", "Privacy", 0.057, True), ("Llama Guard 2", "Privacy", 0.004, True)}
    assert not [s for s in res.scores if s.value in (56, 51)]
    assert {s.first_party for s in res.scores if s.model_label == "GPT4"} == {False}


def test_score_columns_beside_size_and_speed_columns_and_a_bold_name_we_open_sourced(tmp_path):
    """Ultralytics: "| Model | size (pixels) | mAP<sup>val</sup> 50-95 | Speed (ms) | params (M) | FLOPs (B) |":
    one score column among configuration columns is still a table of scores. AgentCPM-Explore: "We
    open-sourced **AgentCPM-Explore**, an agent foundation model" makes its rows the authors' own."""
    card = write(tmp_path / "card.md", """# Latest News

* We open-sourced **AcmeAgent-Explore**, an agent foundation model trained with only 4B parameters.

| Model | GAIA | HLE |
|---|---|---|
| Kimi-Researcher | 60.1 | 26.9 |
| AcmeAgent-Explore 4B | 63.9 | 19.1 |

| Model | size<br><sup>(pixels) | mAP<sup>val<br>50-95 | Speed<br><sup>CPU ONNX<br>(ms) | params<br><sup>(M) | FLOPs<br><sup>(B) |
| ----- | ---- | ---- | ---- | ---- | ---- |
| [AcmeDet-n](https://x/acmedet-n.pt) | 640 | 37.3 | 80.4 | 3.2 | 8.7 |
| [AcmeDet-s](https://x/acmedet-s.pt) | 640 | 44.9 | 128.4 | 11.2 | 28.6 |
""")
    res = extract_file(card)
    assert {(s.model_label, s.first_party) for s in res.scores if s.provenance.table == 0} == {
        ("Kimi-Researcher", False), ("AcmeAgent-Explore 4B", True)}
    assert sorted(s.value for s in res.scores if s.provenance.table == 1) == [37.3, 44.9]


def test_pass_fail_counts_time_columns_and_a_percentage_increase_are_no_scores(tmp_path):
    """h2oGPT's RAG benchmark: "| RANK | LLM | PASS | FAIL | ACCURACY [%] | COST | TIME |": only the accuracy is a
    score. Occiglot: "| Task | Naive Packing | Fewer Truncations Packing | Percentage Increase |": two runs
    compared, and their difference, which is no score."""
    card = write(tmp_path / "card.md", """# Acme RAG

| RANK | LLM                   | PASS | FAIL | ACCURACY [%] |     COST |    TIME |
|-----:|:----------------------|-----:|-----:|-------------:|---------:|--------:|
|    1 | acme/acme-gpt-7b      |  127 |    4 |        96.95 | 0.1020   | 129.48  |
|    2 | gpt-4-1106-preview    |  126 |    5 |        96.18 | 1.8700   |  59.21  |

| Task              | Naive Packing | Fewer Truncations Packing | Percentage Increase |
|-------------------|---------------|---------------------------|---------------------|
| truthfulqa_mc     | 0.452648      | 0.467687                  | 3.32%               |
| arc_challenge     | 0.517918      | 0.528157                  | 1.98%               |

Shares of wins, ties and fails (HuatuoGPT-II) are scores.

| **Acme Win Rate**              | **Win** | **Tie** | **Fail** |
| ------------------------------ | ------- | ------- | -------- |
| Acme-7B vs GPT-4               | **38**  | 38      | 24       |
| Acme-7B vs ChatGPT             | **52**  | 33      | 15       |

A column of DROP, a benchmark, is no drop in scores:

| Model     | MMLU | DROP |
|-----------|------|------|
| Llama-2-7B | 45.3 | 31.0 |
| Mistral-7B | 62.5 | 41.2 |
""")
    res = extract_file(card)
    assert sorted(s.value for s in res.scores if s.provenance.table == 0) == [96.18, 96.95]
    assert sorted(s.value for s in res.scores if s.provenance.table == 2) == [15, 24, 33, 38, 38, 52]
    assert {s.value for s in res.scores if s.benchmark == "drop"} == {31.0, 41.2}
    assert {(s.model_label, s.benchmark_label, s.value) for s in res.scores if s.provenance.table == 1} == {
        ("Naive Packing", "truthfulqa_mc", 0.452648), ("Fewer Truncations Packing", "truthfulqa_mc", 0.467687),
        ("Naive Packing", "arc_challenge", 0.517918), ("Fewer Truncations Packing", "arc_challenge", 0.528157)}


def test_header_rows_labelled_task_dataset_metric_and_rows_named_after_the_organisation(tmp_path):
    """OFA (OFA-Sys): an HTML header of rows labelled "Task" / "Dataset" / "Split" / "Metric" (only the first
    in <th>): the dataset row names each column's benchmark, the task row its group, the rest its settings; the
    rows are the models compared, `OFA<sub>Tiny</sub>` the organisation's own."""
    card = write(tmp_path / "card.md", """# News

See [AcmeOFA-Sys/AcmeOFA](https://github.com/AcmeOFA-Sys/AcmeOFA) and
[the checkpoints](https://huggingface.co/AcmeOFA-Sys/acmeofa-tiny), [base](https://huggingface.co/AcmeOFA-Sys/acmeofa-base).

<table border="1" width="100%">
    <tr align="center">
        <th>Task</th><th>Knowledge</th><th>Math</th><th colspan="2">Code</th>
    </tr>
    <tr align="center">
        <td>Dataset</td><td>MMLU</td><td>GSM8K</td><td>HumanEval</td><td>MBPP</td>
    </tr>
    <tr align="center">
        <td>Metric</td><td>Acc.</td><td>Acc.</td><td colspan="2">pass@1</td>
    </tr>
    <tr align="center">
        <td>Llama-2-7B</td><td>45.3</td><td>14.6</td><td>12.8</td><td>20.8</td>
    </tr>
    <tr align="center">
        <td>AcmeOFA<sub>Tiny</sub></td><td>47.5</td><td>16.0</td><td>13.1</td><td>21.4</td>
    </tr>
</table>
""")
    res = extract_file(card)
    assert {(s.model_label, s.benchmark, s.value) for s in res.scores if s.model_label == "Llama-2-7B"} == {
        ("Llama-2-7B", "mmlu", 45.3), ("Llama-2-7B", "gsm8k", 14.6), ("Llama-2-7B", "humaneval", 12.8),
        ("Llama-2-7B", "mbpp", 20.8)}
    assert {s.first_party for s in res.scores if s.model_label == "AcmeOFATiny"} == {True}
    assert len(res.scores) == 8


def test_a_benchmark_name_with_a_slash_in_the_line_above_a_table_of_metrics(tmp_path):
    """ProphetNet: "The results on CNN/DailyMail test set are shown in this Table:" over "| Model | ROUGE-1 |
    ROUGE-2 | ROUGE-L |": the line names the benchmark, slash and all."""
    card = write(tmp_path / "card.md", """# AcmeNet

The results on CNN/DailyMail test set are shown in this Table:

| Model                            | ROUGE-1   | ROUGE-2   | ROUGE-L   |
| -------------------------------- | --------- | --------- | --------- |
| [MASS(16G)](https://x)           | 42.12     | 19.50     | 39.01     |
| **AcmeNet(16G)**                 | 43.68     | 20.64     | 40.72     |
""")
    res = extract_file(card)
    assert {(s.benchmark_label, s.key.metric, s.value) for s in res.scores if s.model_label == "MASS(16G)"} == {
        ("CNN/DailyMail", "rouge-1", 42.12), ("CNN/DailyMail", "rouge-2", 19.5), ("CNN/DailyMail", "rouge-l", 39.01)}


def test_a_table_of_pass_at_k_columns_under_prose_naming_the_benchmark(tmp_path):
    """CodeParrot: "## Evaluation" ... "In addition we evaluate the model on OpenAI's _HumanEval_ benchmark." over
    "| Model | pass@1 | pass@10 | pass@100 |": the section's prose names the benchmark of the metric columns."""
    card = write(tmp_path / "card.md", """# AcmeParrot

## Evaluation
For evaluating the loss you can use a script.
In addition we evaluate the model on OpenAI's _HumanEval_ benchmark. You can run it with a command.

The results as well as reference values are shown in the following table:

| Model | pass@1 | pass@10 | pass@100|
|-------|--------|---------|---------|
|AcmeParrot (110M) | 3.80% | 6.57% | 12.78% |
|Codex (25M)| 3.21% | 7.1% |	12.89%|
""")
    res = extract_file(card)
    assert {s.benchmark for s in res.scores} == {"humaneval"} and len(res.scores) == 6


def test_an_id_column_of_row_numbers_and_a_checkpoint_corner(tmp_path):
    """ConSERT: "| ID | Model | STS12 | ... |" with `-` for the baselines and 1, 2, ... for the authors' models: row
    numbers, no scores. Nesso: "| Checkpoint | mmlu_it (acc) | hellaswag_it (acc_norm) | Media |" over "v2-95k",
    "v2-205k": the rows are checkpoints, each a model."""
    card = write(tmp_path / "card.md", """# AcmeSERT

| ID | Model                         | STS12 | STS13 | Avg. |
|----|-------------------------------|:-----:|:-----:|:----:|
| -  | bert-base-uncased (baseline)  | 35.20 | 59.53 | 47.37 |
| 1  | unsup-acmesert-base           | 64.64 | 78.49 | 71.57 |
| 2  | unsup-acmesert-large          | 70.69 | 82.96 | 76.83 |

| Checkpoint | mmlu_it (acc) | hellaswag_it (acc_norm) | Media  |
| ---------- | ------------- | ----------------------- | ------ |
| v2-95k     | 0.2529        | 0.3366                  | 0.2948 |
| v2-205k    | 0.2628        | —                       | 0.2628 |
""")
    res = extract_file(card)
    assert not [s for s in res.scores if s.value in (1, 2)]
    assert len([s for s in res.scores if s.provenance.table == 0]) == 9
    assert {s.model_label for s in res.scores if s.provenance.table == 1} == {"v2-95k", "v2-205k"}
    assert len([s for s in res.scores if s.provenance.table == 1]) == 5
