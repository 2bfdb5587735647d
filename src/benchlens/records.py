"""The score record: one number, the identity key that says what it measures, and where it came from.

Every stage of benchlens speaks in :class:`Score`. Extractors and importers make them, the store keeps
them, the analysis reads them. Two scores are comparable only when their :class:`IdentityKey` is equal
(:func:`comparable`).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import asdict, dataclass, field, replace
from typing import Any

#: Setting fields of an identity key, in their canonical order.
SETTING_FIELDS = ("version", "subset", "mode", "tools", "shots", "metric", "k", "judge", "extra")

MODES = ("thinking", "non-thinking")

#: Where a score came from.
SOURCE_KINDS = (
    "model_card",
    "report",
    "csv",
    "json",
    "model_index",
    "eval_results",
    "lm_eval",
    "inspect",
    "eee",
    "promptfoo",
    "opencompass",
    "own_run",
    "other",
)

#: How the printed value is scaled.
VALUE_SCALES = ("percent", "fraction", "rating", "score10", "raw")


@dataclass(frozen=True, order=True)
class IdentityKey:
    """What a score measures. Scores are paired only when their keys are equal.

    ``benchmark`` is a catalog id, or ``"?" + label`` for a label the catalog does not know (such
    keys are never paired across documents). The setting fields record what differs from the
    benchmark's standard protocol: ``None`` means "standard / not stated".
    """

    benchmark: str
    version: str | None = None  # version or date window not already in the benchmark id
    subset: str | None = None  # e.g. "text-only", "en"
    mode: str | None = None  # "thinking" | "non-thinking"
    tools: str | None = None  # "none" | "tools" | "python" | "search" | ...
    shots: int | None = None
    metric: str | None = None  # when not the benchmark's standard metric
    k: str | None = None  # "pass@8", "cons@64" (avg@k and pass@1 are the standard: None)
    judge: str | None = None
    extra: tuple[tuple[str, str], ...] = ()  # other qualifiers, kept as written

    def setting(self) -> dict[str, Any]:
        """The non-empty setting fields as a plain dict (``extra`` as a dict)."""
        out: dict[str, Any] = {}
        for name in SETTING_FIELDS:
            value = getattr(self, name)
            if name == "extra":
                if value:
                    out["extra"] = dict(value)
            elif value is not None:
                out[name] = value
        return out

    def to_json(self) -> str:
        """Canonical JSON of the whole key: equal keys give equal strings."""
        return json.dumps({"benchmark": self.benchmark, **self.setting()}, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_setting(cls, benchmark: str, setting: dict[str, Any] | None) -> IdentityKey:
        setting = dict(setting or {})
        extra = setting.pop("extra", None) or {}
        unknown = set(setting) - set(SETTING_FIELDS)
        if unknown:
            # unknown setting names are kept, never dropped: they distinguish the key
            extra = {**extra, **{k: setting.pop(k) for k in sorted(unknown)}}
        if setting.get("shots") is not None:
            setting["shots"] = int(setting["shots"])
        for name in ("version", "subset", "mode", "tools", "metric", "k", "judge"):
            if setting.get(name) is not None:
                setting[name] = str(setting[name])
        return cls(
            benchmark=benchmark,
            extra=tuple(sorted((str(k), str(v)) for k, v in extra.items())),
            **{k: v for k, v in setting.items() if k in SETTING_FIELDS and k != "extra"},
        )

    @classmethod
    def from_json(cls, text: str) -> IdentityKey:
        return _key_from_json(text)

    def describe(self) -> str:
        """Short human form: ``gpqa-diamond [thinking, 5-shot]``."""
        parts = []
        for name, value in self.setting().items():
            if name == "extra":
                parts.extend(f"{k}={v}" for k, v in value.items())
            elif name == "shots":
                parts.append(f"{value}-shot")
            elif name in ("mode",):
                parts.append(str(value))
            else:
                parts.append(f"{name}={value}")
        return self.benchmark + (f" [{', '.join(parts)}]" if parts else "")


@functools.lru_cache(maxsize=65536)
def _key_from_json(text: str) -> IdentityKey:
    data = json.loads(text)
    return IdentityKey.from_setting(data.pop("benchmark"), data)


@dataclass(frozen=True)
class Provenance:
    """Where a number was read: the document, and the place in it."""

    source_kind: str = "other"
    title: str | None = None
    url: str | None = None
    repo: str | None = None
    path: str | None = None
    revision: str | None = None  # commit, revision id or date of the document
    retrieved: str | None = None
    publisher: str | None = None  # publisher id (catalog) or name as found
    doc_id: str | None = None  # stable id of the document (content hash)
    table: int | None = None  # 0-based index of the score table in the document
    row: int | None = None
    col: int | None = None
    line: int | None = None  # 1-based line in the file
    raw_label: str | None = None  # the benchmark label as written
    raw_cell: str | None = None  # the cell text as written

    def locator(self) -> str:
        bits = []
        if self.table is not None:
            bits.append(f"table {self.table}")
        if self.row is not None:
            bits.append(f"row {self.row}")
        if self.col is not None:
            bits.append(f"col {self.col}")
        if self.line is not None:
            bits.append(f"line {self.line}")
        return ", ".join(bits)


@dataclass(frozen=True)
class Score:
    """One reported number with its identity key and provenance."""

    model: str | None  # catalog id, or None when the label did not resolve
    model_label: str
    key: IdentityKey
    value: float
    benchmark_label: str = ""
    scale: str = "percent"  # how `value` is printed: see VALUE_SCALES
    stderr: float | None = None  # in the units of `value`
    n_items: int | None = None  # items actually evaluated, when stated
    first_party: bool | None = None  # the model is the publisher's own (None: not stated)
    category: str | None = None  # the document's section the cell sits under
    value_text: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.value, (int, float)) or isinstance(self.value, bool):
            raise TypeError(f"score value must be a number, got {self.value!r}")
        if math.isnan(self.value) or math.isinf(self.value):
            raise ValueError(f"score value must be finite, got {self.value!r}")

    @property
    def benchmark(self) -> str | None:
        """The catalog id, or None when the benchmark label did not resolve."""
        return None if self.key.benchmark.startswith("?") else self.key.benchmark

    def with_(self, **changes: Any) -> Score:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Flat, JSON-ready dict (the ``jsonl`` contract of ``benchlens extract``)."""
        p = self.provenance
        return {
            "model": self.model,
            "model_label": self.model_label,
            "benchmark": self.benchmark,
            "benchmark_label": self.benchmark_label,
            "setting": self.key.setting(),
            "value": self.value,
            "value_text": self.value_text,
            "scale": self.scale,
            "stderr": self.stderr,
            "n_items": self.n_items,
            "first_party": self.first_party,
            "publisher": p.publisher,
            "category": self.category,
            "table": p.table,
            "row": p.row,
            "col": p.col,
            "line": p.line,
            "source_kind": p.source_kind,
            "document": p.title,
            "url": p.url,
            "repo": p.repo,
            "path": p.path,
            "revision": p.revision,
            "retrieved": p.retrieved,
            "doc_id": p.doc_id,
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Score:
        bench = d.get("benchmark") or ("?" + str(d.get("benchmark_label") or ""))
        prov = Provenance(
            source_kind=d.get("source_kind") or "other",
            title=d.get("document"),
            url=d.get("url"),
            repo=d.get("repo"),
            path=d.get("path"),
            revision=d.get("revision"),
            retrieved=d.get("retrieved"),
            publisher=d.get("publisher"),
            doc_id=d.get("doc_id"),
            table=d.get("table"),
            row=d.get("row"),
            col=d.get("col"),
            line=d.get("line"),
            raw_label=d.get("benchmark_label"),
            raw_cell=d.get("value_text"),
        )
        return cls(
            model=d.get("model"),
            model_label=d.get("model_label") or d.get("model") or "",
            key=IdentityKey.from_setting(bench, d.get("setting") or {}),
            value=float(d["value"]),
            benchmark_label=d.get("benchmark_label") or "",
            scale=d.get("scale") or "percent",
            stderr=d.get("stderr"),
            n_items=d.get("n_items"),
            first_party=_tri(d.get("first_party")),
            category=d.get("category"),
            value_text=d.get("value_text"),
            provenance=prov,
            notes=tuple(d.get("notes") or ()),
        )


def comparable(a: Score, b: Score) -> bool:
    """Two scores measure the same thing only when their identity keys are equal."""
    return a.key == b.key and not a.key.benchmark.startswith("?")


@dataclass(frozen=True)
class Document:
    """A source document (or file) that scores were read from; ``doc_id`` is a content hash."""

    doc_id: str
    source_kind: str = "other"
    title: str | None = None
    url: str | None = None
    repo: str | None = None
    path: str | None = None
    revision: str | None = None
    retrieved: str | None = None
    publisher: str | None = None
    origin: str | None = None  # where it was loaded from (a local path, hf:ORG/MODEL)

    def provenance(self, **where: Any) -> Provenance:
        """Provenance of a cell of this document (``where``: table, row, col, line, raw_label, raw_cell)."""
        return Provenance(
            source_kind=self.source_kind,
            title=self.title,
            url=self.url,
            repo=self.repo,
            path=self.path,
            revision=self.revision,
            retrieved=self.retrieved,
            publisher=self.publisher,
            doc_id=self.doc_id,
            **where,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_id(data: bytes) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the content."""
    import hashlib

    return hashlib.sha256(data).hexdigest()[:16]


def _tri(x: Any) -> bool | None:
    if x is None or x == "":
        return None
    if isinstance(x, bool):
        return x
    t = str(x).strip().lower()
    if t in ("1", "true", "yes", "y", "t"):
        return True
    if t in ("0", "false", "no", "n", "f"):
        return False
    raise ValueError(f"not a boolean: {x!r}")
