"""Qt item models over the store: lazy, paged with LIMIT, never every row in Python."""
