"""Offices as copy words them, and who held them before whom."""

from __future__ import annotations

import pytest

from knowledge.offices import same_office


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        # the body before or after the office
        (
            "Air Astana President and Chief Executive",
            "President and Chief Executive of Air Astana",
            True,
        ),
        # a body shortened to its initials
        (
            "Chairman of the Management Board of Kazakhstan Temir Zholy",
            "Chairman of the Management Board of KTZ",
            True,
        ),
        ("Chairman of KTZ", "Chairman of Kazakhstan Temir Zholy", True),
        ("Kazakhstan's Minister for Transport", "Kazakhstan's Minister of Transport", True),
        ("Kazakhstan's Ambassador to Pakistan", "Ambassador of Kazakhstan to Pakistan", True),
        # an envoy's direction is his office
        ("Kazakhstan's Ambassador to Pakistan", "Pakistan's Ambassador to Kazakhstan", False),
        # the board's chairman is not the company's
        ("Chairman of KTZ", "Chairman of the Management Board of KTZ", False),
        ("Minister for Transport", "Minister for Trade", False),
        # a chairperson is the chairman; a title that says no one's is of the one that does
        (
            "Higher Education Commission (HEC) Chairperson",
            "Chairman of Pakistan's Higher Education Commission (HEC)",
            True,
        ),
        ("Pakistan's Minister for Trade", "Kazakhstan's Minister for Trade", False),
    ],
)
def test_one_office_however_worded(one: str, other: str, same: bool) -> None:
    assert same_office(one, other) is same
    assert same_office(other, one) is same
