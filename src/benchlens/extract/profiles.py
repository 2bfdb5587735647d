"""Document profiles: curated, evidence-backed facts about specific published documents.

Some facts cannot be read from a document's tables but are established by reading it, e.g. that the
Qwen3.5 medium card's ``Qwen3-235B-A22B`` column carries the Thinking-2507 model's numbers, or that its
CodeForces row was "evaluated on our own query set". A profile records such a fact once, with the
evidence, and it is applied when a document matches (by URL, repository path or title). Every record
a profile changes carries a note saying so. Profiles live in ``catalog/documents.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from benchlens.catalog import normalize
from benchlens.errors import InputError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


@dataclass
class Profile:
    id: str
    match: dict[str, list[str]]
    publisher: str | None = None
    mode: str | None = None  # mode of scores whose mode the document does not state
    mode_note: str | None = None
    model_aliases: dict[str, str] = field(default_factory=dict)  # normalised label -> model id
    benchmark_aliases: dict[str, str] = field(default_factory=dict)  # normalised label -> benchmark id
    benchmark_settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # normalised label -> setting
    dual_values: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # normalised label -> settings
    # normalised model label -> {setting text as written in a setting column: model id}
    setting_model_aliases: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # what -> evidence

    def note_for(self, what: str) -> str:
        key = what if what == "mode" else normalize(what)
        return f"document profile {self.id}: {self.notes.get(key, what)}"


@functools.lru_cache(maxsize=1)
def load_profiles() -> tuple[Profile, ...]:
    ref = resources.files("benchlens.catalog").joinpath("documents.yaml")
    try:
        data = yaml.load(ref.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except FileNotFoundError:
        return ()
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", path="benchlens/catalog/documents.yaml") from None
    out = []
    for e in data.get("documents") or []:
        notes: dict[str, str] = {}

        def items(key: str, e: dict = e, notes: dict = notes) -> dict[str, Any]:
            res = {}
            for label, v in (e.get(key) or {}).items():
                if isinstance(v, dict) and "note" in v:
                    notes[normalize(label)] = v["note"]
                    v = v.get("id", v.get("setting", v.get("values", v)))
                res[normalize(label)] = v
            return res

        m = e.get("match") or {}
        p = Profile(
            id=e["id"],
            match={k: [str(x) for x in (v if isinstance(v, list) else [v])] for k, v in m.items()},
            publisher=e.get("publisher"),
            mode=e.get("mode"),
            mode_note=e.get("mode_note"),
            model_aliases=items("model_aliases"),
            benchmark_aliases=items("benchmark_aliases"),
            benchmark_settings=items("benchmark_settings"),
            dual_values=items("dual_values"),
            setting_model_aliases={normalize(k): dict(v.get("by_setting", {})) for k, v in
                                   (e.get("setting_model_aliases") or {}).items()},
        )
        for k, v in (e.get("setting_model_aliases") or {}).items():
            if v.get("note"):
                p.notes[normalize(k)] = v["note"]
        p.notes = notes
        if e.get("mode_note"):
            p.notes["mode"] = e["mode_note"]
        out.append(p)
    return tuple(out)


def profile_for(url: str | None, repo: str | None, path: str | None, title: str | None,
                doc_id: str | None = None) -> Profile | None:
    """The profile of a document: by its URL or repository path; by its content id (the same bytes as a
    revision the profile was written from); or, for a card read alone, by a title that is the profile's
    title or the name of the repository its URL points to (``Qwen3.5-4B`` for ``.../Qwen/Qwen3.5-4B``)."""
    stem = re.sub(r"\.(md|markdown|html?|txt)$", "", title or "", flags=re.I)
    for p in load_profiles():
        if url and any(url.rstrip("/") == u.rstrip("/") for u in p.match.get("url", [])):
            return p
        if repo and path and f"{repo}/{path}" in p.match.get("repo_path", []):
            return p
        if doc_id and doc_id in p.match.get("doc_id", []):
            return p
        if stem and any(normalize(stem) == normalize(t) for t in p.match.get("title", [])):
            return p
        if stem and not url and any(normalize(stem) == normalize(u.rstrip("/").rsplit("/", 1)[-1])
                                    for u in p.match.get("url", [])):
            return p
    return None
