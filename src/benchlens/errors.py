"""User-facing errors: each one is a sentence that names the file and the place, never a traceback."""

from __future__ import annotations


class BenchlensError(Exception):
    """A mistake in the user's input or environment that the CLI reports in one line."""

    def __init__(self, message: str, *, path: str | None = None, where: str | None = None):
        self.path = path
        self.where = where
        self.detail = message
        prefix = ""
        if path:
            prefix = f"{path}"
            if where:
                prefix += f" ({where})"
            prefix += ": "
        super().__init__(prefix + message)


class InputError(BenchlensError):
    """A file that cannot be read or parsed."""


class NotFoundError(BenchlensError):
    """An unknown model, generation or benchmark."""


class StoreError(BenchlensError):
    """The database cannot be opened or is not a benchlens database."""
