"""Child processes of the start-up benchmarks run as an installed application would.

An installed package has its byte-code compiled (pip and the PyInstaller build both do
it), so the children may write and use ``.pyc`` files even where the environment sets
``PYTHONDONTWRITEBYTECODE``; a first, untimed run writes them.
"""

from __future__ import annotations

import os


def installed_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
