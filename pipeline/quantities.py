"""Numbers with units and comparators: "longer than 4 weeks", "30 to 40 hours", "0.25 mg".

`find_quantities(text)` returns Quantity records with normalised units; `convert`
brings a value to the unit of a fact row so ranges can be compared.

>>> [(q.low, q.high, q.unit, q.comparator) for q in find_quantities("for longer than 4 weeks")]
[(4.0, 4.0, 'weeks', '>')]
>>> [(q.low, q.high, q.unit) for q in find_quantities("seven to nine hours per night")]
[(7.0, 9.0, 'hours')]
>>> [(q.low, q.high, q.unit, q.comparator) for q in find_quantities("within a few hours")]
[(2.0, 4.0, 'hours', '<=')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .types import Quantity

_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "half": 0.5,
    "a half": 0.5,
    "thirteen": 13,
    "fourteen": 14,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a dozen": 12,
    "dozen": 12,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORDS.update(
    {
        f"{tens}{sep}{unit}": _WORDS[tens] + _WORDS[unit]
        for tens in _TENS
        for sep in ("-", " ")
        for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    }
)
_NUM = (
    r"((?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+|"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + r")(?:\s+and\s+a\s+half)?)"
)
_UNITS = {
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "mcg": "mcg",
    "microgram": "mcg",
    "micrograms": "mcg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "hour": "hours",
    "hours": "hours",
    "hr": "hours",
    "hrs": "hours",
    "h": "hours",
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
    "minute": "minutes",
    "minutes": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "percent": "percent",
    "per cent": "percent",
    "%": "percent",
}


def count_of(word: str) -> int | None:
    """The whole number a word or figure says ("two", "3"), or None."""
    word = word.lower()
    if word in _WORDS:
        return int(_WORDS[word])
    return int(word) if word.isdigit() else None


def is_unit_word(word: str) -> bool:
    """Whether `word` (lower case) names a unit of measure ("mg", "hours")."""
    return word in _UNITS


_UNIT = (
    r"(per cent|percent|%|milligrams?|mg|micrograms?|mcg|grams?|g|"
    r"minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)"
)
_COMPARATORS = [
    (r"(?:longer|more|greater|higher|older) than|over|above|exceed(?:s|ing)?|beyond|past", ">"),
    (r"at least|a minimum of|minimum of|no less than|no fewer than", ">="),
    (r"up to|no more than|no longer than|not more than|a maximum of|maximum of|within|at most", "<="),
    (r"(?:less|fewer|shorter|lower|younger) than|under|below", "<"),
    (r"about|around|approximately|roughly|nearly|almost|some", "~"),
]
_CMP = "|".join(f"(?:{p})" for p, _ in _COMPARATORS)
_PATTERN = re.compile(
    rf"(?<![\w.])(?:(?P<cmp>{_CMP})\s+)?(?P<lo>{_NUM})(?:\s*(?:-|–|—|to|and|or)\s*(?P<hi>{_NUM}))?"
    rf"\s*-?\s*(?P<unit>{_UNIT})(?![\w])(?P<perday>\s*(?:once\s+)?(?:a|per|each|/)\s*day|\s*(?:once\s+)?daily)?",
    re.IGNORECASE,
)
_TO_BASE = {
    "minutes": ("hours", 1 / 60),
    "hours": ("hours", 1.0),
    "days": ("hours", 24.0),
    "weeks": ("hours", 168.0),
    "months": ("hours", 730.0),
    "years": ("hours", 8760.0),
    "mg": ("mg", 1.0),
    "g": ("mg", 1000.0),
    "mcg": ("mg", 0.001),
    "mg_per_day": ("mg_per_day", 1.0),
    "percent": ("percent", 1.0),
    "per_day": ("per_day", 1.0),
    "year": ("year", 1.0),
}


_FRACTIONS = {
    "half": 50.0,
    "a third": 33.3,
    "one third": 33.3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "two thirds": 66.7,
    "three quarters": 75.0,
    "most": 50.0,
}
_PROPORTION = re.compile(
    # not "the second half of the night"
    r"(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bother\s)(?<!\blatter\s)(?<!\bformer\s)"
    rf"(?<![\w.])(?:(?P<cmp>{_CMP})\s+)?(?P<frac>half|a third|one third|a quarter|one quarter|"
    r"two thirds|three quarters)\s+of\b",
    re.IGNORECASE,
)
_ONE_IN = re.compile(
    rf"(?<![\w.])(?:(?P<cmp>{_CMP})\s+)?(?P<n>{_NUM})\s+(?:in|out of)\s+(?P<d>{_NUM})(?![\w.])", re.IGNORECASE
)
_AGE = re.compile(rf"\b(?P<cmp>{_CMP})\s+(?:the\s+)?age\s+of\s+(?P<lo>{_NUM})\b", re.IGNORECASE)


# Vague counts: "within a few hours" is at most a handful of hours, "several weeks" more than two.
_VAGUE = {"a couple of": (2.0, 2.0), "a few": (2.0, 4.0), "several": (3.0, 7.0)}
_VAGUE_UNIT = re.compile(
    rf"(?<![\w.])(?:(?P<cmp>{_CMP})\s+)?(?P<n>a couple of|a few|several)\s+"
    r"(?P<unit>hours|days|weeks|months|years)(?![\w])",
    re.IGNORECASE,
)

_ONE_UNIT = re.compile(
    rf"(?<![\w.])(?P<cmp>{_CMP})\s+(?P<half>half\s+)?(?:a|an|one)\s+(?P<unit>hour|day|week|month|year)(?![\w])",
    re.IGNORECASE,
)


def _value(text: str) -> float:
    """'1,000' -> 1000; 'one and a half' -> 1.5; 'thirty' -> 30."""
    text = text.lower()
    half = 0.5 if text.endswith("and a half") else 0.0
    text = re.sub(r"\s+and\s+a\s+half$", "", text).replace(",", "")
    return (float(_WORDS[text]) if text in _WORDS else float(text)) + half


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in `text`: numbers with units left to right, then proportions ("half of"),
    "a month", vague counts ("a few hours"), "one in ten" and ages, each left to right."""
    return tuple(q for find in _FINDERS for q in find(text))


def _quantity(low: float, high: float, unit: str, m: re.Match) -> Quantity:
    """The Quantity a match stands for: its comparator and text from the match."""
    return Quantity(low=low, high=high, unit=unit, comparator=_comparator(m["cmp"]), text=m.group(0).strip())


# "the maximum daily dose of clonazepam is 20 mg": a daily amount named before its number.
_DAILY_BEFORE = re.compile(
    r"\b(?:daily|a day|per day|each day)\s+(?:dose|dosage|amount|limit|maximum)\b[^.;:0-9]{0,30}$", re.IGNORECASE
)


_AND_MINUTES = re.compile(r"^\s*(?:and\s+)?(?P<n>\d{1,2})\s+(?:minutes?|mins?)\b", re.IGNORECASE)


def _hours_and_minutes(m: re.Match, text: str) -> tuple[Quantity, int] | None:
    """'11 hours and 12 minutes': one figure of hours (11.2), not two quantities; with where it ends."""
    after = _AND_MINUTES.match(text[m.end() :])
    if after is None or m["hi"] or _UNITS[m["unit"].lower()] != "hours":
        return None
    value, end = round(_value(m["lo"]) + int(after["n"]) / 60, 2), m.end() + after.end()
    return Quantity(value, value, "hours", _comparator(m["cmp"]), text[m.start() : end].strip()), end


def _measures(text: str) -> Iterator[Quantity]:
    """Numbers (or ranges) with a unit: "30 to 40 hours", "0.25 mg a day", "18 years old" (an age),
    "11 hours and 12 minutes" (one figure)."""
    skip_to = -1
    for m in _PATTERN.finditer(text):
        if m.start() < skip_to:
            continue  # the minutes of "11 hours and 12 minutes", read with the hours
        joined = _hours_and_minutes(m, text)
        if joined is not None:
            yield joined[0]
            skip_to = joined[1]
            continue
        lo = _value(m["lo"])
        hi = _value(m["hi"]) if m["hi"] else lo
        unit = _UNITS[m["unit"].lower()]
        if unit == "mg" and (m["perday"] or _DAILY_BEFORE.search(text[: m.start()])):
            unit = "mg_per_day"
        if unit == "hours" and m["unit"].lower() == "h" and not m["unit"].islower():
            continue
        if unit == "years" and (
            re.match(r"\s*(?:-\s*)?(?:old|of age)\b", text[m.end() :])
            or re.search(r"\b(?:aged?|age of)\s*$", text[: m.start()], re.IGNORECASE)
        ):
            unit = "age_years"  # "adults 18 to 64 years old": an age, not a duration
        yield _quantity(min(lo, hi), max(lo, hi), unit, m)


def _proportions(text: str) -> Iterator[Quantity]:
    """Proportions ("half of", "two thirds of") as a percentage."""
    for m in _PROPORTION.finditer(text):
        value = _FRACTIONS[m["frac"].lower()]
        yield _quantity(value, value, "percent", m)


def _one_units(text: str) -> Iterator[Quantity]:
    """One (or half) of a unit, named without a number: "more than a month", "within half an hour".

    >>> [(q.low, q.unit, q.comparator) for q in find_quantities("within half an hour")]
    [(0.5, 'hours', '<=')]
    """
    for m in _ONE_UNIT.finditer(text):
        value = 0.5 if m["half"] else 1.0
        yield _quantity(value, value, _UNITS[m["unit"].lower()], m)


# The first day of a course, as a time within it: "on the very first day", "from day one" are within one
# day of the start ("the first week" is left alone: a week reads as a slow onset, which it need not be).
_FIRST_UNIT = re.compile(
    r"(?<![\w.])(?:(?:on|from|in|during|within)\s+(?:the\s+)?(?:very\s+)?first\s+(?P<unit>day)"
    r"|(?:on|from)\s+day\s+(?:one|1))(?![\w-])",
    re.IGNORECASE,
)


def _first_units(text: str) -> Iterator[Quantity]:
    """The first day of a course, as "within one day": "works from the very first day".

    >>> [(q.low, q.unit, q.comparator) for q in find_quantities("it starts working from day one")]
    [(1.0, 'days', '<=')]
    """
    for m in _FIRST_UNIT.finditer(text):
        unit = _UNITS[m["unit"].lower()] if m["unit"] else "days"
        yield Quantity(low=1.0, high=1.0, unit=unit, comparator="<=", text=m.group(0).strip())


def _vague_units(text: str) -> Iterator[Quantity]:
    """Vague counts of a unit ("a few hours", "several weeks"): the range _VAGUE gives."""
    for m in _VAGUE_UNIT.finditer(text):
        lo, hi = _VAGUE[m["n"].lower()]
        yield _quantity(lo, hi, _UNITS[m["unit"].lower()], m)


def _one_in(text: str) -> Iterator[Quantity]:
    """Shares ("one in ten", "3 out of 4") as a percentage, when at most the whole."""
    for m in _ONE_IN.finditer(text):
        n, d = _value(m["n"]), _value(m["d"])
        if 0 < n <= d:
            value = round(100 * n / d, 1)
            yield _quantity(value, value, "percent", m)


def _ages(text: str) -> Iterator[Quantity]:
    """Ages ("over the age of 65"), in years."""
    for m in _AGE.finditer(text):
        value = _value(m["lo"])
        yield _quantity(value, value, "age_years", m)


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A year an event happened: "in 2016", "since August 2016", "in April 30, 2019", "before 2020", "in the year 1997".
_YEAR = re.compile(
    rf"\b(?P<prep>in|since|from|by|until|before|after)\s+(?:the\s+year\s+)?(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?P<year>(?:19|20)\d\d)\b(?![-–]\d)",
    re.IGNORECASE,
)
_YEAR_CMP = {"after": ">", "before": "<", "until": "<=", "by": "<="}


def _years(text: str) -> Iterator[Quantity]:
    """Years of an event ("in 2016", "since 2020": the year it began), unit "year"; "before", "after" and
    "until" as comparators."""
    for m in _YEAR.finditer(text):
        year = float(m["year"])
        cmp = _YEAR_CMP.get(m["prep"].lower(), "=")
        yield Quantity(low=year, high=year, unit="year", comparator=cmp, text=m.group(0).strip())


# A decade, or a part of one: "in the 1990s", "since the mid-1990s", "in the early 2000's".
_DECADE = re.compile(
    r"\b(?P<prep>in|since|from|during|by|until|before|after)\s+the\s+(?P<part>early|mid|late)?-?\s*"
    r"(?P<decade>(?:19|20)\d0)'?s\b",
    re.IGNORECASE,
)
_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "": (0, 9)}


def _decades(text: str) -> Iterator[Quantity]:
    """Decades ("in the 1990s": 1990 to 1999; "the early 2000s": 2000 to 2003), unit "year".

    >>> [(q.low, q.high) for q in _decades("approved in the mid-1990s")]
    [(1993.0, 1996.0)]
    """
    for m in _DECADE.finditer(text):
        start, (lo, hi) = float(m["decade"]), _DECADE_PART[(m["part"] or "").lower()]
        cmp = _YEAR_CMP.get(m["prep"].lower(), "=")
        yield Quantity(low=start + lo, high=start + hi, unit="year", comparator=cmp, text=m.group(0).strip())


_FINDERS = (_measures, _proportions, _one_units, _first_units, _vague_units, _one_in, _ages, _years, _decades)


def _comparator(word: str | None) -> str:
    word = (word or "").lower()
    return next((sym for pat, sym in _COMPARATORS if word and re.fullmatch(pat, word)), "=")


# How many doses a day a frequency after a dose gives: "7.5 mg twice daily", "0.5 mg three times a day".
_TIMES = {"twice": 2, "two times": 2, "thrice": 3, "three times": 3, "four times": 4}
_DOSES_A_DAY = re.compile(
    r"\s+(?P<times>" + "|".join(_TIMES) + r")\s+(?:a\s+day|per\s+day|each\s+day|daily)\b", re.IGNORECASE
)


def daily_total(q: Quantity, text: str) -> Quantity | None:
    """The day's total of a dose in mg that `text` gives a frequency right after ("7.5 mg twice daily"
    is 15 mg a day), or None.

    >>> daily_total(Quantity(7.5, 7.5, "mg", "=", "7.5 mg"), "start at 7.5 mg twice daily").high
    15.0
    """
    if q.unit != "mg" or not q.text:
        return None
    at = text.find(q.text)
    m = _DOSES_A_DAY.match(text, at + len(q.text)) if at >= 0 else None
    if m is None:
        return None
    n = _TIMES[" ".join(m["times"].lower().split())]
    return Quantity(q.low * n, q.high * n, "mg_per_day", q.comparator, f"{q.text}{m.group(0)}")


def convert(value: float, unit: str, to: str) -> float | None:
    """`value` in `unit` expressed in `to`, or None when the two are different dimensions."""
    a, b = _TO_BASE.get(unit), _TO_BASE.get(to)
    if not a or not b or a[0] != b[0]:
        return None
    return value * a[1] / b[1]


def is_vague(q: Quantity) -> bool:
    """'a few hours', 'several weeks': a rough count, not a figure."""
    return bool(_VAGUE_UNIT.search(q.text))


def is_duration(q: Quantity) -> bool:
    return _TO_BASE.get(q.unit, ("",))[0] == "hours"


def within(q: Quantity, lo: float | None, hi: float | None, unit: str) -> bool | None:
    """Whether claim quantity `q` is compatible with the fact range [lo, hi] in `unit`.

    None when the units cannot be compared.
    """
    qlo, qhi = convert(q.low, q.unit, unit), convert(q.high, q.unit, unit)
    if qlo is None or qhi is None:
        return None
    inf = float("inf")
    lo = -inf if lo is None else lo
    hi = inf if hi is None else hi
    if q.comparator == "~":
        qlo, qhi = qlo * 0.85, qhi * 1.15
    elif q.comparator in (">", ">="):
        qhi = inf
    elif q.comparator in ("<", "<="):
        qlo = -inf
    return qlo <= hi and qhi >= lo


def covers(q: Quantity, fact) -> bool | None:
    """Whether `fact`'s number states claim quantity `q`, not only allows it: a range row (or an
    untyped one) must hold the whole claimed range, give or take 5% (15% for "about"); "36 to 200
    hours" overlaps a row of 20 to 48 hours but is not what the row says; an upper bound ("within
    2 hours") is the row's maximum and a lower bound ("over 6 hours") its minimum, give or take the
    same slack. Other types as `fits`."""
    if fact.qty_type not in ("", "range", "typical"):
        return fits(q, fact)
    qlo, qhi = convert(q.low, q.unit, fact.unit), convert(q.high, q.unit, fact.unit)
    if qlo is None or qhi is None:
        return None
    slack = 0.15 if q.comparator == "~" else 0.05
    if q.comparator in ("<", "<=") and fact.qty_max is not None:
        # "within an hour", "up to 2 weeks" give the maximum: the row's maximum, give or take its slack
        # (a peak at 1 to 2 hours is not "within an hour")
        return fact.qty_max * (1 - slack) <= qhi <= fact.qty_max * (1 + slack)
    if q.comparator in (">", ">=") and fact.qty_min is not None:
        # "over 6 hours" gives the minimum: the row's minimum, give or take its slack
        return fact.qty_min * (1 - slack) <= qlo <= fact.qty_min * (1 + slack)
    if q.comparator in (">", ">=", "<", "<="):
        bound = qhi if q.comparator in ("<", "<=") else qlo
        qlo = qhi = bound
    low_ok = fact.qty_min is None or qlo >= fact.qty_min * (1 - slack)
    high_ok = fact.qty_max is None or qhi <= fact.qty_max * (1 + slack)
    return low_ok and high_ok


def _figure(q: Quantity, lo: float, hi: float) -> float:
    """The one number a claim gives for a maximum or a minimum: "up to 4 mg" and "4 mg" say 4; of a
    range claim ("1 to 4 mg") its top, unless the claim says "more than"."""
    return lo if q.comparator in (">", ">=") else hi


def _same(a: float, b: float, about: bool) -> bool:
    """Equal figures; "about" allows the 15% a rounded figure may be off."""
    return abs(a - b) <= (0.15 if about else 0.005) * max(abs(a), abs(b), 1e-9)


def fits(q: Quantity, fact) -> bool | None:
    """Whether claim quantity `q` agrees with what `fact`'s number is (its `qty_type`; see
    docs/reference-table.md), or None when the units cannot be compared.

    A maximum agrees only with the row's maximum (or one of its maxima in qty_values), a minimum
    with the minimum or more, a set only with its values, a point (a central value with its
    spread) with the spread, a year only with the year; a range (or an untyped row) with any overlap.
    """
    lo, hi = convert(q.low, q.unit, fact.unit), convert(q.high, q.unit, fact.unit)
    if lo is None or hi is None:
        return None
    kind, about = fact.qty_type, q.comparator == "~"
    if kind == "maximum" and (fact.qty_values or fact.qty_max is not None):
        maxima = fact.qty_values or (fact.qty_max,)  # several: one per formulation or jurisdiction
        return any(_same(_figure(q, lo, hi), m, about) for m in maxima)
    if kind == "minimum" and fact.qty_min is not None:
        figure = _figure(q, lo, hi)
        return figure >= fact.qty_min or _same(figure, fact.qty_min, about)
    if kind == "set" and fact.qty_values:
        return all(any(_same(x, v, about) for v in fact.qty_values) for x in {lo, hi})
    if kind == "point" and fact.qty_values and q.comparator in (">", ">=", "<", "<="):
        central = fact.qty_values[0]  # "longer than 20 hours" is about the typical value
        return within(q, central, central, fact.unit)
    if kind == "year" and fact.qty_values:
        return any(within(q, v, v, fact.unit) for v in fact.qty_values)
    return within(q, fact.qty_min, fact.qty_max, fact.unit)
