""" "Upcoming" and "recent" are relative to the day asked; dates keep their precision."""

from datetime import date, timedelta

import pytest

from knowledge.engine import Engine
from knowledge.model import KnowledgeBase
from knowledge.timeline import Timeline

STATE_VISIT = "President Tokayev's state visit to Pakistan"


def test_before_the_state_visit_it_is_upcoming_in_november_2025(engine: Engine) -> None:
    answer = engine.answer("upcoming visits", date(2025, 10, 15))
    assert answer.lead == "Coming up, as of 15 October 2025:"
    assert f"{STATE_VISIT} — planned for November 2025" in answer.bullets[0]
    assert answer.sources[0] == "002_9dc1b02c6a8ded7f"
    assert "004_2915397796caa3a2" not in answer.sources  # not yet published that day


def test_after_it_the_visit_is_past_with_its_date_as_the_sources_give_it(engine: Engine) -> None:
    answer = engine.answer("upcoming visits", date(2026, 11, 22))
    assert answer.lead.startswith(
        "My newest article is from November 2025; nothing upcoming is on record in it."
    )
    assert "planned for" not in answer.text
    assert (
        f"{STATE_VISIT} — took place; date not stated in the sources (announced for November 2025)"
    ) in answer.text
    assert {"002_9dc1b02c6a8ded7f", "004_2915397796caa3a2"} <= set(answer.sources)


@pytest.mark.parametrize(
    ("question", "old_news", "fresh_news"),
    [
        ("upcoming visits",
         "My newest article is from November 2025; nothing upcoming is on record in it. The "
         "latest visits on record:",
         "Nothing upcoming is on record as of 1 December 2026. The latest visits on record:"),
        ("recent visits",
         "Most recent visits on record, as of 1 December 2026 (my newest article is from "
         "November 2025):",
         "Most recent visits on record, as of 1 December 2026:"),
        ("visits",
         "Visits on record, as of 1 December 2026 (newest first; my newest article is from "
         "November 2025):",
         "Visits on record, as of 1 December 2026 (newest first):"),
    ],
)  # fmt: skip
def test_news_older_than_a_month_says_how_old_it_is(
    engine: Engine, question: str, old_news: str, fresh_news: str
) -> None:
    """A year after the newest article, "nothing upcoming" would read as "no visits planned"."""
    today = date(2026, 12, 1)
    assert engine.answer(question, today).lead == old_news
    patient = Engine(engine.kb, stale_after=timedelta(days=400))
    assert patient.answer(question, today).lead == fresh_news
    # Within a month of the newest article, nothing is said about its age.
    assert "newest article" not in engine.answer(question, date(2025, 12, 20)).lead


def test_an_announced_date_that_passed_unreported_is_not_upcoming(engine: Engine) -> None:
    # 1 December 2025, had the report of the visit not been published: simulate by asking
    # as of a day when only the announcement is known but the month has gone by.
    timeline = Timeline(engine.kb, date(2025, 12, 1))
    visit = next(s for s in timeline.states if s.event.name == STATE_VISIT)
    assert not visit.is_upcoming(date(2025, 12, 1))


@pytest.mark.parametrize("days", range(0, 800, 7))
def test_nothing_dated_before_today_is_ever_called_upcoming(engine: Engine, days: int) -> None:
    today = date(2025, 1, 1) + timedelta(days=days)
    for state in Timeline(engine.kb, today).states:
        if state.is_upcoming(today):
            assert state.date is not None
            assert state.date.last_day >= today
    answer = engine.answer("upcoming visits", today)
    if answer.lead.startswith("Coming up"):
        assert "planned for November 2025" not in answer.text or today <= date(2025, 11, 30)


def test_recent_visits_are_newest_first_with_their_precision(engine: Engine) -> None:
    answer = engine.answer("recent visits", date(2026, 11, 22))
    assert STATE_VISIT in answer.bullets[0]
    assert (
        "Kazakh Transport Minister Marat Karabayev's official visit to Pakistan — April 2025"
        in answer.bullets[1]
    )
    assert "1 April" not in answer.text
    assert "1 November" not in answer.text


def test_as_of_an_early_day_only_what_was_published_counts(engine: Engine) -> None:
    answer = engine.answer("who is Kistafin", date(2025, 5, 1))
    assert "001_b51f9af0961c45b9" in answer.sources  # dated 29 April 2025
    assert "003_aee69fe055a80300" not in answer.sources  # dated 27 May 2025
    assert "IPRI book launch" not in answer.text
    assert engine.answer("who is Kistafin", date(2024, 1, 1)).not_on_record


def test_the_kb_as_of_date_is_its_newest_article(kb: KnowledgeBase, engine: Engine) -> None:
    assert kb.as_of is not None
    assert kb.as_of.human() == "November 2025"
    assert "as of November 2025" in engine.answer("about", date(2026, 11, 22)).text
