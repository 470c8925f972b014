import pytest

from desktop.store.dates import DateError, parse_date


@pytest.mark.parametrize("text, precision, first, last", [
    ("2013-01-11", "day", "2013-01-11", "2013-01-11"),
    ("2013-01", "month", "2013-01-01", "2013-01-31"),
    ("2012-02", "month", "2012-02-01", "2012-02-29"),
    ("2013", "year", "2013-01-01", "2013-12-31"),
    ("~2014-06", "approximate", "2014-06-01", "2014-06-30"),
])
def test_valid_dates_keep_their_precision(text, precision, first, last):
    date = parse_date(text)
    assert (date.precision, date.first_day, date.last_day) == (precision, first, last)
    assert date.text == text.lstrip("~")


@pytest.mark.parametrize("value, reason", [
    ("2013-02-30", "impossible day"),
    ("2013-13", "impossible month"),
    ("13-01-2013", "malformed"),
    ("2013/01/11", "malformed"),
    ("1850", "impossible year"),
    (2013, "quoted string"),
    ("", "malformed"),
])
def test_invalid_dates_are_rejected_with_a_reason(value, reason):
    with pytest.raises(DateError, match=reason):
        parse_date(value)
