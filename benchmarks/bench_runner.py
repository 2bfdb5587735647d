"""Speed of the eval runner against a loopback server with a fixed latency.

    python benchmarks/bench_runner.py                 # throughput at 32/64/128, memory at 10k and 100k items
    python benchmarks/bench_runner.py --quick         # throughput only, 2,000 items
    python benchmarks/bench_runner.py --items 4000 --latency 0.1 --concurrency 64 128

For each concurrency C the server (a separate process, asyncio, answers after exactly LATENCY seconds)
can do at most C / LATENCY requests per second: the ideal. Printed: achieved requests per second as a
fraction of ideal (run phase, and the whole call with validation and statistics), client CPU per
request (this process only: HTTP, hashing, SQLite log with one commit per answer, scoring), and the
peak resident memory of a run of 10,000 and of 100,000 items (each in its own process) to show that
memory stays flat: items are streamed, answers go to SQLite. Where lm-evaluation-harness or inspect_ai
are importable, the same workload goes through them at the same concurrency.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve()

# --- the loopback server (child process) ----------------------------------------------------------------

ANSWER = json.dumps({"id": "x", "object": "chat.completion", "model": "bench-model",
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": "The answer is Paris."},
                                  "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17}}).encode()
MODELS = json.dumps({"object": "list", "data": [{"id": "bench-model", "object": "model"}]}).encode()


def _resp(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


def serve(port: int, latency: float) -> None:
    chat, models = _resp(ANSWER), _resp(MODELS)

    class P(asyncio.Protocol):
        def connection_made(self, t: asyncio.BaseTransport) -> None:
            self.t = t
            self.buf = b""

        def data_received(self, data: bytes) -> None:
            self.buf += data
            loop = asyncio.get_running_loop()
            while True:
                i = self.buf.find(b"\r\n\r\n")
                if i < 0:
                    return
                head = self.buf[:i]
                n = 0
                for line in head.split(b"\r\n")[1:]:
                    k, _, v = line.partition(b":")
                    if k.strip().lower() == b"content-length":
                        n = int(v)
                if len(self.buf) < i + 4 + n:
                    return
                self.buf = self.buf[i + 4 + n:]
                if head.startswith(b"GET"):  # /v1/models answers at once, as real servers do
                    self._send(models)
                    continue
                reply = chat
                if latency > 0:
                    loop.call_later(latency, self._send, reply)
                else:
                    self._send(reply)

        def _send(self, reply: bytes) -> None:
            if not self.t.is_closing():
                self.t.write(reply)  # type: ignore[attr-defined]

    async def main() -> None:
        srv = await asyncio.get_running_loop().create_server(P, "127.0.0.1", port, backlog=2048)
        print(srv.sockets[0].getsockname()[1], flush=True)
        await asyncio.sleep(3600)  # bounded: the parent kills us long before

    asyncio.run(main())


class Server:
    def __init__(self, latency: float):
        self.proc = subprocess.Popen([sys.executable, str(HERE), "--serve", "0", str(latency)],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


# --- workloads ------------------------------------------------------------------------------------------


def write_tasks(path: Path, n: int) -> Path:
    with path.open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"q{i}", "prompt": f"Question {i}: what is the capital of France?",
                                 "answer": "Paris", "category": f"c{i % 4}"}) + "\n")
    return path


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def warm_up(url: str, d: Path) -> None:
    """One small run first, so that lazy imports are not counted as per-request CPU."""
    run_benchlens(url, write_tasks(d / "warm.jsonl", 20), 4, d / "warm.db")


def run_benchlens(url: str, tasks: Path, concurrency: int, db: Path) -> dict:
    from benchlens.evals import Overrides, arun_eval

    c0 = time.process_time()
    t0 = time.perf_counter()
    res = asyncio.run(arun_eval(tasks, models=[f"bench={url}"], overrides=Overrides(concurrency=concurrency),
                                db=db, store_results=False))
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    t = res.tallies["bench"]
    assert t.sent == res.n_items and t.failed == 0, (t.sent, t.failed)
    return {"sent": t.sent, "run_s": res.elapsed_s, "wall_s": wall, "cpu_s": cpu, "score": res.models["bench"].score}


def memory_child(n: int, latency: float, concurrency: int) -> None:
    """Run n items in this process and print peak RSS (sampled) as JSON."""
    srv = Server(latency)
    peak = [rss_mb()]
    base = peak[0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    try:
        with tempfile.TemporaryDirectory() as d:
            tasks = write_tasks(Path(d) / "tasks.jsonl", n)
            warm_up(srv.url, Path(d))
            base = rss_mb()
            th.start()
            out = run_benchlens(srv.url, tasks, concurrency, Path(d) / "bench.db")
            stop.set()
            th.join()
    finally:
        srv.stop()
    print(json.dumps({"n": n, "baseline_mb": round(base, 1), "peak_mb": round(peak[0], 1),
                      "growth_mb": round(peak[0] - base, 1), "run_s": round(out["run_s"], 1),
                      "cpu_us_per_request": round(out["cpu_s"] / n * 1e6)}))


def run_inspect(url: str, n: int, concurrency: int) -> dict | str:
    if importlib.util.find_spec("inspect_ai") is None:
        return "skipped: inspect_ai is not installed"
    try:
        from inspect_ai import Task
        from inspect_ai import eval as inspect_eval
        from inspect_ai.dataset import Sample
        from inspect_ai.scorer import includes
        from inspect_ai.solver import generate

        os.environ["LOCAL_BASE_URL"] = url + "/v1"
        os.environ["LOCAL_API_KEY"] = "x"
        task = Task(dataset=[Sample(input=f"Question {i}: what is the capital of France?", target="Paris")
                             for i in range(n)], solver=[generate()], scorer=includes())
        t0 = time.perf_counter()
        c0 = time.process_time()
        inspect_eval(task, model="openai-api/local/bench-model", max_connections=concurrency, display="none",
                     log_dir=tempfile.mkdtemp())
        return {"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0}
    except Exception as exc:  # report, do not crash the benchmark
        return f"failed: {type(exc).__name__}: {exc}"


def run_lm_eval(url: str, n: int, concurrency: int) -> dict | str:
    if importlib.util.find_spec("lm_eval") is None:
        return "skipped: lm-evaluation-harness (lm_eval) is not installed"
    try:
        from lm_eval.api.instance import Instance
        from lm_eval.models.openai_completions import LocalChatCompletion

        lm = LocalChatCompletion(model="bench-model", base_url=url + "/v1/chat/completions",
                                 num_concurrent=concurrency, max_retries=3, tokenizer_backend=None)
        reqs = [Instance(request_type="generate_until",
                         doc={}, arguments=(json.dumps([{"role": "user", "content": f"Question {i}: what is the "
                                                         "capital of France?"}]), {"max_gen_toks": 16}),
                         idx=i) for i in range(n)]
        t0 = time.perf_counter()
        c0 = time.process_time()
        lm.generate_until(reqs, disable_tqdm=True)
        return {"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0}
    except Exception as exc:  # report, do not crash the benchmark
        return f"failed: {type(exc).__name__}: {exc}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--serve", nargs=2, metavar=("PORT", "LATENCY"), help=argparse.SUPPRESS)
    ap.add_argument("--memory-child", nargs=3, type=float, metavar=("N", "LATENCY", "C"), help=argparse.SUPPRESS)
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[32, 64, 128])
    ap.add_argument("--memory-items", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--quick", action="store_true", help="throughput only")
    ap.add_argument("--no-peers", action="store_true", help="skip lm-evaluation-harness / inspect_ai")
    a = ap.parse_args()
    if a.serve:
        serve(int(a.serve[0]), float(a.serve[1]))
        return
    if a.memory_child:
        memory_child(int(a.memory_child[0]), a.memory_child[1], int(a.memory_child[2]))
        return

    print(f"benchlens runner: {a.items} items, loopback server with {a.latency * 1000:.0f} ms latency, "
          f"{os.cpu_count()} CPUs")
    print(f"{'C':>5} {'ideal/s':>8} {'req/s':>8} {'of ideal':>9} {'(whole call)':>13} {'CPU/req':>9}")
    srv = Server(a.latency)
    try:
        with tempfile.TemporaryDirectory() as d:
            tasks = write_tasks(Path(d) / "tasks.jsonl", a.items)
            warm_up(srv.url, Path(d))
            for c in a.concurrency:
                r = run_benchlens(srv.url, tasks, c, Path(d) / f"bench-{c}.db")
                ideal = c / a.latency
                rps = r["sent"] / r["run_s"]
                whole = r["sent"] / r["wall_s"]
                print(f"{c:>5} {ideal:>8.0f} {rps:>8.0f} {rps / ideal:>9.1%} {whole / ideal:>13.1%} "
                      f"{r['cpu_s'] / r['sent'] * 1e6:>7.0f}us", flush=True)
            if not a.no_peers:
                for name, fn in (("inspect_ai", run_inspect), ("lm-evaluation-harness", run_lm_eval)):
                    for c in a.concurrency:
                        got = fn(srv.url, a.items, c)
                        if isinstance(got, str):
                            print(f"{name}: {got}")
                            break
                        rps = a.items / got["wall_s"]
                        print(f"{name:>22} C={c:<4} {rps:>7.0f} req/s {rps / (c / a.latency):>7.1%} of ideal "
                              f"{got['cpu_s'] / a.items * 1e6:>7.0f}us CPU/req", flush=True)
    finally:
        srv.stop()
    if a.quick:
        return
    print("memory (each in its own process; latency 1 ms, concurrency 64):")
    for n in a.memory_items:
        out = subprocess.run([sys.executable, str(HERE), "--memory-child", str(n), "0.001", "64"],
                             capture_output=True, text=True, timeout=900)
        if out.returncode != 0:
            print(f"  {n} items: failed: {out.stderr.strip()[-500:]}")
            continue
        m = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"  {m['n']:>7} items: peak RSS {m['peak_mb']:.0f} MB (+{m['growth_mb']:.0f} MB over the "
              f"{m['baseline_mb']:.0f} MB after imports), {m['run_s']:.0f} s, {m['cpu_us_per_request']} us CPU/request")


if __name__ == "__main__":
    main()
