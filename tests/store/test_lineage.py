from desktop.store.lineage import lineage
from desktop.store.records import Link, Relation


def rel(a, kind, b, start=None):
    return Relation(Link("faction", a, a.upper()), kind, Link("faction", b, b.upper()), start, None, None, ())


def test_predecessors_and_successors_follow_the_relation_wording():
    relations = (
        rel("isgs", "split from", "al-mourabitoun", "2015-05"),
        rel("al-mourabitoun", "merged into", "jnim", "2017-03-02"),
        rel("al-mourabitoun", "founded from", "mujao", "2013-08"),
        rel("wagner", "renamed", "africa-corps"),
        rel("al-mourabitoun", "allied with", "aqim"),  # not lineage
    )
    tree = lineage("al-mourabitoun", relations)
    assert [(x.faction.id, x.type) for x in tree.predecessors] == [("mujao", "founded from")]
    assert [(x.faction.id, x.type, x.date) for x in tree.successors] == [
        ("isgs", "split from", "2015-05"), ("jnim", "merged into", "2017-03-02")]
    assert [x.faction.id for x in lineage("jnim", relations).predecessors] == ["al-mourabitoun"]
    assert [x.faction.id for x in lineage("wagner", relations).successors] == ["africa-corps"]
