"""Every corpus document read alone, without its ``.source.json`` (as a user's downloaded README is): the same
scores, the same publisher and the same first-party marks as with the sidecar.

The exception is the Falcon-H1 evaluations page, a documentation page that never names its lab, its models'
Hugging Face organisation or a model line in its title: there the lab must be given (``--publisher tii``)."""

from __future__ import annotations

import shutil

import pytest

from .util import CORPUS, doc

NAMES = sorted(p.name for p in CORPUS.glob("*") if p.suffix in (".md", ".txt", ".html")) if CORPUS.exists() else []
NEEDS_PUBLISHER = {"falcon-h1-evaluations.md": "tii"}


@pytest.mark.parametrize("name", NAMES)
def test_same_reading_without_the_sidecar(name, tmp_path):
    from benchlens.extract import extract_file

    with_sidecar = doc(name)
    alone = tmp_path / name
    shutil.copy(CORPUS / name, alone)
    res = extract_file(alone, publisher=NEEDS_PUBLISHER.get(name))
    assert res.document.publisher == with_sidecar.document.publisher
    assert len(res.scores) == len(with_sidecar.scores)
    assert [s.first_party for s in res.scores] == [s.first_party for s in with_sidecar.scores]
    assert [(s.model, s.key, s.value) for s in res.scores] == [(s.model, s.key, s.value) for s in with_sidecar.scores]
