"""CLI commands for evaluations on the user's own endpoints (``run``, ``check``). Registered by cli.py."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the evaluation commands to the main app."""
