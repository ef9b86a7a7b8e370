"""Whole flows through the main window, across its places, with the real menus."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fwgdesk.domain.enums import Role, Stage
from fwgdesk.services import people, reviews
from fwgdesk.services.catalogue import list_items
from fwgdesk.services.links import list_links
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.views.main_window import MainWindow
from fwgdesk.ui.views.state_page import StatePage
from tests.support.synthetic import secretariat_2022
from tests.support.ui import settle


def make_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_for_dashboard(
    qtbot: QtBot, window: MainWindow, group: int, stage: str, value: int
) -> None:
    """Look at the dashboard (hidden, it computes nothing) until it shows *value*."""
    window.show_place(MainWindow.PLACE_DASHBOARD)

    def shown() -> bool:
        figures = window.dashboard.figures()
        return figures is not None and figures.groups[group].stages[stage] == value

    qtbot.waitUntil(shown, timeout=5000)


def open_state(window: MainWindow, iso3: str) -> StatePage:
    window.show_place(MainWindow.PLACE_STATES)
    table = window.states.table
    table.search.setText(iso3)
    table.table.setFocus()
    table.table.activated.emit(table.proxy.index(0, 0))
    page = window.states.page
    assert isinstance(page, StatePage) and page.iso3 == iso3
    return page


def test_the_five_places_and_the_menus(qtbot: QtBot, ui_context: UiContext) -> None:
    window = make_window(qtbot, ui_context)
    places = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert places == ["Dashboard", "States", "Recommendations", "Imports", "Reports"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Help"]
    window.show_place(MainWindow.PLACE_IMPORTS)
    assert window.pages.currentWidget() is window.imports
    assert window.imports.model.rowCount() >= 1  # the bundled data load
    window.show_place(MainWindow.PLACE_REPORTS)
    assert window.pages.currentWidget() is window.reports


def test_add_a_focal_point_and_move_a_review_seen_on_timeline_and_dashboard(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    secretariat_2022(ui_context.database)
    window = make_window(qtbot, ui_context)
    wait_for_dashboard(qtbot, window, 1, "not_started", 26)
    iso3 = next(
        s.iso3
        for s in window.states.table.model._rows
        if 1 in s.review_groups and s.stages == ("not_started",)
    )
    page = open_state(window, iso3)

    dialog = page.focal_points.open_add_dialog()
    dialog.name.setText("فاطمة الزهراء")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FOCAL_POINT.value))
    dialog.designated_on.set_value(date(2024, 3, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    # the State has a focal point already: the window asks when that designation ends
    question = page.focal_points.end_dialog
    assert question is not None and question.isVisible(), "the predecessor's end was not asked"
    question.accept()
    settle(qtbot, ui_context)
    assert not dialog.isVisible(), "the focal point form stayed open"
    names = [p.name for p in people.list_focal_points(ui_context.database, iso3)]
    assert "فاطمة الزهراء" in names, f"focal points saved: {names}"

    page.tabs.setCurrentWidget(page.review)
    qtbot.mouseClick(page.review.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert page.review.events_model.rowCount() == 1, "the stage change is not on the timeline"
    stage = page.review.events_model.event_at(0).stage
    assert stage is Stage.PRELIMINARY_CONSULTATION, f"the timeline shows {stage}"
    wait_for_dashboard(qtbot, window, 1, "not_started", 25)
    wait_for_dashboard(qtbot, window, 1, "preliminary_consultation", 7)

    # the stage change, through the Edit menu
    assert window.undo_action.isEnabled(), "Undo is not offered"
    window.undo_action.trigger()
    settle(qtbot, ui_context)
    stage = reviews.list_reviews(ui_context.database, iso3)[0].stage
    assert stage is Stage.NOT_STARTED, f"after undo the review is at {stage}"
    wait_for_dashboard(qtbot, window, 1, "not_started", 26)


def test_link_all_ammunition_recommendations_and_undo(qtbot: QtBot, ui_context: UiContext) -> None:
    window = make_window(qtbot, ui_context)
    page = open_state(window, "PER")
    page.tabs.setCurrentWidget(page.links)
    dialog = page.links.open_link_dialog()
    dialog.theme.setCurrentIndex(dialog.theme.findData("ammunition"))
    dialog.whole_theme.setChecked(True)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    ammunition = {i.code for i in list_items(ui_context.database, theme="ammunition")}
    linked = {link.code for link in list_links(ui_context.database, "PER")}
    assert linked == ammunition, f"linked: {sorted(linked)}"

    undo = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.text().startswith("&Undo")
    )
    assert undo.isEnabled(), "Undo is not offered"
    undo.trigger()
    settle(qtbot, ui_context)
    assert list_links(ui_context.database, "PER") == [], "the undo left links"
    assert page.links.model.rowCount() == 0, "the tab still shows the undone links"


def test_filter_states_to_those_with_no_focal_point(qtbot: QtBot, ui_context: UiContext) -> None:
    secretariat_2022(ui_context.database)
    window = make_window(qtbot, ui_context)
    window.show_place(MainWindow.PLACE_STATES)
    table = window.states.table
    table.without_focal_point.setChecked(True)
    assert table.proxy.rowCount() == 194 - 131


def test_own_state_opens_by_default_and_settings_are_saved(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    ui_context.settings.own_state = "MEX"
    window = make_window(qtbot, ui_context)
    assert window.pages.currentWidget() is window.states
    assert window.states.page is not None and window.states.page.iso3 == "MEX"
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.database_url.setText("mysql://nope")
    dialog.accept()
    assert dialog.isVisible() and "sqlite://" in dialog.problem.text()
    dialog.database_url.setText("")
    dialog.accept()
    assert not dialog.isVisible()
    assert ui_context.settings.language == "zh"
    saved = ui_context.paths.settings.read_text(encoding="utf-8")
    assert '"language": "zh"' in saved and '"own_state": "MEX"' in saved


def test_a_newly_chosen_state_reaches_the_reports_place_at_once(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    ui_context.settings.own_state = "MEX"
    window = make_window(qtbot, ui_context)
    window.show_place(MainWindow.PLACE_REPORTS)
    assert window.reports.form.state_picker.currentData() == "MEX"
    dialog = window.open_settings()
    dialog.own_state.setCurrentIndex(dialog.own_state.findData("KEN"))
    dialog.accept()
    chosen = window.reports.form.state_picker.currentData()
    assert chosen == "KEN", f"the Reports place still shows {chosen} until a restart"
