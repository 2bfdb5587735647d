"""Statistics against hand computations: exact McNemar, Wilson, paired bootstrap, claim checks."""

from __future__ import annotations

import math

import numpy as np
import pytest

from benchlens.evals import arun_eval
from benchlens.evals.stats import (
    claim_check,
    mcnemar,
    mcnemar_ci,
    model_score,
    paired,
    paired_bootstrap,
    verdict,
    wilson,
)

from .conftest import write_jsonl
from .fakeserver import last_user


def exact_mcnemar_by_hand(b: int, c: int) -> float:
    """Two-sided exact McNemar: 2 * P(X <= min(b, c)), X ~ Binomial(b + c, 1/2), capped at 1."""
    n = b + c
    tail = sum(math.comb(n, i) for i in range(min(b, c) + 1)) / 2**n
    return min(1.0, 2 * tail)


@pytest.mark.parametrize("b, c", [(0, 0), (4, 0), (2, 10), (10, 2), (7, 7), (15, 5), (1, 30)])
def test_mcnemar_equals_hand_computation(b, c):
    a = np.array([1] * b + [0] * c + [1] * 5 + [0] * 3)
    bb = np.array([0] * b + [1] * c + [1] * 5 + [0] * 3)
    n10, n01, p = mcnemar(a, bb)
    assert (n10, n01) == (b, c)
    assert p == pytest.approx(exact_mcnemar_by_hand(b, c), abs=1e-12)


def test_mcnemar_matches_scipy_binomtest():
    from scipy.stats import binomtest

    for b, c in [(3, 11), (20, 9), (0, 6)]:
        assert mcnemar(np.array([1] * b + [0] * c), np.array([0] * b + [1] * c))[2] == pytest.approx(
            binomtest(c, b + c, 0.5).pvalue, abs=1e-12)


def test_wilson_known_values():
    lo, hi = wilson(81, 263)  # a textbook example
    assert lo == pytest.approx(0.2553, abs=1e-4) and hi == pytest.approx(0.3662, abs=1e-4)
    assert wilson(0, 10)[0] == 0.0 and wilson(10, 10)[1] == 1.0


def test_model_score_binary_and_graded():
    x = np.array([1, 0, 1, 1, np.nan])
    ms = model_score(x, np.ones(5), binary=True, errors=1)
    assert ms.n == 4 and ms.score == 0.75 and ms.ci == wilson(3, 4) and ms.errors == 1
    g = np.array([0.2, 0.4, 0.6, 0.8])
    ms = model_score(g, np.ones(4), binary=False)
    from scipy.stats import t

    se = np.std(g, ddof=1) / 2
    assert ms.score == pytest.approx(0.5) and ms.ci[1] == pytest.approx(0.5 + t.ppf(0.975, 3) * se)
    w = np.array([1.0, 1.0, 2.0, 0.5])
    ms = model_score(g, w, binary=False)
    assert ms.score == pytest.approx(float((w * g).sum() / w.sum()))


def test_paired_bootstrap_is_seeded_and_sane():
    rng = np.random.default_rng(1)
    d = rng.normal(0.05, 0.2, 400)
    w = np.ones(400)
    a = paired_bootstrap(d, w, draws=2000, seed=3)
    b = paired_bootstrap(d, w, draws=2000, seed=3)
    assert a == b
    delta, (lo, hi), p = a
    assert delta == pytest.approx(d.mean()) and lo < delta < hi and p < 0.01
    se = d.std(ddof=1) / 20
    assert hi - lo == pytest.approx(2 * 1.96 * se, rel=0.15)
    _, _, p0 = paired_bootstrap(rng.normal(0, 0.2, 400), w, draws=2000, seed=3)
    assert p0 > 0.01


def test_paired_graded_and_verdicts():
    xa = np.array([0.5, 0.6, 0.7, 0.8] * 25)
    xb = xa + 0.1
    t = paired("old", "new", xa, xb, np.ones(100), binary=False, draws=1000)
    assert t.test == "paired bootstrap" and t.delta == pytest.approx(0.1) and t.p_value < 0.01
    assert verdict(t).startswith("new is better than old: +10.0 points")
    t = paired("old", "new", xa, xa.copy(), np.ones(100), binary=False, draws=1000)
    assert t.p_value == 1.0 and verdict(t).startswith("No detectable difference between new and old")


def test_mcnemar_interval_agrees_with_the_test():
    for b, c, n in [(2, 10, 100), (4, 0, 30), (5, 5, 50), (0, 9, 20)]:
        lo, hi = mcnemar_ci(b, c, n)
        p = exact_mcnemar_by_hand(b, c)
        assert lo <= (c - b) / n <= hi
        assert (p < 0.05) == (lo > 0 or hi < 0), (b, c, lo, hi, p)


def test_claim_check():
    x = np.array([1.0] * 68 + [0.0] * 32)
    r = claim_check(x, np.ones(100), 0.684, binary=True)
    assert r.consistent and r.test == "exact binomial" and r.tolerance == pytest.approx(1.96 * math.sqrt(0.684 * 0.316 / 100), rel=1e-3)
    r = claim_check(np.array([1.0] * 40 + [0.0] * 60), np.ones(100), 0.684, binary=True)
    assert not r.consistent and r.delta == pytest.approx(-0.284) and "below" in r.verdict("quant", "qwen3-32b")


async def test_two_endpoints_paired_test_equals_hand_computation(tmp_path, servers):
    """Two models on the same 60 items; the reported test is the hand computation on the 2x2 table."""
    n = 60
    a_right = {i for i in range(n) if i % 3 != 0}  # 40 right
    b_right = {i for i in range(n) if i % 5 != 0}  # 48 right
    a = servers(answer=lambda m, msgs: "Paris" if int(last_user(msgs)[1:]) in a_right else "Lyon", models=["A"])
    b = servers(answer=lambda m, msgs: "Paris" if int(last_user(msgs)[1:]) in b_right else "Lyon", models=["B"])
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": f"i{i}", "prompt": f"q{i}", "answer": "Paris",
                                               "category": "odd" if i % 2 else "even"} for i in range(n)])
    res = await arun_eval(tasks, models=[f"old={a.url}", f"new={b.url}"], db=tmp_path / "x.db")
    out = res.to_dict()
    bc = len(a_right - b_right)  # old right, new wrong
    cb = len(b_right - a_right)  # old wrong, new right
    assert out["models"]["old"]["score"] == pytest.approx(40 / 60, abs=1e-6)
    assert out["models"]["new"]["score"] == pytest.approx(48 / 60, abs=1e-6)
    (pt,) = out["paired"]
    assert set(pt) == {"a", "b", "delta", "ci", "p_value", "test", "p_holm", "pairs_compared"}
    assert pt["p_holm"] == pt["p_value"] and pt["pairs_compared"] == 1  # one pair: nothing to adjust
    assert (pt["a"], pt["b"], pt["test"]) == ("old", "new", "exact McNemar")
    assert pt["delta"] == pytest.approx((cb - bc) / n, abs=1e-6)
    assert pt["p_value"] == pytest.approx(exact_mcnemar_by_hand(bc, cb), abs=1e-6)
    assert set(out["models"]["old"]) == {"n", "score", "ci", "errors"}
    # per category, the same hand computation on the subset
    even = [i for i in range(n) if i % 2 == 0]
    bc_e = sum(1 for i in even if i in a_right and i not in b_right)
    cb_e = sum(1 for i in even if i not in a_right and i in b_right)
    (pe,) = out["categories"]["even"]["paired"]
    assert pe["p_value"] == pytest.approx(exact_mcnemar_by_hand(bc_e, cb_e), abs=1e-6)
    assert pe["delta"] == pytest.approx((cb_e - bc_e) / len(even), abs=1e-6)
    assert len(out["verdicts"]) == 1


def test_three_models_get_holm_adjusted_pairs():
    """With three models the three pairwise tests are one family: Holm multiplies the smallest p by 3, the
    next by 2 (never below the one before), and the verdict uses the adjusted value."""
    from benchlens.evals.stats import PairedTest, adjust_family

    tests = [PairedTest("a", "b", 100, 0.05, (0.001, 0.099), 0.02, "exact McNemar"),
             PairedTest("a", "c", 100, 0.04, (0.0, 0.08), 0.04, "exact McNemar"),
             PairedTest("b", "c", 100, -0.01, (-0.05, 0.03), 0.60, "exact McNemar")]
    adj = adjust_family(tests)
    assert [round(t.p_holm, 6) for t in adj] == [0.06, 0.08, 0.6]
    assert all(t.family == 3 for t in adj)
    assert adj[0].to_dict()["p_holm"] == 0.06
    assert "Holm-adjusted over 3 pairs" in adj[0].verdict() and "No detectable difference" in adj[0].verdict()
    one = adjust_family(tests[:1])[0]
    assert one.family == 1 and "is better" in one.verdict()
