"""CSV import: required columns, line-numbered errors, whole-file rejection, idempotence, round trip."""

import io

import pytest

import benchlens as bl
from benchlens.errors import InputError
from benchlens.formats.records_csv import read_records_csv, write_records_csv
from tests.conftest import write


def test_import_and_reimport(tmp_path, db):
    bl.open_store(db, seed=False).close()
    f = write(tmp_path / "s.csv", "model,benchmark,value,mode\nqwen3-8b,MMLU-Pro,70.1,thinking\n"
                                  "Qwen3-8B,GPQA Diamond,60,thinking\n")
    s1 = bl.import_csv(f, db=db)
    s2 = bl.import_csv(f, db=db)
    assert (s1.added, s1.skipped) == (2, False)
    assert (s2.added, s2.skipped) == (0, True)
    df = bl.scores(db=db, model="qwen3-8b")
    assert sorted(df["benchmark"]) == ["gpqa-diamond", "mmlu-pro"]


@pytest.mark.parametrize("text, where, what", [
    ("model,benchmark\nx,y\n", "line 1", "missing required column"),
    ("model,benchmark,value\nqwen3-8b,mmlu-pro,70\nqwen3-8b,mmlu,abc\n", "line 3", "not a number"),
    ("model,benchmark,value,mode\nqwen3-8b,mmlu-pro,70,sleepy\n", "line 2", "mode"),
    ("model,benchmark,value\nqwen3-8b,,70\n", "line 2", "'benchmark' is empty"),
    ("model,benchmark,value,shots\nqwen3-8b,mmlu,70,five\n", "line 2", "whole number"),
    ("model,benchmark,value,n_items\nqwen3-8b,mmlu,70,-3\n", "line 2", "positive"),
    ("model,benchmark,value\nqwen3-8b,mmlu,70,extra,fields\n", "line 2", "fields"),
])
def test_bad_rows_are_reported_with_line_numbers(tmp_path, text, where, what):
    f = write(tmp_path / "bad.csv", text)
    with pytest.raises(InputError) as e:
        read_records_csv(f)
    assert where in str(e.value) and what in str(e.value) and "bad.csv" in str(e.value)


def test_bad_file_is_rejected_whole(tmp_path, db):
    bl.open_store(db, seed=False).close()
    f = write(tmp_path / "bad.csv", "model,benchmark,value\nqwen3-8b,mmlu-pro,70\nqwen3-8b,mmlu,oops\n")
    with pytest.raises(InputError):
        bl.import_csv(f, db=db)
    assert len(bl.scores(db=db)) == 0


def test_unreadable_and_empty_files(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_records_csv(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="empty"):
        read_records_csv(write(tmp_path / "e.csv", ""))


def test_unknown_models_and_benchmarks_are_kept_and_reported(tmp_path):
    f = write(tmp_path / "u.csv", "model,benchmark,value\nmy-finetune,MMLU-Pro,70\nqwen3-8b,my internal eval,55\n")
    imp = read_records_csv(f)
    assert imp.unresolved_models == ["my-finetune"]
    assert imp.unresolved_benchmarks == ["my internal eval"]
    assert imp.scores[0].model is None and imp.scores[0].model_label == "my-finetune"
    assert imp.scores[1].benchmark is None


def test_export_import_roundtrip(tmp_path):
    f = write(tmp_path / "r.csv", "model,benchmark,value,mode,shots,n_items,stderr,first_party\n"
                                  "qwen3-8b,MMLU-Pro (5-shot),70.1,thinking,,12032,0.4,true\n"
                                  "qwen3-8b,AIME 2024 cons@64,80,thinking,,,,false\n")
    first = read_records_csv(f).scores
    buf = io.StringIO()
    write_records_csv(first, buf)
    again = read_records_csv(write(tmp_path / "r2.csv", buf.getvalue())).scores
    assert [(s.model, s.key, s.value, s.n_items, s.stderr, s.first_party) for s in first] == \
           [(s.model, s.key, s.value, s.n_items, s.stderr, s.first_party) for s in again]
    assert first[0].key.shots == 5 and first[1].key.k == "cons@64"
