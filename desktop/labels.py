"""The content's fixed vocabularies (event types, kinds, roles, fates) as the user's language names them. The
data and the database keep the English values; only what is shown goes through label()."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Listed so that pyside6-lupdate finds every value; the tests check these lists against the store's.
VOCABULARY = (
    # event types
    QT_TRANSLATE_NOOP("Labels", "battle"), QT_TRANSLATE_NOOP("Labels", "attack"),
    QT_TRANSLATE_NOOP("Labels", "ambush"), QT_TRANSLATE_NOOP("Labels", "bombing"),
    QT_TRANSLATE_NOOP("Labels", "massacre"), QT_TRANSLATE_NOOP("Labels", "kidnapping"),
    QT_TRANSLATE_NOOP("Labels", "coup"), QT_TRANSLATE_NOOP("Labels", "agreement"),
    QT_TRANSLATE_NOOP("Labels", "operation"), QT_TRANSLATE_NOOP("Labels", "withdrawal"),
    QT_TRANSLATE_NOOP("Labels", "election"), QT_TRANSLATE_NOOP("Labels", "political"),
    QT_TRANSLATE_NOOP("Labels", "other"),
    # kinds of faction
    QT_TRANSLATE_NOOP("Labels", "state"), QT_TRANSLATE_NOOP("Labels", "state force"),
    QT_TRANSLATE_NOOP("Labels", "foreign force"), QT_TRANSLATE_NOOP("Labels", "peacekeeping mission"),
    QT_TRANSLATE_NOOP("Labels", "international organisation"), QT_TRANSLATE_NOOP("Labels", "political body"),
    QT_TRANSLATE_NOOP("Labels", "rebel movement"), QT_TRANSLATE_NOOP("Labels", "jihadist group"),
    QT_TRANSLATE_NOOP("Labels", "militia"), QT_TRANSLATE_NOOP("Labels", "coalition"),
    QT_TRANSLATE_NOOP("Labels", "private military company"),
    # kinds of place
    QT_TRANSLATE_NOOP("Labels", "city"), QT_TRANSLATE_NOOP("Labels", "town"),
    QT_TRANSLATE_NOOP("Labels", "village"), QT_TRANSLATE_NOOP("Labels", "military camp"),
    QT_TRANSLATE_NOOP("Labels", "region"), QT_TRANSLATE_NOOP("Labels", "border post"),
    QT_TRANSLATE_NOOP("Labels", "site"), QT_TRANSLATE_NOOP("Labels", "country"),
    # roles in events, and sides
    QT_TRANSLATE_NOOP("Labels", "attacker"), QT_TRANSLATE_NOOP("Labels", "target"),
    QT_TRANSLATE_NOOP("Labels", "perpetrator"), QT_TRANSLATE_NOOP("Labels", "victim"),
    QT_TRANSLATE_NOOP("Labels", "party"), QT_TRANSLATE_NOOP("Labels", "signatory"),
    QT_TRANSLATE_NOOP("Labels", "claimed by"), QT_TRANSLATE_NOOP("Labels", "blamed on"),
    QT_TRANSLATE_NOOP("Labels", "mediator"), QT_TRANSLATE_NOOP("Labels", "supporter"),
    QT_TRANSLATE_NOOP("Labels", "belligerent"),
    # relations between factions
    QT_TRANSLATE_NOOP("Labels", "founded from"), QT_TRANSLATE_NOOP("Labels", "split from"),
    QT_TRANSLATE_NOOP("Labels", "merged into"), QT_TRANSLATE_NOOP("Labels", "renamed"),
    QT_TRANSLATE_NOOP("Labels", "allied with"), QT_TRANSLATE_NOOP("Labels", "fought"),
    QT_TRANSLATE_NOOP("Labels", "supported by"), QT_TRANSLATE_NOOP("Labels", "member of"),
    QT_TRANSLATE_NOOP("Labels", "part of"),
    # fates of people and kinds of role
    QT_TRANSLATE_NOOP("Labels", "alive"), QT_TRANSLATE_NOOP("Labels", "killed"),
    QT_TRANSLATE_NOOP("Labels", "captured"), QT_TRANSLATE_NOOP("Labels", "died"),
    QT_TRANSLATE_NOOP("Labels", "unknown"), QT_TRANSLATE_NOOP("Labels", "spokesperson"),
    QT_TRANSLATE_NOOP("Labels", "envoy or official"), QT_TRANSLATE_NOOP("Labels", "head of state or government"),
    QT_TRANSLATE_NOOP("Labels", "minister"), QT_TRANSLATE_NOOP("Labels", "military commander"),
    QT_TRANSLATE_NOOP("Labels", "leader"),
    # figures: what they measure and their units
    QT_TRANSLATE_NOOP("Labels", "strength"), QT_TRANSLATE_NOOP("Labels", "casualties"),
    QT_TRANSLATE_NOOP("Labels", "displaced"), QT_TRANSLATE_NOOP("Labels", "refugees"),
    QT_TRANSLATE_NOOP("Labels", "idps"), QT_TRANSLATE_NOOP("Labels", "fatalities"),
    QT_TRANSLATE_NOOP("Labels", "personnel"), QT_TRANSLATE_NOOP("Labels", "people"),
    QT_TRANSLATE_NOOP("Labels", "deaths"),
    # precision of dates
    QT_TRANSLATE_NOOP("Labels", "day"), QT_TRANSLATE_NOOP("Labels", "month"), QT_TRANSLATE_NOOP("Labels", "year"),
)


def label(value: str) -> str:
    """The shown name of a vocabulary value ("battle" → "bataille" in French); other text comes back as it is."""
    return QCoreApplication.translate("Labels", value)
