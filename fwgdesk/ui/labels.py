"""Translated labels for the vocabularies shown to the user."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def joined(items: Iterable[str]) -> str:
    """A list as the interface's language writes one: "A, B, and C", "A、B和C", "A وB وC"."""
    return QLocale().createSeparatedList(list(items))


def protocol_status_label(status: str) -> str:
    labels = {
        "party": _t("Party"),
        "signatory": _t("Signatory"),
        "non_signatory": _t("Non-signatory"),
        "unknown": _t("Not recorded"),
    }
    return labels.get(status, status)


def stage_label(stage: str) -> str:
    labels = {
        "not_started": _t("Not started"),
        "preliminary_consultation": _t("Preliminary consultation"),
        "self_assessment": _t("Self-assessment"),
        "written_feedback": _t("Written feedback"),
        "list_of_observations": _t("List of observations"),
        "summary": _t("Summary"),
        "completed": _t("Completed"),
        "suspended": _t("Suspended"),
    }
    return labels.get(stage, stage)


def role_label(role: str) -> str:
    labels = {
        "focal_point": _t("Focal point"),
        "governmental_expert": _t("Governmental expert"),
        "observer": _t("Observer"),
        "firearms_contact_point": _t("Firearms contact point"),
    }
    return labels.get(role, role)


def gender_label(gender: str) -> str:
    labels = {
        "female": _t("Female"),
        "male": _t("Male"),
        "other": _t("Other"),
        "undisclosed": _t("Undisclosed"),
    }
    return labels.get(gender, gender)


def topic_label(topic: str) -> str:
    labels = {
        "revmod": _t("Using RevMod"),
        "self_assessment": _t("Self-assessment questionnaire"),
        "drafting_observations": _t("Drafting observations"),
        "legislation": _t("Legislation"),
        "other": _t("Other"),
    }
    return labels.get(topic, topic)


def assistance_status_label(status: str) -> str:
    labels = {"open": _t("Open"), "in_progress": _t("In progress"), "closed": _t("Closed")}
    return labels.get(status, status)


def link_status_label(status: str) -> str:
    labels = {
        "not_assessed": _t("Not assessed"),
        "not_started": _t("Not started"),
        "in_progress": _t("In progress"),
        "implemented": _t("Implemented"),
        "not_applicable": _t("Not applicable"),
    }
    return labels.get(status, status)


def overdue_label(what: str) -> str:
    labels = {
        "focal_point": _t("Focal point overdue"),
        "self_assessment": _t("Self-assessment overdue"),
        "written_feedback": _t("Written feedback overdue"),
    }
    return labels.get(what, what)


def regional_group_label(group: str) -> str:
    labels = {
        "AFR": _t("African States"),
        "APG": _t("Asia-Pacific States"),
        "EEG": _t("Eastern European States"),
        "GRULAC": _t("Latin American and Caribbean States"),
        "WEOG": _t("Western European and other States"),
        "none": _t("No regional group"),
    }
    return labels.get(group, group)


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
