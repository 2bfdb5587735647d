"""The ``benchlens`` command line: one small function per command, a thin skin over :mod:`benchlens.api`.

Every command takes ``--db PATH`` (or ``BENCHLENS_DB``). User mistakes print one line on stderr and
exit non-zero; they never print a traceback.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from benchlens import api
from benchlens.cli_common import DbOpt, FormatOpt, check_format, err, friendly, out, print_json
from benchlens.errors import BenchlensError

app = typer.Typer(
    name="benchlens",
    help="Honest comparisons of LLM generations from official benchmark tables.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
db_app = typer.Typer(help="Create and inspect the database.", no_args_is_help=True)
app.add_typer(db_app, name="db")

_check_format = check_format
_json = print_json


def _parse_pairs(items: list[str] | None) -> dict[str, str]:
    pairs = {}
    for item in items or []:
        if "=" not in item:
            raise BenchlensError(f"--pair takes NEW=OLD, got {item!r}")
        n, o = item.split("=", 1)
        pairs[n.strip()] = o.strip()
    return pairs


# --- compare / audit ----------------------------------------------------------------------------


@app.command()
@friendly
def compare(
    old: Annotated[str, typer.Argument(help="Older generation or model, e.g. qwen3.")],
    new: Annotated[str, typer.Argument(help="Newer generation or model, e.g. qwen3.5.")],
    mode: Annotated[str, typer.Option(help="thinking, non-thinking or both.")] = "both",
    pair: Annotated[list[str] | None, typer.Option("--pair", help="Override pairing: NEW=OLD (repeatable).")] = None,
    sources: Annotated[str, typer.Option(help="official (default), all (include competitors' numbers as "
                                              "quoted by other labs) or own (your runs).")] = "official",
    draws: Annotated[int, typer.Option(help="Monte Carlo draws.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    base: Annotated[bool, typer.Option("--base/--no-base", help="Also pair base (pre-trained) models.")] = False,
    brief: Annotated[bool, typer.Option("--brief", help="Only the summary table.")] = False,
    report: Annotated[Path | None, typer.Option("--report", help="Also write the HTML report and charts here.")] = None,
    fmt: FormatOpt = "table",
    db: DbOpt = None,
) -> None:
    """Compare NEW against OLD: models paired by size and mode, shared benchmarks only, with uncertainty."""
    f = _check_format(fmt, ("table", "json", "csv"))
    if sources not in ("official", "all", "own"):
        raise BenchlensError(f"--sources must be official, all or own, not {sources!r}")
    comp = api.compare(old, new, db=db, mode=mode, pairs=_parse_pairs(pair), policy=sources, draws=draws,
                       seed=seed, include_base=base)
    if f == "json":
        _json(comp.to_dict())
    elif f == "csv":
        buf = io.StringIO()
        _comparison_csv(comp, buf)
        sys.stdout.write(buf.getvalue())
    else:
        from benchlens.report.terminal import render_comparison

        render_comparison(out, comp, detail=not brief)
    if report is not None:
        _write_report(comp, report)


def _write_report(comp: Any, outdir: Path, images: bool = True) -> None:
    from benchlens.report.page import write_report

    files = write_report(comp, outdir, images=images)
    n_img = sum(1 for k in files if k not in ("index", "data"))
    err.print(f"report written: {escape(str(files['index']))} ({n_img} charts as PNG and SVG, data.csv)")


@app.command()
@friendly
def report(
    old: Annotated[str, typer.Argument(help="Older generation or model, e.g. qwen3.")],
    new: Annotated[str, typer.Argument(help="Newer generation or model, e.g. qwen3.5.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for index.html, the charts and data.csv.")],
    mode: Annotated[str, typer.Option(help="thinking, non-thinking or both.")] = "both",
    pair: Annotated[list[str] | None, typer.Option("--pair", help="Override pairing: NEW=OLD (repeatable).")] = None,
    sources: Annotated[str, typer.Option(help="official, all or own.")] = "official",
    draws: Annotated[int, typer.Option(help="Monte Carlo draws.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    images: Annotated[bool, typer.Option("--images/--no-images", help="Also write PNG and SVG charts.")] = True,
    db: DbOpt = None,
) -> None:
    """Write a self-contained HTML report (and PNG/SVG charts, data.csv) of NEW against OLD."""
    if sources not in ("official", "all", "own"):
        raise BenchlensError(f"--sources must be official, all or own, not {sources!r}")
    comp = api.compare(old, new, db=db, mode=mode, pairs=_parse_pairs(pair), policy=sources, draws=draws, seed=seed)
    _write_report(comp, out, images=images)


def _comparison_csv(comp: Any, buf: io.StringIO) -> None:
    """One row per headline, category and benchmark of each pair, with the verdict and the naive average."""
    import csv

    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["new", "old", "mode", "level", "category", "benchmark", "key", "old_value", "new_value", "delta",
                "se", "ci_sampling_lo", "ci_sampling_hi", "ci_total_lo", "ci_total_hi", "p_positive", "n_benchmarks",
                "verdict", "naive_old", "naive_new", "naive_delta"])

    def fmt(x: Any) -> Any:
        return "" if x is None else (round(x, 6) if isinstance(x, float) else x)

    def naive(pc: Any, cat: str) -> list[Any]:
        nv = pc.paired.naive.get(cat) or {}
        return [fmt(nv.get("old")), fmt(nv.get("new")), fmt(nv.get("delta"))]

    for pc in comp.pairs:
        base = [pc.pair.new.id, pc.pair.old.id, pc.pair.mode or ""]
        h = pc.paired.headline
        if h:
            w.writerow(base + ["headline", "", "", "", "", "", fmt(h.delta), "", *map(fmt, h.ci_sampling),
                               *map(fmt, h.ci_total), fmt(h.p_positive), h.n_benchmarks, pc.verdict.overall,
                               *naive(pc, "overall")])
        else:
            w.writerow(base + ["headline", "", "", "", "", "", "", "", "", "", "", "", "", "", pc.verdict.overall,
                               *naive(pc, "overall")])
        for cat, r in pc.paired.categories.items():
            w.writerow(base + ["category", cat, "", "", "", "", fmt(r.delta), "", *map(fmt, r.ci_sampling),
                               *map(fmt, r.ci_total), fmt(r.p_positive), r.n_benchmarks,
                               pc.verdict.categories.get(cat, "").split(":")[0], *naive(pc, cat)])
        for b in pc.paired.benchmarks:
            w.writerow(base + ["benchmark", b.category, b.benchmark, b.key.describe(), fmt(b.old_value),
                               fmt(b.new_value), fmt(b.delta), fmt(b.se), "", "", "", "", "", "", "", "", "", ""])


@app.command()
@friendly
def audit(
    new: Annotated[str, typer.Argument(help="Newer generation or model.")],
    vs: Annotated[str, typer.Option("--vs", help="Older generation or model.")],
    mode: Annotated[str, typer.Option(help="thinking, non-thinking or both.")] = "both",
    pair: Annotated[list[str] | None, typer.Option("--pair", help="Override pairing: NEW=OLD.")] = None,
    fmt: FormatOpt = "table",
    db: DbOpt = None,
) -> None:
    """The selective-reporting audit: dropped, added, re-versioned benchmarks, drift, re-runs, fragility."""
    f = _check_format(fmt, ("table", "json"))
    comp = api.audit(new, vs, db=db, mode=mode, pairs=_parse_pairs(pair))
    if f == "json":
        _json({"new": comp.new, "old": comp.old, "pairs": [
            {"new": pc.pair.new.id, "old": pc.pair.old.id, "mode": pc.pair.mode, "audit": pc.audit.to_dict(),
             "verdict": pc.verdict.to_dict()} for pc in comp.pairs], "skipped": comp.skipped})
        return
    from rich.panel import Panel

    from benchlens.report.terminal import audit_block

    for pc in comp.pairs:
        out.print(Panel(audit_block(pc), title=f"{escape(pc.pair.new.name)} vs {escape(pc.pair.old.name)} "
                                               f"[{pc.pair.mode or 'base'}]", title_align="left"))
        if pc.verdict.blind_spots:
            out.print("  not seen: " + escape("; ".join(pc.verdict.blind_spots)))


# --- data in and out ----------------------------------------------------------------------------


@app.command("import")
@friendly
def import_(
    file: Annotated[Path, typer.Argument(help="A CSV with columns model, benchmark, value (and optional keys).")],
    replace: Annotated[bool, typer.Option("--replace", help="Replace earlier imports of the same file path.")] = False,
    db: DbOpt = None,
) -> None:
    """Import scores from a CSV. A bad row rejects the whole file, with its line number."""
    s = api.import_csv(file, db=db, replace=replace)
    if s.skipped:
        out.print(f"{escape(str(file))}: already stored (document {s.doc_id}); nothing added")
    else:
        msg = f"{escape(str(file))}: {s.added} scores stored (document {s.doc_id})"
        if s.replaced:
            msg += f", replacing {s.replaced} earlier import(s)"
        out.print(msg)
    if s.unresolved_models:
        out.print(f"  models not in the catalog (kept as written): {escape(', '.join(s.unresolved_models))}")
    if s.unresolved_benchmarks:
        out.print(f"  benchmarks not in the catalog (kept, not compared): {escape(', '.join(s.unresolved_benchmarks))}")


@app.command()
@friendly
def scores(
    model: Annotated[str | None, typer.Option(help="Generation, model id/alias or stored label.")] = None,
    benchmark: Annotated[str | None, typer.Option(help="Benchmark id or alias.")] = None,
    mode: Annotated[str | None, typer.Option(help="thinking or non-thinking.")] = None,
    first_party: Annotated[bool | None, typer.Option("--first-party/--third-party",
                                                     help="Only the publisher's own models, or only others'.")] = None,
    document: Annotated[str | None, typer.Option(help="Document id (or prefix).")] = None,
    conflicts: Annotated[bool, typer.Option("--conflicts", help="List lab re-runs: same model and key, "
                                                                "different numbers in two documents.")] = False,
    limit: Annotated[int, typer.Option(help="Rows shown in table format (0: all).")] = 200,
    fmt: FormatOpt = "table",
    db: DbOpt = None,
) -> None:
    """List stored scores with their identity keys and provenance."""
    f = _check_format(fmt, ("table", "json", "csv"))
    if conflicts:
        rows = api.conflicts(db=db)
        if f == "json":
            _json(rows)
            return
        if f == "csv":
            import csv

            w = csv.writer(sys.stdout, lineterminator="\n")
            w.writerow(["model", "key", "value", "scale", "document", "line", "model_label", "label"])
            for c in rows:
                for v in c["values"]:
                    w.writerow([c["model"], c["key"], v["value"], v.get("scale"), v["document"], v["line"],
                                v["model_label"], v["label"]])
            return
        t = Table(title=f"{len(rows)} conflicting reports (same model and key, different numbers)",
                  title_justify="left")
        for col in ("model", "key", "values (document, line)"):
            t.add_column(col)
        for c in rows:
            t.add_row(c["model"], escape(c["key"]), escape("; ".join(
                f"{v['value']:g}{'/10' if v.get('scale') == 'score10' else ''} ({v['document']}, line {v['line']})"
                for v in c["values"])))
        out.print(t)
        return
    recs = api.scores(db=db, model=model, benchmark=benchmark, mode=mode, first_party=first_party,
                      document=document, as_records=True)
    if f == "json":
        _json([s.to_dict() for s in recs])  # type: ignore[union-attr]
    elif f == "csv":
        from benchlens.formats.records_csv import write_records_csv

        write_records_csv(recs, sys.stdout)  # type: ignore[arg-type]
    else:
        shown = recs if limit <= 0 else recs[:limit]
        t = Table(title=f"{len(recs)} scores" + (f" (first {len(shown)})" if len(shown) < len(recs) else ""),
                  title_justify="left")
        for col in ("model", "benchmark", "setting", "value", "1st", "document", "where"):
            t.add_column(col, justify="right" if col == "value" else "left")
        for s in shown:  # type: ignore[union-attr]
            setting = ", ".join(f"{k}={v}" for k, v in s.key.setting().items())
            t.add_row(escape(s.model or f"?{s.model_label}"), escape(s.benchmark or f"?{s.benchmark_label}"),
                      escape(setting), f"{s.value:g}",
                      "-" if s.first_party is None else ("y" if s.first_party else "n"),
                      escape(s.provenance.title or ""), s.provenance.locator())
        out.print(t)


# --- documents ----------------------------------------------------------------------------------


def _summary_lines(summary: dict) -> list[str]:
    lines = [f"{summary['path']}: {summary['scores']} scores ({summary['first_party_scores']} first-party) in "
             f"{summary['score_tables']} of {summary['tables_found']} tables; publisher "
             f"{summary['publisher'] or 'unknown'}" + (f" ({summary['publisher_source']})" if summary.get(
                 'publisher_source') else "")]
    if summary.get("profile"):
        lines.append(f"  document profile applied: {summary['profile']}")
    if summary["unresolved_models"]:
        lines.append("  models not in the catalog (kept as written): " + ", ".join(summary["unresolved_models"][:12])
                     + (" ..." if len(summary["unresolved_models"]) > 12 else ""))
    if summary["unresolved_benchmarks"]:
        lines.append("  benchmarks not in the catalog (kept as written): "
                     + ", ".join(summary["unresolved_benchmarks"][:12])
                     + (" ..." if len(summary["unresolved_benchmarks"]) > 12 else ""))
    if summary.get("ambiguous_labels"):
        lines.append("  ambiguous labels (not guessed): " + ", ".join(summary["ambiguous_labels"]))
    if summary["skipped_cells"]:
        lines.append(f"  {summary['skipped_cells']} cells skipped: "
                     + ", ".join(f"{k} ({v})" for k, v in summary["skipped_reasons"].items()))
    for t in summary.get("tables_not_read", []):
        lines.append(f"  table {t['table']} (line {t['line']}) not read: {t['why']}")
    for w in summary.get("warnings", []):
        lines.append(f"  warning: {w}")
    return lines


@app.command()
@friendly
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Model cards, reports (.md, .html, .txt) or directories.")],
    publisher: Annotated[str | None, typer.Option(help="Publisher of the documents (when they do not say).")] = None,
    fmt: FormatOpt = "table",
) -> None:
    """Preview the scores found in documents, without storing anything."""
    from benchlens.errors import InputError
    from benchlens.extract import extract_file, iter_paths
    from benchlens.formats.records_csv import write_records_csv

    f = _check_format(fmt, ("table", "jsonl", "csv", "json"))
    files = iter_paths(list(paths))
    if not files:
        raise BenchlensError("no documents found in " + ", ".join(str(p) for p in paths))
    failed = 0
    all_scores = []
    for path in files:
        try:
            res = extract_file(path, publisher=publisher)
        except InputError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
            failed += 1
            continue
        summary = res.summary()
        for line in _summary_lines(summary):
            err.print(escape(line), highlight=False)
        all_scores.extend(res.scores)
        if f == "jsonl":
            for s in res.scores:
                sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
        elif f == "table":
            t = Table(title=f"{escape(str(path))}", title_justify="left")
            for col in ("table", "line", "model", "benchmark", "setting", "value", "1st"):
                t.add_column(col, justify="right" if col in ("table", "line", "value") else "left")
            for s in res.scores:
                setting = ", ".join(f"{k}={v}" for k, v in s.key.setting().items())
                t.add_row(str(s.provenance.table), str(s.provenance.line), escape(s.model or f"?{s.model_label}"),
                          escape(s.benchmark or f"?{s.benchmark_label}"), escape(setting), escape(s.value_text or ""),
                          "y" if s.first_party else "n")
            out.print(t)
    if f == "csv":
        write_records_csv(all_scores, sys.stdout)
    elif f == "json":
        _json([s.to_dict() for s in all_scores])
    if failed:
        raise typer.Exit(1)


@app.command()
@friendly
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, directories or hf:ORG/MODEL.")],
    publisher: Annotated[str | None, typer.Option(help="Publisher of the documents (when they do not say).")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace earlier loads of the same path.")] = False,
    as_format: Annotated[str | None, typer.Option(
        "--as", help="Read the files as this format instead of detecting it: model-index, eval-results, lm-eval, "
                     "inspect, eee, eee-instances, promptfoo, opencompass, csv, json.")] = None,
    fmt: FormatOpt = "table",
    db: DbOpt = None,
) -> None:
    """Store model cards and reports (scores extracted) and other tools' result files (format detected)."""
    f = _check_format(fmt, ("table", "json"))
    rep = api.ingest(sources, db=db, publisher=publisher, replace=replace, fmt=as_format)
    if f == "json":
        _json({"results": rep.results, "errors": rep.errors})
    else:
        for r in rep.results:
            if r.get("format") == "document":
                for line in _summary_lines(r):
                    out.print(escape(line), highlight=False)
                out.print(escape(f"  stored: {r['added']} scores" + (" (already stored: nothing added)" if r["skipped"]
                                                                     else "")), highlight=False)
            else:
                out.print(escape(f"{r['path']}: {r.get('added', 0)} scores stored ({r.get('format')})"
                                 + (" (already stored: nothing added)" if r.get("skipped") else "")), highlight=False)
        for e in rep.errors:
            err.print(f"[red]error:[/red] {escape(e['error'])}", highlight=False)
    if rep.errors:
        raise typer.Exit(1)


# --- catalog ------------------------------------------------------------------------------------


@app.command()
@friendly
def models(
    generation: Annotated[str | None, typer.Argument(help="Only this generation (e.g. qwen3.5).")] = None,
    fmt: FormatOpt = "table",
) -> None:
    """The model catalog: family, generation, variant, parameters, architecture, release, modes."""
    from benchlens.catalog import get_catalog, normalize

    f = _check_format(fmt, ("table", "json"))
    cat = get_catalog()
    ms = [m for m in cat.models.values()
          if generation is None or normalize(m.generation or "") == normalize(generation)]
    if generation and not ms:
        raise BenchlensError(f"no models of generation {generation!r}")
    if f == "json":
        _json([m.__dict__ for m in ms])
        return
    t = Table(title=f"{len(ms)} models", title_justify="left")
    for col in ("id", "publisher", "generation", "variant", "params", "arch", "released", "modes"):
        t.add_column(col)
    for m in ms:
        t.add_row(m.id, m.publisher, m.generation or "", m.variant, m.size_label, m.arch or "", m.released or "",
                  ", ".join(m.modes))
    out.print(t)


@app.command()
@friendly
def benchmarks(
    category: Annotated[str | None, typer.Option(help="Only this category id.")] = None,
    fmt: FormatOpt = "table",
) -> None:
    """The benchmark catalog: category, family, items, chance floor, scale."""
    from benchlens.catalog import get_catalog

    f = _check_format(fmt, ("table", "json"))
    cat = get_catalog()
    bs = [b for b in cat.benchmarks.values() if category is None or b.category == category]
    if f == "json":
        _json([b.__dict__ for b in bs])
        return
    t = Table(title=f"{len(bs)} benchmarks", title_justify="left")
    for col in ("id", "name", "category", "family", "items", "chance", "scale"):
        t.add_column(col)
    for b in bs:
        t.add_row(b.id, escape(b.name), b.category, b.family, "?" if b.n_items is None else str(b.n_items),
                  f"{b.chance:g}", b.scale + ("" if b.higher_is_better else " (lower is better)"))
    out.print(t)


@app.command()
@friendly
def resolve(
    label: Annotated[str, typer.Argument(help="A benchmark or model label as written in a document.")],
    kind: Annotated[str, typer.Option(help="benchmark or model.")] = "benchmark",
    mode: Annotated[str | None, typer.Option(help="Mode stated by the context (models).")] = None,
) -> None:
    """Show how a label resolves (or why it does not)."""
    from benchlens.catalog import resolve_benchmark, resolve_model

    r = resolve_model(label, mode=mode) if kind == "model" else resolve_benchmark(label)
    _json({"label": r.label, "id": r.id, "status": r.status, "setting": r.setting, "note": r.note,
           "candidates": list(r.candidates)})
    if not r.ok:
        raise typer.Exit(1)


# --- db -----------------------------------------------------------------------------------------


@db_app.command("init")
@friendly
def db_init(
    empty: Annotated[bool, typer.Option("--empty", help="Create it without the shipped official dataset.")] = False,
    db: DbOpt = None,
) -> None:
    """Create the database (seeded with the shipped official dataset unless --empty)."""
    from benchlens.store import Store, default_db_path

    path = Path(db) if db else default_db_path()
    existed = path.exists()
    with Store(path, seed=not empty) as st:
        info = st.info()
    state = "exists" if existed else "created"
    out.print(f"{escape(str(path))}: {state}; {info['documents']} documents, {info['scores']} scores"
              + ("" if info["bundled"] else " (no shipped dataset)"))


@db_app.command("info")
@friendly
def db_info(db: DbOpt = None, fmt: FormatOpt = "table") -> None:
    """Where the database is and what it holds."""
    from benchlens.store import Store

    f = _check_format(fmt, ("table", "json"))
    with Store(db) as st:
        info = st.info()
        docs = st.documents()
    if f == "json":
        _json({**info, "documents_list": docs})
        return
    out.print(f"database: {escape(info['path'])} (schema {info['schema_version']})")
    out.print(f"{info['documents']} documents ({info['bundled_documents']} from the shipped dataset), "
              f"{info['scores']} scores ({info['first_party_scores']} first-party, "
              f"{info['third_party_scores']} quoted by another publisher), {info['models']} models, "
              f"{info['benchmarks']} benchmarks")
    if info["unresolved_models"] or info["unresolved_benchmarks"]:
        out.print(f"unresolved labels kept as written: {info['unresolved_models']} model cells, "
                  f"{info['unresolved_benchmarks']} benchmark cells")
    t = Table(title="documents", title_justify="left")
    for col in ("id", "kind", "title", "publisher", "scores", "loaded"):
        t.add_column(col)
    for d in docs:
        t.add_row(d["doc_id"][:12], d["source_kind"], escape(d["title"] or ""), d["publisher"] or "",
                  str(d["n_scores"]), d["loaded_at"])
    out.print(t)


@db_app.command("remove")
@friendly
def db_remove(doc_id: Annotated[str, typer.Argument(help="Document id or unique prefix.")], db: DbOpt = None) -> None:
    """Remove one stored document and all its scores."""
    from benchlens.store import Store

    with Store(db) as st:
        n = st.remove(doc_id)
    if n == 0:
        raise BenchlensError(f"no document with id {doc_id!r}")
    if n < 0:
        raise BenchlensError(f"{-n} documents start with {doc_id!r}; give more of the id")
    out.print(f"removed document {doc_id}")


def _register_extensions() -> None:
    from benchlens import cli_eval, cli_formats

    cli_eval.register(app)
    cli_formats.register(app)


_register_extensions()


def main() -> None:  # pragma: no cover - console entry for `python -m benchlens`
    app()
