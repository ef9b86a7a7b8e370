"""Setting the status of several links of a State as one edit, undone in one step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fwgdesk.domain.enums import LinkStatus
from fwgdesk.domain.records import LinkRecord
from fwgdesk.services import links as links_service
from fwgdesk.ui.context import UiContext

LINKS = "recommendation_links"
Change = tuple[LinkRecord, LinkStatus, date | None]  # a link as read, its new status, date


def _key(link: LinkRecord) -> str:
    return f"{link.state_iso3}/{link.code}"


def status_edit(
    ctx: UiContext, iso3: str, chosen: list[LinkRecord], status: LinkStatus
) -> tuple[Callable[[], list[LinkRecord]], Callable[[list[LinkRecord]], list[LinkRecord]]]:
    """``do`` sets *status* on *chosen* (dated today) in one transaction; ``undo`` gives
    each its status and date back. Each expects the version this window last wrote (the
    one read, the first time): a change made meanwhile by someone else is refused."""
    database, versions = ctx.database, ctx.history.versions
    first = [True]

    def save(changes: list[Change]) -> list[LinkRecord]:
        wanted = [
            links_service.StatusChange(
                link.code,
                new,
                on,
                link.version if first[0] else versions.current(LINKS, _key(link), link.version),
            )
            for link, new, on in changes
        ]
        first[0] = False
        saved = links_service.set_statuses(database, iso3, wanted)
        for link in saved:
            versions.note(LINKS, _key(link), link.version)
        return saved

    today = date.today()

    def do() -> list[LinkRecord]:
        return save([(link, status, today) for link in chosen])

    def undo(saved: list[LinkRecord]) -> list[LinkRecord]:
        olds = {link.code: link for link in chosen}
        return save(
            [
                (done, LinkStatus(olds[done.code].status), olds[done.code].updated_on)
                for done in saved
            ]
        )

    return do, undo
