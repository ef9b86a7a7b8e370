"""The Imports place: importing (preview, signature, conflicts, apply, cancel), undo, export."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.exchange.apply import Resolution
from fwgdesk.exchange.containers import read_update
from fwgdesk.exchange.keyfiles import generate_keypair
from fwgdesk.exchange.keystore import trust_key
from fwgdesk.exchange.signing import sign_file
from fwgdesk.services import people
from fwgdesk.services.imports import ImportPlan, ImportResult, apply_import, prepare_import
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog, first_conflict
from fwgdesk.ui.models.batches_model import BatchesModel
from fwgdesk.ui.models.preview_model import PreviewModel
from fwgdesk.ui.views.imports_view import ImportsView
from tests.support.dbdump import dump, full_dump
from tests.ui.language import plain

PUBLISHER = "UNODC Secretariat"


def person(**extra: Any) -> dict[str, Any]:
    values = {
        "id": "unodc-fp-chn-1",
        "state": "CHN",
        "role": "focal_point",
        "name": "王芳",
        "title": "处长",
        "gender": "female",
        "languages": ["zh", "en"],
        "designated_on": "2022-03-01",
    }
    values.update(extra)
    return values


def experts(number: int) -> dict[str, Any]:
    """One of many people of a big update: governmental experts, since a State has at most
    one active focal point."""
    return person(id=f"unodc-fp-{number}", name=f"李明 {number}", role="governmental_expert")


def write_json(path: Path, sequence: int = 1, **tables: list[dict[str, Any]]) -> Path:
    document = {
        "format": "fwgdesk-update",
        "version": 1,
        "publisher": PUBLISHER,
        "sequence": sequence,
        "issued_at": "2022-05-05T09:00:00Z",
        "as_of": "2022-05-01",
        **tables,
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def first_update(folder: Path) -> Path:
    return write_json(
        folder / "update-1.json",
        1,
        focal_points=[
            person(),
            person(
                id="unodc-fp-egy-1", state="EGY", name="ليلى حسن", title="مديرة", languages=["ar"]
            ),
        ],
        recommendation_links=[
            {"state": "CHN", "recommendation": "WG9-R7", "status": "in_progress", "note": "标记"}
        ],
    )


class Messages(list[tuple[str, str, str]]):
    def __call__(self, title: str, text: str, details: str) -> None:
        self.append((title, text, details))


@pytest.fixture
def view(qtbot: QtBot, ui_context: UiContext) -> ImportsView:
    widget = ImportsView(ui_context)
    qtbot.addWidget(widget)
    widget.inform = Messages()
    widget.show()
    return widget


def messages(view: ImportsView) -> Messages:
    assert isinstance(view.inform, Messages)
    return view.inform


def open_preview(qtbot: QtBot, view: ImportsView, path: Path) -> ImportPreviewDialog:
    view.preview_dialog = None
    view.start_import(path)
    qtbot.waitUntil(lambda: view.preview_dialog is not None, timeout=15000)
    assert view.preview_dialog is not None
    return view.preview_dialog


def apply_and_wait(qtbot: QtBot, view: ImportsView, dialog: ImportPreviewDialog) -> None:
    count = len(messages(view))
    assert dialog.apply_button.isEnabled(), dialog.status.text()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: len(messages(view)) > count, timeout=15000)


def import_confirmed(qtbot: QtBot, view: ImportsView, path: Path) -> ImportPreviewDialog:
    dialog = open_preview(qtbot, view, path)
    dialog.confirm_box.setChecked(True)
    apply_and_wait(qtbot, view, dialog)
    return dialog


def names(database: Database, iso3: str) -> dict[str, str]:
    return {p.external_id: p.name for p in people.list_focal_points(database, iso3)}


def test_an_unsigned_update_is_previewed_confirmed_and_applied(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    batches_before = view.model.rowCount()
    dialog = open_preview(qtbot, view, first_update(tmp_path))
    assert dialog.counts.count("focal_points", "added") == 2
    assert dialog.counts.count("recommendation_links", "added") == 1
    assert dialog.signature.title.text() == "Not signed"
    assert "update-1.json" in dialog.header.text() and PUBLISHER in dialog.header.text()
    assert dialog.model.rowCount() == 3
    assert not dialog.apply_button.isEnabled()
    assert dialog.confirm_box.isVisible()
    dialog.confirm_box.setChecked(True)
    assert dialog.apply_button.isEnabled()

    apply_and_wait(qtbot, view, dialog)
    assert names(ui_context.database, "CHN")["unodc-fp-chn-1"] == "王芳"
    assert names(ui_context.database, "EGY")["unodc-fp-egy-1"] == "ليلى حسن"
    assert view.model.rowCount() == batches_before + 1
    newest = view.model.batch_at(0)
    assert newest.file_name == "update-1.json" and newest.origin == "import"
    file_column = BatchesModel.COLUMN_FILE
    assert view.model.index(0, file_column).data() == "update-1.json"
    bundled = view.model.rowCount() - 1  # the oldest: the bundled data, which has no file
    assert view.model.batch_at(bundled).origin == "bundled"
    assert view.model.index(bundled, file_column).data() == ""
    _title, text, _details = messages(view)[-1]
    assert str(newest.id) in text and "backup" in text.lower()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert view.undo_button.isEnabled()


def test_a_conflict_must_be_decided_and_keep_all_mine_keeps_the_local_value(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    database = ui_context.database
    import_confirmed(qtbot, view, first_update(tmp_path))
    mine = next(
        p for p in people.list_focal_points(database, "CHN") if p.external_id == "unodc-fp-chn-1"
    )
    people.update_focal_point(database, mine.id, replace(mine.as_input(), name="王芳 (local)"))
    second = write_json(
        tmp_path / "update-2.json",
        2,
        focal_points=[person(name="王小芳", title="副司长")],
    )
    dialog = open_preview(qtbot, view, second)
    dialog.confirm_box.setChecked(True)
    assert dialog.model.conflict_count == 1
    assert not dialog.apply_button.isEnabled()
    assert "conflict" in dialog.status.text()
    conflict = first_conflict(dialog.model)
    assert conflict.data() == "Name", "a field named by its label"
    row = conflict.parent().row()
    old = dialog.model.index(conflict.row(), PreviewModel.COLUMN_OLD, conflict.parent()).data()
    assert plain(old) == "王芳 (local)", f"the local value: {old!r}"
    named = plain(dialog.model.index(row, PreviewModel.COLUMN_ITEM).data())
    assert named == "王芳 (local) (China), focal point", f"a person not named: {named}"

    dialog.keep_all_button.click()
    assert dialog.model.undecided_count() == 0
    assert dialog.apply_button.isEnabled()
    apply_and_wait(qtbot, view, dialog)
    after = next(
        p for p in people.list_focal_points(database, "CHN") if p.external_id == "unodc-fp-chn-1"
    )
    assert after.name == "王芳 (local)"  # mine kept
    assert after.title == "副司长"  # the field without conflict taken


def test_a_conflict_decided_per_field_takes_the_secretariats_value(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    database = ui_context.database
    import_confirmed(qtbot, view, first_update(tmp_path))
    mine = next(p for p in people.list_focal_points(database, "EGY"))
    people.update_focal_point(database, mine.id, replace(mine.as_input(), name="ليلى"))
    second = write_json(
        tmp_path / "update-2.json",
        2,
        focal_points=[
            person(id="unodc-fp-egy-1", state="EGY", name="ليلى حسن علي", languages=["ar"])
        ],
    )
    dialog = open_preview(qtbot, view, second)
    dialog.confirm_box.setChecked(True)
    conflict = first_conflict(dialog.model)
    decision = dialog.model.index(conflict.row(), PreviewModel.COLUMN_DECISION, conflict.parent())
    assert decision.flags() & decision.flags().ItemIsEditable
    assert dialog.model.setData(decision, "incoming")
    assert decision.data() == "Take the update's"
    apply_and_wait(qtbot, view, dialog)
    assert names(database, "EGY")["unodc-fp-egy-1"] == "ليلى حسن علي"


def test_cancelling_the_apply_leaves_the_database_as_it_was(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    many = [experts(n) for n in range(1500)]
    dialog = open_preview(qtbot, view, write_json(tmp_path / "big.json", 1, focal_points=many))
    dialog.confirm_box.setChecked(True)
    before = full_dump(ui_context.database)
    dialog.apply_button.click()
    assert dialog.cancel_button.text() == "Cancel"
    dialog.cancel()  # the worker checks before every step: the transaction rolls back
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert dialog.status.text() == "Cancelled: nothing was changed."
    assert full_dump(ui_context.database) == before
    assert messages(view) == []
    assert dialog.isVisible() and dialog.apply_button.isEnabled()


def test_cancelling_inside_the_transaction_rolls_everything_back(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    """The user cancels once rows are being written: the batch and every row roll back."""
    many = [experts(n) for n in range(450)]
    dialog = open_preview(qtbot, view, write_json(tmp_path / "big.json", 1, focal_points=many))
    dialog.confirm_box.setChecked(True)
    before = full_dump(ui_context.database)
    calls: list[tuple[int, int]] = []

    def cancel_at_second_report(
        database: Database,
        plan: ImportPlan,
        resolution: Resolution,
        confirmed: bool,
        insist: bool,
        progress: Callable[[int, int], None],
    ) -> ImportResult:
        task = getattr(progress, "__self__")  # noqa: B009  # the Task of the bound progress

        def report(done: int, total: int) -> None:
            calls.append((done, total))
            if done > 0:  # rows 0..199 are already written in the open transaction
                task.cancel()
            progress(done, total)

        return apply_import(database, plan, resolution, confirmed, insist, report)

    dialog.apply_function = cancel_at_second_report
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert calls[:2] == [(0, 450), (200, 450)]
    assert dialog.status.text() == "Cancelled: nothing was changed."
    assert full_dump(ui_context.database) == before


def test_cancelling_while_reading_drops_the_update(
    qtbot: QtBot, view: ImportsView, tmp_path: Path
) -> None:
    view.start_import(first_update(tmp_path))
    assert view.busy.cancel_button.isVisible() and not view.import_button.isEnabled()
    view.cancel_task()
    qtbot.waitUntil(lambda: view.task is None, timeout=15000)
    assert view.preview_dialog is None
    assert not view.busy.bar.isVisible() and view.import_button.isEnabled()


def test_a_bad_file_shows_every_problem_and_changes_nothing(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    bad = write_json(
        tmp_path / "bad.json",
        1,
        focal_points=[person(designated_on="2022-13-45"), person(id="b", role="boss")],
        recommendation_links=[{"state": "CHN", "recommendation": "NOPE-1", "status": "done"}],
    )
    before = full_dump(ui_context.database)
    view.start_import(bad)
    qtbot.waitUntil(lambda: view.problems_dialog is not None, timeout=15000)
    assert view.problems_dialog is not None
    # names and values are set apart for right-to-left text by invisible isolate marks
    lines = [
        line.replace("\u2068", "").replace("\u2069", "") for line in view.problems_dialog.lines()
    ]
    assert len(lines) == 4, "\n".join(lines)
    assert all(line.startswith("bad.json, table ") for line in lines), lines
    assert any("item 1" in line and "field designated_on" in line for line in lines), lines
    assert any("field role: 'boss'" in line for line in lines), lines
    assert any("field status: 'done'" in line for line in lines), lines
    assert any("field recommendation: 'NOPE-1'" in line for line in lines), lines
    assert "Nothing was changed" in view.problems_dialog.summary.text()
    listed = view.problems_dialog.list
    tips = [listed.item(row).toolTip() for row in range(listed.count())]
    assert tips == [listed.item(row).text() for row in range(listed.count())], (
        "a problem cut in the list cannot be read whole in its tooltip"
    )
    assert view.preview_dialog is None
    assert full_dump(ui_context.database) == before


def test_a_trusted_signature_needs_no_confirmation_and_a_tampered_file_is_refused(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    generate_keypair(tmp_path / "secretariat.key", tmp_path / "secretariat.pub", None)
    trust_key(ui_context.paths.root, tmp_path / "secretariat.pub", "UNODC Secretariat")
    path = first_update(tmp_path)
    sign_file(path, tmp_path / "secretariat.key", None)
    dialog = open_preview(qtbot, view, path)
    assert dialog.signature.title.text() == "Signed by UNODC Secretariat"
    assert not dialog.confirm_box.isVisible()
    assert dialog.apply_button.isEnabled()
    dialog.reject()

    path.write_text(path.read_text(encoding="utf-8").replace("王芳", "王五"), encoding="utf-8")
    dialog = open_preview(qtbot, view, path)
    assert dialog.signature.title.text().startswith("Invalid signature")
    assert not dialog.apply_button.isEnabled()
    assert "invalid" in dialog.status.text()


def test_a_repeated_update_needs_insisting(qtbot: QtBot, view: ImportsView, tmp_path: Path) -> None:
    import_confirmed(qtbot, view, first_update(tmp_path))
    again = write_json(tmp_path / "again.json", 1, focal_points=[person(title="司长")])
    dialog = open_preview(qtbot, view, again)
    dialog.confirm_box.setChecked(True)
    assert dialog.insist_box.isVisible()
    assert not dialog.apply_button.isEnabled()
    dialog.insist_box.setChecked(True)
    assert dialog.apply_button.isEnabled()


def test_undo_last_import_restores_the_database(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    database = ui_context.database
    assert not view.undo_button.isEnabled()
    before = dump(database)
    import_confirmed(qtbot, view, first_update(tmp_path))
    assert dump(database) != before
    dialog = view.open_undo_dialog()
    assert dialog is not None
    assert "update-1.json" in dialog.question.text()
    assert dialog.keep_local
    count = len(messages(view))
    dialog.accept()
    qtbot.waitUntil(lambda: len(messages(view)) > count, timeout=15000)
    title, text, _details = messages(view)[-1]
    assert title == "Import undone" and "reverted" in text
    assert dump(database) == before
    assert view.model.batch_at(0).undone_at is not None
    assert not view.undo_button.isEnabled()


def test_undo_keeps_local_edits_made_after_the_import(
    qtbot: QtBot, view: ImportsView, ui_context: UiContext, tmp_path: Path
) -> None:
    database = ui_context.database
    import_confirmed(qtbot, view, first_update(tmp_path))
    mine = next(p for p in people.list_focal_points(database, "EGY"))
    people.update_focal_point(database, mine.id, replace(mine.as_input(), title="وزيرة"))
    dialog = view.open_undo_dialog()
    assert dialog is not None
    count = len(messages(view))
    dialog.accept()
    qtbot.waitUntil(lambda: len(messages(view)) > count, timeout=15000)
    _title, text, details = messages(view)[-1]
    assert "kept" in text and "unodc-fp-egy-1" in details
    assert "unodc-fp-egy-1" in names(database, "EGY")


@pytest.mark.parametrize(
    ("format_key", "name"),
    [("json", "out.json"), ("xlsx", "out.xlsx"), ("csv_folder", "out-csv"), ("csv_zip", "out.zip")],
)
def test_export_writes_a_file_read_update_reads(
    qtbot: QtBot,
    view: ImportsView,
    ui_context: UiContext,
    tmp_path: Path,
    format_key: str,
    name: str,
) -> None:
    ui_context.settings.own_state = "CHN"
    import_confirmed(qtbot, view, first_update(tmp_path))
    dialog = view.open_export_dialog()
    assert dialog.own_radio.isChecked() and dialog.states() == ["CHN"]
    assert not dialog.contacts_box.isChecked()
    dialog.set_format(format_key)
    target = tmp_path / name
    dialog.choose_path = lambda: str(target)
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(target)
    count = len(messages(view))
    dialog.accept()
    qtbot.waitUntil(lambda: len(messages(view)) > count, timeout=15000)
    assert dialog.rows_written is not None and dialog.rows_written >= 3
    raw = read_update(target)
    assert set(raw.tables) >= {"states", "focal_points", "recommendation_links"}
    people_rows = raw.tables["focal_points"]
    assert [r.values["name"] for r in people_rows] == ["王芳"]
    assert all(not r.values.get("email") for r in people_rows)
    assert str(dialog.rows_written) in messages(view)[-1][1]


def test_export_of_chosen_states_and_everything(
    qtbot: QtBot, view: ImportsView, tmp_path: Path
) -> None:
    dialog = view.open_export_dialog()
    assert not dialog.own_radio.isEnabled() and dialog.chosen_radio.isChecked()
    assert not dialog.export_button.isEnabled()  # no State chosen yet
    dialog.select_states(["CHN", "EGY"])
    assert dialog.states() == ["CHN", "EGY"]
    dialog.path_edit.setText(str(tmp_path / "two.json"))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.rows_written is not None, timeout=15000)
    raw = read_update(tmp_path / "two.json")
    assert sorted(r.values["iso3"] for r in raw.tables["states"]) == ["CHN", "EGY"]

    dialog = view.open_export_dialog()
    dialog.all_radio.setChecked(True)
    assert dialog.states() is None
    dialog.path_edit.setText(str(tmp_path / "all.json"))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.rows_written is not None, timeout=15000)
    assert len(read_update(tmp_path / "all.json").tables["states"]) == 194


def test_preview_model(
    qtmodeltester: ModelTester, ui_context: UiContext, tmp_path: Path, qtbot: QtBot
) -> None:
    database = ui_context.database
    plan = prepare_import(database, first_update(tmp_path), ui_context.paths.root)
    model = PreviewModel()
    model.set_preview(plan.preview)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == 3
    parent = model.index(0, 0)
    assert model.rowCount(parent) == len(plan.preview.rows[0].fields)
    assert model.index(0, PreviewModel.COLUMN_CHANGE).data() == "Added"
    model.set_only_conflicts(True)
    assert model.rowCount() == 0
    model.set_only_conflicts(False)
    model.set_hide_unchanged(False)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
