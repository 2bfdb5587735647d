"""CLI commands for other tools' result formats (``export``). Registered by cli.py."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the format commands to the main app."""
