"""Terminal rendering (rich) of analysis results. Reads results only; computes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from benchlens.analysis.compare import Comparison, PairComparison
from benchlens.catalog.catalog import CATEGORIES


def _pp(x: float | None, signed: bool = True) -> str:
    if x is None:
        return "-"
    return f"{x:+.1f}" if signed else f"{x:.1f}"


def _ci(ci: Sequence[float] | None) -> str:
    if not ci:
        return "-"
    if abs(ci[1] - ci[0]) < 1e-9:
        return "n/a (SE unknown)"  # no member has a known standard error: no sampling interval to show
    return f"[{ci[0]:+.1f}, {ci[1]:+.1f}]"


def _style(ci: Sequence[float] | None) -> str:
    if not ci:
        return ""
    if ci[0] > 0:
        return "green"
    if ci[1] < 0:
        return "red"
    return "yellow"


def summary_table(comp: Comparison, width: int = 120) -> Table:
    """One row per pair: the headline with its intervals, and the verdict. Narrow terminals (under 110
    columns) get the pair as sizes and no sampling-only column, so no cell is cut."""
    narrow = width < 110
    t = Table(title=f"{comp.new} vs {comp.old}: paired, category-weighted deltas (chance-corrected pp)",
              title_justify="left", show_lines=False,
              caption="n: benchmarks in the headline (ratings apart); total: 95% interval over sampling error and "
                      "benchmark choice; P(up): share of draws above 0", caption_justify="left")
    t.add_column("pair" if narrow else "new vs old", no_wrap=not narrow, overflow="fold")
    t.add_column("mode", no_wrap=True)
    t.add_column("n", justify="right", no_wrap=True)
    t.add_column("delta", justify="right", no_wrap=True)
    t.add_column("95% total", no_wrap=True)
    if not narrow:
        t.add_column("95% sampling", no_wrap=True)
    t.add_column("P(up)", justify="right", no_wrap=True)
    t.add_column("verdict", overflow="fold")
    for pc in comp.pairs:
        h = pc.paired.headline
        name = (f"{pc.pair.new.size_label} vs {pc.pair.old.size_label}" if narrow
                else f"{pc.pair.new.name} vs {pc.pair.old.name}")
        mode = {"thinking": "think", "non-thinking": "no-think"}.get(pc.pair.mode or "", pc.pair.mode or "base") \
            if narrow else (pc.pair.mode or "base")
        if h:
            row = [escape(name), mode, str(h.n_benchmarks), _pp(h.delta),
                   Text(_ci(h.ci_total), style=_style(h.ci_total))]
            if not narrow:
                row.append(_ci(h.ci_sampling))
            row += [f"{h.p_positive:.2f}", pc.verdict.overall]
        else:
            n = sum(1 for b in pc.paired.benchmarks if b.in_headline)
            row = [escape(name), mode, str(n), "-", "-"] + ([] if narrow else ["-"]) + [
                "-", Text(pc.verdict.overall, style="dim")]
        t.add_row(*row)
    return t


def category_table(pc: PairComparison) -> Table:
    t = Table(title=f"{escape(pc.pair.new.name)} vs {escape(pc.pair.old.name)} ({pc.pair.mode or 'base'}) by category",
              title_justify="left")
    for col in ("category", "n", "delta", "95% total", "95% sampling", "P(>0)", "naive new-old"):
        t.add_column(col, justify="left" if col == "category" else "right")
    naive = pc.paired.naive
    for cat, r in pc.paired.categories.items():
        nv = naive.get(cat, {}).get("delta")
        t.add_row(CATEGORIES.get(cat, cat), str(r.n_benchmarks), _pp(r.delta),
                  Text(_ci(r.ci_total), style=_style(r.ci_total)), _ci(r.ci_sampling), f"{r.p_positive:.2f}", _pp(nv))
    return t


def benchmark_table(pc: PairComparison) -> Table:
    t = Table(title="shared benchmarks (same identity key on both sides)", title_justify="left")
    for col in ("benchmark", "setting", "old", "new", "delta", "se", "sig", "old from", "new from", "flags"):
        t.add_column(col, justify="right" if col in ("old", "new", "delta", "se") else "left")
    for b in pc.paired.benchmarks:
        setting = ", ".join(
            ", ".join(f"{ek}={ev}" for ek, ev in v.items()) if isinstance(v, dict) else f"{k}={v}"
            for k, v in b.key.setting().items() if k != "mode")
        t.add_row(escape(b.name), escape(setting), f"{b.old_value:g}", f"{b.new_value:g}",
                  _pp(b.delta) if b.delta is not None else f"Δlogit {b.logit_delta:+.2f}",
                  _pp(b.se, signed=False), b.significant or "?", escape(_src(b.old_source)),
                  escape(_src(b.new_source)), escape("; ".join(f for f in b.flags if f != "n from catalog")))
    return t


def _src(src) -> str:
    """Short provenance: document title and line."""
    title = (src.document or "?")
    if len(title) > 26:
        title = title[:25] + "…"
    return f"{title}:{src.line}" if src.line else title


def audit_block(pc: PairComparison) -> Text:
    a = pc.audit
    lines = []
    if a.jaccard is not None:
        lines.append(f"coverage: Jaccard {a.jaccard:.2f}; {len(a.dropped)} dropped, {len(a.added)} added")
    if a.dropped:
        lines.append("dropped: " + ", ".join(d["name"] for d in a.dropped))
    if a.added:
        lines.append("added: " + ", ".join(d["name"] for d in a.added))
    rv = [r for r in a.renamed if r["kind"] != "relabelled"]
    if rv:
        lines.append("re-versioned: " + ", ".join(f"{r['old_name']} -> {r['new_name']}" for r in rv))
    rl = [r for r in a.renamed if r["kind"] == "relabelled"]
    if rl:
        lines.append("relabelled: " + ", ".join(f"{r['old_name']!r} -> {r['new_name']!r}" for r in rl))
    if a.drift:
        lines.append("setting drift: " + "; ".join(
            f"{d['name']} (old {', '.join(d['old_keys'])} / new {', '.join(d['new_keys'])})" for d in a.drift))
    if a.conflicts:
        lines.append("lab re-runs with different numbers: " + "; ".join(
            f"{c['model']} {c['key']}: " + " vs ".join(
                f"{v['value']:g}{'/10' if v.get('scale') == 'score10' else ''} ({v['document']})" for v in c["values"])
            for c in a.conflicts))
    if a.lobo_range:
        lines.append(f"leave-one-benchmark-out range: {_pp(a.lobo_range[0])} to {_pp(a.lobo_range[1])}"
                     + (f"; sign flips without: {', '.join(a.lobo_flips)}" if a.lobo_flips else ""))
    if a.loco_range:
        lines.append(f"leave-one-category-out range: {_pp(a.loco_range[0])} to {_pp(a.loco_range[1])}")
    if a.fragility == 0:
        lines.append("fragility: 0 (the total interval already contains 0)")
    elif a.fragility is not None:
        lines.append(f"fragility: removing {a.fragility} benchmark(s) puts 0 inside the total interval"
                     + (f" ({', '.join(a.fragility_removed)})" if a.fragility_removed else ""))
    elif pc.paired.headline is not None:
        lines.append("fragility: none (the interval excludes 0 until a single benchmark is left)")
    if a.dropped_flag and a.dropped_flag.get("flag") is not None:
        f = a.dropped_flag
        lines.append(f"dropped-benchmark flag: {'YES' if f['flag'] else 'no'} (old model percentile "
                     f"{f['old_percentile_dropped']:.0f} on dropped vs {f['old_percentile_shared']:.0f} on shared)")
    return Text("\n".join(lines))


def render_comparison(console: Console, comp: Comparison, *, detail: bool = True) -> None:
    console.print(summary_table(comp, console.width))
    for s in comp.skipped:
        console.print(Text(f"skipped {s['new']} {('vs ' + s['old']) if s['old'] else ''} "
                           f"{s['mode'] or ''}: {s['reason']}", style="dim"))
    if not detail:
        return
    for pc in comp.pairs:
        parts: list[Any] = [Text(pc.verdict.text, style="bold")]
        parts.append(Text(f"pairing rule: {pc.pair.rule}", style="dim"))
        if pc.paired.categories:
            parts.append(category_table(pc))
        if pc.paired.benchmarks:
            parts.append(benchmark_table(pc))
        sec = pc.paired.secondary
        c = sec.get("counts", {})
        bits = [f"median delta {_pp(sec.get('median_delta'))}",
                f"significant up/down/neither/unknown-SE (Holm): {c.get('up', 0)}/{c.get('down', 0)}/"
                f"{c.get('neither', 0)}/{c.get('unknown_se', 0)}"]
        if sec.get("sign_test_p") is not None:
            bits.append(f"sign test p={sec['sign_test_p']:.3f}")
        if sec.get("logit"):
            bits.append(f"log-odds aggregate {sec['logit']['delta']:+.3f}")
        re = sec.get("random_effects")
        if re:
            bits.append(f"random effects {re['mu']:+.1f} ± {re['se']:.1f}, I²={re['i2']:.2f}")
        parts.append(Text("; ".join(bits)))
        ng = pc.to_dict()["naive_gap"]
        if ng and ng["naive_delta"] is not None:
            parts.append(Text(f"naive spreadsheet average: {_pp(ng['naive_delta'])} pts "
                              f"(vs paired {_pp(ng['paired_delta'])}): {ng['why']}", style="dim"))
        parts.append(audit_block(pc))
        if pc.verdict.blind_spots:
            parts.append(Text("not seen by this comparison: " + "; ".join(pc.verdict.blind_spots), style="italic"))
        console.print(Panel(Group(*parts), title=f"{escape(pc.pair.new.name)} vs {escape(pc.pair.old.name)}, "
                                                 f"{pc.pair.mode or 'base'}", title_align="left"))
