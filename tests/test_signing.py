"""Signatures of update files, the trusted-key store, the policy, and their commands."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.wording import english
from fwgdesk.exchange import keyfiles, keystore, signing
from fwgdesk.exchange.containers.source import take_snapshot
from fwgdesk.exchange.keystore import Policy
from fwgdesk.exchange.problems import UpdateRejectedError
from fwgdesk.exchange.signing import SignatureCheck, TrustedKey
from fwgdesk.services.settings import Settings
from tests.support.cli import run

UPDATE = b'{"format": "fwgdesk-update", "version": 1, "publisher": "UNODC", "sequence": 1}\n'


# --- helpers ----------------------------------------------------------------------------------


def make_keys(folder: Path, name: str = "unodc", passphrase: str | None = None) -> Path:
    """Generate NAME.key / NAME.pub in *folder*; return the private key's path."""
    folder.mkdir(parents=True, exist_ok=True)
    keyfiles.generate_keypair(folder / f"{name}.key", folder / f"{name}.pub", passphrase)
    return folder / f"{name}.key"


def trusted_of(private_key: Path, name: str = "UNODC Secretariat") -> TrustedKey:
    public = keyfiles.load_public_key(private_key.with_suffix(".pub"))
    raw = keyfiles.raw_public_key(public)
    return TrustedKey(keyfiles.key_id(raw), name, raw)


def write_update(folder: Path, data: bytes = UPDATE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "update.json"
    path.write_bytes(data)
    return path


@pytest.fixture
def secretariat(tmp_path: Path) -> Path:
    return make_keys(tmp_path / "secretariat")


@pytest.fixture
def update(tmp_path: Path) -> Path:
    return write_update(tmp_path / "incoming")


# --- key ids and key files ----------------------------------------------------------------------


def test_key_id_is_the_first_16_hex_digits_of_the_sha256_of_the_raw_key() -> None:
    raw = bytes(range(32))
    assert keyfiles.key_id(raw) == hashlib.sha256(raw).hexdigest()[:16]
    with pytest.raises(ValueError):
        keyfiles.key_id(b"short")


def test_generated_keys_are_pem_pkcs8_and_spki(tmp_path: Path) -> None:
    identifier = keyfiles.generate_keypair(tmp_path / "a.key", tmp_path / "a.pub", None)
    private_pem = (tmp_path / "a.key").read_bytes()
    public_pem = (tmp_path / "a.pub").read_bytes()
    assert private_pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert public_pem.startswith(b"-----BEGIN PUBLIC KEY-----")
    private_key = serialization.load_pem_private_key(private_pem, password=None)
    assert isinstance(private_key, Ed25519PrivateKey)
    raw = keyfiles.raw_public_key(private_key.public_key())
    assert identifier == keyfiles.key_id(raw)
    assert keyfiles.raw_public_key(keyfiles.load_public_key(tmp_path / "a.pub")) == raw
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_private_key_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    keyfiles.generate_keypair(tmp_path / "a.key", tmp_path / "a.pub", "pass phrase")
    assert (tmp_path / "a.key").stat().st_mode & 0o777 == 0o600


def test_generate_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "a.key").write_text("precious")
    with pytest.raises(UsageError, match="already exists"):
        keyfiles.generate_keypair(tmp_path / "a.key", tmp_path / "a.pub", None)
    assert (tmp_path / "a.key").read_text() == "precious"
    assert not (tmp_path / "a.pub").exists()


# --- sign and verify --------------------------------------------------------------------------


def test_sign_and_verify_round_trip(secretariat: Path, update: Path) -> None:
    sig = signing.sign_file(update, secretariat, None)
    assert sig == update.parent / "update.json.sig"
    document = json.loads(sig.read_text("utf-8"))
    key = trusted_of(secretariat)
    assert document["algorithm"] == "ed25519"
    assert document["key_id"] == key.key_id
    assert len(base64.b64decode(document["signature"])) == 64

    check = signing.verify(update, [key])
    assert (check.status, english(check), check.key_id, check.signer) == (
        "trusted",
        f"Signed by UNODC Secretariat (key {key.key_id})",
        key.key_id,
        "UNODC Secretariat",
    )


def test_signature_covers_the_exact_bytes(secretariat: Path, update: Path) -> None:
    signing.sign_file(update, secretariat, None)
    public = keyfiles.load_public_key(secretariat.with_suffix(".pub"))
    document = json.loads(signing.signature_path(update).read_text("utf-8"))
    public.verify(base64.b64decode(document["signature"]), UPDATE)  # raises if not


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: data.replace(b'"sequence": 1', b'"sequence": 9'),
        lambda data: data + b" ",
        lambda data: data[:-1],
        lambda data: b"\xef\xbb\xbf" + data,
    ],
    ids=["changed", "appended", "truncated", "bom-added"],
)
def test_a_tampered_file_is_invalid(secretariat: Path, update: Path, tamper: Any) -> None:
    signing.sign_file(update, secretariat, None)
    update.write_bytes(tamper(UPDATE))
    check = signing.verify(update, [trusted_of(secretariat)])
    assert check.status == "invalid"
    assert check.signer is None
    assert "altered after signing" in english(check)


def test_a_signature_made_by_another_key_under_a_trusted_key_id_is_invalid(
    tmp_path: Path, secretariat: Path, update: Path
) -> None:
    impostor = make_keys(tmp_path / "impostor", "impostor")
    signing.sign_file(update, impostor, None)
    sig = signing.signature_path(update)
    document = json.loads(sig.read_text("utf-8"))
    document["key_id"] = trusted_of(secretariat).key_id
    sig.write_text(json.dumps(document), "utf-8")
    check = signing.verify(update, [trusted_of(secretariat)])
    assert check.status == "invalid"
    assert check.key_id == trusted_of(secretariat).key_id


def test_a_signature_by_an_untrusted_key_is_an_unknown_signer(
    tmp_path: Path, secretariat: Path, update: Path
) -> None:
    stranger = make_keys(tmp_path / "stranger", "stranger")
    signing.sign_file(update, stranger, None)
    check = signing.verify(update, [trusted_of(secretariat)])
    stranger_id = trusted_of(stranger).key_id
    assert check.status == "unknown_signer"
    assert check.key_id == stranger_id and check.signer is None
    assert english(check) == f"Signed by an unknown key {stranger_id}: not in your trusted keys"
    assert signing.verify(update, []).status == "unknown_signer"


def test_unsigned(secretariat: Path, update: Path) -> None:
    check = signing.verify(update, [trusted_of(secretariat)])
    assert (check.status, english(check), check.key_id, check.signer) == (
        "unsigned",
        "Not signed",
        None,
        None,
    )


def test_verify_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        signing.verify(tmp_path / "nothing.json", [])


def _sig_json(**changes: Any) -> bytes:
    document: dict[str, Any] = {
        "algorithm": "ed25519",
        "key_id": "0123456789abcdef",
        "signature": base64.b64encode(bytes(64)).decode(),
    }
    document.update(changes)
    return json.dumps({k: v for k, v in document.items() if v is not ...}).encode()


MALFORMED: dict[str, bytes] = {
    "empty": b"",
    "not-json": b"this is not json",
    "binary": bytes(range(256)),
    "truncated": _sig_json()[:30],
    "json-list": b'["ed25519"]',
    "json-string": b'"ed25519"',
    "deeply-nested": b"[" * 100_000,
    "algorithm-rsa": _sig_json(algorithm="rsa-sha256"),
    "algorithm-missing": _sig_json(algorithm=...),
    "algorithm-number": _sig_json(algorithm=25519),
    "key-id-short": _sig_json(key_id="0123"),
    "key-id-not-hex": _sig_json(key_id="zzzzzzzzzzzzzzzz"),
    "key-id-number": _sig_json(key_id=123),
    "key-id-missing": _sig_json(key_id=...),
    "signature-bad-base64": _sig_json(signature="not base64 at all!"),
    "signature-unicode": _sig_json(signature="ßßßß"),
    "signature-short": _sig_json(signature=base64.b64encode(bytes(63)).decode()),
    "signature-long": _sig_json(signature=base64.b64encode(bytes(65)).decode()),
    "signature-number": _sig_json(signature=64),
    "signature-missing": _sig_json(signature=...),
    "too-large": b" " * (signing.MAX_SIG_BYTES + 1) + _sig_json(),
}


@pytest.mark.parametrize("content", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_signature_is_invalid_never_an_exception(
    update: Path, secretariat: Path, content: bytes
) -> None:
    signing.signature_path(update).write_bytes(content)
    check = signing.verify(update, [trusted_of(secretariat)])
    assert check.status == "invalid"
    assert english(check).startswith("The signature file is not valid: ")
    assert len(english(check)) < 200


def test_a_signature_file_that_is_a_folder_is_invalid(update: Path) -> None:
    signing.signature_path(update).mkdir()
    assert signing.verify(update, []).status == "invalid"


def test_upper_case_key_id_and_bom_are_accepted(secretariat: Path, update: Path) -> None:
    sig = signing.sign_file(update, secretariat, None)
    document = json.loads(sig.read_text("utf-8"))
    document["key_id"] = document["key_id"].upper()
    sig.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())
    assert signing.verify(update, [trusted_of(secretariat)]).status == "trusted"


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=300))
def test_any_bytes_as_signature_never_raise(content: bytes) -> None:
    key = TrustedKey("0123456789abcdef", "someone", bytes(32))
    check = signing.check_signature(UPDATE, content, [key])
    assert check.status in {"invalid", "unknown_signer"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=10,
)


@settings(max_examples=200)
@given(
    document=st.fixed_dictionaries(
        {},
        optional={
            "algorithm": st.sampled_from(["ed25519", "ED25519", "rsa"]) | json_values,
            "key_id": st.from_regex(r"[0-9a-fA-F]{14,18}", fullmatch=True) | json_values,
            "signature": st.binary(min_size=60, max_size=68).map(
                lambda b: base64.b64encode(b).decode()
            )
            | json_values,
        },
    )
)
def test_any_json_signature_never_raises_nor_passes(document: dict[str, Any]) -> None:
    raw = Ed25519PrivateKey.from_private_bytes(bytes(32)).public_key()
    key_bytes = keyfiles.raw_public_key(raw)
    trusted = [TrustedKey(keyfiles.key_id(key_bytes), "someone", key_bytes)]
    check = signing.check_signature(UPDATE, json.dumps(document).encode(), trusted)
    assert check.status in {"invalid", "unknown_signer"}


# --- encrypted private keys -------------------------------------------------------------------


def test_encrypted_key_with_the_right_passphrase(tmp_path: Path, update: Path) -> None:
    private = make_keys(tmp_path / "keys", passphrase="correct horse battery staple")
    assert private.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    signing.sign_file(update, private, "correct horse battery staple")
    assert signing.verify(update, [trusted_of(private)]).status == "trusted"


def test_encrypted_key_with_a_wrong_or_missing_passphrase(tmp_path: Path, update: Path) -> None:
    private = make_keys(tmp_path / "keys", passphrase="correct horse battery staple")
    with pytest.raises(UsageError, match="wrong passphrase"):
        signing.sign_file(update, private, "Tr0ub4dor&3")
    with pytest.raises(UsageError, match="protected by a passphrase"):
        signing.sign_file(update, private, None)
    assert not signing.signature_path(update).exists()


def test_a_passphrase_for_an_unencrypted_key_is_ignored(secretariat: Path, update: Path) -> None:
    signing.sign_file(update, secretariat, "unused")
    assert signing.verify(update, [trusted_of(secretariat)]).status == "trusted"


def test_signing_with_something_that_is_not_an_ed25519_private_key(
    tmp_path: Path, secretariat: Path, update: Path
) -> None:
    with pytest.raises(UsageError, match="is a public key"):
        signing.sign_file(update, secretariat.with_suffix(".pub"), None)
    garbage = tmp_path / "garbage.key"
    garbage.write_bytes(b"-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n")
    with pytest.raises(UsageError, match="not a PEM private key"):
        signing.sign_file(update, garbage, None)
    ec_key = tmp_path / "ec.key"
    ec_key.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(UsageError, match="not an Ed25519 key"):
        signing.sign_file(update, ec_key, None)
    with pytest.raises(UsageError, match="no such file"):
        signing.sign_file(update, tmp_path / "missing.key", None)
    with pytest.raises(UsageError, match="no such file"):
        signing.sign_file(tmp_path / "missing.json", secretariat, None)


# --- folders ----------------------------------------------------------------------------------


def make_csv_folder(root: Path) -> Path:
    folder = root / "update-042"
    (folder / "sub").mkdir(parents=True)
    (folder / "manifest.csv").write_bytes(b"key,value\nformat,fwgdesk-update\n")
    (folder / "states.csv").write_bytes("iso3,name_zh\nCHN,中国\n".encode())
    (folder / "sub" / "notes.txt").write_bytes(b"x")
    return folder


def test_folder_manifest_is_canonical(tmp_path: Path) -> None:
    folder = make_csv_folder(tmp_path)

    def digest(relative: str) -> str:
        return hashlib.sha256((folder / relative).read_bytes()).hexdigest()

    expected = "fwgdesk-folder-manifest-v1\n" + "".join(
        f"{name}\n{digest(name)}\n" for name in ["manifest.csv", "states.csv", "sub/notes.txt"]
    )
    assert take_snapshot(folder).signed_message() == expected.encode(), "not the manifest"


def test_folder_sign_and_verify(tmp_path: Path, secretariat: Path) -> None:
    folder = make_csv_folder(tmp_path)
    sig = signing.sign_file(folder, secretariat, None)
    assert sig == tmp_path / "update-042.sig"
    key = trusted_of(secretariat)
    assert signing.verify(folder, [key]).status == "trusted"

    (folder / "states.csv").write_bytes(b"iso3\nFRA\n")
    assert signing.verify(folder, [key]).status == "invalid"


@pytest.mark.parametrize("change", ["add", "remove", "rename"])
def test_folder_changes_break_the_signature(tmp_path: Path, secretariat: Path, change: str) -> None:
    folder = make_csv_folder(tmp_path)
    signing.sign_file(folder, secretariat, None)
    if change == "add":
        (folder / "deletions.csv").write_bytes(b"table,key\n")
    elif change == "remove":
        (folder / "sub" / "notes.txt").unlink()
    else:
        (folder / "states.csv").rename(folder / "States.csv")
    assert signing.verify(folder, [trusted_of(secretariat)]).status == "invalid"


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symlinks")
def test_a_folder_with_a_symbolic_link_is_not_signed_nor_verified(
    tmp_path: Path, secretariat: Path
) -> None:
    folder = make_csv_folder(tmp_path)
    signing.sign_file(folder, secretariat, None)
    outside = tmp_path / "outside.csv"
    outside.write_bytes(b"secret")
    (folder / "link.csv").symlink_to(outside)
    for attempt in (
        lambda: signing.verify(folder, [trusted_of(secretariat)]),
        lambda: signing.sign_file(folder, secretariat, None),
    ):
        with pytest.raises(UpdateRejectedError) as refused:
            attempt()
        said = english(refused.value)
        assert "link.csv is a symbolic link, not a regular file" in said, said
        assert "secret" not in said, "the link's target was read"


# --- the trusted-key store --------------------------------------------------------------------


def test_trust_list_untrust(tmp_path: Path, secretariat: Path) -> None:
    data = tmp_path / "data"
    key = keystore.trust_key(data, secretariat.with_suffix(".pub"), "UNODC Secretariat")
    expected = trusted_of(secretariat)
    assert (key.key_id, key.public_key) == (expected.key_id, expected.public_key)
    assert key.name == "UNODC Secretariat"
    assert (data / "keys" / f"{key.key_id}.pub").is_file()
    index = json.loads((data / "keys" / "index.json").read_text("utf-8"))
    assert index == {key.key_id: "UNODC Secretariat"}

    listed = keystore.list_trusted(data)
    assert [(k.key_id, k.name) for k in listed] == [(key.key_id, "UNODC Secretariat")]
    assert listed.skipped == []

    renamed = keystore.trust_key(data, secretariat.with_suffix(".pub"), "  UNODC  HQ ")
    assert renamed.name == "UNODC HQ"
    assert [k.name for k in keystore.list_trusted(data)] == ["UNODC HQ"]

    removed = keystore.untrust(data, key.key_id.upper())
    assert removed.key_id == key.key_id and removed.name == "UNODC HQ"
    assert list(keystore.list_trusted(data)) == []
    with pytest.raises(UsageError, match="no trusted key"):
        keystore.untrust(data, key.key_id)
    with pytest.raises(UsageError, match="not a key id"):
        keystore.untrust(data, "../../settings")


def test_trust_defaults_to_the_file_name(tmp_path: Path, secretariat: Path) -> None:
    key = keystore.trust_key(tmp_path / "data", secretariat.with_suffix(".pub"))
    assert key.name == "unodc"


def test_trusted_keys_verify_updates(tmp_path: Path, secretariat: Path, update: Path) -> None:
    data = tmp_path / "data"
    keystore.trust_key(data, secretariat.with_suffix(".pub"), "UNODC Secretariat")
    signing.sign_file(update, secretariat, None)
    check = signing.verify(update, keystore.list_trusted(data))
    assert check.status == "trusted" and check.signer == "UNODC Secretariat"


def test_trust_refuses_anything_but_an_ed25519_public_key(
    tmp_path: Path, secretariat: Path
) -> None:
    data = tmp_path / "data"
    with pytest.raises(UsageError, match="is a private key"):
        keystore.trust_key(data, secretariat)
    ec_pub = tmp_path / "ec.pub"
    ec_pub.write_bytes(
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(UsageError, match="not an Ed25519 public key"):
        keystore.trust_key(data, ec_pub)
    x_pub = tmp_path / "x25519.pub"
    x_pub.write_bytes(
        x25519.X25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(UsageError, match="not an Ed25519 public key"):
        keystore.trust_key(data, x_pub)
    garbage = tmp_path / "garbage.pub"
    garbage.write_bytes(b"hello")
    with pytest.raises(UsageError, match="not a PEM public key"):
        keystore.trust_key(data, garbage)
    big = tmp_path / "big.pub"
    big.write_bytes(b"x" * (keyfiles.MAX_KEY_FILE_BYTES + 1))
    with pytest.raises(UsageError, match="too large"):
        keystore.trust_key(data, big)
    with pytest.raises(UsageError, match="no such file"):
        keystore.trust_key(data, tmp_path / "missing.pub")
    with pytest.raises(UsageError, match="cannot be empty"):
        keystore.trust_key(data, secretariat.with_suffix(".pub"), "   ")
    assert list(keystore.list_trusted(data)) == []


def test_list_includes_keys_from_the_settings_and_reports_unreadable_ones(
    tmp_path: Path, secretariat: Path
) -> None:
    data = tmp_path / "data"
    other = make_keys(tmp_path / "other", "regional-office")
    (data).mkdir()
    (data / "bad.pub").write_text("not a key")
    listed = keystore.list_trusted(
        data, [str(other.with_suffix(".pub")), "bad.pub", str(tmp_path / "missing.pub")]
    )
    assert [(k.key_id, k.name) for k in listed] == [(trusted_of(other).key_id, "regional-office")]
    assert len(listed.skipped) == 2
    skipped = [english(s) for s in listed.skipped]
    assert any("bad.pub" in s and "not a PEM public key" in s for s in skipped)
    assert any("missing.pub" in s and "no such file" in s for s in skipped)

    Settings(trusted_keys=[str(other.with_suffix(".pub"))]).save(data / "settings.json")
    from_settings = keystore.trusted_from_settings(data)
    assert [k.name for k in from_settings] == ["regional-office"]
    with pytest.raises(UsageError, match="through the settings"):
        keystore.untrust(data, trusted_of(other).key_id)


def test_list_skips_damaged_store_files(tmp_path: Path, secretariat: Path) -> None:
    data = tmp_path / "data"
    key = keystore.trust_key(data, secretariat.with_suffix(".pub"), "UNODC")
    (data / "keys" / "0000000000000000.pub").write_text("damaged")
    other = make_keys(tmp_path / "other", "other")
    (data / "keys" / "1111111111111111.pub").write_bytes(other.with_suffix(".pub").read_bytes())
    listed = keystore.list_trusted(data)
    assert [k.key_id for k in listed] == [key.key_id]
    assert len(listed.skipped) == 2

    (data / "keys" / "index.json").write_text("{broken")
    listed = keystore.list_trusted(data)
    assert [(k.key_id, k.name) for k in listed] == [(key.key_id, key.key_id)]
    assert any("index.json" in english(s) for s in listed.skipped)
    with pytest.raises(UsageError, match="fix or delete it"):
        keystore.trust_key(data, other.with_suffix(".pub"))


# --- policy -----------------------------------------------------------------------------------


def check_of(status: Any) -> SignatureCheck:
    return SignatureCheck(status, "…")


def test_default_policy() -> None:
    policy = Policy()
    assert policy.decide(check_of("trusted")) == "accept"
    assert policy.decide(check_of("unsigned")) == "confirm"
    assert policy.decide(check_of("unknown_signer")) == "confirm"
    assert policy.decide(check_of("invalid")) == "refuse"
    assert policy.decide("unsigned") == "confirm"


def test_configured_policies() -> None:
    strict = Policy(unsigned="refuse", unknown_signer="refuse")
    assert strict.decide(check_of("unsigned")) == "refuse"
    assert strict.decide(check_of("unknown_signer")) == "refuse"
    assert strict.decide(check_of("trusted")) == "accept"
    lax = Policy(unsigned="accept", unknown_signer="accept")
    assert lax.decide(check_of("unsigned")) == "accept"
    assert lax.decide(check_of("invalid")) == "refuse"  # always
    with pytest.raises(UsageError, match="not accept, confirm or refuse"):
        Policy(unsigned="maybe")  # type: ignore[arg-type]


# --- commands ---------------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    data = tmp_path / "data"

    def call(*args: str) -> tuple[int, str, str]:
        return run(capsys, *args, "--data-dir", str(data))

    return call


def test_cli_generate_trust_sign_verify(tmp_path: Path, cli: Any, update: Path) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("correct horse\n", "utf-8")
    keys = tmp_path / "keys"
    code, out, err = cli("keys", "generate", "--out", str(keys), "--name", "unodc",
                         "--passphrase-file", str(phrase))  # fmt: skip
    assert code == 0, err
    identifier = trusted_of(keys / "unodc.key").key_id
    assert identifier in out and (keys / "unodc.key").is_file() and (keys / "unodc.pub").is_file()
    assert "not protected" not in err

    code, out, err = cli("update", "verify", str(update))
    assert (code, out.strip()) == (5, "Not signed")

    code, out, err = cli(
        "update", "sign", str(update), "--key", str(keys / "unodc.key"),
        "--passphrase-file", str(phrase),
    )  # fmt: skip
    assert code == 0, err
    assert f"key id: {identifier}" in out and "update.json.sig" in out

    code, out, _ = cli("update", "verify", str(update))
    assert code == 5
    assert out.strip() == f"Signed by an unknown key {identifier}: not in your trusted keys"

    code, out, err = cli("keys", "trust", str(keys / "unodc.pub"), "--name", "UNODC Secretariat")
    assert code == 0, err
    assert out.strip() == f"trusted key {identifier} as UNODC Secretariat"

    code, out, _ = cli("keys", "list")
    assert code == 0 and identifier in out and "UNODC Secretariat" in out
    code, out, _ = cli("keys", "list", "--json")
    assert [(k["key_id"], k["name"]) for k in json.loads(out)] == [
        (identifier, "UNODC Secretariat")
    ]

    code, out, _ = cli("update", "verify", str(update))
    assert (code, out.strip()) == (0, f"Signed by UNODC Secretariat (key {identifier})")

    update.write_bytes(UPDATE.replace(b"UNODC", b"EVIL!"))
    code, out, _ = cli("update", "verify", str(update))
    assert code == 6 and "altered after signing" in out

    signing.signature_path(update).write_text("{not json")
    code, out, _ = cli("update", "verify", str(update))
    assert code == 6 and "not valid" in out

    code, out, err = cli("keys", "untrust", identifier)
    assert code == 0 and identifier in out
    code, out, _ = cli("keys", "list", "--json")
    assert json.loads(out) == []


def test_cli_generate_without_passphrase_warns(tmp_path: Path, cli: Any) -> None:
    code, _, err = cli("keys", "generate", "--out", str(tmp_path / "k"))
    assert code == 0
    assert (tmp_path / "k" / "signing.key").is_file()
    assert "not protected by a passphrase" in err
    code, _, err = cli("keys", "generate", "--out", str(tmp_path / "k"))
    assert code == 2 and "already exists" in err


@pytest.mark.parametrize("name", ["../evil", "a/b", "", ".."])
def test_cli_generate_refuses_a_name_with_a_folder(tmp_path: Path, cli: Any, name: str) -> None:
    code, _, err = cli("keys", "generate", "--out", str(tmp_path / "k"), "--name", name)
    assert code == 2 and "plain file name" in err


def test_cli_errors_are_usage_errors(tmp_path: Path, cli: Any, update: Path) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("right")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    private = make_keys(tmp_path / "keys", passphrase="right")

    def fails(*args: str, says: str) -> None:
        code, out, err = cli(*args)
        assert code == 2, (out, err)
        assert err.startswith("fwgdesk: error: ") and says in err
        assert "Traceback" not in err

    fails("update", "sign", str(update), "--key", str(private), "--passphrase-file", str(wrong),
          says="wrong passphrase")  # fmt: skip
    fails("update", "sign", str(update), "--key", str(private), says="protected by a passphrase")
    fails("update", "sign", str(update), "--key", str(private), "--passphrase-file", str(empty),
          says="passphrase file is empty")  # fmt: skip
    fails("update", "sign", str(update), "--key", str(private), "--passphrase-file",
          str(tmp_path / "nope.txt"), says="no such file")  # fmt: skip
    fails("update", "sign", str(update), "--key", str(private.with_suffix(".pub")),
          says="is a public key")  # fmt: skip
    fails("update", "sign", str(tmp_path / "missing.json"), "--key", str(private),
          "--passphrase-file", str(phrase), says="no such file")  # fmt: skip
    fails("update", "verify", str(tmp_path / "missing.json"), says="no such file")
    fails("keys", "trust", str(update), says="not a PEM public key")
    fails("keys", "trust", str(private), says="is a private key")
    fails("keys", "trust", str(tmp_path / "missing.pub"), says="no such file")
    fails("keys", "untrust", "0123456789abcdef", says="no trusted key")
    fails("keys", "untrust", "nonsense", says="not a key id")
    assert not signing.signature_path(update).exists()


def test_cli_list_warns_about_unreadable_keys_from_the_settings(tmp_path: Path, cli: Any) -> None:
    data = tmp_path / "data"
    Settings(trusted_keys=[str(tmp_path / "gone.pub")]).save(data / "settings.json")
    code, out, err = cli("keys", "list")
    assert code == 0 and "0 trusted keys" in out
    assert "gone.pub" in err and "no such file" in err


def test_cli_signs_and_verifies_a_csv_folder(tmp_path: Path, cli: Any) -> None:
    folder = make_csv_folder(tmp_path)
    private = make_keys(tmp_path / "keys")
    assert cli("keys", "trust", str(private.with_suffix(".pub")))[0] == 0
    assert cli("update", "sign", str(folder), "--key", str(private))[0] == 0
    code, out, _ = cli("update", "verify", str(folder))
    assert code == 0 and out.startswith("Signed by unodc (key ")
