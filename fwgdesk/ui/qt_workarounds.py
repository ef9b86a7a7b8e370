"""Work-arounds for defects of the Qt bindings, each with the version it was seen in.

PySide6 6.12.0 drops a reference to ``True`` every time Python code calls a signal's
``emit()`` or ``disconnect()``. On Python 3.12 and later ``True`` is immortal and nothing
happens; on Python 3.11 its count of references runs down with every emit, and once it
reaches zero the interpreter aborts ("bool_dealloc: deallocating True or False"), with the
window, in the middle of the user's work or when it closes. PySide6 6.11 does not do this.

:func:`protect_booleans` gives ``True`` and ``False`` a reserve of references no session
can use up (one emit a microsecond would need years). Extra references to them are
harmless whatever the version, so the reserve is given on every Python before 3.12.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 48  # references added to True and to False
_protected = False


def protect_booleans() -> None:
    """Give ``True`` and ``False`` their reserve of references, once per process."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return
    for value in (True, False):
        # ob_refcnt is the first field of every object in CPython's (non-debug) layout
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    _protected = True
