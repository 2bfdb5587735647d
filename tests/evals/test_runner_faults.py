"""The runner against loopback servers that count requests and inject faults (the fast transport)."""

from __future__ import annotations

import time

import pytest

from benchlens.evals import Overrides, arun_eval
from benchlens.store.runs import RunLog

from .conftest import write_jsonl
from .fakeserver import FakeServer, last_user

FAST = Overrides(retries=3, timeout=2.0, extra={"backoff": 0.01})


def items(n, answer="Paris", **extra):
    return [{"id": f"i{i}", "prompt": f"q{i}", "answer": answer, **extra} for i in range(n)]


async def test_each_fault_is_retried_and_every_item_answered_once(tmp_path, servers):
    faults = {"q0": "reset", "q1": "truncate", "q2": "malformed", "q3": "nochoices", "q4": ("status", 503, {}),
              "q5": ("status", 429, {"Retry-After": "0"}), "q6": ("sleep", 1.5), "q7": "chunked",
              "q8": ("status", 502, {"Retry-After": "0.01"})}

    def plan(n, prompt):
        return faults.get(prompt, "ok") if n == 1 else "ok"

    s = servers(plan=plan)
    tasks = write_jsonl(tmp_path / "t.jsonl", items(12))
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=tmp_path / "x.db",
                          overrides=Overrides(retries=3, timeout=0.5, concurrency=4, extra={"backoff": 0.01}))
    assert res.exit_code == 0 and res.models["m"].n == 12 and res.models["m"].score == 1.0
    assert all(s.answered[f"q{i}"] == 1 for i in range(12))
    assert s.counts["q7"] == 1 and s.counts["q9"] == 1
    for q in ("q0", "q1", "q2", "q3", "q4", "q5", "q6", "q8"):
        assert 2 <= s.counts[q] <= 3, (q, s.counts[q])
    with RunLog(tmp_path / "x.db") as log:
        ok = log.entries(status="ok")
        assert len(ok) == 12 and len({e["key"] for e in ok}) == 12
        assert max(e["attempts"] for e in ok) >= 2


async def test_failures_are_recorded_and_rerun_asks_only_for_them(tmp_path, servers):
    broken = {"on": True}
    s = servers(plan=lambda n, p: ("status", 500, {}) if (p == "q3" and broken["on"]) else "ok")
    tasks = write_jsonl(tmp_path / "t.jsonl", items(6))
    db = tmp_path / "x.db"
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=db, overrides=FAST)
    assert res.exit_code == 2 and res.failed == 1
    assert res.models["m"].n == 5 and res.models["m"].errors == 1
    assert any("HTTP 500" in r for r in res.failures["m"])
    assert s.counts["q3"] == 4  # 1 + 3 retries
    with RunLog(db) as log:
        errs = log.entries(status="error")
        assert len(errs) == 1 and "HTTP 500" in errs[0]["error"] and errs[0]["attempts"] == 4
    broken["on"] = False
    before = s.total
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=db, overrides=FAST)
    assert res.exit_code == 0 and res.models["m"].n == 6 and s.total - before == 1
    assert res.tallies["m"].cached == 5 and res.tallies["m"].sent == 1


async def test_endpoint_dying_mid_run(tmp_path, servers):
    good = servers(latency=0.01)
    state = {"n": 0}
    dying = servers(latency=0.01)
    port = dying.port

    def plan(n, prompt):
        state["n"] += 1
        if state["n"] == 8:
            import threading

            threading.Thread(target=dying.stop, daemon=True).start()
        return "ok"

    dying.plan = plan
    tasks = write_jsonl(tmp_path / "t.jsonl", items(40))
    db = tmp_path / "x.db"
    ov = Overrides(retries=1, timeout=2.0, concurrency=2, extra={"backoff": 0.01, "max_consecutive_failures": 3})
    t0 = time.monotonic()
    res = await arun_eval(tasks, models=[f"good={good.url}#m", f"dying={dying.url}#m"], db=db, overrides=ov)
    assert time.monotonic() - t0 < 20
    assert res.exit_code == 2
    assert res.models["good"].n == 40 and res.models["good"].errors == 0
    assert 0 < res.models["dying"].n < 40 and res.tallies["dying"].down
    answered_before = res.models["dying"].n
    assert any("not sent" in r for r in res.failures["dying"])
    # the server comes back on the same port: the same command finishes the run
    back = servers(latency=0.0, port=port)
    res = await arun_eval(tasks, models=[f"good={good.url}#m", f"dying={back.url}#m"], db=db, overrides=ov)
    assert res.exit_code == 0 and res.models["dying"].n == 40
    assert res.tallies["good"].sent == 0 and back.total == 40 - answered_before
    with RunLog(db) as log:
        ok = log.entries(status="ok")
        assert len(ok) == 80 and len({e["key"] for e in ok}) == 80


async def test_concurrency_is_bounded_and_nothing_hangs(tmp_path, servers):
    s = servers(latency=0.03)
    tasks = write_jsonl(tmp_path / "t.jsonl", items(60))
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=tmp_path / "x.db", overrides=Overrides(concurrency=5))
    assert res.models["m"].n == 60 and s.max_in_flight <= 5 and s.max_in_flight >= 4


async def test_repeats_are_independent_samples_never_one_cached_answer(tmp_path, servers):
    s = servers()
    tasks = write_jsonl(tmp_path / "t.jsonl", items(4))
    db = tmp_path / "x.db"
    ov = Overrides(sampling={"temperature": 0.7, "seed": 11})
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=db, repeats=3, overrides=ov)
    assert res.tallies["m"].sent == 12 and all(s.counts[f"q{i}"] == 3 for i in range(4))
    assert sorted(b["seed"] for b in s.bodies if last_user(b["messages"]) == "q0") == [11, 12, 13]
    assert res.models["m"].n == 4 and res.paired == []
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=db, repeats=3, overrides=ov)
    assert res.tallies["m"].sent == 0 and res.tallies["m"].cached == 12 and s.total == 12
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=db, repeats=4, overrides=ov)
    assert res.tallies["m"].sent == 4 and res.tallies["m"].cached == 12  # only the new repeat is asked
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=db, repeats=4, overrides=ov, fresh=True)
    assert res.tallies["m"].sent == 16 and s.total == 32
    with RunLog(db) as log:
        assert len(log.entries(status="ok")) == 16


async def test_identical_prompts_share_one_request(tmp_path, servers):
    s = servers(latency=0.05)
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": "a", "prompt": "same", "answer": "Paris"},
                                              {"id": "b", "prompt": "same", "answer": "Rome"}])
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=tmp_path / "x.db", overrides=Overrides(concurrency=2))
    assert s.total == 1 and res.models["m"].n == 2 and res.models["m"].score == 0.5


async def test_rate_limit(tmp_path, servers):
    s = servers()
    tasks = write_jsonl(tmp_path / "t.jsonl", items(6))
    t0 = time.monotonic()
    await arun_eval(tasks, models=[f"m={s.url}"], db=tmp_path / "x.db", overrides=Overrides(rate_limit=20, concurrency=6))
    assert time.monotonic() - t0 >= 0.25


async def test_reasoning_is_removed_and_recorded(tmp_path, servers):
    def plan(n, prompt):
        if prompt == "q0":
            return ("content", "<think>Is it Lyon?</think>Paris", {})
        if prompt == "q1":
            return ("content", "Paris", {"reasoning_content": "Lyon? no, Paris."})
        return ("content", "<think>Lyon Lyon Lyon and it never ends")

    s = servers(plan=plan)
    tasks = write_jsonl(tmp_path / "t.jsonl", items(3, scorer="contains"))
    db = tmp_path / "x.db"
    res = await arun_eval(tasks, models=[f"m={s.url}"], db=db)
    assert res.models["m"].score == pytest.approx(2 / 3)  # q2 thought "Lyon" only, and never answered
    with RunLog(db) as log:
        rows = {e["item_id"]: e for e in log.entries(status="ok")}
        results = {r["item_id"]: r for r in log.results(res.run_id)}
    assert rows["i0"]["answer"] == "Paris" and rows["i0"]["reasoning"] == "Is it Lyon?"
    assert rows["i1"]["reasoning"] == "Lyon? no, Paris."
    assert rows["i2"]["answer"] == "" and results["i2"]["detail"] == "cut off while reasoning: no answer"


async def test_judge_scorer_on_another_endpoint(tmp_path, servers):
    model = servers(answer=lambda m, msgs: "It is Paris." if last_user(msgs) != "q2" else "It is Lyon.")
    judge = servers(answer=lambda m, msgs: "VERDICT: PASS" if "It is Paris" in last_user(msgs) else "VERDICT: FAIL")
    tasks = write_jsonl(tmp_path / "t.jsonl", items(3, scorer="judge", rubric="Must name Paris."))
    db = tmp_path / "x.db"
    res = await arun_eval(tasks, models=[f"m={model.url}"], judge=f"{judge.url}#j", db=db)
    assert res.models["m"].score == pytest.approx(2 / 3) and judge.total == 3
    assert all("Must name Paris." in last_user(b["messages"]) for b in judge.bodies)
    res = await arun_eval(tasks, models=[f"m={model.url}"], judge=f"{judge.url}#j", db=db)
    assert judge.total == 3 and res.judge_tally is not None and res.judge_tally.cached == 3


async def test_judge_missing_is_an_error_before_sending(tmp_path, servers):
    s = servers()
    tasks = write_jsonl(tmp_path / "t.jsonl", items(1, scorer="judge"))
    from benchlens.errors import InputError

    with pytest.raises(InputError, match="no judge endpoint"):
        await arun_eval(tasks, models=[f"m={s.url}#x"], db=tmp_path / "x.db")
    assert s.total == 0


async def test_discovery_falls_back_to_the_log_when_the_server_is_gone(tmp_path):
    tasks = write_jsonl(tmp_path / "t.jsonl", items(3))
    db = tmp_path / "x.db"
    with FakeServer(models=["only-one"]) as s:
        url = s.url
        await arun_eval(tasks, models=[f"m={url}"], db=db)
    res = await arun_eval(tasks, models=[f"m={url}"], db=db)  # nothing to send: results from the log
    assert res.exit_code == 0 and res.models["m"].n == 3 and res.tallies["m"].cached == 3
