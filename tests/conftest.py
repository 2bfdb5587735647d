"""Shared fixtures: a fresh database per test, the corpus (tests skip cleanly when it is absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "cards"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """No test touches the user's real database or the network."""
    monkeypatch.setenv("BENCHLENS_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "bench.db"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/cards is not present")
    return CORPUS


def corpus_file(name: str) -> Path:
    p = CORPUS / name
    if not p.exists():
        pytest.skip(f"corpus file {name} is not present")
    return p


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


os.environ.setdefault("BENCHLENS_TEST", "1")
