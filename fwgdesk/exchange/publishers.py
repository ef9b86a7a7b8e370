"""A publisher bound to its keys: an update in its name must be signed by one of them.

A trusted key may be the key of a publisher (``fwgdesk keys trust --publisher``). Then an
update whose ``publisher`` is that one is accepted only signed by such a key, and a key
bound to a publisher signs for that publisher only. So nobody else can speak, or advance
the sequence of updates, in the Secretariat's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from fwgdesk.domain.messages import Message
from fwgdesk.exchange import publisher_codes as codes
from fwgdesk.exchange.signing import SignatureCheck, TrustedKey


def bound_check(
    check: SignatureCheck, publisher: str, trusted: Sequence[TrustedKey]
) -> SignatureCheck:
    """*check*, or an invalid one when the signature does not match the publisher's keys."""
    own = sorted(key.key_id for key in trusted if key.publisher == publisher)
    signer = next((key for key in trusted if key.key_id == check.key_id), None)
    if check.status == "trusted" and signer is not None:
        if own and signer.key_id not in own:
            detail = Message(codes.NOT_THE_PUBLISHERS_KEY, {"publisher": publisher, "keys": own})
            return SignatureCheck("invalid", detail, key_id=check.key_id)
        if signer.publisher is not None and signer.publisher != publisher:
            detail = Message(
                codes.KEY_OF_ANOTHER_PUBLISHER,
                {"key_id": signer.key_id, "owner": signer.publisher, "publisher": publisher},
            )
            return SignatureCheck("invalid", detail, key_id=check.key_id)
        return check
    if own:
        detail = Message(
            codes.UNSIGNED_FOR_PUBLISHER,
            {"publisher": publisher, "keys": own, "signature": check.detail},
        )
        return SignatureCheck("invalid", detail, key_id=check.key_id)
    return check
