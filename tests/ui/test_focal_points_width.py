"""The focal-points table on a laptop's screen in Russian: a typical e-mail address whole."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.services import people
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.focal_points_model import FocalPointsModel
from tests.ui.language import language
from tests.ui.test_focal_points_columns import INSTITUTION
from tests.ui.test_main_window import make_window, open_state

EMAIL = "maria.jose.perez@sre.gob.mx"


def test_a_typical_email_is_whole_in_russian_at_1366_by_768(
    qtbot: QtBot, qapp: QApplication, ui_context: UiContext
) -> None:
    person = FocalPointInput(
        Role.FOCAL_POINT,
        "María José Pérez García",
        Gender.FEMALE,
        title="Directora General Adjunta",
        institution=INSTITUTION,
        email=EMAIL,
        phone="+52 55 3686 5100",
    )
    people.add_focal_point(ui_context.database, "MEX", person)
    with language(qapp, "ru"):
        window = make_window(qtbot, ui_context)
        window.resize(1366, 768)
        tab = open_state(window, "MEX").focal_points
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        table = tab.table
        header = table.horizontalHeader()
        width = header.sectionSize(FocalPointsModel.COLUMN_EMAIL)
        needed = table.fontMetrics().horizontalAdvance(EMAIL)
        assert width >= needed, f"the e-mail column is {width} px, the address needs {needed}"
        institution = header.sectionSize(FocalPointsModel.COLUMN_INSTITUTION)
        assert institution >= 60, f"the institution is squeezed to {institution} px"
        last = FocalPointsModel.COLUMN_ENDED
        right = header.sectionViewportPosition(last) + header.sectionSize(last)
        assert right <= table.viewport().width(), "the table needs scrolling in Russian"
