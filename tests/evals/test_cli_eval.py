"""``benchlens run`` and ``benchlens check``: the JSON contract, own-run records, one-line errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from benchlens.cli import app
from benchlens.store import Store

from .conftest import write_jsonl
from .fakeserver import last_user

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_run_json_contract_and_own_run_records(tmp_path, servers, db):
    a = servers(answer=lambda m, msgs: "Paris" if int(last_user(msgs)[1:]) % 4 else "Lyon", models=["qa"])
    b = servers(answer=lambda m, msgs: "Paris", models=["qb"])
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": i, "prompt": f"q{i}", "answer": "Paris"} for i in range(20)])
    r = run("run", tasks, "--model", f"old={a.url}", "--model", f"new={b.url}", "--as", "old=qwen3-32b",
            "--as", "new=qwen3.5-27b", "--benchmark", "gpqa-diamond", "--thinking", "--format", "json", "--db", db)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert set(out["models"]["old"]) == {"n", "score", "ci", "errors"}
    assert out["models"]["old"] == {"n": 20, "score": 0.75, "ci": out["models"]["old"]["ci"], "errors": 0}
    assert out["paired"][0]["a"] == "old" and out["paired"][0]["b"] == "new" and out["paired"][0]["delta"] == 0.25
    assert a.bodies[0]["chat_template_kwargs"] == {"enable_thinking": True}
    with Store(db) as st:
        own = st.scores(source_kind="own_run")
    assert {(s.model, s.key.benchmark, s.key.mode, s.value, s.n_items) for s in own} == {
        ("qwen3-32b", "gpqa-diamond", "thinking", 75.0, 20), ("qwen3.5-27b", "gpqa-diamond", "thinking", 100.0, 20)}
    # the same command again: nothing is sent and the stored summary is replaced, not duplicated
    sent = a.total + b.total
    r = run("run", tasks, "--model", f"old={a.url}", "--model", f"new={b.url}", "--as", "old=qwen3-32b",
            "--as", "new=qwen3.5-27b", "--benchmark", "gpqa-diamond", "--thinking", "--db", db)
    assert r.exit_code == 0 and a.total + b.total == sent
    assert "old" in r.stdout and "exact McNemar" in r.stdout
    with Store(db) as st:
        assert len(st.scores(source_kind="own_run")) == 2
    # compare shows own results (policy "own")
    r = run("compare", "qwen3-32b", "qwen3.5-27b", "--sources", "own", "--mode", "thinking", "--format", "json",
            "--db", db)
    assert r.exit_code == 0, r.output
    assert "gpqa-diamond" in r.stdout


def test_user_errors_are_one_line_and_nothing_is_sent(tmp_path, servers, db):
    s = servers()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "prompt": "x", "answer": "y"}\n{"id": 2, "prompt": "x"}\n')
    r = run("run", bad, "--model", f"m={s.url}", "--db", db)
    assert r.exit_code == 1 and "(line 2)" in r.output and "nothing was sent" in r.output
    assert "Traceback" not in r.output and s.total == 0
    good = write_jsonl(tmp_path / "t.jsonl", [{"id": 1, "prompt": "x", "answer": "y"}])
    for args, msg in [
        (["--model", "nourl"], "LABEL=BASE_URL"),
        (["--model", f"m={s.url}", "--as", "not-a-model-xyz"], "not-a-model-xyz"),
        (["--model", f"m={s.url}", "--benchmark", "no-such-bench-xyz"], "no-such-bench-xyz"),
        (["--model", f"m={s.url}", "--format", "xml"], "--format"),
        (["--model", f"m={s.url}", "--concurrency", "0"], "concurrency"),
        ([], "no endpoint"),
    ]:
        r = run("run", good, *args, "--db", db)
        assert r.exit_code == 1 and msg in r.output and "Traceback" not in r.output, (args, r.output)
    assert s.total == 0


def test_refused_endpoint_exits_2_with_reasons(tmp_path, db):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": i, "prompt": f"q{i}", "answer": "y"} for i in range(3)])
    r = run("run", tasks, "--model", f"m=http://127.0.0.1:{port}#x", "--retries", "0", "--db", db, "--format", "json")
    assert r.exit_code == 2
    assert "connection refused" in r.output and "Rerun the same command" in r.output


def test_check_against_the_official_number(tmp_path, servers, db):
    # qwen3-32b's official GPQA-Diamond (thinking) is 68.4: 68 of 100 is consistent, 40 of 100 is not
    good = servers(answer=lambda m, msgs: "Answer: B" if int(last_user(msgs)[1:]) < 68 else "Answer: C")
    tasks = write_jsonl(tmp_path / "g.jsonl", [{"id": i, "prompt": f"q{i}", "answer": "B", "scorer": "choice"}
                                              for i in range(100)])
    r = run("check", "--model", f"quant={good.url}", "--benchmark", "gpqa-diamond", "--items", tasks,
            "--against", "qwen3-32b", "--mode", "thinking", "--format", "json", "--db", db)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["claim"]["value"] == 68.4 and out["own"]["score"] == 0.68 and out["consistent"] is True
    assert out["tolerance"] > 0.09 and out["verdict"].startswith("Consistent")
    bad = servers(answer=lambda m, msgs: "Answer: B" if int(last_user(msgs)[1:]) < 40 else "Answer: C")
    r = run("check", "--model", f"q4={bad.url}", "--benchmark", "gpqa-diamond", "--items", tasks,
            "--against", "qwen3-32b", "--mode", "thinking", "--db", db)
    assert r.exit_code == 0, r.output
    assert "Not consistent" in r.stdout and "below the claimed 68.4%" in r.stdout
    r = run("check", "--model", f"q4={bad.url}", "--benchmark", "gpqa-diamond", "--items", tasks,
            "--against", "qwen3-32b", "--mode", "bogus", "--db", db)
    assert r.exit_code == 1 and "--mode" in r.output
