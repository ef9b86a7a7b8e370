"""The labels of the status sheets and the overview, in the six UN languages.

The labels are data: ``resources/report_labels/<language>.json``, one object per language
with every key in every language (a test checks it). Keys with a dot name a value of a
controlled vocabulary (``stage.self_assessment``). Terms follow the usage of the Conference
of the Parties to the Convention and its Working Group on Firearms.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache

from fwgdesk.domain.bidi import isolate_ltr
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.errors import UsageError
from fwgdesk.paths import resources_dir
from fwgdesk.reports.codes import UNKNOWN_LANGUAGE

RTL_LANGUAGES = frozenset({"ar"})

LABELS_FOLDER = "report_labels"  # under the resources: <language>.json


@cache
def label_table(language: str) -> dict[str, str]:
    """The labels of *language* (one of the six), read once from the resources."""
    path = resources_dir() / LABELS_FOLDER / f"{check_language(language)}.json"
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return table


def check_language(language: str) -> str:
    if language not in UN_LANGUAGES:
        raise UsageError(UNKNOWN_LANGUAGE, language=language, known=list(UN_LANGUAGES))
    return language


class Labels:
    """The labels of one language, and how that language writes dates and shares."""

    def __init__(self, language: str) -> None:
        self.language = check_language(language)
        self.table = label_table(language)
        self.fallback = label_table("en")
        self.rtl = language in RTL_LANGUAGES

    def __call__(self, key: str, **values: object) -> str:
        text = self.table.get(key) or self.fallback.get(key) or key
        return text.format(**values) if values else text

    def term(self, prefix: str, value: str) -> str:
        """A value of a vocabulary (``term("stage", "summary")``); the raw value if unknown."""
        return self.table.get(f"{prefix}.{value}") or value

    def date(self, day: date | None) -> str:
        if day is None:
            return self("not_recorded")
        text = day.isoformat()
        return isolate_ltr(text) if self.rtl else text

    def datetime(self, moment: datetime) -> str:
        text = moment.strftime("%Y-%m-%d %H:%M")
        if moment.tzinfo is not None:
            offset = moment.strftime("%z")
            text += " UTC" if offset in ("+0000", "") else f" UTC{offset[:3]}:{offset[3:]}"
        return isolate_ltr(text) if self.rtl else text

    def share(self, value: float) -> str:
        percent = f"{value * 100:.0f}"
        if self.language == "fr":
            return f"{percent}\u00a0%"
        return f"{percent}%"

    def join(self, items: list[str]) -> str:
        """A list as the language writes one (Chinese 、, Arabic ،)."""
        separator = {"zh": "、", "ar": "، "}.get(self.language, ", ")
        return separator.join(items)

    def paren(self, text: str) -> str:
        return f"（{text}）" if self.language == "zh" else f" ({text})"

    def language_name(self, code: str) -> str:
        return self.table.get(f"lang.{code}") or code
