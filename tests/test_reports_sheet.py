"""What a focal point reads on a status sheet: whole e-mail addresses that open a mail,
a suspended review said plainly, deadlines judged against the data's date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import Rect

from fwgdesk.db.engine import Database
from fwgdesk.db.models import ImportBatch
from fwgdesk.domain.enums import Gender, Origin, Role, Stage
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.reviews import ReviewRecord, StageEventRecord
from fwgdesk.reports import SheetOptions, render_state_sheet
from fwgdesk.reports.data import ReportMeta
from fwgdesk.reports.graphics import ladder_steps, progress_bar
from fwgdesk.reports.labels import Labels
from fwgdesk.reports.render import Kit
from fwgdesk.services import people, reviews
from tests.support.pdf_text import pdf_text

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
LONG_EMAIL = "directrice.generale.adjointe.armes-legeres@diplomatie.gouv.fr"


def uris(path: Path) -> list[str]:
    found: list[str] = []
    for page in PdfReader(path).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                found.append(str(action["/URI"]))
    return found


def test_a_long_email_is_never_split_and_opens_a_mail(database: Database, tmp_path: Path) -> None:
    people.add_focal_point(
        database,
        "FRA",
        FocalPointInput(Role.FOCAL_POINT, "Claire Dupont", Gender.FEMALE, email=LONG_EMAIL),
    )
    for language in ("fr", "ar"):
        target = tmp_path / f"{language}.pdf"
        options = SheetOptions(language, include_contacts=True)
        render_state_sheet(database, "FRA", target, options, created=CREATED)
        lines = pdf_text(target).splitlines()
        assert any(LONG_EMAIL in line for line in lines), f"{language}: the address is split"
        assert f"mailto:{LONG_EMAIL}" in uris(target), f"{language}: no mailto: link"


def review_with(database: Database, *stages: tuple[Stage, date]) -> None:
    review = reviews.create_review(database, "FRA", 1, 1)
    for stage, on in stages:
        reason = "Élections législatives" if stage is Stage.SUSPENDED else None
        reviews.change_stage(database, review.id, stage, on, suspended_reason=reason)


def test_a_suspended_review_is_shown_suspended_and_its_deadlines_do_not_run(
    database: Database, tmp_path: Path
) -> None:
    review_with(
        database,
        (Stage.PRELIMINARY_CONSULTATION, date(2020, 6, 1)),
        (Stage.SELF_ASSESSMENT, date(2020, 9, 1)),
        (Stage.SUSPENDED, date(2021, 1, 4)),
    )
    target = tmp_path / "sheet.pdf"
    render_state_sheet(database, "FRA", target, created=CREATED)
    text = " ".join(pdf_text(target).split())  # cells wrap
    assert "Suspended" in text, "the ladder and the facts say the review is suspended"
    assert "Élections législatives" in text, "the reason for the suspension is printed"
    assert "Overdue" not in text, "a suspended review's deadlines are not flagged"
    assert "Not running: the review is suspended" in text, "the deadline says why"


def test_the_ladder_puts_suspended_after_the_last_stage_reached() -> None:
    events = (
        _event(Stage.PRELIMINARY_CONSULTATION, date(2020, 6, 1)),
        _event(Stage.SELF_ASSESSMENT, date(2020, 9, 1)),
        _event(Stage.SUSPENDED, date(2021, 1, 4)),
    )
    record = _record(Stage.SUSPENDED, events)
    steps, current = ladder_steps(record)
    assert steps[current] is Stage.SUSPENDED, "the current step is Suspended"
    assert steps[current - 1] is Stage.SELF_ASSESSMENT, "right after the last stage reached"
    assert steps.count(Stage.SUSPENDED) == 1, "one Suspended step"


def test_overdue_is_judged_on_the_data_date_and_today(database: Database, tmp_path: Path) -> None:
    review_with(database, (Stage.PRELIMINARY_CONSULTATION, date(2020, 6, 1)))
    with database.session() as session:
        session.add(
            ImportBatch(
                origin=Origin.IMPORT,
                file_name="update.json",
                publisher="UNODC Secretariat",
                sequence=1,
                as_of=date(2020, 10, 1),
            )
        )
    target = tmp_path / "sheet.pdf"
    render_state_sheet(database, "FRA", target, created=CREATED)
    text = " ".join(pdf_text(target).split())
    # the questionnaire was due on 2020-12-01: after the data's date, before today
    assert "Overdue today (not yet on 2020-10-01, the date of the data)" in text, (
        "a deadline that passed after the data's date is said so"
    )
    assert "on the date of the data (2020-10-01)" in text, "the note names the data's date"


def _event(stage: Stage, on: date) -> StageEventRecord:
    return StageEventRecord(id=0, stage=stage, on=on)


def _record(stage: Stage, events: tuple[StageEventRecord, ...]) -> ReviewRecord:
    return ReviewRecord(
        1, "FRA", 1, 1, stage, events[-1].on, None, (), (), None, None, None, events
    )


def test_no_bar_for_a_questionnaire_whose_progress_is_not_recorded() -> None:
    """An empty bar would read as nothing done; "not recorded" stands alone."""
    kit = Kit(Labels("ru"), ReportMeta(CREATED, CREATED.date(), None))
    unknown = progress_bar(kit, None, "Не указано", 300)
    assert not [shape for shape in unknown.contents if isinstance(shape, Rect)], (
        "no bar when the progress is not recorded"
    )
    (_, _, left, _, _) = unknown.texts[0]
    assert left == 0, "the caption starts the line"
    known = progress_bar(kit, 0.0, "0 %", 300)
    assert [shape for shape in known.contents if isinstance(shape, Rect)], (
        "a recorded progress of nothing has its empty bar"
    )
