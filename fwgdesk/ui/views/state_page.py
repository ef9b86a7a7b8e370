"""A State's page: its header and the tabs for focal points, review, links and history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from fwgdesk.services.states import get_state
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.labels import regional_group_label
from fwgdesk.ui.models.states_model import protocol_label
from fwgdesk.ui.refresh import Refresher
from fwgdesk.ui.row_words import ltr_date
from fwgdesk.ui.views.state.focal_points_tab import FocalPointsTab
from fwgdesk.ui.views.state.history_tab import HistoryTab
from fwgdesk.ui.views.state.links_tab import LinksTab
from fwgdesk.ui.views.state.review_tab import ReviewTab
from fwgdesk.ui.wording import isolated


class StatePage(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: UiContext, iso3: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iso3 = iso3
        self._ctx = ctx
        back = QPushButton(self.tr("← All States"), self)
        back.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.title.setObjectName("stateTitle")
        self.show_state()
        self.refresher = Refresher(self, ctx.events, self.show_state, ("states",), iso3)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.title, 1)

        self.tabs = QTabWidget(self)
        self.focal_points = FocalPointsTab(ctx, iso3, self)
        self.review = ReviewTab(ctx, iso3, self)
        self.links = LinksTab(ctx, iso3, self)
        self.history = HistoryTab(ctx, iso3, self)
        self.tabs.addTab(self.focal_points, self.tr("Focal points"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.links, self.tr("Recommendations"))
        self.tabs.addTab(self.history, self.tr("History"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs)

    def show_state(self) -> None:
        """The header: the State's names, group and Protocol status, as they are now."""
        state = get_state(self._ctx.database, self.iso3)
        status = protocol_label(state.protocol_status)
        as_of = ltr_date(state.protocol_status_date) if state.protocol_status_date else ""
        english = "" if self._ctx.language == "en" else f"{isolated(state.names['en'])} · "
        group = regional_group_label(state.regional_group)
        self.title.setText(
            f"<h2>{escape(state.name(self._ctx.language))}</h2>"
            # the line in the window's direction: it opens with the Latin name and code
            f"<div dir='{'rtl' if self.isRightToLeft() else 'ltr'}'>"
            f"{escape(english)}{isolated(state.iso3)} · {escape(group)} · "
            + escape(
                self.tr("Firearms Protocol: {status} {date}").format(status=status, date=as_of)
            )
            + "</div>"
        )
