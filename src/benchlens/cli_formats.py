"""CLI commands for other tools' result formats (``export``). Registered by cli.py."""


from pathlib import Path
from typing import Annotated

import typer

from benchlens.cli_common import DbOpt, err, friendly


def register(app: typer.Typer) -> None:
    """Add the format commands to the main app."""

    @app.command()
    @friendly
    def export(
        fmt: Annotated[str, typer.Option("--format", "-f", help="eee, csv, json, model-index or eval-results.")],
        model: Annotated[str | None, typer.Option(help="Generation, model id/alias or stored label.")] = None,
        benchmark: Annotated[str | None, typer.Option(help="Benchmark id or alias.")] = None,
        mode: Annotated[str | None, typer.Option(help="thinking or non-thinking.")] = None,
        first_party: Annotated[bool | None, typer.Option("--first-party/--third-party",
                                                         help="Only the publisher's own models, or only others'.")] = None,
        document: Annotated[str | None, typer.Option(help="Document id (or prefix).")] = None,
        out: Annotated[Path | None, typer.Option("--out", "-o", help="File (csv, json, model-index; default: "
                                                 "stdout) or directory (eee, eval-results).")] = None,
        db: DbOpt = None,
    ) -> None:
        """Export stored scores to a standard format: EEE (validated against the 0.3.0 schema), the records
        CSV or JSON, a Hugging Face model-index or .eval_results files."""
        from benchlens import api
        from benchlens.formats.export import export_scores

        with api.open_store(db) as st:
            recs = api.scores(store=st, model=model, benchmark=benchmark, mode=mode, first_party=first_party,
                              document=document, as_records=True)
            res = export_scores(list(recs), fmt, out, store=st)  # type: ignore[arg-type]
        if res["files"]:
            shown = res["files"] if len(res["files"]) <= 5 else [*res["files"][:5], f"... ({len(res['files'])} files)"]
            err.print(f"{res['scores']} scores exported as {res['format']}: " + ", ".join(shown), highlight=False,
                      markup=False)
