"""Typed reads of QSettings (window geometry, filters, column widths)."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def int_value(settings: QSettings, key: str, default: int = 0) -> int:
    value = settings.value(key, default)
    try:
        return int(str(value))
    except ValueError:
        return default


def bool_value(settings: QSettings, key: str, default: bool = False) -> bool:
    value = settings.value(key, default)
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "1")


def str_value(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return default if value is None else str(value)
