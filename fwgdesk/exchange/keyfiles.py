"""Ed25519 key files: key ids, making a key pair, and reading PEM keys safely.

A private key is PEM PKCS#8 (encrypted with a passphrase or not), a public key PEM
SubjectPublicKeyInfo; a key id is the first 16 hex digits of the SHA-256 of the raw 32-byte
public key. Reading a key file is size-limited and every failure becomes a
:class:`~fwgdesk.domain.errors.UsageError` with a plain sentence; key files, like
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


def read_limited(path: Path, limit: int, what: str) -> bytes:
    try:
        with path.open("rb") as source:
            data = source.read(limit + 1)
    except FileNotFoundError as error:
        raise UsageError(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise UsageError(f"{path}: is a folder, not {what}") from error
    except OSError as error:
        raise UsageError(f"{path}: cannot be read ({error.strerror or error})") from error
    if len(data) > limit:
        raise UsageError(f"{path}: too large for {what} (more than {limit} bytes)")
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
        raise UsageError("the private and the public key need two different files")
    for path in (private_path, public_path):
        if path.exists():
            raise UsageError(f"{path}: already exists; it is not overwritten")
    if passphrase is not None and not passphrase:
        raise UsageError("the passphrase is empty")
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
    pem = read_limited(path, MAX_KEY_FILE_BYTES, "a key file")
    if b"-----BEGIN PUBLIC KEY-----" in pem:
        raise UsageError(f"{path}: is a public key; signing needs the private key (.key)")
    encrypted = b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in pem
    if encrypted and passphrase is None:
        raise UsageError(
            f"{path}: the private key is protected by a passphrase; give it with --passphrase-file"
        )
    password = passphrase.encode("utf-8") if encrypted and passphrase is not None else None
    try:
        key: Any = serialization.load_pem_private_key(pem, password=password)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        if encrypted:
            raise UsageError(f"{path}: wrong passphrase, or the key file is damaged") from error
        raise UsageError(f"{path}: not a PEM private key ({error})") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise UsageError(f"{path}: not an Ed25519 key; update files are signed with Ed25519")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """Read an Ed25519 public key (PEM SubjectPublicKeyInfo); :class:`UsageError` otherwise."""
    path = Path(path)
    pem = read_limited(path, MAX_KEY_FILE_BYTES, "a key file")
    return public_key_from_pem(pem, str(path))


def public_key_from_pem(pem: bytes, where: str) -> Ed25519PublicKey:
    if b"PRIVATE KEY-----" in pem:
        raise UsageError(
            f"{where}: is a private key; trust the public key (.pub) and keep the private "
            "key secret"
        )
    try:
        key: Any = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise UsageError(f"{where}: not a PEM public key") from error
    if not isinstance(key, Ed25519PublicKey):
        raise UsageError(
            f"{where}: not an Ed25519 public key; update files are signed with Ed25519"
        )
    return key
