"""Check database in the window: repairs once, then finds nothing; kinds shown translated."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fwgdesk.domain.enums import Stage
from fwgdesk.services import consistency, reviews
from fwgdesk.services.consistency import ConsistencyReport
from fwgdesk.services.maintenance import DatabaseCheck
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.check_dialog import CheckDatabaseDialog, describe_check, kind_label
from fwgdesk.ui.i18n import JsonTranslator, install_language
from fwgdesk.ui.views.main_window import MainWindow

TIMEOUT_MS = 15000
KINDS = consistency.REPAIRED_KINDS + consistency.REPORTED_KINDS


def checked(qtbot: QtBot, dialog: CheckDatabaseDialog) -> DatabaseCheck:
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=TIMEOUT_MS)
    assert dialog.outcome is not None
    return dialog.outcome


def test_check_database_repairs_a_broken_rule_once(qtbot: QtBot, ui_context: UiContext) -> None:
    review = reviews.create_review(ui_context.database, "KEN", 1, 1)
    with ui_context.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE reviews SET suspended_reason = 'on hold' WHERE id = :id"),
            {"id": review.id},
        )
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    reloads: list[str] = []
    ui_context.events.everything_changed.connect(lambda: reloads.append("reload"))
    window.database_actions.check_action.trigger()
    dialog = window.database_actions.check_dialog
    assert dialog is not None and dialog.isVisible()
    first = checked(qtbot, dialog)
    assert first.rules is not None and first.problems == ()
    assert dict(first.rules.repaired) == {consistency.REASON_NOT_SUSPENDED: 1}
    assert "Suspension reason on a review that is not suspended: 1" in dialog.summary.text()
    assert first.backup is not None and first.backup.exists()
    assert first.backup.name in dialog.summary.text()
    assert reloads == ["reload"]
    (repaired,) = reviews.list_reviews(ui_context.database, "KEN")
    assert repaired.suspended_reason is None and repaired.stage is Stage.NOT_STARTED
    dialog.again_button.click()
    second = checked(qtbot, dialog)
    assert second.clean and "No problems found." in dialog.summary.text()
    assert reloads == ["reload"]  # nothing repaired, nothing to reload
    dialog.reject()
    assert not dialog.isVisible()


def test_every_kind_has_a_label_and_shows_translated(qapp: QApplication) -> None:
    assert all(kind_label(kind) != kind for kind in KINDS)
    report = ConsistencyReport(
        repaired=Counter({consistency.SELF_REVIEW: 2}),
        reported=Counter({consistency.REQUEST_IN_FUTURE: 1}),
    )
    english = describe_check(DatabaseCheck((), report, None))
    assert "A State reviewing itself: 2" in english and "To look at" in english
    translator = install_language(qapp, "fr")
    try:
        french = describe_check(DatabaseCheck((), report, None))
        assert "A State reviewing itself" not in french and "2" in french
        assert all(kind_label(kind) for kind in KINDS)
    finally:
        if isinstance(translator, JsonTranslator):
            qapp.removeTranslator(translator)
        install_language(qapp, "en")


def test_a_damaged_file_is_told_with_what_sqlite_found() -> None:
    shown = describe_check(DatabaseCheck(("integrity_check: page 3 <bad>",), None, None))
    assert "damaged" in shown and "page 3 &lt;bad&gt;" in shown
