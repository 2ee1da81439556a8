"""One event reported by two articles stays one event; disagreeing sources are both kept."""

from datetime import date

from knowledge.engine import Engine
from knowledge.model import KnowledgeBase, Status


def test_the_karachi_forum_is_one_event_with_two_sources(kb: KnowledgeBase) -> None:
    forums = [e for e in kb.curated.events if "Karachi" in e.name and e.kind == "forum"]
    assert len(forums) == 1
    assert set(forums[0].sources) == {"002_9dc1b02c6a8ded7f", "003_aee69fe055a80300"}
    contracts = next(f for f in kb.curated.figures if f.id == "karachi-forum-contracts")
    assert contracts.value == 200_000_000
    assert contracts.unit == "USD"
    assert contracts.event == forums[0].id
    assert set(contracts.sources) == {"002_9dc1b02c6a8ded7f", "003_aee69fe055a80300"}


def test_the_200_million_is_cited_to_both_articles(engine: Engine) -> None:
    answer = engine.answer("trade figures", date(2026, 11, 22))
    line = next(b for b in answer.bullets if "USD 200 million" in b)
    numbers = {c.source: c.number for c in answer.citations}
    assert f"[{numbers['002_9dc1b02c6a8ded7f']}]" in line
    assert f"[{numbers['003_aee69fe055a80300']}]" in line


def test_a_reported_visit_keeps_its_announced_date_apart(kb: KnowledgeBase) -> None:
    visit = kb.event_by_id["tokayev-state-visit-2025-11"]
    planned = [r for r in visit.reports if r.status is Status.PLANNED]
    happened = [r for r in visit.reports if r.status is Status.TOOK_PLACE]
    assert [r.date.iso() for r in planned if r.date] == ["2025-11"]
    assert [r.date for r in happened] == [None]  # 004 does not date it


def test_when_relations_began_shows_both_claims_with_their_sources(engine: Engine) -> None:
    answer = engine.answer("history of relations", date(2026, 11, 22))
    line = answer.bullets[0]
    assert line.startswith("The sources differ:")
    assert "since 1992" in line
    assert "35-year relationship" in line
    numbers = {c.source: c.number for c in answer.citations}
    assert f"[{numbers['000_28a4f01e0b9fa714']}]" in line
    assert f"[{numbers['003_aee69fe055a80300']}]" in line


def test_a_direct_answer_shows_a_source_that_says_otherwise(engine: Engine) -> None:
    """Asked directly, not through the history card: the statement that answers, and the
    other source's differing claim beside it, never one picked silently."""
    answer = engine.answer(
        "since when do pakistan and kazakhstan have diplomatic relations?", date(2026, 11, 22)
    )
    assert "since 1992" in answer.lead
    assert any(b.startswith("Another source differs:") and "35-year" in b for b in answer.bullets)
    assert {"000_28a4f01e0b9fa714", "003_aee69fe055a80300"} <= set(answer.sources)
