"""The work-around for PySide6 6.12.0 dropping a reference to True at every emit."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from fwgdesk.ui.qt_workarounds import protect_booleans

    if sys.argv[1] == "protected":
        protect_booleans()
        protect_booleans()  # once per process, however often it is called

    class Sender(QObject):
        changed = Signal(int, int, str)

    app = QCoreApplication([])
    sender = Sender()
    sender.changed.connect(lambda *values: None)
    for number in range(20_000):  # more than True has references in a small process
        sender.changed.emit(number, 20_000, "progress")
        sender.changed.connect(print)
        sender.changed.disconnect(print)
    print("still running")
    """
)


def run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120
    )


def test_many_emits_neither_abort_the_process_nor_its_exit() -> None:
    done = run("protected")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "still running"
