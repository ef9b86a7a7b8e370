"""The Dashboard place: the Mechanism's figures per review group, as a table and charts.

The figures are computed off the GUI thread (``ctx.tasks``) whenever the data changes;
several changes in a row are folded into one refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import AssistanceTopic, Gender, Stage
from fwgdesk.domain.figures import MechanismFigures
from fwgdesk.services.stats import mechanism_figures
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.figures_model import (
    FiguresModel,
    gender_label,
    group_label,
    language_agreement_label,
    stage_label,
    topic_label,
)
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.charts import BarChartView, BarSetData, PieChartView
from fwgdesk.ui.widgets.errors import describe
from fwgdesk.ui.wording import counted

REFRESH_DELAY_MS = 100

STAGE_COLORS: dict[Stage, str] = {
    Stage.NOT_STARTED: "#757575",
    Stage.PRELIMINARY_CONSULTATION: "#4292c6",
    Stage.SELF_ASSESSMENT: "#2171b5",
    Stage.WRITTEN_FEEDBACK: "#08519c",
    Stage.LIST_OF_OBSERVATIONS: "#08306b",
    Stage.SUMMARY: "#6a51a3",
    Stage.COMPLETED: "#238b45",
    Stage.SUSPENDED: "#cb181d",
}

AGREEMENT = ("one", "two", "none")  # reviews in one, two or no agreed working language
AGREEMENT_COLORS = {"one": "#1f77b4", "two": "#2ca02c", "none": "#7f7f7f"}


class DashboardView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._figures: MechanismFigures | None = None
        self._task: Task | None = None
        self._stale = False
        self.model = FiguresModel(self)

        self._outdated = False  # changed while hidden
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.events.changed.connect(self._schedule)  # a slot: let go when the view goes

        self.table = self._make_table()
        self.stage_chart = BarChartView(
            self.tr("Reviews by stage"),
            stacked=True,
            horizontal=True,
            parent=self,
            legend=Qt.AlignmentFlag.AlignRight,
        )
        self.gender_chart = PieChartView(self.tr("Focal points by gender"), self)
        self.language_chart = BarChartView(
            self.tr("Working languages of reviews"),
            parent=self,
            legend=Qt.AlignmentFlag.AlignRight,
        )
        self.language_chart.categories.setLabelsVisible(False)
        self.topic_chart = BarChartView(
            self.tr("Open assistance requests by topic"), horizontal=True, parent=self
        )
        self._build_layout()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        table.setAccessibleName(self.tr("Mechanism figures per review group"))
        return table

    def _build_layout(self) -> None:
        header = self._build_header()
        content = self._build_content()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    def _build_header(self) -> QHBoxLayout:
        """The title, the status line and the Refresh button (also F5)."""
        title = QLabel(self.tr("Review Mechanism figures"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.status = QLabel(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        self.refresh_button.setToolTip(self.tr("Compute the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.status, 1)
        header.addWidget(self.refresh_button)
        return header

    def _build_content(self) -> QWidget:
        """The table with its caption and the stage chart above, the other charts below."""
        caption = QLabel(
            self.tr(
                "In brackets: the share of the participating States (focal points) or of "
                "the group's reviews (stages). A State has a focal point when at least one "
                "active person holds that role."
            ),
            self,
        )
        caption.setWordWrap(True)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_note = QLabel(
            self.tr(
                "No review is recorded yet. The figures appear once reviews are imported "
                "(Imports) or recorded on a State's page (States)."
            ),
            self,
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setMaximumWidth(420)
        self.empty_note.hide()
        left = QVBoxLayout()
        left.addWidget(self.empty_note)
        left.addWidget(self.table)
        left.addWidget(caption)
        left.addStretch(1)
        self._caption = caption
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(self.stage_chart, 1)
        bottom = QHBoxLayout()
        for chart in (self.gender_chart, self.language_chart, self.topic_chart):
            bottom.addWidget(chart, 1)
        content = QWidget(self)
        grid = QVBoxLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(top, 11)
        grid.addLayout(bottom, 9)
        content.setMinimumSize(900, 620)
        return content

    # -- refreshing ---------------------------------------------------------------------

    def figures(self) -> MechanismFigures | None:
        """The figures shown last (None before the first refresh ends)."""
        return self._figures

    def refresh(self) -> None:
        """Compute the figures in the background, then show them."""
        self._timer.stop()
        if self._task is not None:  # one at a time; run again once it ends
            self._stale = True
            return
        self.status.setText(self.tr("Updating…"))
        database = self._ctx.database
        self._task = self._ctx.tasks.run(
            lambda _task: mechanism_figures(database),
            on_done=self._show,
            on_error=self._failed,
        )

    def _schedule(self, *_args: object) -> None:
        """After a change, compute again soon; while hidden, once shown again (figures
        nobody sees would take the time of the edits that follow)."""
        if self.isVisible():
            self._timer.start()
        else:
            self._outdated = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if (self._figures is None or self._outdated) and self._task is None:
            self._outdated = False
            self.refresh()

    def _finished(self) -> None:
        self._task = None
        if self._stale:
            self._stale = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(
            self.tr("The figures could not be computed: {0}").format(describe(error))
        )
        self._finished()

    def _show(self, figures: MechanismFigures) -> None:
        self._figures = figures
        self.model.set_figures(figures)
        empty = not figures.groups  # a table of labels without a column says nothing
        self.empty_note.setVisible(empty)
        self.table.setVisible(not empty)
        self._caption.setVisible(not empty)
        self._fit_table()
        self._update_charts(figures)
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.status.setText(self.tr("Computed from the data at {0}").format(now))
        self._finished()

    def _fit_table(self) -> None:
        table = self.table
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            table.setColumnWidth(column, max(table.columnWidth(column), 96))
        width = table.verticalHeader().sizeHint().width()
        width += sum(table.columnWidth(c) for c in range(self.model.columnCount()))
        width += 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setFixedWidth(width)
        self._caption.setFixedWidth(width)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(self.model.rowCount()))
        table.setFixedHeight(height)

    # -- charts -------------------------------------------------------------------------

    def _update_charts(self, figures: MechanismFigures) -> None:
        groups = sorted(figures.groups)
        stages = [
            stage
            for stage in Stage
            if any(figures.groups[g].stages.get(stage.value, 0) for g in groups)
        ]
        self.stage_chart.set_data(
            [group_label(g) for g in groups],
            [
                BarSetData(
                    stage_label(stage),
                    tuple(figures.groups[g].stages.get(stage.value, 0) for g in groups),
                    STAGE_COLORS[stage],
                )
                for stage in stages
            ],
        )
        self.gender_chart.set_data(
            [(gender_label(g), figures.focal_points_by_gender.get(g.value, 0)) for g in Gender]
        )
        # One bar each, named in the legend with its count and share: an axis category
        # has a bar's width only, which cuts "None (11%)" in several languages.
        counts = figures.working_languages
        self.language_chart.set_data(
            [""],
            [
                BarSetData(label, (counts.get(key, 0),), AGREEMENT_COLORS[key])
                for key, label in zip(AGREEMENT, agreement_labels(counts, AGREEMENT), strict=True)
            ],
        )
        topics = list(reversed(AssistanceTopic))  # horizontal bars list bottom-up
        self.topic_chart.set_data(
            [topic_label(t) for t in topics],
            [
                BarSetData(
                    self.tr("Open requests"),
                    tuple(figures.open_assistance_by_topic.get(t.value, 0) for t in topics),
                    "#ff7f0e",
                )
            ],
        )


def agreement_labels(counts: dict[str, int], keys: tuple[str, ...]) -> list[str]:
    """ "One: 83 (66%)", "Two: 42 (34%)", "None: 0 (0%)": counts and shares of the reviews
    that record their working languages."""
    recorded = sum(counts.get(k, 0) for k in keys)
    return [counted(language_agreement_label(key), counts.get(key, 0), recorded) for key in keys]
