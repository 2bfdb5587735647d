"""The public Python API: everything the CLI does, as functions returning plain objects and DataFrames.

>>> import benchlens as bl
>>> comp = bl.compare("qwen3", "qwen3.5")          # old, new
>>> bl.comparison_frames(comp)["categories"]        # tidy pandas DataFrame

Every function takes ``db=`` (a path) or ``store=`` (an open :class:`~benchlens.store.Store`); by default
the user's database, seeded with the shipped official dataset.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchlens.analysis.compare import Comparison, compare_generations, keep
from benchlens.analysis.models import ModelInfo, select
from benchlens.analysis.paired import Options, conflicts_of, group_by_key
from benchlens.analysis.pairing import MODES
from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import BenchlensError, NotFoundError
from benchlens.formats.records_csv import read_records_csv, score_row
from benchlens.records import Score
from benchlens.store import LoadResult, Store

if TYPE_CHECKING:  # pandas is imported when a DataFrame is asked for
    import pandas as pd


@contextlib.contextmanager
def _store(db: str | Path | None, store: Store | None, *, seed: bool = True) -> Iterator[Store]:
    if store is not None:
        yield store
        return
    s = Store(db, seed=seed)
    try:
        yield s
    finally:
        s.close()


def open_store(db: str | Path | None = None, *, seed: bool = True) -> Store:
    """Open (creating and seeding if new) a benchlens database."""
    return Store(db, seed=seed)


# --- importing -----------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    path: str
    doc_id: str
    rows: int
    added: int
    skipped: bool
    replaced: int
    unresolved_models: list[str] = field(default_factory=list)
    unresolved_benchmarks: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def import_csv(path: str | Path, *, db: str | Path | None = None, store: Store | None = None,
               replace: bool = False) -> ImportSummary:
    """Import a records CSV (columns model, benchmark, value, ...). The file is loaded whole or not at all."""
    parsed = read_records_csv(path)
    with _store(db, store) as st:
        res: LoadResult = st.load(parsed.document, parsed.scores, replace=replace, user_models=parsed.user_models)
    return ImportSummary(str(path), res.doc_id, len(parsed.scores), res.added, res.skipped, res.replaced,
                         parsed.unresolved_models, parsed.unresolved_benchmarks)


# --- reading ------------------------------------------------------------------------------------


def _user_models(st: Store) -> dict[str, dict]:
    return {u["label"]: u for u in st.user_models()}


def resolve_selector(selector: str, st: Store, catalog: Catalog | None = None,
                     include_base: bool = False) -> tuple[str, list[ModelInfo]]:
    cat = catalog or get_catalog()
    return select(selector, cat, user_models=_user_models(st), stored_labels=st.unresolved_model_labels(),
                  include_base=include_base)


def scores(
    *,
    db: str | Path | None = None,
    store: Store | None = None,
    model: str | None = None,
    benchmark: str | None = None,
    mode: str | None = None,
    first_party: bool | None = None,
    publisher: str | None = None,
    document: str | None = None,
    as_records: bool = False,
) -> pd.DataFrame | list[Score]:
    """Stored scores matching the filters, as a tidy DataFrame (one row per score) or as records.

    ``model`` may be a generation, a catalog id or alias, or a stored label; ``benchmark`` a catalog id
    or alias.
    """
    cat = get_catalog()
    with _store(db, store) as st:
        models = None
        if model:
            _, infos = resolve_selector(model, st, cat, include_base=True)
            models = [i.id for i in infos]
        benchmarks = None
        if benchmark:
            from benchlens.catalog import resolve_benchmark

            if benchmark in cat.benchmarks:
                benchmarks = [benchmark]
            else:
                r = resolve_benchmark(benchmark, catalog=cat)
                if not r.id:
                    raise NotFoundError(f"unknown benchmark {benchmark!r} ({r.note})")
                benchmarks = [r.id]
        found = st.scores(models=models, benchmarks=benchmarks, mode=mode, first_party=first_party,
                          publisher=publisher, doc_id=document)
        if models:
            # stored labels the catalog does not know
            labels = {m for m in models if m not in cat.models}
            if labels:
                found += [s for s in st.scores(benchmarks=benchmarks, mode=mode) if s.model is None
                          and s.model_label in labels]
    if as_records:
        return found
    return scores_frame(found)


def scores_frame(records: Sequence[Score]) -> pd.DataFrame:
    import pandas as pd

    rows = [score_row(s) for s in records]
    return pd.DataFrame(rows)


def conflicts(*, db: str | Path | None = None, store: Store | None = None, first_party_only: bool = False) -> list[dict]:
    """Same model and identity key, different numbers in different documents (e.g. a lab re-run)."""
    with _store(db, store) as st:
        recs = st.scores(resolved_only=True, first_party=True if first_party_only else None)
    by_model: dict[str, list[Score]] = {}
    for s in recs:
        by_model.setdefault(s.model or "", []).append(s)
    out = []
    for mid, ss in sorted(by_model.items()):
        for key, group in sorted(group_by_key(ss).items(), key=lambda kv: kv[0].to_json()):
            c = conflicts_of(mid, key, group)
            if c:
                out.append(c)
    return out


# --- comparing ----------------------------------------------------------------------------------


def compare(
    old: str,
    new: str,
    *,
    db: str | Path | None = None,
    store: Store | None = None,
    mode: str | None = None,
    pairs: dict[str, str] | None = None,
    policy: str = "official",
    draws: int = 10_000,
    seed: int = 0,
    include_base: bool = False,
    options: Options | None = None,
) -> Comparison:
    """Compare two generations (or two models): ``new`` minus ``old``, paired by size and mode."""
    cat = get_catalog()
    if mode not in (None, "both", *MODES):
        raise BenchlensError(f"--mode must be thinking, non-thinking or both, not {mode!r}")
    modes = MODES if mode in (None, "both") else (mode,)
    opt = options or Options(draws=draws, seed=seed)
    if opt.draws < 100:
        raise BenchlensError("--draws must be at least 100")
    with _store(db, store) as st:
        kind_o, olds = resolve_selector(old, st, cat, include_base)
        kind_n, news = resolve_selector(new, st, cat, include_base)
        overrides = dict(pairs or {})
        resolved_overrides: dict[str, str] = {}
        for n_sel, o_sel in overrides.items():
            _, ni = resolve_selector(n_sel, st, cat, True)
            _, oi = resolve_selector(o_sel, st, cat, True)
            resolved_overrides[ni[0].id] = oi[0].id
            if ni[0].id not in {m.id for m in news}:
                news.append(ni[0])
            if oi[0].id not in {m.id for m in olds}:
                olds.append(oi[0])
        if kind_n == "model" and kind_o == "model" and not resolved_overrides:
            resolved_overrides[news[0].id] = olds[0].id
        ids = {m.id for m in (*olds, *news)}
        cat_ids = sorted(i for i in ids if i in cat.models)
        recs = st.scores(models=cat_ids) if cat_ids else []
        labels = {i for i in ids if i not in cat.models}
        if labels:
            recs = recs + [s for s in st.scores() if s.model is None and s.model_label in labels]
        # the pool for the dropped-benchmark flag: every stored score on the old models' benchmarks
        old_benches = sorted({s.key.benchmark for s in recs if s.model in {m.id for m in olds}})
        pool = [s for s in st.scores(benchmarks=old_benches, resolved_only=True) if keep(s, policy)] if old_benches else []
    return compare_generations(old, new, olds, news, recs, cat, modes=modes, overrides=resolved_overrides,
                               policy=policy, options=opt, pool=pool)


def audit(new: str, vs: str, **kwargs: Any) -> Comparison:
    """The selective-reporting audit of ``new`` against ``vs`` (a comparison whose audit block is the point)."""
    return compare(vs, new, **kwargs)


def comparison_frames(comp: Comparison) -> dict[str, pd.DataFrame]:
    """Tidy DataFrames of a comparison: ``pairs``, ``categories``, ``benchmarks``, ``naive``."""
    import pandas as pd

    pairs, cats, benches, naive = [], [], [], []
    for pc in comp.pairs:
        d = pc.to_dict()
        base = {"new": d["new"], "old": d["old"], "mode": d["mode"]}
        h = d["headline"] or {}
        pairs.append({**base, "new_size": d["new_size"], "old_size": d["old_size"], "rule": d["rule"],
                      "n_shared": len(d["benchmarks"]), "delta": h.get("delta"),
                      "ci_sampling_lo": (h.get("ci_sampling") or [None, None])[0],
                      "ci_sampling_hi": (h.get("ci_sampling") or [None, None])[1],
                      "ci_total_lo": (h.get("ci_total") or [None, None])[0],
                      "ci_total_hi": (h.get("ci_total") or [None, None])[1],
                      "p_positive": h.get("p_positive"), "verdict": d["verdict"]["overall"],
                      "headline_reason": d["headline_reason"], "jaccard": d["audit"]["jaccard"],
                      "fragility": d["audit"]["fragility"]})
        for c, r in d["categories"].items():
            cats.append({**base, "category": c, "delta": r["delta"], "ci_sampling_lo": r["ci_sampling"][0],
                         "ci_sampling_hi": r["ci_sampling"][1], "ci_total_lo": r["ci_total"][0],
                         "ci_total_hi": r["ci_total"][1], "p_positive": r["p_positive"],
                         "n_benchmarks": r["n_benchmarks"]})
        for b in d["benchmarks"]:
            benches.append({**base, **{k: v for k, v in b.items() if k not in ("new_source", "old_source", "setting")},
                            "new_document": b["new_source"]["document"], "old_document": b["old_source"]["document"]})
        for c, r in d["naive"].items():
            naive.append({**base, "category": c, **r})
    return {"pairs": pd.DataFrame(pairs), "categories": pd.DataFrame(cats), "benchmarks": pd.DataFrame(benches),
            "naive": pd.DataFrame(naive)}


# --- documents ------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    """What one ``ingest`` did for each document."""

    results: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def extract(paths: Sequence[str | Path], *, publisher: str | None = None) -> list[Any]:
    """Read documents and return their scores and summaries without storing anything.

    Returns a list of :class:`benchlens.extract.DocResult`; unreadable documents raise
    :class:`~benchlens.errors.InputError` naming the file.
    """
    from benchlens.extract import extract_file, iter_paths

    return [extract_file(p, publisher=publisher) for p in iter_paths(list(paths))]


def fetch_hf_readme(spec: str) -> tuple[bytes, str]:
    """The README of a Hugging Face model repo (``hf:ORG/MODEL``), as bytes and its URL."""
    from benchlens.errors import InputError

    repo = spec[3:] if spec.startswith("hf:") else spec
    if repo.count("/") != 1 or not all(repo.split("/")):
        raise InputError("expected hf:ORG/MODEL", path=spec)
    import os

    endpoint = (os.environ.get("HF_ENDPOINT") or "https://huggingface.co").rstrip("/")  # as huggingface_hub reads it
    url = f"{endpoint}/{repo}"

    if os.environ.get("HF_HUB_OFFLINE") in ("1", "true", "yes"):
        raise InputError("cannot fetch from Hugging Face: offline mode (HF_HUB_OFFLINE is set). Download the "
                         "README.md yourself and ingest the file.", path=spec)
    try:
        from huggingface_hub import hf_hub_download  # optional extra
    except ImportError:
        hf_hub_download = None
    try:
        if hf_hub_download is not None:
            local = hf_hub_download(repo_id=repo, filename="README.md")
            return Path(local).read_bytes(), url
        import httpx2

        r = httpx2.get(f"{url}/raw/main/README.md", timeout=20.0, follow_redirects=True)  # no hub extra: plain HTTP
        if r.status_code == 404:
            raise InputError("no such model repository (or it has no README.md)", path=spec)
        r.raise_for_status()
        return r.content, url
    except InputError:
        raise
    except Exception as exc:  # network errors of either client
        raise InputError(f"cannot fetch from Hugging Face ({type(exc).__name__}: {exc}). If you are offline, "
                         "download the README.md yourself and ingest the file.", path=spec) from None


def ingest(sources: Sequence[str | Path], *, db: str | Path | None = None, store: Store | None = None,
           publisher: str | None = None, replace: bool = False, fmt: str | None = None) -> IngestReport:
    """Store documents (model cards, reports: scores extracted) and result files of other tools (formats
    detected, or ``fmt``), from files, directories or ``hf:ORG/MODEL``. Each document is stored in its own
    transaction; a bad one is reported and skipped, never half-stored."""
    from benchlens.errors import BenchlensError
    from benchlens.extract import extract_file, iter_paths
    from benchlens.formats.detect import detect_format, ingest_result, normalize_format, result_files

    forced = normalize_format(fmt) if fmt else None
    report = IngestReport()
    with _store(db, store) as st:
        items: list[tuple[str, str]] = []
        for src in sources:
            s = str(src)
            if s.startswith("hf:"):
                items.append((s, "hf"))
            elif Path(s).is_dir():
                docs = [str(p) for p in iter_paths([s]) if detect_format(p) is None]
                results = [str(p) for p in result_files(s)]
                items.extend((p, "file") for p in sorted(set(docs) | set(results)))
            else:
                items.append((s, "file"))
        for name, kind in items:
            try:
                if kind == "hf":
                    data, url = fetch_hf_readme(name)
                    res = extract_file(Path(name[3:].replace("/", "__") + ".md"), publisher=publisher,
                                       origin=name, data=data, url=url)
                else:
                    f = forced or detect_format(name)
                    if f:
                        report.results.append(ingest_result(st, name, f, replace=replace, publisher=publisher))
                        continue
                    res = extract_file(name, publisher=publisher)
                lr = st.load(res.document, res.scores, replace=replace)
                summary = res.summary()
                summary.update({"format": "document", "added": lr.added, "skipped": lr.skipped,
                                "replaced": lr.replaced})
                report.results.append(summary)
            except BenchlensError as exc:
                report.errors.append({"path": name, "error": str(exc)})
    return report


# --- reports ------------------------------------------------------------------------------------------


def report(old: str, new: str, out: str | Path, *, images: bool = True, **compare_kwargs: Any) -> dict[str, Path]:
    """Compare and write the report (``index.html``, PNG/SVG charts, ``data.csv``) into ``out``."""
    from benchlens.report.page import write_report

    comp = compare(old, new, **compare_kwargs)
    return write_report(comp, out, images=images)
