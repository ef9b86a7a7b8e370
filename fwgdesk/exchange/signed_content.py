"""What the signature of an update covers: a file's bytes, or a CSV folder's manifest.

The manifest of a folder lists every regular file under it with the SHA-256 of its bytes,
in a canonical order, under a first line that keeps it from passing for a file (the format
is in :mod:`fwgdesk.exchange.signing`). It is made from the files as they were read once
(``fwgdesk.exchange.containers.source``): what is verified is what is parsed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

MAX_SIGNED_FILE_BYTES = 1024 * 1024 * 1024
"""Ed25519 needs the whole message in memory: a larger update file is not verified."""
MAX_FOLDER_FILES = 10_000
SIGNATURE_SUFFIX = ".sig"
MAX_SIG_BYTES = 64 * 1024
"""A ``.sig`` larger than this is not read (a real one is about 150 bytes)."""
FOLDER_MANIFEST_HEADER = "fwgdesk-folder-manifest-v1\n"


def manifest(files: Iterable[tuple[str, bytes]]) -> bytes:
    """The canonical manifest of a folder's files: (path inside it, with ``/``, bytes)."""
    entries = sorted(
        (inside.encode("utf-8", "surrogateescape"), hashlib.sha256(data).hexdigest())
        for inside, data in files
    )
    lines = [FOLDER_MANIFEST_HEADER.encode("ascii")]
    for relative_bytes, digest in entries:
        lines.append(relative_bytes + b"\n" + digest.encode("ascii") + b"\n")
    return b"".join(lines)
