import math

import pytest

from benchlens.records import IdentityKey, Provenance, Score, comparable


def test_identity_key_json_roundtrip_and_equality():
    a = IdentityKey.from_setting("mmlu-pro", {"shots": "5", "mode": "thinking", "extra": {"b": "2", "a": "1"}})
    b = IdentityKey.from_setting("mmlu-pro", {"mode": "thinking", "shots": 5, "extra": {"a": "1", "b": "2"}})
    assert a == b
    assert a.to_json() == b.to_json()
    assert IdentityKey.from_json(a.to_json()) == a
    assert a.setting() == {"mode": "thinking", "shots": 5, "extra": {"a": "1", "b": "2"}}


def test_unknown_setting_names_are_kept_in_extra():
    k = IdentityKey.from_setting("hle", {"context": "discard-all"})
    assert k.extra == (("context", "discard-all"),)
    assert k != IdentityKey("hle")


def test_comparable_requires_equal_keys_and_a_known_benchmark():
    def s(key):
        return Score(model="m", model_label="m", key=key, value=50.0)

    assert comparable(s(IdentityKey("gpqa-diamond", mode="thinking")), s(IdentityKey("gpqa-diamond", mode="thinking")))
    assert not comparable(s(IdentityKey("gpqa-diamond", mode="thinking")), s(IdentityKey("gpqa-diamond")))
    assert not comparable(s(IdentityKey("?GPQA")), s(IdentityKey("?GPQA")))


@pytest.mark.parametrize("bad", [math.nan, math.inf, "12"])
def test_score_value_must_be_a_finite_number(bad):
    with pytest.raises((TypeError, ValueError)):
        Score(model=None, model_label="x", key=IdentityKey("mmlu"), value=bad)


def test_score_dict_roundtrip_keeps_provenance():
    s = Score(model="qwen3-8b", model_label="Qwen3-8B", key=IdentityKey("mmlu-redux", mode="thinking"), value=87.5,
              benchmark_label="MMLU-Redux", first_party=True, value_text="87.5",
              provenance=Provenance(source_kind="report", title="T", url="u", table=3, row=4, col=5, line=99,
                                    publisher="alibaba-qwen", doc_id="abc"))
    back = Score.from_dict(s.to_dict())
    assert back.key == s.key and back.value == s.value and back.first_party is True
    assert (back.provenance.table, back.provenance.row, back.provenance.col, back.provenance.line) == (3, 4, 5, 99)
    assert back.provenance.publisher == "alibaba-qwen"
