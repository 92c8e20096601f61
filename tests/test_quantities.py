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
        ("start at 75 mg once daily", (75, 75, "mg_per_day", "=")),
        ("approved in the 1990s", (1990, 1999, "year", "=")),
        ("for children under 10 years of age", (10, 10, "age_years", "<")),
        ("launched in the late 1970's", (1976, 1979, "year", "=")),
        ("10 mg once a day", (10, 10, "mg_per_day", "=")),
        ("seven to nine hours per night", (7, 9, "hours", "=")),
        ("roughly 90 percent of users", (90, 90, "percent", "~")),
        ("about half of adults", (50, 50, "percent", "~")),
        ("it works from the very first day", (1, 1, "days", "<=")),
        ("effective from day one", (1, 1, "days", "<=")),
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


def _typed(kind: str, lo=None, hi=None, values=(), unit="mg_per_day"):
    from pipeline.types import Fact

    blank = dict.fromkeys(("id", "kind", "subject", "relation", "object", "aspect", "polarity", "value"), "")
    rest = dict.fromkeys(("attribution", "statement", "correction", "source", "source_type", "source_url"), "")
    return Fact(
        **blank,
        qualifier="",
        qty_min=lo,
        qty_max=hi,
        unit=unit,
        **rest,
        reviewed="2026-01-01",
        severity="",
        topic="",
        qty_type=kind,
        qty_values=values,
    )


def _q(text: str):
    (q,) = find_quantities(text)
    return q


@pytest.mark.parametrize(
    "claim,kind,lo,hi,values,expected",
    [
        ("up to 4 mg a day", "maximum", None, 4.0, (), True),
        ("2 mg a day", "maximum", None, 4.0, (), False),  # a lower "maximum" is not the maximum
        ("about 4 mg a day", "maximum", None, 4.0, (), True),
        ("12.5 mg a day", "maximum", None, 12.5, (10.0, 12.5), True),
        ("11 mg a day", "maximum", None, 12.5, (10.0, 12.5), False),
        ("3 weeks", "minimum", 14.0, None, (), True),
        ("7 days", "minimum", 14.0, None, (), False),
        ("1 mg", "set", 0.5, 2.0, (0.5, 1.0, 2.0), True),
        ("1.5 mg", "set", 0.5, 2.0, (0.5, 1.0, 2.0), False),
        ("0.5 to 2 mg", "set", 0.5, 2.0, (0.5, 1.0, 2.0), True),
        ("about 12 hours", "point", 6.3, 26.9, (11.2,), True),
        ("30 hours", "point", 6.3, 26.9, (11.2,), False),
        ("longer than 20 hours", "point", 6.3, 26.9, (11.2,), False),  # the typical value is not
        ("longer than 20 hours", "range", 6.3, 26.9, (), True),
        ("2 mg a day", "", 1.0, 10.0, (), True),  # untyped: a range
    ],
)
def test_fits_reads_the_row_as_its_type(claim, kind, lo, hi, values, expected):
    from pipeline.quantities import fits

    unit = {"maximum": "mg_per_day", "minimum": "days", "set": "mg"}.get(
        kind, "mg_per_day" if "mg" in claim else "hours"
    )
    assert fits(_q(claim), _typed(kind, lo, hi, values, unit)) is expected


@pytest.mark.parametrize(
    "text,year,comparator",
    [
        ("In August 2016 the agency acted", 2016.0, "="),
        ("labels have carried it since 2020", 2020.0, "="),
        ("approved before 1990", 1990.0, "<"),
    ],
)
def test_years_of_events(text, year, comparator):
    q = _q(text)
    assert (q.low, q.unit, q.comparator) == (year, "year", comparator)


def test_a_year_row_agrees_only_with_its_year():
    from pipeline.quantities import fits

    row = _typed("year", 2016.0, 2016.0, unit="year")
    assert fits(_q("in 2016"), row) and not fits(_q("in 2018"), row)
    assert fits(_q("in 2020"), _typed("year", 2016.0, 2020.0, (2016.0, 2020.0), unit="year"))


def test_a_daily_dose_named_before_its_number_is_per_day():
    assert _q("the maximum daily dose is 20 mg").unit == "mg_per_day"
    assert _q("take 0.25 mg twice a day").unit == "mg"


@pytest.mark.parametrize(
    "claim,lo,hi,expected",
    [
        ("36 to 200 hours", 20.0, 48.0, False),  # overlaps the row's range, but says more
        ("20 to 48 hours", 20.0, 48.0, True),
        ("6-12 hours", 6.3, 26.9, True),  # 6 is 6.3 within rounding
        ("30 hours", 20.0, 48.0, True),
        ("about 50 hours", 20.0, 48.0, True),  # "about" allows a rounded figure
        ("60 hours", 20.0, 48.0, False),
        ("longer than 6 hours", 6.3, 26.9, True),  # a lower bound is the row's minimum
        ("longer than 20 hours", 6.3, 26.9, False),  # the row's range starts well below 20
        ("up to 2 weeks", 18.0, 50.0, False),  # a bound far past the row's range says more
        ("within 2 hours", 1.0, 2.0, True),  # an upper bound is the row's maximum
        ("within an hour", 1.0, 2.0, False),  # a peak at 1 to 2 hours is not within the hour
        ("up to 30 hours", 20.0, 48.0, False),  # inside the range, but the row's maximum is 48
    ],
)
def test_covers_asks_the_row_to_hold_the_whole_claimed_range(claim, lo, hi, expected):
    from pipeline.quantities import covers

    assert covers(_q(claim), _typed("range", lo, hi, (), "hours")) is expected


@pytest.mark.parametrize(
    "text, hours",
    [("The mean half-life is 11 hours and 12 minutes.", 11.2), ("It lasts about 6 hours 30 minutes.", 6.5)],
)
def test_hours_and_minutes_are_one_figure(text, hours):
    found = find_quantities(text)
    assert [(q.low, q.high, q.unit) for q in found] == [(hours, hours, "hours")]


def test_minutes_on_their_own_stay_minutes():
    found = find_quantities("Onset is within 30 minutes; the effect lasts 6 hours.")
    assert [(q.low, q.unit) for q in found] == [(30.0, "minutes"), (6.0, "hours")]
