"""User settings kept as JSON in the data folder (shared by the window and the command line)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from fwgdesk.db.codes import A_SETTINGS_FILE
from fwgdesk.domain.errors import UsageError
from fwgdesk.files import write_atomically
from fwgdesk.services import codes


@dataclass
class Settings:
    database_url: str | None = None
    own_state: str | None = None
    language: str = "en"
    trusted_keys: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Settings:
        if not path.exists():
            return cls()
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise UsageError(codes.SETTINGS_UNREADABLE, path=path, reason=str(error)) from error
        if not isinstance(raw, dict):
            raise UsageError(codes.SETTINGS_NOT_AN_OBJECT, path=path)
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in raw.items() if key in known})

    def save(self, path: Path) -> None:
        """Write atomically (``fwgdesk.files``), readable by the user only: the file may hold
        a database URL with its password."""
        text = json.dumps(asdict(self), indent=2, ensure_ascii=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, text.encode("utf-8"), mode=0o600)
        except OSError as error:
            # imported here: the window reads its settings before the database layer loads
            from fwgdesk.db.failures import translated_os_error

            raise translated_os_error(error, path, UsageError, A_SETTINGS_FILE) from error
