import pytest

from pipeline.quantities import convert, find_quantities, within
from pipeline.types import Quantity


@pytest.mark.parametrize(
    "text,expected",
    [
        ("no longer than 4 weeks", (4, 4, "weeks", "<=")),
        ("for more than four weeks", (4, 4, "weeks", ">")),
        ("under 4 weeks", (4, 4, "weeks", "<")),
        ("a half-life of 30 to 40 hours", (30, 40, "hours", "=")),
        ("0.25 mg twice a day", (0.25, 0.25, "mg", "=")),
        ("up to 4 mg a day", (4, 4, "mg_per_day", "<=")),
        ("seven to nine hours per night", (7, 9, "hours", "=")),
        ("roughly 90 percent of users", (90, 90, "percent", "~")),
        ("about half of adults", (50, 50, "percent", "~")),
    ],
)
def test_find(text, expected):
    q = find_quantities(text)[0]
    assert (q.low, q.high, q.unit, q.comparator) == expected


def test_no_quantity_in_plain_words():
    assert find_quantities("Clonazepam is a benzodiazepine.") == ()


def test_convert_and_within():
    assert convert(2, "days", "hours") == 48
    assert convert(2, "mg", "hours") is None
    two_hours = Quantity(2, 2, "hours", "=", "2 hours")
    assert within(two_hours, 30, 40, "hours") is False
    assert within(Quantity(1.5, 1.5, "days", "=", ""), 30, 40, "hours") is True
    assert within(Quantity(24, 24, "hours", ">", ""), 30, 40, "hours") is True
    assert within(Quantity(40, 40, "mg_per_day", "=", ""), None, 4, "mg_per_day") is False


def test_ages_are_not_durations():
    qs = find_quantities("adults between 18 and 64 years old need seven to nine hours")
    assert [(q.low, q.high, q.unit) for q in qs] == [(18, 64, "age_years"), (7, 9, "hours")]
    assert find_quantities("over the age of 60")[0].unit == "age_years"
    assert within(qs[0], 7, 9, "hours") is None
