"""Many imports and previews through the window's writer and reader, while the GUI thread
makes garbage of its own: no crash (cycles are collected on the GUI thread only)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from fwgdesk.exchange.apply import Resolution
from fwgdesk.services.imports import ImportPlan, ImportResult, apply_import, prepare_import
from fwgdesk.services.links import list_links
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.operations import Operation
from tests.support.ui import TIMEOUT_MS

ROUNDS = 100  # each a preview and an import: 200 operations
STATUSES = ("in_progress", "implemented")


def _update(folder: Path, sequence: int) -> Path:
    path = folder / f"update-{sequence}.json"
    links = [
        {"state": "KEN", "recommendation": code, "status": STATUSES[sequence % 2]}
        for code in ("WG9-R4", "WG9-R5", "WG8-R1")
    ]
    document = {
        "format": "fwgdesk-update",
        "version": 1,
        "publisher": "Stress test",
        "sequence": sequence,
        "recommendation_links": links,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


class _Cycle(QObject):
    """A Qt object in a reference cycle: only the collector frees it."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_two_hundred_previews_and_imports_through_the_workers(
    qtbot: QtBot, ui_context: UiContext, tmp_path: Path
) -> None:
    database, data_dir = ui_context.database, ui_context.paths.root
    applied: list[int | None] = []
    for sequence in range(1, ROUNDS + 1):
        path = _update(tmp_path, sequence)
        plans: list[ImportPlan] = []
        ui_context.tasks.run(
            lambda _task, p=path: prepare_import(database, p, data_dir), plans.append
        )
        for _ in range(50):
            _Cycle()  # garbage the GUI thread makes meanwhile
        qtbot.waitUntil(lambda found=plans: bool(found), timeout=TIMEOUT_MS)

        def work(_task: object, plan: ImportPlan = plans[0]) -> ImportResult:
            return apply_import(database, plan, Resolution(default="incoming"), True, True)

        results: list[ImportResult] = []
        ui_context.writer.run(Operation(work, "import", on_success=results.append))
        qtbot.waitUntil(lambda found=results: bool(found), timeout=TIMEOUT_MS)
        applied.append(results[0].batch_id)
        path.unlink()
    assert None not in applied, "an import changed nothing"
    assert len(set(applied)) == ROUNDS, "imports were lost or merged"
    statuses = {link.status for link in list_links(database, "KEN")}
    assert statuses == {STATUSES[ROUNDS % 2]}, f"the last import is not what shows: {statuses}"
