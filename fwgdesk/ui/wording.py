"""Messages worded for the window: templates, values and field names in its language."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from fwgdesk.domain.enums import (
    AssistanceStatus,
    AssistanceTopic,
    Gender,
    LinkStatus,
    ProtocolStatus,
    RegionalGroup,
    Role,
    Stage,
)
from fwgdesk.domain.messages import Message
from fwgdesk.domain.wording import Worded, Words, word
from fwgdesk.ui import labels

MESSAGES_CONTEXT = "messages"

_ENUM_LABELS: dict[type[Enum], Callable[[str], str]] = {
    Stage: labels.stage_label,
    Role: labels.role_label,
    Gender: labels.gender_label,
    ProtocolStatus: labels.protocol_status_label,
    RegionalGroup: labels.regional_group_label,
    AssistanceTopic: labels.topic_label,
    AssistanceStatus: labels.assistance_status_label,
    LinkStatus: labels.link_status_label,
}


def _f(text: str) -> str:
    return QCoreApplication.translate("fields", text)


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
    }


class WindowWords(Words):
    """The interface's language: templates through Qt's translators, enum members by
    their labels, lists and numbers as the interface's locale writes them."""

    def template(self, english: str) -> str:
        return QCoreApplication.translate(MESSAGES_CONTEXT, english)

    def enum(self, member: Enum) -> str:
        label = _ENUM_LABELS.get(type(member))
        return label(str(member.value)) if label else str(member.value)

    def field(self, name: str) -> str:
        return field_labels().get(name, name)

    def join(self, items: list[str]) -> str:
        return labels.joined(items)

    def number(self, value: float) -> str:
        return QLocale().toString(value, "g", 6)

    def text(self, value: str) -> str:
        return isolated(value)


def isolated(text: str) -> str:
    """*text* set apart for the bidirectional algorithm (Unicode's first-strong isolate):
    an Arabic name does not turn an English sentence right to left, nor a Latin code an
    Arabic one."""
    return f"\u2068{text}\u2069" if text else text


def translated(message: Message | Worded | BaseException) -> str:
    """*message* in the interface's language."""
    return word(message, WindowWords())
