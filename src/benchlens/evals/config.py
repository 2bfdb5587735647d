"""Endpoints: ``--model LABEL=BASE_URL[#NAME]`` specs and the TOML config file.

An :class:`Endpoint` is one OpenAI-compatible server and model with its sampling parameters. API keys
are read from the environment variable an endpoint *names* (``api_key_env``) when a request is made;
benchlens never writes a key to its database, its log or its output.

Config file (TOML)::

    [defaults]                 # every endpoint (CLI flags override both)
    temperature = 0
    max_tokens = 1024
    concurrency = 16

    [endpoints.old]
    base_url = "http://localhost:8000/v1"
    model = "Qwen/Qwen3-32B"   # optional when the server serves exactly one model
    api_key_env = "MY_KEY"     # the NAME of an environment variable, never the key
    thinking = false           # sends chat_template_kwargs.enable_thinking
    as = "qwen3-32b"           # catalog model the results are stored for
    concurrency = 32
    rate_limit = 5             # requests per second
    [endpoints.old.extra_body] # anything else the server accepts
    top_k = 20

    [judge]                    # for items scored by "judge"
    base_url = "http://localhost:8001/v1"
    rubric = "..."
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from benchlens.errors import InputError

#: Sampling parameters passed through to ``/v1/chat/completions``.
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "min_p", "max_tokens", "max_completion_tokens", "seed",
                 "stop", "presence_penalty", "frequency_penalty", "repetition_penalty", "reasoning_effort",
                 "logit_bias", "response_format")
#: Runner settings of an endpoint.
RUN_KEYS = ("concurrency", "rate_limit", "timeout", "retries", "backoff", "max_retry_after",
            "max_consecutive_failures", "transport")
ENDPOINT_KEYS = ("base_url", "model", "api_key_env", "thinking", "as", "extra_body", "rubric", *RUN_KEYS,
                 *SAMPLING_KEYS)
TRANSPORTS = ("auto", "fast", "httpx2")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LABEL = re.compile(r"^[^\s=#]+$")


@dataclass(frozen=True)
class Endpoint:
    """One model behind an OpenAI-compatible API."""

    label: str
    base_url: str  # normalised, e.g. http://127.0.0.1:8080/v1
    model: str | None = None  # the served model name; None: discover from /v1/models
    api_key_env: str | None = None
    sampling: Mapping[str, Any] = field(default_factory=dict)
    thinking: bool | None = None
    extra_body: Mapping[str, Any] = field(default_factory=dict)
    as_model: str | None = None
    rubric: str | None = None  # judge endpoints only
    concurrency: int = 8
    rate_limit: float | None = None  # requests per second
    timeout: float = 300.0
    retries: int = 4
    backoff: float = 1.0  # first retry delay, doubled each time (with jitter)
    max_retry_after: float = 120.0  # a longer Retry-After is a failure, not a wait
    max_consecutive_failures: int = 10  # then the endpoint is taken as down for this run
    transport: str = "auto"

    def api_key(self) -> str | None:
        """The key, read from the environment at request time (never stored)."""
        return os.environ.get(self.api_key_env) if self.api_key_env else None

    def params(self, repeat: int = 0) -> dict[str, Any]:
        """Everything in the request body except ``model`` and ``messages``.

        A ``seed`` becomes ``seed + repeat`` so that repeats are independent samples on servers that
        honour seeds.
        """
        out: dict[str, Any] = dict(self.sampling)
        if self.thinking is not None:
            kw = dict(out.get("chat_template_kwargs") or {})
            kw["enable_thinking"] = self.thinking
            out["chat_template_kwargs"] = kw
        for k, v in self.extra_body.items():
            if k == "chat_template_kwargs" and isinstance(v, Mapping):
                out[k] = {**dict(out.get(k) or {}), **dict(v)}
            else:
                out[k] = v
        if repeat and isinstance(out.get("seed"), int):
            out["seed"] = out["seed"] + repeat
        return out

    def describe(self) -> dict[str, Any]:
        """A JSON-ready description with no secret in it (the key's variable name only)."""
        return {"label": self.label, "base_url": self.base_url, "model": self.model,
                "api_key_env": self.api_key_env, "params": self.params(), "thinking": self.thinking,
                "as": self.as_model, "concurrency": self.concurrency, "rate_limit": self.rate_limit}

    @property
    def mode(self) -> str | None:
        return None if self.thinking is None else ("thinking" if self.thinking else "non-thinking")


def normalize_base_url(url: str, *, where: str = "--model") -> str:
    """``http://host:port`` gets ``/v1``; any other path is kept as given (no trailing slash)."""
    u = url.strip()
    parts = urlsplit(u)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{where}: base URL must start with http:// or https://, not {url!r}")
    if parts.username or parts.password:
        raise InputError(f"{where}: do not put credentials in the URL; name an environment variable "
                         "with api_key_env / --api-key-env")
    path = parts.path.rstrip("/")
    if not path:
        path = "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def parse_model_spec(spec: str, *, option: str = "--model") -> Endpoint:
    """``LABEL=BASE_URL`` or ``LABEL=BASE_URL#SERVED_NAME``."""
    if "=" not in spec:
        raise InputError(f"{option} takes LABEL=BASE_URL[#MODEL], got {spec!r}")
    label, url = spec.split("=", 1)
    label = label.strip()
    if not label or not _LABEL.match(label):
        raise InputError(f"{option}: label must be a word without spaces, '=' or '#', got {label!r}")
    name = None
    if "#" in url:
        url, name = url.rsplit("#", 1)
        name = name.strip() or None
    return Endpoint(label=label, base_url=normalize_base_url(url, where=option), model=name)


@dataclass(frozen=True)
class Overrides:
    """Settings given on the command line: they apply to every endpoint and win over the config."""

    sampling: Mapping[str, Any] = field(default_factory=dict)
    thinking: bool | None = None
    concurrency: int | None = None
    rate_limit: float | None = None
    timeout: float | None = None
    retries: int | None = None
    api_key_env: str | None = None
    transport: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # other run keys (backoff, ...)

    def apply(self, ep: Endpoint) -> Endpoint:
        changes: dict[str, Any] = {}
        if self.sampling:
            changes["sampling"] = {**dict(ep.sampling), **dict(self.sampling)}
        for name in ("thinking", "concurrency", "rate_limit", "timeout", "retries", "transport"):
            v = getattr(self, name)
            if v is not None:
                changes[name] = v
        if self.api_key_env is not None and ep.api_key_env is None:
            changes["api_key_env"] = self.api_key_env
        changes.update(self.extra)
        return replace(ep, **changes) if changes else ep


@dataclass(frozen=True)
class EvalConfig:
    endpoints: list[Endpoint]
    judge: Endpoint | None = None
    path: str | None = None


def load_config(path: str | Path) -> EvalConfig:
    """Read a TOML config. Errors name the file and, where it can be found, the line."""
    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read config: {exc.strerror or exc}", path=str(p)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML: {exc}", path=str(p)) from None
    lines = text.splitlines()

    def fail(msg: str, table: str, key: str | None = None) -> InputError:
        return InputError(msg, path=str(p), where=_where(lines, table, key))

    unknown = set(data) - {"defaults", "endpoints", "judge"}
    if unknown:
        k = sorted(unknown)[0]
        raise fail(f"unknown table or key {k!r} (known: defaults, endpoints, judge)", k)
    defaults = data.get("defaults", {})
    if not isinstance(defaults, Mapping):
        raise fail("'defaults' must be a table", "defaults")
    for k in defaults:
        if k in ("base_url", "model", "as"):
            raise fail(f"{k!r} cannot be a default; set it in each [endpoints.LABEL]", "defaults", k)
    eps_raw = data.get("endpoints", {})
    if not isinstance(eps_raw, Mapping):
        raise fail("'endpoints' must be a table of [endpoints.LABEL] tables", "endpoints")
    endpoints = []
    for label, raw in eps_raw.items():
        table = f"endpoints.{label}"
        if not isinstance(raw, Mapping):
            raise fail(f"[{table}] must be a table", table)
        if not _LABEL.match(label):
            raise fail(f"endpoint label {label!r} must be a word without spaces, '=' or '#'", table)
        endpoints.append(_endpoint(label, {**defaults, **raw}, table, fail))
    judge = None
    if "judge" in data:
        raw = data["judge"]
        if not isinstance(raw, Mapping):
            raise fail("[judge] must be a table", "judge")
        jd = {"temperature": 0, **{k: v for k, v in defaults.items() if k in RUN_KEYS}, **raw}
        judge = _endpoint("judge", jd, "judge", fail)
    return EvalConfig(endpoints, judge, str(p))


def _endpoint(label: str, raw: Mapping[str, Any], table: str, fail: Any) -> Endpoint:
    for k in raw:
        if k == "api_key":
            raise fail("never put an API key in the config: set api_key_env to the NAME of an "
                       "environment variable that holds it", table, k)
        if k not in ENDPOINT_KEYS:
            raise fail(f"unknown key {k!r} (known: {', '.join(ENDPOINT_KEYS)})", table, k)
    if "base_url" not in raw:
        raise fail("missing base_url", table)
    base = normalize_base_url(str(raw["base_url"]), where=f"[{table}] base_url")
    model = raw.get("model")
    if model is not None and (not isinstance(model, str) or not model.strip()):
        raise fail("model must be a non-empty string", table, "model")
    key_env = raw.get("api_key_env")
    if key_env is not None:
        check_env_name(str(key_env), f"[{table}] api_key_env")
    thinking = raw.get("thinking")
    if thinking is not None and not isinstance(thinking, bool):
        raise fail("thinking must be true or false", table, "thinking")
    extra = raw.get("extra_body", {})
    if not isinstance(extra, Mapping):
        raise fail("extra_body must be a table", table, "extra_body")
    sampling = {k: raw[k] for k in SAMPLING_KEYS if k in raw}
    try:
        run = check_run_settings({k: raw[k] for k in RUN_KEYS if k in raw})
    except InputError as exc:
        raise fail(exc.detail, table) from None
    as_model = raw.get("as")
    rubric = raw.get("rubric")
    return Endpoint(label=label, base_url=base, model=model, api_key_env=key_env, sampling=sampling,
                    thinking=thinking, extra_body=dict(extra), as_model=as_model, rubric=rubric, **run)


def check_run_settings(run: Mapping[str, Any]) -> dict[str, Any]:
    """Validate runner settings (concurrency, rate_limit, timeout, retries...)."""
    out: dict[str, Any] = {}
    for k, v in run.items():
        if v is None:
            continue
        if k in ("concurrency", "retries", "max_consecutive_failures"):
            if isinstance(v, bool) or not isinstance(v, int) or v < (0 if k == "retries" else 1):
                raise InputError(f"{k} must be an integer >= {0 if k == 'retries' else 1}, not {v!r}")
            if k == "concurrency" and v > 4096:
                raise InputError("concurrency must be at most 4096")
        elif k in ("rate_limit", "timeout", "backoff", "max_retry_after"):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0 or (v == 0 and k != "backoff"):
                raise InputError(f"{k} must be a positive number, not {v!r}")
            v = float(v)
        elif k == "transport" and v not in TRANSPORTS:
            raise InputError(f"transport must be one of {', '.join(TRANSPORTS)}, not {v!r}")
        out[k] = v
    return out


def check_env_name(name: str, where: str) -> None:
    if not _ENV_NAME.match(name):
        hint = " (it looks like a key: give the NAME of an environment variable that holds it)" if (
            name.startswith(("sk-", "sk_")) or len(name) > 40) else ""
        raise InputError(f"{where}: not an environment variable name{hint}")


def check_keys_present(endpoints: Sequence[Endpoint]) -> None:
    """Every named key variable must be set (checked before anything is sent; the value is never shown)."""
    for ep in endpoints:
        if ep.api_key_env and not os.environ.get(ep.api_key_env):
            raise InputError(f"endpoint {ep.label}: environment variable {ep.api_key_env} is not set")


def _where(lines: list[str], table: str, key: str | None) -> str | None:
    """The line of ``[table]`` (or of ``key`` inside it) in a TOML text, for error messages."""
    header = re.compile(r"^\s*\[\s*" + r"\s*\.\s*".join(re.escape(t) for t in table.split(".")) + r"\s*\]")
    start = None
    for i, ln in enumerate(lines):
        if header.match(ln):
            start = i
            break
    if start is None:
        for i, ln in enumerate(lines):
            if re.match(r"^\s*" + re.escape(table.split(".")[0]) + r"\s*[.=]", ln):
                return f"line {i + 1}"
        return None
    if key:
        for j in range(start + 1, len(lines)):
            if re.match(r"^\s*\[", lines[j]):
                break
            if re.match(r"^\s*" + re.escape(key) + r"\s*=", lines[j]):
                return f"line {j + 1}"
    return f"line {start + 1}"
