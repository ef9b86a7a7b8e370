"""The program the bundles run: fwgdesk's command line, and its window without a command.

With ``FWGDESK_SMOKE_WINDOW=1`` it opens the window as usual, then, once the main window has
replaced the one painted first (``StartingWindow``), prints ``window shown after S s``
(seconds since ``FWGDESK_SMOKE_STARTED``, a Unix time the caller took before starting the
process, else since this script started), closes every window and exits: 0 when the main
window was shown, 1 otherwise. The packaging tests
and the build scripts check a build with it (add ``QT_QPA_PLATFORM=offscreen`` without a
screen). Any Python with fwgdesk installed can run this file the same way.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.time()
WAIT_S = 120  # the main window follows the first painted one once the database is open


def smoke_window(argv: list[str]) -> int:
    """Start the window, report when it is shown, close it (see the module's description)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    from fwgdesk.cli.main import main
    from fwgdesk.ui.app import create_application

    started = float(os.environ.get("FWGDESK_SMOKE_STARTED") or STARTED)
    app = create_application()
    seen: list[str] = []

    def close_all() -> None:
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        starting = [w for w in shown if type(w).__name__ == "StartingWindow"]
        if starting and len(starting) == len(shown) and time.time() - started < WAIT_S:
            QTimer.singleShot(50, close_all)  # painted first: the main window follows
            return
        seen.extend(
            type(w).__name__ for w in shown if isinstance(w, QMainWindow) and w not in starting
        )
        print(f"window shown after {time.time() - started:.2f} s", flush=True)
        print(f"windows: {', '.join(type(w).__name__ for w in shown) or 'none'}", flush=True)
        drawn = not app.windowIcon().pixmap(32, 32).isNull()  # the SVG icon engine is there
        print(f"icon: {'drawn' if drawn else 'missing'}", flush=True)
        for window in shown:
            window.close()

    QTimer.singleShot(0, close_all)
    code = main(argv)
    return code if seen else 1


if __name__ == "__main__":
    if os.environ.get("FWGDESK_SMOKE_WINDOW") == "1":
        raise SystemExit(smoke_window(sys.argv[1:]))
    from fwgdesk.cli.main import main

    raise SystemExit(main())
