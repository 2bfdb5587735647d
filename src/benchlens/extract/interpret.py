"""Grid + context -> score cells.

For each table it decides the orientation (benchmarks as rows or models as rows), which columns hold
labels, settings (shots, metric, setting, framework), categories or values, which rows are section
rows or not scores at all (parameters, context length, budgets), and then reads every value cell into
:class:`~benchlens.records.Score` records with the setting gathered from the label, the header
sub-lines, the setting columns, the section rows, the caption and the headings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from benchlens.catalog import resolve_benchmark, resolve_model
from benchlens.catalog.catalog import Catalog
from benchlens.catalog.resolve import clean_label, normalize, parse_qualifier, split_qualifiers
from benchlens.extract.document import (
    TITLE_SPLIT,
    TITLED_REPO_SOURCE,
    SourceDoc,
    badge_repo,
    claims_own_models,
    code_loaded,
    linked_models,
    own_model_prefix,
)
from benchlens.extract.grid import Grid, GridCell
from benchlens.extract.profiles import Profile
from benchlens.extract.values import Value, parse_cell, strip_markup
from benchlens.records import IdentityKey, Score


@dataclass
class Skip:
    table: int
    row: int
    col: int
    line: int
    text: str
    reason: str


@dataclass
class TableResult:
    index: int
    grid: Grid
    orientation: str | None
    scores: list[Score] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    unresolved_models: set[str] = field(default_factory=set)
    unresolved_benchmarks: set[str] = field(default_factory=set)
    ambiguous: set[str] = field(default_factory=set)
    note: str | None = None  # why the table was not read as scores


# --- context words -------------------------------------------------------------------------------

_NON_THINK = re.compile(r"non[-\s]?thinking|nonthinking|no[-\s]?think(ing)?\b|no[-\s]?extended[-\s]?thinking|without thinking|"
                        r"w/o thinking|reasoning[-\s]?off|thinking[-\s]?off|instruct\s*\(non|non[-\s]?reasoning|"
                        r"without reasoning|w/o reasoning", re.I)
_THINK = re.compile(r"\bthinking\b|\breasoning[-\s]?on\b|\bextended[-\s]?thinking\b|\bthink\b|\breasoning\s+mode\b|"
                    r"\(reasoning\)|\bwith reasoning\b", re.I)
_BASE = re.compile(r"\b(base|pre-?trained|pretraining|pre-training)\b( models?)?\b", re.I)
_INSTRUCT = re.compile(r"\b(instruct|instruction[-\s]tuned|instruction\s+models?|post-?trained|chat|fine-?tuned|sft|dpo|"
                       r"it)\b", re.I)

# a chance baseline ("random", "Random Chance"), a row or column that is not a model
_COUNTED = (r"(?:samples?|examples?|instances?|questions?|problems?|items?|rows|instructions|conversations|data|tasks?|"
            r"prompts?|queries|test[\s_]*cases|dialogues|documents|images|videos)")  # "# Samples"
_CHANCE_WORDS = r"^(?:random|chance)$|random[\s_]*(?:baseline|guess\w*|chance)|chance[\s_]*(?:level|baseline)"

_PERFORMANCE_ON = re.compile(r"\b(?:performance|results?|scores?|accuracy|success\s+rates?)\s+on\s+(?:the\s+)?"
                             r"([A-Z][\w.+/-]{0,29}[\w+])(?=[\s.,;:!]|$)", re.I)  # "... strong performance on OSWorld-Verified."
_SIZE_COLUMN = re.compile(r"#?\s*(?:model\s+)?(?:sizes?|params?|parameters)(?:\s*\(\w+\))?", re.I)
# a column naming the part a model is built on, not the model: "LLM", "Language Model", "Vision Encoder"
_PART_HEADER = re.compile(r"(?:base\s+|backbone\s+)?(?:llms?|language\s+models?|base\s+models?|backbones?|"
                          r"(?:vision\s+|text\s+)?encoders?|decoders?)(?:\s+backbones?)?|(?:语言模型)?基座(?:模型)?|底座模型", re.I)
# quantization, pruning and fine-tuning methods, named as rows of tables that apply them to models
_METHOD_NAME = re.compile(r"GPTQ|AWQ|RTN|SmoothQuant|QuaRot|SpinQuant|OmniQuant|SparseGPT|Wanda|Magnitude|"
                          r"Q?LoRA|DoRA|Prefix(?:[-\s]Tuning)?|Adapter|BitFit|Fine-?[Tt]une|Full(?:\s+FT)?", re.I)
# a quantization configuration: "W4A16KV16", "W8A8", "INT4", "4-bit", "FP8"
_QUANT_CONFIG = re.compile(r"W\d+A\d+(?:KV\d+)?|(?:INT|FP|BF|NF)\d+|\d+[-\s]?bits?", re.I)
_NAMED_KINDS = ("budget", "flag", "config")  # attribute columns kept under their header's name
_YES = {"✅", "✓", "✔", "✔️", "☑", "☑️", "yes", "y", "true"}
_NO = {"❎", "✗", "✘", "❌", "×", "no", "n", "false"}
_BETTER = re.compile(r"[↑↓]\s*$")  # "Precision↑": a score, higher (or lower) is better
# a checkpoint's file name as a heading: "opus-2019-12-04.zip", "model-7b.Q4_K_M.gguf"
_ARCHIVE = re.compile(r"[\w.+-]+\.(?:zip|tar\.gz|tgz|tar|bin|pt|pth|ckpt|safetensors|gguf|onnx)", re.I)
# a column header saying its numbers are a model's: "Base model", "Large model" (under a "Task" corner)
_MODEL_COLUMN = re.compile(r"\w+\s+models?", re.I)
_UNIT_SUFFIX = re.compile(r"\s*\((?:%|in %|percent)\)\s*$", re.I)  # "GPT-3.5 (%)": the unit of a column
_NON_SCORE = re.compile(
    r"(#[\s_]*)?(total|activated|active|act\.?|non-embedding)[\s_]*(params?|parameters)|^#?[\s_]*(params?|parameters)\b|"
    r"^#[\s_]*\w+[\s_]*params|^model[\s_]*(params|parameters)|#[\s_]*params?\b|"
    r"^architecture|context[\s_]*(length|window|size|len)|\bflops\b|tokens?[\s_]*/[\s_]*s|throughput|latency|\bspeed\b|"
    r"budget|training[\s_]*(time|tokens|data|power|compute)|gpu[\s_]*hours|\bco2\b|emission|released?[\s_]*date|license|"
    r"^qps$|queries[\s_]*per[\s_]*second|[a-z]{2,}[\s_]*/[\s_]*(?:s|secs?|seconds?)$|\bper[\s_]*sec(?:ond)?\b|层数|隐层|隐藏层|注意力头|头数|参数量|^参数$|加速比|^ffn[\s_]*(?:大小|size|dim)|^temperature$|^#[\s_]*[\w.\s]*\btok(?:ens?|\.)?$|knowledge[\s_]*cutoff|vocab|#?[\s_]*layers?\b|\bheads\b|[\s_]heads\b|^top[\s_-]*k$|^correct$|#?[\s_]*experts|"
    r"hidden[\s_]*(size|dim)|"
    r"response[\s_]*length|output[\s_]*length|avg\.?[\s_]*length|avg\.?[\s_]*len\b|\bcost\b|price|\$|download|input[\s_]*modalit|"
    r"output[\s_]*modalit|token[\s_]*count|model[\s_]*size|^size$|^#?[\s_]*params$|^model$|checkpoint|quantization|"
    r"precision|memory|vram|\bgpu[\s_]*mem|\bmem\b|\((?:gb|mb|gib|mib)\)|^date$|^(?:release[\s_]*)?year$|^(?:time|run[\s_]*time|wall[\s_-]*(?:clock|time))(?:[\s_]*\([^)]*\))?$|power[\s_]*consumption|^type$|training[\s_]*stage|^steps?$|data[\s_]*mix|^context$|"
    r"^weights$|^links?$|^len(gth)?$|长度|速度|词表|词汇表|詞表|詞彙表|語彙|トークン|字符数|文字数|chars?(acters?)?[\s_]*/[\s_]*token|^tokeni[sz]er|[/每]\s*秒|^repo(sitory)?([\s_]*(link|url))?$|^huggingface|^hf$|training[\s_]*tokens|^tokens?\b|^license$|^base[\s_]*model$|\bsize\b|"
    r"\bdims?\b|dimension|hybrid[\s_]+reasoning|^modalit|^#?[\s_]*(?:lg|langs)$|^proportion$|^(?:visual|image|vision|vis\.?)[\s_]*tok(?:ens?|\.)?$|^(?:average|avg\.?|mean)[\s_]+rank\b|^(?:disk|ram|init)\b|,\s*(?:[kmg]i?b|s|ms|sec)$|^rank(ing)?$|^#$|^#?[\s_]*(?:num(?:ber)?[\s_]*of[\s_]*)?languages$|"
    r"^res(?:\.|olution)?$|^(?:image|input|img)[\s_]*(?:size|res(?:olution)?)$|^#[\s_]*hidden\b|\w[/\s_]+length$|"
    r"^(Δ|∆|delta|diff\.?|difference|improvement|gain|change|relative[\s_]+(gain|change|improvement))\b|"
    r"^(?:percentage|percent|relative|absolute|%)[\s_]+(?:increase|decrease|drop|gain|change|improvement)s?$|"
    r"^(?:increase|decrease)s?$|"  # (not "DROP", a benchmark)
    r"^(提升|增益|变化|差值|差异|数量|数目|样本数|题数)$|"
    r"^(#|num(ber)?s?)[\s_]*(of[\s_]+)?" + _COUNTED + r"\b|\b" + _COUNTED + r"[\s_]*(?:number|count|num)s?\b|"
    r"layer[\s_]*(num|count)|num[\s_]*(of[\s_]*)?(layers|heads)|head[\s_]*(num|count|dim)|samples?[\s_]*/|"
    + _CHANCE_WORDS + "|"
    r"carbon|co₂|\bkwh\b|[gtpe]flops|seq(?:uence)?[\s_]*len(?:gth)?|sparsity|^d_[a-z]+$|mlp[\s_]*ratio|^lr$|^bs\b|weight[\s_]*(tying|decay)|norm(?:alization)?[\s_]*type|^beta\d?$|warm-?up|pos(?:itional)?[\s_]*embed|attention[\s_]*variant|^biases$|block[\s_]*type|^activation|\b(?:starting|total|train(?:ing)?|unique)[\s_]*tokens\b|\bmultiplier\b|"
    r"^(?:日期|时间|時間|发布(?:时间|日期)|發布(?:時間|日期)|参数量?|參數量?|上下文长度|上下文長度|许可证?|許可證?)$|"
    r"^(?:standard[\s_]*error|std[\s_]*err(?:or)?|n[\s_]*total|n[\s_]*samples|#[\s_]*samples|avg[\s_]*length)$|"
    r"^(?:image[\s_]*|input[\s_]*)?resolution$|confidence[\s_]*interval|\bw[\s_]*bits?\b|group[\s_]*size|^(?:bits?|wbits|quant(?:isation|ization)?[\s_]*method)$|^(?:\d+(?:\.\d+)?[\s_]*%[\s_]*)?c\.?i\.?$|"
    r"^#[\s_]*(?:of[\s_]*)?(?:image[\s_]*|visual[\s_]*|output[\s_]*)?tokens\b|\b(?:avg\.?|average|mean)[\s_]*(?:#[\s_]*)?(?:output[\s_]*|response[\s_]*)?tokens\b|"
    r"^max(?:imum)?[\s_.]*(?:tool[\s_]*calls?|turns?|steps?|iterations?|rounds?|interactions?)\b|"
    # "| Dataset | n | n included in training |"; "`--num-classes`" (a command-line flag)
    r"^n$|^n[\s_]+(?:included|used|in[\s_]+training|train(?:ing)?)\b|^`?-{1,2}[a-z][\w-]*`?$|^compute\b|"
    r"tokens[\s_]*(?:per|/)[\s_]*(?:image|sample|response|answer|question)|%[\s_]*of[\s_]*total|max[\s_]*len(?:gth)?\b|\bepochs?\b|per[\s_]*second|amp[\s_]*type|\bbatch[\s_]*size|learning[\s_]*rate",
    re.I,
)
# "Results on X", "Результаты на бенчмарке X", "X 的结果"...: a heading that names the table's benchmark
_RESULTS_ON = re.compile(r"^(?:(?:(?:evaluation|overall|main|detailed|full)\s+)?results?\s+(?:on|of|for)\s+(?:the\s+)?(?:benchmark\s+)?|"
                         r"результаты\s+(?:на|по)\s+(?:бенчмарке\s+)?|ergebnisse\s+(?:auf|für)\s+|"
                         r"résultats\s+(?:sur|pour)\s+)([A-Z][\w.+-]{1,40})$"
                         r"|^([A-Z][\w.+-]{1,40})\s+(?:leaderboard\s+)?(?:evaluation\s+)?results?$", re.I)
# words before "Results" that name no benchmark ("Overall Results", "Detailed Results")
_NOT_A_NAME = {"overall", "final", "detailed", "full", "additional", "more", "our", "key", "selected", "other",
               "all", "average", "summary", "preliminary", "official", "reported", "reproduced", "latest", "new",
               "scaling", "ablation", "training", "experimental", "experiment", "evaluation", "benchmark", "main"}
_LINK_WORDS = {"and", "of", "the", "on", "for", "in", "with", "&", "vs", "vs."}
# "Rouge Score over BookSum", "Accuracy over MQA": a metric over a named benchmark
_SCORE_OVER = re.compile(r"^(?:rouge(?:[\s-]*\w+)?\s+scores?|accuracy|scores?|win[\s_-]*rates?|pass@\d+|f1|exact\s+match)"
                         r"\s+(?:over|on|of|for)\s+(?:the\s+)?([A-Z][\w.+-]{1,40})$", re.I)
_MODEL_SIZE_HEADER = re.compile(r"^models?\s*(?:sizes?|params?|parameters|\(\s*(?:sizes?|params?)\s*\))$", re.I)
_MODEL_CARD = re.compile(r"^\s*model\s+card\s+(?:for|of)\s+|\s+model\s+card\s*$", re.I)  # "X Model Card" is X
_AGGREGATE = re.compile(r"^(acc\.?\s*)?(avg\.?|average|mean|overall|total|h6|h4)(\b.*)?$", re.I)
_LABEL_HEADERS = {
    "shots": re.compile(r"^#?\s*(shots?|n[-\s]?shots?|#\s*shots|num[-_\s]?shots?)$", re.I),
    "metric": re.compile(r"^(metrics?|measure)$", re.I),
    "setting": re.compile(r"^(settings?|mode|method|config(uration)?|evaluation|eval\s*setting|condition)$", re.I),
    "framework": re.compile(r"^(framework|scaffold|harness|agent(\s*framework)?)$", re.I),
    "category": re.compile(r"^(category|categories|domain|type|capabilit(y|ies)|ability|area|group|task\s*type|"
                           r"dimension|skill)$", re.I),
    "version": re.compile(r"^(version|ver\.?)$", re.I),
    "subset": re.compile(r"^(language|lang\.?|subset|split|locale)$", re.I),
    "stderr": re.compile(r"^(stderr|std\.?\s*err(or)?|se|±)$", re.I),
    "k": re.compile(r"^pass\s*@\s*k?$", re.I),  # "| Pass@ |" of 1 and 5: the k of each row's pass@k
    # "| Revision |" of "-" and "5" (CodeChain's rounds): how many attempts a row's method was given
    "budget": re.compile(r"^(revisions?|rounds?|iterations?|attempts?|#\s*samples|num[-_\s]?samples)$", re.I),
    # "| Bits | Groupsize |" beside perplexities: the quantization each row was run at
    "config": re.compile(r"^(#?\s*bits?|w[-_\s]?bits|group[-_\s]?size|block[-_\s]?size|sparsity(?:\s*(?:ratio|pattern|type))?|(?:training\s*)?steps?|vocab(?:ulary)?|data)$", re.I),
}
_LANGUAGES = {
    "english", "french", "spanish", "german", "italian", "portuguese", "chinese", "japanese", "korean", "arabic",
    "russian", "hindi", "thai", "vietnamese", "indonesian", "dutch", "polish", "turkish", "swedish", "czech",
    "greek", "hebrew", "persian", "bengali", "urdu", "swahili", "ukrainian", "romanian", "hungarian", "danish",
    "finnish", "norwegian", "malay", "tagalog",
}
_CATEGORY_WORDS = re.compile(
    r"^((general|common[-\s]?sense|commonsense|world|reading|language|knowledge|understanding|reasoning|"
    r"examination|exam|math(ematics)?|science|code|coding|comprehension|multilingual|"
    r"instruction following|long context|stem|&|and|/|,)\s*)+$", re.I)
_CHANCE = re.compile(_CHANCE_WORDS + r"|majority[\s_]*(class|baseline|vote)", re.I)
# a row counting a benchmark's items, not a model ("| # Samples | 155 | 220 | ... |")
_COUNT_ROW = re.compile(r"^(?:#|n|no\.?|num(?:ber)?)\s*(?:of\s+)?" + _COUNTED + "$", re.I)
_OURS = re.compile(r"^ours\b|^our(?:$|[\s-]+\w)|\(\W*ours\b|\bour\s+model\b|\(this\s+model\)", re.I)
# "PS: parameter size (billion)." -- an abbreviation and what it stands for, in a caption
_LEGEND = re.compile(r"(?<![\w-])([A-Z][A-Z0-9#-]{0,7})\s*[:=]\s*([^.;:]{2,60}?)\s*(?=[.;]|$)")
_LISTED_MODEL = re.compile(r"\s*[-*+]\s+[^\[\n]{0,20}\[([^\]]+)\]\(https?://huggingface\.co/[^/\s)]+/[^/\s)]+\)")
# the outcome columns of a pairwise comparison ("| A vs B | Win | Tie | Lose |")
_OUTCOME = re.compile(r"^(wins?|ties?|draws?|loses?|loss(es)?|lost|fails?|failures?)(\s+(rate|ratio))?(\s*\(%\))?$", re.I)
# "BitNet b1.58 3B (reported)" beside "BitNet b1.58 3B (reproduced)": a paper's number and the publisher's own run
_REPORTED_MARK = re.compile(r"\s*[(\[]\s*(?:as\s+)?(?:reported|paper|from\s+(?:the\s+)?paper|original(?:\s+paper)?)\s*[)\]]\s*$",
                            re.I)
_REPRODUCED_MARK = re.compile(r"\s*[(\[]\s*(?:reproduced|reproduction|our\s+(?:run|reproduction)|re-?run)\s*[)\]]\s*$", re.I)
_SCORE_HEADER = re.compile(r"^(raw\s+|normali[sz]ed\s+|final\s+|overall\s+)?(score|value|result|accuracy|acc\.?|pass@\d+)s?$",
                           re.I)
_PLAIN_SCORE_HEADER = re.compile(r"^((score|value|result)s?|スコア|得分|分数|分數|점수)$", re.I)
_AGGREGATE_WORD = re.compile(r"^(avg\.?|average|mean|overall|total)$", re.I)
_BENCH_HEADER = re.compile(r"^(benchmarks?|tasks?|datasets?|evaluations?|metric|eval(uation)?s?|test|test[\s_-]*sets?|"
                           r"benchmark\s*\(metric\))$", re.I)
_CJK_MODEL = r"模型(?:名称|名稱|简称|簡稱)?|モデル(?:名)?|모델(?:명)?"  # "model (name)" in Chinese, Japanese, Korean
_METHOD_HEADER = re.compile(r"(?:peft|fine-?tuning|training|tuning|adaptation)?\s*(?:methods?|approach(?:es)?)", re.I)
_MODEL_HEADER = re.compile(r"^(models?|model[\s_-]*names?|systems?|llms?|checkpoints?|ckpts?|models?\s*(?:and|&|\+|\/)\s*(?:sizes?|params?|parameters)|"
                           + _CJK_MODEL + r")$", re.I)
# a training checkpoint as a column header: "250B Tokens", "step 480k", "10k steps", "epoch 3"
_CHECKPOINT = re.compile(r"^(?:\d+(?:\.\d+)?\s*[KMBT]\s*tokens?|(?:step|iter(?:ation)?)s?\s*\d+(?:\.\d+)?[km]?|"
                         r"\d+(?:\.\d+)?[km]?\s*(?:steps?|iter(?:ation)?s?)|(?:ckpt|checkpoint)[-\s]?\d+[km]?|epochs?\s*\d+)$", re.I)
# a metric's name ("**Pass Rate:**" above a table names how it is scored, not a benchmark)
_METRIC_NAME = re.compile(r"(?:pass|win|success|resolve[d]?|solve|error|hit|false\s*(?:positive|negative))\s*rates?|"
                          r"fpr|fnr|tpr|au(?:prc|roc|c)|accuracy|acc\.?|f1(?:[-\s]*score)?|"
                          r"exact\s*match|em|bleu(?:-?\d)?|rouge(?:-?\w+)?|perplexity|ppl|elo(?:\s*rating)?|scores?|"
                          r"meteor|bert[-\s]?score|chr-?f\+*|cider|map(?:@\d+)?|mrr(?:@\d+)?|ndcg(?:@\d+)?|precision|recall(?:@\d+)?|(?:pass|maj|avg|cons)@\d+|r@\d+|mr", re.I)
# "Abstractive Summarization - XSum", "Cross-Lingual Natural Language Inference - XNLI": a task, then its benchmark
_DASH_NAME = re.compile(r"^(?:[A-Z][\w-]*\s+){1,5}[-–—]\s+([A-Z][\w.+-]*(?:\s*/\s*[A-Z][\w.+-]*|\s+[A-Z][\w.+-]*){0,3})$")
# "简体中文阅读理解：CMRC 2018": a task, a colon, then the benchmark's name
_COLON_NAME = re.compile(r"(.{2,40}?)\s*[:：]\s*([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})")
# "GAIA Benchmark"; "Results on Reading Comprehension (RACE, test set)": the benchmark's name in group 1 or 2
_NAMED_IN_HEADING = re.compile(
    r"([A-Z][\w.+-]{1,40})\s+(?i:benchmarks?)|"
    r"(?i:(?:evaluation\s+)?results?\s+(?:on|of|for)\s+[\w\s-]{2,40}?)\s*\(([A-Z][\w.+-]{1,30})(?:,\s*[^()]*)?\)")
# "7B Model", "30-34B Models": a column of models of that size
_SIZED_MODEL_HEADER = re.compile(r"^((?:\d+(?:\.\d+)?\s*[-–~]\s*)?\d+(?:\.\d+)?\s*[BM])\s+models?$", re.I)


def mode_in(text: str | None) -> str | None:
    if not text:
        return None
    if _NON_THINK.search(text):
        return "non-thinking"
    if _THINK.search(text):
        return "thinking"
    return None


def strip_mode_words(text: str) -> str:
    s = re.sub(r"[\(（]\s*(non[-\s]?thinking|thinking)\s*[\)）]", "", text, flags=re.I)
    s = re.sub(r"\b(non[-\s]?thinking|thinking)\s*mode\b", "", s, flags=re.I)
    return re.sub(r"\s+", " ", s).strip(" -:")


def _plain(text: str) -> str:
    return clean_label(text)


_SIZE_SUBLINE = re.compile(r"\(?\d+(?:\.\d+)?\s*[BMK]\b", re.I)  # "1.7B", "1.3B ko-en", "(7B)": a size line


def _header_parts(text: str) -> tuple[str, list[str]]:
    """A header cell's main label and its sub-lines (``<br>``, ``<sup>``, newline)."""
    raw = str(text)
    pieces = re.split(r"<br\s*/?>|\n", raw, flags=re.I)
    pieces = [_plain(p) for p in pieces]
    pieces = [p for p in pieces if p]
    if not pieces:
        return "", []
    return pieces[0], pieces[1:]


# a heading over a table that holds no scores: "# GPU Usage", "## ⚙️ Training Cost", "### Inference speed
# ( Token/sec )", "## Contamination Results" (a detector's statistics per benchmark)
_NOT_SCORES_HEADING = re.compile(
    r"\W*(?:(?:gpu|hardware|memory|vram|compute|resources?)\s+(?:usage|requirements?|needed)|"
    r"hardware|resources?|(?:training|inference)\s+(?:costs?|budget|time|compute|resources?)|costs?|"
    r"(?:inference|decoding|generation)\s+(?:speed|throughput|latency)(?:\s*\([^)]*\))?|"
    r"(?:average\s+|avg\.?\s+|mean\s+)?(?:response|output|generation|reasoning)\s+lengths?(?:\s*\((?:tokens?|#\s*tokens?)\))?|"
    r"token\s+(?:usage|counts?|consumption)|"
    r"(?:speed|throughput|latency|(?:data\s+)?contamination|leakage)"
    r"(?:\s+(?:evaluation|results?|analysis|tests?|detection|checks?|benchmarks?))?)\W*", re.I)

# nouns that end a task's name: a header broken over two lines ("Single-Doc<br>QA") is one label
_TASK_NOUN = re.compile(r"QA|NLI|Learning|Understanding|Generation|Reasoning|Retrieval|Summari[sz]ation|"
                        r"Classification|Completion|Translation|Comprehension|Answering", re.I)
# a heading that names a kind of task, not a benchmark: "QA", "Multi-turn Dialog", "Information Extraction"
_TASK_KIND = re.compile(r"(?:[\w-]+\s+){0,3}(?:" + _TASK_NOUN.pattern + r"|NER|Dialog(?:ue)?s?|Extraction)", re.I)


def _heading_name(text: str) -> str:
    """A heading's text without its numbering ("3.2 ", "A. ") or a closing colon."""
    return re.sub(r"^\s*(\d+(\.\d+)*\.?|[A-Z]\.)\s+", "", _plain(text)).strip(" :")


def _values_by_name(body: list[list[GridCell]], key_col: int, col: int) -> dict[str, set[str]]:
    """Per model name (a blank name cell continuing the one above), the values of another label column."""
    out: dict[str, set[str]] = {}
    name = ""
    for row in body:
        name = (_header_parts(row[key_col].text)[0] if key_col < len(row) else "") or name
        value = _plain(row[col].text) if col < len(row) else ""
        if name and value and not parse_cell(value).missing:
            out.setdefault(name, set()).add(value)
    return out


def _names_differ_by(body: list[list[GridCell]], key_col: int, col: int) -> bool:
    """Is some model named on several rows that differ in column ``col`` (which then names a part of it)?"""
    return any(len(v) > 1 for v in _values_by_name(body, key_col, col).values())


def _settings_row(row: list[GridCell]) -> bool:
    """A body row that gives each column's setting: "| Shot | | 25 | 10 |" (shot counts only) or "| Metric | |
    acc_norm | Pass@1 |" (no number at all)."""
    if not row:
        return False
    key = _plain(row[0].text)
    cells = [_plain(c.text) for c in row[1:] if _plain(c.text)]
    if not cells:
        return False
    if _LABEL_HEADERS["shots"].match(key):
        return all(re.fullmatch(r"\d+(?:[-\s]?shots?)?", t, re.I) for t in cells)
    if _LABEL_HEADERS["metric"].match(key):
        return not any(parse_cell(t).values for t in cells)
    return False


def _rejoin_broken_label(main: str, subs: list[str]) -> tuple[str, list[str]]:
    """A label broken over lines, not a label and its settings: "Summari-<br>zation" is "Summarization",
    "Few-shot<br>Learning" is "Few-shot Learning" (LongBench's task groups)."""
    while subs and main:
        nxt = subs[0]
        if main.endswith("-") and re.match(r"[a-z]", nxt):
            main = main[:-1] + nxt
        elif _TASK_NOUN.fullmatch(nxt):
            main = f"{main} {nxt}"
        else:
            break
        subs = subs[1:]
    return main, subs


def _is_section_row(row: list[GridCell], label_cols: list[int], value_cols: list[int]) -> str | None:
    """The section label when the row is a section/category row, else None."""
    if row and all(c.colspan_full for c in row):
        t = _plain(row[0].text)
        return t or None
    texts = [(_plain(c.text), i) for i, c in enumerate(row)]
    nonempty = [(t, i) for t, i in texts if t]
    if len(nonempty) == 0:
        return None
    if all(not t for t, i in texts if i in value_cols):
        # only label cells filled; a section if exactly one distinct label
        distinct = {t for t, _ in nonempty}
        if len(distinct) == 1:
            return next(iter(distinct))
    return None


def _headings(grid: Grid, title: str | None) -> list[str]:
    """The table's enclosing headings, innermost first, without the document's own title."""
    return [h for h in reversed(grid.headings) if h and h != title]


def _context_mode(grid: Grid, title: str | None = None) -> str | None:
    for text in [grid.caption, *_headings(grid, title)]:
        m = mode_in(text)
        if m:
            return m
    return None


_LANG = re.compile(r"\blanguage:\s*[A-Za-z][A-Za-z \-]*\(([a-z]{2,3})\)", re.I)


def _context_language(grid: Grid, title: str | None = None) -> str | None:
    """``Benchmark scores for language: Spanish (es)`` -> ``es``."""
    for text in [grid.caption, *_headings(grid, title)]:
        m = _LANG.search(text or "")
        if m:
            return m.group(1).lower()
    return None


_BASE_PROSE = re.compile(r"\b(base|pre-?trained)\s+models?\b", re.I)
_INSTRUCT_PROSE = re.compile(r"\b(instruct(ion)?[-\s]tuned|post-?trained|chat|instruct)\s+models?\b", re.I)


def _context_base(grid: Grid, all_headings: list[str] | None = None, title: str | None = None) -> bool | None:
    """Whether the table is about base (pre-trained) or post-trained models, from its caption and headings.

    A caption is prose, so it must say "base models"; a heading may say just "Base". A heading that names
    a model while a sibling heading names the same model with "-Instruct" is the base section (Falcon-H1).
    """
    if grid.caption:
        if _BASE_PROSE.search(grid.caption):
            return True
        if _INSTRUCT_PROSE.search(grid.caption):
            return False
    for text in _headings(grid, title):
        if _BASE.search(text):
            return True
        if _INSTRUCT.search(text):
            return False
        if all_headings:
            norm = normalize(text)
            if any(normalize(h) in (norm + "instruct", norm + "chat", norm + "it") for h in all_headings):
                return True
    return None


# --- the interpreter -------------------------------------------------------------------------------


@dataclass
class Axis:
    """One label on the model or benchmark axis of a table."""

    label: str  # main text, markup stripped
    raw: str
    subs: list[str]  # header sub-lines
    line: int
    group: str | None = None  # a spanning group header above it


def _spread_listed_parts(axes: list[Axis]) -> list[Axis]:
    """``CFBench(CSR,ISR,PSR) |  |`` in Markdown (no colspan): the header names the parts of the empty header
    cells that follow it, one each -> ``CFBench (CSR)``, ``CFBench (ISR)``, ``CFBench (PSR)``."""
    out = list(axes)
    for i, a in enumerate(axes):
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", a.label or "")
        if not m:
            continue
        parts = [p.strip() for p in re.split(r"[,/]", m.group(2))]
        n = len(parts)
        if n < 2 or not all(parts) or i + n > len(axes) or any(axes[j].label for j in range(i + 1, i + n)):
            continue
        for k in range(n):
            out[i + k] = replace(axes[i + k], label=f"{m.group(1)} ({parts[k]})",
                                 raw=axes[i + k].raw or a.raw, subs=list(a.subs))
    return out


def _leading_word(label: str) -> str | None:
    """The model line a label starts with (``Yi-34B-Chat`` -> ``yi``, ``LLaMA2-70B`` -> ``llama``)."""
    m = re.match(r"\s*([A-Za-z][A-Za-z]+)", label)
    return m.group(1).lower() if m else None


# "we evaluate the model on OpenAI's _HumanEval_ benchmark": the benchmark a section's prose names
_EVALUATED_ON = re.compile(r"\bevaluat\w*\b[^.\n]{0,80}?\bon\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?[_*]*([A-Z][\w.+/-]+?)[_*]*"
                           r"\s+benchmark\b")
# "We open-sourced **AgentCPM-Explore**", "we release **X**": the bold name right after the verb is the authors'
_EN_RELEASE = re.compile(r"\bwe\s+(?:have\s+|are\s+(?:very\s+)?(?:excited|pleased|happy|proud|glad)\s+to\s+)?"
                         r"(?:open[- ]?sourc\w*|releas\w*|introduc\w*|launch\w*)\s+(?:the\s+|our\s+|a\s+new\s+)?"
                         r"\*\*([^*\n]{2,60})\*\*", re.I)
# "we released / open-sourced / introduce" in Chinese, at the start of a claim on the models named after it
_ZH_RELEASE = re.compile(r"我们(?:正式)?(?:发布|开源|推出|提出)了?|本(?:项目|仓库)(?:发布|开源|提供)了?")


def _is_metric(label: str | None) -> bool:
    """A column header that names a metric ("F1", "R@1", "Precision (%)"), not what is measured."""
    return bool(_METRIC_NAME.fullmatch(re.sub(r"(?:\s*[*↑↓])+\s*$", "", _UNIT_SUFFIX.sub("", label or "")).strip()))


def _rows_distinct(body: list[list[GridCell]], cols: list[int]) -> bool:
    """Whether the rows differ in these (label) columns taken together: "BERT-base | Google | C5 | 125K" and
    "BERT-base | CLUE | C5 | 125K" are two runs of one model under different settings."""
    keys = [tuple(_plain(r[c].text) if c < len(r) else "" for c in cols) for r in body]
    return len(cols) >= 2 and len(set(keys)) == len(keys)


def _metric_parts(metric: str | None, n: int) -> list[str] | None:
    """One metric per number of a cell: "EM - F1" or "EM / F1" over "34.2 - 61.3" (None when the metric
    column does not name as many metrics as the cell has numbers)."""
    if not metric or n < 2:
        return None
    bits = [b.strip() for b in re.split(r"\s*/\s*|\s+[-–]\s+", _plain(metric))]
    return bits if len(bits) == n and all(bits) else None


def _slash_models(label: str, n: int) -> list[str] | None:
    """``Kimi K2 Thinking / K2.5`` -> [``Kimi K2 Thinking``, ``Kimi K2.5``]: a header naming N models, one per
    number of an N-number cell. A short later name takes the leading words of the first up to the word it
    continues (``K2.5`` continues ``K2``); one that continues none stays as written."""
    if n < 2 or label.count(" / ") != n - 1:
        return None
    parts = [p.strip() for p in label.split(" / ")]
    if not all(parts):
        return None
    first = parts[0].split()
    out = [parts[0]]
    for p in parts[1:]:
        words = p.split()
        if len(words) < len(first) and words[0].lower() != first[0].lower():
            j = next((i for i, w in enumerate(first) if i and w[:2].lower() == words[0][:2].lower()), None)
            if j is not None:
                p = " ".join(first[:j] + words)
        out.append(p)
    return out


class Interpreter:
    def __init__(self, src: SourceDoc, catalog: Catalog, profile: Profile | None):
        self.src = src
        self.cat = catalog
        self.profile = profile
        self.publisher = src.publisher
        self.subject = self._subject()
        self.ctx_bench: str | None = None
        self.ctx_subset: str | None = None
        self._own_variants = False
        self._row_own = False  # the row being read links the publisher's own repository (a checkpoint column)
        self._legend: dict[str, str] = {}  # abbreviations the table's caption spells out
        self.all_headings = [h.text for h in src.headings]
        self.settings_tables: dict[str, dict[str, dict[str, Any]]] = {}  # label -> {"base"|"instruct": setting}
        # no publisher found: the models the prose calls "ours" are still the document's own
        prefix = own_model_prefix(src.document.title, src.sidecar, src.text) if not src.publisher else None
        self._claimed_prefix = prefix if claims_own_models(src.text, prefix) else None
        self._claims: dict[str, bool] = {}
        self._repos: tuple[str, ...] | None = None
        self._language_rows = False  # the table being read has rows of languages under a named benchmark
        self._labelled = False  # the table being read has header rows labelled "Dataset", "Metric", ...
        self._models_seen: set[str] = set()  # (normalised) model labels of the document's tables read so far
        self._benches_seen: set[str] = set()  # (normalised) benchmark labels of those tables
        self._zh_claimed: set[str] | None = None  # model names a Chinese "we released" sentence lists
        self._en_claimed: set[str] | None = None  # bold names an English "we open-sourced" sentence gives
        self._linked: frozenset[str] | None = None  # the names of the model repositories the document links
        self._own_line_orgs: frozenset[str] | None = None
        self._distinct: str | None = None
        self._theirs: frozenset[str] | None = None
        self._category_rows = False  # the current table's rows are capability categories (averages)

    def _subject(self) -> str | None:
        """The model the document is about: its title when that names a catalog model, or reads as a model
        name with a size or version ("Llama-3.1-Nemotron-Nano-8B-v1"), kept as written ("Model Card for"
        left out)."""
        title = _MODEL_CARD.sub("", self.src.document.title or "").strip()
        if title:
            r = resolve_model(title, catalog=self.cat)
            if r.id:
                return title
            if len(title.split()) <= 4 and re.search(r"\d+(\.\d+)?\s*[BM]\b|[-_ ]v\d+(\.\d+)*$|-\d{4}$", title) \
                    and not _NON_SCORE.search(title):
                return title
        return None

    # -- resolution helpers ---------------------------------------------------------------------------
    def res_bench(self, label: str):
        aliases = self.profile.benchmark_aliases if self.profile else None
        return resolve_benchmark(label, catalog=self.cat, aliases=aliases)

    def res_model(self, label: str, mode: str | None, base: bool | None):
        aliases = self.profile.model_aliases if self.profile else None
        marked = re.search(r"\b(base|instruct|chat|it|sft|dpo|thinking|pt|pretrain)\b", label, re.I)
        if base is True and not marked:
            r = resolve_model(label + " Base", mode=mode, catalog=self.cat, aliases=aliases)
            if r.id:
                return r
        r = resolve_model(label, mode=mode, catalog=self.cat, aliases=aliases)
        if r.id and base is not None and not marked and not (aliases and normalize(label) in aliases):
            sib = self._sibling(r.id, base)
            if sib and sib != r.id:
                m = self.cat.models[sib]
                setting = {"mode": mode or m.single_mode} if (mode or m.single_mode) and m.variant != "base" else {}
                return type(r)(label=r.label, id=sib, status="resolved", setting=setting,
                               note=f"{'base' if base else 'post-trained'} model, from the table's context")
        if not r.id:
            core, quals = split_qualifiers(label)
            if quals and core and core != label:
                # "Qwen 2.5 (14B instruct)": the bracket completes the name
                r3 = resolve_model(core + " " + " ".join(quals), mode=mode, catalog=self.cat, aliases=aliases)
                if r3.id:
                    return r3
                # a parenthesised qualifier that is not a mode: resolve the core, keep the qualifier in the key
                r2 = resolve_model(core, mode=mode, catalog=self.cat, aliases=aliases)
                if r2.id:
                    m2 = self.cat.models[r2.id]
                    rest = [q for q in quals if not _is_size_of(q, m2)]
                    setting = dict(r2.setting)
                    if rest:
                        setting.setdefault("extra", {})["model_variant"] = " ".join(q.lower() for q in rest)
                    return type(r2)(label=r2.label, id=r2.id, status=r2.status, setting=setting, note=r2.note)
        return r

    def _sibling(self, mid: str, base: bool) -> str | None:
        """The base (or post-trained) checkpoint of the same release as ``mid``, when the context says so."""
        m = self.cat.models[mid]
        if (m.variant == "base") == base:
            return mid
        cands = [x for x in self.cat.models.values()
                 if x.family == m.family and x.generation == m.generation and x.publisher == m.publisher
                 and x.params_total == m.params_total and x.params_active == m.params_active
                 and x.revision == m.revision and (x.variant == "base") == base
                 and (base or x.variant in ("instruct", "chat", "hybrid"))]
        return cands[0].id if len(cands) == 1 else None

    def looks_model(self, label: str) -> bool:
        label = _UNIT_SUFFIX.sub("", label or "")  # "Vicuna (%)": a model column in percent
        if _METHOD_NAME.fullmatch(label.strip()):
            return False  # "GPTQ" (not OpenAI's GPT line), "RTN", "LoRA": a method applied to models
        if not label or re.fullmatch(r"[~≈<>]?\s*\d+(\.\d+)?\s*[KMBT]B?", label.strip(), re.I):
            return False  # "4.33B" alone is a size or a count of tokens, not a model
        if self.res_model(label, None, None).id or resolve_model(label, catalog=self.cat).status == "ambiguous":
            return True
        if self.profile and normalize(label) in self.profile.model_aliases:
            return True
        if re.search(r"[-\s_]bench\b|bench[-\s_]", label, re.I):
            return False  # "LLaVA-Bench-Conv": a benchmark named after a model line, not the model
        if _NON_SCORE.search(label):
            return False  # "Number of Dense Layers", "Hidden Dimension": a configuration key, not a model
        if self._linked is None:
            self._linked = frozenset(normalize(name) for _, name in linked_models(self.src.text) if len(name) >= 4)
        if normalize(label) in self._linked:
            return True  # "BioLinkBERT-base" where the document links huggingface.co/michiyasunaga/BioLinkBERT-base
        prefix = own_model_prefix(self.src.document.title, self.src.sidecar, self.src.text)
        return any(self.cat.publisher_owns_label(p, label) for p in self.cat.publishers) or bool(
            re.search(r"\b\d+(\.\d+)?\s*[BM]\b|[a-z] \d+(\.\d+)?b\b|-\d+(\.\d+)?[bBmM]\b|\d+x\d+b|\b(MoE|Dense)\b", label)) or bool(
            prefix and normalize(label).startswith(prefix))

    def context_benchmark(self, grid: Grid) -> str | None:
        """A benchmark named by the table's caption or nearest heading (one table per benchmark)."""
        caption = _strip_legend(grid)  # "HS: HellaSwag" spells out a column's name, it names no benchmark
        if caption and len(caption.split()) > 60:
            caption = None  # a paragraph of prose above the table, not a title
        if caption and _DASH_NAME.match(_plain(grid.heading_last() or "")):
            caption = None  # "Cross-Lingual Question Answering - MLQA" names it; the prose's "SQuAD 1.1" does not
        named = self._named_heading(grid) if caption and grid.heading_last() and not self.res_bench(
            grid.heading_last()).id else None
        if named and re.search(r"[A-Z]{2,}", named):
            caption = None  # "### CMRC 2018" names it; the prose below ("identical to SQuAD") does not
        for text in [grid.heading_last(), caption]:
            if not text or _METRIC_NAME.fullmatch(_plain(text).strip(" :")):
                continue  # "**Pass Rate:**" says how the table is scored, not what on
            r = self.res_bench(text)
            if r.id or (r.status == "ambiguous" and text is grid.heading_last()):
                return _plain(text)
            found = set()
            spans: list[tuple[int, int, str]] = []
            for b in self.cat.benchmarks.values():
                for name in (b.name, *b.aliases):
                    for form in {name, re.sub(r"[-\s]", "", name)}:
                        if len(form) < 4:
                            continue
                        # ("MT-Bench Leaderboard" points elsewhere: it names no benchmark of the table)
                        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])(?!\s*(?i:leaderboard))", text):
                            found.add((b.id, name))
                            spans.append((m.start(), m.end(), b.id))
            # "MT-Bench" inside "JA MT-Bench" is not a second benchmark named
            ids = {bid for a, z, bid in spans if not any(a2 <= a and z <= z2 and (a2, z2) != (a, z) and bid2 != bid
                                                         for a2, z2, bid2 in spans)}
            found = {(bid, n) for bid, n in found if bid in ids}
            if len(ids) == 1:
                return max((n for _, n in found), key=len)
        return None

    def _aggregate_scope(self, index: int, section: str | None) -> str:
        """What an average column or row averages over, as a key part: the table (and section) it sits in."""
        return f"table {index}" + (f", {section.lower()}" if section else "")

    _HEADING_WORDS = re.compile(
        r"\b(results?|evaluations?|evals?|benchmarks?|performance|multilingual|multimodal|text|vision|audio|"
        r"reasoning|coding|code|math(ematics)?|knowledge|agents?|agentic|long[- ]context|comparisons?|overview|main|tables?|scores?|metrics?|"
        r"leaderboard|models?|base|chat|instruct|pre-?trained|post-?trained|capabilit(y|ies)|tasks?|details?|"
        r"general|summary|appendix|experiments?|ablations?|settings?|quantization|inference|usage|introduction|"
        r"abstract|background|news|highlights?|features?|installation|setup|citation|acknowledge?ments?|contents|"
        r"description|conclusions?|updates?|data|curation)\b", re.I)

    def _named_heading(self, grid: Grid) -> str | None:
        """The nearest heading when it is a short proper name (``Webshop``, ``MINT-BENCH``), not a section
        title ("Evaluation results"), a mode or a model."""
        text = grid.heading_last()
        if not text and grid.headings and grid.headings[-1] != self.src.document.title:
            text = grid.headings[-1]  # a README whose only heading above the table is not its title
        if not text:
            return None
        t = re.sub(r"\s*/\s*leaderboard$", "", _heading_name(text), flags=re.I)  # "UMSAB Results / Leaderboard"
        if not re.search(r"[^\W\d_]", t):
            return None  # "**12/30/2022**" over a news item: a date names no benchmark
        dash = _DASH_NAME.match(t)
        if dash and not self.looks_model(dash.group(1)) and not mode_in(dash.group(1)):
            return dash.group(1)  # "Abstractive Summarization - XSum": a task and the benchmark's name
        colon = _COLON_NAME.fullmatch(t)
        if colon and not self._HEADING_WORDS.search(colon.group(2)) and not mode_in(colon.group(2)) \
                and not self.looks_model(colon.group(2)) and not _METRIC_NAME.fullmatch(colon.group(2)):
            return colon.group(2)  # "简体中文阅读理解：CMRC 2018": a task, then the benchmark's name
        for rx in (r"(\w.{1,40})\s+results?", r"(\w.{1,40}?)\s+(?:leaderboard\s+)?(?:eval(?:uation)?\s+)?results?"):
            m = re.fullmatch(rx, t, re.I)
            if m and " " in m.group(1) and self.res_bench(m.group(1)).id:
                return m.group(1)  # "Human Eval Results": a catalogued benchmark's name in words
        m = _RESULTS_ON.match(t) or _NAMED_IN_HEADING.fullmatch(t)
        name = (m.group(1) or m.group(2)) if m else None
        if name and not self.looks_model(name) and not mode_in(name) and not self._HEADING_WORDS.fullmatch(name) \
                and name.lower() not in _NOT_A_NAME:
            return name  # "Results on Ru-Arena-General", "Результаты на бенчмарке RAG", "AlpacaEval Leaderboard Evaluation Results"
        m = re.fullmatch(r"((?:[\w.+]+[-–][\w.+-]+|[A-Z][\w.+]*[A-Z0-9][\w.+]*))\s+(?i:eval(?:uation)?|test)", t)
        if m and not self._HEADING_WORDS.search(m.group(1)) and not mode_in(m.group(1)) and not self.looks_model(m.group(1)):
            return t  # "Multi-Needle Eval", "MT-Long Evaluation": a name (hyphenated or capitals inside) and "Eval"
        if not t or len(t.split()) > 3 or len(t) > 40 or self._HEADING_WORDS.search(t) or mode_in(t) \
                or re.fullmatch(r"(?:zero|one|few|\d+)[-\s]?shots?", t, re.I) or _qualifier_only(t) \
                or re.fullmatch(r"[~<>≤≥]?\s*\d+(?:\.\d+)?\s*[BMKT](?:\s*[-–~]\s*\d+(?:\.\d+)?\s*[BMKT])?\+?", t, re.I) \
                or _CATEGORY_WORDS.match(t) \
                or self.looks_model(t) or not re.search(r"[A-Z0-9]", t) or _METRIC_NAME.fullmatch(t):
            return None
        return t

    def _outer_benchmark(self, grid: Grid) -> str | None:
        """A catalogued benchmark an enclosing heading names, whole or after a colon or dash (nearest first)."""
        for text in reversed(grid.headings):
            if text == self.src.document.title:
                continue
            t = _plain(text).strip(" :：")
            for cand in (t, *(m.group(2) for m in [_COLON_NAME.fullmatch(t)] if m),
                         *(m.group(1) for m in [_DASH_NAME.match(t)] if m)):
                if cand and self.res_bench(cand).id:
                    return cand
        return None

    def _section_benchmark(self, grid: Grid) -> str | None:
        """The one catalogued benchmark the prose of the table's section says the models are evaluated on ("In
        addition we evaluate the model on OpenAI's _HumanEval_ benchmark." under "## Evaluation")."""
        above = [h.line for h in self.src.headings if h.line < grid.line - 1]
        start = max(above) + 1 if above else 0
        text = "\n".join(self.src.lines[start:grid.line - 1])
        names = {m.group(1) for m in _EVALUATED_ON.finditer(text)}
        ids = {self.res_bench(n).id for n in names}
        return next(iter(names)) if len(names) == 1 and None not in ids else None

    def _model_heading(self, grid: Grid) -> str | None:
        """The model an enclosing heading names (nearest first): a model the catalog knows, or a name of the
        document's own line, one word that starts as the title's name does ("Umberto-Wikipedia-Uncased"
        under "UmBERTo: an Italian Language Model")."""
        head = normalize(self._title_head() or "")
        for text in reversed(grid.headings):
            t = _heading_name(text)
            if _ARCHIVE.fullmatch(t):
                return t  # "# opus-2019-12-04.zip": the checkpoint's file (the document's title too)
            if text == self.src.document.title:
                continue
            if not t or mode_in(t) or self.looks_bench(t):
                continue
            if self.res_model(t, None, None).id or (
                    len(head) >= 3 and len(t.split()) == 1 and normalize(t).startswith(head) and normalize(t) != head):
                return t
        return None

    def _named_above(self, grid: Grid) -> str | None:
        """The benchmark the nearest heading names, else the one the caption names; a heading that only says
        the kind of task ("### QA", "### Multi-turn Dialog") gives way to a caption naming the benchmark ("The
        results on [ChiMed](...) is")."""
        heading, caption = self._named_heading(grid), self._named_caption(grid)
        if heading and caption and _TASK_KIND.fullmatch(heading):
            return caption
        return heading or caption

    def _task_named_above(self, grid: Grid) -> str | None:
        """The task a table of metric columns measures, as the heading or caption above it names it."""
        return self._named_above(grid) or self._task_heading(grid)

    def _task_heading(self, grid: Grid) -> str | None:
        """The nearest heading as the name of a task the catalog does not know ("Multiple Choice Question
        Task", "COBOL Summarization"), for a table whose columns are metrics only: any short heading that is
        not a section title made of generic words ("Evaluation Results"), a mode, a size or a model."""
        text = grid.heading_last()
        if not text:
            return None
        t = _heading_name(text)
        words = re.findall(r"[\w.+-]+", t)
        if not words or len(words) > 6 or len(t) > 60 or not re.search(r"[A-Z]", t) or mode_in(t) \
                or self.looks_model(t) or _METRIC_NAME.fullmatch(t) or all(
                    self._HEADING_WORDS.fullmatch(w) or w.lower() in _NOT_A_NAME or w.lower() in _LINK_WORDS for w in words):
            return None
        return t

    @staticmethod
    def _named_caption(grid: Grid) -> str | None:
        """The name a caption line gives the table's benchmark: "RepoQA: a benchmark for long context code
        understanding" -> ``RepoQA``; a short bullet line right above the table ("* Alpaca Eval", "* Rouge
        Score over BookSum" -> ``BookSum``)."""
        caption = _plain(grid.caption or "")
        m = re.match(r"^\s*([A-Za-z][\w.+-]{1,30})\s*:\s*(?:an?\s+|the\s+)?[\w\s,()-]{0,60}?\bbenchmark\b", caption)
        if m:
            return m.group(1)
        m = re.match(r"^\s*(?:the\s+)?(?:model\s+)?(?:performance|results?|scores?|accuracy)\s+on\s+(?:the\s+)?"
                     r"([A-Z][\w.+-]{1,30})\s+(?:benchmark|dataset|test\s*set)\b", caption, re.I)
        if m and re.search(r"[A-Z\d]", m.group(1)):  # (not "the filtered dataset")
            return m.group(1)  # "Model performance on BELEBELE benchmark, where ..." (OpenBA)
        m = re.fullmatch(r"\s*([A-Z][\w.+-]{1,30})\s*\(\s*[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?"
                         r"(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d{2}[a-z]?\s*\)\s*:?\s*", caption)
        if m:
            return m.group(1)  # "**[MLQA (Lewis et al., 2018)](https://arxiv.org/...)**": a benchmark and its paper
        first = re.split(r"(?<=[.!?])\s", caption, maxsplit=1)[0]
        if grid.lead and not _PERFORMANCE_ON.search(first):
            first = re.split(r"(?<=[.!?])\s", _plain(grid.lead), maxsplit=1)[0]  # the paragraph's first sentence
        m = _PERFORMANCE_ON.search(first)
        if m and re.search(r"[A-Z\d]", m.group(1)) and not Interpreter._HEADING_WORDS.fullmatch(m.group(1)) and not re.fullmatch(
                r"(?:this|these|our|all|each|both|several|many|various|multiple|other)", m.group(1), re.I):
            return m.group(1)  # "OpenCUA models achieves strong performance on **[OSWorld-Verified](...)**."
        item = re.match(r"^\s*(?:[*+-]|\d{1,2}[.)])\s+(.+?)\s*:?\s*$", grid.caption or "")
        t = _plain(item.group(1)) if item else ""
        if not 2 <= len(t) <= 60:
            return None
        m = _RESULTS_ON.match(t) or _SCORE_OVER.match(t)
        if m:
            return next(g for g in m.groups() if g)
        return t if len(t.split()) <= 3 and re.match(r"[A-Z]", t) and not all(
            Interpreter._HEADING_WORDS.fullmatch(w) for w in t.split()) and not _METRIC_NAME.fullmatch(t) else None

    def _solved_of_total(self, bench_label: str, values: list, notes: list[str]) -> list:
        """``2/30`` under AIME 2024 (30 problems): problems solved out of the benchmark's item count, one score
        (6.67%), not two numbers."""
        if len(values) != 2 or any(v.part is None or v.decimals for v in values):
            return values
        b = self.cat.benchmarks.get(self.res_bench(bench_label).id or "")
        solved, total = values[0].value, values[1].value
        if b is None or not b.n_items or total != b.n_items or not 0 <= solved <= total:
            return values
        notes.append(f"{solved:g} of {total:g} items solved, read as a percentage")
        return [Value(round(100.0 * solved / total, 4), f"{solved:g}/{total:g}", percent=True, decimals=2)]

    def _part_of_ctx(self, label: str) -> bool:
        """A label on the axis of a table kept as one suite's (LongBench's ``TriviaQA``): a part of the suite
        even when it shares its name with a benchmark of its own, unless it names the suite itself."""
        if not self.ctx_bench or _AGGREGATE.match(label):
            return False
        rid = self.res_bench(label).id
        return rid is not None and rid != self.res_bench(self.ctx_bench).id

    def looks_bench(self, label: str) -> bool:
        r = self.res_bench(label)
        return r.id is not None or r.status == "ambiguous"

    # -- settings tables ----------------------------------------------------------------------------------
    def read_settings_table(self, grid: Grid) -> bool:
        """A table of evaluation settings per benchmark and model kind (Falcon-H1: ``| BBH | logprobs, 3-shot |
        logprobs, 3-shot |`` under "Base models setting" / "Instruct models setting"). Remembered and applied
        to the document's score tables; returns whether the grid was one."""
        if grid.header_rows == 0 or grid.width < 2:
            return False
        heads = [_plain(c.text) for c in grid.rows[grid.header_rows - 1]]
        cols = {}
        for c, h in enumerate(heads):
            if c == 0 or not re.search(r"\bsettings?\b", h, re.I):
                continue
            if _BASE.search(h):
                cols[c] = "base"
            elif _INSTRUCT.search(h):
                cols[c] = "instruct"
        if not cols:
            return False
        found = 0
        for row in grid.rows[grid.header_rows:]:
            label = _plain(row[0].text)
            if not label:
                continue
            for c, kind in cols.items():
                if c >= len(row):
                    continue
                q, _bad = parse_qualifier(_plain(row[c].text))
                if q.get("shots") is not None:
                    self.settings_tables.setdefault(normalize(label), {})[kind] = {"shots": q["shots"],
                                                                                   "line": row[c].line}
                    found += 1
        return found > 0

    # -- table ----------------------------------------------------------------------------------------
    def interpret(self, grid: Grid, index: int) -> TableResult:
        res = TableResult(index=index, grid=grid, orientation=None)
        rows = grid.rows
        if not rows or grid.width < 2:
            res.note = "fewer than two columns"
            return res
        blocks = _side_by_side_blocks(grid)
        if blocks:
            return self._interpret_blocks(grid, index, blocks)
        header_n = grid.header_rows
        # leading body rows made of text only (a second header line) join the header
        while header_n < len(rows) - 1 and (self._header_like(rows[header_n], rows[header_n + 1:]) or
                                            _parameter_row(rows[header_n], rows[:header_n])):
            header_n += 1
        if header_n == 0:
            res.note = "no header row"
            return res
        # "|Shot||||25|10|5|" and "|Metric||||acc_norm|acc|" right under the labels: each column's setting,
        # folded into the header as its sub-lines (the rows keep their places, emptied)
        top_i = header_n - 1
        while header_n < len(rows) - 1 and _settings_row(rows[header_n]):
            shots = bool(_LABEL_HEADERS["shots"].match(_plain(rows[header_n][0].text)))
            if rows is grid.rows:
                rows = [list(r) for r in grid.rows]
            top, here = rows[top_i], rows[header_n]
            for c in range(min(len(top), len(here))):
                t = _plain(here[c].text) if c else ""
                if t:
                    top[c] = replace(top[c], text=f"{top[c].text}<br>{t}-shot" if shots and t.isdigit()
                                     else f"{top[c].text}<br>{t}")
                here[c] = replace(here[c], text="")
            header_n += 1
        body = rows[header_n:]
        width = grid.width
        head_texts = [" ".join(_plain(r[c].text) for r in rows[:header_n] if c < len(r)).strip() for c in range(width)]
        value_cols = self._value_cols(body, width, head_texts)
        if not value_cols:
            res.note = "no column of numbers"
            return res
        label_cols = [c for c in range(width) if c not in value_cols]
        for c in label_cols[:1]:
            keys = [_plain(r[c].text) for r in rows if c < len(r) and _plain(r[c].text)]
            n_config = sum(1 for k in keys if _NON_SCORE.search(k))
            if n_config >= 3 and n_config >= 0.6 * len(keys):
                # "d_model | num heads | MLP ratio | sequence length": rows of model configuration
                res.note = "a table of model configuration (layers, sizes, rates), not scores"
                return res
        near = grid.heading_last() or ""
        if (re.search(r"hyper-?\s?parameters?|超参", near, re.I) or re.match(
                r"\W*(?:table\s*\d*\W*)?(?:hyper-?\s?parameters?|超参)", grid.caption or "", re.I)) and not re.search(
                r"results?|performance|scores?|evaluation", f"{near} {grid.caption or ''}", re.I):
            res.note = "a table of hyperparameters (by its heading), not scores"
            return res
        if _NOT_SCORES_HEADING.fullmatch(_plain(grid.headings[-1] if grid.headings else "")):
            res.note = "a table of hardware, resources, costs or contamination checks (by its heading), not scores"
            return res
        headers = self._headers(rows[:header_n], width, first_value=min(value_cols))
        # "PS: parameter size (billion). T: tokens (trillion). HS: HellaSwag." in the caption: abbreviations
        self._legend = _legend(grid)
        self._language_rows = False
        ctx_bench = self.context_benchmark(grid)
        if ctx_bench and any(_BENCH_HEADER.match(_plain(headers[c].label or "")) and len(
                {_plain(r[c].text) for r in body if c < len(r) and _plain(r[c].text)}) >= 2 and any(
                normalize(_plain(r[c].text)).startswith(normalize(ctx_bench)) for r in body if c < len(r))
                for c in label_cols):
            # "... results on SQuAD v1 and CoNLL-2003 are shown as follows:" over "| Task | Dataset | Metric |" rows
            # of "SQuAD v1.1", "CoNLL-2003": the benchmark the prose names is one of the table's rows
            ctx_bench = None
        corner = headers[label_cols[0]].label if label_cols else ""
        if ctx_bench is None and corner and self.res_bench(corner).id and not any(
                self.looks_bench(headers[c].label) for c in value_cols):
            ctx_bench = corner  # "| ceval | STEM | Social Science | ... | avg |": the corner names the benchmark
        own_names = _columns_name_their_benchmarks(headers, value_cols)
        if ctx_bench is None and _model_corner(corner) and not own_names and not any(
                self.looks_bench(headers[c].label) or self.looks_model(headers[c].label) for c in value_cols):
            ctx_bench = self._named_above(grid)  # "Results on MSVAMP" (not in the catalog) over "| 7B Model | En |"
        langs = [_plain(r[label_cols[0]].text) for r in body if label_cols and label_cols[0] < len(r)]
        langs = [t for t in langs if t and not _AGGREGATE.match(t) and not re.match(r"all\b", t, re.I)]
        if ctx_bench is None and len(langs) >= 3 and sum(1 for t in langs if normalize(t) in _LANGUAGES) >= 0.75 * len(langs) \
                and not any(self.looks_bench(headers[c].label) for c in value_cols):
            # "## `UMSAB` Results / Leaderboard" over rows "Arabic", "English", ...: the languages of the benchmark the
            # heading names, one column per model (and setting)
            ctx_bench = self._named_heading(grid)
            self._language_rows = ctx_bench is not None
        self.ctx_bench = ctx_bench
        self._own_variants = False
        self.ctx_subset = _context_language(grid, self.src.document.title)
        orient, key_col = self._orientation(headers, body, label_cols, value_cols, ctx_bench)
        res.orientation = orient
        if ctx_bench and orient in ("benchmarks-as-rows", "models-as-rows"):
            # a benchmark named above the table is the table's benchmark only when the labels on the table's
            # benchmark axis are its parts (RULER lengths, BFCL sub-scores, subjects, LongBench's datasets,
            # one of which may share a name with a benchmark of its own), not mostly benchmarks by themselves
            axis = ([_plain(r[key_col].text) for r in body if key_col is not None and key_col < len(r)]
                    if orient == "benchmarks-as-rows" else [headers[c].label for c in value_cols])
            axis = [t for t in axis if t and not _AGGREGATE.match(t)]
            own = [t for t in axis if self.looks_bench(t)]
            if own and (2 * len(own) >= len(axis) or len(axis) < 4):
                self.ctx_bench = None
            # "We evaluate ... on three benchmarks: WikiSQL, Spider and ..." above "| WikiTQ | ... | Spider |":
            # prose that lists the table's own labels names its benchmarks, the one it shares with the catalog
            # is a column like the others, not the benchmark of the whole table
            above = f"{_plain(grid.heading_last() or '')} {_plain(grid.caption or '')}"
            named = [t for t in axis if len(t) >= 3 and re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", above)]
            ctx_id = self.res_bench(ctx_bench).id
            if len(named) >= 2 and ctx_id and any(self.res_bench(t).id == ctx_id for t in named):
                self.ctx_bench = None
        if orient is None and len(body) == 1 and (not label_cols or label_cols == [0] and _PLAIN_SCORE_HEADER.match(
                _plain(body[0][0].text))) and sum(1 for c in value_cols if self.looks_bench(headers[c].label) or normalize(
                    headers[c].label) in self._benches_seen) >= 2:
            # (also "| Benchmark | AIME 2024 | ... |" over "| **Score** | 90.5 % | ... |")
            subject = self._titled(self._listed_model_above(grid) or self.subject or self._table_subject(grid))
            if subject and subject == self.src.document.title and self._title_head():
                subject = self._title_head()  # "✨ Klear-Reasoner: Advancing Reasoning ..." names Klear-Reasoner
            if subject:
                # "| Average | hellaswag | arc_challenge |" over one row of numbers: the card's own model
                res.orientation = "subject-row"
                self._subject_row(grid, index, headers, body[0], header_n, value_cols, subject, res)
                self._fix_scales(res)
                return res
        if orient is None and label_cols and value_cols and (_BENCH_HEADER.match(corner or "") or _LABEL_HEADERS[
                "category"].match(corner or "")) and all(
                _is_metric(headers[c].label) or _SCORE_HEADER.match(
                    headers[c].label or "") for c in value_cols) and not any(
                self.looks_model(headers[c].label) for c in value_cols) and (
                (_BENCH_HEADER.match(corner or "") and self._model_heading(grid)) or self._caption_model(grid)):
            # "### Umberto-Wikipedia-Uncased" over "#### Part of Speech" over "| Dataset | F1 | Precision |": the
            # datasets of one model, the one a heading above names; "| Category | False Negative Rate | ... |"
            # captioned "... for Llama Guard 2 on our internal benchmark": the model of earlier tables it names
            orient, key_col = "subject-columns", label_cols[0]
            res.orientation = orient
        if orient is None and label_cols and len(value_cols) >= 2 and (not corner or _model_corner(corner) or re.fullmatch(
                r"(?:(?:setups?|metrics?|methods?|settings?|tasks?|models?)\s*)+", corner, re.I)) and all(
                _is_metric(headers[c].label) for c in value_cols) and \
                self._rows_name_models(body, label_cols[0], distinct=True) and not any(
                _METRIC_NAME.fullmatch(_plain(r[label_cols[0]].text)) for r in body if label_cols[0] < len(r)):
            # "**MUGE Text-to-Image Retrieval**:" over "| Setup | Zero-shot (R@1 R@5 ...) | Finetune (...) |" and
            # rows "Wukong", "R2D2": models the catalog does not know, scored by metrics of the task named above
            orient, key_col = "models-as-rows", label_cols[0]
            res.orientation = orient
            self.ctx_bench = self._task_named_above(grid)
        if orient is None and self._labelled and label_cols and self._rows_name_models(body, label_cols[0], distinct=True):
            # rows under a header whose "Dataset" row names each column's benchmark (OFA): the models compared
            orient, key_col = "models-as-rows", label_cols[0]
            res.orientation = orient
        if orient is None:
            res.note = "neither its rows nor its columns name known benchmarks or models"
            return res
        if orient == "models-as-rows" and self.ctx_bench is None and not own_names and not any(
                self.looks_bench(headers[c].label) or headers[c].group for c in value_cols):
            # "### WebShop" over columns of methods or metrics: a benchmark the catalog does not know, named by
            # its heading, kept as written (its columns are its subsets)
            self.ctx_bench = self._named_above(grid)
            scored = [c for c in value_cols if not _NON_SCORE.search(headers[c].label or "")]
            if self.ctx_bench is None and scored and all(
                    _is_metric(headers[c].label) for c in scored):
                # "## Question Answering Task" over "| Model | MAP | F1-Score | BERTScore | RougeL |": columns of
                # metrics only, so the heading names what they measure, or an outer heading names a benchmark
                # ("# Objective dataset: C-Eval" above "#### 结果汇总" over "| category | accuracy |")
                self.ctx_bench = self._task_heading(grid) or self._outer_benchmark(grid) or self._section_benchmark(grid)
        if orient == "models-as-rows" and self.ctx_bench is None and value_cols and all(
                _is_metric(headers[c].label) for c in value_cols) and any(
                headers[c].group for c in value_cols) and not any(
                self.looks_bench(headers[c].group) or self.looks_model(headers[c].group) for c in value_cols if headers[c].group):
            # "Zero-shot" / "Finetune" over "R@1 | R@5 | MR": metrics under groups that name no benchmark, of the
            # task the heading or caption names ("**MUGE Text-to-Image Retrieval**:")
            self.ctx_bench = self._task_named_above(grid)
        if orient == "benchmarks-as-rows" and key_col is not None and _LABEL_HEADERS["category"].match(
                headers[key_col].label or "") and not any(self.looks_bench(_plain(r[key_col].text)) and
                                                          not _CATEGORY_WORDS.match(_plain(r[key_col].text))
                                                          for r in body):
            # rows of capability categories: averages over each category's benchmarks, kept as printed, never
            # compared
            self._category_rows = True
        keys = ([_plain(r[key_col].text) for r in body if key_col is not None and key_col < len(r)]
                if orient == "benchmarks-as-rows" else [headers[c].label for c in value_cols]
                if orient == "models-as-rows" else [])
        keys = [k for k in keys if k]
        n_config = sum(1 for k in keys if _NON_SCORE.search(k))
        scoreish = [k for k in keys if not _NON_SCORE.search(k) and (
            self.looks_bench(k) or re.search(r"acc|score|average|mean|pass|win|exact|f1\b|\bmap(?:val|box|mask|pose|@|\b)|ndcg|mrr|bleu|rouge|auc\b|"
                                             r"top-?\d\b", k, re.I))]
        if n_config >= 3 and n_config >= 0.6 * len(keys) and not scoreish:
            # "Layers | d_model | Heads | LR | BS": a configuration table; its other numbers are not scores either
            res.orientation = None
            res.note = "a table of model configuration (layers, sizes, rates), not scores"
            return res
        if orient != "benchmarks-as-rows":
            self._category_rows = False
        if orient == "mode-rows":
            self._mode_rows(grid, index, headers, body, header_n, label_cols, value_cols, key_col, res)
        elif orient == "benchmarks-as-rows":
            corner = headers[key_col].label if key_col is not None else ""
            if corner and self.looks_model(corner):
                # "| OpenLM-1B | 250B Tokens | 500B tokens | ... | LLAMA-7B |": checkpoints of the corner's model
                headers = [replace(h, label=f"{corner} ({h.label})") if c in value_cols and _CHECKPOINT.match(h.label or "")
                           else h for c, h in enumerate(headers)]
            self._bench_rows(grid, index, headers, body, header_n, label_cols, value_cols, key_col, res)
        elif orient == "single-model":
            self._single_model(grid, index, headers, body, header_n, label_cols, value_cols, key_col, res)
        elif orient == "subject-columns":
            self._subject_columns(grid, index, headers, body, header_n, value_cols, key_col, res)
        else:
            self._model_rows(grid, index, headers, body, header_n, label_cols, value_cols, key_col, res)
        _quoted_beside_reproduced(res)
        self._fix_scales(res)
        return res

    def _interpret_blocks(self, grid: Grid, index: int, width: int) -> TableResult:
        """Read a table of side-by-side blocks ``width`` columns wide as that many tables, one after another,
        each cell keeping its column in the whole table."""
        res = TableResult(index=index, grid=grid, orientation=None)
        for off in range(0, grid.width, width):
            part = replace(grid, rows=[r[off:off + width] for r in grid.rows],
                           column_centers=grid.column_centers[off:off + width] if grid.column_centers else None)
            sub = self.interpret(part, index)
            res.orientation = res.orientation or sub.orientation
            res.note = res.note or sub.note
            res.scores.extend(s.with_(provenance=replace(s.provenance, col=s.provenance.col + off))
                              if s.provenance.col is not None else s for s in sub.scores)
            res.skipped.extend(replace(k, col=k.col + off) for k in sub.skipped)
            res.unresolved_models |= sub.unresolved_models
            res.unresolved_benchmarks |= sub.unresolved_benchmarks
            res.ambiguous |= sub.ambiguous
        if res.scores:
            res.note = None
        return res

    def _header_like(self, row: list[GridCell], rest: list[list[GridCell]]) -> bool:
        """A leading body row of text labels that completes the header (a second header line)."""
        if row and all(c.colspan_full for c in row):
            return False  # a full-width section row ("27b+ scale")
        texts = [_plain(c.text) for c in row]
        at = 0
        while _axis_row(row) and at < min(len(rest), 4) - 1 and _axis_row(rest[at]):
            at += 1  # "Task" / "Dataset" / "Split" / "Metric" rows one under another (OFA): numbers after them all
        probe = rest[at] if rest else []
        if len(rest) > at + 1 and not any(_plain(c.text) for c in probe[1:]):
            probe = rest[at + 1]  # a section row ("*Self-Contained Reasoning*") between the header and the numbers
        if not any(parse_cell(c.text).values for c in probe):
            return False
        if any(t and _NON_SCORE.search(t) and not _MODEL_HEADER.match(t) for t in texts[:2]):
            # "Parameters | 7B | 13B"; not "model | GSM8K | MATH" under "| | greedy | majority@50 |", nor
            # "LLM | Model | Avg | SQA(I) |" under "| | | Knowledge | ... | General |"
            return False
        filled = [t for t in texts[1:] if t]
        if len(filled) < max(2, (len(texts) - 1) // 2):
            return False
        # a row of settings under the header ("5-shot | 5-shot | - | 0-shot"): part of the header
        settings = [t for t in filled if not parse_cell(t).missing]
        if settings and all(parse_qualifier(t)[0] and not parse_qualifier(t)[1] and
                            re.search(r"shots?\b|@\d|\bcot\b", t, re.I) for t in settings):
            return True
        if len(set(filled)) == 1 and len(filled) > 1:
            return False
        for c in row[1:]:
            cell = parse_cell(c.text)
            if _plain(c.text) and (cell.values or cell.missing or (cell.reason or "").startswith("not a score")):
                return False
        return not any(self.looks_bench(t) for t in texts[:1] if t)

    def _value_cols(self, body: list[list[GridCell]], width: int, headers: list[str] | None = None) -> list[int]:
        cols = []
        for c in range(width):
            vals = [body[r][c].text for r in range(len(body)) if c < len(body[r])]
            filled = [v for v in vals if _plain(v)]
            kind = next((k for k, rx in _LABEL_HEADERS.items() if k != "stderr" and headers and
                         rx.match(_plain(headers[c]))), None)
            if kind in ("shots", "version", "k", "budget", "config") or (kind and not (
                    filled and sum(1 for v in filled if parse_cell(v).values) >= 0.8 * len(filled))):
                continue  # an attribute column; a "Language" column of numbers is the language score of a suite
            if not filled:
                continue
            good = 0
            nums = 0
            for v in filled:
                cell = parse_cell(v)
                if not cell.values and re.search(r"<br\s*/?>", v, re.I):
                    parts = [p for p in re.split(r"<br\s*/?>", v, flags=re.I) if _plain(p)]
                    if parts and all(parse_cell(p).values or parse_cell(p).missing for p in parts):
                        cell = parse_cell(parts[0])
                if cell.values:
                    nums += 1
                if cell.values or cell.missing or (cell.reason or "").startswith("not a score"):
                    good += 1
            if nums >= 1 and good >= max(1, 0.5 * len(filled)):
                cols.append(c)
        return cols

    def _headers(self, hrows: list[list[GridCell]], width: int, first_value: int = 1) -> list[Axis]:
        labelled = _labelled_header(hrows, width)
        self._labelled = labelled is not None
        if labelled is not None:
            return labelled
        # Markdown has no colspan: "| HumanEval-Decompile | | | ExeBench | |" over a row of labels in every
        # column is a group header whose empty cells continue the label on their left
        carried: dict[tuple[int, int], str] = {}
        starts: set[tuple[int, int]] = set()
        last_row = hrows[-1] if hrows else []
        for r, row in enumerate(hrows[:-1]):
            cols = range(1, min(width, len(row)))
            labelled = [c for c in cols if _plain(row[c].text)]
            if labelled and labelled[0] > max(1, first_value) and len(last_row) > 1 and _plain(last_row[1].text) and \
                    not any(row[c].spanned for c in cols):
                # "|Model| |TriviaQA| | |HumanEval| |Wikitext|" over "||0-shot|1-shot|5-shot|pass@1|...": each
                # label sits over the middle of its group; an empty cell belongs to the nearest (left on a tie).
                # Not when the first label sits over the first column of numbers ("| | | Knowledge | | | | |
                # General |" over "| LLM | Model | Avg | SQA | ... | Avg |"): each label starts its group
                for c in cols:
                    if c not in labelled and c < len(last_row) and _plain(last_row[c].text):
                        near = min(labelled, key=lambda k: (abs(k - c), k > c))
                        carried[(r, c)] = _plain(row[near].text)
                        starts.add((r, near))
                continue
            left: tuple[int, str] | None = None
            for c in range(1, min(width, len(row))):
                t = _plain(row[c].text)
                if t:
                    left = (c, t)
                elif left and c < len(last_row) and _plain(last_row[c].text) and not row[c].spanned:
                    carried[(r, c)] = left[1]
                    starts.add((r, left[0]))
        out = []
        for c in range(width):
            mains: list[str] = []
            subs: list[str] = []
            group = None
            line = hrows[-1][c].line if c < len(hrows[-1]) else hrows[-1][0].line
            for r, row in enumerate(hrows):
                if c >= len(row):
                    continue
                cell = row[c]
                main, sub = _header_parts(cell.text)
                main, sub = _rejoin_broken_label(main, sub)
                if (r, c) in carried or (r, c) in starts:
                    group = carried.get((r, c)) or main
                    continue
                if not main or parse_cell(cell.text).missing:
                    continue
                q, bad = parse_qualifier(main) if r > 0 else ({}, ["x"])
                if (q and not bad and set(q) & {"shots", "k", "tools", "mode", "extra"}) or (
                        not q and not bad and group and re.fullmatch(r"pass@1", main, re.I)):
                    # a settings row under the labels ("5-shot", "pass@1" beside "pass@10"): a sub-line of this column
                    subs.append(main)
                    subs.extend(sub)
                    continue
                # a group header spans columns: a real colspan (HTML), or fixed-width text repeated over
                # the columns; in Markdown a repeated label is just the same label again
                spanned = any(x.spanned for x in row) or self.src.kind == "text"
                spans = sum(1 for x in row if x.text == cell.text)
                if r < len(hrows) - 1 and spans > 1 and spanned:
                    group = main  # a spanning group header ("Base", "Thinking")
                    continue
                if main not in mains:
                    mains.append(main)
                subs.extend(sub)
            if not mains and group:  # "| MMLU | |" over "| 5-shot | 0-shot |": the group is the label
                mains, group = [group], None
            if len(mains) == 2 and not group and _CATEGORY_WORDS.match(mains[0]) and self.looks_bench(mains[1]):
                group, mains = mains[0], mains[1:]  # "| Science |" over "| GPQA-Diamond |": a category above
            raw = hrows[-1][c].text if c < len(hrows[-1]) else ""
            out.append(Axis(label=" ".join(mains), raw=raw, subs=subs, line=line, group=group))
        return _spread_listed_parts(out)

    def _orientation(self, headers: list[Axis], body: list[list[GridCell]], label_cols: list[int],
                     value_cols: list[int], ctx_bench: str | None) -> tuple[str | None, int | None]:
        h_b = sum(1 for c in value_cols if self.looks_bench(headers[c].label))
        h_m = sum(1 for c in value_cols if self.looks_model(headers[c].label))
        best_b, best_b_col, best_m, best_m_col = 0, None, 0, None
        # a row that links a Hugging Face model names a model: in its label when the label is the link, in the
        # first label column when the link sits in a column of bare "[hf-Link]" / "/" cells
        link_cols = [c for c in label_cols if _links_only([r[c].text for r in body if c < len(r)])]
        name_cols = [c for c in label_cols if c not in link_cols]
        linked = [any(linked_models(r[c].text) for c in link_cols if c < len(r)) for r in body]
        for c in label_cols:
            if c in link_cols:
                continue
            labs = [_header_parts(r[c].text)[0] for r in body if c < len(r)]
            if headers[c].label and _NON_SCORE.search(headers[c].label) and not _MODEL_HEADER.match(
                    headers[c].label) and not (_MODEL_SIZE_HEADER.match(headers[c].label) and _named_column(labs)):
                continue  # a "Parameters" / "Size" column names sizes, not models ("12B" looks like one)
            nb = sum(1 for t in labs if t and self.looks_bench(t))
            nm = sum(1 for r, lk in zip(body, linked, strict=True) if c < len(r) and (t := _header_parts(r[c].text)[0])
                     and (self.looks_model(t) or linked_models(r[c].text) or (lk and name_cols and c == name_cols[0])))
            if nb > best_b:
                best_b, best_b_col = nb, c
            if nm > best_m:
                best_m, best_m_col = nm, c
        first_h = headers[label_cols[0]].label if label_cols else ""
        # a corner naming both axes: "TASK\MODEL" (rows of tasks, columns of models), "Model / Dataset"
        split = re.fullmatch(r"\s*(\w+)\s*[\\/]\s*(\w+)\s*", first_h or "")
        if split and label_cols and all(headers[c].label for c in value_cols):
            rows, cols = (w.lower().rstrip("s") for w in split.groups())
            if rows in ("task", "dataset", "benchmark") and cols in ("model", "method"):
                return "benchmarks-as-rows", label_cols[0]
            if rows in ("model", "method") and cols in ("task", "dataset", "benchmark"):
                return "models-as-rows", label_cols[0]
        # one benchmark per table (named in the heading), rows are modes of the document's own model
        if ctx_bench and self.subject and label_cols:
            labs = [_plain(r[label_cols[0]].text) for r in body if _plain(r[label_cols[0]].text)]
            if labs and all(mode_in(t) and not self.looks_model(t) for t in labs):
                return "mode-rows", label_cols[0]
        # lm-eval style: Task | Version | Metric | Value | ± | Stderr (one model: the document's)
        value_names = [normalize(headers[c].label) for c in value_cols]
        all_names = [normalize(h.label) for h in headers]
        if "value" in value_names and h_m == 0 and h_b == 0 and best_m == 0 and (
                "metric" in all_names or "stderr" in all_names or "version" in all_names):
            return "single-model", best_b_col if best_b_col is not None else (label_cols[0] if label_cols else None)
        # benchmarks as rows under "Score | Raw Score" columns and no model named anywhere in the table: the
        # scores of the model the document is about
        if h_m == 0 and h_b == 0 and best_m == 0 and best_b >= 2 and value_cols and (
                self._doc_model() or code_loaded(self.src.text)) and all(
                _SCORE_HEADER.match(headers[c].label or "") for c in value_cols):
            return "subject-columns", best_b_col
        if best_b == 0 and best_m == 0 and h_m == 0 and h_b == 0 and label_cols and first_h and \
                self.looks_model(first_h) and not self.looks_bench(first_h) and self._rows_name_models(body, label_cols[0]):
            # "| [LLaMA-3B](...) | Bits | Groupsize | Wikitext2 | C4 |" over "FP16", "GPTQ", "**Ours**": the corner's
            # model, made by each row's method
            return "models-as-rows", label_cols[0]
        groups = {headers[c].group for c in value_cols if headers[c].group}
        if best_b == 0 and best_m == 0 and h_m == 0 and label_cols and sum(
                1 for g in groups if self.looks_model(g) and not self.looks_bench(g)) >= 2 and \
                self._rows_name_models(body, label_cols[0]):
            # "| Model | LLaMA-3 8B | | LLaMA-2 7B | |" over "| Method | Zero-shot | Wiki2 | ...": models over groups of
            # columns, methods in the rows (each a model made by that method, named with the group's model)
            return "models-as-rows", label_cols[0]
        a = best_b + h_m
        b = best_m + h_b
        # the column headed "Model" ("| Arch | BaseModel | Model | ATEC |": the first one names the architecture)
        model_hcol = next((c for c in label_cols if _MODEL_HEADER.match(headers[c].label or "")), None)
        if model_hcol is not None:
            b += 1
        if _BENCH_HEADER.match(first_h or ""):
            a += 1
        if ctx_bench and best_b == 0 and h_b == 0:
            if best_m > 0:
                return "models-as-rows", best_m_col
            if h_m > 0:
                return "benchmarks-as-rows", label_cols[-1] if label_cols else None
            if label_cols and _model_corner(first_h):
                # "| 7B Model | En | Sw | ... | Overall |" under "Results on MGSM", "| Model | Average | en | fr |" under
                # "... - XNLI": the header says the rows are models
                return "models-as-rows", label_cols[0]
            if label_cols and self._language_rows and all(headers[c].label for c in value_cols):
                return "benchmarks-as-rows", label_cols[0]  # rows of languages, columns of models (UMSAB)
            return None, None
        if a >= b and a > 0:
            compared = [c for c in value_cols if not _NON_SCORE.search(headers[c].label or "")
                        or _MODEL_COLUMN.fullmatch(_plain(headers[c].label or ""))]  # not "Percentage Increase"
            if h_m == 0 and _BENCH_HEADER.match(first_h or "") and len(compared) >= 2 and label_cols and all(
                    _named_header(headers[c].label) or _MODEL_COLUMN.fullmatch(_plain(headers[c].label or ""))
                    for c in compared) and len({headers[c].label for c in compared}) == len(
                    compared) and h_b == 0:
                # "| Dataset | XLMR | mBERT | Afro-XLMR |" (Serengeti): the corner says the rows are datasets, so the
                # columns, names that are no setting, metric or split, are what the document compares -- unless
                # the rows are models of the document's earlier tables ("| Task | CIFAR10 | DTD |" over "Wukong",
                # "CN-CLIP")
                rows = {normalize(_plain(r[label_cols[0]].text)) for r in body if label_cols[0] < len(r)} - {""}
                if len(rows & self._models_seen) >= 2 and not any(
                        normalize(headers[c].label) in self._models_seen for c in compared):
                    return "models-as-rows", label_cols[0]
                return "benchmarks-as-rows", label_cols[0]
            if h_m == 0:
                return None, None  # rows of benchmarks but no model columns (an ablation, a settings table)
            if best_b_col is None:
                textual = [c for c in label_cols if sum(
                    1 for r in body if c < len(r) and (parse_cell(r[c].text).reason or "").startswith("not a score"))
                    <= len(body) / 2]
                # not a column of attributes ("| Dataset | Metric | FinMA | ChatGPT |": the metric qualifies the row)
                named = [c for c in textual if not any(rx.match(headers[c].label or "") for rx in _LABEL_HEADERS.values())]
                # "| Corpus | Entity Type | BENT | ... |": the column the header says holds the datasets
                said = [c for c in named if _BENCH_HEADER.match(headers[c].label or "") or re.fullmatch(
                    r"corpus|corpora", headers[c].label or "", re.I)]
                best_b_col = (said or named or textual or label_cols or [None])[-1]
            return ("benchmarks-as-rows", best_b_col) if best_b_col is not None else (None, None)
        if b > a:
            if best_m == 0 and model_hcol is not None and h_m == 0 and all(headers[c].label for c in value_cols) \
                    and (self._rows_name_models(body, model_hcol, distinct=True) or (
                        self._rows_name_models(body, model_hcol) and _rows_distinct(body, label_cols)) or
                         self._seen_model_row(body, model_hcol, [headers[c].label for c in value_cols])):
                # "| Model | TC | STS | NLI |" (KLUE): the header says the rows are models, though none is known
                return "models-as-rows", model_hcol
            if best_m == 0 and h_m == 0 and h_b >= 2 and label_cols and _METHOD_HEADER.fullmatch(first_h or "") \
                    and self._rows_name_models(body, label_cols[0], distinct=True, ablation=True):
                # "| PEFT Method | ARC-e | ARC-c | BoolQ |" over "LoRA", "DoRA", "MixLoRA": each row a model trained
                # with that method (not an ablation's "w/o X" / "+ Y" rows)
                return "models-as-rows", label_cols[0]
            if best_m == 0 or (h_b == 0 and not all(headers[c].label for c in value_cols)):
                return None, None  # columns of benchmarks but the rows are not models (methods, stages)
            first = label_cols[0]
            firsts = [_plain(r[first].text) for r in body if first < len(r) and _plain(r[first].text)]
            if best_m_col != first and re.match(r"^(models?|methods?|model\s*name|names?)$", first_h or "", re.I) and \
                    not _MODEL_HEADER.match(headers[best_m_col].label or "") and any(
                    self.looks_model(t) for t in firsts) and len(set(firsts)) >= 0.8 * len(firsts):
                # "| Method | Vision Encoder | Language Model | MME |": the rows' models are in the Method
                # column; the others name their parts ("ViT-g (1.3B)", "Vicuna (7B)"). Not when the first
                # column repeats a few values ("llama", "seq_to_seq"): model types beside a column of names
                return "models-as-rows", first
            named = [c for c in label_cols if c != best_m_col and (re.fullmatch(
                r"models?|model\s*name", _plain(headers[c].label or ""), re.I) or re.fullmatch(_CJK_MODEL, _plain(
                    headers[c].label or "")))]
            if named and _PART_HEADER.fullmatch(_plain(headers[best_m_col].label or "")):
                # "| LLM | Model | Avg |" (Eagle), "| 模型 (2 columns) | 语言模型基座 |" (VisCPM): the rows' models are in
                # the Model column (of two, the one with more names); the LLM column names what each is built on
                return "models-as-rows", max(named, key=lambda c: len({_plain(r[c].text) for r in body if c < len(r)}))
            return "models-as-rows", best_m_col
        return None, None

    def _rows_name_models(self, body: list[list[GridCell]], col: int, *, distinct: bool = False,
                          ablation: bool = False) -> bool:
        """Whether a label column names two rows or more, none a benchmark or an average (``distinct``: all
        different; ``ablation``: none an ablation's "w/o X", "+ Y" or "(...)"): rows of models the header vouches for."""
        names = [_plain(r[col].text) for r in body if col < len(r) and _plain(r[col].text)]
        return len(names) >= 2 and (not distinct or len(set(names)) == len(names)) and not any(
            self.looks_bench(t) or _AGGREGATE.match(t) or (ablation and re.match(r"(?:w/o?\b|[-+–]|\(|without\b|with\b)", t, re.I))
            for t in names)

    def _caption_model(self, grid: Grid) -> str | None:
        """The longest model of the document's earlier tables that the table's caption names, as written there."""
        text = _plain(f"{grid.caption or ''} {grid.lead or ''} {grid.below or ''}")
        best = None
        for m in re.finditer(r"(?<![\w-])(?=([A-Z][\w.+-]*(?:\s+[\w.+-]+){0,4}))", text):  # every start
            words = m.group(1).split()
            for n in range(len(words), 0, -1):
                cand = " ".join(words[:n])
                if normalize(cand) in self._models_seen and (best is None or len(cand) > len(best)):
                    best = cand
                    break
        return best

    def _seen_model_row(self, body: list[list[GridCell]], col: int, columns: list[str]) -> bool:
        """One row under a "Model" header, a variant of a model of the document's earlier tables, over columns
        those tables scored ("PP-MiniLM 裁剪后" under "| Model | AFQMC | TNEWS |" after a table of PP-MiniLM)."""
        if len(body) != 1 or col >= len(body[0]):
            return False
        name = normalize(_plain(body[0][col].text))
        return any(len(m) >= 4 and name.startswith(m) for m in self._models_seen) and sum(
            1 for t in columns if normalize(t) in self._benches_seen) >= 2

    # -- attribute columns --------------------------------------------------------------------------------
    def _attr_kind(self, header: str, cells: list[str]) -> str:
        h = _plain(header)
        filled = [t for t in cells if t]
        langs = sum(1 for t in set(filled) if normalize(t) in _LANGUAGES)
        if langs >= 2 and langs >= 0.75 * len(set(filled)):  # not "English / Code / Math / Chinese" areas
            return "subset"  # a column of languages (SmolLM3: French, Spanish, ...)
        for kind, rx in _LABEL_HEADERS.items():
            if rx.match(h):
                return kind
        if h and filled and all(t.lower() in _YES or t.lower() in _NO for t in filled):
            return "flag"  # "| w/ reference? |" of ❎ and ✅: a condition each row was run under
        if filled and all(parse_qualifier(t)[0] and not parse_qualifier(t)[1] for t in filled):
            return "setting"
        return "category"

    @staticmethod
    def _parts_of_one_label(attr: dict[int, str], body: list[list[GridCell]], key_col: int) -> None:
        """A column of words that takes two values under one benchmark ("MedMentions | Chemical", then " |
        Disease": a blank label continues the one above) names its parts, not its category: make it a subset."""
        keys: list[str] = []
        last = ""
        for r in body:
            last = (_plain(r[key_col].text) if key_col < len(r) else "") or last
            keys.append(last)
        for c, kind in list(attr.items()):
            if kind != "category":
                continue
            seen: dict[str, set[str]] = {}
            for k, r in zip(keys, body, strict=True):
                v = _plain(r[c].text) if c < len(r) else ""
                if k and v:
                    seen.setdefault(k, set()).add(v)
            if any(len(v) >= 2 for v in seen.values()):
                attr[c] = "subset"

    def _score_columns(self, index: int, headers: list[Axis], body: list[list[GridCell]], header_n: int,
                       value_cols: list[int], res: TableResult, *, models_in_columns: bool = False) -> list[int]:
        """The value columns less those of differences, ranks or sizes ("Δ", "Rank", "#Params"), whose cells
        are counted as skipped. With ``models_in_columns``, a "Base model" column of numbers is a model's."""
        other = [c for c in value_cols if headers[c].label and _NON_SCORE.search(headers[c].label)
                 and not _BETTER.search(headers[c].label)  # "Precision↑": a metric, higher is better
                 and not (models_in_columns and _MODEL_COLUMN.fullmatch(_plain(headers[c].label)))
                 and not resolve_model(headers[c].label, catalog=self.cat).id
                 and not self._percent_column(body, c, headers[c].label)]
        heads = [headers[c].label or "" for c in value_cols]
        other += [c for c in value_cols if c not in other and _numbering_or_count(headers[c].label, body, c, heads)]
        for r_off, row in enumerate(body):
            for c in other:
                if c < len(row) and _plain(row[c].text):
                    res.skipped.append(Skip(index, header_n + r_off, c, row[c].line, row[c].text,
                                            f"not a score column: {headers[c].label!r}"))
        return [c for c in value_cols if c not in other]

    # -- benchmarks as rows ---------------------------------------------------------------------------
    def _bench_rows(self, grid: Grid, index: int, headers: list[Axis], body: list[list[GridCell]], header_n: int,
                    label_cols: list[int], value_cols: list[int], key_col: int | None, res: TableResult) -> None:
        assert key_col is not None
        value_cols = self._score_columns(index, headers, body, header_n, value_cols, res, models_in_columns=True)
        attr = {c: self._attr_kind(headers[c].label, [_plain(r[c].text) for r in body])
                for c in label_cols if c != key_col and (not _NON_SCORE.search(headers[c].label or "") or
                                                         _LABEL_HEADERS["config"].match(headers[c].label or ""))}
        self._parts_of_one_label(attr, body, key_col)
        ctx_mode = _context_mode(grid, self.src.document.title)
        ctx_base = _context_base(grid, self.all_headings, self.src.document.title)
        self._own_variants = self._own_variant_columns([headers[c] for c in value_cols])
        section: str | None = None
        section_mode: str | None = None
        carried: dict[int, str] = {}
        col_modes: dict[int, str] = {}
        last_label = ""
        paren_se = any(re.search(r"\bSE\b|std\.?\s*err", " ".join(headers[c].subs + [headers[c].label]))
                       for c in value_cols)
        described = self._description_rows(body, key_col)
        # "| sparsity | ppl | llama2-7b | llama2-13b |" over "| 2:4 | wanda | 11.02 | 8.27 |": the corner names the
        # metric (the only score of the table), the rows the methods applied to each column's model
        corner = _plain(headers[key_col].label or "")
        method_rows = bool(_METRIC_NAME.fullmatch(corner)) and not self.ctx_bench and \
            self._rows_name_models(body, key_col) and sum(1 for c in value_cols if self.looks_model(headers[c].label)) >= 2
        for r_off, row in enumerate(body):
            r = header_n + r_off
            if r_off in described:
                # "Competition-level math | maj@64 | 18/40" under "**AMC 2023** | 0-shot | 11/40": the line
                # describing the benchmark above, with its scores under another setting (or none: no section)
                if not any(_plain(row[c].text) for c in value_cols) or not last_label:
                    continue
                row = [replace(cell, text=last_label) if i == key_col else cell
                       for i, cell in enumerate(row)]
            sec = _is_section_row(row, label_cols, value_cols)
            if sec is not None:
                section = strip_mode_words(sec) or sec
                section_mode = mode_in(sec)
                continue
            label_raw = row[key_col].text
            label = _plain(label_raw)
            attrs: dict[str, str] = {}
            for c, kind in attr.items():
                t = _plain(row[c].text)
                if kind in ("category", "subset"):
                    if t:
                        carried[c] = t
                    t = carried.get(c, "")
                elif kind in _NAMED_KINDS and t and (kind == "flag" or not parse_cell(row[c].text).missing):
                    t = f"{_plain(headers[c].label).lower()}={t}"  # "sparsity=2:4", as in _model_rows
                if t:
                    attrs[kind] = t
            if label and mode_in(label) and not any(parse_cell(row[c].text).values for c in value_cols):
                # a row of thinking budgets ("Extended Thinking | 80K | 40K"): those columns ran in that mode
                for c in value_cols:
                    cell_c = parse_cell(row[c].text)
                    if not cell_c.missing:
                        col_modes[c] = mode_in(label)  # type: ignore[assignment]
                        res.skipped.append(Skip(index, r, c, row[c].line, row[c].text,
                                                f"not a score row: {label!r} (sets the column's mode)"))
                continue
            row_attrs_raw = {kind: _plain(row[c].text) for c, kind in attr.items()}
            row_average = any(_AGGREGATE_WORD.match(v) for v in row_attrs_raw.values() if v)
            if row_average and not label:
                # "**Average** | | 69.2 | 61.3": the table's average, its word in the category column
                label_raw = label = next(v for v in row_attrs_raw.values() if v and _AGGREGATE_WORD.match(v))
                attrs = {}
            if not label:
                new_cat = any(v for k, v in row_attrs_raw.items() if k == "category")
                if any(_plain(row[c].text) for c in value_cols) and last_label and not new_cat:
                    label_raw, label = last_label, _plain(last_label)  # continuation row (kimi: Setting column)
                else:
                    continue
            else:
                last_label = label_raw
            if _NON_SCORE.search(label):
                for c in value_cols:
                    if _plain(row[c].text):
                        res.skipped.append(Skip(index, r, c, row[c].line, row[c].text, f"not a score row: {label!r}"))
                continue
            if (_AGGREGATE.match(label) and not self.ctx_bench and not self.looks_bench(label)) or (
                    self._category_rows and not self.looks_bench(label)):
                # an average over the table's benchmarks (or a category's): kept as printed, as its own unresolved
                # label, never compared (it is not a benchmark)
                attrs = {**attrs, "aggregate": self._aggregate_scope(index, section)}
            elif row_average:
                # "IFEval | Average" below "IFEval | Prompt, Strict": the mean of the rows above, kept as printed
                # and never compared (what it averages is the document's choice)
                attrs = {k: v for k, v in attrs.items() if not (v and _AGGREGATE_WORD.match(v))}
                attrs["aggregate"] = f"{label} rows of " + self._aggregate_scope(index, section)
            labels = self._stack(label_raw, [row[c].text for c in value_cols])
            for k, (blabel, cell_texts) in enumerate(labels):
                cat_attr = attrs.get("category")
                category = (strip_mode_words(cat_attr) if cat_attr else None) or section
                mode = section_mode or mode_in(cat_attr) or mode_in(attrs.get("setting")) or ctx_mode
                if self.ctx_bench and (not self.looks_bench(blabel) or self._part_of_ctx(blabel)):
                    attrs = {**attrs, "subset": blabel}
                    blabel = self.ctx_bench
                for c, text in zip(value_cols, cell_texts, strict=True):
                    h = headers[c]
                    if not h.label and _plain(text):
                        res.skipped.append(Skip(index, r, c, row[c].line, text, "a cell under no column header"))
                        continue
                    self._emit(res, index, r, c, row[c].line, text, bench_label=corner if method_rows else blabel,
                               bench_attrs=attrs, model_axis=replace(h, label=f"{h.label} {blabel}") if method_rows else h,
                               mode=col_modes.get(c) or mode, base=ctx_base, category=category, paren_se=paren_se,
                               stack_index=k if len(labels) > 1 else None,
                               raw_label=label_raw if len(labels) == 1 else None)

    def _description_rows(self, body: list[list[GridCell]], key_col: int) -> set[int]:
        """Rows that describe the bold benchmark row above them (NuminaMath: "**AMC 2023**" then
        "Competition-level math"): only when every plain row follows a bold one and names no benchmark."""
        def bold(row: list[GridCell]) -> bool:
            t = row[key_col].text.strip() if key_col < len(row) else ""
            return bool(re.fullmatch(r"(\*\*|__)(?:(?!\1).)+\1|<(b|strong)>.*</\2>", t, re.I | re.S))

        flags = [bold(row) for row in body]
        if sum(flags) < 2 or all(flags):
            return set()
        out = set()
        for i, row in enumerate(body):
            if flags[i]:
                continue
            label = _plain(row[key_col].text) if key_col < len(row) else ""
            if i == 0 or not flags[i - 1] or not label or self.looks_bench(label) or _AGGREGATE.match(label):
                return set()
            out.add(i)
        # (bold and plain rows in turn; one plain row after many bold ones, "*All lang.*" below bold languages,
        # is a row of its own)
        return out if 2 * len(out) >= sum(flags) else set()

    def _stack(self, label_raw: str, texts: list[str]) -> list[tuple[str, list[str]]]:
        """``<br>``-stacked labels zipped with ``<br>``-stacked values (hunyuan)."""
        parts = [p for p in re.split(r"<br\s*/?>", label_raw, flags=re.I) if _plain(p)]
        if len(parts) > 1:
            split = [[p for p in re.split(r"<br\s*/?>", t, flags=re.I)] for t in texts]
            if all(len(s) == len(parts) or not _plain(t) for s, t in zip(split, texts, strict=True)):
                return [(_plain(parts[k]), [s[k] if len(s) == len(parts) else "" for s in split])
                        for k in range(len(parts))]
        return [(_plain(label_raw), texts)]

    # -- models as rows -------------------------------------------------------------------------------
    def _model_rows(self, grid: Grid, index: int, headers: list[Axis], body: list[list[GridCell]], header_n: int,
                    label_cols: list[int], value_cols: list[int], key_col: int | None, res: TableResult) -> None:
        assert key_col is not None
        value_cols = self._score_columns(index, headers, body, header_n, value_cols, res, models_in_columns=True)
        # "| LLM | Model |": the language model each row's model is built on, part of the model's name when a
        # model is named on several rows with different parts ("Mini-Gemini-HD" on Llama 3-8B, on Vicuna-13B)
        part_col = next((c for c in label_cols if c != key_col and _PART_HEADER.fullmatch(_plain(headers[c].label or ""))),
                        None)
        if part_col is not None and not _names_differ_by(body, key_col, part_col):
            part_col = None
        attr = {c: self._attr_kind(headers[c].label, [_plain(r[c].text) for r in body])
                for c in label_cols if c not in (key_col, part_col) and (not _NON_SCORE.search(headers[c].label or "") or
                                                                         _LABEL_HEADERS["config"].match(headers[c].label or ""))}
        ctx_mode = _context_mode(grid, self.src.document.title)
        ctx_base = _context_base(grid, self.all_headings, self.src.document.title)
        part = ""
        all_metrics = all(_is_metric(headers[c].label) for c in value_cols)
        # a Size column: a model named in several rows at different sizes is several models
        size_col = next((c for c in label_cols if c != key_col and _SIZE_COLUMN.fullmatch(_plain(headers[c].label or ""))),
                        None)
        sizes = _values_by_name(body, key_col, size_col) if size_col is not None else {}
        carried_raw, carried_model, size_here = "", ("", []), ""
        corner = _plain(headers[key_col].label or "")
        corner_model = corner if corner and not _MODEL_HEADER.match(corner) and not _model_corner(corner) and \
            self.looks_model(corner) and not self.looks_bench(corner) else ""
        section = None
        section_mode = None
        paren_se = False
        last_model = ""
        size_m = _SIZED_MODEL_HEADER.match(headers[key_col].label or "")
        for r_off, row in enumerate(body):
            r = header_n + r_off
            sec = _is_section_row(row, label_cols, value_cols)
            if sec is not None:
                section = strip_mode_words(sec) or sec
                section_mode = mode_in(sec)
                low = sec.lower()
                if _BASE.search(low):
                    ctx_base = True
                continue
            mlabel_raw = row[key_col].text
            main, subs = _header_parts(mlabel_raw)
            if not main and carried_model and any(_plain(row[c].text) for c in label_cols if c != key_col and c < len(row)) \
                    and any(parse_cell(row[c].text).values for c in value_cols if c < len(row)):
                # "| **GPT-2** | 0.1B | 1 | 5.64 |" then "| | | 5 | 13.81 |": the model above, another setting
                mlabel_raw, (main, subs) = carried_raw, carried_model
                continued = True
            else:
                continued = False
                if main:
                    carried_raw, carried_model = mlabel_raw, (main, subs)
            if size_col is not None and main:
                size = _plain(row[size_col].text) if size_col < len(row) else ""
                size = size if size and not parse_cell(size).missing else (size_here if continued else "")
                size_here = size
                if size and len(sizes.get(main, ())) > 1:
                    main = f"{main} ({size})"  # "GPT-2" at 0.1B and at 1.5B in one table: two models
            if size_m and main and not re.search(r"\d+(\.\d+)?\s*[BM]\b", main, re.I):
                main = f"{main} ({size_m.group(1)})"  # "MathOctopusC" in the "7B Model" column
            if corner_model and main and not self.looks_model(main):
                # "GPTQ" under a "LLaMA-3B" corner: LLaMA-3B quantized by GPTQ ("Ours (LLaMA-3B)": the authors')
                main = f"{main} ({corner_model})" if _OURS.search(main) else f"{corner_model} {main}"
            if part_col is not None and part_col < len(row):
                part = _plain(row[part_col].text) or part  # a blank cell continues the one above (Markdown)
                if main and part:
                    main = f"{main} ({part})"  # "Mini-Gemini-HD" on Llama 3-8B, on Vicuna-13B, ...
            if not main:
                continue
            if _CHANCE.search(_plain(main)) or _COUNT_ROW.match(_plain(main)):
                why = "chance baseline, not a model" if _CHANCE.search(_plain(main)) else "item counts, not a model"
                for c in value_cols:
                    if c < len(row) and _plain(row[c].text):
                        res.skipped.append(Skip(index, r, c, row[c].line, row[c].text, why))
                continue
            if (re.match(r"^(?:\+|[-–]\s)\s*\S", main) or re.fullmatch(r"\(\s*[^()]+\)", main)) and last_model:
                # "+SFT" under "OLMo-7B (0724)", "- SFT" under "Mistral-7B", "(LoRA)" under "Baichuan-13B-Chat": that
                # model after a training stage
                main = f"{last_model} {main}"
            else:
                last_model = main
            attrs = {kind: _plain(row[c].text) for c, kind in attr.items()
                     if _plain(row[c].text) and kind not in _NAMED_KINDS}
            for c, kind in attr.items():
                # a "Revision" count ("5"), a yes/no mark ("✅" under "w/ reference?"), "| Bits | Groupsize |": kept
                # under its header's name ("bits=2;groupsize=8")
                t = _plain(row[c].text)
                if kind in _NAMED_KINDS and t and (kind == "flag" or not parse_cell(row[c].text).missing):
                    named = f"{_plain(headers[c].label).lower()}={t}"
                    attrs[kind] = f"{attrs[kind]};{named}" if kind in attrs else named
            model_axis = Axis(label=main, raw=mlabel_raw, subs=subs, line=row[key_col].line, group=section)
            # "| Mistral Base 7B SimPO | [princeton-nlp/Mistral-7B-Base-SFT-SimPO](https://huggingface.co/...) |"
            self._row_own = (bool(self.publisher) and any(
                self._is_publisher_org(org) for c in label_cols if c < len(row)
                for org, _ in linked_models(row[c].text))) or any(
                # "| Deepseek-7B | Our-PRM@1024 |": another lab's generator with the authors' method
                _OURS.search(_plain(row[c].text)) for c in label_cols if c != key_col and c < len(row))
            for c in value_cols:
                h = headers[c]
                hlabel = h.label
                blabel = " ".join([hlabel, *(s if re.fullmatch(r"\(.*\)", s) else f"({s})" for s in h.subs)]) if h.subs else hlabel
                axis_here = model_axis
                cattrs = dict(attrs)
                outer = h.group if h.group and not mode_in(h.group) and self.looks_bench(h.group) else self.ctx_bench
                cat_here = section or (strip_mode_words(attrs["category"]) if attrs.get("category") else None)
                if section and _QUANT_CONFIG.fullmatch(section):
                    cattrs.setdefault("setting", section)  # "*W4A4KV16*" rows: the precision the models run at
                    cat_here = None
                if _OUTCOME.match(hlabel) and (section or outer):
                    # "| A vs B | Win | Tie | Fail |" under a section row naming the evaluation: the outcome of a
                    # pairwise comparison on that evaluation
                    cattrs["metric"] = hlabel.lower()
                    blabel = section or outer or blabel
                    if blabel == section:
                        cat_here = None
                elif outer and (not self.looks_bench(blabel) or (outer == self.ctx_bench and not h.group and
                                                              self._part_of_ctx(blabel))) and not _NON_SCORE.search(hlabel):
                    if _AGGREGATE.match(hlabel) or _PLAIN_SCORE_HEADER.match(hlabel):
                        # "Avg." over the lengths under "RULER", over the subjects of C-Eval, a lone "Score"
                        # column: the benchmark's own score; a qualifier after it ("Avg (Hard)") names the subset
                        _, quals = split_qualifiers(hlabel)
                        blabel = outer + "".join(f" ({q})" for q in quals)
                    else:
                        # "Easy" spanning "F1 | Acc" under a HotpotQA heading: the group is part of the subset
                        grp = h.group if h.group and h.group != outer and not mode_in(h.group) else None
                        if not grp and all_metrics:
                            # "| MAP | F1-Score | BERTScore |" under "## Question Answering Task": metrics
                            cattrs["metric"] = _UNIT_SUFFIX.sub("", hlabel).lower()
                        else:
                            cattrs["subset"] = f"{grp} {hlabel}" if grp else hlabel
                        # the header's sub-lines stay settings: "Text-103<br>Best Pass@1" beside
                        # "Text-103<br>Pass@1 (Avg@8)" under a GAIA heading
                        blabel = outer + blabel[len(hlabel):] if blabel.startswith(hlabel) else outer
                elif (_AGGREGATE.match(hlabel) or (_CATEGORY_WORDS.match(hlabel) and len(hlabel.split()) > 1)) and \
                        not _NON_SCORE.search(blabel) and not self.looks_bench(blabel):
                    # "Average", or a category's average ("Common-sense Reasoning", "Math & Code")
                    cattrs["aggregate"] = self._aggregate_scope(index, section)  # kept, never compared
                    if h.group and not mode_in(h.group) and _AGGREGATE.match(hlabel):
                        blabel = f"{h.group} {blabel}"  # "AVG" under "HumanEval-Decompile"
                elif (_NON_SCORE.search(hlabel) or _NON_SCORE.search(blabel) or _NON_SCORE.search(
                        self._legend.get(hlabel, ""))) and not self._percent_column(
                        body, c, hlabel) and not _BETTER.search(hlabel):  # "Average (Sparsity)"; a "Date" column of percentages is a score
                    if _plain(row[c].text):
                        res.skipped.append(Skip(index, r, c, row[c].line, row[c].text,
                                                f"not a score column: {hlabel!r}"))
                    continue
                elif h.group and not mode_in(h.group) and _qualifier_only(h.group):
                    blabel = f"{blabel} ({h.group})"  # "GSM8K | MATH" under "majority@50": a way of scoring them
                elif h.group and not mode_in(h.group) and self.looks_model(h.group) and not self.looks_bench(h.group) \
                        and not self.looks_model(main):
                    # "| Method | LLaMA-3 8B (Zero-shot, Wiki2) | LLaMA-2 7B (...) |" over "RTN", "GPTQ", "SpinQuant": each
                    # column group a model, each row a method applied to it
                    axis_here = replace(model_axis, label=f"{h.group} {main}")
                elif h.group and not mode_in(h.group) and not self.looks_bench(blabel):
                    blabel = f"{h.group} {blabel}"
                mode_here = section_mode or mode_in(attrs.get("category")) or mode_in(h.group) or ctx_mode
                self._emit(res, index, r, c, row[c].line, row[c].text, bench_label=blabel, bench_attrs=cattrs,
                           raw_label=h.raw,
                           model_axis=axis_here, mode=mode_here, base=ctx_base,
                           category=cat_here, paren_se=paren_se or bool(re.search(r"\bSE\b", " ".join([h.label, *h.subs]))))
        self._row_own = False

    # -- one benchmark (heading), rows are modes of the document's model -------------------------------
    def _mode_rows(self, grid: Grid, index: int, headers: list[Axis], body: list[list[GridCell]], header_n: int,
                   label_cols: list[int], value_cols: list[int], key_col: int | None, res: TableResult) -> None:
        assert key_col is not None and self.ctx_bench and self.subject
        for r_off, row in enumerate(body):
            r = header_n + r_off
            mode = mode_in(_plain(row[key_col].text))
            for c in value_cols:
                metric = headers[c].label
                self._emit(res, index, r, c, row[c].line, row[c].text, bench_label=self.ctx_bench,
                           bench_attrs={"metric": metric} if metric else {},
                           model_axis=Axis(self.subject, self.subject, [], row[c].line), mode=mode,
                           base=None, category=None, paren_se=False)

    # -- one model, rows of tasks (lm-eval output) ------------------------------------------------------
    @staticmethod
    def _percent_column(body: list[list[GridCell]], c: int, header: str) -> bool:
        """Every filled cell a percentage, under a header that is not itself about a share ("% of total")."""
        if "%" in header or re.search(r"share|ratio|rate|sparsity|percent|proportion|weight|mix", header, re.I):
            return False
        cells = [_plain(r[c].text) for r in body if c < len(r) and _plain(r[c].text)]
        if len(cells) >= 2 and all(re.fullmatch(r"[-+]?\d+(\.\d+)?\s*%", t) for t in cells):
            return True
        # a "date" category of an SQL benchmark (96, 91.4) rather than release dates (2024-02, "Feb 2024")
        return bool(re.fullmatch(r"dates?", header.strip(), re.I)) and len(cells) >= 2 and all(
            re.fullmatch(r"\d{1,2}(\.\d+)?|100(\.0+)?", t) for t in cells)

    def _doc_model(self) -> str | None:
        """The model the document is about, as written: the subject, or a short title's head ("K2: a fully
        reproducible ..." -> "K2")."""
        if self.subject:
            return _MODEL_CARD.sub("", self.subject) or self.subject
        title = _MODEL_CARD.sub("", self.src.document.title or "")
        head = TITLE_SPLIT.split(title, maxsplit=1)[0].strip()
        ok = head and len(head.split()) <= 3 and re.search(r"\d", head) and not _NON_SCORE.search(head)
        return head if ok else None

    def _subject_columns(self, grid: Grid, index: int, headers: list[Axis], body: list[list[GridCell]],
                         header_n: int, value_cols: list[int], key_col: int | None, res: TableResult) -> None:
        """Benchmarks as rows, one column per way of scoring ("Score", "Raw Score"), for the document's model."""
        assert key_col is not None
        subject = self._model_heading(grid) or self._caption_model(grid) or self._doc_model() or self._table_subject(grid)
        mode = _context_mode(grid, self.src.document.title)
        base = _context_base(grid, self.all_headings, self.src.document.title)
        for r_off, row in enumerate(body):
            r = header_n + r_off
            label_raw = row[key_col].text if key_col < len(row) else ""
            label = _plain(label_raw)
            if not label:
                continue
            for c in value_cols:
                if c >= len(row) or not _plain(row[c].text):
                    continue
                attrs: dict[str, str] = {}
                h = headers[c].label or ""
                if not _PLAIN_SCORE_HEADER.match(h):
                    attrs["metric"] = h
                if _AGGREGATE.match(label) and not self.looks_bench(label):
                    attrs["aggregate"] = self._aggregate_scope(index, None)
                self._emit(res, index, r, c, row[c].line, row[c].text, bench_label=label, bench_attrs=attrs,
                           model_axis=Axis(subject, subject, [], row[c].line), mode=mode, base=base, category=None,
                           paren_se=False, raw_label=label_raw)

    def _single_model(self, grid: Grid, index: int, headers: list[Axis], body: list[list[GridCell]], header_n: int,
                      label_cols: list[int], value_cols: list[int], key_col: int | None, res: TableResult) -> None:
        names = [normalize(h.label) for h in headers]
        vcol = names.index("value")
        se_col = next((c for c, n in enumerate(names) if n in ("stderr", "se")), None)
        metric_col = next((c for c, n in enumerate(names) if n == "metric"), None)
        task_col = key_col if key_col is not None else 0
        subject = self.subject or self._table_subject(grid)
        last = ""
        for r_off, row in enumerate(body):
            r = header_n + r_off
            task = _plain(row[task_col].text) or last
            last = task
            if not task or not _plain(row[vcol].text):
                continue
            attrs = {}
            if _AGGREGATE.match(task) and not self.looks_bench(task):
                # "Avg." over the table's benchmarks: kept as printed, as its own label, never compared
                attrs["aggregate"] = self._aggregate_scope(index, None)
            if metric_col is not None and metric_col != task_col and _plain(row[metric_col].text):
                attrs["metric"] = _plain(row[metric_col].text)
            text = row[vcol].text
            if se_col is not None and _plain(row[se_col].text):
                text = f"{_plain(text)} ± {_plain(row[se_col].text)}"
            self._emit(res, index, r, vcol, row[vcol].line, text, bench_label=task, bench_attrs=attrs,
                       model_axis=Axis(subject, subject, [], row[vcol].line), mode=_context_mode(grid, self.src.document.title),
                       base=_context_base(grid, self.all_headings, self.src.document.title), category=None, paren_se=False)

    def _subject_row(self, grid: Grid, index: int, headers: list[Axis], row: list[GridCell], header_n: int,
                     value_cols: list[int], subject: str, res: TableResult) -> None:
        """One row of scores under benchmark headers, no model named: the scores of the card's model."""
        axis = Axis(subject, subject, [], row[0].line if row else grid.line)
        for c in value_cols:
            if c >= len(row) or not _plain(row[c].text):
                continue
            h = headers[c]
            blabel = " ".join([h.label, *(f"({x})" for x in h.subs)]) if h.subs else h.label
            attrs = {"aggregate": self._aggregate_scope(index, None)} if _AGGREGATE.match(h.label) and not \
                self.looks_bench(h.label) else {}
            self._emit(res, index, header_n, c, row[c].line, row[c].text, bench_label=blabel, bench_attrs=attrs,
                       raw_label=h.raw, model_axis=axis, mode=_context_mode(grid, self.src.document.title),
                       base=_context_base(grid, self.all_headings, self.src.document.title), category=None,
                       paren_se=False)

    def _titled(self, name: str | None) -> str | None:
        """``name`` unless it is the file's name (a document with no title is named after its file)."""
        return None if name == Path(self.src.path).name else name

    def _listed_model_above(self, grid: Grid) -> str | None:
        """The model a list item names by its link when the table is indented under that item: "- **[acme-7b]
        (https://huggingface.co/org/acme-7b) 2023.11.01**" over "    | Average | ARC | ..."."""
        lines = self.src.lines
        if not (0 < grid.line <= len(lines)) or not re.match(r"[ \t]+\|", lines[grid.line - 1]):
            return None
        for ln in reversed(lines[max(0, grid.line - 13):grid.line - 1]):
            if re.match(r"\s*(#|\|)", ln):
                return None  # a heading or another table comes first
            m = _LISTED_MODEL.match(ln)
            if m:
                return _plain(m.group(1))
        return None

    def _table_subject(self, grid: Grid) -> str:
        """The model of a one-model table when the title names none: the Open LLM Leaderboard's details link
        above it ("details_EleutherAI__gpt-neox-20b"), else the model the card's code loads, else the title."""
        title = _MODEL_CARD.sub("", self.src.document.title or "").strip()
        if self._titled(title) and not re.fullmatch(
                r"model\s+(?:overview|card|details|summary|description|information)", title, re.I):
            return title  # (not "Model Overview": a section title, no model's name)
        above = "\n".join(self.src.lines[max(0, grid.line - 8):grid.line])
        m = re.search(r"details_([A-Za-z0-9_.-]+?)__([A-Za-z0-9_.-]+)", above)
        if m:
            return m.group(2)
        loaded = code_loaded(self.src.text)
        return loaded[0][1] if loaded else title

    # -- one cell -------------------------------------------------------------------------------------------
    def _emit(self, res: TableResult, index: int, r: int, c: int, line: int, text: str, *, bench_label: str,
              bench_attrs: dict[str, str], model_axis: Axis, mode: str | None, base: bool | None,
              category: str | None, paren_se: bool, stack_index: int | None = None,
              raw_label: str | None = None, whole_text: str | None = None) -> None:
        if not _plain(text):
            return
        cell = parse_cell(text, paren_means="se" if paren_se else None)
        if cell.missing:
            return
        if not cell.values:
            res.skipped.append(Skip(index, r, c, line, text, cell.reason or "no number"))
            return
        names = _slash_models(model_axis.label, len(cell.values))
        if names and whole_text is None and all(v.part is not None for v in cell.values) and \
                self._parts(bench_label, len(cell.values)) is None:
            # "Kimi K2 Thinking / K2.5" over "41.5* / 60.6": one number per model named in the header
            for name, part in zip(names, re.split(r"\s*/\s*", _plain(text)), strict=True):
                self._emit(res, index, r, c, line, part, bench_label=bench_label, bench_attrs=bench_attrs,
                           model_axis=replace(model_axis, label=name), mode=mode, base=base, category=category,
                           paren_se=paren_se, stack_index=stack_index, raw_label=raw_label, whole_text=text)
            return
        # the model: header main label, its sub-lines (mode, qualifiers) and a spanning group header
        mlabel = model_axis.label
        sub_mode = next((mode_in(s) for s in model_axis.subs if mode_in(s)), None)
        group_mode = mode_in(model_axis.group)
        group_base = bool(model_axis.group and _BASE.search(model_axis.group))
        m_mode = sub_mode or group_mode or mode
        if self.profile and self.profile.mode and not m_mode:
            m_mode = self.profile.mode
        base_ctx = True if (base or group_base) else base
        model_res = None
        subs_in_name = False
        non_mode_subs = [x for x in model_axis.subs if not mode_in(x)]
        if non_mode_subs:
            # a sub-line may be part of the model's name ("Seed-OSS-36B-Base (w/ syn.)")
            joined = " ".join([mlabel, *model_axis.subs])
            alt = self.res_model(joined, m_mode, base_ctx)
            if alt.id:
                model_res, subs_in_name = alt, True
        if model_res is None:
            model_res = self.res_model(mlabel, m_mode, base_ctx)
        if not model_res.id and non_mode_subs and all(_SIZE_SUBLINE.match(x) for x in non_mode_subs):
            # "XGLM <br>1.7B", "ChatBaker-PLM <br>1.3B ko-en": a model the catalog does not know, its size (and
            # variant) on a line of its own, part of its name (two sizes are two models)
            mlabel = " ".join([mlabel, *non_mode_subs])
            subs_in_name = True
        setting: dict[str, Any] = {}
        notes: list[str] = []
        if model_res.id:
            setting.update(model_res.setting)
            if model_res.note:
                notes.append(f"model: {model_res.note}" if "profile" not in (model_res.note or "") else model_res.note)
            if model_res.note == "document alias" and self.profile:
                notes.append(self.profile.note_for(mlabel))
        else:
            if model_res.status == "ambiguous":
                res.ambiguous.add(mlabel)
            res.unresolved_models.add(mlabel)
            label_mode = mode_in(mlabel) if re.search(r"think|reason", mlabel, re.I) else None
            if label_mode or m_mode:
                setting["mode"] = label_mode or m_mode
        if setting.get("mode") is None and m_mode:
            setting["mode"] = m_mode
        if self.profile and self.profile.mode and setting.get("mode") == self.profile.mode and not (
                sub_mode or group_mode or mode) and model_res.id and not self.cat.models[model_res.id].single_mode:
            notes.append(self.profile.note_for("mode"))
        # extra settings from the header sub-lines that are not the mode (nor part of the model's name)
        for s in model_axis.subs:
            if mode_in(s) or subs_in_name:
                continue
            q, bad = parse_qualifier(s)
            _merge_setting(setting, q)
            if bad and model_res.id and normalize(" ".join([mlabel, *model_axis.subs])) != normalize(model_res.label):
                setting.setdefault("extra", {})["column"] = " ".join(bad).lower()
        values = [v for v in cell.values if not math.isnan(v.value)]
        values = self._solved_of_total(bench_label, values, notes)
        parts_spec = self._parts(bench_label, len(cell.values))
        for v in values:
            blabel = bench_label
            vset = dict(setting)
            vnotes = list(notes) + list(v.notes)
            if v.qualifier:
                blabel = f"{bench_label} ({v.qualifier})"
            extra_part = None
            part_metric = None
            if v.part is not None:
                if parts_spec is not None:
                    blabel = parts_spec[v.part]
                elif (metric_bits := _metric_parts(bench_attrs.get("metric"), len(cell.values))) is not None:
                    part_metric = metric_bits[v.part]  # "EM - F1" (or "EM/F1") over "34.2 - 61.3"
                elif self.profile and normalize(_plain(bench_label)) in self.profile.dual_values:
                    spec = self.profile.dual_values[normalize(_plain(bench_label))]
                    if v.part < len(spec):
                        _merge_setting(vset, dict(spec[v.part]))
                        vnotes.append(self.profile.note_for(_plain(bench_label)))
                elif not v.qualifier:
                    extra_part = f"{v.part + 1} of {len(cell.values)}"
            bres = self.res_bench(blabel)
            if not bres.id and v.qualifier:
                bres = self.res_bench(bench_label)
                if bres.id:
                    q, bad = parse_qualifier(v.qualifier)
                    _merge_setting(vset, q)
                    if bad:
                        vset.setdefault("extra", {})["qualifier"] = " ".join(bad).lower()
            if bench_attrs.get("subset"):
                vset["subset"] = bench_attrs["subset"].lower()
            elif self.ctx_subset and "subset" not in vset:
                vset["subset"] = self.ctx_subset
            for kind in ("shots", "metric", "setting", "framework", "version", "aggregate", "k", "budget", "flag",
                         "config"):
                if bench_attrs.get(kind) and not parse_cell(bench_attrs[kind]).missing:
                    t = part_metric if kind == "metric" and part_metric else bench_attrs[kind]
                    if kind == "k" and re.fullmatch(r"\d+", t.strip()):
                        _merge_setting(vset, parse_qualifier(f"pass@{t.strip()}")[0])
                    elif kind == "k":
                        vset.setdefault("extra", {})[kind] = t.lower()
                    elif kind in _NAMED_KINDS and "=" in t:
                        for part in t.split(";"):
                            name, _, val = part.partition("=")
                            val = val.strip()
                            val = ("yes" if val.lower() in _YES else "no") if kind == "flag" else val.lower()
                            vset.setdefault("extra", {})[name.strip().rstrip("?").strip()] = val
                    elif kind == "shots":
                        m = re.search(r"\d+", t)
                        if m and re.fullmatch(r"\s*\d+\s*(-?shots?)?\s*", t, re.I):
                            vset["shots"] = int(m.group())
                        else:
                            q, bad = parse_qualifier(t)
                            _merge_setting(vset, q)
                            if bad:
                                vset.setdefault("extra", {})["shots"] = t.lower()
                    elif kind == "framework":
                        vset.setdefault("extra", {})["framework"] = re.sub(r"\^?\[?\d+\]?$", "", t).strip().lower()
                    elif kind == "version":
                        vset.setdefault("extra", {})["task_version"] = t
                    elif kind == "aggregate":
                        vset.setdefault("extra", {})["aggregate_of"] = t
                        vnotes.append("an average over several benchmarks as printed: kept, never compared")
                    else:
                        q, bad = parse_qualifier(t)
                        if kind == "metric" and not q and bad:
                            q = {"metric": " ".join(bad).lower()}
                            bad = []
                        if bad:  # not fully understood: keep the whole text as written
                            vset.setdefault("extra", {})[kind] = re.sub(r"\s+", " ", t).strip().lower()
                        else:
                            _merge_setting(vset, q)
            if extra_part:
                vset.setdefault("extra", {})["part"] = extra_part
            st = self.settings_tables.get(normalize(_plain(bench_label)))
            if st and base is not None:
                applied = st.get("base" if base else "instruct")
                if applied:
                    _merge_setting(vset, {k: v for k, v in applied.items() if k != "line"})
                    vnotes.append(f"settings from the document's settings table (line {applied['line']})")
            if bres.id:
                bset = dict(bres.setting)
                if bres.note:
                    vnotes.append(f"benchmark: {bres.note}")
                    if bres.note == "document alias" and self.profile:
                        vnotes.append(self.profile.note_for(_plain(bench_label)))
                _merge_setting(vset, bset, prefer_existing=False)
                if self.profile:
                    extra_set = self.profile.benchmark_settings.get(normalize(_plain(bench_label)))
                    if extra_set:
                        _merge_setting(vset, dict(extra_set))
                        vnotes.append(self.profile.note_for(_plain(bench_label)))
                bench_key = bres.id
            else:
                if bres.status == "ambiguous":
                    res.ambiguous.add(bres.label)
                res.unresolved_benchmarks.add(bres.label or blabel)
                bench_key = "?" + (bres.core or bres.label or blabel)
                _merge_setting(vset, dict(bres.setting), prefer_existing=False)
            if vset.get("metric") and bres.id:
                std = self.cat.benchmarks[bres.id].metric
                if std and vset["metric"] == std:
                    vset.pop("metric")
            if vset.get("tools") == "none":
                vset.pop("tools")
            if vset.get("judge") and bres.id and vset["judge"] == self.cat.benchmarks[bres.id].judge:
                vset.pop("judge")  # the benchmark's standard judge adds nothing to the key
            cell_model = None
            for mark in _label_marks(raw_label or bench_label):
                fn = self.src.footnotes.get(mark)
                if fn:
                    vnotes.append(f"footnote {mark} on the label: {fn}")
                    judge = _judge_in(fn)
                    if judge and bres.id and self.cat.benchmarks[bres.id].scale in ("winrate", "judge"):
                        vset["judge"] = judge
            for mark in cell.marks:
                fn = self.src.footnotes.get(mark.strip())
                if fn:
                    vnotes.append(f"footnote {mark.strip()} on the cell: {fn}")
                    if _TEXT_ONLY.search(fn):
                        vset["subset"] = "text-only"
                    sub = _SUBSTITUTE.search(fn)
                    if sub and model_res.id:
                        alt = resolve_model(sub.group(1).rstrip(".,;"), catalog=self.cat)
                        if alt.id and alt.id != model_res.id and \
                                self.cat.models[alt.id].family == self.cat.models[model_res.id].family:
                            cell_model = alt.id
            if stack_index is not None:
                vnotes.append(f"stacked cell, line {stack_index + 1}")
            if cell.marks:
                vnotes.append("marks: " + " ".join(cell.marks))
            try:
                key = IdentityKey.from_setting(bench_key, {k: v_ for k, v_ in vset.items() if v_ not in (None, {})})
            except (TypeError, ValueError):
                key = IdentityKey(bench_key)
            mid = cell_model or model_res.id
            if self.profile and self.profile.setting_model_aliases:
                by_setting = self.profile.setting_model_aliases.get(normalize(mlabel), {})
                for text, target in by_setting.items():
                    if text in (vset.get("extra") or {}).values():
                        mid = target
                        vnotes.append(self.profile.note_for(mlabel))
            first_party = self._first_party(mid, mlabel)
            scale = "percent" if v.percent else "native"
            self._models_seen.add(normalize(mlabel))
            self._benches_seen.add(normalize(_plain(bench_label)))
            res.scores.append(Score(
                model=mid,
                model_label=mlabel,
                key=key,
                value=float(v.value),
                benchmark_label=_plain(bench_label),
                scale=scale,
                stderr=v.stderr,
                first_party=first_party,
                category=category or None,
                value_text=_cell_text(whole_text or text),
                provenance=self.src.document.provenance(table=index, row=r, col=c, line=line,
                                                        raw_label=_plain(bench_label), raw_cell=_cell_text(whole_text or text)),
                notes=tuple(dict.fromkeys(vnotes)),
            ))

    def _parts(self, label: str, n: int) -> list[str] | None:
        """``CodeForces (Rating / Percentile)``, ``MTOB eng->kgv/kgv->eng`` or ``MMLU FP16→AQLM`` with a
        two-number cell: one label per number."""
        if n < 2:
            return None
        text = _plain(label)
        core, quals = split_qualifiers(text)
        for q in quals:
            if re.search(r"\bw/o?(?:\s|$)|\bw/", q, re.I):
                continue  # "w/ Context Manager": "with", not two labels
            bits = [b.strip() for b in q.split("/")]
            if len(bits) == n and all(bits):
                return [f"{core} ({b})" for b in bits]
        head, _, last = text.rpartition(" ")
        bits = [b.strip() for b in re.split(r"/|→", last)]  # "MMLU FP16→AQLM" over "0.65→0.56"
        if head and len(bits) == n and all(bits):
            return [f"{head} ({b})" for b in bits]
        for q in quals:  # "HellaSwag (n=0 n=5)": settings side by side, as the numbers are in the cell
            bits = q.split()
            if len(bits) == n and all(re.search(r"\d|=", b) for b in bits):
                return [f"{core} ({b})" for b in bits]
        return None

    def _own_variant_columns(self, axes: list[Axis]) -> bool:
        """A model card whose table compares only the publisher's own variants under short column names
        ("Micro Dense", "H Tiny MoE" in a Granite card): no column names a catalog model or another lab's
        model line, and the document is the card of one of the publisher's models."""
        if not self.publisher or self.publisher not in self.cat.publishers or not self.subject:
            return False
        subject = resolve_model(self.subject, catalog=self.cat)
        if not subject.id or self.cat.models[subject.id].publisher != self.publisher:
            return False
        labels = [a.label for a in axes if a.label]
        if len(labels) < 2:
            return False
        for label in labels:
            if resolve_model(label, catalog=self.cat).id or any(
                    self.cat.publisher_owns_label(p, label) for p in self.cat.publishers if p != self.publisher):
                return False
        return True

    def _is_publisher_org(self, org: str) -> bool:
        """Is ORG (of an ``ORG/NAME`` label) the document's publisher: the catalog says so, or, for a publisher
        the catalog does not know, the names agree (``argilla`` / ``argilla-io``)."""
        if self.publisher in self.cat.publishers:
            return self.cat.find_publisher(org) == self.publisher
        a, b = normalize(org), normalize(self.publisher or "")
        return bool(a and b) and (a.startswith(b) or b.startswith(a)) or a in self._line_orgs()

    def _line_orgs(self) -> frozenset[str]:
        """Organisations the catalog does not know that host a repository named after the document's own
        line ("JunxiongWang/MambaInLlama_0_50" in the MambaInLlama README published from the account jxiw)."""
        if self._own_line_orgs is None:
            own = normalize(self._title_head() or "")  # the title's whole name ("MambaInLlama")
            hosts: dict[str, set[str]] = {}
            if len(own) >= 6 and self.publisher not in self.cat.publishers:
                for o, name in linked_models(self.src.text):
                    if normalize(name).startswith(own) and not self.cat.find_publisher(o):
                        hosts.setdefault(normalize(o), set()).add(normalize(name))
            self._own_line_orgs = frozenset(o for o, names in hosts.items() if len(names) >= 2)
        return self._own_line_orgs

    def _distinctive_word(self) -> str | None:
        """The word of the document's model name that is its own: not another lab's line, a size, a version
        or a generic word ("sppo" of "Llama-3-Instruct-8B-SPPO-Iter3"); None unless exactly one."""
        if self._distinct is None:
            theirs = self._their_prefixes()

            def own_words(name: str) -> list[str]:
                return [w for w in _name_words(name) if len(w) >= 4 and w not in _GENERIC_NAME_WORDS
                        and not re.fullmatch(r"(?:v|iter|r|ep|epoch|step)?\d[\w.]*", w) and not any(
                            t.startswith(w) or (w.startswith(t) and re.fullmatch(r"[\d.]*[a-z]?", w[len(t):]))
                            for t in theirs)]  # "llama3" is Meta's line, "gpt4all" is not OpenAI's

            doc = self._titled(self._doc_model())
            words = own_words(doc or "")
            if not doc and self.publisher not in self.cat.publishers:
                # no model named by the title: the one word that every repository the document links under
                # the publisher's organisation has ("chinese" of hfl/llama-3-chinese-8b, -instruct-v3, ...)
                repos = [name for org, name in linked_models(self.src.text) if self._is_publisher_org(org)]
                sets = [set(own_words(name)) for name in repos]
                words = sorted(set.intersection(*sets)) if len(sets) >= 3 else []
            self._distinct = words[0] if len(words) == 1 else ""
        return self._distinct or None

    def _publisher_repos(self) -> tuple[str, ...]:
        """The (normalised) names of the repositories the document links under the publisher's organisation."""
        if self._repos is None:
            badge = badge_repo(self.src.text)  # (the README's own repository, named by its CI badge)
            self._repos = tuple({normalize(name) for org, name in [*linked_models(self.src.text),
                                                                    *code_loaded(self.src.text), *([badge] if badge else [])]
                                 if len(normalize(name)) >= 4 and self._is_publisher_org(org)})
        return self._repos

    def _first_party(self, mid: str | None, label: str) -> bool:
        if self._row_own and (mid is None or self.cat.models[mid].publisher in (self.publisher, None)):
            return True  # its row links a checkpoint under the publisher's organisation
        if _OURS.search(label) and (mid is None or not self.publisher or
                                    self.cat.models[mid].publisher in (self.publisher, None)):
            return True  # "Ours (Iterative RLHF)", "OLMo 1B (ours)", "OLMoE (This Model)"
        if not self.publisher:
            if mid is not None and self.cat.models[mid].publisher in self.cat.publishers:
                return False
            title_head = self._title_head() if TITLE_SPLIT.search(self.src.document.title or "") else None
            named = re.search(r"\(([A-Z][\w.+-]{3,30})\)\s*$", _plain(self.src.document.title or ""))
            if title_head is None and named and not self.looks_bench(named.group(1)):
                title_head = named.group(1)  # "A State-of-the-Art Large-scale Pretrained Response ... (DialoGPT)"
            head, lab = normalize(title_head or ""), normalize(label)
            if mid is None and head and (lab == head or (len(head) >= 5 and lab.startswith(head) and not re.match(
                    r"[a-z]", lab[len(head):]) and self.res_model(title_head or "", None, None).id is None)):
                # "Flacuna" in the README titled "Flacuna: A Vicuna made of Flan"; "TreeRL (GLM-9B)" under "TreeRL: ..."
                # (a title that is a name and its description; a bare "# TinyLM" claims nothing)
                return True
            if self._claimed_prefix:
                return normalize(label).startswith(self._claimed_prefix)
            # no name from the title: a model line the prose says "we release / our ..." of (the Yi docs)
            return self._claimed(label)
        doc_model = self._doc_model()
        if doc_model and normalize(label) == normalize(doc_model) and self.src.publisher_source != "given":
            return True  # the model the document is about, in the document that says who published it
        own = re.sub(r"[^a-z0-9]", "", (doc_model or "").lower())
        if len(own) >= 5 and self.src.publisher_source != "given" and re.sub(
                r"[^a-z0-9]", "", label.lower()).startswith(own) and (
                mid is None or self.cat.models[mid].publisher in (self.publisher, None)):
            return True  # a checkpoint or variant of it ("Llama-2-Ko-7b 20B (10k)" in the Llama-2-Ko card)
        if self._same_line(own, label) and self.src.publisher_source != "given" and (
                mid is None or self.cat.models[mid].publisher in (self.publisher, None)):
            return True  # another generation or variant of the document's line ("Idefics1" in the Idefics2 card)
        org, _, name = label.partition("/")
        if name and org and not re.search(r"\s", org.strip()) and self._is_publisher_org(org.strip()):
            return True  # "argilla/notus-7b-v1" in Argilla's card: a repo id under the publisher's organisation
        if name and re.fullmatch(r"[A-Za-z][\w.-]{1,38}", org) and re.fullmatch(r"[A-Za-z0-9][\w.-]+", name) and \
                re.search(r"[A-Za-z]", name) and not re.search(r"\d$", org) and mid is None:
            return False  # "Linly-AI/Chinese-LLaMA-2-13B-hf": a repository id under another organisation
        if mid is None and getattr(self, "_own_variants", False):
            return True
        lab = normalize(label)
        method = re.split(r"\s\+\s*|\s+w/\s*", label)
        if mid is None and len(method) == 2 and len(normalize(method[1])) >= 5 and any(
                r.startswith(normalize(method[1])) for r in self._publisher_repos()):
            return True  # "Mistral-7B + SimpleRL-Zoo": another lab's base trained with the publisher's linked recipe
        first = next(iter(_name_words(label)), "")
        if mid is None and self.src.publisher_source != "given" and len(first) >= 4 and re.fullmatch(
                r"[a-z]+", first) and first not in _GENERIC_NAME_WORDS and not any(
                first.startswith(t) for t in self._their_prefixes()) and any(
                re.match(re.escape(first) + r"\d", r) for r in self._publisher_repos()):
            return True  # "MiniMA-MoE-2/4x3B-Kickoff" where the document links GeneZC/MiniMA-3B: the same line
        if mid is None and self.src.publisher_source != "given" and any(
                lab.startswith(r) or (len(lab) >= 8 and (r.startswith(lab) or r.endswith(lab)) and not any(
                    self.cat.publisher_owns_label(p, label) for p in self.cat.publishers if p != self.publisher))
                for r in self._publisher_repos()):
            # "GRIN MoE (16x3.8B)" where the document links huggingface.co/microsoft/GRIN-MoE; the short name of
            # a linked repository ("pair-preference-model", "SSTuning-base" of .../zero-shot-classify-SSTuning-base),
            # unless it names another lab's line ("llama-65b")
            return True
        word = self._distinctive_word()
        if word and mid is None and self.src.publisher_source != "given" and word in _name_words(label):
            return True  # "Llama-3-8B-SPPO Iter1" in the card of Llama-3-Instruct-8B-SPPO-Iter3
        if self.publisher not in self.cat.publishers and mid is None and len(normalize(self.publisher)) >= 5 and \
                normalize(label).startswith(normalize(self.publisher)):
            return True  # "LLaMA-MoE-3.0B" in the card of the organisation llama-moe
        org_word = re.split(r"[-_\s]", self.publisher or "")[0].lower()
        if self.publisher not in self.cat.publishers and mid is None and len(org_word) >= 3 and \
                self.src.publisher_source != "given" and normalize(label).startswith(org_word) and not any(
                org_word.startswith(t) or t.startswith(org_word) for t in self._their_prefixes()):
            return True  # "OFA<sub>Tiny</sub>" in the README of the organisation OFA-Sys (no other lab's line)
        if self.publisher not in self.cat.publishers:
            # a lab the catalog does not know: its own models are the ones named like the document
            prefix = own_model_prefix(self.src.document.title, self.src.sidecar, self.src.text)
            if prefix and any(self.cat.publisher_owns_label(p, prefix) for p in self.cat.publishers):
                prefix = None  # "Llama-3-8B-SFR-...": a fine-tune named after another lab's line; its "llama" is not ours
            # ... or carry its name as a word of their own ("llama-3-Korean-Bllossom-8B" in the Bllossom card)
            if bool(prefix) and (normalize(label).startswith(prefix or "") or prefix in _name_words(label)) and (
                    mid is None or self.cat.models[mid].publisher not in self.cat.publishers):
                return True
            # ... or a line the prose presents as the authors' own ("we ... to create FinMA, a domain-specific
            # LLM" in the PIXIU README, whose title names the project, not the model)
            return mid is None and self.src.publisher_source != "given" and len(_leading_word(label) or "") >= 4 and not any(
                self.cat.publisher_owns_label(p, label) for p in self.cat.publishers) and self._claimed(label)
        if mid:
            return self.cat.models[mid].publisher == self.publisher
        if self.src.publisher_source == TITLED_REPO_SOURCE:
            # found only by the repository named as the title ("ELECTRA" at github.com/google-research/electra):
            # the models named like the title are that organisation's too
            prefix = own_model_prefix(self.src.document.title, self.src.sidecar, self.src.text)
            if prefix and normalize(label).startswith(prefix) and not any(
                    self.cat.publisher_owns_label(p, label) for p in self.cat.publishers if p != self.publisher):
                return True
        return self.cat.publisher_owns_label(self.publisher, label)

    def _title_head(self) -> str | None:
        """The name a title starts with, before its description ("Flacuna: A Vicuna made of Flan" -> Flacuna),
        when it is a name (at most three words)."""
        head = _plain(TITLE_SPLIT.split(_MODEL_CARD.sub("", self.src.document.title or ""), maxsplit=1)[0])
        return head if head and len(head.split()) <= 3 else None

    def _claimed(self, label: str) -> bool:
        """Whether the prose says "we release / our ..." of the model line the label's first word names, or
        names this very model in a sentence saying "we released" in Chinese ("我们发布了 ... 模型BERT-wwm，以及 ...
        BERT-wwm-ext" claims those names, not Google's `BERT`)."""
        if self._zh_claimed is None:
            names: set[str] = set()
            for m in _ZH_RELEASE.finditer(self.src.text[:20000]):
                end = self.src.text.find("。", m.end())
                sentence = self.src.text[m.end():end if 0 <= end < m.end() + 400 else m.end() + 400]
                names |= {normalize(t) for t in re.findall(r"[A-Za-z][\w.-]*\d*[\w]", _plain(sentence))
                          if re.search(r"[A-Z]", t) and re.search(r"[-\d]", t)}
            self._zh_claimed = names
        if normalize(label) in self._zh_claimed:
            return True
        if self._en_claimed is None:
            self._en_claimed = {n for m in _EN_RELEASE.finditer(self.src.text[:20000])
                                if len(n := normalize(_plain(m.group(1)))) >= 4 and not any(
                                    n.startswith(t) for t in self._their_prefixes())}
        if any(normalize(label).startswith(n) for n in self._en_claimed):
            return True  # "We open-sourced **AgentCPM-Explore**, an agent foundation model": its rows are ours
        word = _leading_word(label)
        if word and word not in self._claims:
            self._claims[word] = claims_own_models(self.src.text, word, strict=True, limit=60000)
        return bool(word and self._claims.get(word))

    def _their_prefixes(self) -> frozenset[str]:
        """The (normalised) model-line prefixes of every catalogued publisher but the document's."""
        if self._theirs is None:
            self._theirs = frozenset(normalize(p) for pid, pub in self.cat.publishers.items() if pid != self.publisher
                                     for p in pub.model_prefixes)
        return self._theirs

    def _same_line(self, own: str, label: str) -> bool:
        """Whether ``label`` names another generation or variant of the document's model ``own`` (both
        normalised): its name before the version ("idefics" of "idefics2": "Idefics1") or before the
        size ("llamapro" of "llamapro8b": "LLaMA-Pro-Instruct"). Not when that name is another lab's whole
        line ("llama" of "Llama-3-8B-SFR")."""
        lab = re.sub(r"[^a-z0-9]", "", label.lower())
        theirs = self._their_prefixes()
        stem = re.match(r"[a-z]{5,}(?=\d)", own)
        if stem and not any(t.startswith(stem.group()) for t in theirs) and re.match(
                re.escape(stem.group()) + r"\d", lab):
            return True  # (not "llama" of "Llama-3-8B-SFR": that is another lab's line)
        core = re.sub(r"\d+(?:\.\d+)?[bmk]$", "", own)
        return core != own and len(core) >= 6 and not re.search(r"\d", core) and not any(
            t.startswith(core) for t in theirs) and lab.startswith(core)

    # -- scales ---------------------------------------------------------------------------------------------
    def _fix_scales(self, res: TableResult) -> None:
        """Decide how each benchmark's numbers are scaled in this table (percent, fraction, 0-10, rating)."""
        self._table_pct = sum(1 for s in res.scores if s.scale == "percent") > len(res.scores) / 2
        every = [s for s in res.scores]
        table_fraction = len(every) >= 3 and not self._table_pct and all(0 <= s.value <= 1 for s in every) and all(
            _decimals(s.value_text) >= 2 for s in every)
        groups: dict[tuple[str, str, str | None], list[int]] = {}
        for i, s in enumerate(res.scores):
            # per metric too: "MAP" in 0-1 fractions beside "BLEU-4" in points, under one task
            groups.setdefault((s.key.benchmark, s.benchmark_label, s.key.metric), []).append(i)
        for (bid, _, _), idx in groups.items():
            b = self.cat.benchmarks.get(bid)
            vals = [res.scores[i] for i in idx]
            nums = [s.value for s in vals]
            pct = any(s.scale == "percent" for s in vals)
            for i in idx:
                s = res.scores[i]
                scale = s.scale
                if scale == "percent" or s.key.metric == "percentile":
                    scale = "percent"
                elif b is not None and b.scale == "rating":
                    scale = "rating"
                elif b is not None and b.max == 10 and s.value <= 10:
                    scale = "score10"
                elif b is not None and b.scale == "metric" and s.scale == "native" and max(nums) > 1:
                    scale = "raw"  # a 0-100 metric (BLEU, XCOMET) in its own units
                elif table_fraction and (b is None or b.scale in ("accuracy", "composite", "metric")):
                    scale = "fraction"  # every number in the table is a 0-1 fraction (lm-eval output)
                elif (b is None or b.scale in ("accuracy", "composite", "metric")) and not pct and all(
                        0 <= x <= 1 for x in nums) and (b is not None or len(nums) >= 2) and (
                        all(_decimals(t.value_text) >= 2 for t in vals) or (len(nums) >= 5 and sum(
                            _decimals(t.value_text) >= 2 for t in vals) >= 0.6 * len(nums))):
                    scale = "fraction"  # ("0.9" among "0.88", "0.89": a fraction printed without its last zero)
                elif b is not None and b.scale == "judge" and b.max == 100 and all(x <= 10 for x in nums) and any(
                        _decimals(t.value_text) >= 1 for t in vals) and max(nums) > 1:
                    scale = "score10"
                elif b is not None and b.scale != "rating" and s.value > b.max * 1.0001:
                    scale = "rating"
                    key = s.key
                    if key.metric is None:
                        key = IdentityKey.from_setting(key.benchmark, {**key.setting(), "metric": "rating"})
                    s = s.with_(key=key, notes=(*s.notes, "above the benchmark's scale: read as a rating"))
                elif b is None and (s.value > 100 or re.fullmatch(r"perplexity|ppl", s.key.metric or "") or
                                    re.search(r"\b(?:perplexity|ppl)\b", s.benchmark_label, re.I)):
                    scale = "raw"  # (a perplexity is no percentage)
                elif b is None and self._table_pct and s.scale == "native":
                    scale = "raw"  # the table marks percentages with %, this number has none
                if scale == "native":
                    scale = "percent"
                if scale != s.scale:
                    s = s.with_(scale=scale)
                res.scores[i] = s


_TEXT_ONLY = re.compile(r"text[-\s]only\b.{0,24}\bsubset", re.I)
_SUBSTITUTE = re.compile(r"(?:results?|scores?|numbers?)\s+(?:were|are)?\s*(?:generated|obtained|produced|measured)\s+"
                         r"(?:using|with|on)\s+([A-Za-z][\w.\-]+)", re.I)
_MARKS = re.compile(r"(\\?[*#$&†‡§]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")
_JUDGE = re.compile(r"(?:evaluated|judged|graded|scored|rated|assessed)\s+(?:by|with|using)\s+"
                    r"((?:GPT|Gemini|Claude|o\d|Qwen|DeepSeek|Llama)[\w.\-]*(?:\s+(?:Pro|Flash|Sonnet|Opus|mini))?)",
                    re.I)


_GENERIC_NAME_WORDS = {"instruct", "instruction", "chat", "base", "model", "preview", "beta", "alpha", "final",
                       "latest", "large", "small", "medium", "mini", "tiny", "turbo", "hf", "gguf", "awq", "gptq",
                       "dpo", "sft", "rlhf", "orpo", "merge", "merged", "uncensored", "abliterated", "vision", "coder",
                       "code", "math", "reasoning", "thinking", "distill", "lora", "qlora", "full", "multilingual"}


def _name_words(label: str) -> list[str]:
    """The words of a model name, lower case, split at spaces, dashes, underscores and slashes."""
    return [w for w in re.split(r"[\s\-_/()\[\],:]+", label.lower()) if w]


def _parameter_row(row: list[GridCell], header: list[list[GridCell]]) -> bool:
    """MistralLite: "| Model Name | Input length | Input length | ..." over "| | 2851 | 5568 | ...": a row with
    no label whose distinct whole numbers complete a header that repeats one label; part of the header."""
    if not header or not row or _plain(row[0].text):
        return False
    labels = [_plain(c.text) for c in header[-1][1:] if _plain(c.text)]
    nums = [_plain(c.text) for c in row[1:] if _plain(c.text)]
    return len(labels) >= 2 and len(set(labels)) == 1 and len(nums) >= 2 and len(set(nums)) == len(nums) and all(
        re.fullmatch(r"\d+(?:[.,]\d+)?\s*[kK]?", t) for t in nums)


def _model_corner(label: str | None) -> bool:
    """A key column's header saying its rows are models: "Model", "Models", "Model F1 Score", "7B Model"."""
    return bool(label) and bool(_SIZED_MODEL_HEADER.match(label or "") or re.match(r"models?\b", label or "", re.I)
                                or re.fullmatch(_CJK_MODEL, (label or "").strip()))


def _named_header(label: str) -> bool:
    """Whether a column header could name a model: not empty, a setting, a metric, a split, an average or a
    non-score quantity ("XLMR", "Afro-XLMR", not "5-shot", "F1", "Test", "Avg", "Size")."""
    t = _plain(label)
    return bool(t) and bool(re.search(r"[A-Za-z]", t)) and not _qualifier_only(t) and not _NON_SCORE.search(t) and \
        not _AGGREGATE.match(t) and not _METRIC_NAME.fullmatch(t) and not re.fullmatch(
            r"(?:train(?:ing)?|test|dev|valid(?:ation)?|total|all)s?", t, re.I)


def _numbering_or_count(label: str | None, body: list[list[GridCell]], col: int, others: list[str]) -> bool:
    """A column of whole numbers that numbers the rows ("NO" / "ID" / "Index" / "序号" over 1, 1, 2, 2: not a
    Norwegian column of scores) or counts what each row holds ("Tasks" / "Samples" / "Questions"; "PASS" /
    "FAIL" beside an "ACCURACY [%]" column, which scores them, unlike HuatuoGPT-II's "Win | Tie | Fail" shares)."""
    head = _plain(label or "")
    cells = [_plain(r[col].text) for r in body if col < len(r) and _plain(r[col].text)
             and not parse_cell(r[col].text).missing]  # ("-" for the baselines' rows)
    if not cells:
        return False
    if re.fullmatch(r"no\.?|id|idx|index|序号|编号", head, re.I):
        return all(t.isdigit() and int(t) <= len(body) + 1 for t in cells)
    counted = re.fullmatch(r"samples|examples|instances|questions|problems|items|tasks|prompts|queries", head, re.I)
    outcomes = re.fullmatch(r"pass(?:ed)?|fail(?:ed)?|wins|losses|ties|errors", head, re.I) and any(
        re.search(r"acc|%|rate|score", _plain(o), re.I) for o in others)
    return bool(counted or outcomes) and all(t.replace(",", "").isdigit() for t in cells)


def _labelled_header(hrows: list[list[GridCell]], width: int) -> list[Axis] | None:
    """Header rows whose first cells say what each row holds (OFA: "Task" over "Dataset" over "Split" over
    "Metric"): the dataset row names each column's benchmark, the task row its group, the others its settings;
    the corner names no axis of the body. None when the header is not laid out that way."""
    kinds = []
    for row in hrows:
        first = _plain(row[0].text) if row else ""
        if re.fullmatch(r"datasets?|benchmarks?|test[\s_-]*sets?", first, re.I):
            kinds.append("bench")
        elif re.fullmatch(r"tasks?", first, re.I):
            kinds.append("task")
        elif _axis_row(row):
            kinds.append("sub")
        else:
            return None
    if len(kinds) < 2 or not ({"bench", "task"} & set(kinds)):
        return None
    bench_kind = "bench" if "bench" in kinds else "task"
    out = [Axis(label="", raw="", subs=[], line=hrows[-1][0].line)]
    for c in range(1, width):
        main, subs, group = "", [], None
        for kind, row in zip(kinds, hrows, strict=True):
            t = _plain(row[c].text) if c < len(row) else ""
            if not t:
                continue
            if kind == bench_kind:
                main = t
            elif kind == "task":
                group = t
            else:
                subs.append(t)
        line = hrows[-1][c].line if c < len(hrows[-1]) else hrows[-1][0].line
        out.append(Axis(label=main, raw=main, subs=subs, line=line, group=group))
    return out


def _axis_row(row: list[GridCell]) -> bool:
    """A row whose first cell names what the row's cells are: "Dataset", "Split", "Metric", "Task" (not "Method",
    the corner of rows of methods)."""
    first = _plain(row[0].text) if row else ""
    return bool(first) and (bool(_BENCH_HEADER.match(first)) or any(
        rx.match(first) for k, rx in _LABEL_HEADERS.items() if k in ("metric", "subset", "shots", "version")))


def _columns_name_their_benchmarks(headers: list[Axis], value_cols: list[int]) -> bool:
    """Whether every score column names what it measures after its metric ("| NDCG@10 (TREC DL 19) | MRR@10 (MS
    Marco Dev) |"), so no benchmark named above the table is the table's."""
    named = [c for c in value_cols if not _NON_SCORE.search(headers[c].label or "")]
    return bool(named) and all(_metric_on_named(headers[c].label) for c in named)


def _metric_on_named(label: str) -> bool:
    """A header naming a metric, then in brackets what it is measured on ("NDCG@10 (TREC DL 19)")."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", _plain(label))
    return bool(m) and _is_metric(m.group(1)) and bool(re.search(r"[A-Za-z]", m.group(2))) and \
        not _qualifier_only(m.group(2)) and not _UNIT_SUFFIX.fullmatch(f"({m.group(2)})")


def _qualifier_only(text: str) -> bool:
    """Whether a label is only settings ("majority@50", "greedy", "5-shot"), every word of it understood."""
    setting, unknown = parse_qualifier(text)
    return bool(_plain(text)) and not unknown


# the words of a link that names no model: "[hf-Link]", "[🤗 HuggingFace]", "[modelscope]", "[Download]"
_LINK_TEXT = {"🤗", "🤖", "hf", "hugging", "face", "huggingface", "link", "links", "download", "model", "checkpoint",
              "weight", "weights", "ckpt", "url", "modelscope", "ms", "wisemodel", "github", "here"}


def _links_only(cells: list[str]) -> bool:
    """Whether a column's cells are bare links ("[hf-Link](...)", "[Link]", "🤗") or empty marks ("/", "-"):
    it points at checkpoints, it does not name them."""
    shown = [_plain(re.sub(r"\]\([^)\s]*\)", "]", t)) for t in cells]  # "[[hf-Link]](url)": its text
    linkish = [t for t in shown if t]
    return bool(linkish) and any(re.search(r"\]\(|href=", t) for t in cells) and all(
        re.fullmatch(r"[/\-–—]+", t) or all(w.lower() in _LINK_TEXT for w in re.findall(r"[^\W_]+|🤗|🤖", t))
        for t in linkish)  # ("[huggingface](...) [modelscope](...)": two links, no name)


def _named_column(labels: list[str]) -> bool:
    """Whether a column under a size-like header ("Model Size") holds model names ("OpenELM-270M"), not
    bare sizes ("270M", "12B", "8x7B")."""
    named = [t for t in labels if t and re.search(r"[A-Za-z]{3,}", t)]
    return len(named) >= 2 and len(named) >= 0.8 * len([t for t in labels if t])


def _label_marks(label: str) -> list[str]:
    """Footnote marks at the end of a label as written (markup stripped, marks kept)."""
    text = re.sub(r"<[^>]*>", "", label).replace("**", "").strip()
    text = re.sub(r"(?<!\\)\*([^*]+?)(?<!\\)\*", r"\1", text).strip()  # *italics* are not marks
    m = _MARKS.search(text)
    if not m:
        return []
    return [m.group(1).replace("\\", "")]


def _judge_in(text: str) -> str | None:
    m = _JUDGE.search(text)
    return m.group(1).strip().rstrip(".,;:").lower().replace(" ", "-") if m else None


def _is_size_of(q: str, model: Any) -> bool:
    """``(14B)`` next to a model whose size is 14B says nothing new."""
    m = re.fullmatch(r"\s*~?(\d+(?:\.\d+)?)\s*[bB]\s*", q)
    return bool(m and model.params_total is not None and abs(float(m.group(1)) - model.params_total) <= 0.6)


def _decimals(text: str | None) -> int:
    m = re.search(r"\d[.,](\d+)", text or "")
    return len(m.group(1)) if m else 0


def _cell_text(text: str) -> str:
    s, _, _ = strip_markup(text)
    return re.sub(r"\s+", " ", s).strip() if s else str(text).strip()


def _merge_setting(dst: dict[str, Any], src: dict[str, Any], prefer_existing: bool = True) -> None:
    for k, v in src.items():
        if k == "extra_repeats":
            continue
        if k == "extra":
            ex = dst.setdefault("extra", {})
            for ek, ev in (v or {}).items():
                if prefer_existing:
                    ex.setdefault(ek, ev)
                else:
                    ex[ek] = ev
        elif v is None:
            continue
        elif prefer_existing:
            dst.setdefault(k, v)
        else:
            dst[k] = v


def _quoted_beside_reproduced(res: TableResult) -> None:
    """A model row marked "(reported)" (or "(paper)") in a table that also holds the same model marked
    "(reproduced)" by the publisher quotes the original authors' numbers: not the publisher's own score."""
    ours = {normalize(_REPRODUCED_MARK.sub("", s.model_label)) for s in res.scores
            if s.first_party and _REPRODUCED_MARK.search(s.model_label)}
    if not ours:
        return
    for i, s in enumerate(res.scores):
        if s.first_party and _REPORTED_MARK.search(s.model_label) and \
                normalize(_REPORTED_MARK.sub("", s.model_label)) in ours:
            res.scores[i] = replace(s, first_party=False, notes=(*s.notes, "quoted: the row marked reported beside "
                                                                             "the publisher's reproduction"))


def _side_by_side_blocks(grid: Grid) -> int | None:
    """The width of each block when a table is two or more tables set side by side: ``| Proprietary Models |
    #Params | MT-Bench | Open Source Models | #Params | MT-Bench |``. The blocks have the same column headers
    after their first column, and each block's first column holds names, not numbers."""
    if grid.header_rows < 1:
        return None
    width = grid.width
    head = [" ".join(_plain(r[c].text) for r in grid.rows[:grid.header_rows] if c < len(r)).strip().lower()
            for c in range(width)]
    body = grid.rows[grid.header_rows:]
    for k in range(2, width // 2 + 1):
        if width % k:
            continue
        n = width // k
        if not any(head[j] for j in range(1, k)) or any(
                head[b * k + j] != head[j] for b in range(1, n) for j in range(1, k)):
            continue
        if any(head[b * k] == head[b * k + j] for b in range(n) for j in range(1, k)):
            continue
        names_first = True
        for b in range(n):
            texts = [_plain(r[b * k].text) for r in body if b * k < len(r) and _plain(r[b * k].text)]
            if not texts or sum(1 for t in texts if parse_cell(t).values) > len(texts) / 2:
                names_first = False
                break
        if names_first:
            return k
    return None


def _legend(grid: Grid) -> dict[str, str]:
    """Abbreviations that the caption spells out ("PS: parameter size (billion). HS: HellaSwag."), only those
    that head a column or row of the table."""
    heads = {_plain(c.text) for r in grid.rows[:max(grid.header_rows, 1)] for c in r} | {
        _plain(r[0].text) for r in grid.rows if r}
    return {m.group(1): m.group(2) for m in _LEGEND.finditer(grid.caption or "") if m.group(1) in heads}


def _strip_legend(grid: Grid) -> str | None:
    """The caption without the abbreviations it spells out for the table's labels."""
    legend = _legend(grid)
    if not legend:
        return grid.caption
    return _LEGEND.sub(lambda m: "" if m.group(1) in legend else m.group(0), grid.caption or "") or None
