"""Qwen3 technical report (pdftotext -layout of arXiv 2505.09388): fixed-width text tables. Base models
(Tables 3-8), post-trained thinking / non-thinking (Tables 11-20) with multi-line model headers, row-group
labels interleaved with rows, 'Rating / Percentile' CodeForces pairs, '-' and blank cells and 0-10
AlignBench/WritingBench values; RULER (Table 23); per-language tables 24-35 with an Average column (not a
score); Belebele by language family (Table 37). Tables 1-2 (architecture), 21-22 (training methods and
stages) and 36 (language codes) hold no scores."""

from __future__ import annotations

from .util import aggregates, cell, doc, find, without_aggregates

NAME = "qwen3-technical-report.txt"


def test_counts():
    res = without_aggregates(doc(NAME))
    # base, 15 benchmark rows each: T3 5 models 75, T4 5 75, T5 6 90, T6 4 60, T7 4 60, T8 5 75 = 435
    # post-trained, 22 one-number rows + CodeForces (2 numbers per cell):
    #   T11 5 models: 22x5 - 18 Grok-3 '-'/blank + CodeForces 4x2 = 100; T12 22x5 + 5x2 = 120;
    #   T13 96; T14 96; T15 96; T16 120; T17 96; T18 144; T19 (no CodeForces) 22x4 = 88; T20 22x6 = 132
    #   -> 1088
    # RULER T23: 16 rows x 7 (Avg. + 6 lengths) = 112
    # per language (21 models; Average column excluded): es/fr/pt 6 benchmarks 126 each, it/ar/ja/ko 5
    #   105 each, id/ru/vi/de 4 84 each, th 3 63 -> 1197
    # Belebele T37: 17 models x 10 families = 170
    assert len(res.scores) == 3002
    # Qwen/QwQ: base 45+45+75+45+45+60 = 315; post-trained 24+48+48+48+72+72+48+96+44+88 = 588; RULER 112;
    # per language 18 of 21 rows (not Gemini, GPT-4o, Gemma) = 108x3 + 90x4 + 72x4 + 54 = 1026;
    # Belebele 13 of 17 rows = 130
    assert sum(1 for s in res.scores if s.first_party) == 2171
    # the Average cells are kept apart as averages (benchmark unresolved, never compared): 252, 216 first-party
    got = aggregates(doc(NAME))
    assert len(got) == 252 and sum(1 for s in got if s.first_party) == 216
    assert all(s.benchmark is None for s in got)



def test_publisher():
    assert doc(NAME).document.publisher == "alibaba-qwen"


def test_non_score_tables():
    res = without_aggregates(doc(NAME))
    lines = [s.provenance.line for s in res.scores]
    assert not [x for x in lines if x < 300]  # Tables 1-2 (architecture), header/param rows of Table 3
    assert not [x for x in lines if 1265 <= x < 1450]  # Tables 21-22: methods and training stages
    assert not [x for x in lines if 1870 <= x < 1900]  # Table 36: language codes
    # parameter rows (# Total Params 235B, ...) are not scores
    assert not [s for s in res.scores if s.value in (235, 671, 402, 109)]
    # the per-language Average column is not a score: Gemini2.5-Pro has 6 cells in Table 24, not 7
    g = find(res, model="gemini-2.5-pro", subset="es")
    assert len(g) == 6 and 79.9 not in [s.value for s in g]


def test_base_tables():
    res = doc(NAME)
    cell(res, 87.81, model="qwen3-235b-a22b-base", benchmark="mmlu")
    cell(res, 75.17, model="deepseek-v3-base", benchmark="include")
    cell(res, 77.00, model="llama-4-maverick-base", benchmark="crux-o")
    cell(res, 85.02, model="qwen2.5-plus-base", benchmark="mmlu")
    cell(res, 71.09, model="llama-4-scout-base", benchmark="mmlu-redux")
    cell(res, 67.06, model="qwen3-32b-base", benchmark="multipl-e")
    cell(res, 55.60, model="qwen2.5-turbo-base", benchmark="math")
    cell(res, 71.45, model="qwen3-30b-a3b-base", benchmark="evalplus")
    cell(res, 74.28, model="gemma-3-12b-pt", benchmark="bbh")
    # Table 6 line 413: the PDF's own typo 'IINCLUDE'
    s = cell(res, 59.40, model="qwen3-8b-base", benchmark="include")
    assert s.benchmark_label == "IINCLUDE"
    cell(res, 38.92, model="llama-3-8b", benchmark="mgsm")
    cell(res, 28.43, model="qwen3-4b-base", benchmark="supergpqa")
    cell(res, 43.97, model="gemma-3-4b-pt", benchmark="gsm8k")
    cell(res, 2.20, model="gemma-3-1b-pt", benchmark="gsm8k")
    cell(res, 24.74, model="qwen3-0.6b-base", benchmark="mmlu-pro")
    cell(res, 63.27, model="qwen3-1.7b-base", benchmark="mmmlu")
    # base GPQA rows are kept (the catalog id is left open: the report does not say which GPQA set)
    cell(res, 47.47, model="qwen3-235b-a22b-base", benchmark_label="GPQA")
    # base models carry no mode
    assert {s.key.mode for s in find(res, model="qwen3-14b-base")} == {None}


def test_thinking_tables():
    res = doc(NAME)
    # Table 11
    cell(res, 92.7, model="qwen3-235b-a22b", benchmark="mmlu-redux", mode="thinking")
    cell(res, 78.0, model="o1", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 83.9, model="grok-3-beta", benchmark="aime-2024", mode="thinking")  # 'Grok-3-Beta' / '(Think)'
    cell(res, 9.03, model="gemini-2.5-pro", benchmark="alignbench-v1.1", mode="thinking")  # 0-10
    cell(res, 8.03, model="qwen3-235b-a22b", benchmark="writingbench", mode="thinking")  # 0-10
    cell(res, 89.0, model="qwen3-235b-a22b", benchmark="autologi", mode="thinking")
    cell(res, 54.7, model="qwen3-235b-a22b", benchmark="polymath", mode="thinking", subset=None)
    # Table 13: 'DeepSeek-R1' / '-Distill-Llama-70B', 'OpenAI-o3-mini' / '(medium)'
    cell(res, 65.2, model="deepseek-r1-distill-llama-70b", benchmark="gpqa-diamond", mode="thinking")
    cell(res, 88.9, model="o3-mini", benchmark="zebralogic", mode="thinking")
    cell(res, 74.9, model="qwen3-32b", benchmark="livebench-2024-11-25", mode="thinking")
    cell(res, 6.74, model="deepseek-r1-distill-llama-70b", benchmark="alignbench-v1.1")
    # Table 15
    cell(res, 89.2, model="qwen3-14b", benchmark="autologi", mode="thinking")
    cell(res, 70.9, model="qwen3-30b-a3b", benchmark="aime-2025", mode="thinking")  # row beside 'Math & Text'
    # Table 17: 'DeepSeek-R1' / '-Distill-Qwen-14B'
    cell(res, 52.3, model="deepseek-r1-distill-qwen-14b", benchmark="livebench-2024-11-25")
    cell(res, 60.7, model="qwen3-4b", benchmark="mt-aime-2024", mode="thinking", subset=None)
    # Table 19: rows whose group label shares the line ('Agent &  BFCL v3', 'Coding  LiveCodeBench v5')
    cell(res, 56.6, model="qwen3-1.7b", benchmark="bfcl-v3", mode="thinking")
    cell(res, 42.5, model="deepseek-r1-distill-llama-8b", benchmark="livecodebench-v5")
    cell(res, 4.5, model="deepseek-r1-distill-qwen-1.5b", benchmark_label="Arena-Hard")
    # DeepSeek-R1-Distill-Qwen-32B is in Tables 15 and 17 with the same numbers: two cells each
    d = find(res, model="deepseek-r1-distill-qwen-32b", benchmark="mmlu-redux")
    assert sorted((s.provenance.line, s.value) for s in d) == [(1042, 88.2), (1122, 88.2)]


def test_non_thinking_tables():
    res = doc(NAME)
    # Table 12: 'GPT-4o' / '-2024-11-20', 'LLaMA-4' / '-Maverick'
    cell(res, 87.0, model="gpt-4o-2024-11-20", benchmark="mmlu-redux", mode="non-thinking")
    cell(res, 24.7, model="qwen3-235b-a22b", benchmark="aime-2025", mode="non-thinking")
    cell(res, 40.0, model="llama-4-maverick", benchmark="zebralogic", mode="non-thinking")
    # Qwen2.5-72B-Instruct is in Tables 12 and 14 with the same numbers: two cells
    a = find(res, model="qwen2.5-72b-instruct", benchmark="alignbench-v1.1", mode="non-thinking")
    assert sorted((s.provenance.line, s.value) for s in a) == [(863, 7.89), (1008, 7.89)]
    # Table 14
    cell(res, 84.7, model="llama-4-scout", benchmark="ifeval", mode="non-thinking")
    cell(res, 7.54, model="qwen3-32b", benchmark="writingbench", mode="non-thinking")
    # Table 16: BFCL / LiveCodeBench rows are shifted left in the PDF text (line 1099)
    cell(res, 59.1, model="gemma-3-27b-it", benchmark="bfcl-v3", mode="non-thinking")
    cell(res, 53.3, model="qwen3-30b-a3b", benchmark="mlogiqa", mode="non-thinking", subset=None)
    cell(res, 62.1, model="phi-4", benchmark="ifeval", mode="non-thinking")
    # Table 18
    cell(res, 2.7, model="llama-3.1-8b-instruct", benchmark="aime-2025", mode="non-thinking")
    cell(res, 26.7, model="qwen3-8b", benchmark="zebralogic", mode="non-thinking")
    # Table 20: 'Phi-4-mini' header between two text lines; Gemma-3-1B-IT AlignBench '5.3'
    cell(res, 10.3, model="phi-4-mini-instruct", benchmark="creative-writing-v3", mode="non-thinking")
    cell(res, 5.3, model="gemma-3-1b-it", benchmark="alignbench-v1.1", mode="non-thinking")
    cell(res, 3.6, model="qwen3-0.6b", benchmark="livecodebench-v5", mode="non-thinking")


def test_missing_cells():
    res = doc(NAME)
    # Table 11: Grok-3-Beta has only GPQA-Diamond, AIME'24, AIME'25 and LiveCodeBench; MATH-500 is blank
    g = find(res, model="grok-3-beta")
    assert sorted((s.benchmark, s.value) for s in g) == [
        ("aime-2024", 83.9), ("aime-2025", 77.3), ("gpqa-diamond", 80.2), ("livecodebench-v5", 70.6)]
    assert [s.value for s in find(res, benchmark="math-500", mode="thinking") if s.provenance.line == 828] == [
        96.4, 97.3, 98.8, 98.0]
    # Tables 19-20 have no CodeForces row
    assert find(res, model="qwen3-0.6b", benchmark="codeforces") == []


def test_codeforces_rating_and_percentile():
    res = doc(NAME)
    r = cell(res, 2056, model="qwen3-235b-a22b", benchmark="codeforces", mode="thinking", metric=None)
    assert r.scale == "rating"
    cell(res, 98.2, model="qwen3-235b-a22b", benchmark="codeforces", mode="thinking", metric="percentile")
    cell(res, 2029, model="deepseek-r1", benchmark="codeforces", metric=None)
    cell(res, 98.1, model="deepseek-r1", benchmark="codeforces", metric="percentile")
    cell(res, 1891, model="o1", benchmark="codeforces", metric=None)
    cell(res, 712, model="llama-4-maverick", benchmark="codeforces", metric=None)
    cell(res, 24.3, model="llama-4-maverick", benchmark="codeforces", metric="percentile")
    cell(res, 1387, model="qwen3-235b-a22b", benchmark="codeforces", mode="non-thinking", metric=None)
    cell(res, 1113, model="gpt-4o-mini-2024-07-18", benchmark="codeforces", metric=None)
    cell(res, 52.6, model="gpt-4o-mini-2024-07-18", benchmark="codeforces", metric="percentile")
    cell(res, 1974, model="qwen3-30b-a3b", benchmark="codeforces", mode="thinking", metric=None)
    cell(res, 1574, model="deepseek-r1-distill-qwen-14b", benchmark="codeforces", metric=None)
    # Table 18 line 1183: '191 / 0.0%' - a zero percentile is a score
    cell(res, 191, model="qwen2.5-7b-instruct", benchmark="codeforces", metric=None)
    cell(res, 0.0, model="qwen2.5-7b-instruct", benchmark="codeforces", metric="percentile")
    cell(res, 1110, model="qwen3-8b", benchmark="codeforces", mode="non-thinking", metric=None)


def test_arena_hard_is_v0_1():
    res = doc(NAME)
    # 'Arena-Hard' in Tables 11-20 is Arena-Hard-Auto v0.1: DeepSeek-R1 92.3 and DeepSeek-V3 85.5 equal
    # DeepSeek's own 'ArenaHard (GPT-4-1106)' (v0.1) numbers (deepseek-r1.md line 120), and the 2507 cards'
    # Arena-Hard v2 for Qwen3-235B-A22B non-thinking is 52.0, not the report's 96.1.
    cell(res, 92.3, model="deepseek-r1", benchmark="arena-hard-v0.1", mode="thinking")
    cell(res, 85.5, model="deepseek-v3", benchmark="arena-hard-v0.1", mode="non-thinking")
    cell(res, 95.6, model="qwen3-235b-a22b", benchmark="arena-hard-v0.1", mode="thinking")
    cell(res, 96.1, model="qwen3-235b-a22b", benchmark="arena-hard-v0.1", mode="non-thinking")
    cell(res, 75.4, model="phi-4", benchmark="arena-hard-v0.1", mode="non-thinking")
    assert len(find(res, benchmark="arena-hard-v0.1")) == 46
    assert [s for s in res.scores if s.benchmark_label == "Arena-Hard" and s.benchmark != "arena-hard-v0.1"] == []


def test_ruler():
    res = doc(NAME)
    # Table 23: 'Avg.' is RULER's overall score (no subset); the report's RULER goes to 128K (no '1m')
    cell(res, 95.1, model="qwen2.5-72b-instruct", benchmark="ruler", subset=None)
    cell(res, 55.1, model="qwen2.5-7b-instruct", benchmark="ruler", subset="128k")
    # line 1457: 'Non-thinking   Qwen3-14B' - the mode label shares the line
    cell(res, 94.6, model="qwen3-14b", benchmark="ruler", mode="non-thinking", subset=None)
    cell(res, 94.0, model="qwen3-14b", benchmark="ruler", mode="non-thinking", subset="64k")
    cell(res, 95.0, model="qwen3-235b-a22b", benchmark="ruler", mode="non-thinking", subset=None)
    cell(res, 83.5, model="qwen3-4b", benchmark="ruler", mode="thinking", subset=None)
    cell(res, 86.0, model="qwen3-235b-a22b", benchmark="ruler", mode="thinking", subset="128k")
    cell(res, 96.3, model="qwen3-8b", benchmark="ruler", mode="non-thinking", subset="4k")
    r = find(res, benchmark="ruler")
    assert len(r) == 112 and {s.key.version for s in r} == {None}


def test_per_language_tables():
    res = without_aggregates(doc(NAME))
    # Table 24 (es)
    cell(res, 80.1, model="gemini-2.5-pro", benchmark="multi-if", subset="es", mode="thinking")
    cell(res, 89.1, model="qwen3-235b-a22b", benchmark="include", subset="es", mode="thinking")
    # line 1517: the row beside the 'Non-thinking' / 'Mode' labels
    cell(res, 53.8, model="qwen3-30b-a3b", benchmark="mlogiqa", subset="es", mode="non-thinking")
    cell(res, 10.0, model="gpt-4o-2024-11-20", benchmark="mt-aime-2024", subset="es", mode="non-thinking")
    # Table 27 (it): 100.0
    cell(res, 100.0, model="gemini-2.5-pro", benchmark="include", subset="it")
    cell(res, 0.0, model="qwen3-0.6b", benchmark="mt-aime-2024", subset="it", mode="non-thinking")
    # Table 29 (ja)
    cell(res, 94.1, model="qwen2.5-72b-instruct", benchmark="include", subset="ja")
    # Table 32 (ru)
    cell(res, 52.0, model="gpt-4o-2024-11-20", benchmark="multi-if", subset="ru")
    cell(res, 3.3, model="qwen3-0.6b", benchmark="mt-aime-2024", subset="ru", mode="thinking")
    # Table 35 (th)
    cell(res, 73.8, model="qwen3-32b", benchmark="mlogiqa", subset="th", mode="thinking")
    cell(res, 0.0, model="qwen3-0.6b", benchmark="mt-aime-2024", subset="th", mode="non-thinking")
    cell(res, 50.0, model="gemma-3-27b-it", benchmark="mlogiqa", subset="th")
    assert len(find(res, subset="th")) == 63


def test_belebele():
    res = doc(NAME)
    cell(res, 90.7, model="qwen3-32b", benchmark="belebele", mode="thinking", subset="indo-european")
    cell(res, 89.1, model="qwen3-32b", benchmark="belebele", mode="non-thinking", subset="indo-european")
    cell(res, 89.2, model="gemma-3-27b-it", benchmark="belebele", subset="indo-european")
    cell(res, 36.9, model="qwen2.5-3b-instruct", benchmark="belebele", subset="dravidian")
    cell(res, 30.9, model="gemma-3-1b-it", benchmark="belebele", subset="other")
    cell(res, 46.0, model="qwen3-1.7b", benchmark="belebele", mode="non-thinking", subset="tai-kadai")
    cell(res, 88.0, model="qwq-32b", benchmark="belebele", subset="uralic")
    cell(res, 83.0, model="qwen3-4b", benchmark="belebele", mode="thinking", subset="uralic")
    assert len(find(res, benchmark="belebele")) == 170


def test_first_party():
    res = doc(NAME)
    assert cell(res, 87.81, model="qwen3-235b-a22b-base", benchmark="mmlu").first_party is True
    # Qwen2.5-72B Base is in Tables 3 and 4, QwQ-32B in Tables 13 and 15 (same numbers each time)
    q = find(res, model="qwen2.5-72b", benchmark="mmlu")
    assert [(s.value, s.first_party) for s in q] == [(86.06, True), (86.06, True)]
    q = find(res, model="qwq-32b", benchmark="mmlu-redux", mode="thinking")
    assert [(s.value, s.first_party) for s in q] == [(90.0, True), (90.0, True)]
    assert cell(res, 90.9, model="qwen3-32b", benchmark="mmlu-redux", mode="thinking").first_party is True
    assert cell(res, 85.16, model="llama-4-maverick-base", benchmark="mmlu").first_party is False
    assert cell(res, 84.1, model="deepseek-r1-distill-qwen-14b", benchmark="mmlu-redux").first_party is False
    assert cell(res, 86.3, model="gemma-3-27b-it", benchmark="belebele", subset="sino-tibetan").first_party is False
    assert cell(res, 83.7, model="qwq-32b", benchmark="belebele", subset="sino-tibetan").first_party is True
