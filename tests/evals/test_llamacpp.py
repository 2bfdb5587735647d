"""Against a REAL llama.cpp server (xllamacpp + SmolLM2-135M, CPU): discovery, run, resume, repeats."""

from __future__ import annotations

import json

import pytest

from benchlens.evals import Overrides, arun_eval
from benchlens.store.runs import RunLog

from .conftest import write_jsonl

pytestmark = pytest.mark.slow

ITEMS = [
    {"id": "fr", "prompt": "What is the capital of France? Answer in one word.", "answer": "Paris",
     "scorer": "contains", "category": "geo"},
    {"id": "sum", "prompt": "What is 2 + 2? Reply with just the number.", "answer": 4, "scorer": "number",
     "category": "math"},
    {"id": "sky", "prompt": "What colour is the sky on a clear day? One word.", "answer": ["blue"],
     "scorer": "contains", "category": "geo"},
    {"id": "json", "prompt": 'Reply with exactly this JSON and nothing else: {"ok": true}', "scorer": "json",
     "category": "format"},
    {"id": "mc", "prompt": "Which is a fruit? A) car B) apple C) chair. Answer with the letter.", "answer": "B",
     "scorer": "choice", "category": "format"},
    {"id": "de", "prompt": "What is the capital of Germany? Answer in one word.", "answer": "Berlin",
     "scorer": "contains", "category": "geo"},
]


async def test_real_server_discovery_run_resume_and_paired(tmp_path, llama_server):
    tasks = write_jsonl(tmp_path / "t.jsonl", ITEMS)
    db = tmp_path / "x.db"
    ov = Overrides(sampling={"temperature": 0, "max_tokens": 24}, concurrency=2, timeout=60)
    # two labels on one server (the served name discovered from /v1/models: it serves exactly one): their
    # requests are identical, so each is asked once (keys ignore labels) and both labels are scored
    res = await arun_eval(tasks, models=[f"a={llama_server}", f"b={llama_server}"], db=db, overrides=ov)
    out = res.to_dict()
    assert res.exit_code == 0, out["run"]["failures"]
    assert out["run"]["endpoints"][0]["model"].endswith(".gguf")
    for lb in ("a", "b"):
        assert out["models"][lb]["n"] == len(ITEMS) and out["models"][lb]["errors"] == 0
        lo, hi = out["models"][lb]["ci"]
        assert 0 <= lo <= out["models"][lb]["score"] <= hi <= 1
    assert out["run"]["requests"]["a"]["sent"] + out["run"]["requests"]["b"]["sent"] == len(ITEMS)
    assert out["paired"][0]["test"] == "exact McNemar" and out["paired"][0]["delta"] == 0.0
    assert set(out["categories"]) == {"geo", "math", "format"}
    # resume: the same command sends nothing
    res = await arun_eval(tasks, models=[f"a={llama_server}", f"b={llama_server}"], db=db, overrides=ov)
    assert res.tallies["a"].sent == 0 and res.tallies["a"].cached == len(ITEMS)
    assert res.to_dict()["models"] == out["models"]
    with RunLog(db) as log:
        ok = log.entries(status="ok")
        assert all(e["completion_tokens"] and e["prompt_tokens"] for e in ok)
        assert json.loads(ok[0]["request_json"])["max_tokens"] == 24


async def test_real_server_repeats_are_sampled_independently(tmp_path, llama_server):
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": "story", "prompt": "Write one sentence about a cat.",
                                               "answer": "cat", "scorer": "contains"}])
    db = tmp_path / "x.db"
    ov = Overrides(sampling={"temperature": 1.0, "max_tokens": 20, "seed": 5}, concurrency=2, timeout=60)
    res = await arun_eval(tasks, models=[f"m={llama_server}"], db=db, repeats=3, overrides=ov)
    assert res.tallies["m"].sent == 3 and res.exit_code == 0
    with RunLog(db) as log:
        answers = [e["answer"] for e in log.entries(status="ok")]
    assert len(answers) == 3 and len(set(answers)) >= 2  # different seeds: different samples


async def test_real_server_with_the_httpx2_transport(tmp_path, llama_server):
    tasks = write_jsonl(tmp_path / "t.jsonl", ITEMS[:2])
    res = await arun_eval(tasks, models=[f"m={llama_server}"], db=tmp_path / "x.db",
                          overrides=Overrides(sampling={"temperature": 0, "max_tokens": 16}, transport="httpx2"))
    assert res.exit_code == 0 and res.models["m"].n == 2
