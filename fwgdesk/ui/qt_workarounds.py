"""Work-arounds for defects of the Qt bindings, each with the version it was seen in.

PySide6 6.12.0 returns ``None``, ``True`` and ``False`` to Python without the reference it
owes: most calls of a method returning nothing (``setText``, ``show``, ``beginResetModel``,
``selectRow``, ``processEvents``…) drop a reference to ``None``, and every ``emit()`` or
``disconnect()`` of a signal drops one to ``True`` (or ``False``). On Python 3.12 and later
these objects are immortal and nothing happens. On Python 3.11 their counts run down as the
user works, and when one reaches zero the interpreter aborts ("none_dealloc",
"bool_dealloc"): with the window, in the middle of the user's work or when it closes.
PySide6 6.11 does not do this.

:func:`protect_singletons` gives the three a reserve of references no session can use up
(a call a microsecond would need years). Extra references to them are harmless whatever
the version, so the reserve is given on every Python before 3.12, as soon as the ``ui``
package is imported and before any call into Qt.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 48  # references added to each of None, True and False
SINGLETONS = (None, True, False)
_protected = False


def protect_singletons() -> None:
    """Give ``None``, ``True`` and ``False`` their reserve of references, once per process."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return
    for value in SINGLETONS:
        # ob_refcnt is the first field of every object in CPython's (non-debug) layout
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    _protected = True
