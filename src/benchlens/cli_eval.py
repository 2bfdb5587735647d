"""CLI commands for evaluations on the user's own endpoints (``run``, ``check``). Registered by cli.py.

Exit codes: 0 when every request was answered, 1 for a mistake in the input (nothing was sent, or the
message says what was), 2 when some requests failed for good (the results cover the rest; rerunning
the same command asks only for what is missing), 130 when interrupted (answers so far are kept).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from benchlens.cli_common import DbOpt, FormatOpt, err, friendly, out

_friendly = friendly(interrupted="interrupted: the answers received so far are kept; rerun the same command to "
                                 "resume")


def _err() -> Any:
    return err


def _out() -> Any:
    return out


ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="TOML file with [endpoints.LABEL] "
                                                                       "(and [defaults], [judge]).")]
RepeatsOpt = Annotated[int, typer.Option("--repeats", "-k", help="Independent samples per item.")]
FreshOpt = Annotated[bool, typer.Option("--fresh", help="Ask again even what the log has answered.")]
ConcOpt = Annotated[int | None, typer.Option("--concurrency", "-j", help="Requests in flight per endpoint.")]
RateOpt = Annotated[float | None, typer.Option("--rate-limit", help="Requests per second per endpoint.")]
TimeoutOpt = Annotated[float | None, typer.Option("--timeout", help="Seconds per request (default 300).")]
RetriesOpt = Annotated[int | None, typer.Option("--retries", help="Retries per request (default 4).")]
TempOpt = Annotated[float | None, typer.Option("--temperature", help="Sampling temperature.")]
MaxTokOpt = Annotated[int | None, typer.Option("--max-tokens", help="max_tokens per answer.")]
SeedOpt = Annotated[int | None, typer.Option("--seed", help="Sampling seed (repeat r sends seed + r).")]
ThinkOpt = Annotated[bool | None, typer.Option("--thinking/--no-thinking", help="Ask for thinking on or off "
                                                                               "(chat_template_kwargs).")]
KeyOpt = Annotated[str | None, typer.Option("--api-key-env", help="NAME of the environment variable holding "
                                                                  "the API key (never the key itself).")]
ScorerOpt = Annotated[str | None, typer.Option("--scorer", help="Scorer for items that name none (default "
                                                                "normalized).")]
CodeOpt = Annotated[bool, typer.Option("--allow-code", help="Allow python:module:function scorers.")]
JudgeOpt = Annotated[str | None, typer.Option("--judge", help="Judge endpoint for 'judge' items: "
                                                              "[LABEL=]BASE_URL[#MODEL].")]
RubricOpt = Annotated[str | None, typer.Option("--rubric", help="Judge rubric text, or @FILE.")]
ProgressOpt = Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: "
                                                                                 "when stderr is a terminal).")]
TransportOpt = Annotated[str | None, typer.Option("--transport", help="auto (default), fast or httpx2.")]


def _overrides(concurrency: int | None, rate_limit: float | None, timeout: float | None, retries: int | None,
               temperature: float | None, max_tokens: int | None, seed: int | None, thinking: bool | None,
               api_key_env: str | None, transport: str | None) -> Any:
    from benchlens.evals.config import Overrides

    sampling: dict[str, Any] = {}
    if temperature is not None:
        sampling["temperature"] = temperature
    if max_tokens is not None:
        sampling["max_tokens"] = max_tokens
    if seed is not None:
        sampling["seed"] = seed
    return Overrides(sampling=sampling, thinking=thinking, concurrency=concurrency, rate_limit=rate_limit,
                     timeout=timeout, retries=retries, api_key_env=api_key_env, transport=transport)


def _rubric(text: str | None) -> str | None:
    if text and text.startswith("@"):
        from benchlens.errors import InputError

        p = Path(text[1:]).expanduser()
        try:
            return p.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read rubric: {exc.strerror or exc}", path=str(p)) from None
    return text


def _check_format(fmt: str) -> str:
    from benchlens.errors import BenchlensError

    f = fmt.lower()
    if f not in ("table", "json"):
        raise BenchlensError(f"--format must be table or json, not {fmt!r}")
    return f


def _progress(flag: bool | None, fmt: str) -> bool:
    if flag is not None:
        return flag
    return sys.stderr.isatty()


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x * 100:.1f}"


def _pts(x: float | None) -> str:
    return "-" if x is None else f"{x * 100:+.1f}"


def _p(p: float | None) -> str:
    if p is None:
        return "-"
    return "<0.0001" if p < 0.0001 else (f"{p:.4f}" if p < 0.01 else f"{p:.3f}")


def render_result(res: Any, out: Any) -> None:
    """Terminal tables for an :class:`~benchlens.evals.EvalResult`."""
    from rich.markup import escape
    from rich.table import Table

    t = Table(title=f"{escape(Path(res.tasks).name)}: {res.n_items} items x {res.repeats} sample(s)",
              title_justify="left")
    for col, just in (("model", "left"), ("n", "right"), ("score %", "right"), ("95% CI", "right"),
                      ("errors", "right"), ("sent", "right"), ("from log", "right"), ("cut off", "right")):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    for label, ms in res.models.items():
        tl = res.tallies.get(label)
        ci = "-" if ms.ci is None else f"{_pct(ms.ci[0])} to {_pct(ms.ci[1])}"
        t.add_row(escape(label), str(ms.n), _pct(ms.score), ci, str(ms.errors) if ms.errors else "",
                  str(tl.sent if tl else ""), str(tl.cached if tl else ""), str(tl.truncated or "") if tl else "")
    out.print(t)
    if res.paired:
        pt = Table(title="Paired (delta = second - first, points)", title_justify="left")
        for col in ("pair", "n", "delta", "95% CI", "p", "test"):
            pt.add_column(col, justify="left" if col in ("pair", "test") else "right")
        rows = [(None, p) for p in res.paired]
        for cat, d in res.categories.items():
            rows += [(cat, p) for p in d["paired"]]
        for cat, p in rows:
            name = f"{p.b} vs {p.a}" + (f" [{cat}]" if cat else "")
            ci = "-" if p.ci is None else f"{_pts(p.ci[0])} to {_pts(p.ci[1])}"
            pt.add_row(escape(name), str(p.n), _pts(p.delta), ci, _p(p.p_value), p.test)
        out.print(pt)
        for v in res.verdicts():
            out.print(escape(v), highlight=False)
    if res.categories and not res.paired:
        ct = Table(title="By category", title_justify="left")
        for col in ("category", "model", "n", "score %", "95% CI"):
            ct.add_column(col)
        for cat, d in res.categories.items():
            for label, ms in d["models"].items():
                ci = "-" if ms.ci is None else f"{_pct(ms.ci[0])} to {_pct(ms.ci[1])}"
                ct.add_row(escape(cat), escape(label), str(ms.n), _pct(ms.score), ci)
        out.print(ct)


def _report_failures(res: Any) -> None:
    from rich.markup import escape

    err = _err()
    for t in res.tallies.values():
        if t.down:
            err.print(f"[yellow]warning:[/yellow] {escape(t.down)}", highlight=False)
    if res.failed:
        err.print(f"[yellow]{res.failed} request(s) failed[/yellow]; the results above cover the rest. "
                  "Rerun the same command to ask only for what is missing.", highlight=False)
        for label, reasons in res.failures.items():
            for reason, n in list(reasons.items())[:5]:
                err.print(f"  {escape(label)}: {n} x {escape(reason)}", highlight=False)
    if res.stored:
        err.print(f"stored as own-run records (document {res.stored['doc_id']}, benchmark "
                  f"{escape(res.stored['benchmark'])})", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the evaluation commands to the main app."""

    @app.command("run")
    @_friendly
    def run(
        tasks: Annotated[Path, typer.Argument(help="Task file: .jsonl, .csv or .yaml (one item per line).")],
        model: Annotated[list[str] | None, typer.Option("--model", "-m", help="LABEL=BASE_URL[#MODEL] "
                                                                              "(repeatable).")] = None,
        config: ConfigOpt = None,
        repeats: RepeatsOpt = 1,
        fresh: FreshOpt = False,
        concurrency: ConcOpt = None,
        rate_limit: RateOpt = None,
        timeout: TimeoutOpt = None,
        retries: RetriesOpt = None,
        temperature: TempOpt = None,
        max_tokens: MaxTokOpt = None,
        seed: SeedOpt = None,
        thinking: ThinkOpt = None,
        api_key_env: KeyOpt = None,
        scorer: ScorerOpt = None,
        allow_code: CodeOpt = False,
        judge: JudgeOpt = None,
        rubric: RubricOpt = None,
        benchmark: Annotated[str | None, typer.Option("--benchmark", help="Catalog benchmark these items are "
                                                                          "(for the stored records).")] = None,
        as_: Annotated[list[str] | None, typer.Option("--as", help="MODEL_ID or LABEL=MODEL_ID: the catalog "
                                                                   "model a label is (repeatable).")] = None,
        store: Annotated[bool, typer.Option("--store/--no-store", help="Store summaries as own-run "
                                                                      "records.")] = True,
        progress: ProgressOpt = None,
        transport: TransportOpt = None,
        fmt: FormatOpt = "table",
        db: DbOpt = None,
    ) -> None:
        """Run your task file against your OpenAI-compatible endpoints; resumes where it stopped."""
        from benchlens.evals.api import run_eval

        f = _check_format(fmt)
        res = run_eval(
            tasks, models=model or [], config=config, judge=judge, rubric=_rubric(rubric), repeats=repeats,
            fresh=fresh, scorer=scorer, allow_code=allow_code,
            overrides=_overrides(concurrency, rate_limit, timeout, retries, temperature, max_tokens, seed,
                                 thinking, api_key_env, transport),
            benchmark=benchmark, as_models=as_ or None, store_results=store, db=db,
            progress=_progress(progress, f),
        )
        if f == "json":
            sys.stdout.write(json.dumps(res.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) + "\n")
        else:
            render_result(res, _out())
        _report_failures(res)
        if res.exit_code:
            raise typer.Exit(res.exit_code)

    @app.command("check")
    @_friendly
    def check(
        model: Annotated[str, typer.Option("--model", "-m", help="LABEL=BASE_URL[#MODEL]: the endpoint to test.")],
        benchmark: Annotated[str, typer.Option("--benchmark", help="Catalog benchmark id, e.g. gpqa-diamond.")],
        items: Annotated[Path, typer.Option("--items", help="Your copy of the benchmark's items (task file).")],
        against: Annotated[str, typer.Option("--against", help="Catalog model whose official number to "
                                                               "check against.")],
        mode: Annotated[str | None, typer.Option("--mode", help="thinking or non-thinking: which official "
                                                                "number.")] = None,
        config: ConfigOpt = None,
        repeats: RepeatsOpt = 1,
        fresh: FreshOpt = False,
        concurrency: ConcOpt = None,
        rate_limit: RateOpt = None,
        timeout: TimeoutOpt = None,
        retries: RetriesOpt = None,
        temperature: TempOpt = None,
        max_tokens: MaxTokOpt = None,
        seed: SeedOpt = None,
        thinking: ThinkOpt = None,
        api_key_env: KeyOpt = None,
        scorer: ScorerOpt = None,
        allow_code: CodeOpt = False,
        judge: JudgeOpt = None,
        rubric: RubricOpt = None,
        store: Annotated[bool, typer.Option("--store/--no-store", help="Store the result as an own-run "
                                                                      "record.")] = True,
        progress: ProgressOpt = None,
        transport: TransportOpt = None,
        fmt: FormatOpt = "table",
        db: DbOpt = None,
    ) -> None:
        """Is your endpoint's score on a benchmark consistent with the official number, within sampling noise?"""
        from rich.markup import escape

        from benchlens.evals.api import check_claim

        f = _check_format(fmt)
        if config is not None:
            from benchlens.errors import InputError

            raise InputError("check runs one endpoint: give it with --model (sampling flags apply to it)")
        chk = check_claim(
            items, model=model, benchmark=benchmark, against=against, mode=mode, db=db, judge=judge,
            rubric=_rubric(rubric), repeats=repeats, fresh=fresh, scorer=scorer, allow_code=allow_code,
            overrides=_overrides(concurrency, rate_limit, timeout, retries, temperature, max_tokens, seed,
                                 thinking, api_key_env, transport),
            store_results=store, progress=_progress(progress, f),
        )
        if f == "json":
            sys.stdout.write(json.dumps(chk.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) + "\n")
        else:
            out = _out()
            render_result(chk.run, out)
            c = chk.claim
            src = c.provenance.title or c.provenance.url or c.provenance.doc_id
            out.print(f"Claim: {escape(chk.against)} on {escape(chk.benchmark)} = {c.value:g}"
                      f"{'%' if c.scale == 'percent' else ''} ({escape(c.key.describe())}; {escape(str(src))})",
                      highlight=False)
            out.print(escape(chk.verdict()), highlight=False)
        _report_failures(chk.run)
        if chk.exit_code:
            raise typer.Exit(chk.exit_code)
