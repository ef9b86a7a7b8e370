"""Ed25519 key files: key ids, making a key pair, and reading PEM keys safely.

A private key is PEM PKCS#8 (encrypted with a passphrase or not), a public key PEM
SubjectPublicKeyInfo; a key id is the first 16 hex digits of the SHA-256 of the raw 32-byte
public key. Reading a key file is size-limited and every failure becomes a
:class:`~fwgdesk.domain.errors.UsageError` saying what is wrong; key files, like
signatures, are written atomically.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from fwgdesk import files
from fwgdesk.db.failures import translated_os_error
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.messages import Message, MessageCode
from fwgdesk.exchange import codes

MAX_KEY_FILE_BYTES = 64 * 1024
KEY_ID_PATTERN = re.compile(r"[0-9a-f]{16}")


def key_id(public_key_raw32: bytes) -> str:
    """The first 16 hex digits of the SHA-256 of the raw 32-byte public key."""
    if len(public_key_raw32) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return hashlib.sha256(public_key_raw32).hexdigest()[:16]


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# --- reading and writing small files ----------------------------------------------------------


def write_small_file(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write *data* to *path* atomically (``fwgdesk.files``), creating its folder; a failure
    is the user's error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        files.write_atomically(path, data, mode)
    except OSError as error:
        raise translated_os_error(error, path, UsageError) from error


def read_limited(path: Path, limit: int, what: MessageCode) -> bytes:
    """The bytes of *path*, at most *limit*; *what* the file is (a key file ...) is named
    when it is a folder or too large."""
    try:
        with path.open("rb") as source:
            data = source.read(limit + 1)
    except FileNotFoundError as error:
        raise UsageError(codes.PATH_NOT_FOUND, path=path) from error
    except IsADirectoryError as error:
        raise UsageError(codes.PATH_IS_A_FOLDER, path=path, what=Message(what)) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(codes.PATH_UNREADABLE, path=path, reason=reason) from error
    if len(data) > limit:
        raise UsageError(codes.PATH_TOO_LARGE, path=path, what=Message(what), most=limit)
    return data


# --- keys -------------------------------------------------------------------------------------


def generate_keypair(private_path: Path, public_path: Path, passphrase: str | None) -> str:
    """Create an Ed25519 key pair; return its key id.

    The private key is PEM PKCS#8, encrypted with *passphrase* when one is given, written
    atomically and readable by its owner only (0600). The public key is PEM
    SubjectPublicKeyInfo. Existing files are never overwritten.
    """
    private_path, public_path = Path(private_path), Path(public_path)
    if private_path.resolve() == public_path.resolve():
        raise UsageError(codes.SAME_KEY_FILES)
    for path in (private_path, public_path):
        if path.exists():
            raise UsageError(codes.KEY_FILE_EXISTS, path=path)
    if passphrase is not None and not passphrase:
        raise UsageError(codes.EMPTY_PASSPHRASE)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    private_key = Ed25519PrivateKey.generate()
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    public_key = private_key.public_key()
    public_pem = public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    write_small_file(private_path, private_pem, mode=0o600)
    write_small_file(public_path, public_pem, mode=0o644)
    return key_id(raw_public_key(public_key))


def load_private_key(path: Path, passphrase: str | None) -> Ed25519PrivateKey:
    """Read an Ed25519 private key (PEM PKCS#8); clear :class:`UsageError` for every failure."""
    path = Path(path)
    pem = read_limited(path, MAX_KEY_FILE_BYTES, codes.A_KEY_FILE)
    if b"-----BEGIN PUBLIC KEY-----" in pem:
        raise UsageError(codes.PUBLIC_NOT_PRIVATE, path=path)
    encrypted = b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in pem
    if encrypted and passphrase is None:
        raise UsageError(codes.PASSPHRASE_NEEDED, path=path)
    password = passphrase.encode("utf-8") if encrypted and passphrase is not None else None
    try:
        key: Any = serialization.load_pem_private_key(pem, password=password)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        if encrypted:
            raise UsageError(codes.WRONG_PASSPHRASE, path=path) from error
        raise UsageError(codes.NOT_A_PRIVATE_KEY, path=path, reason=str(error)) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise UsageError(codes.NOT_ED25519_PRIVATE, path=path)
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """Read an Ed25519 public key (PEM SubjectPublicKeyInfo); :class:`UsageError` otherwise."""
    path = Path(path)
    pem = read_limited(path, MAX_KEY_FILE_BYTES, codes.A_KEY_FILE)
    return public_key_from_pem(pem, path)


def public_key_from_pem(pem: bytes, where: Path) -> Ed25519PublicKey:
    """The Ed25519 public key in *pem*, read from *where*; :class:`UsageError` otherwise."""
    if b"PRIVATE KEY-----" in pem:
        raise UsageError(codes.PRIVATE_NOT_PUBLIC, path=where)
    try:
        key: Any = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise UsageError(codes.NOT_A_PUBLIC_KEY, path=where) from error
    if not isinstance(key, Ed25519PublicKey):
        raise UsageError(codes.NOT_ED25519_PUBLIC, path=where)
    return key
