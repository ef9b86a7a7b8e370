"""The three containers of the update format: JSON, XLSX, and CSV (a folder or a ZIP).

``read_update`` checks a file's limits before anything parses it and returns the raw update
(values as the container holds them); ``write_update`` writes a typed update, atomically.
"""

from __future__ import annotations

from fwgdesk.exchange.containers.detect import read_update
from fwgdesk.exchange.containers.limits import DEFAULT_LIMITS, Limits
from fwgdesk.exchange.containers.write import CONTAINERS, write_update

__all__ = ["CONTAINERS", "DEFAULT_LIMITS", "Limits", "read_update", "write_update"]
