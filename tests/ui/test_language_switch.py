"""The interface's language changes from Settings at once, without a restart."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fwgdesk.ui.app import show_read_only
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.views.main_window import MainWindow
from fwgdesk.ui.views.state_page import StatePage
from tests.support.ui import settle

READ_ONLY_AR = "للقراءة فقط: لا يجوز لدور قاعدة البيانات الخاص بك تغيير البيانات"


def choose_language(qtbot: QtBot, window: MainWindow, language: str) -> None:
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    with qtbot.waitSignal(window.language_changed, timeout=5000):
        dialog.accept()


def texts(window: MainWindow) -> tuple[list[str], list[str]]:
    places = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    return places, [action.text() for action in window.menuBar().actions()]


def page_of(window: MainWindow) -> StatePage:
    page = window.states.page
    assert isinstance(page, StatePage), "the open State did not come back after the switch"
    return page


def test_english_arabic_russian_without_a_restart(qtbot: QtBot, ui_context: UiContext) -> None:
    ui_context.settings.own_state = "MEX"
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    page_of(window).tabs.setCurrentIndex(2)
    old_page = page_of(window)

    choose_language(qtbot, window, "ar")
    places, menus = texts(window)
    assert places[0] == "لوحة المعلومات", f"the places are not in Arabic: {places}"
    assert menus[0] == "ملف (&F)", f"the menus are not in Arabic: {menus}"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft, "Arabic is not mirrored"
    page = page_of(window)
    assert page is not old_page and page.iso3 == "MEX", "the State's page was not built again"
    assert page.tabs.currentIndex() == 2, "the open tab was not kept"
    assert page.tabs.tabText(0) == "جهات الوصل", "the State's tabs are not in Arabic"
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft, "the page is not mirrored"
    assert QLocale().language() == QLocale.Language.Arabic, "the formats stay English"

    choose_language(qtbot, window, "ru")
    places, menus = texts(window)
    assert places[0] == "Панель показателей", f"the places are not in Russian: {places}"
    assert menus[0] == "&Файл", f"the menus are not in Russian: {menus}"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight, "Russian stays mirrored"
    assert page_of(window).tabs.tabText(0) == "Координаторы", "the tabs are not in Russian"
    assert QLocale().language() == QLocale.Language.Russian, "the formats are not Russian"
    assert ui_context.settings.language == "ru", "the language chosen is not kept"
    saved = ui_context.paths.settings.read_text(encoding="utf-8")
    assert '"language": "ru"' in saved, "the language chosen is not saved for the next start"


def test_places_built_again_still_follow_changes(qtbot: QtBot, ui_context: UiContext) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    window.show_place(MainWindow.PLACE_DASHBOARD)
    qtbot.waitUntil(lambda: window.dashboard.figures() is not None, timeout=5000)
    old_dashboard = window.dashboard

    choose_language(qtbot, window, "ru")
    dashboard = window.dashboard
    assert dashboard is not old_dashboard, "the dashboard was not built again in Russian"
    assert window.pages.currentWidget() is dashboard, "the window left the place it showed"
    qtbot.waitUntil(lambda: dashboard.figures() is not None, timeout=5000)
    assert dashboard.refresh_button.text() == "&Обновить", "the dashboard is not in Russian"
    settle(qtbot, ui_context)
    assert window.busy.cancel_button.text() == "О&тмена", "the busy row stays in English"


def test_the_status_bar_follows_the_language(qtbot: QtBot, ui_context: UiContext) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    show_read_only(window, ui_context)
    label = window.findChild(QLabel, "read_only")
    assert isinstance(label, QLabel) and label.text().startswith("Read only"), "no read-only label"
    window.switch_language("ar")
    assert label.text() == READ_ONLY_AR, f"the read-only label stays: {label.text()}"
