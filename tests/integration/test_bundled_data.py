"""The real content under data/: it builds, and the Overview reconstructs everything the seed document names."""

import pytest

from desktop import paths
from desktop.store.build import write_database
from desktop.store.content import load_content
from desktop.store.store import Store
from desktop.views.main_window import MainWindow

# The seed's commanders, as the seed spells them.
SEED_COMMANDERS = [
    "Iyad Ag Ghaly", "Sedane Ag Hita", "Mokhtar Belmokhtar", "Abdelhamid Abou Zeid", "Abdelmalek Droukdel",
    "Ahmed al-Tilemsi", "Omar Ould Hamaha", "Ba Ag Moussa", "Abu al-Bara' al-Sahrawi",
    "Adnan Abu Walid al-Sahrawi", "Abu Huzeifa",
]
# Belligerents the seed still names (the rest lost their flags), by the acronym or name the seed shows.
SEED_BELLIGERENTS = ["Mali", "FLA", "Ukraine", "CMI", "MAA", "FLNA"]
# Every strength, casualty and displacement number of the seed, as (low, value, high) found in some figure.
SEED_NUMBERS = [12150, 41000, 3000, 10116, 550, 500, 2800, 6000, 100, 1000, 311, 2, 13105, 144000, 230000,
                374000]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    path = tmp_path_factory.mktemp("bundled") / "mali-war.sqlite"
    write_database(load_content(paths.data_dir()), path)
    store = Store(path)
    yield store
    store.close()


def test_every_seed_commander_is_in_the_infobox(bundled):
    box = bundled.infobox()
    commanders = {link.id for links in box.commanders.values() for link in links}
    names = {}
    for person_id in commanders:
        person = bundled.person(person_id)
        names.update({n.lower(): person_id for n in (person.name, *person.aliases)})
    missing = [name for name in SEED_COMMANDERS if name.lower() not in names]
    assert missing == []


def test_every_named_seed_belligerent_is_in_the_infobox(bundled):
    box = bundled.infobox()
    labels = set()
    for cell in box.belligerents:
        for entry in cell.entries:
            faction = bundled.faction(entry.faction.id)
            labels.update(filter(None, (faction.name, faction.acronym, faction.acronym_fr)))
    assert [name for name in SEED_BELLIGERENTS if name not in labels] == []
    assert all(any(cell.entries for cell in box.belligerents if cell.side == side) for side in box.sides)


def test_every_seed_number_is_a_sourced_figure_of_the_infobox(bundled):
    box = bundled.infobox()
    figures = [f for group in (*box.strength.values(), *box.casualties.values()) for f in group]
    figures += [*box.displacement, *box.total_killed]
    numbers = {n for f in figures for n in (f.low, f.value, f.high) if n is not None}
    assert [n for n in SEED_NUMBERS if n not in numbers] == []
    assert all(f.sources for f in figures)


def test_every_record_cites_a_source(bundled):
    for faction in bundled.factions():
        assert bundled.faction(faction.id).sources, faction.id
    for person in bundled.people():
        assert bundled.person(person.id).sources, person.id
    for event in bundled.events():
        assert bundled.event(event.id).sources, event.id


def test_window_opens_on_the_bundled_database(qtbot, bundled):
    window = MainWindow(bundled)
    qtbot.addWidget(window)
    window.show()
    text = window.overview_tab.page.toPlainText()
    assert "Iyad Ag Ghaly" in text and "Belligerents" in text
    assert len(set(window.factions_tab.visible_faction_ids())) >= 60


def test_the_people_directory_sorts_a_to_z_whatever_the_accents(bundled):
    people = [p.name for p in bundled.people()]
    assert people.index("Béatrice Stöckli") < people.index("Bruno Guibert")
