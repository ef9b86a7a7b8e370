"""Printed reports: State status sheets, batches of them, and the Mechanism overview.

ReportLab only, with the bundled fonts embedded (subsets); no Qt here, so that the command
line and the window print the same PDFs.
"""

from fwgdesk.reports.batch import render_batch
from fwgdesk.reports.output import RenderResult
from fwgdesk.reports.overview import render_overview
from fwgdesk.reports.render import ReportCancelledError
from fwgdesk.reports.state_sheet import SheetOptions, render_state_sheet

__all__ = [
    "RenderResult",
    "ReportCancelledError",
    "SheetOptions",
    "render_batch",
    "render_overview",
    "render_state_sheet",
]
