"""A State's page fits a laptop screen of 1366x768 in every language: no tab asks the
window for more height than the screen leaves it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fwgdesk.domain.enums import AssistanceTopic, Stage
from fwgdesk.services import reviews
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.views.main_window import MainWindow
from tests.ui.language import language

SCREEN_HEIGHT = 768
TASKBAR_AND_TITLE = 68  # what the desktop keeps of a laptop's screen


@pytest.mark.usefixtures("bundled_fonts")
def test_the_review_tab_leaves_the_window_within_a_laptop_screen(
    qtbot: QtBot, qapp: QApplication, ui_context: UiContext
) -> None:
    database = ui_context.database
    review = reviews.create_review(database, "EGY", 1, 1)
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2024, 2, 12))
    reviews.add_assistance(database, "EGY", AssistanceTopic.LEGISLATION, date(2024, 3, 1))
    room = SCREEN_HEIGHT - TASKBAR_AND_TITLE
    for code in ("en", "ar", "ru"):
        with language(qapp, code):
            ui_context.settings.language = code
            window = MainWindow(ui_context)
            qtbot.addWidget(window)
            window.show_place(MainWindow.PLACE_STATES)
            window.states.open_state("EGY")
            page = window.states.page
            assert page is not None
            page.tabs.setCurrentWidget(page.review)
            window.show()
            needed = window.minimumSizeHint().height()
            tab = page.review
            scrolled = tab.details_scroll.widget().isAncestorOf(tab.details.save_button)
            assert not scrolled, f"in {code} Save details scrolls away with the form"
            assert tab.details.save_button.isVisibleTo(window), f"in {code} no Save in sight"
            window.close()
            assert needed <= room, (
                f"in {code} the Review tab makes the window at least {needed} px high; "
                f"a 1366x768 laptop leaves {room}"
            )
