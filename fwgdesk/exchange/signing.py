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
  A folder holding a symbolic link, or a file whose name holds a line break, cannot be signed
  and its signature never verifies. The signature of the folder ``updates/042`` is
  ``updates/042.sig``.

Verifying never raises for a bad ``.sig``: whatever it holds gives a :class:`SignatureCheck`
with a plain sentence for the user. Problems with the update itself (missing, unreadable)
raise :class:`~fwgdesk.domain.errors.UsageError`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from fwgdesk.db.failures import translated_os_error
from fwgdesk.domain.errors import UsageError

ALGORITHM = "ed25519"
SIGNATURE_SUFFIX = ".sig"
MAX_SIG_BYTES = 64 * 1024
"""A ``.sig`` larger than this is not read (a real one is about 150 bytes)."""
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_SIGNED_FILE_BYTES = 1024 * 1024 * 1024
"""Ed25519 needs the whole message in memory: a larger update file is not verified."""
MAX_FOLDER_FILES = 10_000
FOLDER_MANIFEST_HEADER = "fwgdesk-folder-manifest-v1\n"
SIGNATURE_LENGTH = 64
KEY_ID_PATTERN = re.compile(r"[0-9a-f]{16}")

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

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


@dataclass(frozen=True)
class SignatureCheck:
    """What the signature of an update says, in a sentence the user can read."""

    status: Status
    message: str
    key_id: str | None = None
    signer: str | None = None
    """The trusted key's name when ``status`` is ``"trusted"``."""


class _BadSignatureFileError(Exception):
    """The ``.sig`` cannot be understood (the message says why)."""


class _BadFolderError(Exception):
    """A folder that cannot be signed or verified (the message says why)."""


def key_id(public_key_raw32: bytes) -> str:
    """The first 16 hex digits of the SHA-256 of the raw 32-byte public key."""
    if len(public_key_raw32) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return hashlib.sha256(public_key_raw32).hexdigest()[:16]


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def signature_path(path: Path) -> Path:
    """``<path>.sig``: ``update.json`` → ``update.json.sig``, folder ``042`` → ``042.sig``."""
    path = Path(path)
    return path.with_name(path.name + SIGNATURE_SUFFIX)


# --- writing files ----------------------------------------------------------------------------


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write *data* to a temporary file beside *path* (with *mode*), then rename it into place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise translated_os_error(error, path, UsageError) from error
    try:
        with os.fdopen(handle, "wb") as out:
            Path(temporary).chmod(mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise translated_os_error(error, path, UsageError) from error
        raise


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
    write_atomically(private_path, private_pem, mode=0o600)
    write_atomically(public_path, public_pem, mode=0o644)
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


# --- what is signed ---------------------------------------------------------------------------


def folder_manifest(folder: Path) -> bytes:
    """The canonical manifest of a CSV folder that its signature covers (see the module)."""
    try:
        return _folder_manifest(Path(folder))
    except _BadFolderError as error:
        raise UsageError(str(error)) from error


def _folder_manifest(folder: Path) -> bytes:
    entries: list[tuple[bytes, str]] = []
    for directory, subfolders, files in os.walk(folder, followlinks=False, onerror=_walk_error):
        here = Path(directory)
        for name in [*subfolders, *files]:
            if (here / name).is_symlink():
                raise _BadFolderError(f"{here / name}: a symbolic link in a signed folder")
        for name in files:
            path = here / name
            relative = path.relative_to(folder).as_posix()
            if "\n" in relative or "\r" in relative:
                raise _BadFolderError(f"{path}: a file name holding a line break")
            if len(entries) >= MAX_FOLDER_FILES:
                raise _BadFolderError(f"{folder}: more than {MAX_FOLDER_FILES} files")
            entries.append((relative.encode("utf-8", "surrogateescape"), _sha256_of(path)))
    entries.sort()
    lines = [FOLDER_MANIFEST_HEADER.encode("ascii")]
    for relative_bytes, digest in entries:
        lines.append(relative_bytes + b"\n" + digest.encode("ascii") + b"\n")
    return b"".join(lines)


def _walk_error(error: OSError) -> None:
    raise _BadFolderError(f"{error.filename}: cannot be read ({error.strerror or error})")


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise _BadFolderError(f"{path}: cannot be read ({error.strerror or error})") from error
    return digest.hexdigest()


def signed_message(path: Path) -> bytes:
    """The bytes a signature of *path* covers: a file's bytes, a folder's manifest."""
    path = Path(path)
    if path.is_dir():
        return folder_manifest(path)
    return read_limited(path, MAX_SIGNED_FILE_BYTES, "an update file")


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
        raise UsageError(f"{path}: no such file")
    return sign_with(path, load_private_key(Path(private_key_path), passphrase))


def sign_with(path: Path, private_key: Ed25519PrivateKey) -> Path:
    """Sign *path* with a loaded key; write and return ``<path>.sig``."""
    path = Path(path)
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    target = signature_path(path)
    write_atomically(target, signature_document(signed_message(path), private_key))
    return target


# --- verifying --------------------------------------------------------------------------------


def read_signature(path: Path) -> bytes | None:
    """The raw content of ``<path>.sig`` (size-limited), or None when there is none.

    A ``.sig`` that is too large or unreadable comes back as ``b""`` so that it is reported as
    invalid rather than silently as unsigned.
    """
    sig = signature_path(Path(path))
    try:
        with sig.open("rb") as source:
            data = source.read(MAX_SIG_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return b""
    return b"" if len(data) > MAX_SIG_BYTES else data


def verify(path: Path, trusted: list[TrustedKey]) -> SignatureCheck:
    """Check the signature ``<path>.sig`` of the update file or CSV folder *path*."""
    path = Path(path)
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    signature = read_signature(path)
    if signature is None:
        return SignatureCheck("unsigned", "Not signed")
    if path.is_dir():
        try:
            message = _folder_manifest(path)
        except _BadFolderError as error:
            return _invalid(f"The folder cannot be checked against its signature: {error}")
    else:
        message = signed_message(path)
    return check_signature(message, signature, trusted)


def check_signature(
    message: bytes, signature: bytes | None, trusted: list[TrustedKey]
) -> SignatureCheck:
    """Check the ``.sig`` content *signature* (None: there is none) of the bytes *message*.

    For callers that read an update once and verify exactly the bytes they go on to use.
    """
    if signature is None:
        return SignatureCheck("unsigned", "Not signed")
    try:
        claimed_id, raw_signature = _parse_signature(signature)
    except _BadSignatureFileError as error:
        return _invalid(f"The signature file is not valid: {error}")
    candidates = [key for key in trusted if key.key_id == claimed_id]
    if not candidates:
        return SignatureCheck(
            "unknown_signer",
            f"Signed by an unknown key {claimed_id}: not in your trusted keys",
            key_id=claimed_id,
        )
    for key in candidates:
        try:
            key.verifier().verify(raw_signature, message)
        except (InvalidSignature, ValueError):
            continue
        return SignatureCheck(
            "trusted",
            f"Signed by {key.name} (key {claimed_id})",
            key_id=claimed_id,
            signer=key.name,
        )
    return _invalid(
        "The signature does not match the file: it was altered after signing, "
        "or the signature is damaged",
        claimed_id,
    )


def _invalid(message: str, claimed_id: str | None = None) -> SignatureCheck:
    return SignatureCheck("invalid", message, key_id=claimed_id)


def _parse_signature(data: bytes) -> tuple[str, bytes]:
    if not data:
        raise _BadSignatureFileError(
            f"it is empty, unreadable or larger than {MAX_SIG_BYTES} bytes"
        )
    try:
        document: Any = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise _BadSignatureFileError("it is not UTF-8 JSON") from error
    if not isinstance(document, dict):
        raise _BadSignatureFileError("it must hold a JSON object")
    algorithm = document.get("algorithm")
    if algorithm != ALGORITHM:
        shown = _shorten(algorithm) if algorithm is not None else "none"
        raise _BadSignatureFileError(f'the algorithm is {shown}, not "{ALGORITHM}"')
    claimed = document.get("key_id")
    if not isinstance(claimed, str) or not KEY_ID_PATTERN.fullmatch(claimed.lower()):
        raise _BadSignatureFileError(f"key_id {_shorten(claimed)} is not 16 hexadecimal digits")
    encoded = document.get("signature")
    if not isinstance(encoded, str):
        raise _BadSignatureFileError("the signature is missing or not text")
    try:
        raw = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError) as error:
        raise _BadSignatureFileError("the signature is not valid base64") from error
    if len(raw) != SIGNATURE_LENGTH:
        raise _BadSignatureFileError(
            f"the signature has {len(raw)} bytes; an Ed25519 signature has {SIGNATURE_LENGTH}"
        )
    return claimed.lower(), raw


def _shorten(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"
