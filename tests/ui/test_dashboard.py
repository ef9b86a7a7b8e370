"""The Dashboard: the Secretariat's 2022 figures, live from the data, as a table and charts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QGraphicsTextItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import AssistanceTopic, Stage
from fwgdesk.paths import DataPaths
from fwgdesk.services.reviews import add_assistance, change_stage, list_reviews
from fwgdesk.services.settings import Settings
from fwgdesk.ui.context import UiContext, make_context
from fwgdesk.ui.models.figures_model import FiguresModel
from fwgdesk.ui.views.dashboard_view import REFRESH_DELAY_MS, DashboardView
from fwgdesk.ui.widgets.charts import BarChartView, BarSetData
from tests.support.synthetic import secretariat_2022, state_codes
from tests.support.ui import announce
from tests.ui.language import plain

M = FiguresModel

# row -> (group 1 value, group 1 text, group 2 value, group 2 text), as the Secretariat.
SECRETARIAT_2022 = {
    M.ROW_PARTICIPATING: (130, "130", 131, "131"),
    M.ROW_WITH_FOCAL_POINT: (104, "104 (80%)", 94, "94 (72%)"),
    M.ROW_REVIEWS: (62, "62", 63, "63"),
    M.ROW_IN_PROGRESS: (31, "31 (50%)", 14, "14 (22%)"),
    M.ROW_PRELIMINARY_CONSULTATION: (6, "6 (10%)", 6, "6 (10%)"),
    M.ROW_SELF_ASSESSMENT: (8, "8 (13%)", 8, "8 (13%)"),
    M.ROW_WRITTEN_FEEDBACK: (16, "16 (26%)", 0, "0 (0%)"),
    M.ROW_LIST_OF_OBSERVATIONS: (1, "1 (2%)", 0, "0 (0%)"),
    M.ROW_SUMMARY: (0, "0 (0%)", 0, "0 (0%)"),
    M.ROW_NOT_STARTED: (26, "26 (42%)", 39, "39 (62%)"),
    M.ROW_SUSPENDED: (5, "5 (8%)", 10, "10 (16%)"),
    M.ROW_COMPLETED: (0, "0 (0%)", 0, "0 (0%)"),
}


@pytest.fixture
def ctx(database: Database, data_paths: DataPaths) -> Iterator[UiContext]:
    context = make_context(database, data_paths, Settings())
    yield context
    context.writer.wait()
    context.tasks.wait()


@pytest.fixture
def dashboard(qtbot: QtBot, ctx: UiContext) -> DashboardView:
    secretariat_2022(ctx.database)
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()  # the first showing computes the figures in the background
    qtbot.waitUntil(lambda: view.figures() is not None, timeout=5000)
    return view


def cell(model: FiguresModel, row: int, group: int, role: int) -> object:
    column = next(c for c in range(model.columnCount()) if model.group_at(c) == group)
    return model.index(row, column).data(role)


def test_the_dashboard_gives_the_secretariats_2022_figures(
    dashboard: DashboardView, qtmodeltester: ModelTester
) -> None:
    model = dashboard.model
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.columnCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == ["Group 1", "Group 2"]
    for row, (value_1, text_1, value_2, text_2) in SECRETARIAT_2022.items():
        assert cell(model, row, 1, M.ValueRole) == value_1, model.headerData(
            row, Qt.Orientation.Vertical
        )
        assert cell(model, row, 1, Qt.ItemDataRole.DisplayRole) == text_1
        assert cell(model, row, 2, M.ValueRole) == value_2
        assert cell(model, row, 2, Qt.ItemDataRole.DisplayRole) == text_2
    assert cell(model, M.ROW_WITH_FOCAL_POINT, 1, M.ShareRole) == pytest.approx(0.8)
    assert cell(model, M.ROW_IN_PROGRESS, 1, M.ShareRole) == pytest.approx(0.5)
    # The last row is a share of the idle reviews, shown as a percentage.
    idle_share = cell(model, M.ROW_IDLE_WITHOUT_FOCAL_POINT, 1, M.ValueRole)
    assert isinstance(idle_share, float)
    shown = cell(model, M.ROW_IDLE_WITHOUT_FOCAL_POINT, 1, Qt.ItemDataRole.DisplayRole)
    assert shown == f"{round(idle_share * 100)}%"
    assert model.index(0, 0).data(M.GroupRole) == 1
    assert model.data(QModelIndex()) is None


def test_the_charts_show_the_same_figures(dashboard: DashboardView) -> None:
    stages = dashboard.stage_chart.series
    sets = {stages.barSets()[i].label(): stages.barSets()[i] for i in range(stages.count())}
    # Only the stages that occur: not started, four in progress, suspended.
    assert set(sets) == {
        "Not started",
        "Preliminary consultation",
        "Self-assessment",
        "Written feedback",
        "List of observations",
        "Suspended",
    }
    assert [sets["Not started"].at(i) for i in range(2)] == [26, 39]
    assert [sets["Written feedback"].at(i) for i in range(2)] == [16, 0]
    assert dashboard.stage_chart.categories.categories() == ["Group 1", "Group 2"]

    genders = {s.label().split(":")[0]: s.value() for s in dashboard.gender_chart.series.slices()}
    figures = dashboard.figures()
    assert figures is not None
    assert genders["Women"] == figures.focal_points_by_gender["female"]
    assert genders["Men"] == figures.focal_points_by_gender["male"]
    languages = dashboard.language_chart.series.barSets()
    assert [bars.at(0) for bars in languages] == [
        figures.working_languages[k] for k in ("one", "two", "none")
    ], "the working-languages bars do not give the reviews' counts"
    one, two, none = (figures.working_languages[k] for k in ("one", "two", "none"))
    share = round(one / (one + two + none) * 100)
    assert plain(languages[0].label()) == f"One: {one} ({share}%)", (
        "the legend lacks count or share"
    )
    assert dashboard.language_chart.categories.categories() == [""], (
        "the axis carries the long labels that a bar's width cuts"
    )


def test_an_edit_shows_on_the_dashboard_without_leaking_chart_items(
    qtbot: QtBot, dashboard: DashboardView, ctx: UiContext
) -> None:
    first = state_codes(ctx.database)[0]  # under review in group 1, not started
    (review,) = list_reviews(ctx.database, first)
    assert review.stage is Stage.NOT_STARTED
    change_stage(ctx.database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2022, 6, 1))
    add_assistance(ctx.database, first, AssistanceTopic.REVMOD, date(2022, 6, 2), "复审软件")
    before = dashboard.figures()
    announce(ctx, [first], ["stage_events", "reviews", "assistance_requests"])
    qtbot.waitUntil(lambda: dashboard.figures() is not before, timeout=5000)

    model = dashboard.model
    assert cell(model, M.ROW_NOT_STARTED, 1, M.ValueRole) == 25, "not started: not one fewer"
    assert cell(model, M.ROW_PRELIMINARY_CONSULTATION, 1, M.ValueRole) == 7, "no new consultation"
    in_progress = cell(model, M.ROW_IN_PROGRESS, 1, Qt.ItemDataRole.DisplayRole)
    assert in_progress == "32 (52%)", f"group 1 in progress: {in_progress}"
    in_progress = cell(model, M.ROW_IN_PROGRESS, 2, Qt.ItemDataRole.DisplayRole)
    assert in_progress == "14 (22%)", f"group 2 in progress: {in_progress}"

    topics = dashboard.topic_chart
    counts = topics.series.barSets()[0]
    revmod = topics.categories.categories().index("Operating RevMod")
    assert counts.at(revmod) == 1, "the assistance request is not in the topics chart"
    for chart in (dashboard.stage_chart, dashboard.language_chart, topics):
        assert len(chart.chart().series()) == 1, f"{chart}: series left behind"
        assert len(chart.chart().axes()) == 2, f"{chart}: axes left behind"
    assert dashboard.stage_chart.series.count() == 6, "stage bar sets left behind"
    assert len(dashboard.gender_chart.chart().series()) == 1, "gender series left behind"


def test_refresh_button_and_several_changes_in_a_row(
    qtbot: QtBot, dashboard: DashboardView, ctx: UiContext
) -> None:
    shown = dashboard.figures()
    for iso3 in state_codes(ctx.database)[:5]:
        announce(ctx, [iso3], ["reviews"])
    announce(ctx, everything=True)
    qtbot.waitUntil(lambda: dashboard.figures() is not shown, timeout=5000)
    assert dashboard.figures() == shown, "the same data gave other figures"  # computed again

    again = dashboard.figures()
    qtbot.mouseClick(dashboard.refresh_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dashboard.figures() is not again, timeout=5000)
    assert dashboard.table.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert dashboard.refresh_button.shortcut().toString() == "Alt+R"
    again = dashboard.figures()
    qtbot.keyClick(dashboard.table, Qt.Key.Key_F5)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dashboard.figures() is not again, timeout=5000)


def test_an_empty_database_shows_no_groups_and_empty_charts(
    qtbot: QtBot, ctx: UiContext, qtmodeltester: ModelTester
) -> None:
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.figures() is not None, timeout=5000)
    assert view.model.columnCount() == 0
    qtmodeltester.check(view.model)  # type: ignore[no-untyped-call]
    assert view.stage_chart.series.count() == 0
    assert "none recorded" in view.topic_chart.chart().title()
    assert "none recorded" in view.gender_chart.chart().title()


def test_an_empty_database_says_why_there_are_no_figures(qtbot: QtBot, ctx: UiContext) -> None:
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.figures() is not None, timeout=5000)
    assert view.empty_note.isVisible(), "an empty dashboard does not say why"
    assert not view.table.isVisible(), "a table of labels without figures is shown"
    secretariat_2022(ctx.database)
    view.refresh()
    qtbot.waitUntil(lambda: view.model.columnCount() == 2, timeout=5000)
    assert not view.empty_note.isVisible(), "the empty note stays beside the figures"
    assert view.table.isVisible(), "the figures table is not shown once there are reviews"


@pytest.mark.usefixtures("bundled_fonts")
def test_each_topic_label_is_drawn_whole_in_arabic(qtbot: QtBot) -> None:
    """QtCharts draws a category label without room for its line as "…"; an Arabic line
    is taller than a Latin one, so the chart asks for the height its labels need."""
    labels = ["أخرى", "التشريعات", "صياغة الملاحظات", "استبيان التقييم الذاتي", "استخدام RevMod"]
    chart = topics_chart(qtbot, "طلبات المساعدة المفتوحة", labels)
    missing = [label for label in labels if label not in drawn_texts(chart)]
    assert not missing, f"labels cut at {chart.height()} px: {missing}"


def topics_chart(qtbot: QtBot, title: str, labels: list[str]) -> BarChartView:
    """A horizontal chart of *labels* on screen, 360 px wide and as tall as it asks."""
    chart = BarChartView(title, horizontal=True)
    qtbot.addWidget(chart)
    chart.set_data(labels, [BarSetData("", tuple(range(len(labels))))])
    chart.resize(360, chart.minimumHeight())
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def drawn_texts(chart: BarChartView) -> set[str]:
    """The texts *chart* drew, a label on two lines read as one."""
    items = chart.scene().items()
    return {i.toPlainText().replace("\n", " ") for i in items if isinstance(i, QGraphicsTextItem)}


@pytest.mark.usefixtures("bundled_fonts")
def test_a_long_topic_label_is_drawn_whole_on_two_lines(qtbot: QtBot) -> None:
    """At the dashboard's width a French topic read "Rédaction des observat…"."""
    labels = ["Utilisation de RevMod", "Rédaction des observations", "Autre"]
    chart = topics_chart(qtbot, "Demandes d'assistance ouvertes par thème", labels)
    drawn = drawn_texts(chart)
    missing = [label for label in labels if label not in drawn]
    assert not missing, f"labels cut at {chart.height()} px: {missing} (drawn: {sorted(drawn)})"
    assert "Autre" in chart.categories.categories(), "a short label broken onto two lines"


def test_a_hidden_dashboard_computes_again_only_when_shown(
    qtbot: QtBot, dashboard: DashboardView, ctx: UiContext
) -> None:
    """Figures nobody sees would take the time of the edits that follow."""
    first = state_codes(ctx.database)[0]
    (review,) = list_reviews(ctx.database, first)
    before = dashboard.figures()
    dashboard.hide()
    change_stage(ctx.database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2022, 6, 1))
    announce(ctx, [first], ["stage_events", "reviews"])
    qtbot.wait(REFRESH_DELAY_MS + 200)
    assert dashboard.figures() is before, "the hidden dashboard computed its figures again"
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.figures() is not before, timeout=5000)
    value = cell(dashboard.model, M.ROW_PRELIMINARY_CONSULTATION, 1, M.ValueRole)
    assert value == 7, f"shown again, the dashboard has {value} consultations"
