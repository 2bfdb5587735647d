"""Task files are validated line by line before anything is sent; each scorer does what it says."""

from __future__ import annotations

import json

import pytest

from benchlens.errors import InputError
from benchlens.evals.scorers import (
    extract_choice,
    extract_number,
    parse_judge,
    parse_spec,
    score_response,
    split_reasoning,
)
from benchlens.evals.tasks import scan

from .conftest import write_jsonl


def test_jsonl_items_stream_with_defaults(tmp_path):
    f = write_jsonl(tmp_path / "t.jsonl", [
        {"id": 1, "prompt": "2+2?", "answer": 4, "scorer": "number", "category": "math"},
        {"id": "b", "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}],
         "answer": "hello", "weight": 2, "source": "mine"},
        {"id": "c", "prompt": "Capital?", "system": "Answer in one word.", "answer": ["Paris", "paris, france"]},
    ])
    tf = scan(f)
    assert tf.n_items == 3 and tf.format == "jsonl"
    assert tf.categories == {"math": 1, "": 2}
    items = list(tf.items())
    assert items[0].id == "1" and items[0].scorer.name == "number" and items[0].messages[-1]["content"] == "2+2?"
    assert items[1].weight == 2.0 and items[1].metadata == {"source": "mine"}
    assert items[2].messages[0] == {"role": "system", "content": "Answer in one word."}
    assert items[1].line == 2


def test_small_files_are_kept_from_the_scan_and_large_ones_streamed(tmp_path, monkeypatch):
    import benchlens.evals.tasks as tasks_mod

    rows = [{"id": i, "prompt": f"q{i}", "answer": str(i), **({"scorer": "number"} if i % 2 else {})}
            for i in range(7)]
    f = write_jsonl(tmp_path / "t.jsonl", rows)
    small = scan(f)
    assert small.kept is not None and len(small.kept) == 7
    monkeypatch.setattr(tasks_mod, "KEEP_ITEMS", 3)
    large = scan(f)
    assert large.kept is None
    assert list(small.items()) == list(large.items())  # the same items, from memory or from the file
    assert [i.scorer.name for i in large.items()] == ["normalized", "number"] * 3 + ["normalized"]


def test_one_encoding_gives_the_same_key_and_body():
    from benchlens.evals.client import encode_body
    from benchlens.evals.runner import keyed_request, request_key

    cases = [
        ("http://h/v1", "m", [{"role": "user", "content": 'h\u00e9llo "x" \u2028'}],
         {"temperature": 0.0, "max_tokens": 5, "chat_template_kwargs": {"enable_thinking": False}}, 3),
        ("u", "m", [{"role": "system", "content": "s"}, {"role": "user", "content": [{"type": "text", "text": "t"}]}],
         {}, 0),
        ("u", "m", [{"role": "user", "content": "x"}], {"model": "other"}, 1),  # a parameter overriding the model
    ]
    for c in cases:
        key, body = keyed_request(*c)
        assert key == request_key(*c)
        assert json.loads(body) == json.loads(encode_body(c[1], c[2], c[3]))


@pytest.mark.parametrize("bad, msg", [
    ({"prompt": "x", "answer": "y"}, "missing 'id'"),
    ({"id": 2, "answer": "y"}, "missing 'prompt'"),
    ({"id": 2, "prompt": "x", "messages": [{"role": "user", "content": "x"}], "answer": "y"}, "not both"),
    ({"id": 2, "prompt": "x"}, "needs an 'answer'"),
    ({"id": 2, "prompt": "x", "answer": "y", "scorer": "fuzzy"}, "unknown scorer 'fuzzy'"),
    ({"id": 2, "prompt": "x", "answer": "abc", "scorer": "number"}, "is not a number"),
    ({"id": 2, "prompt": "x", "answer": "(", "scorer": "regex"}, "not a valid regex"),
    ({"id": 2, "prompt": "x", "answer": "E", "scorer": "choice", "choices": ["a", "b"]}, "not a choice letter"),
    ({"id": 2, "prompt": "x", "answer": "y", "weight": -1}, "positive number"),
    ({"id": 2, "prompt": "x", "scorer": "json", "schema": {"type": "nope"}}, "not a valid JSON Schema"),
    ({"id": 2, "prompt": "x", "answer": "y", "scorer": "python:mymod:fn"}, "--allow-code"),
    ({"id": 2, "messages": [{"role": "wizard", "content": "x"}], "answer": "y"}, "unknown role"),
    ({"id": 1, "prompt": "x", "answer": "y"}, "duplicate id '1'"),
])
def test_bad_line_is_reported_with_its_number(tmp_path, bad, msg):
    f = write_jsonl(tmp_path / "t.jsonl", [{"id": 1, "prompt": "ok", "answer": "ok"}, bad])
    with pytest.raises(InputError) as ei:
        scan(f)
    text = str(ei.value)
    assert "(line 2)" in text and msg in text and "nothing was sent" in text


def test_several_problems_are_listed(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text('{"id": 1, "prompt": "a", "answer": "b"}\nnot json\n\n{"id": 1, "prompt": "a", "answer": "b"}\n')
    with pytest.raises(InputError) as ei:
        scan(f)
    assert "line 2" in str(ei.value) and "not valid JSON" in str(ei.value) and "line 4: duplicate id" in str(ei.value)


def test_csv_and_yaml_formats(tmp_path):
    c = tmp_path / "t.csv"
    c.write_text('id,prompt,answer,scorer,tolerance,category,note\n'
                 'a,"What is 1/4, as a decimal?",0.25,number,0.001,math,hello\n'
                 'b,"multi\nline prompt",yes,,,misc,\n', encoding="utf-8")
    tf = scan(c)
    items = list(tf.items())
    assert [i.id for i in items] == ["a", "b"]
    assert items[0].scorer.options["tolerance"] == 0.001 and items[0].metadata == {"note": "hello"}
    assert items[1].messages[0]["content"] == "multi\nline prompt" and items[1].line == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("id,prompt,answer\na,x,1\nb,y,2,extra\n")
    with pytest.raises(InputError, match=r"line 3"):
        scan(bad)
    y = tmp_path / "t.yaml"
    y.write_text("- id: one\n  prompt: Capital of France?\n  answer: Paris\n- id: two\n  prompt: x\n  answer: [\n")
    with pytest.raises(InputError, match=r"not valid YAML"):
        scan(y)
    y.write_text("items:\n  - id: one\n    prompt: Capital of France?\n    answer: Paris\n"
                 "  - id: two\n    prompt: Pick\n    answer: B\n    scorer: choice\n    choices: [x, y]\n"
                 "  - id: three\n    prompt: p\n")
    with pytest.raises(InputError, match=r"\(line 10\): scorer 'normalized' needs an 'answer'"):
        scan(y)


def test_python_scorer_needs_allow_code_and_runs(tmp_path, monkeypatch):
    (tmp_path / "myscorer.py").write_text(
        "def grade(response, item):\n    return {'score': 0.5 if 'maybe' in response else 1.0, 'detail': item['id']}\n"
        "def boom(response, item):\n    raise RuntimeError('no')\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    f = write_jsonl(tmp_path / "t.jsonl", [{"id": "p", "prompt": "x", "scorer": "python:myscorer:grade"}])
    with pytest.raises(InputError, match="--allow-code"):
        scan(f)
    item = next(scan(f, allow_code=True).items())
    out = score_response(item.scorer, "maybe", None, item.as_dict())
    assert out.score == 0.5 and out.passed is None and out.detail == "p"
    boom = parse_spec("python:myscorer:boom", allow_code=True)
    out = score_response(boom, "x", None, {})
    assert out.score is None and "raised RuntimeError" in out.error
    with pytest.raises(ValueError, match="has no function"):
        parse_spec("python:myscorer:nope", allow_code=True)


@pytest.mark.parametrize("scorer, response, answer, options, passed", [
    ("normalized", "The Answer: Paris.", "paris", {}, True),
    ("normalized", "The capital of France is Paris.", "Paris", {}, False),
    ("normalized", "Reasoning...\n\\boxed{The Eiffel}", "eiffel", {}, True),
    ("exact", " Paris ", "Paris", {}, True),
    ("exact", "paris", "Paris", {}, False),
    ("contains", "I think it's PARIS, France.", "paris", {}, True),
    ("contains", "Parisian food", "paris", {}, False),
    ("regex", "order #12345 placed", r"#\d{5}\b", {}, True),
    ("regex", "ID: abc", "", {"pattern": r"^id:", "flags": "i"}, True),
    ("number", "Total: $1,234.50", 1234.5, {}, True),
    ("number", "so x = 3/4", "0.75", {}, True),
    ("number", "The answer is 10. (I checked 12 twice)", 10, {}, True),
    ("number", "about 3.14", 3.14159, {"tolerance": 0.01}, True),
    ("number", "about 3.14", 3.14159, {}, False),
    ("number", "105", 100, {"rel_tolerance": 0.05}, True),
    ("choice", "Let me think... The answer is (C).", "C", {}, True),
    ("choice", "**Answer: B**", "b", {}, True),
    ("choice", "B", "B", {}, True),
    ("choice", "I pick Lyon.", "B", {"choices": ["Paris", "Lyon", "Nice"]}, True),
    ("choice", "no idea", "A", {}, False),
    ("json", '```json\n{"a": 1}\n```', None, {}, True),
    ("json", "{bad", None, {}, False),
    ("json", 'Here: {"a": 1, "b": [2]} done', '{"b": [2], "a": 1}', {}, True),
    ("json", '{"a": "x"}', None, {"schema": {"type": "object", "properties": {"a": {"type": "integer"}}}}, False),
])
def test_scorers(scorer, response, answer, options, passed):
    spec = parse_spec(scorer, options)
    out = score_response(spec, response, answer)
    assert out.passed is passed, out
    assert out.score == (1.0 if passed else 0.0)


def test_extractors():
    assert extract_number("no digits") is None
    assert extract_number("−5 degrees") == -5
    assert extract_choice("A) first\nB) second", None) == "B" or extract_choice("A) first", None) == "A"
    assert extract_choice("The correct option is D", {"A": "x", "B": "y"}) is None


def test_reasoning_is_removed_before_scoring():
    assert split_reasoning("<think>maybe 41?</think>\n42") == ("42", "maybe 41?", False)
    assert split_reasoning("opened in the template</think>The answer: 7") == ("The answer: 7", "opened in the template", False)
    answer, reasoning, truncated = split_reasoning("<think>long thoughts that never end")
    assert answer == "" and truncated and reasoning == "long thoughts that never end"
    assert split_reasoning("<THINKING>a</THINKING>b<think>c</think>d") == ("bd", "a\n\nc", False)
    spec = parse_spec("normalized")
    # IFEval-style failure in peers: the thought mentions the wrong answer; only the answer counts
    answer, _, _ = split_reasoning("<think>Is it Lyon? No.</think>Paris")
    assert score_response(spec, answer, "Paris").passed


def test_judge_parsing():
    assert parse_judge("Looks right.\nVERDICT: PASS").passed is True
    assert parse_judge("verdict: fail").passed is False
    assert parse_judge("SCORE: 7", scale=10).score == 0.7
    assert parse_judge("I refuse").error
    assert parse_judge("SCORE: 12", scale=10).error


def test_task_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such task file"):
        scan(tmp_path / "missing.jsonl")
    f = tmp_path / "t.txt"
    f.write_text("x")
    with pytest.raises(InputError, match="cannot tell the task format"):
        scan(f)
    e = tmp_path / "e.jsonl"
    e.write_text("\n\n")
    with pytest.raises(InputError, match="no items"):
        scan(e)
    j = tmp_path / "arr.json"
    j.write_text(json.dumps([{"id": 1, "prompt": "a", "answer": "b"}]))
    assert scan(j).n_items == 1


def test_duplicate_ids_are_found_by_hash_and_confirmed_by_the_ids_themselves(tmp_path):
    from array import array

    from benchlens.evals.tasks import _duplicates

    rows = [{"id": f"q{i}", "prompt": "p", "answer": "a"} for i in range(4)] + [{"id": "q2", "prompt": "p", "answer": "a"}]
    f = write_jsonl(tmp_path / "t.jsonl", rows)
    assert _duplicates(f, "jsonl", array("q", [hash(r["id"]) for r in rows]), "normalized", False) == [
        (5, "duplicate id 'q2'")]
    # every hash equal (a collision forced for all ids): the ids themselves decide
    assert _duplicates(f, "jsonl", array("q", [7] * 5), "normalized", False, hasher=lambda s: 7) == [
        (5, "duplicate id 'q2'")]
    assert _duplicates(f, "jsonl", array("q", [1, 2, 3, 4, 5]), "normalized", False) == []
    with pytest.raises(InputError) as ei:
        scan(f)
    assert "(line 5)" in str(ei.value) and "duplicate id 'q2'" in str(ei.value)
