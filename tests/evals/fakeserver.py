"""A loopback OpenAI-compatible server that counts requests and injects faults (stdlib only).

``FakeServer(answer=fn, plan=fn)`` listens on 127.0.0.1 in a thread. ``answer(model, messages)`` gives
the reply text; ``plan(n, prompt)`` (n: the 1-based number of the request with that prompt) says what
to do with a request: ``"ok"``, ``"reset"`` (close without answering), ``"truncate"`` (headers, half a
body, close), ``"malformed"`` (200 with a non-JSON body), ``"nochoices"`` (200 JSON without choices),
``("status", code, headers)``, ``("sleep", seconds)`` then answer, ``"chunked"`` (a valid answer sent
chunked) or ``("content", text, extra_message_fields)``.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def last_user(messages: list[dict[str, Any]]) -> str:
    users = [m for m in messages if m.get("role") == "user"]
    return str(users[-1]["content"]) if users else ""


class FakeServer:
    def __init__(self, *, answer: Callable[[str, list[dict[str, Any]]], str] | None = None,
                 plan: Callable[[int, str], Any] | None = None, models: list[str] | None = None,
                 latency: float = 0.0, port: int = 0):
        self.answer = answer or (lambda model, msgs: "Paris")
        self.plan = plan or (lambda n, prompt: "ok")
        self.models = models if models is not None else ["fake-model"]
        self.latency = latency
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()  # chat requests per prompt (every attempt)
        self.answered: Counter[str] = Counter()  # complete 200 answers per prompt
        self.total = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.bodies: list[dict[str, Any]] = []
        self.headers_seen: list[dict[str, str]] = []
        self.conns: set[socket.socket] = set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                with server.lock:
                    server.conns.add(self.connection)

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with server.lock:
                        server.conns.discard(self.connection)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    body = json.dumps({"object": "list", "data": [{"id": m, "object": "model"} for m in server.models]})
                    self._send(200, body.encode())
                else:
                    self._send(404, b'{"error": "not found"}')

            def do_POST(self) -> None:
                n = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(n)
                try:
                    req = json.loads(raw)
                except json.JSONDecodeError:
                    self._send(400, b'{"error": {"message": "bad json"}}')
                    return
                prompt = last_user(req.get("messages") or [])
                with server.lock:
                    server.total += 1
                    server.counts[prompt] += 1
                    k = server.counts[prompt]
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                    server.bodies.append(req)
                    server.headers_seen.append({k2.lower(): v for k2, v in self.headers.items()})
                try:
                    self._handle(req, prompt, server.plan(k, prompt))
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def _handle(self, req: dict[str, Any], prompt: str, action: Any) -> None:
                if server.latency:
                    time.sleep(server.latency)
                extra: dict[str, Any] = {}
                content = None
                if isinstance(action, tuple) and action[0] == "sleep":
                    time.sleep(action[1])
                    action = "ok"
                if isinstance(action, tuple) and action[0] == "content":
                    content = action[1]
                    extra = action[2] if len(action) > 2 else {}
                    action = "ok"
                if action == "reset":
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if isinstance(action, tuple) and action[0] == "status":
                    _, code, headers = action
                    self._send(code, json.dumps({"error": {"message": f"injected {code}"}}).encode(), headers)
                    return
                if action == "malformed":
                    self._send(200, b"<html>gateway hiccup</html>")
                    return
                if action == "nochoices":
                    self._send(200, b'{"id": "x", "object": "chat.completion"}')
                    return
                text = content if content is not None else server.answer(req.get("model", ""), req.get("messages") or [])
                body = json.dumps({
                    "id": "chatcmpl-1", "object": "chat.completion", "model": req.get("model"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text, **extra},
                                 "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10},
                }).encode()
                if action == "truncate":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if action == "chunked":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for i in range(0, len(body), 17):
                        part = body[i:i + 17]
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                    with server.lock:
                        server.answered[prompt] += 1
                    return
                self._send(200, body)
                with server.lock:
                    server.answered[prompt] += 1

            def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 256

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # clients that go away mid-answer (killed, timed out) are part of the tests

        self.httpd = Server(("127.0.0.1", port), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and drop every open connection (as a server that dies would)."""
        self.httpd.shutdown()
        self.httpd.server_close()
        with self.lock:
            conns = list(self.conns)
        for c in conns:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
