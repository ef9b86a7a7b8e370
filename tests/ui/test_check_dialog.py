"""Check database in the window: findings listed first, repairs only when asked, the
focal point who stays chosen by the user, labels translated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fwgdesk.db.changes import Changes
from fwgdesk.domain.enums import Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.rules import RULES
from fwgdesk.services import people, reviews
from fwgdesk.services.consistency import REQUEST_IN_FUTURE, SUBMITTED_IN_FUTURE
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.check_dialog import COLUMN_ROWS, CheckDatabaseDialog
from fwgdesk.ui.i18n import install_language
from fwgdesk.ui.labels import rule_label
from fwgdesk.ui.views.main_window import MainWindow

TIMEOUT_MS = 15000


def _checked(qtbot: QtBot, dialog: CheckDatabaseDialog) -> None:
    qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.task is None, timeout=TIMEOUT_MS)


def _two_active(ui_context: UiContext) -> list[str]:
    """Two active focal points of KEN, left by an older version (the rules forbid it now)."""
    keys = []
    for name, on in (("Amina Otieno", date(2019, 2, 1)), ("Brian Mwangi", date(2023, 4, 1))):
        person = people.add_focal_point(
            ui_context.database, "KEN", FocalPointInput(Role.OBSERVER, name, designated_on=on)
        )
        keys.append(person.external_id)
    with ui_context.database.engine.begin() as connection:
        connection.execute(text("UPDATE focal_points SET role = 'focal_point'"))
    return keys


def test_findings_are_shown_and_nothing_changes_until_repair(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    review = reviews.create_review(ui_context.database, "KEN", 1, 1)
    with ui_context.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE reviews SET suspended_reason = 'on hold' WHERE id = :id"),
            {"id": review.id},
        )
    first, newest = _two_active(ui_context)
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    changes: list[Changes] = []
    ui_context.events.changed.connect(changes.append)
    window.database_actions.check_action.trigger()
    dialog = window.database_actions.check_dialog
    assert dialog is not None and dialog.isVisible(), "the dialog did not open"
    _checked(qtbot, dialog)
    assert dialog.findings.topLevelItemCount() == 2, "the findings are not listed"
    (before,) = reviews.list_reviews(ui_context.database, "KEN")
    assert before.suspended_reason == "on hold", "checking changed the data"
    assert changes == [], "checking announced a change"
    assert dialog.keep() == {"focal_points:KEN": newest}, "the newest is not proposed"
    combo = dialog._keep["focal_points:KEN"]
    combo.setCurrentIndex(combo.findData(first))

    dialog.repair_button.click()
    qtbot.waitUntil(lambda: dialog.last_repair is not None, timeout=TIMEOUT_MS)
    _checked(qtbot, dialog)
    assert dialog.last_repair is not None and dialog.last_repair.backup is not None
    assert dialog.last_repair.backup.name in dialog.summary.text(), "the backup is not named"
    assert "No problems found." in dialog.summary.text(), dialog.summary.text()
    assert any(c.everything for c in changes), "the views were not told to refresh"
    (after,) = reviews.list_reviews(ui_context.database, "KEN")
    assert after.suspended_reason is None, "the reason was not removed"
    active = [
        p.external_id for p in people.list_focal_points(ui_context.database, "KEN") if p.active
    ]
    assert active == [first], f"the user's choice did not stay active: {active}"
    dialog.reject()
    assert not dialog.isVisible(), "the dialog did not close"


def test_an_unticked_repair_is_not_made(qtbot: QtBot, ui_context: UiContext) -> None:
    _two_active(ui_context)
    dialog = CheckDatabaseDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.start()
    _checked(qtbot, dialog)
    item = dialog.findings.topLevelItem(0)
    assert item is not None, "no finding listed"
    item.setCheckState(COLUMN_ROWS, Qt.CheckState.Unchecked)
    assert not dialog.repair_button.isEnabled(), "Repair is offered with nothing ticked"
    dialog.repair()
    active = [p for p in people.list_focal_points(ui_context.database, "KEN") if p.active]
    assert len(active) == 2, "an unticked repair was made"


def test_every_rule_has_a_label_shown_translated(qapp: QApplication) -> None:
    kinds = [rule.id.value for rule in RULES] + [REQUEST_IN_FUTURE, SUBMITTED_IN_FUTURE]
    english = {kind: rule_label(kind) for kind in kinds}
    assert all(english[kind] != kind for kind in kinds), f"unlabelled: {english}"
    install_language(qapp, "fr")
    try:
        french = {kind: rule_label(kind) for kind in kinds}
        same = [kind for kind in kinds if french[kind] == english[kind]]
        assert same == [], f"not translated into French: {same}"
    finally:
        install_language(qapp, "en")
