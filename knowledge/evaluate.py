"""``briefbot eval``: score the engine on a question set written from the articles.

A question is right when every ``expect`` pattern is in the answer, no ``reject`` pattern is,
it cites at least one of the ``sources`` listed, and it says "not on record" exactly when
``dont_know`` says it should. A ``reject`` hit is counted apart: it is an answer that states
a wrong fact, the wrong person or a role in the wrong direction, the worst kind of miss.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from knowledge import records
from knowledge.answer import Answer
from knowledge.engine import Engine
from knowledge.records import DataError, Fields


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    question: str
    expect: tuple[re.Pattern[str], ...]
    reject: tuple[re.Pattern[str], ...] = ()
    sources: frozenset[str] = frozenset()
    dont_know: bool = False
    previous: str | None = None
    today: date | None = None


@dataclass(frozen=True)
class Result:
    question: Question
    answer: Answer
    problems: tuple[str, ...]
    wrong: bool  # a reject pattern matched

    @property
    def right(self) -> bool:
        return not self.problems


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(r.right for r in self.results) / max(len(self.results), 1)

    @property
    def wrong(self) -> int:
        return sum(r.wrong for r in self.results)

    @property
    def honest(self) -> float:
        """Of the questions the KB cannot answer, the share answered "not on record"."""
        unknown = [r for r in self.results if r.question.dont_know]
        return sum(r.answer.not_on_record for r in unknown) / max(len(unknown), 1)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        kinds: dict[str, list[bool]] = defaultdict(list)
        for result in self.results:
            kinds[result.question.kind].append(result.right)
        return {kind: (sum(rights), len(rights)) for kind, rights in sorted(kinds.items())}


def _patterns(f: Fields, key: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for text in f.texts(key):
        try:
            compiled.append(re.compile(text, re.IGNORECASE))
        except re.error as exc:
            f.fail(f"field '{key}': {text!r} is not a regular expression ({exc})")
    return tuple(compiled)


def _question(f: Fields) -> Question:
    today = f._get("today", (str, date), required=False)
    try:
        day = date.fromisoformat(str(today)) if today is not None else None
    except ValueError:
        f.fail(f"field 'today': {today!r} is not YYYY-MM-DD")
        raise
    dont_know = f.flag("dont_know") if "dont_know" in f.data else False
    return Question(
        id=f.text("id"),
        kind=f.text("kind"),
        question=f.text("question"),
        expect=_patterns(f, "expect"),
        reject=_patterns(f, "reject"),
        sources=frozenset(f.texts("sources")),
        dont_know=dont_know,
        previous=f.optional_text("previous"),
        today=day,
    )


def load(path: Path) -> tuple[date | None, tuple[Question, ...]]:
    """The set's own ``today`` (if any) and its questions, validated."""
    data = records.read_yaml(path)
    questions = records.parse_list(data, path, "questions", "question", _question)
    seen: set[str] = set()
    for question in questions:
        if question.id in seen:
            raise DataError(path, f"question {question.id}", "id used twice")
        seen.add(question.id)
    # `previous` is the earlier question's text, or its id in the same set
    asked = {q.id: q.question for q in questions}
    questions = tuple(
        replace(q, previous=asked.get(q.previous, q.previous)) if q.previous else q
        for q in questions
    )
    today = data.get("today") if isinstance(data, dict) else None
    return (date.fromisoformat(str(today)) if today else None), questions


@dataclass(frozen=True)
class NewArticle:
    """An article a set adds to the seeds before asking: its questions test what the KB
    learns from articles nobody curated."""

    file: Path
    title: str | None
    publisher: str | None
    date: str | None


def articles(path: Path) -> tuple[NewArticle, ...]:
    """The articles a set asks to ingest first (``articles:``, files relative to the set)."""
    data = records.read_yaml(path)
    if not isinstance(data, dict) or data.get("articles") is None:
        return ()
    return records.parse_list(
        data,
        path,
        "articles",
        "article",
        lambda f: NewArticle(
            file=path.parent / f.text("file"),
            title=f.optional_text("title"),
            publisher=f.optional_text("publisher"),
            date=f.optional_text("date"),
        ),
    )


def check(question: Question, answer: Answer) -> Result:
    text = answer.text
    problems = [f"expected /{p.pattern}/" for p in question.expect if not p.search(text)]
    rejected = [f"stated /{p.pattern}/" for p in question.reject if p.search(text)]
    if question.sources and not question.sources & set(answer.sources):
        problems.append(f"cites none of {', '.join(sorted(question.sources))}")
    if question.dont_know and not answer.not_on_record:
        problems.append("should say it is not on record")
    if not question.dont_know and answer.not_on_record:
        problems.append("said it is not on record")
    return Result(question, answer, tuple(problems + rejected), bool(rejected))


def run(
    engine: Engine, questions: Iterable[Question], today: date, reader: str | None = None
) -> Report:
    """``reader``: the askers' own language, as Telegram gives the bot (``language_code``)."""
    report = Report()
    for question in questions:
        day = question.today or today
        context = (
            engine.answer(question.previous, day, reader=reader) if question.previous else None
        )
        answer = engine.answer(question.question, day, context=context, reader=reader)
        report.results.append(check(question, answer))
    return report
