"""Series computations: plain functions over store rows, no Qt."""

import numpy as np

from desktop.plots.series import day_seconds, figure_series, month_from_seconds, month_seconds, monthly
from desktop.store.records import Figure, MonthCount


def test_seconds_conversions():
    assert day_seconds(["1970-01-02"]).tolist() == [86400.0]
    assert month_seconds(["1970-02"]).tolist() == [31 * 86400.0]
    assert month_from_seconds(month_seconds(["2013-01"])[0] + 5 * 86400) == "2013-01"


def test_monthly_grid_fills_gaps_and_stacks_types():
    rows = [MonthCount("2012-01", "attack", 2, 10, 5, 20), MonthCount("2012-01", "battle", 1, 3, 3, 3),
            MonthCount("2012-03", "attack", 4, 0, 0, 0)]
    series = monthly(rows, ["attack", "battle"])
    assert series.months == ["2012-01", "2012-02", "2012-03"]
    assert series.counts.tolist() == [[2, 0, 4], [1, 0, 0]]
    assert series.stacked_bottoms.tolist() == [[0, 0, 0], [2, 0, 4]]
    assert series.fatalities.tolist() == [[13, 0, 0], [8, 0, 0], [23, 0, 0]]
    assert series.width[0] == 31 * 86400 and series.width[1] == 29 * 86400  # 2012 is a leap year
    assert series.rows()[0] == ["2012-01", 2, 1, 3, 13, 8, 23]
    assert series.header()[-1] == "fatalities_high"


def test_monthly_with_no_rows():
    series = monthly([], ["attack"])
    assert series.months == [] and series.counts.shape == (1, 0)


def figure(fid, date, value=None, low=None, high=None):
    return Figure(fid, "s", "A series", None, "strength", date, value, low, high, "personnel", None, None, ())


def test_figure_series_orders_points_and_uses_the_middle_of_bounds():
    series = figure_series([figure("b", "2014", 3000), figure("a", "2013-01", low=2800, high=6000),
                            figure("c", "2015-06-01", low=1000)])["s"]
    assert [f.id for f in series.figures] == ["a", "b", "c"]
    assert series.value.tolist() == [4400.0, 3000.0, 1000.0]
    assert np.isnan(series.low[1]) and series.high[0] == 6000
    assert series.seconds.tolist() == day_seconds(["2013-01-01", "2014-01-01", "2015-06-01"]).tolist()
