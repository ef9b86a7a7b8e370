"""Switches of a test run, read from the environment once.

``FWGDESK_SLOW=1`` selects the slow mode: tests that repeat an experiment (the crash
test's kills, for one) repeat it many more times.
"""

from __future__ import annotations

import os

SLOW = os.environ.get("FWGDESK_SLOW", "").strip().lower() not in ("", "0", "false", "no")


def repetitions(default: int, slow: int) -> int:
    """How many times to repeat an experiment: *slow* in the slow mode, else *default*."""
    return slow if SLOW else default
