"""Vega-Lite chart specs, one function per chart, from report rows only (never from the store).

The same spec serves the interactive page (filtered by the page's ``pair`` and ``cat`` parameters) and
the static PNG/SVG files (rendered by vl-convert, one pair per file where a chart is per pair). Colours:
the diverging ``blueorange`` scheme (colour-blind safe), centred at zero; grey means "no shared
benchmark".
"""

from __future__ import annotations

from typing import Any

from benchlens.catalog.catalog import CATEGORIES, HEADLINE_CATEGORIES
from benchlens.report.data import HEADLINE_NAME, ReportData

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
FONT = "Helvetica, Arial, sans-serif"
CAT_ORDER = [CATEGORIES[c] for c in HEADLINE_CATEGORIES] + [
    CATEGORIES[c] for c in CATEGORIES if c not in HEADLINE_CATEGORIES]
STATUS_COLORS = {"shared": "#4c78a8", "dropped": "#e45756", "added": "#54a24b", "re-versioned": "#b279a2",
                 "setting drift": "#f58518"}
CONFIG = {"font": FONT, "view": {"stroke": None}, "axis": {"labelFontSize": 11, "titleFontSize": 12},
          "title": {"fontSize": 16, "subtitleFontSize": 12, "anchor": "start", "subtitleColor": "#444"},
          "legend": {"labelFontSize": 11, "titleFontSize": 11}}


def _title(text: str, subtitle: list[str]) -> dict[str, Any]:
    return {"text": text, "subtitle": subtitle, "anchor": "start"}


def _footer(rd: ReportData) -> dict[str, Any]:
    docs = [s.get("document") or s.get("url") or "" for s in rd.meta.get("sources", [])]
    lines = [f"benchlens · data as of {rd.meta.get('created')} · official (first-party) numbers · "
             f"{rd.meta.get('draws'):,} seeded Monte Carlo draws"]
    if docs:
        text = "sources: " + "; ".join(d for d in docs if d)
        while text:
            lines.append(text[:150])
            text = text[150:]
    return {"data": {"values": [{"t": t, "i": i} for i, t in enumerate(lines)]},
            "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 10, "color": "#666"},
            "encoding": {"y": {"field": "i", "type": "ordinal", "axis": None},
                         "x": {"value": 0}, "text": {"field": "t"}},
            "height": 14 * len(lines), "width": 700}


def _wrap(spec: dict[str, Any], rd: ReportData, static: bool, title: str, subtitle: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"$schema": SCHEMA, "config": CONFIG, "title": _title(title, subtitle)}
    if static:
        out["vconcat"] = [spec, _footer(rd)]
        out["background"] = "white"
        out["padding"] = 16
    else:
        out.update(spec)
    return out


def _pair_params(rd: ReportData, pair: str | None, static: bool) -> tuple[list[dict[str, Any]], list[dict]]:
    """Page parameters and the filter they drive (none for static files)."""
    if static:
        return [], []
    first = pair or (rd.pairs[0]["pair"] if rd.pairs else "")
    return ([{"name": "pair", "value": first}, {"name": "cat", "value": "all"}],
            [{"filter": "datum.pair === pair"}])


def heatmap(rd: ReportData, *, static: bool = False) -> dict[str, Any]:
    rows = [r for r in rd.heat if r["category"] in HEADLINE_CATEGORIES or r["category"] == "headline"]
    n_pairs = len({r["pair"] for r in rows})
    spec = {
        "data": {"values": rows},
        "width": 105 * (len(HEADLINE_CATEGORIES) + 1),
        "height": max(60, 44 * n_pairs),
        "encoding": {
            "x": {"field": "category_name", "type": "nominal", "sort": [HEADLINE_NAME, *CAT_ORDER], "title": None,
                  "axis": {"orient": "top", "labelAngle": 0, "labelLimit": 104, "labelFontWeight": "bold",
                           "labelExpr": "({'Overall (headline)': 'Overall', 'Math & STEM reasoning': 'Math & STEM', "
                                        "'Agentic & tool use': 'Agents & tools', 'Instruction following': "
                                        "'Instructions', 'Long context': 'Long context'})[datum.label] || datum.label"}},
            "y": {"field": "short", "type": "nominal", "title": None,
                  "sort": {"field": "order", "op": "min"}, "axis": {"labelLimit": 260}},
        },
        "layer": [
            {"transform": [{"filter": "datum.delta === null"}],
             "mark": {"type": "rect", "stroke": "white", "strokeWidth": 2, "color": "#e6e6e6"},
             "encoding": {"tooltip": [{"field": "pair", "title": "pair"},
                                      {"field": "category_name", "title": "category"},
                                      {"field": "status", "title": "status"}]}},
            {"transform": [{"filter": "datum.delta !== null"}],
             "mark": {"type": "rect", "stroke": "white", "strokeWidth": 2, "cursor": "pointer"},
             "encoding": {
                 # a cell whose interval includes 0 is pale: the colour says the direction only when it is settled
                 "opacity": {"condition": {"test": "datum.lo <= 0 && datum.hi >= 0", "value": 0.35}, "value": 1},
                 "color": {"field": "delta", "type": "quantitative", "title": "Δ pp",
                           "scale": {"scheme": "blueorange", "reverse": True, "domainMid": 0, "domain": [-25, 25],
                                     "clamp": True}},
                 "tooltip": [{"field": "pair", "title": "pair"}, {"field": "category_name", "title": "category"},
                             {"field": "delta", "title": "Δ (chance-corrected pp)"},
                             {"field": "lo", "title": "95% total low"}, {"field": "hi", "title": "95% total high"},
                             {"field": "p_positive", "title": "P(Δ>0)"},
                             {"field": "n_benchmarks", "title": "shared benchmarks"},
                             {"field": "status", "title": "status"}]}},
            {"mark": {"type": "text", "dy": -7, "fontSize": 13, "fontWeight": "bold"},
             "encoding": {"text": {"field": "text"}, "opacity": {"condition": {"test": "datum.delta === null",
                                                                                "value": 0.55}, "value": 1},
                          "color": {"condition": {"test": "datum.delta !== null && abs(datum.delta) > 15 && (datum.lo > 0 || datum.hi < 0)",
                                                  "value": "white"}, "value": "#222"}}},
            {"mark": {"type": "text", "dy": 9, "fontSize": 10},
             "encoding": {"text": {"field": "ci_text"},
                          "color": {"condition": {"test": "datum.delta !== null && abs(datum.delta) > 15 && (datum.lo > 0 || datum.hi < 0)",
                                                  "value": "white"}, "value": "#333"}}},
        ],
    }
    sub = [f"{rd.meta.get('new')} vs {rd.meta.get('old')}: paired change by size and capability, in "
           "chance-corrected percentage points, with the 95% interval (sampling error + benchmark choice).",
           "Only benchmarks both models report under the same setting; grey: no shared benchmark in that "
           "category. Blue: better, orange: worse; pale: the interval includes 0 (direction not settled)."]
    return _wrap(spec, rd, static, "Where did the new generation gain?", sub)


def dumbbell(rd: ReportData, pair: str | None = None, *, static: bool = False) -> dict[str, Any]:
    params, filt = _pair_params(rd, pair, static)
    rows = [r for r in rd.benchmarks if r["scale_type"] != "rating" and (not static or r["pair"] == pair)]
    base_tt = [{"field": "name", "title": "benchmark"}, {"field": "key", "title": "identity key"},
               {"field": "old", "title": "old"}, {"field": "new", "title": "new"},
               {"field": "delta", "title": "Δ (chance-corrected pp)"}, {"field": "se", "title": "SE of Δ"},
               {"field": "significant", "title": "Holm test"},
               {"field": "old_doc", "title": "old: document"}, {"field": "old_where", "title": "old: where"},
               {"field": "new_doc", "title": "new: document"}, {"field": "new_where", "title": "new: where"},
               {"field": "flags", "title": "flags"}]
    y = {"field": "label", "type": "nominal", "title": None, "sort": {"field": "sortkey"},
         "axis": {"labelLimit": 320}}
    transform = filt + ([{"filter": "cat === 'all' || datum.category === cat"}] if not static else []) + [
        {"calculate": "datum.category_name + ' · ' + datum.name", "as": "label"},
        {"calculate": "datum.order * 1000 + indexof(" + str(CAT_ORDER) + ", datum.category_name) * 100", "as": "s"},
        {"calculate": "pad(toString(datum.s), 8, '0', 'left') + datum.label", "as": "sortkey"},
        # colour says what the Holm-adjusted test says, not just the sign: a change within noise is not "up"
        {"calculate": "datum.significant === 'up' ? 'up (Holm)' : (datum.significant === 'down' ? 'down (Holm)' : "
                      "(datum.significant === 'neither' ? 'within noise' : 'SE unknown (hollow)'))", "as": "dir"},
    ]
    spec = {
        "params": params,
        "data": {"values": rows},
        "transform": transform,
        "width": 520,
        "height": {"step": 18},
        "encoding": {"y": y},
        "layer": [
            {"mark": {"type": "rule", "color": "#999", "strokeWidth": 2},
             "encoding": {"x": {"field": "old", "type": "quantitative", "title": "reported score (points)",
                                "scale": {"zero": False}}, "x2": {"field": "new"}}},
            {"mark": {"type": "rule", "color": "#bbb"},
             "encoding": {"x": {"field": "old_lo", "type": "quantitative"}, "x2": {"field": "old_hi"}}},
            {"mark": {"type": "rule", "color": "#555"},
             "encoding": {"x": {"field": "new_lo", "type": "quantitative"}, "x2": {"field": "new_hi"}}},
            {"mark": {"type": "point", "filled": True, "size": 60, "color": "#888"},
             "encoding": {"x": {"field": "old", "type": "quantitative"}, "tooltip": base_tt}},
            {"mark": {"type": "point", "filled": True, "size": 80, "strokeWidth": 2},
             "encoding": {"x": {"field": "new", "type": "quantitative"},
                          "color": {"field": "dir", "type": "nominal", "title": "new model vs old (grey)",
                                    "scale": {"domain": ["up (Holm)", "down (Holm)", "within noise",
                                                         "SE unknown (hollow)"],
                                              "range": ["#2166ac", "#d6604d", "#8c6bb1", "#2b2b2b"]}},
                          "stroke": {"field": "dir", "type": "nominal", "legend": None,
                                     "scale": {"domain": ["up (Holm)", "down (Holm)", "within noise",
                                                          "SE unknown (hollow)"],
                                               "range": ["#2166ac", "#d6604d", "#8c6bb1", "#2b2b2b"]}},
                          "fillOpacity": {"condition": {"test": "datum.dir === 'SE unknown (hollow)'", "value": 0},
                                          "value": 1},
                          "tooltip": base_tt}},
        ],
    }
    title = "Per-benchmark change, old (grey) to new" + (f": {pair}" if static and pair else "")
    sub = ["Each line: one benchmark both models report under the same setting; whiskers: 95% binomial "
           "interval from the item count (none when the count is unknown).",
           "New-model dot: blue/red when the Holm-adjusted test says up/down, purple when the change is within "
           "noise, hollow when the SE is unknown.",
           "Ratings (Elo) are left out here; they are in the table and the log-odds figure."]
    return _wrap(spec, rd, static, title, sub)


Y_FOREST = {"field": "label", "type": "nominal", "title": None, "sort": ["Headline", *CAT_ORDER],
            "axis": {"labelLimit": 220}}


def forest(rd: ReportData, pair: str | None = None, *, static: bool = False) -> dict[str, Any]:
    params, filt = _pair_params(rd, pair, static)
    rows = [r for r in rd.forest if not static or r["pair"] == pair]
    spec = {
        "params": params,
        "data": {"values": rows},
        # the page's category choice keeps that category's row and the headline
        "transform": filt + ([{"filter": "cat === 'all' || datum.category === cat || datum.category === 'headline'"}]
                             if not static else []),
        "width": 520,
        "height": {"step": 26},
        "layer": [
            {"mark": {"type": "rule", "color": "#222", "strokeDash": [3, 3]}, "data": {"values": [{}]},
             "encoding": {"x": {"datum": 0, "type": "quantitative"}}},
            {"mark": {"type": "rule", "strokeWidth": 1.5, "color": "#6b9bd1"},
             "encoding": {"y": Y_FOREST, "x": {"field": "t_lo", "type": "quantitative",
                                               "title": "Δ, chance-corrected percentage points"},
                          "x2": {"field": "t_hi"}}},
            {"mark": {"type": "rule", "strokeWidth": 6, "color": "#2166ac", "opacity": 0.6},
             "encoding": {"y": Y_FOREST, "x": {"field": "s_lo", "type": "quantitative"}, "x2": {"field": "s_hi"}}},
            {"mark": {"type": "point", "filled": True, "size": 90, "color": "#08306b", "shape": "diamond"},
             "encoding": {"y": Y_FOREST, "x": {"field": "delta", "type": "quantitative"},
                          "tooltip": [{"field": "pair"}, {"field": "label", "title": "level"},
                                      {"field": "delta", "title": "Δ"}, {"field": "s_lo", "title": "sampling low"},
                                      {"field": "s_hi", "title": "sampling high"},
                                      {"field": "t_lo", "title": "total low"}, {"field": "t_hi", "title": "total high"},
                                      {"field": "n_benchmarks", "title": "benchmarks"}]}},
        ],
    }
    title = "Category and headline change with intervals" + (f": {pair}" if static and pair else "")
    sub = ["Thick bar: 95% interval from sampling error only; thin line: total 95% interval, adding the "
           "uncertainty of which benchmarks were chosen. Diamond: the weighted delta."]
    return _wrap(spec, rd, static, title, sub)


def coverage(rd: ReportData, pair: str | None = None, *, static: bool = False) -> dict[str, Any]:
    params, filt = _pair_params(rd, pair, static)
    rows = [r for r in rd.coverage if not static or r["pair"] == pair]
    spec = {
        "params": params,
        "data": {"values": rows},
        "transform": filt + ([{"filter": "cat === 'all' || datum.category === cat"}] if not static else []) + [
            {"calculate": "datum.side === 'old' ? '1 old: ' + datum.model : '2 new: ' + datum.model", "as": "col"},
            {"calculate": "indexof(" + str(list(CATEGORIES)) + ", datum.category)", "as": "ci"}],
        "width": 260,
        "height": {"step": 15},
        "mark": {"type": "rect", "stroke": "white"},
        "encoding": {
            "x": {"field": "col", "type": "nominal", "title": None, "axis": {"orient": "top", "labelAngle": 0,
                                                                              "labelLimit": 200}},
            "y": {"field": "benchmark", "type": "nominal", "title": None,
                  "sort": {"field": "ci", "op": "min"}, "axis": {"labelLimit": 220}},
            "color": {"field": "status", "type": "nominal", "title": "status",
                      "scale": {"domain": list(STATUS_COLORS), "range": list(STATUS_COLORS.values())}},
            "tooltip": [{"field": "benchmark"}, {"field": "model"}, {"field": "status"},
                        {"field": "category"}],
        },
    }
    title = "What each model reports" + (f": {pair}" if static and pair else "")
    sub = ["shared: compared; dropped: only the old model reports it; added: only the new one; "
           "re-versioned: replaced by a newer version (e.g. BFCL v3 -> v4); setting drift: both report it, "
           "never under the same setting."]
    return _wrap(spec, rd, static, title, sub)


def naive_vs_paired(rd: ReportData, *, static: bool = False) -> dict[str, Any]:
    spec = {
        "data": {"values": rd.naive},
        "width": 420,
        "height": {"step": 12},
        "encoding": {
            "y": {"field": "short", "type": "nominal", "title": None, "sort": {"field": "order", "op": "min"}},
            "yOffset": {"field": "kind", "type": "nominal"},
            "x": {"field": "delta", "type": "quantitative", "title": "new − old"},
            "color": {"field": "kind", "type": "nominal", "title": None,
                      "scale": {"domain": ["naive spreadsheet average", "paired, category-weighted"],
                                "range": ["#bdbdbd", "#2166ac"]}},
            "tooltip": [{"field": "pair"}, {"field": "kind"}, {"field": "delta"}],
        },
        "mark": {"type": "bar"},
    }
    sub = ["Grey: the plain mean of whatever each model reports (raw points, different benchmark sets). "
           "Blue: the paired, chance-corrected, category-weighted delta.",
           "The gap is what comparing different exams does to a spreadsheet average."]
    return _wrap(spec, rd, static, "The spreadsheet average vs the honest one", sub)


def interactive_specs(rd: ReportData) -> dict[str, dict[str, Any]]:
    return {"heatmap": heatmap(rd), "dumbbell": dumbbell(rd), "forest": forest(rd), "coverage": coverage(rd),
            "naive": naive_vs_paired(rd)}


def static_specs(rd: ReportData) -> dict[str, dict[str, Any]]:
    """File name (without extension) -> spec for the PNG/SVG files."""
    out = {"heatmap": heatmap(rd, static=True), "naive-vs-paired": naive_vs_paired(rd, static=True)}
    for p in rd.pairs:
        slug = f"{p['new']}-vs-{p['old']}-{p['mode'] or 'base'}"
        if p["n_shared"]:
            out[f"dumbbell-{slug}"] = dumbbell(rd, p["pair"], static=True)
            out[f"forest-{slug}"] = forest(rd, p["pair"], static=True)
        out[f"coverage-{slug}"] = coverage(rd, p["pair"], static=True)
    return out
