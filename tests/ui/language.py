"""Running part of a test in another interface language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from fwgdesk.ui.i18n import install_language

BIDI_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def plain(text: object) -> str:
    """*text* without the isolation marks that keep it in its direction."""
    return str(text).translate(BIDI_MARKS)


@contextmanager
def language(app: QApplication, code: str) -> Iterator[None]:
    """The interface in *code* meanwhile; English after."""
    install_language(app, code)
    try:
        yield
    finally:
        install_language(app, "en")
