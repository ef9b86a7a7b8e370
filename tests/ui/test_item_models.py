"""Every item model of ``fwgdesk/ui/models`` passes Qt's model tester with real data.

The models are found, not listed: a model added to the package without a way to fill it
here fails :func:`test_every_model_has_data_to_be_checked_with`."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

import fwgdesk.ui.models
from fwgdesk.domain.enums import AssistanceTopic, Gender, Role, Stage
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.exchange.apply import Resolution
from fwgdesk.services import catalogue, people, reviews
from fwgdesk.services import links as links_service
from fwgdesk.services.batches import list_batches
from fwgdesk.services.history import state_history
from fwgdesk.services.imports import apply_import, prepare_import
from fwgdesk.services.maintenance import back_up_now, list_backup_records
from fwgdesk.services.row_names import row_names
from fwgdesk.services.stats import mechanism_figures
from fwgdesk.services.summaries import list_state_summaries
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.assistance_model import AssistanceModel
from fwgdesk.ui.models.backups_model import BackupsModel
from fwgdesk.ui.models.batches_model import BatchesModel
from fwgdesk.ui.models.catalogue_model import CatalogueModel
from fwgdesk.ui.models.due_dates_model import DueDatesModel, due_rows
from fwgdesk.ui.models.figures_model import FiguresModel
from fwgdesk.ui.models.focal_points_model import FocalPointsModel
from fwgdesk.ui.models.history_model import HistoryModel
from fwgdesk.ui.models.links_model import LinksModel
from fwgdesk.ui.models.preview_model import PreviewModel
from fwgdesk.ui.models.stage_events_model import StageEventsModel
from fwgdesk.ui.models.states_model import StatesFilterModel, StatesModel
from fwgdesk.ui.models.suggestions_model import SuggestionsModel
from tests.support.synthetic import secretariat_2022
from tests.ui.test_imports_view import first_update

ISO3 = "EGY"
TODAY = date(2024, 5, 2)

# Generic scaffolding, never shown itself: its subclasses are checked instead.
BASES = {"RecordTableModel", "ColumnsModel"}

Builder = Callable[[UiContext, Path], QAbstractItemModel]


def discovered_models() -> set[str]:
    """The names of the item models defined in the package's modules."""
    found = set()
    for info in pkgutil.iter_modules(fwgdesk.ui.models.__path__):
        module = importlib.import_module(f"fwgdesk.ui.models.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QAbstractItemModel):
                found.add(name)
    return found - BASES


def _seed(ctx: UiContext) -> int:
    """A State with a focal point, a review two stages on, assistance and links."""
    database = ctx.database
    people.add_focal_point(
        database,
        ISO3,
        FocalPointInput(Role.GOVERNMENTAL_EXPERT, "ليلى حسن", Gender.FEMALE, institution="وزارة"),
    )
    review = reviews.create_review(database, ISO3, 1, 2)
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2023, 1, 5), "")
    reviews.change_stage(database, review.id, Stage.SELF_ASSESSMENT, date(2023, 6, 1), "مذكرة")
    reviews.add_assistance(database, ISO3, AssistanceTopic.REVMOD, date(2023, 7, 1), "培训")
    links_service.link(database, ISO3, ["WG9-R4", "WG8-R1", "CS-DP15"])
    return review.id


def _states(ctx: UiContext, _tmp: Path) -> StatesModel:
    model = StatesModel("ar")
    model.set_rows(list_state_summaries(ctx.database))
    return model


def _states_filter(ctx: UiContext, tmp: Path) -> StatesFilterModel:
    proxy = StatesFilterModel()
    proxy.setSourceModel(_states(ctx, tmp))
    proxy.set_filters(text="ar")
    proxy.sort(StatesModel.COLUMN_NAME, Qt.SortOrder.DescendingOrder)
    return proxy


def _focal_points(ctx: UiContext, _tmp: Path) -> FocalPointsModel:
    model = FocalPointsModel()
    model.set_rows(people.list_focal_points(ctx.database, ISO3))
    return model


def _review_events(ctx: UiContext, _tmp: Path) -> StageEventsModel:
    model = StageEventsModel()
    model.set_rows(reviews.list_reviews(ctx.database, ISO3)[0].events)
    return model


def _due_dates(ctx: UiContext, _tmp: Path) -> DueDatesModel:
    model = DueDatesModel()
    model.set_rows(due_rows(reviews.list_reviews(ctx.database, ISO3)[0], [], TODAY))
    return model


def _assistance(ctx: UiContext, _tmp: Path) -> AssistanceModel:
    model = AssistanceModel()
    model.set_rows(reviews.list_assistance(ctx.database, ISO3))
    return model


def _links(ctx: UiContext, _tmp: Path) -> LinksModel:
    model = LinksModel({"ammunition": "Ammunition"})
    model.set_links(links_service.list_links(ctx.database, ISO3))
    return model


def _suggestions(ctx: UiContext, _tmp: Path) -> SuggestionsModel:
    model = SuggestionsModel()
    model.set_items(links_service.suggested_links(ctx.database, ISO3))
    return model


def _catalogue(ctx: UiContext, _tmp: Path) -> CatalogueModel:
    model = CatalogueModel(theme_names=dict(catalogue.theme_labels(ctx.database, "ru")))
    model.set_items(catalogue.list_items(ctx.database))
    return model


def _history(ctx: UiContext, _tmp: Path) -> HistoryModel:
    entries = state_history(ctx.database, ISO3)
    keys = {e.row_key for e in entries if e.table_name == "focal_points"}
    model = HistoryModel()
    model.set_entries(entries, row_names(ctx.database, keys))
    return model


def _preview(ctx: UiContext, tmp: Path) -> PreviewModel:
    plan = prepare_import(ctx.database, first_update(tmp), ctx.paths.root)
    model = PreviewModel()
    model.set_preview(plan.preview)
    model.set_hide_unchanged(False)
    return model


def _batches(ctx: UiContext, tmp: Path) -> BatchesModel:
    plan = prepare_import(ctx.database, first_update(tmp), ctx.paths.root)
    apply_import(ctx.database, plan, Resolution(), confirmed=True)
    model = BatchesModel()
    model.set_rows(list_batches(ctx.database))
    return model


def _backups(ctx: UiContext, _tmp: Path) -> BackupsModel:
    folder = back_up_now(ctx.database).parent
    model = BackupsModel()
    model.set_rows(list_backup_records(folder))
    return model


def _figures(ctx: UiContext, _tmp: Path) -> FiguresModel:
    secretariat_2022(ctx.database)
    model = FiguresModel()
    model.set_figures(mechanism_figures(ctx.database))
    return model


BUILDERS: dict[str, Builder] = {
    "AssistanceModel": _assistance,
    "BackupsModel": _backups,
    "BatchesModel": _batches,
    "CatalogueModel": _catalogue,
    "DueDatesModel": _due_dates,
    "FiguresModel": _figures,
    "FocalPointsModel": _focal_points,
    "HistoryModel": _history,
    "LinksModel": _links,
    "PreviewModel": _preview,
    "StageEventsModel": _review_events,
    "StatesFilterModel": _states_filter,
    "StatesModel": _states,
    "SuggestionsModel": _suggestions,
}


def test_every_model_has_data_to_be_checked_with() -> None:
    found = discovered_models()
    assert found == set(BUILDERS), (
        f"models without data here: {sorted(found - set(BUILDERS))}; "
        f"data for models that are gone: {sorted(set(BUILDERS) - found)}"
    )


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_model_is_well_behaved(
    name: str, qtmodeltester: ModelTester, ui_context: UiContext, tmp_path: Path
) -> None:
    _seed(ui_context)
    model = BUILDERS[name](ui_context, tmp_path)
    assert model.rowCount(QModelIndex()) > 0, f"{name} was given no rows to check"
    first = model.index(0, 0)
    assert first.isValid(), f"{name} has no first cell"
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    assert model.data(first) not in (None, ""), f"{name} shows nothing in its first cell"
