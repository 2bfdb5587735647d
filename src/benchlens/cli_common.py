"""What every CLI module shares: the consoles, the error wrapper, the --db and --format options."""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from benchlens.errors import BenchlensError

out = Console(soft_wrap=False)
err = Console(stderr=True)

DbOpt = Annotated[
    Path | None,
    typer.Option("--db", help="Database file (default: $BENCHLENS_DB or the user data directory).",
                 envvar="BENCHLENS_DB", show_envvar=True),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]

F = TypeVar("F", bound=Callable[..., Any])


def friendly(fn: F | None = None, *, interrupted: str = "interrupted") -> Any:
    """Turn user errors into one line on stderr and exit code 1 (never a traceback)."""

    def deco(f: F) -> F:
        @functools.wraps(f)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return f(*args, **kwargs)
            except BenchlensError as exc:
                err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
                raise typer.Exit(1) from None
            except BrokenPipeError:
                raise typer.Exit(0) from None
            except sqlite3.Error as exc:
                err.print(f"[red]error:[/red] database error: {escape(str(exc))}", highlight=False)
                raise typer.Exit(1) from None
            except OSError as exc:
                where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
                err.print(f"[red]error:[/red] {escape(where + (exc.strerror or str(exc)))}", highlight=False)
                raise typer.Exit(1) from None
            except KeyboardInterrupt:
                err.print(interrupted)
                raise typer.Exit(130) from None

        return wrapper  # type: ignore[return-value]

    return deco(fn) if fn is not None else deco


def check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    f = fmt.lower()
    if f not in allowed:
        raise BenchlensError(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")
    return f


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False, default=str) + "\n")
