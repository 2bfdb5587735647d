"""Pure statistics, against hand computations."""

import math

import numpy as np
import pytest

from benchlens.analysis import uncertainty as unc
from benchlens.analysis.normalize import logit, normalize_score
from benchlens.catalog import get_catalog
from benchlens.records import IdentityKey, Score


def test_dersimonian_laird_by_hand():
    dl = unc.dersimonian_laird([1.0, 3.0], [1.0, 1.0])
    # Q = 2, k-1 = 1, sum w - sum w^2/sum w = 2 - 1 = 1  => tau2 = 1; weights 1/2 each
    assert dl.tau2 == pytest.approx(1.0)
    assert dl.mu == pytest.approx(2.0)
    assert dl.se == pytest.approx(1.0)
    assert dl.i2 == pytest.approx(0.5)
    homo = unc.dersimonian_laird([2.0, 2.0, 2.0], [1.0, 2.0, 4.0])
    assert homo.tau2 == 0.0 and homo.i2 == 0.0
    assert homo.se == pytest.approx((1 + 0.5 + 0.25) ** -0.5)


def test_holm_step_down():
    assert unc.holm([0.01, 0.04, 0.03]) == [True, False, False]
    assert unc.holm([0.01, 0.02, 0.04]) == [True, True, True]  # .01<=.0167, .02<=.025, .04<=.05
    assert unc.holm([None, 0.001]) == [None, True]


def test_binomial_two_sided_matches_exact_values():
    assert unc.binom_two_sided(0, 5) == pytest.approx(2 / 32)
    assert unc.binom_two_sided(3, 10) == pytest.approx(0.34375)
    assert unc.binom_two_sided(5, 10) == pytest.approx(1.0)
    assert unc.sign_test([1, 2, 3, -1, 0]) == pytest.approx(unc.binom_two_sided(3, 4))


def test_design_weights_category_family_benchmark():
    u = [unc.Unit(0, None, "math", "competition-math"), unc.Unit(0, None, "math", "competition-math"),
         unc.Unit(0, None, "math", "gpqa"), unc.Unit(0, None, "knowledge", "mmlu-pro")]
    w = unc.design_weights(u)
    assert list(w) == pytest.approx([1 / 2 / 2 / 2, 1 / 2 / 2 / 2, 1 / 2 / 2, 1 / 2])
    assert w.sum() == pytest.approx(1.0)


def test_monte_carlo_without_noise_is_the_point_estimate():
    u = [unc.Unit(2.0, 0.0, "a", "a"), unc.Unit(4.0, 0.0, "b", "b"), unc.Unit(6.0, 0.0, "c", "c")]
    d = unc.monte_carlo(u, draws=500, seed=1)
    assert d.tau2 == 0.0
    assert np.allclose(d.headline_total(), 4.0) and np.allclose(d.headline_sampling(), 4.0)


def test_monte_carlo_sampling_interval_matches_normal_theory():
    u = [unc.Unit(5.0, 4.0, "a", "a")]  # one benchmark, SE 2
    d = unc.monte_carlo(u, draws=20000, seed=3, tau2=0.0)
    lo, hi = unc.interval(d.headline_sampling())
    assert lo == pytest.approx(5 - 1.96 * 2, abs=0.1) and hi == pytest.approx(5 + 1.96 * 2, abs=0.1)


def test_small_category_gets_tau2_noise_and_bootstrap_widens_the_total():
    u = [unc.Unit(d, 1.0, "a", f"f{i}") for i, d in enumerate([0.0, 10.0, 20.0])] + [unc.Unit(5.0, 1.0, "b", "b")]
    d = unc.monte_carlo(u, draws=4000, seed=0)
    assert d.tau2 > 0
    lo_s, hi_s = unc.interval(d.sampling[:, 1])
    lo_t, hi_t = unc.interval(d.total[:, 1])  # category "b" has one benchmark: total adds tau2 noise
    assert (hi_t - lo_t) > 2 * (hi_s - lo_s)
    lo_s, hi_s = unc.interval(d.sampling[:, 0])
    lo_t, hi_t = unc.interval(d.total[:, 0])  # the bootstrap over 3 differing benchmarks widens it
    assert (hi_t - lo_t) > (hi_s - lo_s)


def test_same_seed_same_draws():
    u = [unc.Unit(1.0, 2.0, "a", "a"), unc.Unit(3.0, 1.0, "a", "b")]
    a = unc.monte_carlo(u, draws=1000, seed=9)
    b = unc.monte_carlo(u, draws=1000, seed=9)
    assert np.array_equal(a.total, b.total)


def test_chance_correction_and_binomial_se():
    cat = get_catalog()
    b = cat.benchmarks["gpqa-diamond"]
    s = Score(model="m", model_label="m", key=IdentityKey("gpqa-diamond"), value=55.0)
    nz = normalize_score(s, b)
    assert nz.pp == pytest.approx(100 * (0.55 - 0.25) / 0.75)
    assert nz.se_pp == pytest.approx(100 * math.sqrt(0.55 * 0.45 / 198) / 0.75)
    # a stated n wins over the catalog's
    s2 = s.with_(n_items=50)
    assert normalize_score(s2, b).n == 50
    # unknown n -> unknown SE
    s3 = Score(model="m", model_label="m", key=IdentityKey("c-eval"), value=80.0)
    assert normalize_score(s3, cat.benchmarks["c-eval"]).se_pp is None
    # a rating is not put on the percentage scale
    r = Score(model="m", model_label="m", key=IdentityKey("codeforces"), value=2000, scale="rating")
    assert normalize_score(r, cat.benchmarks["codeforces"]).pp is None
    # 0-10 judge scores and fractions
    a = Score(model="m", model_label="m", key=IdentityKey("alignbench-v1.1"), value=8.5, scale="score10")
    assert normalize_score(a, cat.benchmarks["alignbench-v1.1"]).pp == pytest.approx(85.0)
    f = Score(model="m", model_label="m", key=IdentityKey("mmlu-pro"), value=0.5, scale="fraction")
    assert normalize_score(f, cat.benchmarks["mmlu-pro"]).pp == pytest.approx(100 * 0.4 / 0.9)


def test_empirical_logit():
    assert logit(0.5, 100) == pytest.approx(0.0)
    assert logit(1.0, 30) == pytest.approx(math.log(30.5 / 0.5))


def test_moment_tau2_by_hand():
    # category a: deltas 2 and 6 (mean 4, SS 8, 1 dof); category b: 10, 10, 16 (mean 12, SS 24, 2 dof)
    # known variances 1 and 3 -> mean 2; tau2 = (8 + 24) / 3 - 2
    u = [unc.Unit(2.0, 1.0, "a", "x"), unc.Unit(6.0, None, "a", "y"),
         unc.Unit(10.0, 3.0, "b", "p"), unc.Unit(10.0, None, "b", "q"), unc.Unit(16.0, None, "b", "r")]
    assert unc.moment_tau2(u) == pytest.approx(32 / 3 - 2)
    # singleton categories only: spread around the overall mean (deltas 1 and 5: SS 8, 1 dof)
    assert unc.moment_tau2([unc.Unit(1.0, None, "a", "a"), unc.Unit(5.0, None, "b", "b")]) == pytest.approx(8.0)
    assert unc.moment_tau2([unc.Unit(1.0, None, "a", "a")]) is None


def test_heterogeneity_needs_enough_known_ses_for_dersimonian_laird():
    """Two agreeing benchmarks with unknown SE must not make a category look certain (tau2 = 0): with fewer
    than five known SEs the pooled value of the comparison is used."""
    few = [unc.Unit(5.1, None, "knowledge", "a"), unc.Unit(5.2, None, "knowledge", "b"),
           unc.Unit(-4.0, 0.5, "multilingual", "c")]
    tau2, how = unc.heterogeneity(few, pooled=9.0)
    assert tau2 == 9.0 and "pooled" in how
    tau2, how = unc.heterogeneity(few)
    assert "spread" in how and tau2 == pytest.approx(unc.moment_tau2(few))
    many = [unc.Unit(float(d), 1.0, "a", str(d)) for d in (0, 2, 4, 6, 8)]
    tau2, how = unc.heterogeneity(many, pooled=99.0)
    assert "DerSimonian" in how and tau2 == pytest.approx(unc.dersimonian_laird([0, 2, 4, 6, 8], [1.0] * 5).tau2)
    # pooled over pairs: the k-weighted mean of the DL estimates of the pairs that allow one
    assert unc.pooled_tau2([many, few]) == pytest.approx(unc.dersimonian_laird([0, 2, 4, 6, 8], [1.0] * 5).tau2)
    # none allows DL: k-weighted mean of the moment estimates
    other = [unc.Unit(0.0, None, "a", "a"), unc.Unit(4.0, None, "a", "b")]
    assert unc.pooled_tau2([few, other]) == pytest.approx(
        (unc.moment_tau2(few) * 3 + unc.moment_tau2(other) * 2) / 5)


def test_the_same_score_printed_on_two_scales_is_not_a_re_run():
    from benchlens.analysis.paired import conflicts_of
    from benchlens.records import Provenance

    key = IdentityKey("writingbench", mode="thinking")

    def sc(v, scale, doc):
        return Score(model="m", model_label="M", key=key, value=v, scale=scale,
                     provenance=Provenance(doc_id=doc, title=doc))

    assert conflicts_of("m", key, [sc(79.0, "percent", "a"), sc(7.9, "score10", "b")]) is None
    c = conflicts_of("m", key, [sc(83.1, "percent", "a"), sc(8.09, "score10", "b")])
    assert c is not None and c["spread"] == pytest.approx(2.2) and {v["scale"] for v in c["values"]} == {
        "percent", "score10"}
