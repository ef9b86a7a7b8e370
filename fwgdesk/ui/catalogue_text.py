"""The catalogue's titles, headings and texts as the window shows them: in the interface's
language when the catalogue has it, otherwise in the source's own language with a mark
saying which ("[中文 original]"), never silently another language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from fwgdesk.domain.bidi import keep_ltr_numbers
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.languages import Shown, original_mark, shown_with_mark
from fwgdesk.domain.records import CatalogueItem, LinkRecord, SourceRecord
from fwgdesk.ui.labels import joined, language_label


def _t(text: str) -> str:
    return QCoreApplication.translate("catalogue_text", text)


def reader_language() -> str:
    """The interface's language (one of the six; English otherwise)."""
    language = QLocale().name().split("_")[0]
    return language if language in UN_LANGUAGES else "en"


def mark(language: str) -> str:
    """The mark of a text shown in *language*, not the reader's: "中文 original"."""
    return _t("{language} original").format(language=original_mark(language))


def shown_text(shown: Shown | None) -> str:
    """*shown* as plain text, marked when it is not in the reader's language; a number in
    parts kept in order in Arabic ("الغاية 16-4", never "4-16")."""
    return keep_ltr_numbers(shown_with_mark(shown, mark))


def shown_html(shown: Shown | None, style: str = "") -> str:
    """*shown* as an HTML paragraph in its own language and direction, with its mark."""
    if shown is None:
        return ""
    direction = "rtl" if shown.language == "ar" else "ltr"
    body = escape(keep_ltr_numbers(shown.text)).replace("\n", "<br>")
    label = f"<small>[{escape(mark(shown.language))}]</small> " if shown.marked else ""
    attributes = f"lang='{shown.language}' dir='{direction}' style='{style}'"
    return f"<p {attributes}>{label}{body}</p>"


def item_title(item: CatalogueItem | LinkRecord) -> str:
    return shown_text(item.title(reader_language()))


def item_text(item: CatalogueItem | LinkRecord) -> str:
    return shown_text(item.text(reader_language()))


def source_title(source: SourceRecord) -> str:
    return shown_text(source.title(reader_language()))


def summaries_note() -> str:
    """What the reader must know of titles: summaries, not the official text."""
    return _t(
        "Titles are short summaries written for this catalogue; the full text is the "
        "source document's own."
    )


def themes_text(names: Mapping[str, str], codes: Iterable[str]) -> str:
    """Themes by their *names* (in the reader's language), the code where none is known."""
    return keep_ltr_numbers(joined(names.get(code, code) for code in codes))


def languages_text(languages: tuple[str, ...]) -> str:
    """The languages an item's text is held in, named in the reader's language (a French
    reader reads "chinois", not "中文")."""
    return " · ".join(language_label(lang) for lang in languages)


def withdrawn_html(day: date | None) -> str:
    """That an item is withdrawn, and since when (nothing for a current item)."""
    if day is None:
        return ""
    withdrawn = _t("Withdrawn on {date}").format(date=day.isoformat())
    return f"<p><b>{escape(withdrawn)}</b></p>"


def item_html(item: CatalogueItem) -> str:
    """An item's title, headings and full text, each in the reader's language or marked."""
    language = reader_language()
    title = shown_text(item.title(language))
    parts = [f"<h3>{escape(item.code)} — {escape(title)}</h3>"]
    parts.append(withdrawn_html(item.withdrawn_on))
    parts.append(shown_html(item.section_title(language), "font-style:italic"))
    parts.append(shown_html(item.subsection_title(language), "font-style:italic"))
    parts.append(shown_html(item.text(language), "font-size:large"))
    parts.append(f"<p><small>{escape(summaries_note())}</small></p>")
    return "".join(parts)
