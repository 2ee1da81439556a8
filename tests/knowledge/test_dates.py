from datetime import date

import pytest

from knowledge.dates import PartialDate, Precision


@pytest.mark.parametrize(
    ("text", "precision", "human", "first", "last"),
    [
        ("2025", Precision.YEAR, "2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2025-11", Precision.MONTH, "November 2025", date(2025, 11, 1), date(2025, 11, 30)),
        ("2024-02", Precision.MONTH, "February 2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-04-29", Precision.DAY, "29 April 2025", date(2025, 4, 29), date(2025, 4, 29)),
        # "on 3 and 4 March": both days, not the first alone
        (
            "2027-03-03/04",
            Precision.DAY,
            "3\u20134 March 2027",
            date(2027, 3, 3),
            date(2027, 3, 4),
        ),
    ],
)
def test_a_date_keeps_its_precision(
    text: str, precision: Precision, human: str, first: date, last: date
) -> None:
    parsed = PartialDate.parse(text)
    assert parsed.precision is precision
    assert parsed.human() == human
    assert parsed.iso() == text
    assert (parsed.first_day, parsed.last_day) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "2025-13",
        "2025-02-30",
        "25-11",
        "November 2025",
        "",
        "2025-1",
        "2025-02-27/30",
        "2025-03-04/03",
    ],
)
def test_a_malformed_date_is_refused_with_its_text(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        PartialDate.parse(text)
