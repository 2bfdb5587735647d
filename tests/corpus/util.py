"""Helpers for the corpus tests: extract a real card once, and check cells read by hand.

Each ``test_<card>.py`` pins the number of score cells found in one document of ``../shared/corpus/cards``
and checks cells read by hand from the document (model, benchmark, setting, value). The tests skip
cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import functools
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "cards"


@functools.cache
def _extract(name: str):
    from benchlens.extract import extract_file

    return extract_file(CORPUS / name)


def doc(name: str):
    """The extraction result of one corpus document (skips when the corpus is absent)."""
    if not (CORPUS / name).exists():
        pytest.skip(f"corpus document {name} is not present")
    return _extract(name)


def find(res, *, model: str | None = None, benchmark: str | None = None, model_label: str | None = None,
         benchmark_label: str | None = None, **setting: Any) -> list:
    """Scores matching every given field; setting fields (mode, shots, subset, version, tools, metric, k,
    extra) must match exactly when given (``mode=None`` means "no mode")."""
    out = []
    for s in res.scores:
        if model is not None and s.model != model:
            continue
        if model_label is not None and s.model_label != model_label:
            continue
        if benchmark is not None and s.benchmark != benchmark:
            continue
        if benchmark_label is not None and s.benchmark_label != benchmark_label:
            continue
        st = s.key.setting()
        if any(st.get(k) != v for k, v in setting.items()):
            continue
        out.append(s)
    return out


def cell(res, value: float, **match: Any):
    """Exactly one score matches ``match``, and its value is ``value``; returns it."""
    got = find(res, **match)
    assert len(got) == 1, f"{len(got)} scores match {match}: {[(s.model_label, s.key.describe(), s.value) for s in got]}"
    assert got[0].value == pytest.approx(value), f"{match}: got {got[0].value}, expected {value}"
    return got[0]


def is_aggregate(s) -> bool:
    """An average over a table's benchmarks, kept as printed under its own label and never compared."""
    return "aggregate_of" in dict(s.key.extra)


def without_aggregates(res):
    """The result with only benchmark scores (averages over several benchmarks left out)."""
    return SimpleNamespace(scores=[s for s in res.scores if not is_aggregate(s)], document=res.document)


def aggregates(res) -> list:
    return [s for s in res.scores if is_aggregate(s)]
