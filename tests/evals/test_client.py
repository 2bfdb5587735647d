"""The HTTP client with ``httpx2.MockTransport``: parsing, retries, Retry-After, keys, reasoning."""

from __future__ import annotations

import json

import httpx2
import pytest

from benchlens.errors import InputError
from benchlens.evals import Overrides, arun_eval
from benchlens.evals.client import CallFailed, ChatClient, HttpxTransport, parse_completion, retry_after
from benchlens.evals.config import Endpoint, load_config, normalize_base_url, parse_model_spec
from benchlens.store.runs import RunLog

from .conftest import write_jsonl


def completion(content, **message):
    return {"id": "x", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": content, **message}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 9,
                  "completion_tokens_details": {"reasoning_tokens": 6}}}


def make_client(handler, **ep):
    endpoint = Endpoint(label="m", base_url="http://test/v1", model="mod", backoff=0.01, **ep)
    sleeps = []

    async def sleep(s):
        sleeps.append(s)

    transport = HttpxTransport(endpoint.base_url, 4, transport=httpx2.MockTransport(handler))
    return ChatClient(endpoint, transport, sleep=sleep), sleeps


async def test_parse_with_reasoning_content_and_tokens():
    seen = []

    def handler(request):
        seen.append(json.loads(request.content))
        return httpx2.Response(200, json=completion("<think>hmm</think>Final: 4", reasoning_content="step 1"))

    client, _ = make_client(handler)
    c = await client.chat(json.dumps({"model": "mod", "messages": [{"role": "user", "content": "2+2"}]}).encode())
    assert c.answer == "Final: 4" and c.reasoning == "step 1\n\nhmm" and c.reasoning_tokens == 6
    assert c.prompt_tokens == 5 and c.completion_tokens == 9 and c.attempts == 1
    assert seen[0]["model"] == "mod"
    await client.aclose()


async def test_retries_honour_retry_after_then_succeed():
    calls = []

    def handler(request):
        calls.append(1)
        if len(calls) == 1:
            return httpx2.Response(429, headers={"Retry-After": "3"}, json={"error": {"message": "slow down"}})
        if len(calls) == 2:
            return httpx2.Response(503, json={"error": "busy"})
        if len(calls) == 3:
            return httpx2.Response(200, content=b"<html>oops</html>")
        return httpx2.Response(200, json=completion("ok"))

    client, sleeps = make_client(handler, retries=4)
    c = await client.chat(b"{}")
    assert c.answer == "ok" and c.attempts == 4
    assert sleeps[0] == 3.0  # Retry-After honoured exactly
    assert all(0 < s <= 0.04 for s in sleeps[1:])  # exponential backoff with jitter after that


async def test_non_retryable_and_exhausted():
    client, sleeps = make_client(lambda r: httpx2.Response(401, json={"error": {"message": "bad key"}}))
    with pytest.raises(CallFailed) as ei:
        await client.chat(b"{}")
    assert ei.value.reason == "HTTP 401: bad key" and ei.value.attempts == 1 and not sleeps
    client, sleeps = make_client(lambda r: httpx2.Response(500), retries=2)
    with pytest.raises(CallFailed) as ei:
        await client.chat(b"{}")
    assert ei.value.attempts == 3 and "after 3 attempts" in ei.value.reason and len(sleeps) == 2
    client, _ = make_client(lambda r: httpx2.Response(429, headers={"retry-after": "86400"}), max_retry_after=60)
    with pytest.raises(CallFailed, match="retry after 86400s"):
        await client.chat(b"{}")


async def test_connection_errors_are_retried():
    calls = []

    def handler(request):
        calls.append(1)
        if len(calls) < 3:
            raise httpx2.ConnectError("Connection refused")
        return httpx2.Response(200, json=completion("fine"))

    client, sleeps = make_client(handler)
    assert (await client.chat(b"{}")).answer == "fine" and len(sleeps) == 2


def test_parse_rejects_malformed():
    from benchlens.evals.client import Malformed

    for body in (b"not json", b"[]", b'{"choices": []}', b'{"error": {"message": "overloaded"}}'):
        with pytest.raises(Malformed):
            parse_completion(body)
    c = parse_completion(json.dumps(completion([{"type": "text", "text": "a"}, {"type": "text", "text": "b"}])).encode())
    assert c.answer == "ab"


def test_retry_after_forms():
    assert retry_after({"retry-after": "2"}) == 2.0
    assert retry_after({"retry-after-ms": "1500"}) == 1.5
    assert retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert retry_after({}) is None


async def test_run_with_mock_transport_sends_key_only_in_header(tmp_path, monkeypatch):
    monkeypatch.setenv("MY_TEST_KEY", "sk-secret-123")
    headers = []

    def handler(request):
        if request.url.path.endswith("/models"):
            return httpx2.Response(200, json={"data": [{"id": "served-1"}]})
        headers.append(request.headers.get("authorization"))
        body = json.loads(request.content)
        assert body["model"] == "served-1" and body["temperature"] == 0
        q = body["messages"][-1]["content"]
        return httpx2.Response(200, json=completion("Paris" if "France" in q else "Rome"))

    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": 1, "prompt": "Capital of France?", "answer": "Paris"},
                                              {"id": 2, "prompt": "Capital of Spain?", "answer": "Madrid"}])
    db = tmp_path / "x.db"
    res = await arun_eval(tasks, models=["m=http://mock.test"], db=db, httpx_transport=httpx2.MockTransport(handler),
                          overrides=Overrides(sampling={"temperature": 0}, api_key_env="MY_TEST_KEY"))
    assert res.models["m"].n == 2 and res.models["m"].score == 0.5
    assert headers == ["Bearer sk-secret-123"] * 2
    raw = db.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("x.db-*"))
    assert b"sk-secret-123" not in raw and "sk-secret" not in json.dumps(res.to_dict())
    with RunLog(db) as log:
        assert len(log.entries(status="ok")) == 2


async def test_missing_key_variable_fails_before_sending(tmp_path):
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": 1, "prompt": "x", "answer": "y"}])

    def handler(request):
        raise AssertionError("nothing may be sent")

    with pytest.raises(InputError, match="NOT_SET_ANYWHERE is not set"):
        await arun_eval(tasks, models=["m=http://mock.test#x"], db=tmp_path / "x.db",
                        httpx_transport=httpx2.MockTransport(handler),
                        overrides=Overrides(api_key_env="NOT_SET_ANYWHERE"))


async def test_model_discovery_needs_exactly_one(tmp_path):
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": 1, "prompt": "x", "answer": "y"}])

    def handler(request):
        if request.url.path.endswith("/models"):
            return httpx2.Response(200, json={"data": [{"id": "a"}, {"id": "b"}]})
        raise AssertionError("nothing may be sent")

    with pytest.raises(InputError, match=r"serves 2 models \(a, b\); pick one as m=http://mock.test/v1#MODEL"):
        await arun_eval(tasks, models=["m=http://mock.test"], db=tmp_path / "x.db",
                        httpx_transport=httpx2.MockTransport(handler))


def test_endpoint_specs_and_config(tmp_path):
    ep = parse_model_spec("old=http://localhost:8080#Qwen/Qwen3-8B")
    assert (ep.label, ep.base_url, ep.model) == ("old", "http://localhost:8080/v1", "Qwen/Qwen3-8B")
    assert normalize_base_url("https://api.example.com/openai/v1/") == "https://api.example.com/openai/v1"
    for bad in ("nolabel", "x=ftp://h", "a b=http://h"):
        with pytest.raises(InputError):
            parse_model_spec(bad)
    with pytest.raises(InputError, match="credentials"):
        parse_model_spec("a=http://user:pw@host")
    cfg = tmp_path / "e.toml"
    cfg.write_text('[defaults]\ntemperature = 0\nmax_tokens = 64\nconcurrency = 3\n\n'
                   '[endpoints.old]\nbase_url = "http://127.0.0.1:1"\nmodel = "m1"\nthinking = false\nas = "qwen3-8b"\n'
                   'seed = 7\n[endpoints.old.extra_body]\ntop_k = 20\n\n'
                   '[endpoints.new]\nbase_url = "http://127.0.0.1:2/v1"\napi_key_env = "NEW_KEY"\nrate_limit = 5\n'
                   'concurrency = 9\n\n[judge]\nbase_url = "http://127.0.0.1:3"\nrubric = "be fair"\n')
    c = load_config(cfg)
    old, new = c.endpoints
    assert old.params(2) == {"temperature": 0, "max_tokens": 64, "seed": 9, "top_k": 20,
                             "chat_template_kwargs": {"enable_thinking": False}}
    assert old.concurrency == 3 and old.mode == "non-thinking" and old.as_model == "qwen3-8b"
    assert new.concurrency == 9 and new.rate_limit == 5.0 and new.api_key_env == "NEW_KEY"
    assert c.judge is not None and c.judge.rubric == "be fair" and c.judge.params()["temperature"] == 0
    assert Overrides(concurrency=2).apply(new).concurrency == 2
    cfg.write_text('[endpoints.x]\nbase_url = "http://h"\n\napi_key = "sk-123"\n')
    with pytest.raises(InputError, match="never put an API key"):
        load_config(cfg)
    cfg.write_text('[endpoints.x]\nbase_url = "http://h"\ntemprature = 1\n')
    with pytest.raises(InputError, match=r"\(line 3\): unknown key 'temprature'"):
        load_config(cfg)
    cfg.write_text('[endpoints.x]\nbase_url = "http://h"\napi_key_env = "sk-abcdef"\n')
    with pytest.raises(InputError, match="looks like a key"):
        load_config(cfg)
    cfg.write_text('[endpoints.x\n')
    with pytest.raises(InputError, match="not valid TOML"):
        load_config(cfg)
