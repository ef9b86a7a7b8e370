"""Python's cyclic garbage collection, run on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a threshold is
crossed. With Qt, that may be a worker thread, which then destroys Qt objects (a signal's
sender, a model, a task) that belong to the GUI thread: Qt's objects must be deleted in
the thread they live in, and the process crashes at random. The established remedy
(used by calibre, Anki and others) is to switch automatic collection off and collect on
the GUI thread from a timer, honouring the same per-generation thresholds. Reference
counting still frees everything that is not part of a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns automatic collection off while it lives; collects from a timer on its thread.

    Create it on the GUI thread, once, for the application's lifetime; :meth:`stop`
    collects a last time and turns automatic collection back on.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; return what was freed."""
        counts = gc.get_count()
        freed = 0
        if any(count > limit for count, limit in zip(counts, self._threshold, strict=True)):
            # Qt objects already scheduled for deletion go first, while their Python
            # parts are whole: a collection would clear those parts under a live object
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                freed += gc.collect(generation)
                break
        return freed

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
