"""Record pages as HTML for QTextBrowser. Every mention of a record is a link: mwr://KIND/ID.

Pure functions from store dataclasses to HTML; all text is escaped, all labels go through Qt's translation.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication as Q

from desktop import labels
from desktop.formatting import value_range
from desktop.store.records import (
    Event,
    EventSummary,
    Faction,
    Figure,
    Infobox,
    Link,
    Person,
    Place,
    Role,
    Source,
)

LINK_SCHEME = "mwr"
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """HTML-escape text (the html module's import costs more than the first paint can spare)."""
    return text.translate(_ESCAPES)
STYLE = """<style>
h1 { margin-bottom: 0; } h2 { margin-top: 14px; margin-bottom: 4px; }
.muted { color: #555; } td, th { padding: 2px 6px; vertical-align: top; }
th { text-align: left; background: #e8e4d8; } .section { background: #d9d2bf; text-align: center; }
</style>"""


def link(target: Link | None) -> str:
    if target is None:
        return ""
    return f'<a href="{LINK_SCHEME}://{escape(target.kind)}/{escape(target.id)}">{escape(target.label)}</a>'


def date_span(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    if not end:
        return escape(start or "") + "–"
    return f"{escape(start or '?')}–{escape(end)}"


def figure_value(figure: Figure) -> str:
    """'12,150', '2,800–6,000', '1,000+', '41,000 (40,000–42,000)', 'up to 500'."""
    return value_range(figure.low, figure.value, figure.high)


class Citations:
    """Numbers sources in order of first use and renders the footnote list."""

    def __init__(self) -> None:
        self.sources: list[Source] = []

    def cite(self, sources: tuple[Source, ...]) -> str:
        marks = []
        for source in sources:
            if source not in self.sources:
                self.sources.append(source)
            n = self.sources.index(source) + 1
            marks.append(f'<a href="#source-{n}">[{n}]</a>')
        return f"<sup>{''.join(marks)}</sup>" if marks else ""

    def html(self) -> str:
        if not self.sources:
            return ""
        items = []
        for n, s in enumerate(self.sources, start=1):
            parts = [f"<i>{escape(s.title)}</i>", escape(s.publisher)]
            parts += [escape(s.date)] if s.date else []
            parts += [f'<span class="muted">{escape(s.url)}</span>'] if s.url else []
            parts += [Q.translate("Pages", "accessed {0}").format(escape(s.accessed))] if s.accessed else []
            items.append(f'<li><a name="source-{n}"></a>{". ".join(parts)}</li>')
        heading = Q.translate("Pages", "Sources")
        return f"<h2>{heading}</h2><ol>{''.join(items)}</ol>"


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in pairs if v)
    return f"<table>{cells}</table>" if cells else ""


def _event_list(events: tuple[EventSummary, ...]) -> str:
    if not events:
        return ""
    items = "".join(f"<li>{escape(e.date)} — {link(Link('event', e.id, e.title))}"
                    f"{' (' + link(e.place) + ')' if e.place else ''}</li>" for e in events)
    heading = Q.translate("Pages", "Events")
    return f"<h2>{heading} ({len(events)})</h2><ul>{items}</ul>"


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _role_line(role: Role, show_person: bool) -> str:
    who = link(role.person) if show_person else link(role.faction)
    span = date_span(role.start, role.end)
    return f"<li>{escape(role.title)}{', ' + who if who else ''}{' (' + span + ')' if span else ''}</li>"


def _page(title: str, subtitle: str, body: str, citations: Citations) -> str:
    sub = f'<p class="muted">{subtitle}</p>' if subtitle else ""
    return f"<html><head>{STYLE}</head><body><h1>{escape(title)}</h1>{sub}{body}{citations.html()}</body></html>"


def faction_page(f: Faction) -> str:
    c = Citations()
    names = [n for n in (f.name_fr, f.acronym, f.acronym_fr) if n] + list(f.aliases)
    facts = _rows([
        (Q.translate("Pages", "Kind"), escape(labels.label(f.kind))),
        (Q.translate("Pages", "Also known as"), escape(", ".join(dict.fromkeys(names)))),
        (Q.translate("Pages", "Active"), date_span(f.founded, f.dissolved)),
        (Q.translate("Pages", "Aims"), escape(f.aims or "")),
    ])
    body = facts + f"<p>{escape(f.summary)}{c.cite(f.sources)}</p>"
    if f.sides:
        items = "".join(f"<li>{escape(s.period.name)}: {escape(s.side.name)}"
                        f"{' (' + escape(labels.label(s.role)) + ')' if s.role != 'belligerent' else ''}"
                        f"{' — ' + escape(s.note) if s.note else ''}</li>" for s in f.sides)
        body += _heading(Q.translate("Pages", "Side in the war")) + f"<ul>{items}</ul>"
    if f.leaders:
        body += _heading(Q.translate("Pages", "Leaders")) + "<ul>"
        body += "".join(_role_line(r, show_person=True) for r in f.leaders) + "</ul>"
    if f.relations:
        items = "".join(f"<li>{link(r.subject)} <i>{escape(labels.label(r.type))}</i> {link(r.other)}"
                        f"{' (' + date_span(r.start, r.end) + ')' if r.start or r.end else ''}"
                        f"{' — ' + escape(r.note) if r.note else ''}{c.cite(r.sources)}</li>" for r in f.relations)
        body += _heading(Q.translate("Pages", "Relations")) + f"<ul>{items}</ul>"
    if f.figures:
        items = "".join(f"<li>{escape(g.date)}: {figure_value(g)} {escape(labels.label(g.unit))} "
                        f"({escape(labels.label(g.measure))})"
                        f"{' — ' + escape(g.note) if g.note else ''}{c.cite(g.sources)}</li>" for g in f.figures)
        body += _heading(Q.translate("Pages", "Figures")) + f"<ul>{items}</ul>"
    body += _event_list(f.events)
    return _page(f.name, escape(f.acronym or ""), body, c)


def tenure_timeline(roles: tuple[Role, ...], today: str) -> str:
    """Roles with a known start as bars on a shared time scale (years), drawn with table cells."""
    dated = [r for r in roles if r.start]
    if not dated:
        return ""
    first = min(int(r.start[:4]) for r in dated)
    last = max(int((r.end or today)[:4]) for r in dated) + 1
    span = max(last - first, 1)
    rows = []
    for r in dated:
        start, end = int(r.start[:4]), int((r.end or today)[:4]) + 1
        cells = [(start - first, ""), (max(end - start, 1), "#b5651d"), (last - end, "")]
        bar = "".join(f'<td width="{100 * width // span}%"{f" bgcolor={colour!r}" if colour else ""}>&nbsp;</td>'
                      for width, colour in cells if width > 0)
        label = escape(r.title) + (f", {escape(r.faction.label)}" if r.faction else "")
        rows.append(f'<tr><td width="40%">{label}</td><td><table width="100%" cellspacing="0"><tr>{bar}</tr>'
                    f"</table></td></tr>")
    scale = f'<tr><td></td><td class="muted">{first} – {last - 1}</td></tr>'
    return f'<table width="100%" cellspacing="2">{"".join(rows)}{scale}</table>'


def person_page(p: Person) -> str:
    c = Citations()
    fate = escape(labels.label(p.fate)) + (f", {escape(p.fate_date)}" if p.fate_date else "")
    fate += f", {link(p.fate_place)}" if p.fate_place else ""
    facts = _rows([
        (Q.translate("Pages", "Also known as"), escape(", ".join(p.aliases))),
        (Q.translate("Pages", "Born"), escape(p.born or "")),
        (Q.translate("Pages", "Nationality"), escape(p.nationality or "")),
        (Q.translate("Pages", "Fate"), fate + (f" — {escape(p.fate_note)}" if p.fate_note else "")),
    ])
    body = facts + f"<p>{escape(p.summary)}{c.cite(p.sources)}</p>"
    if p.roles:
        body += _heading(Q.translate("Pages", "Roles")) + "<ul>"
        body += "".join(_role_line(r, show_person=False) for r in p.roles) + "</ul>"
        body += tenure_timeline(p.roles, date.today().isoformat())
    body += _event_list(p.events)
    return _page(p.name, "", body, c)


def place_page(p: Place) -> str:
    c = Citations()
    facts = _rows([
        # With French names (Store.use_french_names) name_fr holds the English name; French reads "Nom anglais".
        (Q.translate("Pages", "French name"), escape(p.name_fr or "")),
        (Q.translate("Pages", "Also written"), escape(", ".join(p.aliases))),
        (Q.translate("Pages", "Kind"), escape(labels.label(p.kind))),
        (Q.translate("Pages", "Region"), escape(p.region or "")),
        (Q.translate("Pages", "Country"), escape(p.country)),
        (Q.translate("Pages", "Coordinates"), f"{p.lat:.4f}, {p.lon:.4f}" + c.cite(p.sources)),
    ])
    return _page(p.name, "", facts + _event_list(p.events), c)


def event_page(e: Event) -> str:
    c = Citations()
    actors = "<br>".join(f"{link(a.faction)} <i>({escape(labels.label(a.role))})</i>" for a in e.actors)
    people = "<br>".join(f"{link(person)} <i>({escape(role)})</i>" for person, role in e.people)
    place = (link(Link("place", e.place.id, e.place.name)) + (f", {escape(e.place.region)}" if e.place.region
             else "") + f" ({escape(e.place.country)})") if e.place else ""
    facts = _rows([
        (Q.translate("Pages", "Date"), date_span(e.date, e.end) if e.end else escape(e.date)),
        (Q.translate("Pages", "Date precision"), escape(labels.label(e.date_precision))),
        (Q.translate("Pages", "Type"), escape(labels.label(e.type))),
        (Q.translate("Pages", "Place"), place),
        (Q.translate("Pages", "Actors"), actors),
        (Q.translate("Pages", "People"), people),
        (Q.translate("Pages", "Fatalities"), value_range(e.fatalities_low, e.fatalities_best,
                                                               e.fatalities_high)),
        (Q.translate("Pages", "Of whom civilians"), value_range(e.civilians_low, e.civilians_best,
                                                                      e.civilians_high)),
        (Q.translate("Pages", "On the toll"), escape(e.fatalities_note or "")),
    ])
    return _page(e.title, "", facts + f"<p>{escape(e.summary)}{c.cite(e.sources)}</p>", c)


def infobox_page(box: Infobox, title: str) -> str:
    """The war's infobox, reconstructed: every item links to its record and cites its source."""
    c = Citations()
    f = box.fields
    facts = _rows([
        (Q.translate("Pages", "Part of"), escape(f.get("part_of", ""))),
        (Q.translate("Pages", "Date"), escape(f.get("start", "")) + " – " + Q.translate("Pages", "present")),
        (Q.translate("Pages", "Location"), escape(f.get("location", ""))),
        (Q.translate("Pages", "Status"), escape(f.get("status", ""))),
        (Q.translate("Pages", "As of"), escape(f.get("as_of", ""))),
    ])
    sides = box.sides
    header = "".join(f"<th>{escape(s.name)}</th>" for s in sides)
    width = len(sides)

    def section(label: str) -> str:
        return f'<tr><td class="section" colspan="{width}"><b>{escape(label)}</b></td></tr>'

    def per_side(cell) -> str:
        return "<tr>" + "".join(f"<td>{cell(s)}</td>" for s in sides) + "</tr>"

    def entries_html(entries) -> str:
        lines, supporters = [], []
        for e in entries:
            text = link(e.faction) + (f' <span class="muted">({escape(e.note)})</span>' if e.note else "")
            (supporters if e.role == "supporter" else lines).append(text)
        if supporters:
            lines.append("<i>" + Q.translate("Pages", "Supported by:") + "</i>")
            lines.extend(supporters)
        return "<br>".join(lines)

    def figures_html(figures: tuple[Figure, ...]) -> str:
        lines = []
        for g in figures:
            who = link(g.subject) + " " if g.subject else ""
            label = f'<span class="muted">{escape(g.label)}</span> ' if g.label else ""
            measure = escape(labels.label(g.measure))
            lines.append(f"{label}{who}{figure_value(g)} ({measure}, {escape(g.date)}){c.cite(g.sources)}")
        return "<br>".join(lines)

    rows = [section(Q.translate("Pages", "Belligerents"))]
    for period in box.periods:
        cells = [cell for cell in box.belligerents if cell.period == period]
        if any(cell.entries for cell in cells):
            rows.append(f'<tr><td colspan="{width}" class="muted"><b>{escape(period.name)}</b></td></tr>')
            rows.append(per_side(lambda s, cells=cells: entries_html(
                next(cell.entries for cell in cells if cell.side == s))))
    rows.append(section(Q.translate("Pages", "Commanders and leaders")))
    rows.append(per_side(lambda s: "<br>".join(link(p) for p in box.commanders.get(s.id, ()))))
    rows.append(section(Q.translate("Pages", "Strength")))
    rows.append(per_side(lambda s: figures_html(box.strength.get(s.id, ()))))
    rows.append(section(Q.translate("Pages", "Casualties and losses")))
    rows.append(per_side(lambda s: figures_html(box.casualties.get(s.id, ()))))
    totals = figures_html(box.total_killed + box.displacement)
    if totals:
        rows.append(f'<tr><td colspan="{width}">{totals}</td></tr>')
    table = f'<table border="1" cellspacing="0" width="100%"><tr>{header}</tr>{"".join(rows)}</table>'
    intro = c.cite(box.sources)
    return _page(title, Q.translate("Pages", "The war at a glance") + intro, facts + table, c)
