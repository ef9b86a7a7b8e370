"""Where the tests find the source documents (``../shared/seeds`` beside the repository)."""

from __future__ import annotations

import os

import pytest

from tests.support.seed_text import SEEDS_DIR


def require_seeds() -> None:
    """Skip when the source documents are absent, except in CI where they must be there."""
    if SEEDS_DIR.is_dir():
        return
    if os.environ.get("CI"):
        pytest.fail(f"the source documents are missing: {SEEDS_DIR}")
    pytest.skip(f"source documents not found at {SEEDS_DIR}")
