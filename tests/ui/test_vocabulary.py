"""One vocabulary: every member of the domain's enums has a label, in every language."""

from __future__ import annotations

import inspect
import re
from enum import StrEnum

import pytest
from PySide6.QtWidgets import QApplication

from fwgdesk.domain import enums
from fwgdesk.ui.labels import enum_label, vocabulary
from tests.ui.language import language

LANGUAGES = ("ar", "es", "fr", "ru", "zh")
SCRIPTS = {"ar": "[\u0600-\u06ff]", "ru": "[\u0400-\u04ff]", "zh": "[\u4e00-\u9fff]"}
DOMAIN_ENUMS = [
    member
    for _, member in inspect.getmembers(enums, inspect.isclass)
    if issubclass(member, StrEnum) and member is not StrEnum
]


def test_every_enum_of_the_domain_is_in_the_vocabulary(qapp: QApplication) -> None:
    labelled = vocabulary()
    missing = [kind.__name__ for kind in DOMAIN_ENUMS if kind not in labelled]
    assert missing == [], f"enums without labels: {missing}"
    for kind in DOMAIN_ENUMS:
        absent = [m for m in kind if m not in labelled[kind]]
        assert absent == [], f"{kind.__name__} members without a label: {absent}"
        assert all(enum_label(m) != m.value for m in kind if "_" in m.value), (
            f"{kind.__name__}: a label left as the code"
        )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_label_is_translated(qapp: QApplication, code: str) -> None:
    english = {kind: {m: enum_label(m) for m in kind} for kind in DOMAIN_ENUMS}
    with language(qapp, code):
        for kind in DOMAIN_ENUMS:
            for member in kind:
                shown = enum_label(member)
                assert shown, f"{kind.__name__}.{member.name} empty in {code}"
                script = SCRIPTS.get(code)
                if script:
                    assert re.search(script, shown), (
                        f"{kind.__name__}.{member.name} in {code}: {shown!r}"
                    )
                elif len(english[kind][member]) > 6:
                    assert shown != english[kind][member] or code == "fr", (
                        f"{kind.__name__}.{member.name} left in English in {code}"
                    )
