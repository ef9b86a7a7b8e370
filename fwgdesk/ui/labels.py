"""The window's one vocabulary: every member of the domain's enums by its label in the
interface's language, keyed by the enum (a test checks that each member has one, in every
language). The ``*_label(value)`` helpers read the same table by the member's value."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from fwgdesk.domain.enums import (
    Addressee,
    AssistanceStatus,
    AssistanceTopic,
    AuditAction,
    Gender,
    LinkStatus,
    Origin,
    ProtocolStatus,
    RegionalGroup,
    Role,
    SourceKind,
    Stage,
)

Vocabulary = dict[type[StrEnum], dict[str, str]]
_cache: dict[str, Vocabulary] = {}


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _people() -> Vocabulary:
    return {
        Role: {
            Role.FOCAL_POINT: _t("Focal point"),
            Role.GOVERNMENTAL_EXPERT: _t("Governmental expert"),
            Role.OBSERVER: _t("Observer"),
            Role.FIREARMS_CONTACT_POINT: _t("Firearms contact point"),
        },
        Gender: {
            Gender.FEMALE: _t("Female"),
            Gender.MALE: _t("Male"),
            Gender.OTHER: _t("Other"),
            Gender.UNDISCLOSED: _t("Undisclosed"),
        },
        RegionalGroup: {
            RegionalGroup.AFR: _t("African States"),
            RegionalGroup.APG: _t("Asia-Pacific States"),
            RegionalGroup.EEG: _t("Eastern European States"),
            RegionalGroup.GRULAC: _t("Latin American and Caribbean States"),
            RegionalGroup.WEOG: _t("Western European and other States"),
            RegionalGroup.NONE: _t("No regional group"),
        },
        ProtocolStatus: {
            ProtocolStatus.PARTY: _t("Party"),
            ProtocolStatus.SIGNATORY: _t("Signatory"),
            ProtocolStatus.NON_SIGNATORY: _t("Non-signatory"),
            ProtocolStatus.UNKNOWN: _t("Not recorded"),
        },
    }


def _review() -> Vocabulary:
    return {
        Stage: {
            Stage.NOT_STARTED: _t("Not started"),
            Stage.PRELIMINARY_CONSULTATION: _t("Preliminary consultation"),
            Stage.SELF_ASSESSMENT: _t("Self-assessment"),
            Stage.WRITTEN_FEEDBACK: _t("Written feedback"),
            Stage.LIST_OF_OBSERVATIONS: _t("List of observations"),
            Stage.SUMMARY: _t("Summary"),
            Stage.COMPLETED: _t("Completed"),
            Stage.SUSPENDED: _t("Suspended"),
        },
        AssistanceTopic: {
            AssistanceTopic.REVMOD: _t("Using RevMod"),
            AssistanceTopic.SELF_ASSESSMENT: _t("Self-assessment questionnaire"),
            AssistanceTopic.DRAFTING_OBSERVATIONS: _t("Drafting observations"),
            AssistanceTopic.LEGISLATION: _t("Legislation"),
            AssistanceTopic.OTHER: _t("Other"),
        },
        AssistanceStatus: {
            AssistanceStatus.OPEN: _t("Open"),
            AssistanceStatus.IN_PROGRESS: _t("In progress"),
            AssistanceStatus.CLOSED: _t("Closed"),
        },
    }


def _catalogue() -> Vocabulary:
    return {
        LinkStatus: {
            LinkStatus.NOT_ASSESSED: _t("Not assessed"),
            LinkStatus.NOT_STARTED: _t("Not started"),
            LinkStatus.IN_PROGRESS: _t("In progress"),
            LinkStatus.IMPLEMENTED: _t("Implemented"),
            LinkStatus.NOT_APPLICABLE: _t("Not applicable"),
        },
        Addressee: {
            Addressee.ALL_STATES: _t("All States"),
            Addressee.PROTOCOL_PARTIES: _t("States parties to the Protocol"),
            Addressee.SECRETARIAT: _t("The Secretariat"),
            Addressee.WORKING_GROUP: _t("The Working Group"),
            Addressee.CONFERENCE: _t("The Conference of the Parties"),
        },
        SourceKind: {
            SourceKind.WG_REPORT: _t("Working Group report"),
            SourceKind.COP_RESOLUTION: _t("Conference resolution"),
            SourceKind.BACKGROUND_PAPER: _t("Background paper"),
            SourceKind.CHAIR_SUMMARY: _t("Chair's summary"),
            SourceKind.OTHER: _t("Other document"),
        },
    }


def _audit() -> Vocabulary:
    return {
        Origin: {
            Origin.LOCAL_EDIT: _t("Local edit"),
            Origin.IMPORT: _t("Import"),
            Origin.BUNDLED: _t("Bundled data"),
            Origin.REPAIR: _t("Repair"),
        },
        AuditAction: {
            AuditAction.INSERT: _t("Added"),
            AuditAction.UPDATE: _t("Changed"),
            AuditAction.DELETE: _t("Removed"),
        },
    }


def vocabulary() -> Vocabulary:
    """Every enum's members by label, in the interface's language (worked out once per
    language)."""
    language = QLocale().name()
    found = _cache.get(language)
    if found is None:
        found = {**_people(), **_review(), **_catalogue(), **_audit()}
        _cache[language] = found
    return found


def forget_translations() -> None:
    """Forget the labels worked out so far: the interface's language changed."""
    _cache.clear()


def enum_label(member: StrEnum) -> str:
    """*member* by its label."""
    return label_of(type(member), str(member.value))


def label_of(kind: type[StrEnum], value: str) -> str:
    """The member of *kind* whose value is *value* by its label; an unknown value as is."""
    return vocabulary().get(kind, {}).get(value, value)


def joined(items: Iterable[str]) -> str:
    """A list as the interface's language writes one: "A, B, and C", "A、B和C", "A وB وC"."""
    return QLocale().createSeparatedList(list(items))


def protocol_status_label(status: str) -> str:
    return label_of(ProtocolStatus, status)


def stage_label(stage: str) -> str:
    return label_of(Stage, stage)


def role_label(role: str) -> str:
    return label_of(Role, role)


def in_sentence(label: str) -> str:
    """A label set inside a sentence: "focal point", not "Focal point" (a label opening
    with an acronym, "UNODC …", keeps it; Arabic and Chinese have no case)."""
    if label[:2].isupper():
        return label
    return label[:1].lower() + label[1:]


def gender_label(gender: str) -> str:
    return label_of(Gender, gender)


def topic_label(topic: str) -> str:
    return label_of(AssistanceTopic, topic)


def assistance_status_label(status: str) -> str:
    return label_of(AssistanceStatus, status)


def link_status_label(status: str) -> str:
    return label_of(LinkStatus, status)


def regional_group_label(group: str) -> str:
    return label_of(RegionalGroup, group)


def overdue_label(what: str) -> str:
    labels = {
        "focal_point": _t("Focal point overdue"),
        "self_assessment": _t("Self-assessment overdue"),
        "written_feedback": _t("Written feedback overdue"),
    }
    return labels.get(what, what)


def due_date_label(what: str) -> str:
    """What a review's due date is for (``DueDate.what``)."""
    labels = {
        "focal_point": _t("Focal point designated"),
        "self_assessment": _t("Self-assessment submitted"),
        "written_feedback": _t("Reviewers' written feedback"),
    }
    return labels.get(what, what)


def language_label(code: str) -> str:
    """A language by its ISO 639-1 code: the six UN languages by name, others as the code."""
    labels = {
        "ar": _t("Arabic"),
        "en": _t("English"),
        "es": _t("Spanish"),
        "fr": _t("French"),
        "ru": _t("Russian"),
        "zh": _t("Chinese"),
    }
    return labels.get(code, code)


def rule_label(rule: str) -> str:
    """A rule of ``fwgdesk.domain.rules`` (or a value only reported) as Check database
    names it."""
    labels = {
        "stage_is_latest_change": _t("Review stage differing from its latest stage change"),
        "reason_only_when_suspended": _t("Suspension reason on a review that is not suspended"),
        "no_self_review": _t("A State reviewing itself"),
        "progress_is_a_share": _t("Self-assessment progress outside 0–100%"),
        "one_active_focal_point": _t("A State with more than one active focal point"),
        "designation_ends_after_it_begins": _t("A designation ending before it began"),
        "links_point_to_existing_rows": _t(
            "A link to a recommendation or State that does not exist"
        ),
        "request_in_future": _t("An assistance request dated in the future"),
        "submitted_in_future": _t("A self-assessment submitted on a date in the future"),
    }
    return labels.get(rule, rule)
