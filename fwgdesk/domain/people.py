"""Focal points: what a user enters, what is shown, and the rules that check it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from fwgdesk.domain import codes
from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.errors import ValidationError
from fwgdesk.domain.messages import Message, message

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]{6,32}$")
LANGUAGE = re.compile(r"^[a-z]{2}$")


__all__ = ["FocalPointInput", "FocalPointRecord", "ValidationError"]


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

    def problems(self) -> dict[str, Message]:
        found: dict[str, Message] = {}
        if not self.name:
            found["name"] = message(codes.NAME_REQUIRED)
        if self.email and not EMAIL.match(self.email):
            found["email"] = message(codes.NOT_AN_EMAIL, value=self.email)
        if self.phone and not PHONE.match(self.phone):
            found["phone"] = message(codes.NOT_A_PHONE, value=self.phone)
        bad = [lang for lang in self.languages if not LANGUAGE.match(lang)]
        if bad:
            found["languages"] = message(codes.NOT_LANGUAGE_CODES, codes=bad)
        if self.designated_on and self.ended_on and self.ended_on < self.designated_on:
            found["ended_on"] = message(codes.ENDS_BEFORE_DESIGNATION)
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
    version: int = 1  # of the row when it was read: a save checks it

    @property
    def active(self) -> bool:
        return self.ended_on is None

    @property
    def is_active_focal_point(self) -> bool:
        return self.role is Role.FOCAL_POINT and self.active

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
