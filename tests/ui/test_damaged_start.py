"""A damaged database at start: detected, the newest good backup offered and restored."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from fwgdesk.domain.errors import DamagedDatabaseError
from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths
from fwgdesk.services.startup import open_database
from fwgdesk.ui.app import build_window, offer_restore


def damage(paths: DataPaths) -> None:
    open_database(paths).database.dispose()  # first start: a daily backup
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)


def test_a_damaged_database_is_detected_and_the_newest_backup_restored(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    damage(data_paths)
    with pytest.raises(DamagedDatabaseError) as caught:
        build_window(data_paths)
    error = caught.value
    assert error.good_backup is not None and "daily" in str(error.good_backup)
    assert "fwgdesk db restore" in english(error)
    questions: list[str] = []
    assert offer_restore(error, lambda q: questions.append(q) or True)
    assert "damaged" in questions[0]
    window = build_window(data_paths)
    qtbot.addWidget(window)
    assert window.states.table.model.rowCount() == 194
    window.ctx.tasks.wait()
    window.ctx.database.dispose()


def test_declining_changes_nothing(data_paths: DataPaths) -> None:
    damage(data_paths)
    before = data_paths.database.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(data_paths)
    assert not offer_restore(caught.value, lambda _question: False)
    assert data_paths.database.read_bytes() == before
