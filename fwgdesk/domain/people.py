"""Focal points: what a user enters, what is shown, and the rules that check it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from fwgdesk.domain.enums import Gender, Role

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]{6,32}$")
LANGUAGE = re.compile(r"^[a-z]{2}$")


class ValidationError(ValueError):
    """Field-by-field problems with what the user entered."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{name}: {text}" for name, text in problems.items()))
        self.problems = problems


@dataclass(frozen=True)
class FocalPointInput:
    role: Role
    name: str
    gender: Gender = Gender.UNDISCLOSED
    title: str | None = None
    institution: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] = ()
    designated_on: date | None = None
    ended_on: date | None = None

    def cleaned(self) -> FocalPointInput:
        """The same input with blanks as None and surrounding spaces removed; or raise."""

        def clean(value: str | None) -> str | None:
            value = (value or "").strip()
            return value or None

        result = FocalPointInput(
            role=self.role,
            name=(self.name or "").strip(),
            gender=self.gender,
            title=clean(self.title),
            institution=clean(self.institution),
            email=clean(self.email),
            phone=clean(self.phone),
            languages=tuple(lang.strip().lower() for lang in self.languages if lang.strip()),
            designated_on=self.designated_on,
            ended_on=self.ended_on,
        )
        problems = result.problems()
        if problems:
            raise ValidationError(problems)
        return result

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.name:
            found["name"] = "a name is required"
        if self.email and not EMAIL.match(self.email):
            found["email"] = f"'{self.email}' is not an e-mail address"
        if self.phone and not PHONE.match(self.phone):
            found["phone"] = f"'{self.phone}' is not a phone number (digits, spaces, + ( ) - . /)"
        bad = [lang for lang in self.languages if not LANGUAGE.match(lang)]
        if bad:
            found["languages"] = f"not ISO 639-1 codes: {', '.join(bad)}"
        if self.designated_on and self.ended_on and self.ended_on < self.designated_on:
            found["ended_on"] = "the end date is before the designation date"
        return found


@dataclass(frozen=True)
class FocalPointRecord:
    id: int
    external_id: str
    state_iso3: str
    role: Role
    name: str
    gender: Gender
    title: str | None = None
    institution: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] = field(default_factory=tuple)
    designated_on: date | None = None
    ended_on: date | None = None

    @property
    def active(self) -> bool:
        return self.ended_on is None

    def as_input(self) -> FocalPointInput:
        return FocalPointInput(
            role=self.role,
            name=self.name,
            gender=self.gender,
            title=self.title,
            institution=self.institution,
            email=self.email,
            phone=self.phone,
            languages=self.languages,
            designated_on=self.designated_on,
            ended_on=self.ended_on,
        )
