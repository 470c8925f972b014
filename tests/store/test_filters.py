"""EventFilter -> WHERE clause, as a table of cases, checked against the fixture database."""

import pytest

from desktop.store.filters import EventFilter, fts_query, where_clause

CASES = [
    (EventFilter(), ["2012-01-17-menaka", "2013-01-28-timbuktu"]),
    (EventFilter(date_from="2013-01-01"), ["2013-01-28-timbuktu"]),
    (EventFilter(date_to="2012-12-31"), ["2012-01-17-menaka"]),
    (EventFilter(date_from="2014-01-01"), []),
    (EventFilter(types=frozenset({"attack"})), ["2012-01-17-menaka"]),
    (EventFilter(types=frozenset({"attack", "battle"})), ["2012-01-17-menaka", "2013-01-28-timbuktu"]),
    (EventFilter(regions=frozenset({"Tombouctou"})), ["2013-01-28-timbuktu"]),
    (EventFilter(factions=frozenset({"mnla"})), ["2012-01-17-menaka"]),
    (EventFilter(factions=frozenset({"france", "fama"})), ["2012-01-17-menaka", "2013-01-28-timbuktu"]),
    (EventFilter(min_fatalities=5), ["2012-01-17-menaka"]),
    (EventFilter(min_fatalities=6), []),
    (EventFilter(text="tombouctou"), ["2013-01-28-timbuktu"]),
    (EventFilter(text="Ménaka"), ["2012-01-17-menaka"]),
    (EventFilter(text="menak"), ["2012-01-17-menaka"]),  # prefix
    (EventFilter(types=frozenset({"attack"}), text="tombouctou"), []),
]


@pytest.mark.parametrize("event_filter, expected", CASES)
def test_filter_selects_the_right_events(store, event_filter, expected):
    assert [e.id for e in store.filtered_events(event_filter, "date", True, 0, 100)] == expected
    assert store.count_events(event_filter) == len(expected)


@pytest.mark.parametrize("text, query", [
    ("Gao", '"Gao"*'),
    ('AND OR "NOT" NEAR(x) -y *', '"AND"* "OR"* "NOT"* "NEAR"* "x" "y"'),
    ("", None),
    ("a b", "\"a\" \"b\""),
    ("()*:^", None),
    ("🙂", None),
    ("تمبكتو", '"تمبكتو"*'),
])
def test_fts_query_quotes_every_word(text, query):
    assert fts_query(text) == query


def test_parameters_are_bound_not_pasted():
    where, params = where_clause(EventFilter(types=frozenset({"x'); DROP TABLE events; --"})))
    assert "DROP" not in where and "x'); DROP TABLE events; --" in params.values()
