"""The paired comparison against hand computations, and its properties."""

import json

import pytest

import benchlens as bl
from benchlens.analysis.models import select
from benchlens.analysis.pairing import pair_models
from benchlens.catalog import get_catalog
from tests.conftest import write

CSV = """model,benchmark,value,mode,generation,params,arch
foo1-7b,MMLU-Pro,50,thinking,foo1,7,dense
foo1-7b,C-Eval,70,thinking,foo1,7,dense
foo1-7b,GPQA Diamond,40,thinking,foo1,7,dense
foo1-7b,AIME 2025,20,thinking,foo1,7,dense
foo1-7b,AIME 2024,30,thinking,foo1,7,dense
foo1-7b,IFEval,80,thinking,foo1,7,dense
foo1-7b,CodeForces,1500,thinking,foo1,7,dense
foo1-7b,LiveBench 2024-11-25,60,thinking,foo1,7,dense
foo2-8b,MMLU-Pro,59,thinking,foo2,8,dense
foo2-8b,C-Eval,73,thinking,foo2,8,dense
foo2-8b,GPQA-Diamond,55,thinking,foo2,8,dense
foo2-8b,AIME25,30,thinking,foo2,8,dense
foo2-8b,AIME 2024,50,thinking,foo2,8,dense
foo2-8b,IFEval,84,thinking,foo2,8,dense
foo2-8b,CodeForces,1700,thinking,foo2,8,dense
foo2-8b,HLE,20,thinking,foo2,8,dense
"""


@pytest.fixture
def two_gens(tmp_path, db):
    bl.open_store(db, seed=False).close()
    bl.import_csv(write(tmp_path / "gens.csv", CSV), db=db)
    return db


def _pair(comp):
    assert len(comp.pairs) == 1
    return comp.pairs[0].to_dict()


def test_hand_computed_categories_and_headline(two_gens):
    d = _pair(bl.compare("foo1", "foo2", db=two_gens, mode="thinking", draws=2000))
    assert (d["new"], d["old"], d["mode"]) == ("foo2-8b", "foo1-7b", "thinking")
    by = {b["benchmark"]: b for b in d["benchmarks"]}
    assert by["mmlu-pro"]["delta"] == pytest.approx((59 - 50) / 0.9)  # chance 0.10
    assert by["c-eval"]["delta"] == pytest.approx((73 - 70) / 0.75)  # chance 0.25
    assert by["gpqa-diamond"]["delta"] == pytest.approx(20.0)
    assert by["aime-2025"]["delta"] == pytest.approx(10.0) and by["aime-2024"]["delta"] == pytest.approx(20.0)
    # the rating enters only the log-odds variant
    assert by["codeforces"]["delta"] is None
    assert by["codeforces"]["logit_delta"] == pytest.approx(200 * 2.302585093 / 400)
    cats = d["categories"]
    assert cats["knowledge"]["delta"] == pytest.approx((10 + 4) / 2)
    assert cats["math"]["delta"] == pytest.approx((20 + (10 + 20) / 2) / 2)  # families weigh equally
    assert cats["instruction"]["delta"] == pytest.approx(4.0)
    assert "coding" not in cats
    assert d["headline"]["delta"] == pytest.approx((7 + 17.5 + 4) / 3)
    # binomial SE of GPQA Diamond (n=198), chance-corrected
    se = ((0.55 * 0.45 / 198) ** 0.5 / 0.75 * 100) ** 2 + ((0.40 * 0.60 / 198) ** 0.5 / 0.75 * 100) ** 2
    assert by["gpqa-diamond"]["se"] == pytest.approx(se ** 0.5)
    # unknown n: unknown SE, flagged
    assert by["c-eval"]["se"] is None and "unknown SE" in by["c-eval"]["flags"]
    # the spreadsheet average over whatever each reports (raw points, ratings left out)
    assert d["naive"]["overall"]["new"] == pytest.approx((59 + 73 + 55 + 30 + 50 + 84 + 20) / 7)
    assert d["naive"]["overall"]["old"] == pytest.approx((50 + 70 + 40 + 20 + 30 + 80 + 60) / 7)
    audit = d["audit"]
    assert [x["benchmark"] for x in audit["dropped"]] == ["livebench-2024-11-25"]
    assert [x["benchmark"] for x in audit["added"]] == ["hle"]
    assert audit["jaccard"] == pytest.approx(7 / 9)


def test_swapping_old_and_new_negates_every_delta(two_gens):
    a = _pair(bl.compare("foo1", "foo2", db=two_gens, mode="thinking", draws=2000, pairs={"foo2-8b": "foo1-7b"}))
    b = _pair(bl.compare("foo2", "foo1", db=two_gens, mode="thinking", draws=2000, pairs={"foo1-7b": "foo2-8b"}))
    da = {x["benchmark"]: x for x in a["benchmarks"]}
    db_ = {x["benchmark"]: x for x in b["benchmarks"]}
    for k in da:
        if da[k]["delta"] is not None:
            assert db_[k]["delta"] == pytest.approx(-da[k]["delta"])
        assert db_[k]["logit_delta"] == pytest.approx(-da[k]["logit_delta"])
    for c in a["categories"]:
        assert b["categories"][c]["delta"] == pytest.approx(-a["categories"][c]["delta"])
    assert b["headline"]["delta"] == pytest.approx(-a["headline"]["delta"])


def test_one_sided_benchmark_changes_no_paired_number(tmp_path, db):
    bl.open_store(db, seed=False).close()
    bl.import_csv(write(tmp_path / "a.csv", CSV), db=db)
    before = _pair(bl.compare("foo1", "foo2", db=db, mode="thinking", draws=2000))
    bl.import_csv(write(tmp_path / "b.csv", "model,benchmark,value,mode\nfoo2-8b,SWE-bench Verified,40,thinking\n"),
                  db=db)
    after = _pair(bl.compare("foo1", "foo2", db=db, mode="thinking", draws=2000))
    assert after["headline"] == before["headline"] and after["categories"] == before["categories"]
    assert "swe-bench-verified" in [x["benchmark"] for x in after["audit"]["added"]]


def test_same_seed_same_numbers_and_seed_matters(two_gens):
    a = _pair(bl.compare("foo1", "foo2", db=two_gens, mode="thinking", draws=2000, seed=7))
    b = _pair(bl.compare("foo1", "foo2", db=two_gens, mode="thinking", draws=2000, seed=7))
    c = _pair(bl.compare("foo1", "foo2", db=two_gens, mode="thinking", draws=2000, seed=8))
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert a["headline"]["ci_total"] != c["headline"]["ci_total"]


def test_headline_needs_three_categories_and_six_benchmarks(tmp_path, db):
    bl.open_store(db, seed=False).close()
    small = "model,benchmark,value,mode,generation,params\n" + "\n".join(
        f"{m},{b},{v},thinking,{g},{p}" for m, g, p, vals in [("a-7b", "ga", 7, (50, 60)), ("b-7b", "gb", 7, (55, 61))]
        for b, v in zip(("MMLU-Pro", "IFEval"), vals, strict=True)) + "\n"
    bl.import_csv(write(tmp_path / "s.csv", small), db=db)
    d = _pair(bl.compare("ga", "gb", db=db, mode="thinking", draws=1000))
    assert d["headline"] is None
    assert "needs at least 6" in d["headline_reason"]
    assert set(d["categories"]) == {"knowledge", "instruction"}


def test_qwen_pairing_rule():
    cat = get_catalog()
    _, new = select("qwen3.5", cat)
    _, old = select("qwen3", cat)
    pairs = {(p.new.id, p.mode): p.old.id for p in pair_models(new, old)}
    assert pairs[("qwen3.5-0.8b", "thinking")] == "qwen3-0.6b"
    assert pairs[("qwen3.5-2b", "thinking")] == "qwen3-1.7b"
    assert pairs[("qwen3.5-9b", "thinking")] == "qwen3-8b"
    assert pairs[("qwen3.5-27b", "thinking")] == "qwen3-32b"
    # same size: the latest revision that runs in that mode
    assert pairs[("qwen3.5-4b", "thinking")] == "qwen3-4b-thinking-2507"
    assert pairs[("qwen3.5-4b", "non-thinking")] == "qwen3-4b-instruct-2507"
    assert pairs[("qwen3.5-35b-a3b", "thinking")] == "qwen3-30b-a3b-thinking-2507"
    # MoE with MoE, nearest in (log total, log active)
    assert pairs[("qwen3.5-122b-a10b", "thinking")] == "qwen3-235b-a22b-thinking-2507"
    assert pairs[("qwen3.5-397b-a17b", "thinking")] == "qwen3-235b-a22b-thinking-2507"
    # an override wins
    over = {(p.new.id, p.mode): p.old.id for p in pair_models(new, old, overrides={"qwen3.5-27b": "qwen3-14b"})}
    assert over[("qwen3.5-27b", "thinking")] == "qwen3-14b"


def test_headline_qwen_comparison_from_shipped_data(db):
    comp = bl.compare("qwen3", "qwen3.5", db=db, draws=2000)
    pairs = {(p.pair.new.id, p.pair.mode) for p in comp.pairs}
    assert ("qwen3.5-27b", "thinking") in pairs and ("qwen3.5-2b", "non-thinking") in pairs
    for p in comp.pairs:
        d = p.to_dict()
        for b in d["benchmarks"]:
            # every paired number names both documents it rests on
            assert b["new_source"]["document"] and b["old_source"]["document"]


def test_an_alias_spelled_two_ways_is_counted_once(tmp_path, db):
    bl.open_store(db, seed=False).close()
    rows = CSV + "foo2-8b,MMLU Pro,59,thinking,foo2,8,dense\nfoo1-7b,mmlu_pro,50,thinking,foo1,7,dense\n"
    bl.import_csv(write(tmp_path / "dup.csv", rows), db=db)
    d = _pair(bl.compare("foo1", "foo2", db=db, mode="thinking", draws=1000))
    assert [b["benchmark"] for b in d["benchmarks"]].count("mmlu-pro") == 1
    assert d["categories"]["knowledge"]["n_benchmarks"] == 2


SUBSETS = """model,benchmark,value,mode,generation,params,arch,subset
foo1-7b,MMLU-Pro,50,thinking,foo1,7,dense,
foo1-7b,IFEval,80,thinking,foo1,7,dense,
foo1-7b,MGSM,60,thinking,foo1,7,dense,
foo1-7b,MGSM,40,thinking,foo1,7,dense,es
foo1-7b,MGSM,50,thinking,foo1,7,dense,fr
foo1-7b,INCLUDE,30,thinking,foo1,7,dense,es
foo1-7b,INCLUDE,50,thinking,foo1,7,dense,fr
foo2-8b,MMLU-Pro,59,thinking,foo2,8,dense,
foo2-8b,IFEval,84,thinking,foo2,8,dense,
foo2-8b,MGSM,70,thinking,foo2,8,dense,
"""


def test_naive_average_counts_each_benchmark_once(tmp_path, db):
    """A per-language appendix is not a dozen benchmarks in the spreadsheet average: subsets count through
    the overall score (MGSM 60), or through their mean when there is none (INCLUDE (30+50)/2)."""
    bl.open_store(db, seed=False).close()
    bl.import_csv(write(tmp_path / "s.csv", SUBSETS), db=db)
    d = _pair(bl.compare("foo1", "foo2", db=db, mode="thinking", draws=500))
    old = d["naive"]["overall"]
    assert old["n_old"] == 4
    assert old["old"] == pytest.approx((50 + 80 + 60 + 40) / 4)
    assert old["new"] == pytest.approx((59 + 84 + 70) / 3)
