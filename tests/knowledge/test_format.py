"""How facts are written: clipped at a clause, never mid-number, keeping the figure asked for."""

from dataclasses import replace

import pytest

from knowledge.answer import Citations
from knowledge.dates import PartialDate
from knowledge.extract import COUNT
from knowledge.format import Reply, clip, closed, quoted
from knowledge.model import Article, KnowledgeBase

CONGRESS = (
    "The envoy also touched on interfaith dialogue, highlighting the participation of "
    "Pakistan’s Minister for Religious Affairs in the 8th Congress of Leaders of World and "
    "Traditional Religions in Astana, which gathered over 100 delegations from major faiths."
)


def test_short_text_is_left_alone() -> None:
    assert clip("Both sides discussed direct flights.") == "Both sides discussed direct flights."


def test_a_long_sentence_is_cut_at_a_clause_boundary() -> None:
    clipped = clip(CONGRESS, 240)
    assert clipped.endswith("Traditional Religions in Astana…")
    assert len(clipped) <= 240
    assert clip(CONGRESS, 200).endswith(" in…")  # no clause boundary late enough: a word


def test_never_cut_inside_an_amount() -> None:
    text = "Commercial contracts worth USD 200 million were signed in one day, and more " * 3
    for limit in range(30, 60):
        clipped = clip(text, limit).rstrip("…")
        assert not clipped.endswith(("USD", "USD 200", "200"))


def test_the_figure_a_sentence_is_shown_for_is_kept() -> None:
    assert "over 100 delegations" in clip(CONGRESS, keep=COUNT)
    short = clip(CONGRESS, 120, keep=COUNT)
    assert short.startswith("…which gathered over 100 delegations")
    assert len(short) <= 120


def test_two_articles_of_one_publisher_are_told_apart_by_title() -> None:
    day = PartialDate.parse("2026-02-03")
    wire = {
        name: Article(name, title, False, "Test Wire", None, day, "operator", None)
        for name, title in (("a", "Flights agreed"), ("b", "Visas eased"), ("c", "Other"))
    }
    wire["c"] = replace(wire["c"], publisher="Other Wire")
    citations = Citations({i: (a.citation(), a.short_title) for i, a in wire.items()})
    citations.mark("a", "b", "c")
    assert [c.label for c in citations.all()] == [
        "Test Wire: Flights agreed",
        "Test Wire: Visas eased",
        "Other Wire",
    ]


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("Ports matter, he said.", "\u201cPorts matter, he said.\u201d"),
        # quotation marks inside a quotation become single ones, curly or straight
        (
            "\u201cPorts matter,\u201d he added.",
            "\u201c\u2018Ports matter,\u2019 he added.\u201d",
        ),
        (
            'He spoke of a "35-year relationship".',
            "\u201cHe spoke of a \u201835-year relationship\u2019.\u201d",
        ),
    ],
)
def test_a_quotation_inside_a_quotation_takes_single_marks(said: str, shown: str) -> None:
    assert quoted(said) == shown


@pytest.mark.parametrize(
    ("lead", "ended"),
    [
        ("\u201cGwadar and Karachi.\u201d [1]", "\u201cGwadar and Karachi.\u201d [1]"),
        ("Kistafin called the visit historic [1]", "Kistafin called the visit historic [1]."),
        ("\u201cin April.\u201d (April 2025) [1]", "\u201cin April.\u201d (April 2025) [1]"),
        (
            "\u201cas essential gateways\u2026\u201d [2]",
            "\u201cas essential gateways\u2026\u201d [2]",
        ),
    ],
)
def test_a_lead_ends_with_one_full_stop(lead: str, ended: str) -> None:
    assert closed(lead) == ended


def test_a_line_saying_the_lead_or_another_line_again_in_other_signs_is_left_out(
    kb: KnowledgeBase,
) -> None:
    reply = Reply(kb)
    reply.leading("Exports grew to USD 163.7 million in 2026 [1].")
    reply.add("Exports grew to $163.7 million in 2026", "000_28a4f01e0b9fa714")
    reply.add("Imports fell to $71.2 million", "000_28a4f01e0b9fa714")
    reply.add("Imports fell to USD 71.2 million", "000_28a4f01e0b9fa714")
    assert [b.split(" [")[0] for b in reply.bullets] == ["Imports fell to $71.2 million"]
