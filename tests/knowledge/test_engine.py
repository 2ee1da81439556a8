"""The answer engine: question -> intent, facts and sources, as a user would read them."""

import re
from datetime import date
from pathlib import Path

import pytest

from knowledge.build import build
from knowledge.engine import PAGE_LINES, Engine
from knowledge.model import SHORT_TITLE_CHARS
from tests.knowledge.seed_ids import S000, S001, S002, S003, S004

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("question", "intent", "facts", "sources"),
    [
        # people, by name, misspelt name and role
        (
            "who is Kistafin",
            "who",
            ["Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan"],
            {S000, S001, S002, S003},
        ),
        (
            "who is kistafeen",
            "who",
            ["Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan"],
            {S000, S001, S002, S003},
        ),
        ("Kistafin", "who", ["Kazakhstan's Ambassador to Pakistan"], {S002}),
        ("who is the envoy", "who", ["Yerzhan Kistafin"], {S002}),
        (
            "tell me about Kassym Jomart Tokayev",
            "who",
            ["Kassym-Jomart Tokayev — President of", "state visit to Pakistan"],
            {S002, S004},
        ),
        (
            "who heads Kazakhstan's transport ministry",
            "who",
            ["Marat Karabayev — Kazakhstan's Minister for Transport"],
            {S001},
        ),
        (
            "who is Pakistan's communications minister",
            "who",
            ["Abdul Aleem Khan — Pakistan's Federal Minister for Communications"],
            {S000, S001},
        ),
        ("who is the commerce minister of pakistan", "who", ["Jam Kamal Khan"], {S004}),
        ("what is Samruk-Kazyna", "who", ["Kazakhstan's sovereign wealth fund"], {S002}),
        ("IPRI", "who", ["Islamabad Policy Research Institute"], {S003}),
        # trade, with typos and paraphrases
        ("trade target", "trade", ["USD 1 billion", "at the earliest opportunity"], {S002}),
        ("trade tagret", "trade", ["USD 1 billion"], {S002}),
        ("what is the goal for bilateral trade", "trade", ["USD 1 billion"], {S002}),
        ("how much were the contracts worth", "direct", ["USD 200 million"], {S002, S003}),
        # visits and time
        ("tokayevs trip", "events", ["President Tokayev's state visit to Pakistan"], {S002, S004}),
        (
            "recent visits",
            "recent",
            ["state visit", "Marat Karabayev's official visit"],
            {S001, S004},
        ),
        ("upcomming visits", "upcoming", ["nothing upcoming is on record"], {S004}),
        (
            "timeline",
            "timeline",
            [
                "8 September 2025 — President Tokayev's State of the Nation",
                "April 2025 — Kazakhstan–Pakistan Business Forum in Karachi",
            ],
            {S001, S002},
        ),
        # topics
        ("visas", "topic:visas", ["two-year visas", "five-year multiple-entry visas"], {S000}),
        ("any news on visas", "topic:visas", ["two-year visas"], {S000, S001}),
        (
            "direct flights",
            "topic:flights",
            ["direct flights from Lahore, Islamabad and Karachi"],
            {S000, S001},
        ),
        ("railways", "topic:corridors", ["Turghundi–Herat railway"], {S002}),
        ("trade corridor", "topic:corridors", ["Afghanistan, China and Iran"], {S000}),
        ("business forums", "topic:forums", ["Lahore"], {S000}),
        ("what agreements were signed", "topic:agreements", ["30th"], {S002}),
        ("investment", "topic:investment", ["Fauji Foundation"], {S002}),
        (
            "pakistani students in kazakhstan",
            "topic:education",
            ["nearly 1,000 Pakistani students"],
            {S002},
        ),
        ("digital cooperation", "topic:digital", ["Joint Working Group", "IT"], {S002}),
        ("IT", "topic:digital", ["AI"], {S002}),
        ("interfaith dialogue", "topic:interfaith", ["Ambassador of Goodwill"], {S002}),
        ("energy", "topic:energy", ["energy"], {S000, S004}),
        ("priority sectors", "topic:sectors", ["pharmaceuticals"], {S004}),
        (
            "history of relations",
            "topic:history",
            ["since 1992", "35-year relationship"],
            {S000, S003},
        ),
        # the KB itself
        (
            "sources",
            "sources",
            ["Pakistan Must Be a Part of Regional Corridors"],
            {S000, S001, S002, S003, S004},
        ),
        # the fallback search over all sentences
        ("book launch East-West Economic Corridor RAND", "direct", ["RAND Corporation"], {S003}),
        ("guard of honour", "direct", ["guard of honour"], {S004}),
    ],
)
def test_questions_get_sourced_answers(
    engine: Engine, question: str, intent: str, facts: list[str], sources: set[str]
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.intent == intent
    for fact in facts:
        assert fact in answer.text
    assert sources <= set(answer.sources)
    assert answer.confidence > 0
    for citation in answer.citations:  # named briefly: the full reference is one tap away
        assert f"[{citation.number}]" in answer.text
        assert 0 < len(citation.label) <= SHORT_TITLE_CHARS


@pytest.mark.parametrize(
    "question",
    [
        "price of gold today",
        "write me a poem",
        "weather in Karachi",
        "who is Elon Musk",
        "who is Pakistan's foreign minister",
        "what is Kistafin's favourite food",
        "football scores",
        "asdfghjkl",
        "whats the latest on pakistan's imf programme",  # "the latest on" frames the thing
    ],
)
def test_out_of_scope_gets_an_honest_dont_know(engine: Engine, question: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.not_on_record
    assert answer.text.startswith(("I don't have that", "Not on record"))
    assert "upcoming" in answer.text  # a hint of what it can answer
    assert answer.sources == ()
    assert answer.confidence == 0


@pytest.mark.parametrize(
    ("question", "intent"), [("help", "help"), ("hi", "small_talk"), ("about", "about")]
)
def test_help_and_about_state_no_facts_so_cite_nothing(
    engine: Engine, question: str, intent: str
) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.intent == intent
    assert answer.sources == ()


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   ",
        "x" * 50_000,
        "trade target " * 4_000,
        "who is \x00\x07\x1b[31mKistafin\x1b[0m",
        "\u202ewho is Kistafin\u202c",  # right-to-left override
        "\u200f\u0645\u0646 \u0647\u0648 \u0643\u064a\u0633\u062a\u0627\u0641\u064a\u0646",
        "🇵🇰🇰🇿 trade target 🚀",
        "<b>who is</b> <script>alert(1)</script> Kistafin",
        "{{ kb.secret }} ${jndi:ldap://x} %s %n {0}",
        "\ud800 lone surrogate",
    ],
)
def test_hostile_input_gets_a_normal_answer(engine: Engine, question: str) -> None:
    answer = engine.answer(question, TODAY)
    assert answer.intent
    assert answer.text
    assert len(answer.text) < 3_000  # never echoes a flood back
    assert "<script>" not in answer.text


def test_answers_fit_a_phone_screen(engine: Engine) -> None:
    for question in ["who is Kistafin", "trade target", "timeline", "corridors", "sources"]:
        answer = engine.answer(question, TODAY)
        assert len(answer.bullets) <= 10
        assert len(answer.lead) <= 200


@pytest.mark.parametrize(
    ("today", "offered"),
    [(date(2025, 10, 15), True), (date(2026, 12, 1), False)],
    ids=["a visit ahead: recent visits are news", "nothing ahead: the same list again"],
)
def test_a_follow_up_never_offers_what_was_just_shown(
    engine: Engine, today: date, offered: bool
) -> None:
    """With nothing upcoming, the "upcoming" card lists the latest visits: all that
    "recent visits" would send."""
    answer = engine.answer("upcoming visits", today)
    assert ("recent visits" in answer.follow_ups) is offered
    assert "timeline" in answer.follow_ups


@pytest.mark.parametrize("page", [1, 2, 99])
def test_a_long_card_is_answered_a_page_at_a_time(engine: Engine, page: int) -> None:
    """Each page cites afresh from [1], every mark resolved by its own sources line."""
    answer = engine.card("timeline", TODAY, page=page)
    assert (answer.page, answer.pages) == (min(page, 2), 2)
    assert 1 <= len(answer.bullets) <= PAGE_LINES
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text.split("\nSources:")[0])}
    assert marks == {c.number for c in answer.citations} == set(range(1, len(marks) + 1))
    everything = [engine.card("timeline", TODAY, page=n).bullets for n in (1, 2)]
    assert len(everything[0]) + len(everything[1]) == 15  # 7 dated events, then 8 undated


def test_the_sources_list_is_built_a_page_at_a_time(seeds_dir: Path) -> None:
    """At 10,000 articles the list is a thousand pages: only the one asked for is made."""
    for n in range(12):
        text = f"Officials of Kazakhstan and Pakistan met for round {n + 1} of talks in Astana.\n"
        (seeds_dir / f"extra_{n:02d}.txt").write_text(text, encoding="utf-8")
    engine = Engine(build(seeds_dir))
    first, last = engine.card("sources", TODAY), engine.card("sources", TODAY, page=99)
    assert first.lead == "I answer from 17 articles, newest first:"
    assert last.lead == "I answer from 17 articles, newest first (page 2 of 2):"
    assert (first.page, first.pages, last.page) == (1, 2, 2)
    assert (len(first.bullets), len(last.bullets)) == (PAGE_LINES, 7)
    assert [c.number for c in last.citations] == list(range(1, 8))  # numbered afresh
