"""The guard against PySide6 6.12.0 dropping references to None, True and False."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    if sys.argv[1] == "guarded":
        import fwgdesk.ui  # the guard comes with the package
        from fwgdesk.ui.qt_workarounds import protect_singletons
        protect_singletons()  # once per process, however often it is called

    from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Sender(QObject):
        changed = Signal(int, int, str)

    class Model(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 0

        def data(self, index, role=0):
            return None

    app = QApplication([])
    sender, model, label = Sender(), Model(), QLabel()
    sender.changed.connect(lambda *values: None)
    for number in range(40_000):  # more than None and True have references here
        sender.changed.emit(number, 40_000, "progress")
        sender.changed.connect(print)
        sender.changed.disconnect(print)
        model.beginResetModel()
        model.endResetModel()
        label.setText(str(number))
    print("still running")
    """
)


def test_a_long_session_of_qt_calls_neither_aborts_nor_fails_at_exit() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "guarded"],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "still running"
