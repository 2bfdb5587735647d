#!/usr/bin/env python3
"""Regenerate the shipped official dataset from ../shared/corpus/cards with benchlens's own extractor.

    python scripts/build_dataset.py [CORPUS_DIR]

Writes src/benchlens/data/official_documents.json and official_scores.csv. Never edit those by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchlens.data.build import build_official, render

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "cards"
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    docs, scores = build_official(corpus)
    docs_json, scores_csv = render(docs, scores)
    out = ROOT / "src" / "benchlens" / "data"
    (out / "official_documents.json").write_text(docs_json, encoding="utf-8")
    (out / "official_scores.csv").write_text(scores_csv, encoding="utf-8")
    print(f"{len(docs)} documents, {len(scores)} scores -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
