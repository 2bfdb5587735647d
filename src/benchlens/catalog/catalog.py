"""Loading and lookup of the shipped catalogs: benchmarks, models and publishers.

The catalogs are YAML data files beside this module (see ``docs/catalog.md``). They are read once per
process and validated; a broken entry raises an error that names the file and the entry.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from benchlens.errors import InputError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available

CATEGORIES: dict[str, str] = {
    "knowledge": "Knowledge",
    "math": "Math & STEM reasoning",
    "coding": "Coding",
    "agentic": "Agentic & tool use",
    "instruction": "Instruction following",
    "long-context": "Long context",
    "multilingual": "Multilingual",
    "judge": "Judge-scored preference & writing",
    "other": "Other",
}

#: Categories that enter the headline by default (methods.md 6.3.4): judge-scored and "other" do not.
HEADLINE_CATEGORIES = ("knowledge", "math", "coding", "agentic", "instruction", "long-context", "multilingual")

SCALES = ("accuracy", "winrate", "rating", "judge", "composite", "metric")
VARIANTS = ("base", "instruct", "thinking", "hybrid", "chat")
SETTING_KEYS = ("version", "subset", "mode", "tools", "shots", "metric", "k", "judge")

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9.+-]*$")


@dataclass(frozen=True)
class Benchmark:
    id: str
    name: str
    category: str
    scale: str
    family: str
    aliases: tuple[str, ...] = ()
    alias_settings: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    n_items: int | None = None
    n_items_note: str | None = None
    chance: float = 0.0
    max: float = 100.0
    higher_is_better: bool = True
    baseline: str | None = None
    judge: str | None = None
    metric: str | None = None  # the standard metric (a label naming it adds nothing to the key)
    parallel_languages: int | None = None
    supersedes: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    notes: str | None = None

    @property
    def category_name(self) -> str:
        return CATEGORIES.get(self.category, self.category)


@dataclass(frozen=True)
class Model:
    id: str
    name: str
    publisher: str
    family: str
    variant: str
    aliases: tuple[str, ...] = ()
    generation: str | None = None
    revision: str | None = None
    params_total: float | None = None
    params_active: float | None = None
    arch: str | None = None
    released: str | None = None
    modes: tuple[str, ...] = ()
    open_weights: bool | None = None
    notes: str | None = None

    @property
    def single_mode(self) -> str | None:
        """The model's only mode, when it has exactly one (Instruct-2507: non-thinking)."""
        return self.modes[0] if len(self.modes) == 1 else None

    @property
    def size_label(self) -> str:
        if self.params_total is None:
            return "?"
        total = _fmt_b(self.params_total)
        if self.arch == "moe" and self.params_active is not None and self.params_active != self.params_total:
            return f"{total}-A{_fmt_b(self.params_active)}"
        return total


def _fmt_b(x: float) -> str:
    return f"{x:g}B"


@dataclass(frozen=True)
class Publisher:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    model_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModeAlias:
    label: str
    by_mode: tuple[tuple[str, str], ...]
    note: str | None = None


@dataclass(frozen=True)
class Ambiguous:
    label: str
    candidates: tuple[str, ...]
    note: str | None = None


@dataclass
class Catalog:
    """All three catalogs with their alias indexes."""

    benchmarks: dict[str, Benchmark]
    models: dict[str, Model]
    publishers: dict[str, Publisher]
    mode_aliases: dict[str, ModeAlias] = field(default_factory=dict)  # normalised label -> entry
    ambiguous: dict[str, Ambiguous] = field(default_factory=dict)  # normalised label -> entry
    bench_index: dict[str, tuple[str, tuple[tuple[str, Any], ...]]] = field(default_factory=dict)
    model_index: dict[str, str] = field(default_factory=dict)
    publisher_index: dict[str, str] = field(default_factory=dict)

    # -- lookups -----------------------------------------------------------------------------------
    def benchmark(self, bid: str) -> Benchmark | None:
        return self.benchmarks.get(bid)

    def model(self, mid: str | None) -> Model | None:
        return self.models.get(mid) if mid else None

    def generations(self) -> dict[str, list[Model]]:
        out: dict[str, list[Model]] = {}
        for m in self.models.values():
            if m.generation:
                out.setdefault(m.generation, []).append(m)
        return out

    def publisher_of_model(self, mid: str | None) -> str | None:
        m = self.model(mid)
        return m.publisher if m else None

    def find_publisher(self, text: str | None) -> str | None:
        """A publisher id named by ``text`` (a name, an org, a URL part), or None."""
        from benchlens.catalog.resolve import normalize

        if not text:
            return None
        return self.publisher_index.get(normalize(text))

    def publisher_owns_label(self, publisher: str | None, label: str) -> bool:
        """Does a model label look like one of the publisher's own models (by name prefix)?"""
        from benchlens.catalog.resolve import normalize

        pub = self.publishers.get(publisher or "")
        if not pub:
            return False
        if re.fullmatch(r"\s*[\w.-]+/[\w.-]+\s*", label):  # a repository id: "stabilityai/stablelm-2-12b"
            org, _, label = label.strip().partition("/")
            if self.find_publisher(org) == publisher:
                return True
        norm = normalize(label)
        return any(norm.startswith(normalize(p)) and (len(normalize(p)) > 3 or _whole_prefix(p, label))
                   for p in pub.model_prefixes)


def spelt(chars: str, seps: str = "-_ .") -> str:
    """A regex for ``chars`` written with or without a separator between them ("sealion" finds "SEA-LION")."""
    return f"[{seps}]?".join(re.escape(ch) for ch in chars)


def match_prefix(prefix: str, label: str) -> re.Match[str] | None:
    """Where ``label`` starts with a model line's prefix, spelt with or without separators ("gpt" in "GPT-4o")."""
    return re.match(rf"\W*{spelt(re.sub(r'[^a-z0-9]', '', prefix.lower()))}", label, re.I)


def _whole_prefix(prefix: str, label: str) -> bool:
    """A short prefix ("gpt", "phi", "yi") names a line only as a whole word: "GPT-4o", "GPT4", "Phi-3", not
    "GPTViet", "GPTQ" or "Phixtral" (other authors' names that start with the same letters)."""
    m = match_prefix(prefix, label)
    return bool(m) and not re.match(r"[a-z]", label[m.end():], re.I)


def _fail(path: str, where: str, msg: str) -> InputError:
    return InputError(msg, path=path, where=where)


def _load_yaml(name: str, override_dir: Path | None = None) -> tuple[str, Any]:
    if override_dir is not None:
        p = override_dir / name
        text = p.read_text(encoding="utf-8")
        label = str(p)
    else:
        ref = resources.files("benchlens.catalog").joinpath(name)
        text = ref.read_text(encoding="utf-8")
        label = f"benchlens/catalog/{name}"
    try:
        return label, yaml.load(text, Loader=_LOADER) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", path=label) from None


def _alias_items(raw: Any, path: str, where: str) -> list[tuple[str, tuple[tuple[str, Any], ...]]]:
    out = []
    for item in raw or []:
        if isinstance(item, str):
            out.append((item, ()))
        elif isinstance(item, dict) and "label" in item:
            settings = {k: v for k, v in item.items() if k != "label"}
            bad = set(settings) - set(SETTING_KEYS) - {"note"}
            if bad:
                raise _fail(path, where, f"alias {item['label']!r} has unknown setting(s) {sorted(bad)}")
            settings.pop("note", None)
            out.append((str(item["label"]), tuple(sorted(settings.items()))))
        else:
            raise _fail(path, where, f"alias must be a string or a mapping with 'label', got {item!r}")
    return out


def load_catalog(override_dir: Path | None = None) -> Catalog:
    """Read and validate the three catalogs (from the package, or from ``override_dir``)."""
    from benchlens.catalog.resolve import normalize

    cat = Catalog(benchmarks={}, models={}, publishers={})

    # publishers
    path, data = _load_yaml("publishers.yaml", override_dir)
    for i, e in enumerate(data.get("publishers") or []):
        where = f"entry {i + 1}"
        if not isinstance(e, dict) or "id" not in e or "name" not in e:
            raise _fail(path, where, "each publisher needs 'id' and 'name'")
        pub = Publisher(
            id=str(e["id"]),
            name=str(e["name"]),
            aliases=tuple(str(a) for a in e.get("aliases") or ()),
            model_prefixes=tuple(str(a) for a in e.get("model_prefixes") or ()),
        )
        if pub.id in cat.publishers:
            raise _fail(path, where, f"duplicate publisher id {pub.id!r}")
        cat.publishers[pub.id] = pub
        for label in (pub.id, pub.name, *pub.aliases):
            cat.publisher_index.setdefault(normalize(label), pub.id)

    # benchmarks
    path, data = _load_yaml("benchmarks.yaml", override_dir)
    for i, e in enumerate(data.get("benchmarks") or []):
        where = f"entry {i + 1}" + (f" ({e.get('id')})" if isinstance(e, dict) else "")
        if not isinstance(e, dict):
            raise _fail(path, where, "each benchmark must be a mapping")
        for req in ("id", "name", "category", "scale"):
            if req not in e:
                raise _fail(path, where, f"missing required field {req!r}")
        bid = str(e["id"])
        if not _ID_RE.match(bid):
            raise _fail(path, where, f"id {bid!r} must be lower case a-z0-9 . + -")
        if e["category"] not in CATEGORIES:
            raise _fail(path, where, f"unknown category {e['category']!r}")
        if e["scale"] not in SCALES:
            raise _fail(path, where, f"unknown scale {e['scale']!r}")
        if bid in cat.benchmarks:
            raise _fail(path, where, f"duplicate benchmark id {bid!r}")
        aliases = _alias_items(e.get("aliases"), path, where)
        n = e.get("n_items")
        b = Benchmark(
            id=bid,
            name=str(e["name"]),
            category=e["category"],
            scale=e["scale"],
            family=str(e.get("family") or bid),
            aliases=tuple(a for a, _ in aliases),
            alias_settings=tuple(aliases),
            n_items=int(n) if n is not None else None,
            n_items_note=e.get("n_items_note"),
            chance=float(e.get("chance") or 0.0),
            max=float(e.get("max") or 100.0),
            higher_is_better=bool(e.get("higher_is_better", True)),
            baseline=e.get("baseline"),
            judge=e.get("judge"),
            metric=e.get("metric"),
            parallel_languages=e.get("parallel_languages"),
            supersedes=tuple(e.get("supersedes") or ()),
            related=tuple(e.get("related") or ()),
            notes=e.get("notes"),
        )
        if not 0.0 <= b.chance < 1.0:
            raise _fail(path, where, f"chance must be a fraction in [0, 1), got {b.chance}")
        cat.benchmarks[bid] = b
        for label, settings in ((b.id, ()), (b.name, ()), *aliases):
            norm = normalize(label)
            prev = cat.bench_index.get(norm)
            if prev is not None and prev != (bid, settings):
                if prev[0] == bid:
                    continue
                raise _fail(path, where, f"alias {label!r} already names {prev[0]!r}")
            cat.bench_index[norm] = (bid, settings)
    for i, e in enumerate(data.get("ambiguous") or []):
        amb = Ambiguous(
            label=str(e["label"]), candidates=tuple(e.get("candidates") or ()), note=e.get("note")
        )
        norm = normalize(amb.label)
        if norm in cat.bench_index:
            raise _fail(path, f"ambiguous entry {i + 1}", f"{amb.label!r} is also an alias of {cat.bench_index[norm][0]!r}")
        cat.ambiguous[norm] = amb
    for b in cat.benchmarks.values():
        for ref in (*b.supersedes, *b.related):
            if ref not in cat.benchmarks:
                raise _fail(path, b.id, f"refers to unknown benchmark {ref!r}")

    # models
    path, data = _load_yaml("models.yaml", override_dir)
    for i, e in enumerate(data.get("models") or []):
        where = f"entry {i + 1}" + (f" ({e.get('id')})" if isinstance(e, dict) else "")
        for req in ("id", "name", "publisher", "family", "variant"):
            if req not in e:
                raise _fail(path, where, f"missing required field {req!r}")
        mid = str(e["id"])
        if mid in cat.models:
            raise _fail(path, where, f"duplicate model id {mid!r}")
        if e["publisher"] not in cat.publishers:
            raise _fail(path, where, f"unknown publisher {e['publisher']!r}")
        m = Model(
            id=mid,
            name=str(e["name"]),
            publisher=str(e["publisher"]),
            family=str(e["family"]),
            variant=str(e["variant"]),
            aliases=tuple(str(a) for a in e.get("aliases") or ()),
            generation=e.get("generation"),
            revision=str(e["revision"]) if e.get("revision") is not None else None,
            params_total=_num(e.get("params_total")),
            params_active=_num(e.get("params_active")),
            arch=e.get("arch"),
            released=str(e["released"]) if e.get("released") is not None else None,
            modes=tuple(e.get("modes") or ()),
            open_weights=e.get("open_weights"),
            notes=e.get("notes"),
        )
        cat.models[mid] = m
        for label in (m.id, m.name, *m.aliases):
            norm = normalize(label)
            prev = cat.model_index.get(norm)
            if prev is not None and prev != mid:
                raise _fail(path, where, f"alias {label!r} already names model {prev!r}")
            cat.model_index[norm] = mid
    for i, e in enumerate(data.get("mode_aliases") or []):
        where = f"mode_aliases entry {i + 1}"
        by_mode = tuple((k, str(v)) for k, v in e.items() if k in ("thinking", "non-thinking"))
        for _, target in by_mode:
            if target not in cat.models:
                raise _fail(path, where, f"refers to unknown model {target!r}")
        ma = ModeAlias(label=str(e["label"]), by_mode=by_mode, note=e.get("note"))
        cat.mode_aliases[normalize(ma.label)] = ma
    return cat


def _num(x: Any) -> float | None:
    if x is None:
        return None
    return float(x)


@functools.lru_cache(maxsize=1)
def get_catalog() -> Catalog:
    """The shipped catalog, loaded once per process."""
    return load_catalog()
