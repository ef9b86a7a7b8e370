"""Ed25519 signatures of update files (spec v1, "Signatures").

``<update>.sig`` beside an update is a small JSON object::

    {"algorithm": "ed25519", "key_id": "1a2b3c4d5e6f7a8b", "signature": "<base64>"}

``key_id`` is the first 16 hex digits (lower case) of the SHA-256 of the raw 32-byte public key.

What is signed:

- an update **file** (JSON, XLSX, a CSV ZIP): its exact bytes;
- a **CSV folder**: a canonical manifest of the folder, the UTF-8 bytes of::

      fwgdesk-folder-manifest-v1\\n
      <relative/path>\\n<sha256 hex of that file's bytes>\\n     (one pair per file)

  with every regular file under the folder, at any depth, its path relative to the folder
  written with ``/``, the pairs sorted by the UTF-8 bytes of the path. The first line keeps a
  folder's signature from ever passing as the signature of a file holding the same bytes.
  A folder holding anything but regular files and folders (a symbolic link, a FIFO), or a
  file whose name holds a line break, cannot be signed or read. The signature of the
  folder ``updates/042`` is ``updates/042.sig``.

Verifying never raises for a bad ``.sig``: whatever it holds gives a :class:`SignatureCheck`
with a message for the user. Problems with the update itself (missing, unreadable)
raise :class:`~fwgdesk.domain.errors.UsageError`. Key files are read and written by
:mod:`fwgdesk.exchange.keyfiles`; the bytes a signature covers are those of one reading of
the update (:mod:`fwgdesk.exchange.containers.source`), the very bytes an import then parses.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.exchange import codes
from fwgdesk.exchange.containers.source import SIGNING_LIMITS, Snapshot, take_snapshot
from fwgdesk.exchange.keyfiles import (
    KEY_ID_PATTERN,
    key_id,
    load_private_key,
    raw_public_key,
    write_small_file,
)
from fwgdesk.exchange.signed_content import MAX_SIG_BYTES, SIGNATURE_SUFFIX

ALGORITHM = "ed25519"
SIGNATURE_LENGTH = 64

Status = Literal["trusted", "unknown_signer", "invalid", "unsigned"]


@dataclass(frozen=True)
class TrustedKey:
    """A public key the user trusts, under the name the user gave it."""

    key_id: str
    name: str
    public_key: bytes
    """The raw 32-byte Ed25519 public key."""
    source: Path | None = None
    """The PEM file it was read from."""
    publisher: str | None = None
    """The publisher whose updates this key signs (None: not bound to one)."""

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


@dataclass(frozen=True)
class SignatureCheck:
    """What the signature of an update says: its status, and the message the user reads."""

    status: Status
    detail: Message
    key_id: str | None = None
    signer: str | None = None
    """The trusted key's name when ``status`` is ``"trusted"``."""

    def as_message(self) -> Message:
        return self.detail


NOT_SIGNED = SignatureCheck("unsigned", Message(codes.NOT_SIGNED))


class _BadSignatureFileError(Exception):
    """The ``.sig`` cannot be understood; its :attr:`detail` says why."""

    def __init__(self, code: MessageCode, /, **params: Any) -> None:
        self.detail = Message(code, params)
        super().__init__(code.key)


def signature_path(path: Path) -> Path:
    """``<path>.sig``: ``update.json`` → ``update.json.sig``, folder ``042`` → ``042.sig``."""
    path = Path(path)
    return path.with_name(path.name + SIGNATURE_SUFFIX)


# --- signing ----------------------------------------------------------------------------------


def signature_document(message: bytes, private_key: Ed25519PrivateKey) -> bytes:
    """The ``.sig`` content for *message*: UTF-8 JSON ending with a newline."""
    document = {
        "algorithm": ALGORITHM,
        "key_id": key_id(raw_public_key(private_key.public_key())),
        "signature": base64.b64encode(private_key.sign(message)).decode("ascii"),
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def sign_file(path: Path, private_key_path: Path, passphrase: str | None) -> Path:
    """Sign the update file (or CSV folder) *path*; write and return ``<path>.sig``."""
    path = Path(path)
    if not path.exists():
        raise UsageError(codes.PATH_NOT_FOUND, path=path)
    return sign_with(path, load_private_key(Path(private_key_path), passphrase))


def sign_with(path: Path, private_key: Ed25519PrivateKey) -> Path:
    """Sign *path* with a loaded key; write and return ``<path>.sig``."""
    path = Path(path)
    if not path.exists():
        raise UsageError(codes.PATH_NOT_FOUND, path=path)
    snapshot = take_snapshot(path, SIGNING_LIMITS)
    target = signature_path(path)
    write_small_file(target, signature_document(snapshot.signed_message(), private_key))
    return target


# --- verifying --------------------------------------------------------------------------------


def verify(path: Path, trusted: list[TrustedKey]) -> SignatureCheck:
    """Check the signature ``<path>.sig`` of the update file or CSV folder *path*."""
    path = Path(path)
    if not os.path.lexists(path):
        raise UsageError(codes.PATH_NOT_FOUND, path=path)
    return check_snapshot(take_snapshot(path, SIGNING_LIMITS), trusted)


def check_snapshot(snapshot: Snapshot, trusted: list[TrustedKey]) -> SignatureCheck:
    """The signature of an update as it was read once: its ``.sig`` against its bytes."""
    if snapshot.signature_problem is not None:
        problem = Message(codes.SIGNATURE_FILE_INVALID, {"problem": snapshot.signature_problem})
        return _invalid(problem)
    return check_signature(snapshot.signed_message(), snapshot.signature, trusted)


def check_signature(
    message: bytes, signature: bytes | None, trusted: list[TrustedKey]
) -> SignatureCheck:
    """Check the ``.sig`` content *signature* (None: there is none) of the bytes *message*.

    For callers that read an update once and verify exactly the bytes they go on to use.
    """
    if signature is None:
        return NOT_SIGNED
    try:
        claimed_id, raw_signature = _parse_signature(signature)
    except _BadSignatureFileError as error:
        return _invalid(Message(codes.SIGNATURE_FILE_INVALID, {"problem": error.detail}))
    candidates = [key for key in trusted if key.key_id == claimed_id]
    if not candidates:
        return SignatureCheck(
            "unknown_signer",
            Message(codes.UNKNOWN_SIGNER, {"key_id": claimed_id}),
            key_id=claimed_id,
        )
    for key in candidates:
        try:
            key.verifier().verify(raw_signature, message)
        except (InvalidSignature, ValueError):
            continue
        return SignatureCheck(
            "trusted",
            Message(codes.SIGNED_BY, {"signer": key.name, "key_id": claimed_id}),
            key_id=claimed_id,
            signer=key.name,
        )
    return _invalid(Message(codes.SIGNATURE_MISMATCH), claimed_id)


def _invalid(detail: Message, claimed_id: str | None = None) -> SignatureCheck:
    return SignatureCheck("invalid", detail, key_id=claimed_id)


def _parse_signature(data: bytes) -> tuple[str, bytes]:
    if not data:
        raise _BadSignatureFileError(codes.SIG_EMPTY, most=MAX_SIG_BYTES)
    try:
        document: Any = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise _BadSignatureFileError(codes.SIG_NOT_JSON) from error
    if not isinstance(document, dict):
        raise _BadSignatureFileError(codes.SIG_NOT_AN_OBJECT)
    algorithm = document.get("algorithm")
    if algorithm != ALGORITHM:
        shown = _shorten(algorithm) if algorithm is not None else Message(codes.SIG_NO_ALGORITHM)
        raise _BadSignatureFileError(codes.SIG_ALGORITHM, found=shown, expected=ALGORITHM)
    claimed = document.get("key_id")
    if not isinstance(claimed, str) or not KEY_ID_PATTERN.fullmatch(claimed.lower()):
        raise _BadSignatureFileError(codes.SIG_KEY_ID, found=_shorten(claimed))
    encoded = document.get("signature")
    if not isinstance(encoded, str):
        raise _BadSignatureFileError(codes.SIG_MISSING)
    try:
        raw = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError) as error:
        raise _BadSignatureFileError(codes.SIG_NOT_BASE64) from error
    if len(raw) != SIGNATURE_LENGTH:
        raise _BadSignatureFileError(codes.SIG_LENGTH, count=len(raw), expected=SIGNATURE_LENGTH)
    return claimed.lower(), raw


def _shorten(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"
