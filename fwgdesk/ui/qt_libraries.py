"""Qt's system libraries, looked for before Qt is loaded.

Without them Qt stops with a message that misleads: "Could not load the Qt platform plugin
"xcb"… xcb-cursor0 or libxcb-cursor0 is needed", even when other libraries are missing too,
and importing PySide6 without ``libGL`` fails with a bare ``ImportError``. fwgdesk looks for
each library first and names the Debian packages to install, in one ``apt-get`` line.
Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable

# Shared library → Debian package: what any Qt window needs (offscreen too) ...
BASE_LIBRARIES: dict[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# ... and what a window on X11 needs besides (Qt's xcb platform plugin).
X11_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
}


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def uses_x11(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt will open its window on X11: asked for, or the default on an X display."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].startswith("xcb")
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_packages(
    x11: bool, loads: Callable[[str], bool] = _loads, platform: str = sys.platform
) -> list[str]:
    """The Debian packages of the libraries that cannot be loaded (none but on Linux)."""
    if not platform.startswith("linux"):
        return []
    wanted = dict(BASE_LIBRARIES, **(X11_LIBRARIES if x11 else {}))
    return [package for library, package in wanted.items() if not loads(library)]


def install_advice(packages: Iterable[str]) -> str:
    """What to tell the user, in English: the window is not translated yet, Qt not loaded."""
    names = " ".join(packages)
    return (
        "fwgdesk cannot open its window: Qt's system libraries are missing.\n"
        f"On Debian or Ubuntu, install them with:\n\n    sudo apt-get install {names}\n\n"
        "(Commands such as `fwgdesk db check` work without them.)"
    )
