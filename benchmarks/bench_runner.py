"""Speed of the eval runner against a loopback server with a fixed latency.

    python benchmarks/bench_runner.py                 # throughput at 32/64/128, memory at 10k and 100k items
    python benchmarks/bench_runner.py --quick         # throughput only, 2,000 items
    python benchmarks/bench_runner.py --items 4000 --latency 0.1 --concurrency 64 128

For each concurrency C the server (a separate process, asyncio, answers after exactly LATENCY seconds)
can do at most C / LATENCY requests per second: the ideal. Printed: achieved requests per second as a
fraction of ideal (run phase, and the whole call with validation and statistics), client CPU per
request (this process only: HTTP, hashing, SQLite log with answers committed in 20 ms groups, scoring), and the
peak resident memory of a run of 10,000 and of 100,000 items (each in its own process) to show that
memory stays flat: items are streamed (a file of at most 5,000 items is kept from validation), answers go
to SQLite.

The reference measured in the same run, just before benchlens at each C: a bare asyncio keep-alive client
(raw streams, one connection per worker, no validation, log, scoring or statistics) sending the same chat
requests; `vs bare` is benchlens's (or a peer's) whole-call req/s over the bare client's, the figure that
means the same on a noisy machine as on a quiet one.

Where inspect_ai (with the openai package, for its `openai-api` provider) or lm-evaluation-harness
(`local-chat-completions`, i.e. LocalChatCompletion) are importable, the same items go through them against
the same server at the same concurrency, one tool after another for each C, and the same figures are
printed. For every tool the server counts the chat requests it answered (each run must have sent exactly
one per item), the peak number in flight at once (the concurrency the tool really reached), and the time
from the first request in to the last answer out ("server-side": a run-phase figure that means the same
for every tool, unlike each tool's own timing). "whole call" is items / wall time of the tool's call (for
benchlens: arun_eval with validation and statistics; inspect_ai: eval() with scoring and its log;
lm-evaluation-harness: LocalChatCompletion.generate_until). CPU is this process's (all threads) plus any
waited-for child process. Each tool gets one small untimed warm-up run first, so imports are not counted.
A peer tool that is missing prints "skipped: ...", one that fails prints "failed: ..." and the rest goes on.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import io
import json
import logging
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
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
    # POSTs answered, GETs, connections opened, in flight now / at most, first POST in, last answer out.
    # GET /__stats (not counted) answers these as JSON; GET /__stats?reset answers them and starts afresh.
    st: dict = {}

    def reset() -> None:
        st.update(posts=0, gets=0, connections=0, inflight=0, peak_inflight=0, first_in=None, last_out=None,
                  paths={})

    reset()

    class P(asyncio.Protocol):
        def connection_made(self, t: asyncio.BaseTransport) -> None:
            self.t = t
            self.buf = b""
            st["connections"] += 1

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
                method, _, rest = head.partition(b" ")
                path = rest.partition(b" ")[0].decode("latin-1")
                if method == b"GET" and path.startswith("/__stats"):
                    body = json.dumps({k: v for k, v in st.items()}).encode()
                    if "reset" in path:
                        reset()
                    self.t.write(_resp(body))  # type: ignore[attr-defined]
                    continue
                if method == b"GET":  # /v1/models answers at once, as real servers do
                    st["gets"] += 1
                    self.t.write(models)  # type: ignore[attr-defined]
                    continue
                st["posts"] += 1
                st["paths"][path] = st["paths"].get(path, 0) + 1
                st["inflight"] += 1
                st["peak_inflight"] = max(st["peak_inflight"], st["inflight"])
                if st["first_in"] is None:
                    st["first_in"] = time.monotonic()
                if latency > 0:
                    loop.call_later(latency, self._answer)
                else:
                    self._answer()

        def _answer(self) -> None:
            st["inflight"] -= 1
            st["last_out"] = time.monotonic()
            if not self.t.is_closing():
                self.t.write(chat)  # type: ignore[attr-defined]

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

    def stats(self, reset: bool = False) -> dict:
        with urllib.request.urlopen(self.url + "/__stats" + ("?reset" if reset else ""), timeout=30) as r:
            return json.loads(r.read())

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


def cpu_s() -> float:
    """CPU seconds of this process (all threads) and of the child processes it has waited for."""
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + ch.ru_utime + ch.ru_stime


def read_items(tasks: Path) -> list[dict]:
    with tasks.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def one_line(exc: BaseException | str) -> str:
    """A reason on one line: rich markup and whitespace runs gone, at most 300 characters."""
    msg = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    msg = " ".join(re.sub(r"\[/?(bold|italic|red|yellow|blue|green|dim)\]", "", msg).split())
    return msg if len(msg) <= 300 else msg[:297] + "..."


def warm_up(url: str, d: Path) -> None:
    """One small run first, so that lazy imports are not counted as per-request CPU."""
    run_benchlens(url, write_tasks(d / "warm.jsonl", 20), 4, d / "warm.db")


def run_benchlens(url: str, tasks: Path, concurrency: int, db: Path) -> dict:
    from benchlens.evals import Overrides, arun_eval

    c0 = cpu_s()
    t0 = time.perf_counter()
    res = asyncio.run(arun_eval(tasks, models=[f"bench={url}"], overrides=Overrides(concurrency=concurrency),
                                db=db, store_results=False))
    wall = time.perf_counter() - t0
    cpu = cpu_s() - c0
    t = res.tallies["bench"]
    assert t.sent == res.n_items and t.failed == 0, (t.sent, t.failed)
    return {"sent": t.sent, "run_s": res.elapsed_s, "wall_s": wall, "cpu_s": cpu, "score": res.models["bench"].score}


def run_bare(url: str, tasks: Path, concurrency: int) -> dict:
    """The reference: a bare asyncio keep-alive client (no task validation, log, scoring or statistics)
    sending the same chat requests at the same concurrency, measured in the same run on the same machine."""
    items = read_items(tasks)
    host, port = url.split("//", 1)[1].split(":")
    heads = []
    for it in items:
        body = json.dumps({"model": "bench", "messages": [{"role": "user", "content": it["prompt"]}]}).encode()
        heads.append(b"POST /v1/chat/completions HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (host.encode(), len(body), body))

    async def main() -> int:
        todo = iter(heads)
        done = 0

        async def worker() -> None:
            nonlocal done
            r, w = await asyncio.open_connection(host, int(port))
            for req in todo:
                w.write(req)
                head = await r.readuntil(b"\r\n\r\n")
                n = next(int(ln.split(b":")[1]) for ln in head.split(b"\r\n") if ln.lower().startswith(b"content-length"))
                await r.readexactly(n)
                done += 1
            w.close()

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return done

    c0 = cpu_s()
    t0 = time.perf_counter()
    sent = asyncio.run(main())
    return {"sent": sent, "wall_s": time.perf_counter() - t0, "cpu_s": cpu_s() - c0, "score": float("nan")}


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


def run_inspect(url: str, tasks: Path, concurrency: int) -> dict | str:
    """inspect_ai's eval() with the `openai-api` provider (model openai-api/local/bench-model), generate() and
    includes(): max_connections and max_samples both set to the concurrency. Timed: the whole eval() call,
    scoring and writing its log included."""
    if importlib.util.find_spec("inspect_ai") is None:
        return "skipped: inspect_ai is not installed"
    if importlib.util.find_spec("openai") is None:
        return "skipped: inspect_ai is installed, but its openai-api provider needs the openai package"
    try:
        from inspect_ai import Task
        from inspect_ai import eval as inspect_eval
        from inspect_ai.dataset import Sample
        from inspect_ai.scorer import includes
        from inspect_ai.solver import generate

        os.environ["LOCAL_BASE_URL"] = url + "/v1"
        os.environ["LOCAL_API_KEY"] = "x"
        items = read_items(tasks)
        task = Task(dataset=[Sample(id=it["id"], input=it["prompt"], target=it["answer"]) for it in items],
                    solver=[generate()], scorer=includes())
        with tempfile.TemporaryDirectory() as logs:
            c0 = cpu_s()
            t0 = time.perf_counter()
            out = inspect_eval(task, model="openai-api/local/bench-model", max_connections=concurrency,
                               max_samples=concurrency, max_retries=3, display="none", log_dir=logs,
                               fail_on_error=True)
            wall = time.perf_counter() - t0
            cpu = cpu_s() - c0
        log = out[0]
        if log.status != "success":
            why = "?"
            if log.error:  # its message can be a bare RetryError: the traceback names the cause
                causes = [ln for ln in log.error.traceback.splitlines()
                          if re.match(r"[\w.]+(Error|Exception)\b", ln) and not ln.startswith("tenacity.")]
                why = f"{causes[-1]} (after retries)" if causes else log.error.message
            return one_line(f"failed: run ended with status {log.status}: {why}")
        assert log.results is not None
        score = log.results.scores[0].metrics["accuracy"].value
        return {"sent": log.results.completed_samples, "wall_s": wall, "cpu_s": cpu, "score": score}
    except Exception as exc:  # report, do not crash the benchmark
        return "failed: " + one_line(exc)


def run_lm_eval(url: str, tasks: Path, concurrency: int) -> dict | str:
    """lm-evaluation-harness's `local-chat-completions` model (LocalChatCompletion, aiohttp, num_concurrent =
    the concurrency): generate_until on one request per item, each built as lm-eval builds chat requests
    (apply_chat_template -> JsonChatStr). Timed: generate_until only (lm-eval's task loading, filters and
    metrics are not in it; the score is counted here, untimed)."""
    if importlib.util.find_spec("lm_eval") is None:
        return "skipped: lm-evaluation-harness (lm_eval) is not installed"
    # on a failure it logs every retry with a traceback, and asyncio each abandoned request; the one-line
    # reason says it, so those are held back; so is its asyncio progress bar, which ignores disable_tqdm
    with held_back("lm_eval", "asyncio"):
        try:
            from lm_eval.api.instance import Instance
            from lm_eval.models.openai_completions import LocalChatCompletion

            lm = LocalChatCompletion(model="bench-model", base_url=url + "/v1/chat/completions",
                                     num_concurrent=concurrency, max_retries=3, tokenizer_backend=None)
            items = read_items(tasks)
            reqs = [Instance(request_type="generate_until", doc=it, idx=0, metadata=("bench", i, 1),
                             arguments=(lm.apply_chat_template([{"role": "user", "content": it["prompt"]}]),
                                        {"until": [], "max_gen_toks": 16}))
                    for i, it in enumerate(items)]
            c0 = cpu_s()
            t0 = time.perf_counter()
            gens = lm.generate_until(reqs, disable_tqdm=True)
            wall = time.perf_counter() - t0
            cpu = cpu_s() - c0
            if len(gens) != len(items):
                return f"failed: {len(gens)} generations for {len(items)} requests"
            score = sum(it["answer"].lower() in str(g).lower() for it, g in zip(items, gens, strict=True)) / len(items)
            return {"sent": len(gens), "wall_s": wall, "cpu_s": cpu, "score": score}
        except Exception as exc:  # report, do not crash the benchmark
            return "failed: " + one_line(exc)


@contextmanager
def held_back(*loggers: str) -> Iterator[None]:
    """Silence these loggers and stderr for the block (restored after)."""
    quiet = [logging.getLogger(name) for name in loggers]
    levels = [lg.level for lg in quiet]
    for lg in quiet:
        lg.setLevel(logging.CRITICAL)
    try:
        with redirect_stderr(io.StringIO()):
            try:
                yield
            finally:
                gc.collect()  # "Task exception was never retrieved" comes when abandoned tasks are freed
    finally:
        for lg, level in zip(quiet, levels, strict=True):
            lg.setLevel(level)


HEADER = (f"{'tool':<10} {'C':>4} {'items':>6} {'ideal/s':>8} {'req/s':>7} {'of ideal':>9} {'vs bare':>8} "
          f"{'server-side':>12} {'own run':>8} {'CPU/req':>9} {'requests':>9} {'GETs':>5} {'peak':>5} {'score':>6}")


def row(name: str, c: int, n: int, latency: float, r: dict, st: dict, bare_rps: float | None = None) -> str:
    """One line of figures; st: the server's counts for this run alone; bare_rps: the reference's req/s."""
    ideal = c / latency
    rps = n / r["wall_s"]
    vs = f"{rps / bare_rps:>8.1%}" if bare_rps else f"{'-':>8}"
    window = (st["last_out"] - st["first_in"]) if st["posts"] else float("nan")
    server = st["posts"] / window if st["posts"] else 0.0
    own = f"{n / r['run_s'] / ideal:>8.1%}" if "run_s" in r else f"{'-':>8}"
    line = (f"{name:<10} {c:>4} {n:>6} {ideal:>8.0f} {rps:>7.0f} {rps / ideal:>9.1%} {vs} {server / ideal:>12.1%} "
            f"{own} {r['cpu_s'] / n * 1e6:>7.0f}us {st['posts']:>9} {st['gets']:>5} {st['peak_inflight']:>5} {r['score']:>6.2f}")
    problems = []
    if st["posts"] != n or r["sent"] != n:
        problems.append(f"expected {n} requests: the server answered {st['posts']}, the tool reports {r['sent']}")
    if set(st["paths"]) - {"/v1/chat/completions"}:
        problems.append(f"paths {st['paths']}")
    return line + "".join(f"\n{'':<10} ! {p}" for p in problems)


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
    print("req/s and 'of ideal': items / wall time of the whole call; vs bare: req/s over the reference's (bare:\n"
          "a plain asyncio keep-alive client, no log or scoring, run just before); server-side: first request in\n"
          "to last answer out; own run: benchlens's own run phase; requests / GETs / peak: chat requests the server answered "
          "(must equal items) / GET /v1/models / most chat requests in flight at once")
    srv = Server(a.latency)
    try:
        with tempfile.TemporaryDirectory() as d:
            tasks = write_tasks(Path(d) / "tasks.jsonl", a.items)
            warm = write_tasks(Path(d) / "warm.jsonl", 20)
            tools = {"bare": run_bare,
                     "benchlens": lambda url, t, c: run_benchlens(url, t, c, Path(d) / f"bench-{time.time_ns()}.db")}
            if not a.no_peers:
                tools |= {"inspect_ai": run_inspect, "lm-eval": run_lm_eval}
            for name, fn in list(tools.items()):  # untimed warm-up; a peer that is missing or fails drops out
                got = fn(srv.url, warm, 4)
                if isinstance(got, str):
                    print(f"{name}: {got}", flush=True)
                    del tools[name]
            print(HEADER, flush=True)
            for c in a.concurrency:
                bare_rps = None
                for name, fn in tools.items():
                    srv.stats(reset=True)
                    got = fn(srv.url, tasks, c)
                    st = srv.stats()
                    if isinstance(got, str):
                        print(f"{name:<10} {c:>4} {got}", flush=True)
                        continue
                    print(row(name, c, a.items, a.latency, got, st, bare_rps), flush=True)
                    if name == "bare":
                        bare_rps = a.items / got["wall_s"]
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
