"""Everything that speaks SQL. No Qt imports here: the store and its tests run without a display."""
