"""The shipped official dataset: present, loadable, and exactly what the extractor makes of the corpus."""

from importlib import resources

import pytest

from benchlens.data import DOCS_FILE, SCORES_FILE, bundled_batches
from benchlens.data.build import build_official, render


def test_shipped_dataset_loads_with_provenance():
    batches = bundled_batches()
    assert len(batches) >= 15
    n = sum(len(s) for _, s in batches)
    assert n > 3000
    qwen_docs = [d for d, _ in batches if d.publisher == "alibaba-qwen"]
    assert len(qwen_docs) >= 15
    for doc, scores in batches:
        assert doc.doc_id and doc.title and doc.origin.startswith("corpus/cards/")
        for s in scores[:50]:
            p = s.provenance
            assert p.doc_id == doc.doc_id and p.table is not None and p.row is not None and p.line
            assert s.value_text


def test_every_qwen_size_has_official_scores():
    batches = bundled_batches()
    models = {s.model for _, ss in batches for s in ss if s.first_party}
    for size in ["0.6b", "1.7b", "4b", "8b", "14b", "32b", "30b-a3b", "235b-a22b"]:
        assert f"qwen3-{size}" in models
    for size in ["0.8b", "2b", "4b", "9b", "27b", "35b-a3b", "122b-a10b", "397b-a17b"]:
        assert f"qwen3.5-{size}" in models
    assert "qwen3.6-35b-a3b" in models


def test_shipped_dataset_equals_a_fresh_extraction(corpus):
    docs, scores = build_official(corpus)
    docs_json, scores_csv = render(docs, scores)
    shipped_docs = resources.files("benchlens.data").joinpath(DOCS_FILE).read_text(encoding="utf-8")
    shipped_scores = resources.files("benchlens.data").joinpath(SCORES_FILE).read_text(encoding="utf-8")
    if docs_json != shipped_docs or scores_csv != shipped_scores:
        pytest.fail("the shipped dataset differs from a fresh extraction of ../shared/corpus/cards: run "
                    "`python scripts/build_dataset.py` and review the diff")
