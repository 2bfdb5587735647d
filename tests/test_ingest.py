"""Ingesting documents: per-document transactions, clear errors for bad documents, offline hf:."""

import pytest

import benchlens as bl
from benchlens.errors import InputError
from benchlens.extract import extract_file
from tests.conftest import write

GOOD = "# Foo-7B\n\n| Benchmark | Foo-7B | Qwen3-8B |\n|---|---|---|\n| MMLU-Pro | 70.1 | 65.0 |\n| IFEval | 80 | - |\n"


def test_directory_ingest_survives_bad_documents(tmp_path, db):
    bl.open_store(db, seed=False).close()
    d = tmp_path / "cards"
    d.mkdir()
    write(d / "a_good.md", GOOD)
    (d / "b_binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)) * 4)
    write(d / "c_empty.md", "")
    write(d / "d_badhtml.html", "<table><tr><td>MMLU-Pro<td>70<tr><td rowspan=99999>x</table></table><table")
    write(d / "e_garbage.md", "| a | b |\n|---|---|\n| ??? | %%% |\n| 1e999 | NaN |\n")
    write(d / "f_good.md", GOOD.replace("Foo-7B", "Bar-9B"))
    rep = bl.ingest([d], db=db, publisher="meta")
    by = {r["path"].split("/")[-1]: r for r in rep.results}
    errors = {e["path"].split("/")[-1]: e["error"] for e in rep.errors}
    assert "b_binary.md" in errors and "binary" in errors["b_binary.md"]
    assert "c_empty.md" in errors and "empty" in errors["c_empty.md"]
    assert by["a_good.md"]["added"] == 3 and by["f_good.md"]["added"] == 3
    assert by["d_badhtml.html"]["added"] >= 0 and by["e_garbage.md"]["added"] == 0
    assert len(bl.scores(db=db)) == 6 + by["d_badhtml.html"]["added"]
    # ingesting again adds nothing
    rep2 = bl.ingest([d], db=db, publisher="meta")
    assert all(r.get("skipped") for r in rep2.results)


def test_huge_file_is_refused(tmp_path, monkeypatch):
    import benchlens.extract.document as docmod

    monkeypatch.setattr(docmod, "MAX_BYTES", 1000)
    f = write(tmp_path / "big.md", GOOD * 100)
    with pytest.raises(InputError, match="too large"):
        extract_file(f)


def test_hf_offline_says_so(db):
    rep = bl.ingest(["hf:Qwen/Qwen3.5-27B"], db=db)
    assert not rep.ok and "offline" in rep.errors[0]["error"]
    rep = bl.ingest(["hf:not-a-repo"], db=db)
    assert "hf:ORG/MODEL" in rep.errors[0]["error"]


def test_jsonl_contract_keys(tmp_path):
    res = extract_file(write(tmp_path / "c.md", GOOD), publisher="meta")
    keys = {"model", "model_label", "benchmark", "benchmark_label", "setting", "value", "value_text", "scale",
            "table", "row", "col", "line", "first_party", "publisher", "category"}
    for s in res.scores:
        d = s.to_dict()
        assert keys <= set(d)
    first = res.scores[0].to_dict()
    assert (first["model_label"], first["benchmark"], first["value"], first["table"], first["line"]) == \
        ("Foo-7B", "mmlu-pro", 70.1, 0, 5)
    assert first["first_party"] is False  # Foo is not one of meta's models
    q = [s for s in res.scores if s.model == "qwen3-8b"]
    assert q and q[0].first_party is False and q[0].provenance.publisher == "meta"


def test_hf_fetches_the_card_over_http(db, monkeypatch):
    """``hf:ORG/MODEL`` against a real HTTP server on loopback standing in for the Hub (``HF_ENDPOINT``)."""
    import http.server
    import threading

    card = GOOD.encode()
    seen = []

    class Hub(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen.append(self.path)
            if self.path == "/acme/Acme-7B/raw/main/README.md":
                self.send_response(200)
                self.send_header("Content-Length", str(len(card)))
                self.end_headers()
                self.wfile.write(card)
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hub)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{srv.server_address[1]}")
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        import sys

        monkeypatch.setitem(sys.modules, "huggingface_hub", None)  # the plain-HTTP path, as without the extra
        bl.open_store(db, seed=False).close()
        rep = bl.ingest(["hf:acme/Acme-7B"], db=db)
        assert rep.ok, rep.errors
        got = bl.scores(db=db)
        assert len(got) == 3 and set(got["url"]) == {f"http://127.0.0.1:{srv.server_address[1]}/acme/Acme-7B"}
        missing = bl.ingest(["hf:acme/Nope"], db=db)
        assert not missing.ok and "no such model repository" in missing.errors[0]["error"]
        assert seen == ["/acme/Acme-7B/raw/main/README.md", "/acme/Nope/raw/main/README.md"]
    finally:
        srv.shutdown()
