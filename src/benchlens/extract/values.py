"""One cell's text to number(s): marks stripped, missing marks recognised, pairs and intervals split.

:func:`parse_cell` never guesses a meaning it cannot see: a second number in parentheses is kept as a
note unless the context says it is a standard error or an interval.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from benchlens.catalog.resolve import MD_ESCAPE, PICTOGRAPHS

MISSING = {"", "-", "--", "---", "—", "–", "n/a", "na", "n.a.", "n/c", "none", "null", "nan", "/", "x", "×",
           "?", "???", "tbd", "—/—", "-/-", "*", "…", "...", "✗", "✘"}

IN_PARENS = "in parentheses"  # the qualifier of a number printed in parentheses beside (or instead of) another
_FOOT = r"(?:\\?[*#$&†‡§↑↓]|\^\[?\d*\]?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ])"  # "24.32ᵇ": a letter mark
_NUM = r"[-+−]?\d+(?:[.,]\d+)?"
_NUM_RE = re.compile(rf"^({_NUM})\s*(%?)\s*{_FOOT}*$")
_PAREN_RE = re.compile(rf"^({_NUM})\s*(%?)\s*{_FOOT}*\s*\(\s*([^()]*?)\s*\)\s*{_FOOT}*$")
_CI_RE = re.compile(rf"^({_NUM})\s*,\s*({_NUM})$")
_PM_RE = re.compile(rf"^({_NUM})\s*(%?)\s*(?:±|\+/-|\+-)\s*({_NUM}|\.\d+)\s*(%?)$")  # "87.5±.3" too
_SLASH_RE = re.compile(r"\s*(?:/|\\?\||→)\s*")  # "69.0/78.6", "70.71 \| 25.26" (a pipe escaped in Markdown), "0.65→0.56"
# a paper cited after the scores: "89.9/95.1 (Yang et al., 2019)", "72.0 (Wang et al. , 2020)"
_CITED_RE = re.compile(r"(.+?)\s*\(\s*([A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?\s*,?\s*"
                       r"(?:19|20)\d{2}[a-z]?)\s*\)")
_LABELLED_RE = re.compile(rf"({_NUM})\s*(%?)\s*\(([^()]+)\)")


@dataclass(frozen=True)
class Value:
    """One number read from a cell."""

    value: float
    text: str  # the part of the cell it came from
    percent: bool = False  # printed with a % sign
    decimals: int = 0
    qualifier: str | None = None  # text in parentheses that names a setting: "89.8 (best-of-5)"
    part: int | None = None  # index in a "a/b" pair
    stderr: float | None = None
    ci: tuple[float, float] | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cell:
    """The reading of a cell: numbers, or a reason it holds none."""

    values: tuple[Value, ...] = ()
    missing: bool = False
    reason: str | None = None  # why there is no usable number
    bold: bool = False
    marks: tuple[str, ...] = field(default_factory=tuple)


def strip_markup(text: str) -> tuple[str, bool, list[str]]:
    """Cell text without markup; also whether it was emphasised and which footnote marks it had."""
    s = html.unescape(str(text))
    bold = bool(re.search(r"\*\*|__|<b>|<strong>|<u>|<ins>", s, re.I))
    s = re.sub(r"<br\s*/?>", "\n", s, flags=re.I)
    s = re.sub(r"<sup>(.*?)</sup>", lambda m: "^" + m.group(1) if re.fullmatch(r"\s*\[?\d+\]?\s*|[*†‡#$&]", m.group(1))
               else m.group(1), s, flags=re.I)
    s = re.sub(r"<[^>]*>", "", s)
    s = s.replace("<u/>", "")
    # a number linked to its checkpoint: "[87.5±.3/86.9±.3](https://github.com/.../roberta_base_lora_mnli.bin)"
    s = re.sub(r"\[([^\[\]]*\d[^\[\]]*)\]\((?:https?://|/|\./)[^()\s]*\)", r"\1", s)
    s = MD_ESCAPE.sub(r"\1", s)  # Markdown escapes of punctuation: "19\.2", "\*"
    # emphasis markers around numbers: **72.4**, _**1.5**_, *x*
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<!\w)__(.+?)__(?!\w)", r"\1", s)
    s = re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<![\w_])_([^_\n]+?)_(?![\w_])", r"\1", s)
    s = re.sub(f"[{PICTOGRAPHS}]", "", s)  # "🥶 47.9 (-6.9)": emoji decorate, they are no value (✓ stays)
    s = s.replace("\u2212", "-").replace("\u00a0", " ").replace("\u3000", " ").replace("\t", " ")
    marks = re.findall(r"(?<=\d)\s*([*#$&†‡§]+|\^\[?\d+\]?)\s*$", s.strip())
    return s.strip(), bold, marks


def _to_float(t: str) -> float:
    t = t.replace("−", "-").replace(",", ".") if t.count(",") == 1 and "." not in t else t.replace(",", "")
    return float(t)


def _decimals(t: str) -> int:
    m = re.search(r"[.,](\d+)$", t)
    return len(m.group(1)) if m else 0


def _one(text: str) -> Value | None:
    t = text.strip()
    m = _NUM_RE.match(t)
    if m:
        return Value(_to_float(m.group(1)), t, percent=m.group(2) == "%", decimals=_decimals(m.group(1)))
    return None


def parse_cell(text: str, *, paren_means: str | None = None, split_slash: bool = True) -> Cell:
    """Read a cell. ``paren_means``: what a lone number in parentheses is ("se", "ci", or None)."""
    raw = str(text)
    s, bold, marks = strip_markup(raw)
    s = s.replace("（", "(").replace("）", ")").replace("％", "%")  # full-width: "0.867（0.874）"
    t = re.sub(r"\s+", " ", s.replace("\n", " ")).strip()
    core = re.sub(rf"\s*{_FOOT}+$", "", t).strip()
    if core.lower().strip("*_ ") in MISSING or t.lower() in MISSING:
        return Cell(missing=True, bold=bold, marks=tuple(marks))
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", core):
        return Cell(reason=f"not a score (size or count): {core!r}")  # thousands separators: a count
    v = _one(t)
    if v is not None:
        return Cell((v,), bold=bold, marks=tuple(marks))
    m = _CITED_RE.fullmatch(core)
    if m and re.search(r"\d", m.group(1)):
        # "89.9/95.1 ([Yang et al., 2019](https://...))": the scores, and the paper they come from
        inner = parse_cell(m.group(1), paren_means=paren_means, split_slash=split_slash)
        if inner.values:
            note = f"cited: {m.group(2).strip()}"
            return Cell(tuple(replace(x, notes=(*x.notes, note)) for x in inner.values), bold=bold or inner.bold)
    m = re.fullmatch(rf"({_NUM})\s*(%?)\s*\[([^\[\]]*[A-Za-z][^\[\]]*)\]\((?:https?://|/)[^()\s]*\)", core)
    if m:  # "95.7 [ElJundi et.al.](https://www.aclweb.org/...)": a score and the paper it comes from
        return Cell((Value(_to_float(m.group(1)), t, percent=m.group(2) == "%", decimals=_decimals(m.group(1)),
                           notes=(f"cited: {m.group(3).strip()}",)),), bold=bold)
    m = re.fullmatch(rf"({_NUM})\s*(%?)\s+((?:pass|maj|cons|avg|mean|best-of)@\d+|acc(?:uracy)?|em|f1)", core, re.I)
    if m:  # "36.6 pass@1": the metric beside the number
        return Cell((Value(_to_float(m.group(1)), t, percent=m.group(2) == "%", decimals=_decimals(m.group(1)),
                           qualifier=m.group(3)),), bold=bold)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(%?)\s+[-–]\s+(\d+(?:\.\d+)?)\s*(%?)", core)
    if m and split_slash and not re.fullmatch(r"\d{4}", m.group(1)):  # "34.2 - 61.3" under "EM - F1": two scores set apart by a spaced dash
        return Cell(tuple(Value(_to_float(m.group(i)), m.group(i), percent=m.group(i + 1) == "%",
                                decimals=_decimals(m.group(i)), part=k) for k, i in enumerate((1, 3))), bold=bold)
    m = re.fullmatch(rf"({_NUM})\s*(%?)\s+([+↑▲]\s?\d+(?:\.\d+)?%?|[-−↓▼]\s?\d+(?:\.\d+)?%?)", core)
    if m and not re.match(r"[-+]|\d{4}$", m.group(1)):  # "55.2 +3.2" (the gain printed in green beside the score)
        return Cell((Value(_to_float(m.group(1)), t, percent=m.group(2) == "%", decimals=_decimals(m.group(1)),
                           notes=(f"a change beside the score, not read: {m.group(3)}",)),), bold=bold)
    m = re.fullmatch(rf"\(\s*({_NUM})\s*(%?)\s*\)", core)
    if m:  # only a number in parentheses (the reported value next to a missing reproduction)
        return Cell((Value(_to_float(m.group(1)), t, percent=m.group(2) == "%", decimals=_decimals(m.group(1)),
                           qualifier=IN_PARENS, notes=("number in parentheses",)),), bold=bold)
    # score ± se
    m = _PM_RE.match(core)
    if m:
        return Cell((Value(_to_float(m.group(1)), t, percent=m.group(2) == "%", decimals=_decimals(m.group(1)),
                           stderr=abs(_to_float(m.group(3)))),), bold=bold)
    # score (something)
    m = _PAREN_RE.match(core)
    if m:
        main = _to_float(m.group(1))
        inner = m.group(3)
        pct = m.group(2) == "%"
        ci = _CI_RE.match(inner)
        if ci:
            a, b = _to_float(ci.group(1)), _to_float(ci.group(2))
            if a <= 0 <= b or a < 0:  # relative interval "-1.5, 1.5"
                lo, hi = main + a, main + b
            else:
                lo, hi = a, b
            se = (hi - lo) / (2 * 1.96) if hi >= lo else None
            return Cell((Value(main, t, percent=pct, decimals=_decimals(m.group(1)), ci=(lo, hi), stderr=se,
                               notes=(f"95% CI {lo:g} to {hi:g}",)),), bold=bold)
        inner_core = re.sub(rf"\s*{_FOOT}+$", "", inner).strip()  # "94.1 (95.1*)": a mark on the second number
        num = _one(inner_core.strip("%").strip()) if re.fullmatch(rf"{_NUM}\s*%?", inner_core) else None
        if num is not None:
            if paren_means == "se":
                return Cell((Value(main, t, percent=pct, decimals=_decimals(m.group(1)), stderr=num.value),), bold=bold)
            # two numbers ("58.5 (55.1)": reproduced (reported) in one card, the reverse in another): both are
            # kept; the one in parentheses carries that in its key, so it pairs only with the like of it
            return Cell((Value(main, t, percent=pct, decimals=_decimals(m.group(1)),
                               notes=(f"second number in the cell: {inner}",)),
                         Value(num.value, inner, percent=pct or "%" in inner_core, decimals=_decimals(inner_core),
                               qualifier=IN_PARENS, notes=("number in parentheses",))), bold=bold)
        # a setting in parentheses: "89.8 (best-of-5)" or "53.5(Airline)"
        return Cell((Value(main, t, percent=pct, decimals=_decimals(m.group(1)), qualifier=inner),), bold=bold)
    # several labelled numbers: "89.8 (best-of-5) 87.7 (0-shot)", "53.5(Airline)/63.9(Retail)"
    found = list(_LABELLED_RE.finditer(core))
    if len(found) >= 2 and not all(re.fullmatch(rf"{_NUM}\s*%?", f.group(3).strip()) for f in found):
        # (numbers in the parentheses are second scores, read as pairs below: "65.5 (64.4) / 84.5 (84.0)")
        rest = _LABELLED_RE.sub("", core).replace("/", "").strip()
        if not rest:
            return Cell(tuple(Value(_to_float(f.group(1)), f.group(0).strip(), percent=f.group(2) == "%",
                                    decimals=_decimals(f.group(1)), qualifier=f.group(3), part=i)
                              for i, f in enumerate(found)), bold=bold)
    # a/b pairs: "69.0/78.6", "--/74.9", "2056 / 98.2%", "70.71 \| 25.26"; "0.65→0.56" (before and after, under
    # a "FP16→AQLM" header)
    if split_slash and ("/" in core or "|" in core or "→" in core):
        parts = _SLASH_RE.split(core)
        if 2 <= len(parts) <= 4:
            vals = []
            ok = True
            paired: list[Value] = []  # "65.5 (64.4) / 84.5 (84.0)": each part with a second number in parentheses
            for i, p in enumerate(parts):
                pv = _one(p)
                se = _PM_RE.match(p.strip()) if pv is None else None
                if se:  # "87.5±.3/86.9±.3": each part with its error
                    pv = Value(_to_float(se.group(1)), p, percent=se.group(2) == "%", decimals=_decimals(se.group(1)),
                               stderr=abs(_to_float(se.group(3))))
                pm = None if pv is not None else _PAREN_RE.match(p.strip())
                inner = _one(pm.group(3)) if pm and re.fullmatch(rf"{_NUM}\s*%?", pm.group(3)) else None
                if pv is not None:
                    vals.append(Value(pv.value, p, percent=pv.percent, decimals=pv.decimals, part=i, stderr=pv.stderr))
                elif pm and inner is not None:
                    vals.append(Value(_to_float(pm.group(1)), p, percent=pm.group(2) == "%",
                                      decimals=_decimals(pm.group(1)), part=i))
                    paired.append(Value(inner.value, pm.group(3), percent=inner.percent, decimals=inner.decimals,
                                        qualifier=IN_PARENS, part=i, notes=("number in parentheses",)))
                elif p.strip().lower() in MISSING:
                    vals.append(None)
                else:
                    ok = False
                    break
            if ok and any(vals):
                out = []
                for i, v in enumerate(vals):
                    out.append(v if v is not None else Value(float("nan"), parts[i], part=i))
                    out.extend(x for x in paired if x.part == i)
                return Cell(tuple(out), bold=bold)
    # numbers set apart by explicit spacing: "55.9 &nbsp;&nbsp; 58.3" under a "n=0&nbsp;&nbsp;n=5" header
    if re.search(r"&nbsp;|\u00a0|\S {2,}\S", raw):
        parts = [p for p in re.split(r"\s+", core) if p]
        if 2 <= len(parts) <= 4:
            vals = [_one(p) for p in parts]
            if all(vals) and not any("," in p for p in parts):
                return Cell(tuple(Value(v.value, p, percent=v.percent, decimals=v.decimals, part=i)
                                  for i, (v, p) in enumerate(zip(vals, parts, strict=True))), bold=bold)
    if "\n" in s:
        return Cell(reason="several lines")
    m = re.fullmatch(r"(\d(?:\.\d+)?)[eE]\+?(\d{1,2})", core)
    if m:  # "1e5": a perplexity that blew up, printed in scientific notation (a column of sizes is skipped by its header)
        return Cell((Value(float(core), t, decimals=0, notes=("printed in scientific notation",)),), bold=bold)
    if re.search(r"\d", core):
        if re.fullmatch(r"[~≈<>]?\s*\d+(\.\d+)?\s*[KMBT]B?|\d+(\.\d+)?\s*[·×x]\s*10\S*|\d+(\.\d+)?e[+-]?\d+|"
                        r"\d{1,3}(,\d{3})+|\d+(\.\d+)?\s*(k|m|b|t)\s*tokens?", core, re.I):
            return Cell(reason=f"not a score (size or count): {core!r}")
        return Cell(reason=f"not a number: {core!r}")
    return Cell(reason=f"text: {core[:40]!r}")


def is_numberish(text: str) -> bool:
    c = parse_cell(text)
    return c.missing or bool(c.values)
