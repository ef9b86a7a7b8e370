"""Dialogs as a reader of each language meets them: dates, sizes, names in sentences,
and no answer given for the user."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fwgdesk.domain.enums import Gender
from fwgdesk.services.batches import BatchRecord
from fwgdesk.ui.dialogs.date_fields import OptionalDateEdit, iso_date_edit
from fwgdesk.ui.dialogs.focal_point_dialog import FocalPointDialog
from fwgdesk.ui.dialogs.undo_import_dialog import UndoImportDialog
from fwgdesk.ui.labels import in_sentence
from fwgdesk.ui.models.backups_model import size_label
from tests.ui.language import language


def test_a_date_field_reads_as_an_iso_date_in_arabic(qapp: QApplication) -> None:
    """A right-to-left date editor took its format in reverse: "01-02-2024"."""
    with language(qapp, "ar"):
        editor = iso_date_edit()
        editor.setDate(QDate(2024, 2, 1))
        optional = OptionalDateEdit("تاريخ التعيين")
        optional.set_value(date(2024, 2, 1))
        assert editor.text() == "2024-02-01", f"a date field in Arabic: {editor.text()!r}"
        assert optional.editor.text() == "2024-02-01", repr(optional.editor.text())


def test_the_undo_question_keeps_its_date_whole_in_arabic(qtbot: QtBot) -> None:
    batch = BatchRecord(
        id=3,
        origin="import",
        file_name="<b>update</b>.json",
        sha256=None,
        container=None,
        publisher="UNODC",
        sequence=4,
        signer=None,
        counts={},
        applied_at=datetime(2026, 12, 3, 12, 26, tzinfo=UTC),
        undone_at=None,
    )
    dialog = UndoImportDialog(batch)
    qtbot.addWidget(dialog)
    text = dialog.question.text()
    applied = batch.applied_at.astimezone().strftime("%Y-%m-%d\u00a0%H:%M")  # never broken
    assert f"\u2066{applied}\u2069" in text, f"the date not kept left to right: {text}"
    assert "&lt;b&gt;update&lt;/b&gt;.json" in text, f"a file name read as markup: {text}"


def test_a_backup_size_has_the_languages_decimal_comma(qapp: QApplication) -> None:
    with language(qapp, "ru"):
        russian = size_label(2_300_000)
    assert russian.startswith("2,2"), f"a size in Russian: {russian!r}"
    assert size_label(2_300_000).startswith("2.2"), size_label(2_300_000)


def test_a_role_inside_a_sentence_starts_in_lower_case() -> None:
    assert in_sentence("Focal point") == "focal point"
    assert in_sentence("Punto focal") == "punto focal"
    assert in_sentence("UNODC liaison") == "UNODC liaison", "an acronym lowered"
    assert in_sentence("جهة الوصل") == "جهة الوصل"


def test_a_new_person_has_no_gender_until_the_user_gives_one(qtbot: QtBot) -> None:
    """The form opened on "Female", so a person added in a hurry was recorded as a woman."""
    dialog = FocalPointDialog(lambda data, done, failed: None, None)
    qtbot.addWidget(dialog)
    chosen = Gender(dialog.gender.currentData())
    assert chosen == Gender.UNDISCLOSED, f"a new person: {chosen}"
