"""The self-contained report: ``index.html`` (Vega inlined once, no request leaves the page), one PNG
and one SVG per chart, and ``data.csv`` with every number the charts show.

Escaping lives here, in one place: text that came from documents reaches the page only as JSON inside
``<script type="application/json">`` (with ``<``, ``>`` and ``&`` escaped as unicode) and is put into
the document with ``textContent``, never as markup.
"""

from __future__ import annotations

import csv
import functools
import html
import json
from pathlib import Path
from typing import Any

from benchlens.analysis.compare import Comparison
from benchlens.errors import BenchlensError
from benchlens.report import charts
from benchlens.report.data import ReportData, build


def safe_json(obj: Any) -> str:
    """JSON that cannot close a <script> element or open a comment."""
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False, default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


@functools.lru_cache(maxsize=1)
def vega_bundle() -> str:
    import vl_convert as vlc

    js = vlc.javascript_bundle()
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render_static(spec: dict[str, Any], path_png: Path, path_svg: Path) -> None:
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(spec)
    path_svg.write_text(svg, encoding="utf-8")
    path_png.write_bytes(vlc.vegalite_to_png(spec, scale=2))


def write_report(comp: Comparison, outdir: str | Path, *, images: bool = True) -> dict[str, Path]:
    """Write the report for a comparison into ``outdir``; returns the paths written."""
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BenchlensError(f"cannot create the report directory: {exc.strerror or exc}", path=str(out)) from None
    rd = build(comp)
    files: dict[str, Path] = {}
    # data.csv: every number the charts show
    rows = list(rd.csv_rows())
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with (out / "data.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols or ["chart"], lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})
    files["data"] = out / "data.csv"
    if images:
        for name, spec in charts.static_specs(rd).items():
            png, svg = out / f"{name}.png", out / f"{name}.svg"
            render_static(spec, png, svg)
            files[name] = png
    page = render_page(rd)
    (out / "index.html").write_text(page, encoding="utf-8")
    files["index"] = out / "index.html"
    return files


def _skipped_html(skipped: list[dict]) -> str:
    """The pairs the comparison could not make, said on the page (not only in the terminal)."""
    if not skipped:
        return ""
    items = "".join(
        f"<li>{html.escape(str(s.get('new')))}{(' vs ' + html.escape(str(s['old']))) if s.get('old') else ''}"
        f"{(' · ' + html.escape(str(s['mode']))) if s.get('mode') else ''}: {html.escape(str(s.get('reason')))}</li>"
        for s in skipped)
    return f'<details class="muted" open><summary>Not compared ({len(skipped)})</summary><ul>{items}</ul></details>'


def render_page(rd: ReportData) -> str:
    specs = charts.interactive_specs(rd)
    payload = {"pairs": rd.pairs, "meta": rd.meta}
    title = f"{rd.meta.get('new')} vs {rd.meta.get('old')}: benchlens report"
    return PAGE.format(
        title=html.escape(title),
        heading=html.escape(f"{rd.meta.get('new')} vs {rd.meta.get('old')}"),
        created=html.escape(str(rd.meta.get("created"))),
        draws=f"{rd.meta.get('draws'):,}",
        policy=html.escape(str(rd.meta.get("policy"))),
        skipped=_skipped_html(rd.meta.get("skipped") or []),
        vega=vega_bundle(),
        specs=safe_json(specs),
        data=safe_json(payload),
        css=CSS,
        js=JS,
    )


CSS = """
body{font-family:Helvetica,Arial,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#14213d;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:24px} header p{margin:2px 0;color:#cfd8e6;font-size:14px}
main{padding:16px 28px;max-width:1400px}
section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:14px 18px;margin:14px 0}
h2{font-size:18px;margin:4px 0 10px} .controls{display:flex;gap:18px;align-items:center;flex-wrap:wrap}
label{font-size:14px} select{font-size:14px;padding:3px}
table{border-collapse:collapse;font-size:13px} th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.improved{color:#1f5fa6;font-weight:bold}.regressed{color:#b8472d;font-weight:bold}.unclear{color:#8a6d00}
.row{display:flex;gap:18px;flex-wrap:wrap} .chart{min-height:60px;max-width:100%;overflow-x:auto}
#pairs{display:block;max-width:100%;overflow-x:auto}
@media (max-width:700px){main{padding:8px} section{padding:10px 8px} header{padding:12px}}
#verdict{font-size:15px;font-weight:bold} ul{margin:6px 0 6px 18px;padding:0} li{margin:2px 0;font-size:13px}
.muted{color:#666;font-size:12px} footer{padding:10px 28px 30px;color:#666;font-size:12px}
"""

JS = r"""
(function () {
  const SPECS = JSON.parse(document.getElementById('bl-specs').textContent);
  const DATA = JSON.parse(document.getElementById('bl-data').textContent);
  const views = {};
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; };
  const fmt = (x, d) => (x === null || x === undefined) ? '–' : (x >= 0 ? '+' : '') + Number(x).toFixed(d === undefined ? 1 : d);
  const ci = (c) => !c ? '–' : (Math.abs(c[1] - c[0]) < 1e-9 ? 'n/a (SE unknown)' : '[' + fmt(c[0]) + ', ' + fmt(c[1]) + ']');
  const cls = (v) => v === 'improved' ? 'improved' : (v === 'regressed' ? 'regressed' : 'unclear');

  // summary table of every pair
  const tbody = document.querySelector('#pairs tbody');
  DATA.pairs.forEach((p) => {
    const tr = el('tr'); const h = p.headline;
    tr.appendChild(el('td', p.new_name)); tr.appendChild(el('td', p.old_name)); tr.appendChild(el('td', p.mode || 'base'));
    tr.appendChild(el('td', p.n_shared, 'num'));
    tr.appendChild(el('td', h ? fmt(h.delta) : '–', 'num')); tr.appendChild(el('td', h ? ci(h.ci_total) : '–'));
    tr.appendChild(el('td', h ? ci(h.ci_sampling) : '–')); tr.appendChild(el('td', h ? Number(h.p_positive).toFixed(2) : '–', 'num'));
    tr.appendChild(el('td', p.verdict.overall, cls(p.verdict.overall)));
    tr.style.cursor = 'pointer'; tr.addEventListener('click', () => setPair(p.pair));
    tbody.appendChild(tr);
  });

  const pairSel = document.getElementById('pair');
  DATA.pairs.forEach((p) => { const o = el('option', p.pair); o.value = p.pair; pairSel.appendChild(o); });
  const catSel = document.getElementById('cat');
  Object.entries(DATA.meta.categories).forEach(([id, name]) => { const o = el('option', name); o.value = id; catSel.appendChild(o); });

  function renderText(p) {
    const box = document.getElementById('detail'); box.replaceChildren();
    if (!p) { box.appendChild(el('p', 'No pair could be compared.')); return; }
    box.appendChild(el('p', p.verdict.text, 'verdict'));
    box.appendChild(el('p', 'Pairing rule: ' + p.rule, 'muted'));
    const ul = el('ul');
    Object.entries(p.verdict.categories).forEach(([c, t]) => ul.appendChild(el('li', (DATA.meta.categories[c] || c) + ': ' + t)));
    box.appendChild(ul);
    const a = p.audit; const au = el('ul');
    au.appendChild(el('li', 'Coverage (Jaccard): ' + (a.jaccard === null ? '–' : Number(a.jaccard).toFixed(2)) + '; ' + a.dropped.length + ' dropped, ' + a.added.length + ' added'));
    if (a.dropped.length) au.appendChild(el('li', 'Dropped: ' + a.dropped.map(x => x.name).join(', ')));
    if (a.added.length) au.appendChild(el('li', 'Added: ' + a.added.map(x => x.name).join(', ')));
    const rv = a.renamed.filter(r => r.kind !== 'relabelled');
    if (rv.length) au.appendChild(el('li', 'Re-versioned: ' + rv.map(r => r.old_name + ' → ' + r.new_name).join(', ')));
    const rl = a.renamed.filter(r => r.kind === 'relabelled');
    if (rl.length) au.appendChild(el('li', 'Relabelled: ' + rl.map(r => '“' + r.old_name + '” → “' + r.new_name + '”').join(', ')));
    if (a.setting_drift.length) au.appendChild(el('li', 'Setting drift: ' + a.setting_drift.map(d => d.name + ' (old ' + (d.old_keys || []).join(', ') + ' / new ' + (d.new_keys || []).join(', ') + ')').join('; ')));
    if (a.conflicts.length) au.appendChild(el('li', 'Lab re-runs with different numbers: ' + a.conflicts.map(c => c.model + ' ' + c.key + ': ' + c.values.map(v => v.value + (v.scale === 'score10' ? '/10' : '') + ' (' + v.document + ')').join(' vs ')).join('; ')));
    if (a.lobo_range) au.appendChild(el('li', 'Leave-one-benchmark-out range: ' + fmt(a.lobo_range[0]) + ' to ' + fmt(a.lobo_range[1])));
    if (a.loco_range) au.appendChild(el('li', 'Leave-one-category-out range: ' + fmt(a.loco_range[0]) + ' to ' + fmt(a.loco_range[1])));
    if (p.headline) au.appendChild(el('li', 'Fragility: ' + (a.fragility === null ? 'none (the interval excludes 0 down to one benchmark)' : (a.fragility === 0 ? '0 (the total interval already contains 0)' : 'removing ' + a.fragility + ' benchmark(s) puts 0 inside the total interval'))));
    const df = a.dropped_benchmark_flag;
    if (df && df.flag !== null && df.flag !== undefined) au.appendChild(el('li', 'Dropped-benchmark flag: ' + (df.flag ? 'YES' : 'no') + (df.old_percentile_dropped !== undefined ? ' (old model percentile ' + Math.round(df.old_percentile_dropped) + ' on dropped vs ' + Math.round(df.old_percentile_shared) + ' on shared)' : '')));
    if (p.naive_gap && p.naive_gap.naive_delta !== null) au.appendChild(el('li', 'Spreadsheet average: ' + fmt(p.naive_gap.naive_delta) + ' pts vs paired ' + fmt(p.naive_gap.paired_delta) + '. ' + p.naive_gap.why));
    if (!p.headline && p.headline_reason) au.appendChild(el('li', 'No headline: ' + p.headline_reason));
    box.appendChild(el('h3', 'Audit')); box.appendChild(au);
    if (p.verdict.blind_spots.length) { box.appendChild(el('h3', 'Not seen by this comparison')); const b = el('ul'); p.verdict.blind_spots.forEach(t => b.appendChild(el('li', t))); box.appendChild(b); }
  }

  function setPair(name) {
    pairSel.value = name;
    const p = DATA.pairs.find(x => x.pair === name);
    renderText(p);
    Object.values(views).forEach(v => { try { v.signal('pair', name); v.runAsync(); } catch (e) { /* a chart without the parameter */ } });
    document.getElementById('pair-title').textContent = name;
  }
  function setCat(c) { Object.values(views).forEach(v => { try { v.signal('cat', c); v.runAsync(); } catch (e) { } }); }
  pairSel.addEventListener('change', () => setPair(pairSel.value));
  catSel.addEventListener('change', () => setCat(catSel.value));

  const opts = { actions: false, renderer: 'svg', tooltip: { theme: 'light' } };
  const jobs = Object.entries(SPECS).map(([id, spec]) => {
    const target = document.getElementById('chart-' + id);
    if (!target) return Promise.resolve();
    return vegaEmbed(target, spec, opts).then((r) => { views[id] = r.view; target.dataset.rendered = '1'; });
  });
  Promise.all(jobs).then(() => {
    if (views.heatmap) views.heatmap.addEventListener('click', (ev, item) => { if (item && item.datum && item.datum.pair) setPair(item.datum.pair); });
    const first = DATA.pairs.find(p => p.headline) || DATA.pairs[0];
    if (first) setPair(first.pair); else renderText(null);
    document.body.dataset.ready = '1';
  }).catch((e) => { console.error(e); document.body.dataset.ready = 'error'; });
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>{title}</title>
<style>{css}</style>
<script>{vega}</script>
</head><body>
<header><h1>{heading}</h1>
<p>Which sizes and capabilities gained, paired on the benchmarks both generations report under the same settings, with honest intervals.</p>
<p>Official (first-party) numbers from the labs' own documents · data as of {created} · {draws} seeded Monte Carlo draws · sources: {policy}</p></header>
<main>
<section><h2>Size × category: paired change (chance-corrected points, 95% interval)</h2>
<div id="chart-heatmap" class="chart"></div>
<p class="muted">Click a cell or a row below to choose a pair. Grey cells: no benchmark in that category is reported by both models under the same setting. Pale cells: the 95% interval includes 0, so the direction is not settled.</p>
{skipped}</section>
<section><h2>Every pair</h2>
<table id="pairs"><thead><tr><th>new</th><th>old</th><th>mode</th><th>shared</th><th>Δ</th><th>95% total</th><th>95% sampling</th><th>P(Δ&gt;0)</th><th>verdict</th></tr></thead><tbody></tbody></table></section>
<section><div class="controls"><label>Pair <select id="pair"></select></label>
<label>Category <select id="cat"><option value="all">all categories</option></select></label></div>
<h2 id="pair-title"></h2>
<div id="detail"></div>
<div class="row"><div id="chart-forest" class="chart"></div><div id="chart-coverage" class="chart"></div></div>
<div id="chart-dumbbell" class="chart"></div></section>
<section><div id="chart-naive" class="chart"></div></section>
<section id="methodology"><h2>What the numbers mean</h2>
<ul>
<li><b>Δ</b>: the new model's score minus the old model's, in percentage points after correcting for guessing (25% on a 4-option test counts as 0), on benchmarks both report under the same identity key (version, mode, tools, shots, metric).</li>
<li><b>Weights</b>: each capability category counts the same, then each benchmark family inside it (AIME years, τ²-bench domains), then each benchmark.</li>
<li><b>95% sampling</b>: uncertainty from the finite number of test items (binomial, from the item count). <b>95% total</b>: adds the uncertainty of which benchmarks happened to be chosen (a bootstrap over benchmarks within categories). <b>P(Δ&gt;0)</b> (P(up)): the share of draws in which the new model is better.</li>
<li><b>Verdict</b>: improved or regressed only when the total interval excludes 0.</li>
<li><b>Headline</b>: shown only with at least 3 categories and 6 shared benchmarks. Judge-scored benchmarks (Arena-Hard, WritingBench) and Elo ratings are kept out of it.</li>
<li><b>Audit</b>: what was dropped, added, re-versioned or re-run; fragility is the fewest benchmarks whose removal makes the change unclear.</li>
</ul>
<p class="muted">Full methodology: docs/methodology.md in the benchlens repository.</p></section>
</main>
<footer>Made with benchlens. Every number on this page is also in data.csv beside it.</footer>
<script type="application/json" id="bl-specs">{specs}</script>
<script type="application/json" id="bl-data">{data}</script>
<script>{js}</script>
</body></html>
"""
