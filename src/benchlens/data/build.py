"""Building the shipped official dataset from the corpus of published documents.

``scripts/build_dataset.py`` calls :func:`build_official` and writes the two data files; a test calls it
again (when the corpus is present) and requires the shipped files to be byte-identical.

What is shipped: every score in the Qwen team's documents (their own models as first-party, the
competitors' numbers they printed as reported by Qwen), and the first-party scores of the other
labs' cards in the corpus. Averages over a table's benchmarks (kept by the extractor, never compared) are
not shipped.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

from benchlens.catalog.catalog import get_catalog
from benchlens.extract import DOC_SUFFIXES, extract_file
from benchlens.records import Document, Score

FULL_PUBLISHERS = ("alibaba-qwen",)  # documents whose every score is shipped


def build_official(corpus_dir: str | Path) -> tuple[list[Document], list[Score]]:
    cat = get_catalog()
    root = Path(corpus_dir)
    docs: list[Document] = []
    scores: list[Score] = []
    for path in sorted(root.iterdir()):
        if not path.is_file() or path.suffix.lower() not in DOC_SUFFIXES:
            continue
        res = extract_file(path, catalog=cat, origin=f"corpus/cards/{path.name}")
        doc = replace(res.document, origin=f"corpus/cards/{path.name}")
        # averages over a table's benchmarks are kept by the extractor but are not benchmark scores: not shipped
        scores_ = [s for s in res.scores if "aggregate_of" not in dict(s.key.extra)]
        keep = scores_ if doc.publisher in FULL_PUBLISHERS else [s for s in scores_ if s.first_party]
        if not keep:
            continue
        docs.append(doc)
        scores.extend(keep)
    return docs, scores


def render(docs: list[Document], scores: list[Score]) -> tuple[str, str]:
    """The two file contents: documents JSON and scores CSV (deterministic)."""
    from benchlens.formats.records_csv import write_records_csv

    docs_json = json.dumps([d.to_dict() for d in docs], indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    buf = io.StringIO()
    write_records_csv(scores, buf)
    return docs_json, buf.getvalue()
