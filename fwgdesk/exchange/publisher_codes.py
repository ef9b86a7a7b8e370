"""The message codes of publishers bound to keys (``fwgdesk.exchange.publishers``)."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

NOT_THE_PUBLISHERS_KEY = _code(
    "publisher.not_its_key",
    "the update says it is from {publisher}, whose updates are signed with the key {keys}; "
    "it is signed with another key",
)
KEY_OF_ANOTHER_PUBLISHER = _code(
    "publisher.key_of_another",
    "the key {key_id} signs the updates of {owner}, not of {publisher}",
)
UNSIGNED_FOR_PUBLISHER = _code(
    "publisher.unsigned",
    "the update says it is from {publisher}, whose updates are signed with the key {keys}: "
    "{signature}",
)
