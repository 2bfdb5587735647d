"""Scoring a model's answer against an item: the scorers, answer normalisation and reasoning removal.

Every scorer returns an :class:`Outcome`: a score in [0, 1], whether the item passed (binary scorers;
``None`` for graded ones), and a short detail. ``<think>`` blocks and a server's ``reasoning_content``
are removed *before* scoring (:func:`split_reasoning`), so a model's thoughts never count as its answer.

Scorers (``scorer`` in a task item; ``normalized`` is the default):

========================  ==================================================================
``normalized``            normalised exact match of the answer, or of the part after "answer:",
                          a ``\\boxed{}`` or the last line (case, punctuation, articles ignored)
``exact``                 the stripped response equals the answer exactly
``contains``              the normalised answer appears in the normalised response (whole words)
``regex``                 ``re.search(pattern, response)`` (pattern: ``pattern`` or the answer)
``number``                the last number (after "answer:" / in ``\\boxed{}`` when present) is within
                          ``tolerance`` (absolute, default 1e-6) or ``rel_tolerance`` of the answer
``choice``                the chosen letter (``Answer: (B)``, ``\\boxed{B}``, a lone letter, the one
                          choice text named) equals the answer letter
``json``                  the response is valid JSON (fences allowed); with ``schema``, valid against
                          it; with an answer, equal to it
``judge``                 an LLM judge on another endpoint grades the response with a rubric
                          (``VERDICT: PASS|FAIL``; with ``scale: N``, ``SCORE: k`` out of N, graded)
``python:mod:func``       ``func(response, item) -> bool | float | dict``; only with ``--allow-code``
========================  ==================================================================
"""

from __future__ import annotations

import importlib
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

SCORERS = ("normalized", "exact", "contains", "regex", "number", "choice", "json", "judge")
#: Scorers that need no reference answer.
NO_ANSWER_NEEDED = ("json", "judge")
#: Options an item (or a scorer mapping) may carry.
OPTION_KEYS = ("tolerance", "rel_tolerance", "pattern", "flags", "choices", "schema", "rubric", "scale",
               "fullmatch")

DEFAULT_TOLERANCE = 1e-6
DEFAULT_RUBRIC = ("Judge whether the response answers the question correctly and completely. "
                  "When a reference answer is given, the response must agree with it in substance; "
                  "wording may differ.")


@dataclass(frozen=True)
class Outcome:
    """The result of scoring one response."""

    score: float | None  # in [0, 1]; None when the response could not be scored (see ``error``)
    passed: bool | None  # binary scorers; None for graded ones
    detail: str | None = None
    error: str | None = None  # a scoring failure (judge unparsable, python scorer raised)

    @property
    def binary(self) -> bool:
        return self.passed is not None


@dataclass(frozen=True)
class ScorerSpec:
    """A scorer name and its options (``python`` scorers keep ``module:function`` in ``target``)."""

    name: str
    options: Mapping[str, Any] = field(default_factory=dict)
    target: str | None = None  # "module:function" for python scorers

    @property
    def label(self) -> str:
        return f"python:{self.target}" if self.name == "python" else self.name

    @property
    def needs_answer(self) -> bool:
        return self.name not in NO_ANSWER_NEEDED and self.name != "python"


class SpecError(ValueError):
    """A scorer specification that cannot be used (the message names the problem)."""


# --- parsing and validating specifications ------------------------------------------------------------


def parse_spec(raw: Any, options: Mapping[str, Any] | None = None, *, allow_code: bool = False) -> ScorerSpec:
    """A scorer from a task item: a name (``"number"``, ``"python:mod:fn"``) or a mapping with ``name``.

    ``options`` are item-level option keys (``tolerance``, ``schema``...). Raises :class:`SpecError`.
    """
    opts: dict[str, Any] = dict(options or {})
    if isinstance(raw, Mapping):
        raw = dict(raw)
        name = raw.pop("name", None) or raw.pop("type", None)
        if not isinstance(name, str):
            raise SpecError("a scorer mapping needs a 'name'")
        for k in raw:
            if k not in OPTION_KEYS:
                raise SpecError(f"unknown scorer option {k!r} (known: {', '.join(OPTION_KEYS)})")
        opts.update(raw)
    elif isinstance(raw, str):
        name = raw.strip()
    else:
        raise SpecError(f"scorer must be a name or a mapping, not {type(raw).__name__}")
    lname = name.lower()
    if lname.startswith("python:"):
        target = name.split(":", 1)[1]
        if target.count(":") != 1 or not all(target.split(":")):
            raise SpecError(f"python scorer must be python:module:function, not {name!r}")
        if not allow_code:
            raise SpecError(f"scorer {name!r} runs your code: pass --allow-code to allow it")
        load_python_scorer(target)  # fail now, before anything is sent
        return ScorerSpec("python", _check_options("python", opts), target=target)
    if lname == "normalised":
        lname = "normalized"
    if lname not in SCORERS:
        raise SpecError(f"unknown scorer {name!r} (known: {', '.join(SCORERS)}, python:module:function)")
    return ScorerSpec(lname, _check_options(lname, opts))


def _check_options(name: str, opts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in opts.items():
        if v is None or v == "":
            continue
        if k in ("tolerance", "rel_tolerance"):
            try:
                x = float(v)
            except (TypeError, ValueError):
                raise SpecError(f"{k} must be a number, not {v!r}") from None
            if not math.isfinite(x) or x < 0:
                raise SpecError(f"{k} must be a finite number >= 0, not {v!r}")
            out[k] = x
        elif k == "pattern":
            out[k] = str(v)
        elif k == "flags":
            f = str(v).lower()
            if set(f) - set("imsx"):
                raise SpecError(f"flags may contain only i, m, s, x, not {v!r}")
            out[k] = f
        elif k == "choices":
            out[k] = _parse_choices(v)
        elif k == "schema":
            out[k] = _parse_schema(v)
        elif k == "rubric":
            out[k] = str(v)
        elif k == "scale":
            try:
                s = int(v)
            except (TypeError, ValueError):
                raise SpecError(f"scale must be an integer, not {v!r}") from None
            if s < 1:
                raise SpecError("scale must be at least 1")
            out[k] = s
        elif k == "fullmatch":
            out[k] = v if isinstance(v, bool) else str(v).strip().lower() in ("1", "true", "yes")
    if name == "regex" and "pattern" in out:
        _compile(out["pattern"], out.get("flags", ""))
    return out


def _parse_choices(v: Any) -> dict[str, str]:
    """Choices as ``{"A": text, ...}`` from a list, a mapping, or a JSON / ``|``-separated string."""
    if isinstance(v, str):
        t = v.strip()
        if t.startswith(("[", "{")):
            try:
                v = json.loads(t)
            except json.JSONDecodeError as exc:
                raise SpecError(f"choices is not valid JSON: {exc.msg}") from None
        else:
            v = [c.strip() for c in t.split("|")]
    if isinstance(v, Mapping):
        out = {str(k).strip().upper(): str(t) for k, t in v.items()}
        if not all(len(k) == 1 and k.isalpha() for k in out):
            raise SpecError("choice keys must be single letters")
        return out
    if isinstance(v, (list, tuple)):
        if not v or len(v) > 26:
            raise SpecError("choices must list 1 to 26 options")
        return {chr(ord("A") + i): str(t) for i, t in enumerate(v)}
    raise SpecError("choices must be a list, a mapping of letters, or a '|'-separated string")


def _parse_schema(v: Any) -> dict[str, Any]:
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except json.JSONDecodeError as exc:
            raise SpecError(f"schema is not valid JSON: {exc.msg}") from None
    if not isinstance(v, (Mapping, bool)):
        raise SpecError("schema must be a JSON Schema object")
    import jsonschema

    try:
        jsonschema.validators.validator_for(v).check_schema(v)
    except jsonschema.SchemaError as exc:
        raise SpecError(f"schema is not a valid JSON Schema: {exc.message}") from None
    return dict(v) if isinstance(v, Mapping) else v  # type: ignore[return-value]


def check_answer(spec: ScorerSpec, answer: Any) -> None:
    """Raise :class:`SpecError` when ``answer`` cannot be used with ``spec`` (before anything is sent)."""
    if answer is None or answer == "" or answer == []:
        if spec.needs_answer and not (spec.name == "regex" and "pattern" in spec.options):
            raise SpecError(f"scorer {spec.label!r} needs an 'answer'")
        return
    alts = answer if isinstance(answer, list) and spec.name not in ("json",) else [answer]
    for a in alts:
        if isinstance(a, (dict, list)) and spec.name not in ("json", "judge", "python"):
            raise SpecError(f"answer for scorer {spec.name!r} must be text or a number")
        if spec.name == "number":
            if _to_float(a) is None:
                raise SpecError(f"answer {a!r} is not a number")
        elif spec.name == "choice":
            if _expected_letter(a, spec.options.get("choices")) is None:
                raise SpecError(f"answer {a!r} is not a choice letter" +
                                (" or the text of a choice" if spec.options.get("choices") else ""))
        elif spec.name == "regex" and "pattern" not in spec.options:
            try:
                _compile(str(a), spec.options.get("flags", ""))
            except SpecError as exc:
                raise SpecError(f"answer is not a valid regex: {exc}") from None


def _compile(pattern: str, flags: str) -> re.Pattern[str]:
    f = 0
    for c in flags:
        f |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}[c]
    try:
        return _compile_cached(pattern, f)
    except re.error as exc:
        raise SpecError(f"invalid regex {pattern!r}: {exc}") from None


_RX_CACHE: dict[tuple[str, int], re.Pattern[str]] = {}


def _compile_cached(pattern: str, flags: int) -> re.Pattern[str]:
    key = (pattern, flags)
    rx = _RX_CACHE.get(key)
    if rx is None:
        rx = re.compile(pattern, flags)
        if len(_RX_CACHE) < 4096:
            _RX_CACHE[key] = rx
    return rx


# --- python scorers --------------------------------------------------------------------------------

_PY_CACHE: dict[str, Callable[..., Any]] = {}


def load_python_scorer(target: str) -> Callable[..., Any]:
    """Import ``module:function`` (the current directory is on the path). Raises :class:`SpecError`."""
    fn = _PY_CACHE.get(target)
    if fn is not None:
        return fn
    mod_name, fn_name = target.split(":", 1)
    added = False
    if "" not in sys.path and "." not in sys.path:
        sys.path.insert(0, "")
        added = True
    try:
        mod = importlib.import_module(mod_name)
    except Exception as exc:  # any import failure is the user's module
        raise SpecError(f"cannot import scorer module {mod_name!r}: {exc}") from None
    finally:
        if added:
            sys.path.remove("")
    fn = getattr(mod, fn_name, None)
    if not callable(fn):
        raise SpecError(f"module {mod_name!r} has no function {fn_name!r}")
    _PY_CACHE[target] = fn
    return fn


# --- reasoning --------------------------------------------------------------------------------------

_THINK_TAGS = ("think", "thinking", "reasoning", "thought")
_BLOCK_RX = re.compile(r"<(think|thinking|reasoning|thought)>(.*?)</\1\s*>", re.S | re.I)
_CLOSE_RX = re.compile(r"</(think|thinking|reasoning|thought)\s*>", re.I)
_OPEN_RX = re.compile(r"<(think|thinking|reasoning|thought)>", re.I)


def split_reasoning(text: str | None) -> tuple[str, str, bool]:
    """Split a response into (answer, reasoning, truncated).

    Removes closed ``<think>...</think>`` blocks (also ``thinking``, ``reasoning``, ``thought``); text
    before a lone closing tag (templates that open the block in the prompt) is reasoning; an unclosed
    opening tag means the reply was cut off while reasoning: everything after it is reasoning and
    ``truncated`` is True.
    """
    if not text:
        return "", "", False
    if "<" not in text:
        return text.strip(), "", False
    parts: list[str] = []

    def keep(m: re.Match[str]) -> str:
        parts.append(m.group(2).strip())
        return ""

    rest = _BLOCK_RX.sub(keep, text)
    m = _CLOSE_RX.search(rest)
    if m and not _OPEN_RX.search(rest[: m.start()]):
        parts.insert(0, rest[: m.start()].strip())
        rest = rest[m.end():]
        rest = _CLOSE_RX.sub("", rest)
    truncated = False
    m = _OPEN_RX.search(rest)
    if m:
        parts.append(rest[m.end():].strip())
        rest = rest[: m.start()]
        truncated = True
    return rest.strip(), "\n\n".join(p for p in parts if p), truncated


# --- normalisation and extraction -------------------------------------------------------------------

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_WS = re.compile(r"\s+")
_MARKER = re.compile(r"(?:final\s+answer|answer)\s*(?:is|:|=)\s*[:\-]?\s*", re.I)
_BOXED = re.compile(r"\\boxed\{((?:[^{}]|\{[^{}]*\})*)\}")


_ASCII_PUNCT = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"})


def normalize(text: Any) -> str:
    """Lower case, NFKC, no punctuation or symbols, no articles (a, an, the), single spaces."""
    t = str(text)
    if t.isascii():
        t = t.lower().translate(_ASCII_PUNCT)
    else:
        t = unicodedata.normalize("NFKC", t).lower()
        t = "".join(" " if unicodedata.category(c).startswith(("P", "S")) else c for c in t)
    t = _ARTICLES.sub(" ", t)
    return _WS.sub(" ", t).strip()


def final_part(text: str) -> str | None:
    """The text after the last "answer:" / "answer is" marker, or the last ``\\boxed{}``, if any."""
    boxed = _BOXED.findall(text)
    if boxed:
        return boxed[-1].strip()
    last = None
    for m in _MARKER.finditer(text):
        last = m
    if last is not None:
        tail = text[last.end():].strip()
        return tail.splitlines()[0].strip() if tail else ""
    return None


def _candidates(text: str) -> list[str]:
    out = [text]
    fp = final_part(text)
    if fp is not None:
        out.append(fp)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) > 1:
        out.append(lines[-1])
    return out


_NUM_RX = re.compile(
    r"(?<![\w.])[-−+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+)(?:\s*/\s*\d+(?![\d.]))?"
)


def _to_float(x: Any) -> float | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x) if math.isfinite(x) else None
    t = str(x).strip().replace("−", "-").replace("$", "").replace("%", "").replace(",", "").strip()
    if "/" in t:
        a, _, b = t.partition("/")
        try:
            den = float(b)
            return float(a) / den if den else None
        except ValueError:
            return None
    try:
        v = float(t)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def extract_number(text: str) -> float | None:
    """The number a response gives: the first after the last "answer:" / in ``\\boxed{}``, else the last one."""
    fp = final_part(text)
    if fp:
        nums = _NUM_RX.findall(fp)
        if nums:
            return _to_float(nums[0])
    nums = _NUM_RX.findall(text)
    return _to_float(nums[-1]) if nums else None


_CHOICE_PATTERNS = (
    re.compile(r"(?:final\s+answer|answer|correct\s+(?:option|choice)|option|choice)\s*(?:is|:|=)?\s*"
               r"[:\-]?\s*[*_]*\(?\s*([A-Z])\s*\)?[*_]*(?![A-Za-z])", re.I),
    re.compile(r"\\boxed\{\s*\(?([A-Z])\)?\s*\}"),
    re.compile(r"^\W*\(?([A-Z])\)?\W*$"),
    re.compile(r"^\s*\(?([A-Z])[).:]\s", re.M),
    re.compile(r"\(([A-Z])\)"),
)


def _expected_letter(answer: Any, choices: Mapping[str, str] | None) -> str | None:
    t = str(answer).strip()
    m = re.fullmatch(r"\(?\s*([A-Za-z])\s*\)?\.?", t)
    if m and (not choices or m.group(1).upper() in choices):
        return m.group(1).upper()
    if choices:
        nt = normalize(t)
        for k, v in choices.items():
            if normalize(v) == nt:
                return k
    return None


def extract_choice(text: str, choices: Mapping[str, str] | None = None) -> str | None:
    """The option letter a response picks, or None."""
    allowed = set(choices) if choices else {chr(ord("A") + i) for i in range(10)}
    for i, rx in enumerate(_CHOICE_PATTERNS):
        hits = [h.upper() for h in rx.findall(text)]
        if i == 0:
            hits = [h for h in hits if h in allowed]
            if hits:
                return hits[-1]
            continue
        hits = [h for h in hits if h in allowed]
        if hits:
            return hits[-1] if i == 1 else hits[0]
    if choices:
        nt = f" {normalize(text)} "
        named = [k for k, v in choices.items() if normalize(v) and f" {normalize(v)} " in nt]
        if len(named) == 1:
            return named[0]
    return None


def extract_json(text: str) -> tuple[Any, str | None]:
    """Parse the JSON a response gives (code fences allowed). Returns (value, error)."""
    t = text.strip()
    fence = re.search(r"```(?:json|JSON)?\s*\n?(.*?)```", t, re.S)
    if fence:
        t = fence.group(1).strip()
    try:
        return json.loads(t), None
    except json.JSONDecodeError as exc:
        first_err = exc
    starts = [i for i in (t.find("{"), t.find("[")) if i >= 0]
    if starts:
        try:
            value, _ = json.JSONDecoder().raw_decode(t[min(starts):])
            return value, None
        except json.JSONDecodeError:
            pass
    return None, f"not valid JSON ({first_err.msg} at line {first_err.lineno} column {first_err.colno})"


# --- scoring ----------------------------------------------------------------------------------------


def _alts(answer: Any) -> list[Any]:
    return list(answer) if isinstance(answer, list) else [answer]


def _bin(ok: bool, detail: str | None = None) -> Outcome:
    return Outcome(1.0 if ok else 0.0, ok, detail)


def score_response(spec: ScorerSpec, response: str, answer: Any, item: Mapping[str, Any] | None = None) -> Outcome:
    """Score a response (reasoning already removed) with a synchronous scorer (not ``judge``)."""
    name = spec.name
    opts = spec.options
    if name == "normalized":
        wants = {normalize(a) for a in _alts(answer)}
        got = [normalize(c) for c in _candidates(response)]
        return _bin(any(g in wants for g in got))
    if name == "exact":
        r = response.strip()
        return _bin(any(r == str(a).strip() for a in _alts(answer)))
    if name == "contains":
        hay = f" {normalize(response)} "
        return _bin(any(normalize(a) and f" {normalize(a)} " in hay for a in _alts(answer)))
    if name == "regex":
        patterns = [opts["pattern"]] if "pattern" in opts else [str(a) for a in _alts(answer)]
        for p in patterns:
            rx = _compile(p, opts.get("flags", ""))
            hit = rx.fullmatch(response.strip()) if opts.get("fullmatch") else rx.search(response)
            if hit:
                return _bin(True)
        return _bin(False)
    if name == "number":
        x = extract_number(response)
        if x is None:
            return _bin(False, "no number found")
        tol = opts.get("tolerance", DEFAULT_TOLERANCE)
        rel = opts.get("rel_tolerance", 0.0)
        for a in _alts(answer):
            v = _to_float(a)
            if v is not None and abs(x - v) <= max(tol, rel * abs(v)):
                return _bin(True, f"got {x:g}")
        return _bin(False, f"got {x:g}")
    if name == "choice":
        choices = opts.get("choices")
        got = extract_choice(response, choices)
        if got is None:
            return _bin(False, "no choice found")
        wants = {_expected_letter(a, choices) for a in _alts(answer)}
        return _bin(got in wants, f"chose {got}")
    if name == "json":
        value, err = extract_json(response)
        if err:
            return _bin(False, err)
        if "schema" in opts:
            import jsonschema

            validator = jsonschema.validators.validator_for(opts["schema"])(opts["schema"])
            error = jsonschema.exceptions.best_match(validator.iter_errors(value))
            if error is not None:
                where = "/".join(str(p) for p in error.absolute_path) or "(root)"
                return _bin(False, f"schema: {where}: {error.message}"[:300])
        if answer is not None and answer != "":
            expected = answer
            if isinstance(answer, str):
                try:
                    expected = json.loads(answer)
                except json.JSONDecodeError:
                    expected = answer
            return _bin(value == expected, None if value == expected else "JSON differs from the answer")
        return _bin(True)
    if name == "python":
        fn = load_python_scorer(spec.target or "")
        try:
            got = fn(response, dict(item or {}))
        except Exception as exc:  # the user's code: report, never crash the run
            return Outcome(None, None, None, f"scorer {spec.target} raised {type(exc).__name__}: {exc}"[:300])
        return _from_python(got, spec.target or "")
    raise SpecError(f"scorer {name!r} is not synchronous")


def _from_python(got: Any, target: str) -> Outcome:
    detail = None
    if isinstance(got, Mapping):
        detail = got.get("detail")
        passed = got.get("passed")
        score = got.get("score")
        if score is None and isinstance(passed, bool):
            score = 1.0 if passed else 0.0
        got = score if passed is None else passed
        if passed is not None and score is not None:
            return _checked(float(score), bool(passed), detail, target)
    if isinstance(got, bool):
        return Outcome(1.0 if got else 0.0, got, detail)
    if isinstance(got, (int, float)):
        return _checked(float(got), None, detail, target)
    return Outcome(None, None, None, f"scorer {target} returned {type(got).__name__}, not bool, number or dict")


def _checked(score: float, passed: bool | None, detail: Any, target: str) -> Outcome:
    if not math.isfinite(score) or not 0.0 <= score <= 1.0:
        return Outcome(None, None, None, f"scorer {target} returned {score!r}, not a score in [0, 1]")
    return Outcome(score, passed, None if detail is None else str(detail)[:300])


# --- the LLM judge ----------------------------------------------------------------------------------

JUDGE_SYSTEM = ("You are a careful, strict grader of answers. You do not solve the task yourself beyond "
                "what is needed to check the response. You end your reply with the requested line.")


def judge_messages(question: str, response: str, answer: Any, rubric: str | None,
                   scale: int | None = None) -> list[dict[str, str]]:
    """The messages sent to the judge endpoint."""
    ref = "(none given)" if answer in (None, "", []) else (
        json.dumps(answer, ensure_ascii=False) if not isinstance(answer, str) else answer)
    if scale:
        ask = f"Reply with a short justification, then a last line of the form 'SCORE: k' where k is an integer from 0 to {scale}."
    else:
        ask = "Reply with a short justification, then a last line that is exactly 'VERDICT: PASS' or 'VERDICT: FAIL'."
    user = (f"Question:\n{question}\n\nReference answer:\n{ref}\n\nRubric:\n{rubric or DEFAULT_RUBRIC}\n\n"
            f"Response to grade:\n{response}\n\n{ask}")
    return [{"role": "system", "content": JUDGE_SYSTEM}, {"role": "user", "content": user}]


_VERDICT_RX = re.compile(r"VERDICT\s*[:=]\s*\**\s*(PASS|FAIL)", re.I)
_SCORE_RX = re.compile(r"SCORE\s*[:=]\s*\**\s*(\d+(?:\.\d+)?)(?:\s*/\s*(\d+))?", re.I)


def parse_judge(reply: str, scale: int | None = None) -> Outcome:
    """The judge's grade from its reply (reasoning already removed)."""
    if scale:
        hits = _SCORE_RX.findall(reply)
        if not hits:
            return Outcome(None, None, None, "judge reply has no 'SCORE: k' line")
        k = float(hits[-1][0])
        if not 0 <= k <= scale:
            return Outcome(None, None, None, f"judge score {k:g} is outside 0..{scale}")
        return Outcome(k / scale, None, f"judge: {k:g}/{scale}")
    hits = _VERDICT_RX.findall(reply)
    if not hits:
        return Outcome(None, None, None, "judge reply has no 'VERDICT: PASS|FAIL' line")
    ok = hits[-1].upper() == "PASS"
    return Outcome(1.0 if ok else 0.0, ok, f"judge: {'PASS' if ok else 'FAIL'}")


def question_text(messages: list[dict[str, Any]]) -> str:
    """What the judge sees as the question: the conversation's last user message (and the system prompt)."""
    users = [m for m in messages if m.get("role") == "user"]
    last = users[-1]["content"] if users else messages[-1].get("content", "")
    if not isinstance(last, str):
        last = json.dumps(last, ensure_ascii=False)
    return last
