"""Messages worded for the window: templates, values and field names in its language."""

from __future__ import annotations

import math
from enum import Enum, StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.domain.wording import FieldValue, StateName, Worded, Words, word
from fwgdesk.ui import labels
from fwgdesk.ui.catalogue_text import reader_language

MESSAGES_CONTEXT = "messages"


def _f(text: str) -> str:
    return QCoreApplication.translate("fields", text)


def _n(text: str) -> str:
    return QCoreApplication.translate("numbers", text)


def field_labels() -> dict[str, str]:
    """The fields a message may name, as the forms of the window label them."""
    return {
        "name": _f("Name"),
        "title": _f("Title"),
        "institution": _f("Institution"),
        "gender": _f("Gender"),
        "role": _f("Role"),
        "note": _f("Note"),
        "status": _f("Status"),
        "stage_since": _f("Stage since"),
        "suspended_reason": _f("Suspended because"),
        "language_agreement": _f("Language agreement"),
        "saq_submitted_on": _f("Self-assessment submitted on"),
        "requested_on": _f("Requested on"),
        "topic": _f("Topic"),
        "email": _f("E-mail"),
        "phone": _f("Phone"),
        "languages": _f("Languages"),
        "designated_on": _f("Designated on"),
        "ended_on": _f("Ended on"),
        "reviewing_states": _f("Reviewing States"),
        "working_languages": _f("Working languages"),
        "saq_progress": _f("Self-assessment progress"),
        "group": _f("Review group"),
        "cluster": _f("Cluster"),
        "stage": _f("Stage"),
        "on": _f("Date"),
        "state": _f("State"),
        "iso3": _f("ISO code"),
        "iso2": _f("Two-letter code"),
        "regional_group": _f("Regional group"),
        "protocol_status": _f("Firearms Protocol"),
        "protocol_status_date": _f("Protocol status since"),
        "protocol_status_source": _f("Protocol status source"),
        "recommendation": _f("Recommendation"),
        "updated_on": _f("Updated on"),
        "code": _f("Code"),
        "source": _f("Source document"),
        "kind": _f("Kind of document"),
        "symbol": _f("Symbol"),
        "meeting": _f("Meeting"),
        "date": _f("Date"),
        "number": _f("Number"),
        "section": _f("Section"),
        "section_title": _f("Section heading"),
        "subsection_title": _f("Subsection heading"),
        "text": _f("Text"),
        "addressees": _f("Addressees"),
        "themes": _f("Themes"),
        "articles": _f("Articles"),
        "withdrawn_on": _f("Withdrawn on"),
        "reviewer": _f("Reviewing State"),
        "position": _f("Order"),
    }


class WindowWords(Words):
    """The interface's language: templates through Qt's translators, enum members by
    their labels, lists and numbers as the interface's locale writes them."""

    def template(self, code: MessageCode, number: int | None) -> str:
        """The template translated; a counted one in the language's plural form for
        *number* (English's too: the forms come from the English catalogue, else from
        the code)."""
        found = QCoreApplication.translate(
            MESSAGES_CONTEXT, code.english, None, -1 if number is None else number
        )
        return code.english_for(number) if found == code.english else found

    def enum(self, member: Enum) -> str:
        if isinstance(member, StrEnum):
            return labels.label_of(type(member), str(member.value))
        return str(member.value)

    def field(self, name: str) -> str:
        return field_labels().get(name, name)

    def join(self, items: list[str]) -> str:
        return labels.joined(items)

    def number(self, value: float) -> str:
        return QLocale().toString(value, "g", 6)

    def text(self, value: str) -> str:
        return isolated(value)

    def state(self, state: StateName) -> str:
        language = reader_language()
        return isolated(state.names.get(language) or state.names.get("en") or state.iso3)

    def field_value(self, value: FieldValue) -> str:
        from fwgdesk.ui.row_words import RowWords  # it builds on this module

        return RowWords().value(value.table, value.column, value.value) or "—"


def percent_affixes() -> tuple[str, str]:
    """What stands before and after a percentage in the reader's language: "", "%" in
    English and Chinese, "", "\u00a0%" in French, Spanish and Russian (a spin box's prefix and
    suffix)."""
    before, _, after = _n("{number}%").partition("{number}")
    return before, after


def percent(share: float) -> str:
    """A share as a whole percentage, halves rounded up as the Secretariat does (80%),
    written as the reader's language writes a percentage and its numbers."""
    before, after = percent_affixes()
    return f"{before}{QLocale().toString(math.floor(share * 100 + 0.5))}{after}"


def sentences(texts: list[str]) -> str:
    """Sentences one after another, as the reader's language sets them: a space
    between them, none in Chinese."""
    pattern = QCoreApplication.translate("rows", "{sentence} {next}")
    joined_text = texts[0] if texts else ""
    for text in texts[1:]:
        joined_text = pattern.format(sentence=joined_text, next=text)
    return joined_text


def labelled(label: str, value: str) -> str:
    """A value after its label, as the reader's language writes it: "Field: value"
    (French "Champ : valeur", Chinese "字段：值")."""
    return QCoreApplication.translate("rows", "{field}: {value}").format(field=label, value=value)


def counted(label: str, count: int, whole: int) -> str:
    """A legend's entry, "Two: 42 (34%)": a count and its share of *whole* ("—" when
    there is none) after its label; the figures set apart, as after an Arabic label
    "100%" would read "%100"."""
    share = percent(count / whole) if whole else "—"
    return labelled(label, isolated(f"{count} ({share})"))


def isolated(text: str) -> str:
    """*text* set apart for the bidirectional algorithm (Unicode's first-strong isolate):
    an Arabic name does not turn an English sentence right to left, nor a Latin code an
    Arabic one."""
    return f"\u2068{text}\u2069" if text else text


def translated(message: Message | Worded | BaseException) -> str:
    """*message* in the interface's language."""
    return word(message, WindowWords())
