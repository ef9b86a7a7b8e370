"""The public keys the user trusts, and the policy for what the signature check allows.

The store is the folder ``keys/`` of the data folder: one PEM file a key, named
``<key_id>.pub``, and ``index.json``, a JSON object giving each key the name the user sees
("Signed by UNODC Secretariat"): ``{key_id: name}``, or ``{key_id: {"name": …,
"publisher": …}}`` for a key bound to a publisher. The updates whose ``publisher`` is bound
to keys are accepted only signed by one of them, so that no other signer can speak, or
advance the sequence, in that publisher's name. The PEM files are the truth: a key whose
name is lost from the index is still trusted, under its key id. Keys can also be trusted by
path, from the settings (``Settings.trusted_keys``); relative paths there are taken from the
data folder.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography.hazmat.primitives import serialization

from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.keyfiles import (
    KEY_ID_PATTERN,
    MAX_KEY_FILE_BYTES,
    key_id,
    load_public_key,
    public_key_from_pem,
    raw_public_key,
    read_limited,
    write_small_file,
)
from fwgdesk.exchange.signing import SignatureCheck, Status, TrustedKey
from fwgdesk.services.settings import Settings

__all__ = [
    "KEYS_FOLDER",
    "Decision",
    "Policy",
    "TrustedKey",
    "TrustedKeys",
    "keys_dir",
    "list_trusted",
    "trust_key",
    "trusted_from_settings",
    "untrust",
]

KEYS_FOLDER = "keys"
INDEX_FILE = "index.json"
MAX_NAME_LENGTH = 200

Decision = Literal["accept", "confirm", "refuse"]


class TrustedKeys(list[TrustedKey]):
    """The trusted keys, and a message for each key that could not be read (and was skipped)."""

    def __init__(self, keys: Iterable[TrustedKey] = (), skipped: Iterable[Message] = ()) -> None:
        super().__init__(keys)
        self.skipped: list[Message] = list(skipped)


def keys_dir(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_FOLDER


def _key_file(data_dir: Path, identifier: str) -> Path:
    return keys_dir(data_dir) / f"{identifier}.pub"


@dataclass(frozen=True)
class IndexEntry:
    name: str
    publisher: str | None = None


def _entry(value: Any) -> IndexEntry | None:
    if isinstance(value, str):
        return IndexEntry(value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        publisher = value.get("publisher")
        return IndexEntry(value["name"], publisher if isinstance(publisher, str) else None)
    return None


def _read_index(data_dir: Path, skipped: list[Message] | None = None) -> dict[str, IndexEntry]:
    """The names of the trusted keys. What is wrong with the index is a :class:`UsageError`,
    or, given *skipped*, added to it (and no names are read)."""
    path = keys_dir(data_dir) / INDEX_FILE
    if not path.exists():
        return {}
    try:
        raw: Any = json.loads(read_limited(path, 16 * 1024 * 1024, codes.THE_KEY_INDEX))
    except UsageError as error:
        problem = Message(codes.INDEX_UNREADABLE, {"path": path, "reason": error.detail})
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        problem = Message(codes.INDEX_UNREADABLE, {"path": path, "reason": str(error)})
    else:
        if isinstance(raw, dict):
            entries = {str(k): _entry(v) for k, v in raw.items()}
            return {k: v for k, v in entries.items() if v is not None}
        problem = Message(codes.INDEX_NOT_AN_OBJECT, {"path": path})
    if skipped is None:
        raise UsageError(problem.code, **problem.params)
    skipped.append(problem)
    return {}


def _write_index(data_dir: Path, index: dict[str, IndexEntry]) -> None:
    document = {
        key: entry.name if entry.publisher is None else vars(entry)
        for key, entry in sorted(index.items())
    }
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    write_small_file(keys_dir(data_dir) / INDEX_FILE, text.encode("utf-8"))


def _clean_name(name: str | None, fallback: str) -> str:
    cleaned = " ".join((name if name is not None else fallback).split())
    if not cleaned:
        raise UsageError(codes.KEY_NAME_EMPTY)
    if len(cleaned) > MAX_NAME_LENGTH:
        raise UsageError(codes.KEY_NAME_TOO_LONG, most=MAX_NAME_LENGTH)
    return cleaned


def trust_key(
    data_dir: Path, pub_pem_path: Path, name: str | None = None, publisher: str | None = None
) -> TrustedKey:
    """Trust the Ed25519 public key in *pub_pem_path* under *name* (default: the file's name),
    as the key of *publisher* when given (see the module).

    Trusting a key already trusted gives it the new name. Anything that is not an Ed25519 PEM
    public key is refused with a :class:`UsageError`.
    """
    source = Path(pub_pem_path)
    public_key = load_public_key(source)
    raw = raw_public_key(public_key)
    identifier = key_id(raw)
    shown = _clean_name(name, source.stem)
    pem = public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    target = _key_file(data_dir, identifier)
    index = _read_index(data_dir)
    write_small_file(target, pem)
    bound = _clean_name(publisher, "") if publisher is not None else None
    index[identifier] = IndexEntry(shown, bound)
    _write_index(data_dir, index)
    return TrustedKey(identifier, shown, raw, target, bound)


def _load_key_file(path: Path, entry: IndexEntry | None) -> TrustedKey:
    pem = read_limited(path, MAX_KEY_FILE_BYTES, codes.A_KEY_FILE)
    raw = raw_public_key(public_key_from_pem(pem, path))
    identifier = key_id(raw)
    if entry is None:
        return TrustedKey(identifier, identifier, raw, path)
    return TrustedKey(identifier, entry.name, raw, path, entry.publisher)


def list_trusted(data_dir: Path, extra_paths: Iterable[str | Path] = ()) -> TrustedKeys:
    """The keys in the data folder's store, then those at *extra_paths* (from the settings).

    A key that cannot be read is skipped and reported in :attr:`TrustedKeys.skipped`; a key
    found twice is listed once (the store's name wins).
    """
    skipped: list[Message] = []
    index = _read_index(data_dir, skipped)
    keys: dict[str, TrustedKey] = {}
    folder = keys_dir(data_dir)
    if folder.is_dir():
        for path in sorted(folder.glob("*.pub")):
            try:
                key = _load_key_file(path, index.get(path.stem))
            except UsageError as error:
                skipped.append(Message(codes.KEY_SKIPPED, {"problem": error.detail}))
                continue
            if key.key_id != path.stem:
                other = Message(
                    codes.KEY_FILE_HOLDS_OTHER,
                    {"path": path, "found": key.key_id, "expected": path.stem},
                )
                skipped.append(Message(codes.KEY_SKIPPED, {"problem": other}))
                continue
            keys.setdefault(key.key_id, key)
    for entry in extra_paths:
        path = Path(entry).expanduser()
        if not path.is_absolute():
            path = Path(data_dir) / path
        try:
            key = _load_key_file(path, None)
        except UsageError as error:
            skipped.append(Message(codes.KEY_SKIPPED_FROM_SETTINGS, {"problem": error.detail}))
            continue
        known = index.get(key.key_id)
        named = TrustedKey(
            key.key_id,
            known.name if known else path.stem,
            key.public_key,
            path,
            known.publisher if known else None,
        )
        keys.setdefault(key.key_id, named)
    return TrustedKeys(keys.values(), skipped)


def trusted_from_settings(data_dir: Path) -> TrustedKeys:
    """The trusted keys of the data folder: its store and the settings' ``trusted_keys``."""
    settings = Settings.load(Path(data_dir) / "settings.json")
    return list_trusted(data_dir, settings.trusted_keys)


def untrust(data_dir: Path, identifier: str) -> TrustedKey:
    """Stop trusting the key *identifier* (its key id); return what it was."""
    wanted = identifier.strip().lower()
    if not KEY_ID_PATTERN.fullmatch(wanted):
        raise UsageError(codes.NOT_A_KEY_ID, key=repr(identifier))
    path = _key_file(data_dir, wanted)
    index = _read_index(data_dir)
    if not path.is_file():
        settings = Settings.load(Path(data_dir) / "settings.json")
        for key in list_trusted(data_dir, settings.trusted_keys):
            if key.key_id == wanted:
                raise UsageError(codes.TRUSTED_IN_SETTINGS, key_id=wanted, source=key.source)
        raise UsageError(codes.NO_TRUSTED_KEY, key=repr(identifier))
    entry = index.pop(wanted, None)
    try:
        removed = _load_key_file(path, entry)
    except UsageError:
        removed = TrustedKey(wanted, entry.name if entry else wanted, b"", path)
    path.unlink()
    _write_index(data_dir, index)
    return removed


@dataclass(frozen=True)
class Policy:
    """What each outcome of the signature check allows before an update is applied.

    A trusted signature is accepted and an invalid one always refused; an unsigned update and
    one signed by an unknown key each need the user's explicit confirmation by default, and can
    be set to be accepted or refused outright.
    """

    unsigned: Decision = "confirm"
    unknown_signer: Decision = "confirm"

    def __post_init__(self) -> None:
        for field_name in ("unsigned", "unknown_signer"):
            if getattr(self, field_name) not in ("accept", "confirm", "refuse"):
                raise UsageError(
                    codes.BAD_POLICY, outcome=field_name, value=repr(getattr(self, field_name))
                )

    def decide(self, check: SignatureCheck | Status) -> Decision:
        status = check if isinstance(check, str) else check.status
        if status == "trusted":
            return "accept"
        if status == "unsigned":
            return self.unsigned
        if status == "unknown_signer":
            return self.unknown_signer
        return "refuse"
