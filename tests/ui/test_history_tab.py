"""A State's history tab: the audit trail with readable values and the origin of each change."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.records import AuditRecord
from fwgdesk.services.history import state_history
from fwgdesk.services.row_names import PersonName, RowNames
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.history_model import HistoryModel, origin_label
from fwgdesk.ui.models.links_model import LinksModel
from fwgdesk.ui.row_words import RowWords, field_label
from fwgdesk.ui.views.state.history_tab import HistoryTab
from fwgdesk.ui.views.state.links_tab import LinksTab
from tests.support.ui import announce, settle, undo
from tests.ui.language import language, plain

ISO3 = "AGO"


def rows(tab: HistoryTab) -> list[dict[str, str]]:
    """What the table shows, row by row, keyed by column header."""
    proxy = tab.proxy
    headers = [
        str(proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(proxy.columnCount())
    ]
    return [
        {headers[c]: plain(proxy.index(r, c).data()) for c in range(proxy.columnCount())}
        for r in range(proxy.rowCount())
    ]


def an_update(
    table: str, key: str, field: str, values: tuple[str | None, str], batch_label: str | None = None
) -> AuditRecord:
    """A recorded change of one field: from an import when *batch_label* names one."""
    return AuditRecord(
        at=datetime(2024, 3, 1, 9, 30, tzinfo=UTC),
        table_name=table,
        row_key=key,
        action="update",
        field=field,
        old_value=values[0],
        new_value=values[1],
        origin="import" if batch_label else "local_edit",
        batch_label=batch_label,
    )


def history_and_links(qtbot: QtBot, ui_context: UiContext) -> tuple[HistoryTab, LinksTab]:
    """The History and Recommendations tabs of one State, shown (a hidden view refreshes
    only when shown)."""
    history = HistoryTab(ui_context, ISO3)
    links = LinksTab(ui_context, ISO3)
    for tab in (history, links):
        qtbot.addWidget(tab)
        tab.show()
    return history, links


def test_history_shows_an_inline_edit_as_a_local_edit(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    history, links = history_and_links(qtbot, ui_context)
    before = history.model.rowCount()
    assert before >= 1
    assert rows(history)[-1]["Origin"] == "Bundled data"
    assert rows(history)[-1]["What"] == "State"

    links.link_codes(["WG9-R4"])
    settle(qtbot, ui_context)
    links.model.setData(links.model.index(0, LinksModel.COLUMN_STATUS), "implemented")
    settle(qtbot, ui_context)

    shown = rows(history)
    assert history.model.rowCount() > before, "the history does not show the new changes"
    edit = next(row for row in shown if row["Field"] == "Status")
    assert edit["What"] == "Recommendation link"
    assert edit["Row"] == "WG9-R4 (Angola)", "a link not named by its item and State"
    assert edit["Change"] == "Changed"
    assert (edit["Old value"], edit["New value"]) == ("Not assessed", "Implemented")
    assert edit["Origin"].lower() == "local edit"
    assert edit["When"][:4].isdigit() and edit["When"][4] == "-"
    added = next(row for row in shown if row["Change"] == "Added" and "WG9-R4" in row["Row"])
    assert '"' not in added["New value"], "JSON shown as such"
    assert "Status: Not assessed" in added["New value"], f"an added row: {added['New value']}"

    history.filter.setText("implemented")
    assert 1 <= history.proxy.rowCount() < history.model.rowCount()
    assert "of" in history.count.text()
    history.filter.setText("")
    assert history.proxy.rowCount() == history.model.rowCount()

    undo(qtbot, ui_context)
    shown = rows(history)
    assert shown[0]["Field"] == "Status", f"the latest change: {shown[0]}"
    assert (shown[0]["Old value"], shown[0]["New value"]) == ("Implemented", "Not assessed"), (
        f"the undo is not the latest change: {shown[0]}"
    )


def test_history_ignores_other_states(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    history = HistoryTab(ui_context, ISO3)
    qtbot.addWidget(history)
    history.show()  # a hidden view refreshes only when shown
    resets: list[bool] = []
    history.model.modelReset.connect(lambda: resets.append(True))
    announce(ui_context, ["BOL"], ["recommendation_links"])
    assert resets == [], "the history followed a change of another State"
    announce(ui_context, [ISO3], ["recommendation_links"])
    assert resets == [True], f"{len(resets)} reloads after a change of its State, not 1"


def test_labels_of_origins_and_values() -> None:
    words = RowWords()
    assert origin_label("local_edit", None) == "Local edit"
    assert origin_label("bundled", "bundled data") == "Bundled data"
    assert origin_label("import", "update.json UNODC #3") == "Import: update.json UNODC #3"
    assert origin_label("import", None) == "Import"
    assert words.encoded("states", "name_zh", None) == ""
    assert plain(words.encoded("states", "name_zh", '"安哥拉"')) == "安哥拉"
    assert words.encoded("focal_points", "languages", '["ar", "fr"]') == "Arabic and French"
    assert words.encoded("reviews", "language_agreement", "true") == "Yes"
    assert words.encoded("reviews", "saq_progress", "0.4") == "40%", "a share as a percentage"
    assert words.encoded("reviews", "stage", '"self_assessment"') == "Self-assessment"
    assert words.encoded("x", "a", '{"note": 1, "b": null}') == "Note: 1"
    link = words.encoded("recommendation_links", "status", '"in_progress"')
    assert link == "In progress", "a link's status by its label"
    assert words.encoded("x", "y", "not json") == "not json"
    assert field_label("saq_progress") == "Self-assessment progress"
    assert field_label("title_fr") == "Title (French)", "a column per language"
    assert field_label("state_iso3") == "State", "a database column by the form's label"


def test_rows_are_named_by_person_state_and_review(qapp: QApplication) -> None:
    names = RowNames(
        states={"MEX": {"en": "Mexico", "ru": "Мексика", "ar": "المكسيك"}},
        people={"fp-0032": PersonName("María José Pérez", "MEX", "focal_point")},
    )
    words = RowWords(names)
    person = plain(words.row("focal_points", "fp-0032"))
    assert person == "María José Pérez (Mexico), focal point", f"a person: {person}"
    review = plain(words.row("reviews", "MEX/1/2"))
    assert review == "Mexico, group 1, cluster 2", f"a review: {review}"
    event = words.row("stage_events", "MEX/1/2/self_assessment/2024-03-01")
    assert "Self-assessment on \u20662024-03-01\u2069" in event, f"a stage change: {event}"
    gone = plain(words.row("focal_points", "fp-9", {"name": "Li Wei", "state": "MEX"}))
    assert gone.startswith("Li Wei (Mexico)"), f"a removed person by the recorded row: {gone}"
    with language(qapp, "ru"):
        russian = plain(RowWords(names).row("focal_points", "fp-0032"))
        assert russian.startswith("María José Pérez (Мексика), "), f"in Russian: {russian}"
        assert "focal" not in russian, f"the role left in English: {russian}"
    with language(qapp, "ar"):
        arabic = RowWords(names).row("stage_events", "MEX/1/2/self_assessment/2024-03-01")
        assert "\u20662024-03-01\u2069" in arabic, "an ISO date not kept left to right"
        assert "المكسيك" in arabic, f"the State not named in Arabic: {arabic}"


def test_history_model_is_well_behaved(qtmodeltester: ModelTester, database: Database) -> None:
    model = HistoryModel()
    entries = state_history(database, ISO3)
    entries.append(
        an_update(
            "focal_points",
            "AGO/focal_point/1",
            "email",
            ('"old@example.org"', '"' + "x" * 200 + '@example.org"'),
            batch_label="update.xlsx UNODC #7",
        )
    )
    model.set_entries(entries)
    qtmodeltester.check(model)
    last = model.rowCount() - 1
    assert model.index(last, HistoryModel.COLUMN_WHAT).data() == "Focal point"
    assert model.index(last, HistoryModel.COLUMN_ORIGIN).data() == "Import: update.xlsx UNODC #7"
    assert model.index(last, HistoryModel.COLUMN_NEW).data().endswith("…")


def test_a_whole_row_is_punctuated_in_the_interface_language(qapp: QApplication) -> None:
    from fwgdesk.ui.row_words import RowWords
    from tests.ui.language import language, plain

    row = {"status": "in_progress", "note": "مذكرة", "updated_on": "2024-06-01"}
    with language(qapp, "ar"):
        text = plain(RowWords().whole_row("recommendation_links", row))
    assert "؛ " in text, f"Arabic fields apart with a Latin semicolon: {text}"
    assert "; " not in text, f"a Latin semicolon in Arabic: {text}"


def test_a_field_and_its_value_are_punctuated_in_chinese(qapp: QApplication) -> None:
    from fwgdesk.ui.row_words import RowWords
    from tests.ui.language import language, plain

    row = {"status": "in_progress", "updated_on": "2024-06-01"}
    with language(qapp, "zh"):
        text = plain(RowWords().whole_row("recommendation_links", row))
    assert "：" in text, f"a field and its value apart with a Latin colon: {text}"
    assert "；" in text, f"fields apart with a Latin semicolon: {text}"


def test_the_selected_change_is_read_whole_below_the_table(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    history, links = history_and_links(qtbot, ui_context)
    links.link_codes(["WG9-R4"])
    settle(qtbot, ui_context)
    assert history.details.toPlainText() == "", "a change shown before any is selected"
    added = next(
        row
        for row in range(history.proxy.rowCount())
        if "WG9-R4" in plain(history.proxy.index(row, HistoryModel.COLUMN_ROW).data())
        and history.proxy.index(row, HistoryModel.COLUMN_ACTION).data() == "Added"
    )
    history.table.selectRow(added)
    lines = plain(history.details.toPlainText()).splitlines()
    assert "Row: WG9-R4 (Angola)" in lines, f"the row not named whole: {lines}"
    assert "New value:" in lines, f"a value of several fields not on lines of its own: {lines}"
    assert "    Status: Not assessed" in lines, f"a field of the new row not on its line: {lines}"
    assert not any(line.startswith("Old value") for line in lines), f"an empty cell: {lines}"

    announce(ui_context, [ISO3], ["recommendation_links"])
    assert history.details.toPlainText() == "", "a change still shown after the table reloaded"


def test_cut_cells_of_the_history_read_whole_in_their_tooltips(qapp: QApplication) -> None:
    model = HistoryModel()
    model.set_entries([an_update("reviews", "AGO/1/1", "language_agreement", (None, "true"))])
    for column in (
        HistoryModel.COLUMN_WHAT,
        HistoryModel.COLUMN_ROW,
        HistoryModel.COLUMN_FIELD,
        HistoryModel.COLUMN_ORIGIN,
    ):
        index = model.index(0, column)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert tip == index.data(), f"column {column} has no tooltip with its whole text: {tip!r}"


def test_a_share_is_written_in_western_digits_in_arabic(qapp: QApplication) -> None:
    """The percentages read as the dates and codes beside them do, as UN Arabic writes."""
    from fwgdesk.ui.wording import percent

    with language(qapp, "ar"):
        share = plain(RowWords().encoded("reviews", "saq_progress", "0.4"))
        assert share == "40%", f"a share in Arabic: {share!r}"
        assert percent(0.125) == "13%", f"a dashboard share in Arabic: {percent(0.125)!r}"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft, "Arabic not mirrored"
