"""``fwgdesk keys generate|trust|list|untrust`` and ``fwgdesk update sign|verify``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fwgdesk.cli.context import CliContext
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.wording import english
from fwgdesk.exchange import codes, keyfiles, keystore, signing

EXIT_UNKNOWN_OR_UNSIGNED = 5
EXIT_INVALID = 6
MAX_PASSPHRASE_FILE_BYTES = 4096


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    keys = commands.add_parser("keys", parents=[common], help="signing keys and trusted keys")
    actions = keys.add_subparsers(dest="action", required=True, metavar="ACTION")
    generate = actions.add_parser(
        "generate", parents=[common], help="create a key pair for signing updates"
    )
    generate.add_argument("--out", type=Path, required=True, help="folder to write the keys to")
    generate.add_argument(
        "--name", default="signing", help="file name: NAME.key and NAME.pub (default: signing)"
    )
    generate.add_argument(
        "--passphrase-file", type=Path, help="protect the private key with the passphrase in F"
    )
    generate.set_defaults(handler=generate_command)
    trust = actions.add_parser("trust", parents=[common], help="trust a public key")
    trust.add_argument("pubfile", type=Path, help="the public key (PEM), e.g. NAME.pub")
    trust.add_argument("--name", help="who it belongs to (default: the file's name)")
    trust.add_argument(
        "--publisher",
        help="the publisher whose updates this key signs: updates in that name are then "
        "accepted only signed by its keys",
    )
    trust.set_defaults(handler=trust_command)
    listing = actions.add_parser("list", parents=[common], help="list the trusted keys")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_command)
    untrust = actions.add_parser("untrust", parents=[common], help="stop trusting a key")
    untrust.add_argument("key_id", help="the key id, as `fwgdesk keys list` shows it")
    untrust.set_defaults(handler=untrust_command)

    update = commands.add_parser("update", parents=[common], help="sign and verify update files")
    update_actions = update.add_subparsers(dest="action", required=True, metavar="ACTION")
    sign = update_actions.add_parser(
        "sign", parents=[common], help="sign an update file (writes FILE.sig)"
    )
    sign.add_argument("file", type=Path, help="the update file or CSV folder")
    sign.add_argument("--key", type=Path, required=True, help="the private key (PEM)")
    sign.add_argument("--passphrase-file", type=Path, help="the key's passphrase is in F")
    sign.set_defaults(handler=sign_command)
    verify = update_actions.add_parser(
        "verify",
        parents=[common],
        help="check an update's signature (exit 0 trusted, 5 unknown or unsigned, 6 invalid)",
    )
    verify.add_argument("file", type=Path, help="the update file or CSV folder")
    verify.set_defaults(handler=verify_command)


def read_passphrase(path: Path | None) -> str | None:
    """The passphrase on the first line of *path* (its line break removed), or None."""
    if path is None:
        return None
    data = keyfiles.read_limited(path, MAX_PASSPHRASE_FILE_BYTES, codes.A_PASSPHRASE_FILE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(codes.PASSPHRASE_NOT_UTF8, path=path) from error
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UsageError(codes.PASSPHRASE_FILE_EMPTY, path=path)
    return passphrase


def _warn(text: str) -> None:
    print(f"fwgdesk: warning: {text}", file=sys.stderr)


def generate_command(ctx: CliContext, args: argparse.Namespace) -> int:
    name = str(args.name)
    if not name or name in (".", "..") or any(c in name for c in "/\\:\0"):
        raise UsageError(codes.KEY_NAME_NOT_PLAIN, name=repr(name))
    passphrase = read_passphrase(args.passphrase_file)
    out = Path(args.out)
    private_path, public_path = out / f"{name}.key", out / f"{name}.pub"
    identifier = keyfiles.generate_keypair(private_path, public_path, passphrase)
    ctx.print(f"private key: {private_path} (keep it secret; sign with it)")
    ctx.print(f"public key:  {public_path} (give it to those who import your updates)")
    ctx.print(f"key id:      {identifier}")
    if passphrase is None:
        _warn("the private key is not protected by a passphrase (see --passphrase-file)")
    return 0


def trust_command(ctx: CliContext, args: argparse.Namespace) -> int:
    key = keystore.trust_key(ctx.paths.root, args.pubfile, args.name, args.publisher)
    bound = f", signing the updates of {key.publisher}" if key.publisher else ""
    ctx.print(f"trusted key {key.key_id} as {key.name}{bound}")
    return 0


def list_command(ctx: CliContext, args: argparse.Namespace) -> int:
    keys = keystore.trusted_from_settings(ctx.paths.root)
    for problem in keys.skipped:
        _warn(english(problem))
    if args.json:
        ctx.print_json(
            [
                {
                    "key_id": k.key_id,
                    "name": k.name,
                    "publisher": k.publisher,
                    "source": str(k.source),
                }
                for k in keys
            ]
        )
        return 0
    ctx.print_table(
        ["key id", "name", "signs for", "file"],
        [[k.key_id, k.name, k.publisher or "", str(k.source or "")] for k in keys],
    )
    ctx.print(f"{len(keys)} trusted key" + ("" if len(keys) == 1 else "s"))
    return 0


def untrust_command(ctx: CliContext, args: argparse.Namespace) -> int:
    key = keystore.untrust(ctx.paths.root, args.key_id)
    ctx.print(f"no longer trusted: key {key.key_id} ({key.name})")
    return 0


def sign_command(ctx: CliContext, args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    if not Path(args.file).exists():
        raise UsageError(codes.PATH_NOT_FOUND, path=args.file)
    private_key = keyfiles.load_private_key(args.key, passphrase)
    target = signing.sign_with(args.file, private_key)
    identifier = keyfiles.key_id(keyfiles.raw_public_key(private_key.public_key()))
    ctx.print(f"signed: {target}")
    ctx.print(f"key id: {identifier}")
    return 0


def verify_command(ctx: CliContext, args: argparse.Namespace) -> int:
    keys = keystore.trusted_from_settings(ctx.paths.root)
    for problem in keys.skipped:
        _warn(english(problem))
    check = signing.verify(args.file, keys)
    ctx.print(english(check))
    if check.status == "trusted":
        return 0
    if check.status == "invalid":
        return EXIT_INVALID
    return EXIT_UNKNOWN_OR_UNSIGNED
