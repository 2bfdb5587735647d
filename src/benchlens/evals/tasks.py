"""Task files: the user's items, validated line by line before anything is sent.

One item per line (JSONL) or row (CSV), or a YAML list. Fields:

``id`` (required, unique), ``prompt`` (text) or ``messages`` (a chat: ``[{"role", "content"}]``),
optional ``system``; ``answer`` (text, number, a list of accepted answers, or JSON for the ``json``
scorer); optional ``scorer`` (a name or a mapping with ``name``), ``category``, ``weight`` (> 0,
default 1), scorer options (``tolerance``, ``rel_tolerance``, ``pattern``, ``flags``, ``choices``,
``schema``, ``rubric``, ``scale``, ``fullmatch``) and ``metadata``; any other field is kept as metadata.

:func:`scan` reads the whole file once and raises :class:`~benchlens.errors.InputError` naming the
line of every problem it found; :meth:`TaskFile.items` then gives the items again: from memory when the
file has at most ``KEEP_ITEMS`` items (kept by the scan, so a small file is parsed once), else streamed
from the file (never all in memory, except for YAML files, which are read whole).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from benchlens.errors import InputError
from benchlens.evals.scorers import OPTION_KEYS, ScorerSpec, SpecError, check_answer, parse_spec

FORMATS = ("jsonl", "csv", "yaml")
ROLES = ("system", "user", "assistant", "developer", "tool")
KNOWN = ("id", "prompt", "messages", "system", "answer", "scorer", "category", "weight", "metadata", *OPTION_KEYS)
MAX_PROBLEMS = 20
KEEP_ITEMS = 5000  # a scan keeps at most this many items in memory (about 1 kB each) for the run


@dataclass(frozen=True)
class Item:
    """One task item, ready to send."""

    id: str
    messages: list[dict[str, Any]]
    answer: Any
    scorer: ScorerSpec
    category: str | None = None
    weight: float = 1.0
    metadata: dict[str, Any] = field(default_factory=dict)
    line: int = 0

    def as_dict(self) -> dict[str, Any]:
        """What a ``python:`` scorer receives."""
        return {"id": self.id, "messages": self.messages, "answer": self.answer, "category": self.category,
                "weight": self.weight, "metadata": self.metadata, "scorer": self.scorer.label,
                "options": dict(self.scorer.options)}


@dataclass(frozen=True)
class TaskFile:
    """A validated task file: what :func:`scan` learnt, and a way to stream its items again."""

    path: Path
    format: str
    n_items: int
    sha256: str
    categories: dict[str, int]
    scorers: dict[str, int]
    default_scorer: str
    allow_code: bool
    kept: tuple[Item, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def uses_judge(self) -> bool:
        return "judge" in self.scorers

    def items(self) -> Iterator[Item]:
        """The items again: those the scan kept, or streamed from the file (validated by :func:`scan`)."""
        if self.kept is not None:
            yield from self.kept
            return
        specs: dict[str, ScorerSpec] = {}
        for line, raw in _records(self.path, self.format):
            item, problem = _build(raw, line, self.default_scorer, self.allow_code, specs)
            if problem or item is None:  # the file changed since it was scanned
                raise InputError(problem or "invalid item", path=str(self.path), where=f"line {line}")
            yield item


def detect_format(path: Path, fmt: str | None = None) -> str:
    if fmt:
        f = fmt.lower()
        if f not in FORMATS:
            raise InputError(f"task format must be one of {', '.join(FORMATS)}, not {fmt!r}", path=str(path))
        return f
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    raise InputError("cannot tell the task format from the file name: use .jsonl, .csv or .yaml", path=str(path))


def scan(path: str | Path, *, default_scorer: str = "normalized", allow_code: bool = False,
         fmt: str | None = None) -> TaskFile:
    """Validate a whole task file. Raises :class:`InputError` naming the line of each problem."""
    p = Path(path).expanduser()
    if not p.exists():
        raise InputError("no such task file", path=str(p))
    if p.is_dir():
        raise InputError("is a directory, not a task file", path=str(p))
    f = detect_format(p, fmt)
    try:
        parse_spec(default_scorer, allow_code=allow_code)
    except SpecError as exc:
        raise InputError(f"--scorer: {exc}") from None
    problems: list[tuple[int, str]] = []
    hashes = array("q")  # the ids' hashes, 8 bytes an item (a set of the ids took ~70): equal ones checked below
    n = 0
    cats: Counter[str] = Counter()
    scs: Counter[str] = Counter()
    specs: dict[str, ScorerSpec] = {}
    kept: list[Item] | None = []
    for line, raw in _records(p, f):
        item, problem = _build(raw, line, default_scorer, allow_code, specs)
        if problem:
            problems.append((line, problem))
            if len(problems) > MAX_PROBLEMS:
                break
            continue
        assert item is not None
        hashes.append(hash(item.id))
        n += 1
        cats[item.category or ""] += 1
        scs[item.scorer.label] += 1
        if kept is not None:
            if n <= KEEP_ITEMS:
                kept.append(item)
            else:
                kept = None  # a large file: the run streams it again
    if len(problems) <= MAX_PROBLEMS:
        problems = sorted(problems + _duplicates(p, f, hashes, default_scorer, allow_code))
    if problems:
        first_line, first = problems[0]
        more = "; ".join(f"line {ln}: {msg}" for ln, msg in problems[1:6])
        extra = f" (also {more}" + (", and more" if len(problems) > 6 else "") + ")" if more else ""
        raise InputError(first + extra + "; nothing was sent", path=str(p), where=f"line {first_line}")
    if n == 0:
        raise InputError("no items", path=str(p))
    return TaskFile(p, f, n, _sha256(p), dict(cats), dict(scs), default_scorer, allow_code,
                    None if kept is None else tuple(kept))


def _duplicates(p: Path, fmt: str, hashes: array, default_scorer: str, allow_code: bool,
                hasher: Callable[[str], int] = hash) -> list[tuple[int, str]]:
    """(line, problem) for every item whose id an earlier item already has. Only ids whose hash occurs
    twice are compared, in a second reading of the file (there is none when no two hashes are equal)."""
    h = np.frombuffer(hashes, dtype=np.int64) if len(hashes) else np.zeros(0, dtype=np.int64)
    h = np.sort(h)
    twice = set(h[1:][h[1:] == h[:-1]].tolist())
    if not twice:
        return []
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    specs: dict[str, ScorerSpec] = {}
    for line, raw in _records(p, fmt):
        item, problem = _build(raw, line, default_scorer, allow_code, specs)
        if problem is None and item is not None and hasher(item.id) in twice:
            if item.id in seen:
                out.append((line, f"duplicate id {item.id!r}"))
            seen.add(item.id)
    return out


def _sha256(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --- reading records ---------------------------------------------------------------------------------


class _Bad:
    """A record that could not even be parsed (its problem, kept for the line)."""

    def __init__(self, problem: str):
        self.problem = problem


def _records(p: Path, fmt: str) -> Iterator[tuple[int, Any]]:
    try:
        if fmt == "jsonl":
            yield from _jsonl(p)
        elif fmt == "csv":
            yield from _csv(p)
        else:
            yield from _yaml(p)
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(p)) from None


def _jsonl(p: Path) -> Iterator[tuple[int, Any]]:
    with p.open(encoding="utf-8-sig") as fh:
        first = True
        for i, text in enumerate(fh, 1):
            s = text.strip()
            if not s:
                continue
            if first and s.startswith("[") and p.suffix.lower() == ".json":
                yield from _json_array(p)
                return
            first = False
            try:
                yield i, json.loads(s)
            except json.JSONDecodeError as exc:
                yield i, _Bad(f"not valid JSON ({exc.msg} at column {exc.colno})")


def _json_array(p: Path) -> Iterator[tuple[int, Any]]:
    text = p.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield exc.lineno, _Bad(f"not valid JSON ({exc.msg} at column {exc.colno})")
        return
    for i, rec in enumerate(data):
        yield i + 1, rec  # a JSON array has no lines per item: number the items instead


def _csv(p: Path) -> Iterator[tuple[int, Any]]:
    with p.open(encoding="utf-8-sig", newline="") as fh:
        sample = fh.read(4096)
        fh.seek(0)
        delim = "\t" if p.suffix.lower() == ".tsv" else ","
        if p.suffix.lower() != ".tsv" and sample:
            try:
                delim = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t").delimiter
            except csv.Error:
                delim = ","
        reader = csv.DictReader(fh, delimiter=delim)
        if not reader.fieldnames:
            return
        names = [n.strip() if n else n for n in reader.fieldnames]
        reader.fieldnames = names
        if "id" not in names:
            yield 1, _Bad("the header has no 'id' column")
            return
        if "prompt" not in names and "messages" not in names:
            yield 1, _Bad("the header needs a 'prompt' or a 'messages' column")
            return
        start = reader.line_num + 1
        for row in reader:
            line = start
            start = reader.line_num + 1
            if None in row:
                yield line, _Bad(f"{len(row[None])} more cells than the header has columns")  # type: ignore[index]
                continue
            rec: dict[str, Any] = {k: v for k, v in row.items() if k and v not in (None, "")}
            if not rec:
                continue
            for k in ("messages", "metadata", "schema", "choices"):
                if k in rec and isinstance(rec[k], str) and rec[k].strip()[:1] in ("[", "{"):
                    try:
                        rec[k] = json.loads(rec[k])
                    except json.JSONDecodeError as exc:
                        yield line, _Bad(f"column {k!r} is not valid JSON ({exc.msg})")
                        rec = {}
                        break
            if rec:
                yield line, rec


def _yaml(p: Path) -> Iterator[tuple[int, Any]]:
    import yaml

    text = p.read_text(encoding="utf-8-sig")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        yield line, _Bad(f"not valid YAML ({getattr(exc, 'problem', None) or exc})")
        return
    if data is None:
        return
    seq = node
    if isinstance(data, Mapping) and "items" in data:
        data = data["items"]
        for k, v in node.value:  # type: ignore[union-attr]
            if k.value == "items":
                seq = v
    if not isinstance(data, list):
        yield 1, _Bad("a YAML task file is a list of items (or a mapping with 'items')")
        return
    lines = [n.start_mark.line + 1 for n in seq.value] if isinstance(seq, yaml.SequenceNode) else []
    for i, rec in enumerate(data):
        yield (lines[i] if i < len(lines) else i + 1), rec


# --- building items ----------------------------------------------------------------------------------


def _build(raw: Any, line: int, default_scorer: str, allow_code: bool,
           specs: dict[str, ScorerSpec] | None = None) -> tuple[Item | None, str | None]:
    """An item from a parsed record, or the problem with it. ``specs`` caches scorers given by name
    alone (most items of a file share one)."""
    if isinstance(raw, _Bad):
        return None, raw.problem
    if type(raw) is not dict and not isinstance(raw, Mapping):
        return None, f"an item must be an object with fields, not {type(raw).__name__}"
    rec = dict(raw)
    iid = rec.get("id")
    if iid is None or isinstance(iid, bool) or (isinstance(iid, str) and not iid.strip()):
        return None, "missing 'id'"
    if not isinstance(iid, (str, int)):
        return None, f"'id' must be text or an integer, not {type(iid).__name__}"
    iid = str(iid).strip()
    has_prompt = rec.get("prompt") not in (None, "")
    has_msgs = rec.get("messages") not in (None, "", [])
    if has_prompt == has_msgs:
        return None, ("give either 'prompt' or 'messages', not both" if has_prompt
                      else "missing 'prompt' (or 'messages')")
    if has_prompt:
        prompt = rec["prompt"]
        if not isinstance(prompt, str):
            return None, f"'prompt' must be text, not {type(prompt).__name__}"
        messages: list[dict[str, Any]] = []
        system = rec.get("system")
        if system not in (None, ""):
            if not isinstance(system, str):
                return None, "'system' must be text"
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
    else:
        msgs = rec["messages"]
        if rec.get("system") not in (None, ""):
            return None, "'system' goes with 'prompt'; put a system message in 'messages' instead"
        if not isinstance(msgs, list) or not msgs:
            return None, "'messages' must be a non-empty list of {role, content}"
        messages = []
        for j, m in enumerate(msgs):
            if (type(m) is not dict and not isinstance(m, Mapping)) or "role" not in m or "content" not in m:
                return None, f"messages[{j}] must have 'role' and 'content'"
            if m["role"] not in ROLES:
                return None, f"messages[{j}]: unknown role {m['role']!r} (known: {', '.join(ROLES)})"
            if not isinstance(m["content"], (str, list)):
                return None, f"messages[{j}]: 'content' must be text or a list of parts"
            messages.append(dict(m))
    options = {k: rec[k] for k in OPTION_KEYS if k in rec}
    raw_spec = rec.get("scorer") or default_scorer
    cacheable = specs is not None and not options and type(raw_spec) is str  # a scorer given by name alone
    try:
        spec = specs.get(raw_spec) if cacheable else None  # type: ignore[union-attr]
        if spec is None:
            spec = parse_spec(raw_spec, options, allow_code=allow_code)
            if cacheable:
                specs[raw_spec] = spec  # type: ignore[index]
        check_answer(spec, rec.get("answer"))
    except SpecError as exc:
        return None, str(exc)
    cat = rec.get("category")
    if cat is not None and not isinstance(cat, (str, int)):
        return None, "'category' must be text"
    weight = rec.get("weight", 1.0)
    try:
        w = float(weight)
    except (TypeError, ValueError):
        return None, f"'weight' must be a number, not {weight!r}"
    if not math.isfinite(w) or w <= 0:
        return None, f"'weight' must be a positive number, not {weight!r}"
    meta = rec.get("metadata") or {}
    if type(meta) is not dict and not isinstance(meta, Mapping):
        return None, "'metadata' must be an object"
    meta = dict(meta)
    for k, v in rec.items():
        if k not in KNOWN:
            meta[k] = v
    answer = rec.get("answer")
    return Item(iid, messages, answer, spec, None if cat in (None, "") else str(cat), w, meta, line), None


def dumps_items(items: list[dict[str, Any]]) -> str:
    """JSONL text of item dicts (a helper for tests and examples)."""
    buf = io.StringIO()
    for it in items:
        buf.write(json.dumps(it, ensure_ascii=False) + "\n")
    return buf.getvalue()
