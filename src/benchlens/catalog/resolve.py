"""Raw labels to catalog ids, conservatively.

``resolve_benchmark("MMLU-Pro (5-shot)")`` gives ``mmlu-pro`` with ``shots=5``; ``resolve_model(
"Qwen3-235B-A22B Thinking")`` gives ``qwen3-235b-a22b`` in thinking mode. A label that matches nothing,
or matches an entry marked ambiguous (plain ``GPQA``), is returned unresolved with the reason: it is
kept as written and reported, never guessed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_DROP = re.compile(r"[\s\-_'\u2019\u2018`\"]+")


def normalize(label: str) -> str:
    """Case-, space- and dash-insensitive form of a label (dots kept)."""
    text = unicodedata.normalize("NFKC", str(label)).translate(_DASHES).lower()
    return _DROP.sub("", text)


_TAG = re.compile(r"<[^>]*>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]|\[([^\]]*)\]\([^)]*\)")
_EMPH = re.compile(r"(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_FOOT_TAIL = re.compile(r"(\s*(\\?[*#$&†‡§^]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d+\]|\(\d\)))+\s*$")


MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation (CommonMark)


def clean_label(text: str) -> str:
    """Strip markup (HTML tags, bold/italic, links, escapes) and trailing footnote marks."""
    s = html.unescape(str(text))
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    s = re.sub(r"<sup>\s*\[?\d+\]?\s*</sup>", "", s, flags=re.I)  # footnote numbers
    s = _TAG.sub("", s)
    s = _CITATION_TAIL.sub("", s)  # "MasakaNER-v1 [Adelani et al., 2021](https://...)": a reference after the name
    s = _MD_LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), s)
    for _ in range(3):
        s = _EMPH.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), s)
    s = _TEX_MATH.sub(_tex, s)  # "Falcon $(\dagger)$", "Zh $\Rightarrow$ En": inline LaTeX, as shown
    s = MD_ESCAPE.sub(r"\1", s)  # "CodeGen2\.5-7B-mono", "\*": Markdown escapes of punctuation
    s = s.replace("\t", " ").replace("\u00a0", " ").replace("\u3000", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = _FOOT_TAIL.sub("", s).strip()
    s = _EMOJI_ENDS.sub("", s)  # "NeuralDaredevil 📄", "🔥 MetaMath": decorations, not names
    s = s.strip("*_ ").strip()
    return s


_CITATION_TAIL = re.compile(r"(?<=\S)\s*\[[^\]]*(?:\bet\s+al\b|\b(?:19|20)\d{2}\b)[^\]]*\]\([^)\s]*\)\s*$")
_TEX_MATH = re.compile(r"\$(?!\s)([^$\n]{1,30}?)(?<!\s)\$")  # not "$0.5 / $1.0" (prices)
_TEX_SYMBOLS = {"dagger": "†", "ddagger": "‡", "rightarrow": "→", "Rightarrow": "⇒", "leftarrow": "←",
                "pm": "±", "times": "×", "uparrow": "↑", "downarrow": "↓", "star": "*", "ast": "*"}


def _tex(m: re.Match[str]) -> str:
    inner = m.group(1)
    if re.fullmatch(r"[\d.,\s/]+", inner):
        return m.group(0)  # numbers between dollar signs: prices, not math
    inner = re.sub(r"\\([A-Za-z]+)\s*", lambda t: _TEX_SYMBOLS.get(t.group(1), t.group(1)), inner)
    return re.sub(r"[{}^]", "", inner)


PICTOGRAPHS = "\U0001f000-\U0001faff\ufe0f\u200d"  # emoji pictographs and their joiners (a character class)
_EMOJI = "\u2600-\u27bf\u2b00-\u2bff" + PICTOGRAPHS  # ... and the older symbol blocks, at a label's ends only
_EMOJI_ENDS = re.compile(f"^[{_EMOJI}\\s]+(?=\\S)|(?<=\\S)[{_EMOJI}\\s]+$")


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one label."""

    label: str  # the label, markup stripped
    id: str | None  # catalog id, or None
    status: str  # "resolved" | "unknown" | "ambiguous"
    setting: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    candidates: tuple[str, ...] = ()
    core: str | None = None  # for unresolved labels: the label without its understood qualifiers

    @property
    def ok(self) -> bool:
        return self.id is not None


# --- qualifiers glued to benchmark labels --------------------------------------------------------

_NEUTRAL_METRICS = {
    "acc", "accuracy", "em", "exactmatch", "pass@1", "resolved", "%resolved", "score", "%", "pass1", "avg",
    "average", "mean", "overall", "acc.", "correct", "%correct", "greedy", "greedydecoding",
}
_METRIC_WORDS = {
    "strictprompt": "prompt-strict", "promptstrict": "prompt-strict", "promptstrictacc.": "prompt-strict",
    "promptstrictacc": "prompt-strict", "promptlevelstrict": "prompt-strict", "strict": "prompt-strict",
    "loose": "prompt-loose", "looseprompt": "prompt-loose", "promptloose": "prompt-loose",
    "instructionstrict": "instruction-strict", "instructionloose": "instruction-loose",
    "percentile": "percentile", "accnorm": "acc_norm", "acc_norm": "acc_norm", "f1": "f1",
    "macroavg/acc": "macro_avg/acc", "macroavg/accchar": "macro_avg/acc_char", "accchar": "acc_char",
    "emmaj1@1": "em_maj1@1", "dwacc": "dw-acc", "winrateavg": "winrate", "rating": "rating", "elo": "rating",
    "winrate": "winrate",
}
_TOOLS = [
    (re.compile(r"^(no|without|w/o|wo)\s*tools?$", re.I), None),
    (re.compile(r"^(w/|with)\s*tools?$|^tools?$", re.I), "tools"),
    (re.compile(r"^(w/|with)\s*python$|^python$", re.I), "python"),
    (re.compile(r"^(w/|with)\s*search$|^search$", re.I), "search"),
    (re.compile(r"^(w/|with)?\s*python\s*\+\s*search$", re.I), "python+search"),
]
_MODES = [
    (re.compile(r"^(non[-\s]?thinking|no[-\s]?think(ing)?|w/o\s*thinking|reasoning\s*off|nothink)$", re.I), "non-thinking"),
    (re.compile(r"^(thinking|think|w/\s*thinking|reasoning\s*on|extended\s*thinking)$", re.I), "thinking"),
]
_SHOTS = re.compile(r"^(\d+)[-\s]?shots?$", re.I)
_K = re.compile(r"^(pass|cons|maj|majority|avg|mean|best[-\s]?of)\s*@\s*(\d+)$|^(best)[-\s]of[-\s](\d+)$", re.I)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def _yy(y: str) -> str:
    return y if len(y) == 4 else "20" + y


def parse_window(text: str) -> str | None:
    """A date window or release date in any of the spellings seen on cards, normalised.

    ``25.02-25.05`` / ``2502-2505`` / ``25/2~25/5`` -> ``2025.02-2025.05``; ``8/1/24-2/1/25`` ->
    ``2024.08-2025.02``; ``2024-11-25`` / ``20241125`` -> ``2024-11-25``.
    """
    t = text.strip().replace(" ", "")
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", t)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.fullmatch(r"(\d{2})\.(\d{1,2})[-~–](\d{2})\.(\d{1,2})", t)
    if m:
        return f"20{m.group(1)}.{int(m.group(2)):02d}-20{m.group(3)}.{int(m.group(4)):02d}"
    m = re.fullmatch(r"(\d{2})(\d{2})[-~–](\d{2})(\d{2})", t)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(4)) <= 12:
        return f"20{m.group(1)}.{m.group(2)}-20{m.group(3)}.{m.group(4)}"
    m = re.fullmatch(r"(\d{2,4})/(\d{1,2})[-~–](\d{2,4})/(\d{1,2})", t)
    if m:
        return f"{_yy(m.group(1))}.{int(m.group(2)):02d}-{_yy(m.group(3))}.{int(m.group(4)):02d}"
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})[-~–](\d{1,2})/(\d{1,2})/(\d{2,4})", t)
    if m:
        return f"{_yy(m.group(3))}.{int(m.group(1)):02d}-{_yy(m.group(6))}.{int(m.group(4)):02d}"
    m = re.fullmatch(r"(\d{1,2})/(\d{4})[-~–](\d{1,2})/(\d{4})", t)
    if m:
        return f"{m.group(2)}.{int(m.group(1)):02d}-{m.group(4)}.{int(m.group(3)):02d}"
    m = re.fullmatch(r"(\d{4})\.(\d{1,2})[-~–](\d{4})\.(\d{1,2})", t)
    if m:
        return f"{m.group(1)}.{int(m.group(2)):02d}-{m.group(3)}.{int(m.group(4)):02d}"
    return None


def parse_qualifier(text: str) -> tuple[dict[str, Any], list[str]]:
    """Settings named by one qualifier (``5-shot CoT``, ``no tools``, ``cons@64``, a date window).

    Returns the settings and the parts that were not understood (kept by the caller as ``extra``).
    """
    setting: dict[str, Any] = {}
    unknown: list[str] = []
    q = clean_label(text).strip(" ()[]*_:,;")
    if not q:
        return setting, unknown
    window = parse_window(q)
    if window:
        return {"version": window}, unknown
    parts = [p.strip() for p in re.split(r",|;", q) if p.strip()]
    for part in parts:
        whole = _parse_part(part)
        if whole is not None:
            setting.update(whole)
            continue
        # try word by word ("5-shot CoT")
        words = part.split()
        i = 0
        while i < len(words):
            matched = False
            for span in (3, 2, 1):
                chunk = " ".join(words[i : i + span])
                got = _parse_part(chunk) if i + span <= len(words) else None
                if got is not None:
                    setting.update(got)
                    i += span
                    matched = True
                    break
            if not matched:
                unknown.append(words[i])
                i += 1
    return setting, unknown


def _parse_part(part: str) -> dict[str, Any] | None:
    p = part.strip()
    low = normalize(p)
    if not low:
        return {}
    if low in _NEUTRAL_METRICS:
        return {}
    if low in ("cot", "chainofthought", "genbasedcot"):
        return {"extra": {"prompt": "cot"}}
    if low in ("fewshot",):
        return {"extra": {"shots": "few"}}
    m = re.fullmatch(r"(\d+)\s*[-–~]\s*(\d+)[-\s]?shots?", p, re.I)
    if m:
        return {"extra": {"shots": f"{m.group(1)}-{m.group(2)}"}}
    if low in ("multiturn", "multi-turn"):
        return {"subset": "multi-turn"}
    m = re.fullmatch(r"(?:evaluated|judged|graded|scored)\s+(?:by|with)\s+([A-Za-z][\w.\- ]+)", p.strip(), re.I)
    if m:
        return {"judge": m.group(1).strip().lower().replace(" ", "-")}
    if low in ("se", "stderr", "95%ci", "ci", "95ci", "±se", "(se)"):
        return {}  # a note on how the cell is written, not a setting
    if re.fullmatch(r"\d+(\.\d+)?[km]", low):
        return {"subset": low}  # a context length: "RULER (128K)"
    if low in _METRIC_WORDS:
        return {"metric": _METRIC_WORDS[low]}
    m = _SHOTS.match(p)
    if m:
        return {"shots": int(m.group(1))}
    m = re.fullmatch(r"(\d+)[-\s]?shots?\s*@\s*(\d+)", p, re.I)  # "3-shot@1"
    if m:
        k = int(m.group(2))
        return {"shots": int(m.group(1)), **({"k": f"pass@{k}"} if k > 1 else {})}
    m = _K.match(p.replace(" ", ""))
    if m:
        kind = (m.group(1) or m.group(3) or "").lower().replace(" ", "").replace("-", "")
        k = int(m.group(2) or m.group(4))
        if kind in ("avg", "mean") or (kind == "pass" and k == 1):
            return {"extra_repeats": k} if kind in ("avg", "mean") else {}
        if kind in ("best", "bestof"):
            kind = "best-of"
        kind = "maj" if kind == "majority" else kind
        return {"k": f"{kind}@{k}"}
    for rx, tools in _TOOLS:
        if rx.match(p):
            return {"tools": tools} if tools else {}
    for rx, mode in _MODES:
        if rx.match(p):
            return {"mode": mode}
    if low in ("textonly", "text"):
        return {"subset": "text-only"}
    window = parse_window(p)
    if window:
        return {"version": window}
    return None


_PAREN = re.compile(r"\s*[\(（\[]([^()\[\]（）]*)[\)）\]]\s*")
_TRAILING = re.compile(
    r"\s+((?:\d+[-\s]?shots?|pass@\d+|cons@\d+|maj@\d+|avg@\d+|mean@\d+|cot|no tools|w/o tools|w/ tools?|"
    r"with tools?|w/ python|with search|strict prompt|prompt strict|em|acc|rating|percentile|"
    r"non[-\s]?thinking|thinking|text[-\s]only))$",
    re.I,
)


def split_qualifiers(label: str) -> tuple[str, list[str]]:
    """The core of a benchmark label and its qualifiers: ``AIME 2024 cons@64`` -> (``AIME 2024``, [``cons@64``])."""
    core = label
    quals: list[str] = []
    while True:
        found = list(_PAREN.finditer(core))
        if not found:
            break
        m = found[-1]
        quals.insert(0, m.group(1))
        core = (core[: m.start()] + " " + core[m.end() :]).strip()
    while True:
        m = _TRAILING.search(core)
        if not m:
            break
        quals.insert(0, m.group(1))
        core = core[: m.start()].strip()
    return core.strip(" -:,"), quals


def _merge(setting: dict[str, Any], add: dict[str, Any]) -> None:
    for k, v in add.items():
        if k == "extra":
            setting.setdefault("extra", {}).update(v)
        elif k == "extra_repeats":
            setting.setdefault("_repeats", v)
        else:
            setting[k] = v


# a metric the qualifier parser does not know as a setting word: "NDCG@10", "BLEU-4", "Spearman correlation"
_METRIC_CORE = re.compile(r"(?:ndcg|mrr|map|recall|r|p|hits?)@\d+|ndcg|mrr|map|bleu(?:-?\d)?|rouge(?:-?\w+)?|chrf\+*|"
                          r"(?:spearman|pearson)(?:'?s)?(?:\s+(?:corr(?:elation)?|rho|r))?|f1[\s-]*score", re.I)


def _metric_then_name(core: str, qual: str, lookup: Any) -> tuple[Any, dict[str, Any], list[str]] | None:
    """``Accuracy (MMLU)``, ``NDCG@10 (TREC-COVID)``: a metric (or other setting words) first, then in brackets
    the benchmark it is measured on. Returns (hit, setting, unknown) when the bracket names a benchmark."""
    if normalize(core) in ("avg", "average", "mean", "overall", "score", "%"):
        return None  # "Average (MMLU)" may average more than the benchmark
    got, bad = parse_qualifier(core)
    if bad:
        if not _METRIC_CORE.fullmatch(core.strip()):
            return None
        got = {"metric": core.strip().lower()}
    hit = lookup(qual)
    return (hit, dict(got), []) if hit is not None else None


def resolve_benchmark(
    label: str, catalog: Catalog | None = None, aliases: dict[str, str] | None = None
) -> Resolution:
    """Resolve a benchmark label; ``aliases`` are document-scoped extra aliases (normalised label -> id)."""
    cat = catalog or get_catalog()
    text = clean_label(label)
    if not text:
        return Resolution(label=text, id=None, status="unknown", note="empty label")

    def lookup(s: str) -> tuple[str, dict[str, Any], str | None] | None:
        norm = normalize(s)
        if aliases and norm in aliases:
            return aliases[norm], {}, "document alias"
        hit = cat.bench_index.get(norm)
        if hit:
            return hit[0], dict(hit[1]), None
        return None

    hit = lookup(text)
    if hit:
        return Resolution(label=text, id=hit[0], status="resolved", setting=hit[1], note=hit[2])
    core, quals = split_qualifiers(text)
    wm = re.fullmatch(r"(.+?)[\s_]+([\d./~–-]{7,})", core)
    if wm and parse_window(wm.group(2)) and lookup(core) is None:
        core, quals = wm.group(1), [*quals, wm.group(2)]  # "LiveCodeBench 2408-2502": a window, unbracketed
    setting: dict[str, Any] = {}
    unknown: list[str] = []
    initials = "".join(ch for ch in core if ch.isupper())
    quals = [q for q in quals if not (len(q.strip()) >= 2 and q.strip().upper() == initials and q.strip().isupper())]
    for q in quals:  # ("LiveCodeBench (LCB)": the name's own initials say nothing about the setting)
        got, bad = parse_qualifier(q)
        _merge(setting, got)
        if bad:
            unknown.append(" ".join(bad))
    hit = None
    for q in quals:  # "Livecodebench (v5)": a version completes the name
        if re.fullmatch(r"v\d+(\.\d+)?", q.strip(), re.I):
            hit = lookup(core + " " + q.strip())
            if hit is not None:
                unknown = [u for u in unknown if u.strip().lower() != q.strip().lower()]
                break
    if hit is None:
        hit = lookup(core) if core else None
    if hit is None and core and len(quals) == 1 and unknown:
        swapped = _metric_then_name(core, quals[0], lookup)
        if swapped is not None:
            hit, setting, unknown = swapped
    if hit is None and unknown and core:
        # "TAU-bench (Airline)": a qualifier that is not a setting may be part of the name
        hit = lookup(core + " " + " ".join(unknown))
        if hit is not None:
            unknown = []
    if hit is None:
        norm = normalize(core or text)
        kept = dict(setting)
        kept.pop("_repeats", None)
        if unknown:
            kept.setdefault("extra", {})["qualifier"] = " ".join(unknown).lower()
        amb = cat.ambiguous.get(norm) or cat.ambiguous.get(normalize(text))
        if amb:
            return Resolution(
                label=text, id=None, status="ambiguous", note=amb.note or "ambiguous label",
                candidates=amb.candidates, setting=kept, core=core or text,
            )
        return Resolution(label=text, id=None, status="unknown", note="not in the benchmark catalog",
                          setting=kept, core=core or text)
    bid, alias_setting, note = hit
    final = {**alias_setting}
    for k, v in setting.items():
        if k == "extra":
            final.setdefault("extra", {}).update(v)
        else:
            final[k] = v
    bench = cat.benchmarks[bid]
    if unknown and bench.scale in ("judge", "winrate") and final.get("judge") is None:
        for i, u in enumerate(unknown):
            if resolve_model(u, catalog=cat).id or re.match(r"(gpt|claude|gemini|o\d)\b", u, re.I):
                final["judge"] = u.lower().replace(" ", "-")  # "MT-Bench (GPT-4-Turbo)": the judge
                unknown = unknown[:i] + unknown[i + 1:]
                break
    if unknown:
        final.setdefault("extra", {})["qualifier"] = " ".join(unknown).lower()
    if bench.category == "coding" and final.get("tools") == "python" and any(
            q.strip().lower() == "python" for q in quals) and "subset" not in final:
        final.pop("tools")  # "RepoBench (Python)": the language of a coding benchmark, not a tool
        final["subset"] = "python"
    repeats = final.pop("_repeats", None)
    if final.get("metric") is not None and bench.metric is not None and final["metric"] == bench.metric:
        final.pop("metric")  # naming the standard metric changes nothing
    if final.get("tools") is not None and final["tools"] == "none":
        final.pop("tools")
    if final.get("judge") is not None and bench.judge is not None and final["judge"] == bench.judge:
        final.pop("judge")
    res_note = note
    if repeats:
        res_note = ((res_note + "; ") if res_note else "") + f"averaged over {repeats} samples"
    return Resolution(label=text, id=bid, status="resolved", setting=final, note=res_note)


# --- models --------------------------------------------------------------------------------------

_MODEL_MODE = [
    (re.compile(r"[\s\-_]*[\(（\[]?\s*(non[-\s]?thinking|nonthinking|no[-\s]?think(ing)?|w/o\s*thinking|instruct\s*\(non[-\s]?thinking\)|reasoning\s*off)\s*[\)）\]]?\s*$", re.I), "non-thinking"),
    (re.compile(r"\s*[\(（\[]\s*(non[-\s]?reasoning|reasoning\s*off)\s*[\)）\]]\s*$", re.I), "non-thinking"),
    (re.compile(r"[\s\-_]*[\(（\[]?\s*(thinking|think|reasoning\s*on|w/\s*thinking)\s*[\)）\]]?\s*$", re.I), "thinking"),
    (re.compile(r"\s*[\(（\[]\s*(reasoning|reasoning\s*mode)\s*[\)）\]]\s*$", re.I), "thinking"),
]


def resolve_model(
    label: str,
    mode: str | None = None,
    catalog: Catalog | None = None,
    aliases: dict[str, str] | None = None,
) -> Resolution:
    """Resolve a model label. ``mode`` is the mode the context states (section heading, column).

    The returned ``setting`` holds ``mode`` when the label itself names one (``Qwen3-32B Thinking``)
    or the model has only one mode.
    """
    cat = catalog or get_catalog()
    text = clean_label(label)
    if not text:
        return Resolution(label=text, id=None, status="unknown", note="empty label")

    def finish(mid: str, label_mode: str | None, note: str | None = None) -> Resolution:
        model = cat.models[mid]
        if label_mode is None and len(model.modes) > 1:
            if re.search(r"non[-\s]?thinking|nothink", text, re.I):
                label_mode = "non-thinking"
            elif re.search(r"(?<![a-z])thinking\b", text, re.I):
                label_mode = "thinking"
        m = label_mode or model.single_mode or mode
        if label_mode and model.single_mode and label_mode != model.single_mode:
            return Resolution(label=text, id=None, status="ambiguous",
                              note=f"label says {label_mode} but {mid} has only {model.single_mode} mode")
        setting = {"mode": m} if m else {}
        return Resolution(label=text, id=mid, status="resolved", setting=setting, note=note)

    def lookup(s: str, label_mode: str | None) -> Resolution | None:
        norm = normalize(s)
        if aliases and norm in aliases:
            return finish(aliases[norm], label_mode, "document alias")
        if norm in cat.model_index:
            return finish(cat.model_index[norm], label_mode)
        ma = cat.mode_aliases.get(norm)
        if ma:
            want = label_mode or mode
            targets = dict(ma.by_mode)
            if want in targets:
                return finish(targets[want], label_mode or want, ma.note or f"{ma.label} in {want} mode")
            return Resolution(label=text, id=None, status="ambiguous",
                              note=f"{ma.label} names different models by mode, and no mode is stated",
                              candidates=tuple(targets.values()))
        return None

    got = lookup(text, None)
    if got:
        return got
    for rx, label_mode in _MODEL_MODE:
        m = rx.search(text)
        if m and m.start() > 0:
            core = text[: m.start()].strip(" -_")
            got = lookup(core, label_mode)
            if got:
                return got
    return Resolution(label=text, id=None, status="unknown", note="not in the model catalog",
                      setting={"mode": mode} if mode else {})
