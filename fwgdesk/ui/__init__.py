"""The Qt window. The only package that imports PySide6; it calls services, never the reverse.

Importing it first guards the process against a defect of the Qt bindings that would abort
it (see :mod:`fwgdesk.ui.qt_workarounds`), before anything calls into Qt.
"""

from fwgdesk.ui.qt_workarounds import protect_singletons

protect_singletons()
