"""The controlled vocabularies of the update format (spec v1) and of the catalogue."""

from __future__ import annotations

from enum import StrEnum


class RegionalGroup(StrEnum):
    AFR = "AFR"
    APG = "APG"
    EEG = "EEG"
    GRULAC = "GRULAC"
    WEOG = "WEOG"
    NONE = "none"


class ProtocolStatus(StrEnum):
    PARTY = "party"
    SIGNATORY = "signatory"
    NON_SIGNATORY = "non_signatory"
    UNKNOWN = "unknown"


class Role(StrEnum):
    FOCAL_POINT = "focal_point"
    GOVERNMENTAL_EXPERT = "governmental_expert"
    OBSERVER = "observer"
    FIREARMS_CONTACT_POINT = "firearms_contact_point"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class Stage(StrEnum):
    """Stages of a review, in the order a review goes through them (suspended aside)."""

    NOT_STARTED = "not_started"
    PRELIMINARY_CONSULTATION = "preliminary_consultation"
    SELF_ASSESSMENT = "self_assessment"
    WRITTEN_FEEDBACK = "written_feedback"
    LIST_OF_OBSERVATIONS = "list_of_observations"
    SUMMARY = "summary"
    COMPLETED = "completed"
    SUSPENDED = "suspended"


IN_PROGRESS_STAGES: tuple[Stage, ...] = (
    Stage.PRELIMINARY_CONSULTATION,
    Stage.SELF_ASSESSMENT,
    Stage.WRITTEN_FEEDBACK,
    Stage.LIST_OF_OBSERVATIONS,
    Stage.SUMMARY,
)


class AssistanceTopic(StrEnum):
    REVMOD = "revmod"
    SELF_ASSESSMENT = "self_assessment"
    DRAFTING_OBSERVATIONS = "drafting_observations"
    LEGISLATION = "legislation"
    OTHER = "other"


class AssistanceStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class LinkStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    NOT_APPLICABLE = "not_applicable"


class Addressee(StrEnum):
    """Whom a catalogue item addresses, as its text says."""

    ALL_STATES = "all_states"
    PROTOCOL_PARTIES = "protocol_parties"
    SECRETARIAT = "secretariat"  # the UNODC Secretariat
    WORKING_GROUP = "working_group"
    CONFERENCE = "conference"


class SourceKind(StrEnum):
    """What kind of document a catalogue source is."""

    WG_REPORT = "wg_report"
    COP_RESOLUTION = "cop_resolution"
    BACKGROUND_PAPER = "background_paper"
    CHAIR_SUMMARY = "chair_summary"
    OTHER = "other"


class Origin(StrEnum):
    """Where a change recorded in the audit trail came from."""

    LOCAL_EDIT = "local_edit"
    IMPORT = "import"
    BUNDLED = "bundled"
    REPAIR = "repair"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


UN_LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh")
"""The six official languages of the United Nations, by ISO 639-1 code."""
