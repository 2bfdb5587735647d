#!/usr/bin/env python3
"""Speed of the comparison statistics, each as a ratio to a plain numpy reference run in the same process.

1. ``compare`` of one generation pair (Qwen3.5-27B vs Qwen3-32B, thinking, from the shipped dataset)
   with 10,000 Monte Carlo draws: benchlens's whole pair analysis (deltas, Monte Carlo, audit with the
   fragility search) vs a numpy reference doing the Monte Carlo arithmetic only.
2. An all-pairs coverage audit over a synthetic store of 5,000 models x 300 benchmarks at 10% fill:
   benchlens's vectorised coverage (shared, dropped, added, Jaccard for all 12.5 million pairs) vs the
   same arithmetic written directly in numpy.

    python benchmarks/bench_compare.py [--quick]

Prints seconds and ratios (lower is better; 1.0 means as fast as the hand-written numpy).
"""

from __future__ import annotations

import sys
import time

import numpy as np

import benchlens as bl
from benchlens.analysis import uncertainty as unc
from benchlens.analysis.coverage import coverage_from_presence


def best_of(fn, repeat=3):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def reference_mc(deltas, variances, cats, fams, draws, seed):
    """The Monte Carlo of methods.md 6.4 written directly in numpy (no small-category correction)."""
    rng = np.random.default_rng(seed)
    deltas = np.asarray(deltas)
    sd = np.sqrt(np.asarray(variances))
    noisy = deltas + rng.standard_normal((draws, len(deltas))) * sd
    out = []
    for c in sorted(set(cats)):
        idx = [i for i, x in enumerate(cats) if x == c]
        families = sorted({fams[i] for i in idx})
        members = [np.array([i for i in idx if fams[i] == f]) for f in families]
        pick = rng.integers(0, len(members), size=(draws, len(members)))
        fam_means = np.empty((draws, len(members)))
        for slot in range(len(members)):
            for f, m in enumerate(members):
                sel = pick[:, slot] == f
                b = rng.integers(0, len(m), size=(int(sel.sum()), len(m)))
                fam_means[sel, slot] = noisy[np.flatnonzero(sel)[:, None], m[b]].mean(axis=1)
        out.append(fam_means.mean(axis=1))
    return np.mean(out, axis=0)


def bench_pair(draws: int) -> None:
    import tempfile
    from pathlib import Path

    db = Path(tempfile.mkdtemp()) / "bench.db"
    bl.open_store(db).close()  # seeding is a one-time cost, not timed
    comp_time, comp = best_of(lambda: bl.compare("qwen3-32b", "qwen3.5-27b", db=db, mode="thinking",
                                                 draws=draws), 3)
    pc = comp.pairs[0]
    units = [(b.delta, (b.se or 0.0) ** 2, b.category, b.family) for b in pc.paired.benchmarks if b.in_headline]
    d, v, c, f = zip(*units, strict=True)
    ref_time, _ = best_of(lambda: reference_mc(d, v, c, f, draws, 0), 3)
    mc_time, _ = best_of(lambda: unc.monte_carlo([unc.Unit(*u) for u in units], draws=draws, seed=0), 3)
    print(f"compare one pair ({len(units)} shared benchmarks, {draws:,} draws):")
    print(f"  benchlens compare (store read + deltas + Monte Carlo + audit): {comp_time:.3f} s")
    print(f"  benchlens Monte Carlo alone: {mc_time:.4f} s; numpy reference Monte Carlo: {ref_time:.4f} s; "
          f"ratio {mc_time / ref_time:.2f}")
    print(f"  whole compare vs reference Monte Carlo: ratio {comp_time / ref_time:.1f}")


def bench_all_pairs(models: int, benches: int, fill: float) -> None:
    rng = np.random.default_rng(0)
    presence = rng.random((models, benches)) < fill

    def ours():
        cov = coverage_from_presence(presence)
        return cov.jaccard, cov.dropped(), cov.added()

    def reference():
        p = presence.astype(np.float64)
        inter = p @ p.T
        size = p.sum(axis=1)
        union = size[:, None] + size[None, :] - inter
        jac = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        return jac, size[:, None] - inter, size[None, :] - inter

    t_ours, (j1, d1, a1) = best_of(ours, 2)
    t_ref, (j2, d2, a2) = best_of(reference, 2)
    assert np.allclose(j1, j2, atol=1e-6) and np.array_equal(d1, d2) and np.array_equal(a1, a2)
    pairs = models * (models - 1) // 2
    print(f"all-pairs coverage audit ({models:,} models x {benches} benchmarks, {fill:.0%} fill, "
          f"{pairs:,} pairs):")
    print(f"  benchlens: {t_ours:.3f} s; numpy reference: {t_ref:.3f} s; ratio {t_ours / t_ref:.2f}")


def main() -> None:
    quick = "--quick" in sys.argv
    bench_pair(2_000 if quick else 10_000)
    bench_all_pairs(1_000 if quick else 5_000, 300, 0.10)


if __name__ == "__main__":
    main()
