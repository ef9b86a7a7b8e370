"""The focal-points table: contact details in columns of their own, the width shared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.services import people
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.focal_points_model import FocalPointsModel
from fwgdesk.ui.views.state.focal_points_tab import FocalPointsTab

ISO3 = "MEX"
INSTITUTION = (
    "Secretaría de Relaciones Exteriores, Dirección General para la Organización de las"
    " Naciones Unidas y otros organismos internacionales"
)


def _tab(qtbot: QtBot, ctx: UiContext) -> FocalPointsTab:
    people.add_focal_point(
        ctx.database,
        ISO3,
        FocalPointInput(
            Role.FOCAL_POINT,
            "María José Pérez García",
            Gender.FEMALE,
            institution=INSTITUTION,
            email="mjperez@sre.gob.mx",
            phone="+52 55 3686 5100",
        ),
    )
    tab = FocalPointsTab(ctx, ISO3)
    qtbot.addWidget(tab)
    tab.resize(1150, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_email_and_phone_are_columns(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "E-mail" in headers and "Phone" in headers, f"no contact columns: {headers}"
    email = model.index(0, FocalPointsModel.COLUMN_EMAIL).data()
    phone = model.index(0, FocalPointsModel.COLUMN_PHONE).data()
    assert (email, phone) == ("mjperez@sre.gob.mx", "\u2066+52 55 3686 5100\u2069"), (
        "the contact details are not shown, or the phone number not kept left to right",
        email,
        phone,
    )


def test_the_institution_does_not_take_half_the_table(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    header = tab.table.horizontalHeader()
    institution = header.sectionSize(FocalPointsModel.COLUMN_INSTITUTION)
    assert institution < tab.table.viewport().width() / 4, f"institution {institution} px wide"
    email = FocalPointsModel.COLUMN_EMAIL
    needed = tab.table.fontMetrics().horizontalAdvance("mjperez@sre.gob.mx")
    assert header.sectionSize(email) > needed, "the e-mail address is cut"
    last = header.sectionViewportPosition(FocalPointsModel.COLUMN_ENDED)
    assert (
        last + header.sectionSize(FocalPointsModel.COLUMN_ENDED) <= tab.table.viewport().width()
    ), "the table needs scrolling to show every column"
    tooltip = tab.model.index(0, FocalPointsModel.COLUMN_INSTITUTION).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert INSTITUTION in tooltip, f"the cut institution is not whole in the tooltip: {tooltip}"
    assert "Gender: Female" in tooltip, f"the gender is not in the tooltip: {tooltip}"
