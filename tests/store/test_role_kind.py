import pytest

from desktop.store.content import role_kind


@pytest.mark.parametrize("title, kind", [
    ("President of Mali", "head of state or government"),
    ("Prime Minister", "head of state or government"),
    ("Minister of Defence", "minister"),
    ("Spokesman", "spokesperson"),
    ("Force Commander", "military commander"),
    ("Founder and leader", "leader"),
    ("Emir", "leader"),
    ("Special Representative of the Secretary-General", "envoy or official"),
    ("Hostage", "other"),
])
def test_role_kinds(title, kind):
    assert role_kind(title) == kind
