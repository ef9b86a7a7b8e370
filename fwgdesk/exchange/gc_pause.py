"""Pausing Python's cyclic garbage collector while an update is read, previewed or applied.

These steps create tens of thousands of small dicts and tuples that all stay alive until
the step ends; the collector would scan them again and again for cycles they do not
have. Reference counting still frees everything else at once, and the collector runs
again as soon as the step ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Within the block, no cyclic collection (unless it was already off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
