"""Printed reports: State status sheets, batches of them, and the Mechanism overview.

ReportLab only, with the bundled fonts embedded (subsets); no Qt here, so that the command
line and the window print the same PDFs. The names below are loaded on first use, so that
importing a light module of this package (its message codes) does not load ReportLab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fwgdesk.reports.batch import render_batch
    from fwgdesk.reports.output import RenderResult
    from fwgdesk.reports.overview import render_overview
    from fwgdesk.reports.render import ReportCancelledError
    from fwgdesk.reports.state_sheet import SheetOptions, render_state_sheet

_WHERE = {
    "render_batch": "fwgdesk.reports.batch",
    "RenderResult": "fwgdesk.reports.output",
    "render_overview": "fwgdesk.reports.overview",
    "ReportCancelledError": "fwgdesk.reports.render",
    "SheetOptions": "fwgdesk.reports.state_sheet",
    "render_state_sheet": "fwgdesk.reports.state_sheet",
}

__all__ = [
    "RenderResult",
    "ReportCancelledError",
    "SheetOptions",
    "render_batch",
    "render_overview",
    "render_state_sheet",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(_WHERE[name]), name)
