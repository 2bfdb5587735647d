"""Hugging Face ``model-index`` (model-card front matter) -> score records."""

from __future__ import annotations


def scores_from_model_index(*a, **k):
    return []
