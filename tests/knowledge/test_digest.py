"""Digests and alerts from the seed KB: what is new, what is coming, each line with its source."""

from __future__ import annotations

import re
from datetime import date

import pytest

from knowledge.digest import Digests
from knowledge.model import KnowledgeBase

DIPLOMACY_LENS = "002_9dc1b02c6a8ded7f"
STATE_VISIT_REPORT = "004_2915397796caa3a2"
CITED = re.compile(r" (\[\d+\])+$")


@pytest.fixture(scope="module")
def digests(kb: KnowledgeBase) -> Digests:
    return Digests(kb)


def test_the_full_briefing_cites_every_fact(digests: Digests) -> None:
    answer = digests.compose(date(2026, 12, 1), new=None)
    assert answer is not None
    assert answer.lead == "Your briefing, 1 December 2026"
    facts = [b for b in answer.bullets if not b.startswith("Coming up: nothing on record")]
    assert facts
    assert all(CITED.search(bullet) for bullet in facts)
    assert "Coming up: nothing on record for the next 14 days" in answer.bullets
    assert len(answer.citations) == 5


def test_an_announced_visit_within_two_weeks_is_coming_up(digests: Digests) -> None:
    answer = digests.compose(date(2025, 10, 25), new=None)
    assert answer is not None
    assert any(
        b.startswith("Coming up: President Tokayev's state visit to Pakistan — planned for "
                     "November 2025")
        for b in answer.bullets
    )  # fmt: skip


def test_nothing_new_is_none(digests: Digests) -> None:
    assert digests.compose(date(2026, 12, 1), new=set()) is None


def test_a_planned_visit_reported_as_having_happened_is_an_event_update(
    digests: Digests,
) -> None:
    answer = digests.compose(date(2025, 12, 1), new={STATE_VISIT_REPORT})
    assert answer is not None
    assert answer.lead.startswith("New since your last briefing")
    assert any(
        b.startswith("Event update: President Tokayev's state visit to Pakistan — took place")
        for b in answer.bullets
    )
    assert answer.bullets[0].startswith("New: Pakistan welcomes Kazakh President Tokayev")
    assert STATE_VISIT_REPORT in answer.sources


@pytest.mark.parametrize(
    ("topics", "expected"),
    [
        ((), True),
        (("trade",), True),
        (("forums",), True),
        (("flights",), False),
    ],
)
def test_only_the_subscribers_topics(
    digests: Digests, topics: tuple[str, ...], expected: bool
) -> None:
    answer = digests.compose(date(2025, 12, 1), new={DIPLOMACY_LENS}, topics=topics)
    assert (answer is not None) is expected


def test_figures_from_a_new_article_are_listed(digests: Digests) -> None:
    answer = digests.compose(date(2025, 12, 1), new={DIPLOMACY_LENS}, topics=("trade",))
    assert answer is not None
    assert any(b.startswith("Figure: in mutual trade") and "USD 1 billion" in b
               for b in answer.bullets)  # fmt: skip


def test_an_alert_has_title_source_and_a_gist_that_is_not_the_headline(
    digests: Digests,
) -> None:
    alert = digests.alert(DIPLOMACY_LENS)
    assert alert.title.startswith("Pakistan Must Be a Part of Regional Corridors")
    assert alert.citation == "Diplomacy Lens, 2025"
    assert alert.title not in alert.gist
    assert {"trade", "corridors"} <= alert.topics
    assert alert.answer.text.endswith("Sources: [1] Diplomacy Lens, 2025")
