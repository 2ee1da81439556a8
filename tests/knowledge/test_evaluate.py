"""``briefbot eval``: question sets scored by kind, with a threshold for CI-style use."""

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from knowledge import evaluate
from knowledge.engine import Engine
from tests.knowledge.test_cli import briefbot

EVAL = Path(__file__).parent.parent / "eval"
SET = """
today: 2026-12-01
questions:
  - id: q1
    kind: detail
    question: what did Kistafin and Abdul Aleem Khan discuss?
    expect: ['direct flights']
    sources: ['000_28a4f01e0b9fa714']
  - id: q2
    kind: unknown-name
    question: who is Nurlan Kistafin
    reject: ['Ambassador to Pakistan']
    dont_know: true
  - id: q3
    kind: follow-up
    previous: what did karabayev and aleem khan talk about
    question: when was that?
    expect: ['April 2025']
"""


def test_a_set_that_the_engine_answers_scores_full_marks(tmp_path: Path) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text(SET, encoding="utf-8")
    result = briefbot("eval", str(questions), "--min", "1.0")
    assert result.returncode == 0, result.stdout.decode()
    out = result.stdout.decode()
    assert re.search(r"^detail\s+1/1\s+100%$", out, re.M)
    assert re.search(r"^all\s+3/3\s+100%", out, re.M)
    assert "wrong facts stated 0" in out


def test_a_failure_is_shown_and_the_threshold_fails_the_run(tmp_path: Path) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text(SET.replace("['direct flights']", "['a fact no article has']"))
    result = briefbot("eval", str(questions), "--min", "0.9", "--verbose")
    assert result.returncode == 1
    out = result.stdout.decode()
    assert "FAIL q1 [detail] what did Kistafin and Abdul Aleem Khan discuss?" in out
    assert "expected /a fact no article has/" in out
    assert re.search(r"^all\s+2/3\s+67%", out, re.M)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("expect: ['April 2025']", "expect: ['(unclosed']"), "question q3: field 'expect'"),
        (("id: q2", "id: q1"), "question q1: id used twice"),
        (("    question: who is Nurlan Kistafin\n", ""), "required field 'question'"),
        (("questions:", "questionz:"), "required field 'questions' is missing"),
    ],
)
def test_a_bad_set_is_named_in_one_line(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text(SET.replace(*change), encoding="utf-8")
    result = briefbot("eval", str(questions))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("\n") == 1
    assert str(questions) in err
    assert problem in err


def test_a_wrong_fact_is_counted_apart(engine: Engine, tmp_path: Path) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text(SET.replace("reject: ['Ambassador to Pakistan']", "reject: ['Nurlan']"))
    today, loaded = evaluate.load(questions)
    assert today is not None
    report = evaluate.run(engine, loaded, today)
    assert report.wrong == 1  # the answer names the unknown name it does not know
    assert report.honest == 1.0


def _sets(pattern: str) -> list[evaluate.Question]:
    return [q for path in sorted(EVAL.glob(pattern)) for q in evaluate.load(path)[1]]


def test_the_shipped_sets_cover_every_kind_with_a_third_held_out() -> None:
    tuning, held_out = _sets("tuning*.yaml"), _sets("heldout*.yaml")
    assert len(tuning) + len(held_out) >= 300
    assert len(held_out) * 3 >= len(tuning + held_out) - 5  # about a third
    kinds = {"detail", "yesno", "number", "date", "where", "who-role", "compare", "period"}
    kinds |= {"unknown-name", "follow-up", "small-talk", "out-of-scope", "paraphrase", "typo"}
    for questions in (tuning, held_out):
        assert kinds <= set(Counter(q.kind for q in questions))


def test_the_tuning_sets_stay_answered(engine: Engine) -> None:
    """A guard against regressions while the engine changes; the held-out sets are scored
    only by hand (``briefbot eval tests/eval/heldout.yaml``), so nobody tunes to them."""
    report = evaluate.run(engine, _sets("tuning*.yaml"), date(2026, 12, 1))
    assert report.score >= 0.8
    assert report.honest >= 0.85


def test_a_previous_question_may_be_named_by_its_id(tmp_path: Path) -> None:
    """Writers name the question a follow-up leans on by its text or by its id in the set."""
    path = tmp_path / "set.yaml"
    path.write_text(
        "questions:\n"
        "  - id: a1\n    kind: who-role\n    question: who is the kazakh ambassador?\n"
        "    expect: [Kistafin]\n"
        "  - id: a2\n    kind: follow-up\n    previous: a1\n    question: who else was there?\n"
        "    expect: [Khan]\n",
        encoding="utf-8",
    )
    _, questions = evaluate.load(path)
    assert questions[1].previous == "who is the kazakh ambassador?"
