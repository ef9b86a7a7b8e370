"""The States place: the table, its filters, their persistence, and opening a State."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.services import people
from fwgdesk.services.summaries import list_state_summaries
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.states_model import StatesModel
from fwgdesk.ui.views.states_view import StatesPlace, StatesTable
from tests.support.synthetic import secretariat_2022
from tests.support.ui import announce


def test_states_model_is_a_well_behaved_model(
    qtmodeltester: ModelTester, ui_context: UiContext
) -> None:
    model = StatesModel("zh")
    model.set_rows(list_state_summaries(ui_context.database))
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.summary_at(r).iso3 == "BOL")
    assert model.index(row, StatesModel.COLUMN_NAME).data() == "多民族玻利维亚国"
    header = model.headerData(StatesModel.COLUMN_PROTOCOL, Qt.Orientation.Horizontal)
    assert header == "Firearms Protocol"


def test_filter_states_to_those_with_no_focal_point(qtbot: QtBot, ui_context: UiContext) -> None:
    secretariat_2022(ui_context.database)
    table = StatesTable(ui_context)
    qtbot.addWidget(table)
    assert table.proxy.rowCount() == 194
    table.without_focal_point.click()
    shown = {table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())}
    assert len(shown) == 194 - 131
    with_fp = {s.iso3 for s in list_state_summaries(ui_context.database) if s.has_focal_point}
    assert not shown & with_fp
    table.review_group.setCurrentIndex(table.review_group.findData(2))
    assert table.proxy.rowCount() == 131 - 94
    assert "37 of 194 States" in table.count_label.text()


def test_search_in_any_language_and_other_filters(qtbot: QtBot, ui_context: UiContext) -> None:
    table = StatesTable(ui_context)
    qtbot.addWidget(table)
    table.search.setText("玻利维亚")
    assert [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())] == ["BOL"]
    table.search.setText("")
    table.regional_group.setCurrentIndex(table.regional_group.findData("EEG"))
    assert table.proxy.rowCount() == 23
    table.protocol.setCurrentIndex(table.protocol.findData("party"))
    assert 0 < table.proxy.rowCount() < 23


def test_filters_persist_between_runs(qtbot: QtBot, ui_context: UiContext) -> None:
    first = StatesTable(ui_context)
    qtbot.addWidget(first)
    first.regional_group.setCurrentIndex(first.regional_group.findData("AFR"))
    first.without_focal_point.setChecked(True)
    first.save_settings()
    second = StatesTable(ui_context)
    qtbot.addWidget(second)
    assert second.regional_group.currentData() == "AFR"
    assert second.without_focal_point.isChecked()
    assert second.proxy.rowCount() == 54
    assert second.clear_button.isVisible() or not second.isVisible(), "a filter not said"
    assert "54 of 194 States" in second.count_label.text(), "the filter kept is not said"
    second.clear_filters()
    assert second.proxy.rowCount() == 194, "Show all States left a filter"


def test_the_search_text_is_not_restored_at_the_next_start(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    first = StatesTable(ui_context)
    qtbot.addWidget(first)
    first.search.setText("KEN")
    first.save_settings()
    second = StatesTable(ui_context)
    qtbot.addWidget(second)
    assert second.search.text() == "", "the search typed last time came back"
    assert second.count_label.text() == "All 194 States", second.count_label.text()


def test_columns_are_wide_enough_and_named_once(qtbot: QtBot, ui_context: UiContext) -> None:
    table = StatesTable(ui_context)
    qtbot.addWidget(table)
    table.resize(1366, 700)
    table.show()
    view = table.table
    metrics = view.fontMetrics()
    for column, text in (
        (StatesModel.COLUMN_STAGE, "Preliminary consultation"),
        (StatesModel.COLUMN_GROUP, "Latin American and Caribbean States"),
    ):
        needed = metrics.horizontalAdvance(text)
        assert view.columnWidth(column) > needed, f"column {column} cuts {text!r}"
    assert view.isColumnHidden(StatesModel.COLUMN_NAME_EN), "Name and Name (English) in English"
    model = table.model
    row = next(r for r in range(model.rowCount()) if model.summary_at(r).iso3 == "MEX")
    group = model.index(row, StatesModel.COLUMN_GROUP).data()
    assert group == "Latin American and Caribbean States", f"a regional group as {group!r}"


def test_the_headers_and_groups_speak_arabic(qapp: QApplication, ui_context: UiContext) -> None:
    from tests.ui.language import language

    with language(qapp, "ar"):
        model = StatesModel("ar")
        model.set_rows(list_state_summaries(ui_context.database))
        header = str(model.headerData(StatesModel.COLUMN_OVERDUE, Qt.Orientation.Horizontal))
        assert re.search("[\u0600-\u06ff]", header), f"a header left in English: {header}"
        group = str(model.index(0, StatesModel.COLUMN_GROUP).data())
        assert re.search("[\u0600-\u06ff]", group), f"a regional group in Arabic: {group}"


def test_overdue_says_since_when_and_sorts_the_oldest_first() -> None:
    from fwgdesk.domain.records import StateRecord
    from fwgdesk.domain.summaries import StateSummary
    from fwgdesk.ui.models.states_model import overdue_days, overdue_text
    from tests.ui.language import plain

    state = StateRecord("MEX", {"en": "Mexico"}, "GRULAC", "party", None, None)
    old = StateSummary(state, (1,), (), 1, True, ("self_assessment",), date(2021, 3, 1))
    new = StateSummary(state, (1,), (), 1, True, ("focal_point",), date(2025, 1, 2))
    none = StateSummary(state, (1,), (), 1, True, ())
    assert plain(overdue_text(old)) == "Self-assessment overdue, since 2021-03-01"
    today = date(2025, 2, 1)
    keys = [overdue_days(s, today) for s in (old, new, none)]
    assert keys[0] > keys[1] > keys[2], f"not most urgent first: {keys}"


def test_opening_a_state_and_an_edit_updating_its_row(qtbot: QtBot, ui_context: UiContext) -> None:
    place = StatesPlace(ui_context)
    qtbot.addWidget(place)
    place.show()
    place.table.search.setText("KEN")
    place.table.table.doubleClicked.emit(place.table.proxy.index(0, 0))
    assert place.page is not None and place.currentWidget() is place.page, "KEN did not open"
    people.add_focal_point(
        ui_context.database,
        "KEN",
        FocalPointInput(
            Role.FOCAL_POINT, "Wanjiru Kamau", Gender.FEMALE, designated_on=date(2024, 1, 2)
        ),
    )
    announce(ui_context, ["KEN"], ["focal_points"])
    assert place.refresher.stale, "the table hidden behind the page did not note the change"
    place.close_state()
    assert place.currentWidget() is place.table and place.page is None, "the page stayed open"
    # the table, hidden behind the page when the edit came, shows it once shown again
    row = next(
        r
        for r in range(place.table.model.rowCount())
        if place.table.model.summary_at(r).iso3 == "KEN"
    )
    shown = place.table.model.index(row, StatesModel.COLUMN_FOCAL_POINTS).data()
    assert shown == "1", f"KEN's row shows {shown} focal points"


def test_the_state_header_follows_an_import(qtbot: QtBot, ui_context: UiContext) -> None:
    from datetime import date

    from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
    from fwgdesk.exchange.model import Update, UpdateRow
    from fwgdesk.exchange.problems import Location
    from fwgdesk.ui.operations import Operation
    from fwgdesk.ui.views.state_page import StatePage
    from tests.support.ui import settle

    page = StatePage(ui_context, "KEN")
    qtbot.addWidget(page)
    page.show()
    row = UpdateRow(
        "states",
        {"iso3": "KEN", "protocol_status": "signatory", "protocol_status_date": date(2025, 5, 5)},
        Location("u.json"),
    )
    update = Update("u.json", "json", "UNODC Secretariat", 1, tables={"states": [row]})
    ui_context.writer.run(
        Operation(
            lambda _task: apply_update(
                ui_context.database, update, Provenance("u.json"), Resolution(default="incoming")
            )
        )
    )
    settle(qtbot, ui_context)
    assert "2025-05-05" in page.title.text(), f"the header is stale: {page.title.text()}"


@pytest.mark.parametrize("code", ["en", "ru", "ar"])
def test_the_name_stage_and_overdue_are_in_sight_on_a_laptop(
    qtbot: QtBot, qapp: QApplication, ui_context: UiContext, code: str
) -> None:
    """At 1366x768 the main window gives the table about 1160 px: the State's name has
    its room, and its stage and what is overdue show without scrolling sideways."""
    from tests.ui.language import language

    ui_context.settings.language = code
    with language(qapp, code):
        table = StatesTable(ui_context)
        qtbot.addWidget(table)
        table.resize(1160, 600)
        table.show()
        qtbot.waitExposed(table)
        view, header = table.table, table.table.horizontalHeader()
        name = view.columnWidth(StatesModel.COLUMN_NAME)
        assert name >= 180, f"{code}: the name column is {name} px"
        room = view.viewport().width()
        for column in (StatesModel.COLUMN_STAGE, StatesModel.COLUMN_OVERDUE):
            end = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert 0 < end <= room, f"{code}: column {column} ends at {end} of {room} px"
