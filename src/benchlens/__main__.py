"""``python -m benchlens``: the command line."""

from benchlens.cli import app

app()
