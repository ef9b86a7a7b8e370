"""A row being edited that someone else changed is flagged at once, before any save; the
save is then refused (reload, or save over their change), never silently over it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Gender, Role, Stage
from fwgdesk.domain.errors import ConflictError
from fwgdesk.domain.people import FocalPointInput, FocalPointRecord
from fwgdesk.domain.wording import english
from fwgdesk.services import people, reviews
from fwgdesk.services.reviews import ReviewDetails
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.focal_point_dialog import FocalPointDialog
from fwgdesk.ui.views.state.focal_points_tab import FocalPointsTab
from fwgdesk.ui.views.state.review_commands import details_of
from fwgdesk.ui.views.state.review_tab import ReviewTab
from fwgdesk.ui.watcher import ChangeWatcher
from fwgdesk.ui.widgets.conflicts import Decision
from tests.support.ui import announce, settle
from tests.ui.language import plain

ISO3 = "KEN"
TODAY = date(2024, 5, 2)


def _review_tab(qtbot: QtBot, ctx: UiContext) -> tuple[ReviewTab, list[str]]:
    review = reviews.create_review(ctx.database, ISO3, 2, 1)
    reviews.change_stage(ctx.database, review.id, Stage.SELF_ASSESSMENT, date(2023, 4, 1), None)
    tab = ReviewTab(ctx, ISO3, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    asked: list[str] = []
    return tab, asked


def _answer(tab: ReviewTab, asked: list[str], decision: Decision) -> None:
    def ask(_parent: object, error: ConflictError) -> Decision:
        asked.append(english(error))
        return decision

    tab.commands.ask_conflict = ask


def _someone_else_agrees_languages(ctx: UiContext) -> None:
    """Another user's save of the review (another process: only a notice reaches us)."""
    (review,) = reviews.list_reviews(ctx.database, ISO3)
    theirs = replace(details_of(review), language_agreement=True)
    reviews.update_review(ctx.database, review.id, theirs, review.version)
    announce(ctx, [ISO3], ["reviews"])


def _saved_details(ctx: UiContext) -> ReviewDetails:
    (review,) = reviews.list_reviews(ctx.database, ISO3)
    return details_of(review)


def test_review_details_changed_meanwhile_are_flagged_and_kept(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    tab, _asked = _review_tab(qtbot, ui_context)
    tab.details.saq_progress.setValue(40)
    assert not tab.details.changed_banner.isVisible(), "flagged before anyone else wrote"
    _someone_else_agrees_languages(ui_context)
    banner = tab.details.changed_banner
    assert banner.isVisible(), "another user's change to the review being edited is not flagged"
    assert banner.notice is not None, "the banner has no notice"
    text = english(banner.notice)
    assert "changed by someone else while you were editing" in text, text
    assert "Languages agreed" in text or "language_agreement" in text, f"what changed: {text}"
    assert tab.details.saq_progress.value() == 40, "the user's pending edit was dropped"
    assert tab.details.dirty, "the form no longer says its edits are pending"


def _save_after_their_change(
    qtbot: QtBot, ctx: UiContext, decision: Decision
) -> tuple[ReviewTab, list[str]]:
    """Type a progress, let another user change the review, then save and answer."""
    tab, asked = _review_tab(qtbot, ctx)
    _answer(tab, asked, decision)
    tab.details.saq_progress.setValue(40)
    _someone_else_agrees_languages(ctx)
    qtbot.mouseClick(tab.details.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert len(asked) == 1, "the save over another user's change was not put to the user"
    return tab, asked


def test_saving_after_someone_else_changed_the_review_is_refused(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    tab, _asked = _save_after_their_change(qtbot, ui_context, Decision.RELOAD)
    saved = _saved_details(ui_context)
    assert saved.language_agreement is True, "the other user's change was lost"
    assert saved.saq_progress is None, "the refused save was written"
    assert not tab.details.changed_banner.isVisible(), "the flag stayed after reloading"
    assert tab.details.agreement.currentData() is True, "the form does not show their change"


def test_the_user_may_save_over_the_flagged_change(qtbot: QtBot, ui_context: UiContext) -> None:
    _save_after_their_change(qtbot, ui_context, Decision.OVERWRITE)
    assert _saved_details(ui_context).saq_progress == 0.4, "the user's save was not written"


def test_the_banner_reload_takes_their_change_and_drops_mine(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    tab, _asked = _review_tab(qtbot, ui_context)
    tab.details.saq_progress.setValue(40)
    _someone_else_agrees_languages(ui_context)
    qtbot.mouseClick(tab.details.changed_banner.reload_button, Qt.MouseButton.LeftButton)
    assert not tab.details.dirty, "the form still has pending edits after reloading"
    assert tab.details.agreement.currentData() is True, "the form does not show their change"
    assert tab.details.saq_progress.value() == -1, "the dropped edit is still shown"
    assert not tab.details.changed_banner.isVisible(), "the flag stayed after reloading"


def test_this_windows_own_stage_change_is_not_flagged(qtbot: QtBot, ui_context: UiContext) -> None:
    tab, asked = _review_tab(qtbot, ui_context)
    _answer(tab, asked, Decision.RELOAD)
    tab.details.saq_progress.setValue(40)
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert not tab.details.changed_banner.isVisible(), "the window's own write was flagged"
    qtbot.mouseClick(tab.details.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert asked == [], f"the window's own write was taken for someone else's: {asked}"
    assert _saved_details(ui_context).saq_progress == 0.4, "the details were not saved"


def _person(ctx: UiContext) -> FocalPointRecord:
    data = FocalPointInput(
        Role.FOCAL_POINT, "Wanjiru Kamau", Gender.FEMALE, institution="Ministry of Interior"
    )
    return people.add_focal_point(ctx.database, ISO3, data)


def _people_tab(qtbot: QtBot, ctx: UiContext) -> FocalPointsTab:
    tab = FocalPointsTab(ctx, ISO3, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.table.selectRow(0)
    return tab


def _edit_form(qtbot: QtBot, ctx: UiContext) -> tuple[FocalPointRecord, FocalPointDialog]:
    """A person, and their edit form opened from the Focal points tab."""
    person = _person(ctx)
    dialog = _people_tab(qtbot, ctx).open_edit_dialog()
    assert dialog is not None, "no edit form opened"
    return person, dialog


def _someone_else_moves(ctx: UiContext, person: FocalPointRecord) -> None:
    theirs = replace(person.as_input(), institution="National Focal Point Office")
    people.update_focal_point(ctx.database, person.id, theirs, person.version)
    announce(ctx, [ISO3], ["focal_points"])


def test_a_person_changed_while_their_form_is_open_is_flagged(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    person, dialog = _edit_form(qtbot, ui_context)
    dialog.phone.setText("+254 20 123 4567")
    _someone_else_moves(ui_context, person)
    banner = dialog.changed_banner
    assert banner.isVisible(), "the change to the person being edited is not flagged"
    assert banner.notice is not None, "the banner has no notice"
    text = english(banner.notice)
    assert "Ministry of Interior → National Focal Point Office" in text, f"what changed: {text}"
    assert dialog.phone.text() == "+254 20 123 4567", "the user's typing was dropped"


def test_reloading_the_flagged_form_saves_on_their_version(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    person, dialog = _edit_form(qtbot, ui_context)
    _someone_else_moves(ui_context, person)
    qtbot.mouseClick(dialog.changed_banner.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.institution.text() == "National Focal Point Office", "their change not shown"
    assert not dialog.changed_banner.isVisible(), "the flag stayed after reloading"
    dialog.phone.setText("+254 20 123 4567")
    dialog.accept()
    settle(qtbot, ui_context)
    (saved,) = people.list_focal_points(ui_context.database, ISO3)
    assert saved.phone == "+254 20 123 4567", "the save on their version was refused"
    assert saved.institution == "National Focal Point Office", "their change was lost"


def test_saving_the_persons_own_form_raises_no_flag(qtbot: QtBot, ui_context: UiContext) -> None:
    _, dialog = _edit_form(qtbot, ui_context)
    banners: list[bool] = []
    ui_context.events.changed.connect(lambda _c: banners.append(dialog.changed_banner.isVisible()))
    dialog.phone.setText("+254 20 123 4567")
    dialog.accept()
    settle(qtbot, ui_context)
    assert True not in banners, "the window's own save was flagged as someone else's"


def test_the_flag_words_rows_and_values_as_the_window_does(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    tab, _asked = _review_tab(qtbot, ui_context)
    tab.details.saq_progress.setValue(40)
    (review,) = reviews.list_reviews(ui_context.database, ISO3)
    theirs = replace(details_of(review), language_agreement=True, working_languages=("fr",))
    reviews.update_review(ui_context.database, review.id, theirs, review.version)
    announce(ui_context, [ISO3], ["reviews"])
    shown = plain(tab.details.changed_banner.label.text())
    assert "the review of Kenya, group 2, cluster 1" in shown, f"the review's name: {shown}"
    assert "KEN/2/1" not in shown, f"the review is named by its key: {shown}"
    assert "→ Yes" in shown, f"a yes-or-no value is not worded: {shown}"
    assert "→ French" in shown, f"a language is shown by its code: {shown}"


def test_a_second_window_on_the_same_file_raises_the_flag(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    """No notice is sent by hand: the watcher sees the other connection's commit."""
    tab, _asked = _review_tab(qtbot, ui_context)
    watcher = ChangeWatcher(ui_context)
    tab.details.saq_progress.setValue(40)
    other = Database(ui_context.database.url)  # a second window on the same file
    try:
        (review,) = reviews.list_reviews(other, ISO3)
        theirs = replace(details_of(review), language_agreement=True)
        reviews.update_review(other, review.id, theirs, review.version)
    finally:
        other.dispose()
    banner = tab.details.changed_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)  # the watcher polls each second
    watcher.stop()
    assert tab.details.saq_progress.value() == 40, "the user's pending edit was dropped"
