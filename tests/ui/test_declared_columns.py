"""The record tables declare their columns once: each ``COLUMN_*`` number names the
column the rest of the window means, and no model's own role is taken for the sort keys."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fwgdesk.ui.dialogs.link_dialog import PickModel
from fwgdesk.ui.models.assistance_model import AssistanceModel
from fwgdesk.ui.models.backups_model import BackupsModel
from fwgdesk.ui.models.batches_model import BatchesModel
from fwgdesk.ui.models.catalogue_model import CatalogueModel
from fwgdesk.ui.models.columns import ColumnsModel
from fwgdesk.ui.models.due_dates_model import DueDatesModel
from fwgdesk.ui.models.history_model import HistoryModel
from fwgdesk.ui.models.links_model import LinksModel
from fwgdesk.ui.models.stage_events_model import StageEventsModel
from tests.ui.language import language

CATALOGUE = {
    "COLUMN_CODE": "Code",
    "COLUMN_SOURCE": "Source",
    "COLUMN_SECTION": "Section",
    "COLUMN_TITLE": "Title",
    "COLUMN_THEMES": "Themes",
    "COLUMN_ARTICLES": "Protocol articles",
    "COLUMN_STATUS": "Status",
    "COLUMN_LANGUAGES": "Full text in",
}

EXPECTED: dict[type[ColumnsModel[Any]], dict[str, str]] = {
    AssistanceModel: {
        "COLUMN_TOPIC": "Topic",
        "COLUMN_REQUESTED": "Requested on",
        "COLUMN_STATUS": "Status",
        "COLUMN_NOTE": "Note",
    },
    BackupsModel: {
        "COLUMN_MADE": "Made",
        "COLUMN_KIND": "Kind",
        "COLUMN_SIZE": "Size",
        "COLUMN_SCHEMA": "Schema",
    },
    BatchesModel: {
        "COLUMN_APPLIED": "Applied",
        "COLUMN_ORIGIN": "Kind",
        "COLUMN_FILE": "File",
        "COLUMN_PUBLISHER": "Publisher",
        "COLUMN_SEQUENCE": "Sequence",
        "COLUMN_SIGNER": "Signed by",
        "COLUMN_COUNTS": "Changes",
        "COLUMN_UNDONE": "Undone",
    },
    CatalogueModel: CATALOGUE,
    DueDatesModel: {"COLUMN_WHAT": "Due", "COLUMN_DUE": "By", "COLUMN_STATUS": "Status"},
    PickModel: CATALOGUE,
    HistoryModel: {
        "COLUMN_WHEN": "When",
        "COLUMN_WHAT": "What",
        "COLUMN_ROW": "Row",
        "COLUMN_ACTION": "Change",
        "COLUMN_FIELD": "Field",
        "COLUMN_OLD": "Old value",
        "COLUMN_NEW": "New value",
        "COLUMN_ORIGIN": "Origin",
        "COLUMN_WHO": "Who",
    },
    LinksModel: {
        "COLUMN_CODE": "Code",
        "COLUMN_TITLE": "Recommendation",
        "COLUMN_THEMES": "Themes",
        "COLUMN_STATUS": "Status",
        "COLUMN_NOTE": "Note",
        "COLUMN_UPDATED": "Updated on",
    },
    StageEventsModel: {"COLUMN_DATE": "Date", "COLUMN_STAGE": "Stage", "COLUMN_NOTE": "Note"},
}


def _column_numbers(model: type[ColumnsModel[Any]]) -> dict[str, int]:
    return {
        name: getattr(model, name)
        for name in dir(model)
        if name.startswith("COLUMN_") and name != "COLUMN_COUNT"
    }


@pytest.mark.parametrize("model", EXPECTED, ids=lambda m: m.__name__)
def test_each_column_number_names_its_header(model: type[ColumnsModel[Any]]) -> None:
    numbers = _column_numbers(model)
    assert set(numbers) == set(EXPECTED[model]), f"{model.__name__}: {sorted(numbers)}"
    named = {name: model.HEADERS[number] for name, number in numbers.items()}
    assert named == EXPECTED[model], f"{model.__name__} numbers its columns otherwise"
    assert sorted(numbers.values()) == list(range(model.COLUMN_COUNT))


@pytest.mark.parametrize("model", EXPECTED, ids=lambda m: m.__name__)
def test_the_sort_role_is_no_other_role(model: type[ColumnsModel[Any]]) -> None:
    roles = {
        name: getattr(model, name)
        for name in dir(model)
        if name.endswith("Role") and name != "SortRole"
    }
    assert model.SortRole not in roles.values(), f"{model.__name__}: {roles}"
    assert all(role > Qt.ItemDataRole.UserRole for role in roles.values())


def test_the_link_dialog_shows_the_catalogue_headers_translated(qapp: QApplication) -> None:
    with language(qapp, "ru"):
        pick = PickModel(set(), {})
        catalogue = CatalogueModel()
        headers = [pick.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
        expected = [catalogue.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == expected and headers[0] != "Code", f"untranslated headers: {headers}"


@pytest.mark.parametrize(
    "model",
    [model for model in EXPECTED if model is not PickModel],  # the catalogue's columns
    ids=lambda m: m.__name__,
)
def test_a_header_is_never_cut_by_its_column_width_in_french(
    qapp: QApplication, model: type[ColumnsModel[Any]]
) -> None:
    """A cap on a column's width cuts long values, not its header ("rticles du Protoco");
    a header longer than the widest allowed is read whole in its tooltip."""
    from PySide6.QtWidgets import QTableView

    from fwgdesk.ui.models.columns import HEADER_MOST, PADDING, size_columns

    with language(qapp, "fr"):
        shown = model()
        table = QTableView()
        table.setModel(shown)
        size_columns(table, shown)
        metrics = table.fontMetrics()
        for number, column in enumerate(shown.COLUMNS):
            header = shown.headerData(number, Qt.Orientation.Horizontal)
            tip = shown.headerData(number, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            assert tip == header, f"{model.__name__} {header!r}: tooltip {tip!r}"
            if column.stretch or column.width is None:
                continue
            needed = min(metrics.horizontalAdvance(header) + PADDING, HEADER_MOST)
            width = table.horizontalHeader().sectionSize(number)
            assert width >= needed, f"{model.__name__} {header!r}: {width} px of {needed}"
