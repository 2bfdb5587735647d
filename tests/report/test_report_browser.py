"""The HTML report in a real browser (Debian's chromium driven by Playwright): self-contained, renders
every chart, reacts to the pair selector, and cannot be injected into by hostile labels."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

import benchlens as bl
from benchlens.report.page import write_report
from tests.conftest import write

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.slow

if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (.ci/run installs it)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CHARTS = ("heatmap", "forest", "coverage", "dumbbell", "naive")


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Served:
    def __init__(self, directory: Path):
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def open_report(browser, directory: Path):
    srv = Served(directory)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    seen = {"requests": [], "errors": [], "dialogs": []}
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))

    def on_dialog(d):
        seen["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(f"{srv.origin}/index.html")
    page.wait_for_function("document.body.dataset.ready", timeout=60_000)
    return page, seen, srv


def assert_clean(page, seen, srv):
    assert page.evaluate("document.body.dataset.ready") == "1"
    outside = [u for u in seen["requests"] if not u.startswith(srv.origin)]
    assert outside == [], f"requests left the page: {outside}"
    assert seen["errors"] == []
    assert seen["dialogs"] == []
    for c in CHARTS:
        rendered = page.evaluate(f"document.getElementById('chart-{c}').dataset.rendered")
        assert rendered == "1", c
        assert page.locator(f"#chart-{c} svg").count() >= 1, c


def test_shipped_report_renders_and_reacts(browser, db, tmp_path):
    comp = bl.compare("qwen3", "qwen3.5", db=db, draws=1000)
    out = tmp_path / "report"
    files = write_report(comp, out, images=False)
    assert (out / "data.csv").read_text().count("\n") > 50
    page, seen, srv = open_report(browser, out)
    try:
        assert_clean(page, seen, srv)
        # every size pair is in the summary table and the heatmap
        assert page.locator("#pairs tbody tr").count() == len(comp.pairs)
        assert page.locator("#chart-heatmap svg g.mark-rect path").count() >= 7 * len(comp.pairs)
        before = page.locator("#chart-forest svg").inner_html()
        title_before = page.locator("#pair-title").inner_text()
        options = page.eval_on_selector_all("#pair option", "els => els.map(e => e.value)")
        target = [o for o in options if o != title_before and "27B" in o][0]
        page.select_option("#pair", target)
        page.wait_for_timeout(400)
        assert page.locator("#pair-title").inner_text() == target
        assert page.locator("#chart-forest svg").inner_html() != before
        assert "27B" in page.locator("#detail").inner_text()
        # the category selector narrows the per-benchmark chart, the forest and the coverage matrix
        n_all = page.locator("#chart-dumbbell svg .mark-symbol path").count()
        n_forest = page.locator("#chart-forest svg .mark-symbol path").count()
        n_cov = page.locator("#chart-coverage svg .mark-rect path").count()
        page.select_option("#cat", "knowledge")
        page.wait_for_timeout(400)
        assert 0 < page.locator("#chart-dumbbell svg .mark-symbol path").count() < n_all
        assert page.locator("#chart-forest svg .mark-symbol path").count() == 2  # knowledge + headline
        assert n_forest > 2
        assert 0 < page.locator("#chart-coverage svg .mark-rect path").count() < n_cov
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert (tmp_path / "report.png").stat().st_size > 10_000
    finally:
        srv.close()
        page.close()
    assert files["index"].stat().st_size < 3_000_000


HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def test_hostile_labels_cannot_inject(browser, tmp_path):
    db = tmp_path / "h.db"
    bl.open_store(db, seed=False).close()
    # raw strings survive a CSV import as written: model labels, benchmark labels, document titles
    h = HOSTILE.replace('"', '""')  # CSV quoting
    csv_text = ("model,benchmark,value,mode,generation,params,document\n"
                f'"old{h}",MMLU-Pro,50,thinking,gold,7,"doc{h}"\n'
                f'"old{h}",IFEval,70,thinking,gold,7,"doc{h}"\n'
                f'"old{h}","MMLU-Redux (<b onmouseover=alert(1)>x</b>)",70,thinking,gold,7,d\n'
                f'"new{h}",MMLU-Pro,60,thinking,gnew,8,"doc{h}"\n'
                f'"new{h}",IFEval,75,thinking,gnew,8,"doc{h}"\n'
                f'"new{h}","MMLU-Redux (<b onmouseover=alert(1)>x</b>)",72,thinking,gnew,8,d\n')
    bl.import_csv(write(tmp_path / "evil.csv", csv_text), db=db)
    # and a hostile card through the extractor
    card = write(tmp_path / "evil.md", "# Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n\n"
                 "| | Qwen3-8B <script>alert(2)</script> | Qwen3.5-9B |\n|---|---|---|\n"
                 "| MMLU-Pro <img src=x onerror=alert(3)> | 70 | 80 |\n")
    rep = bl.ingest([card], db=db, publisher="alibaba-qwen")
    assert rep.ok
    comp = bl.compare("gold", "gnew", db=db, draws=500, mode="thinking")
    assert comp.pairs and HOSTILE in comp.pairs[0].pair.new.name
    out = tmp_path / "report"
    write_report(comp, out, images=False)
    html_text = (out / "index.html").read_text()
    assert "</script><script>window.__pwned" not in html_text
    assert "<img src=x" not in html_text
    page, seen, srv = open_report(browser, out)
    try:
        assert_clean(page, seen, srv)
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img").count() == 0
        # the hostile text is shown as text
        assert "window.__pwned=1" in page.locator("#detail").inner_text() or \
            "window.__pwned=1" in page.locator("#pairs").inner_text()
        # hover every benchmark point: tooltips show text, nothing executes
        for i in range(page.locator("#chart-dumbbell svg .mark-symbol path").count()):
            page.locator("#chart-dumbbell svg .mark-symbol path").nth(i).hover(force=True)
        assert page.evaluate("window.__pwned") is None and seen["dialogs"] == []
    finally:
        srv.close()
        page.close()


@pytest.mark.parametrize("rows, expect_pairs", [
    # one shared benchmark
    ("a-7b,MMLU-Pro,50,thinking,ga,7\nb-8b,MMLU-Pro,60,thinking,gb,8\nb-8b,IFEval,70,thinking,gb,8\n", 1),
    # no shared benchmark at all
    ("a-7b,MMLU-Pro,50,thinking,ga,7\nb-8b,IFEval,70,thinking,gb,8\n", 1),
])
def test_sparse_comparisons_give_sensible_pages(browser, tmp_path, rows, expect_pairs):
    db = tmp_path / "s.db"
    bl.open_store(db, seed=False).close()
    bl.import_csv(write(tmp_path / "s.csv", "model,benchmark,value,mode,generation,params\n" + rows), db=db)
    comp = bl.compare("ga", "gb", db=db, draws=500, mode="thinking")
    assert len(comp.pairs) == expect_pairs
    out = tmp_path / "r"
    write_report(comp, out, images=True)
    assert (out / "heatmap.png").stat().st_size > 1000 and (out / "heatmap.svg").exists()
    page, seen, srv = open_report(browser, out)
    try:
        assert_clean(page, seen, srv)
        text = page.locator("#detail").inner_text()
        assert "no headline" in text.lower() or "No headline" in text
    finally:
        srv.close()
        page.close()
