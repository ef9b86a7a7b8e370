"""The form to add or edit a designated person, and the one to end a designation.

Both dialogs take a ``save(value, done, failed)`` callback that runs the (undoable) edit
(``ui.dialogs.saving``). When the input is refused with a :class:`ValidationError`, the
problems are shown next to the fields, nothing is saved and the dialog stays open; it
closes only once the edit succeeded.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import UN_LANGUAGES, Gender, Role
from fwgdesk.domain.errors import ValidationError
from fwgdesk.domain.messages import Message
from fwgdesk.domain.people import FocalPointInput, FocalPointRecord
from fwgdesk.ui.dialogs.date_fields import (
    OptionalDateEdit,
    date_to_qdate,
    iso_date_edit,
    qdate_to_date,
)
from fwgdesk.ui.dialogs.saving import Save, SavingDialog, problem_label
from fwgdesk.ui.labels import gender_label, in_sentence, language_label, role_label
from fwgdesk.ui.widgets.changed_banner import ChangedBanner
from fwgdesk.ui.widgets.errors import describe
from fwgdesk.ui.wording import translated


class FocalPointDialog(SavingDialog[FocalPointInput]):
    """Add a person (``person`` None) or edit one; ``save`` does the edit."""

    def __init__(
        self,
        save: Save[FocalPointInput],
        person: FocalPointRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(
            self.tr("Add a designated person") if person is None else self.tr("Edit {name}")
        )
        if person is not None:
            self.setWindowTitle(self.windowTitle().format(name=person.name))
        self._build()
        if person is not None:
            self.load(person)
        else:
            self.designated_on.set_value(date.today())

    def _build(self) -> None:
        self._make_fields()
        form = self._make_form()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.changed_banner = ChangedBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.changed_banner)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.textChanged.connect(lambda: self._clear("name"))
        self.email.textChanged.connect(lambda: self._clear("email"))
        self.phone.textChanged.connect(lambda: self._clear("phone"))
        self.other_languages.textChanged.connect(lambda: self._clear("languages"))
        self.ended_on.changed.connect(lambda: self._clear("ended_on"))
        self.designated_on.changed.connect(lambda: self._clear("ended_on"))
        self.resize(560, self.sizeHint().height())

    def _make_fields(self) -> None:
        """The editors, and a problem label for each field that can be wrong."""
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.gender = QComboBox(self)
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender.value)
        # a new person's gender is not said until the user says it (as FocalPointInput)
        self.gender.setCurrentIndex(self.gender.findData(FocalPointInput.gender.value))
        self.name = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.institution = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("name@example.org")
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("+43 1 26060 0000")
        self.language_boxes = {code: QCheckBox(language_label(code), self) for code in UN_LANGUAGES}
        self.other_languages = QLineEdit(self)
        self.other_languages.setPlaceholderText(self.tr("ISO 639-1 codes, e.g. pt, de"))
        self.designated_on = OptionalDateEdit(self.tr("Known"), self)
        self.ended_on = OptionalDateEdit(self.tr("Ended"), self)
        self.problems = {
            key: problem_label(self) for key in ("name", "email", "phone", "languages", "ended_on")
        }
        self.error = problem_label(self)

    def _make_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("R&ole:"), self.role)
        form.addRow(self.tr("&Name:"), self._with_problem(self.name, "name"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("&E-mail:"), self._with_problem(self.email, "email"))
        form.addRow(self.tr("&Phone:"), self._with_problem(self.phone, "phone"))
        form.addRow(self.tr("&Languages:"), self._languages_row())
        form.addRow(
            self.tr("Ot&her languages:"), self._with_problem(self.other_languages, "languages")
        )
        form.addRow(self.tr("&Designated on:"), self.designated_on)
        form.addRow(self.tr("En&ded on:"), self._with_problem(self.ended_on, "ended_on"))
        return form

    def _languages_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.language_boxes.values():
            layout.addWidget(box)
        layout.addStretch(1)
        row.setFocusProxy(self.language_boxes[UN_LANGUAGES[0]])
        return row

    def _with_problem(self, field: QWidget, key: str) -> QWidget:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.problems[key])
        holder.setFocusProxy(field)
        return holder

    def load(self, person: FocalPointRecord) -> None:
        self.role.setCurrentIndex(self.role.findData(person.role.value))
        self.gender.setCurrentIndex(self.gender.findData(person.gender.value))
        self.name.setText(person.name)
        self.title_edit.setText(person.title or "")
        self.institution.setText(person.institution or "")
        self.email.setText(person.email or "")
        self.phone.setText(person.phone or "")
        for code, box in self.language_boxes.items():
            box.setChecked(code in person.languages)
        others = [code for code in person.languages if code not in UN_LANGUAGES]
        self.other_languages.setText(", ".join(others))
        self.designated_on.set_value(person.designated_on)
        self.ended_on.set_value(person.ended_on)

    def value(self) -> FocalPointInput:
        """What the form says, checked (a ``ValidationError`` keeps the dialog open at once,
        before anything runs)."""
        chosen = [code for code, box in self.language_boxes.items() if box.isChecked()]
        others = [c for c in re.split(r"[,;\s]+", self.other_languages.text()) if c]
        return FocalPointInput(
            role=Role(self.role.currentData()),
            name=self.name.text(),
            gender=Gender(self.gender.currentData()),
            title=self.title_edit.text(),
            institution=self.institution.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            languages=tuple(chosen + others),
            designated_on=self.designated_on.value(),
            ended_on=self.ended_on.value(),
        ).cleaned()

    def clear_failure(self) -> None:
        for key in self.problems:
            self._clear(key)
        self.error.hide()

    def show_failure(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
        else:
            super().show_failure(error)

    def show_problems(self, problems: dict[str, Message]) -> None:
        unplaced = {}
        for key, problem in problems.items():
            label = self.problems.get(key)
            if label is None:
                unplaced[key] = problem
                continue
            label.setText(translated(problem))
            label.show()
        if unplaced:
            self.error.setText(describe(ValidationError(unplaced)))
            self.error.show()
        first = next(iter(problems))
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "languages": self.other_languages,
            "ended_on": self.ended_on,
        }
        widgets.get(first, self.name).setFocus()

    def _clear(self, key: str) -> None:
        self.problems[key].hide()


class EndDesignationDialog(SavingDialog[date]):
    """Ask for the day a person's designation ended (*intro* says why); ``save`` ends it."""

    def __init__(
        self,
        save: Save[date],
        person: FocalPointRecord,
        today: date,
        parent: QWidget | None = None,
        intro_text: str | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("End a designation"))
        self.setMinimumWidth(440)
        intro = QLabel(
            intro_text
            or self.tr("{name} stops being {role}. The row stays in the history.").format(
                name=person.name, role=in_sentence(role_label(person.role))
            ),
            self,
        )
        intro.setWordWrap(True)
        self.ended_on = iso_date_edit(self)
        self.ended_on.setDate(date_to_qdate(today))
        self.error = problem_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Ended on:"), self.ended_on)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End &designation"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> date:
        return qdate_to_date(self.ended_on.date())
