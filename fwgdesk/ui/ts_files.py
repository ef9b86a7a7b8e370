"""Qt Linguist's translation sources (``.ts``): read, written and brought up to date.

A ``.ts`` file holds, per context, each English source text with its translation, or with
its numerus forms when the text carries a count (as many as the language has: one in
Chinese, two in English, French and Spanish, three in Russian, six in Arabic). The files
are written as ``pyside6-lupdate`` writes them, so Qt Linguist and the translation tools
that read Linguist files open them as they are. This module needs no Qt.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

#: Each interface language's plural forms, in Qt's order (CLDR's categories).
PLURAL_FORMS: dict[str, tuple[str, ...]] = {
    "ar": ("zero", "one", "two", "few", "many", "other"),
    "zh": ("other",),
    "en": ("one", "other"),
    "fr": ("one", "other"),
    "ru": ("one", "few", "many"),
    "es": ("one", "other"),
}


@dataclass
class Entry:
    """One source text and its translation: *forms* has one text, or the numerus forms."""

    forms: list[str] = field(default_factory=list)
    numerus: bool = False
    unfinished: bool = False

    @property
    def done(self) -> bool:
        return bool(self.forms) and all(self.forms) and not self.unfinished


#: ``{context: {source text: entry}}``
Catalogue = dict[str, dict[str, Entry]]


def read_ts(path: Path) -> tuple[str, Catalogue]:
    """The language of the file at *path* and its entries (vanished and obsolete ones
    left out)."""
    root = ET.parse(path).getroot()  # our own file, from the package
    catalogue: Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        entries = catalogue.setdefault(name, {})
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            entries[message.findtext("source") or ""] = Entry(
                forms, numerus, unfinished=kind == "unfinished"
            )
    return root.get("language", ""), catalogue


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def _message(source: str, entry: Entry) -> list[str]:
    numerus = ' numerus="yes"' if entry.numerus else ""
    kind = ' type="unfinished"' if entry.unfinished or not entry.done else ""
    lines = [f"    <message{numerus}>", f"        <source>{_text(source)}</source>"]
    if entry.numerus:
        lines.append(f"        <translation{kind}>")
        lines += [f"            <numerusform>{_text(form)}</numerusform>" for form in entry.forms]
        lines.append("        </translation>")
    else:
        text = entry.forms[0] if entry.forms else ""
        lines.append(f"        <translation{kind}>{_text(text)}</translation>")
    lines.append("    </message>")
    return lines


def ts_text(language: str, catalogue: Catalogue) -> str:
    """*catalogue* as a ``.ts`` file's text: contexts and source texts in order."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted(catalogue):
        if not catalogue[context]:
            continue
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        for source in sorted(catalogue[context]):
            lines += _message(source, catalogue[context][source])
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_ts(path: Path, language: str, catalogue: Catalogue) -> None:
    temporary = path.with_suffix(".ts.tmp")
    temporary.write_text(ts_text(language, catalogue), encoding="utf-8")
    temporary.replace(path)


def updated(
    catalogue: Catalogue, strings: dict[str, list[str]], numerus: set[tuple[str, str]]
) -> Catalogue:
    """*catalogue* with every string of the code (*strings*, the counted ones in *numerus*):
    new ones added as unfinished, those the code no longer has dropped, and an entry whose
    count changed marked unfinished."""
    result: Catalogue = {}
    for context, texts in strings.items():
        for source in texts:
            counted = (context, source) in numerus
            entry = catalogue.get(context, {}).get(source) or Entry(numerus=counted)
            if entry.numerus != counted:
                entry = Entry(entry.forms[:1], counted, unfinished=True)
            result.setdefault(context, {})[source] = entry
    return result
