"""Status sheets, batches and the overview: what the PDFs say, how they are made, and that
every script prints with an embedded font."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from fwgdesk.db.engine import Database
from fwgdesk.db.models import ImportBatch
from fwgdesk.domain.enums import AssistanceTopic, Gender, LinkStatus, Origin, Role, Stage
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.reports import (
    ReportCancelledError,
    SheetOptions,
    render_batch,
    render_overview,
    render_state_sheet,
)
from fwgdesk.reports.items import item_title
from fwgdesk.reports.labels import label_table
from fwgdesk.services import catalogue, links, people, reviews, states
from fwgdesk.services.reviews import ReviewDetails
from tests.support.pdf_text import pdf_text as extracted_text
from tests.support.synthetic import secretariat_2022

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
ISO = "EGY"


def populate(database: Database, cluster: int = 1) -> None:
    """A State with people, a review and linked recommendations in four scripts."""
    people.add_focal_point(
        database,
        ISO,
        FocalPointInput(
            Role.FOCAL_POINT,
            "أحمد الشريف",
            Gender.MALE,
            institution="وزارة الداخلية، الإدارة العامة للأسلحة والذخائر",
            email="a.sharif@example.org",
            phone="+20 2 1234 5678",
            designated_on=date(2020, 7, 1),
        ),
    )
    people.add_focal_point(
        database,
        ISO,
        FocalPointInput(
            Role.GOVERNMENTAL_EXPERT,
            "王晓明",
            Gender.MALE,
            institution="公安部治安管理局",
            designated_on=date(2021, 3, 15),
        ),
    )
    people.add_focal_point(
        database,
        ISO,
        FocalPointInput(
            Role.FIREARMS_CONTACT_POINT,
            "Ирина Соколова",
            Gender.FEMALE,
            institution="Министерство внутренних дел",
            email="i.sokolova@example.org",
        ),
    )
    review = reviews.create_review(database, ISO, 1, cluster)
    reviews.update_review(
        database,
        review.id,
        ReviewDetails(
            reviewing_states=("FRA", "CHN"),
            working_languages=("ar", "en"),
            language_agreement=True,
            saq_progress=0.65,
        ),
    )
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2020, 6, 1))
    reviews.change_stage(
        database, review.id, Stage.SELF_ASSESSMENT, date(2020, 9, 1), note="Réunion à Vienne"
    )
    reviews.add_assistance(database, ISO, AssistanceTopic.REVMOD, date(2021, 1, 10))
    links.link(database, ISO, ["WG9-R4", "WG8-R1"])
    links.update_link(database, ISO, "WG9-R4", LinkStatus.IN_PROGRESS, "Проект закона в парламенте")


def pdf_text(path: Path) -> str:
    """The text of every page as a reader's tools get it (``/ActualText`` honoured)."""
    return extracted_text(path)


def squeeze(text: str) -> str:
    """Without whitespace (lines wrap anywhere in Chinese, cells are spaced apart)."""
    return "".join(text.split())


@pytest.fixture
def filled(database: Database) -> Database:
    populate(database)
    return database


def test_state_sheet_shows_the_state_people_stage_and_chinese_text(
    filled: Database, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    result = render_state_sheet(filled, ISO, target, SheetOptions(full_text=True), created=CREATED)
    assert result.paths == [target] and not result.missing_glyphs
    text = pdf_text(target)
    for expected in ("Egypt", "EGY", "African States", "王晓明", "Ирина Соколова"):
        assert expected in text
    assert "أحمد الشريف" in text  # shaped in the PDF, letters again once normalised
    assert "Self-assessment (since 2020-09-01)" in text
    assert "France (FRA), China (CHN)" in text
    assert "65% completed" in text
    assert "Overdue" in text  # the questionnaire was due on 2021-03-01
    assert squeeze("Проект закона в парламенте") in squeeze(text)  # wrapped in its cell
    wg9_r4 = next(item for item in catalogue.list_items(filled) if item.code == "WG9-R4")
    chinese = wg9_r4.texts["zh"] or ""
    assert chinese, "WG9-R4 has no Chinese text"
    assert squeeze(chinese) in squeeze(text), "the full text (the Chinese original) is missing"
    assert "Page 1 of" in text and "Generated 2024-05-01 12:00 UTC" in text
    assert "Last update applied: none" in text


def test_titles_unless_full_text(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    render_state_sheet(filled, ISO, target, created=CREATED)
    text = squeeze(pdf_text(target))
    assert "WG9-R4" in text
    assert "枪支" not in text  # no recommendation text, no Chinese title either


def test_contact_details_only_when_asked(filled: Database, tmp_path: Path) -> None:
    plain, full = tmp_path / "plain.pdf", tmp_path / "contacts.pdf"
    render_state_sheet(filled, ISO, plain, created=CREATED)
    render_state_sheet(filled, ISO, full, SheetOptions(include_contacts=True), created=CREATED)
    plain_text, full_text = pdf_text(plain), pdf_text(full)
    for private in ("a.sharif@example.org", "1234 5678", "i.sokolova@example.org"):
        assert private not in plain_text
        assert private in full_text
    assert "Personal contact details are not included" in plain_text


def test_fonts_are_embedded_subsets(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    render_state_sheet(filled, ISO, target, SheetOptions(full_text=True), created=CREATED)
    embedded: set[str] = set()
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            name = str(font["/BaseFont"])
            prefix, _, family = name.lstrip("/").partition("+")
            assert len(prefix) == 6 and prefix.isupper(), name
            embedded.add(family)
    assert {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoNaskhArabic-Regular",
        "NotoSansSC-Regular",
    } <= (embedded)


def test_same_data_and_date_give_the_same_bytes(filled: Database, tmp_path: Path) -> None:
    first, second, later = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    arabic = SheetOptions("ar")
    render_state_sheet(filled, ISO, first, arabic, created=CREATED)
    render_state_sheet(filled, ISO, second, arabic, created=CREATED)
    render_state_sheet(filled, ISO, later, arabic, created=datetime(2024, 5, 2, tzinfo=UTC))
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != later.read_bytes()
    info = PdfReader(first).metadata
    assert info is not None and info["/CreationDate"] == "D:20240501120000+00'00'"


def test_arabic_labels_right_to_left(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "ar.pdf"
    result = render_state_sheet(filled, ISO, target, SheetOptions("ar"), created=CREATED)
    assert not result.missing_glyphs
    text = pdf_text(target)
    for label in ("مصر", "جهات الوصل", "الاستعراض في إطار الآلية", "التوصيات المرتبطة"):
        assert label in text
    assert "الصفحة" in text  # "page 1 of 1": its digits come out of order


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("zh", ["埃及", "联络人", "关联的建议", "第 1 页，共"]),
        ("ru", ["Египет", "Координаторы", "Связанные рекомендации"]),
        ("fr", ["Égypte", "Points de contact", "Recommandations associées"]),
        ("es", ["Egipto", "Puntos de contacto", "Recomendaciones vinculadas"]),
    ],
)
def test_labels_in_each_language(
    filled: Database, tmp_path: Path, language: str, labels: list[str]
) -> None:
    target = tmp_path / f"{language}.pdf"
    render_state_sheet(filled, ISO, target, SheetOptions(language), created=CREATED)
    text = squeeze(pdf_text(target))
    for label in labels:
        assert squeeze(label) in text


def test_unknown_state_or_language_is_a_usage_error(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    with pytest.raises(UsageError, match="unknown State 'XYZ'"):
        render_state_sheet(database, "XYZ", target)
    with pytest.raises(UsageError, match="unknown language 'de'"):
        render_state_sheet(database, ISO, target, SheetOptions("de"))
    assert not target.exists()


def test_write_is_atomic(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "sheet.pdf"
    target.write_bytes(b"the previous sheet")
    cancelled = 0

    def stop(done: int, total: int) -> bool:
        nonlocal cancelled
        cancelled += 1
        return done < 2

    with pytest.raises(ReportCancelledError):
        render_batch(filled, target, states=[ISO, "FRA", "CHN"], progress=stop, created=CREATED)
    assert target.read_bytes() == b"the previous sheet"
    assert [p.name for p in out.iterdir()] == ["sheet.pdf"]
    render_state_sheet(filled, ISO, target, created=CREATED)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["sheet.pdf"]


def test_batch_is_one_pdf_with_a_bookmark_per_state(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "eeg.pdf"
    result = render_batch(filled, target, region="EEG", created=CREATED)
    reader = PdfReader(target)
    contents, group, states_marks = reader.outline[0], reader.outline[1], reader.outline[2]
    assert contents.title == "Contents", "the contents page comes first"
    assert group.title == "Eastern European States", "the group's bookmark"
    outline = [(item.title, reader.get_destination_page_number(item)) for item in states_marks]
    assert len(outline) == result.sheets == 23, "a bookmark per State, under the group"
    assert outline[0][0] == "Albania (ALB)", "in alphabetical order"
    pages = [page for _, page in outline]
    assert pages == sorted(pages) and pages[0] == 1, "after the contents page"
    for title, page in outline:
        name = title.split(" (")[0]
        assert name in reader.pages[page].extract_text(), f"{name} begins on its page"
    assert "Page 1 of 1" in reader.pages[-1].extract_text(), "each sheet numbers its pages"


def test_batch_of_a_review_group_and_split(filled: Database, tmp_path: Path) -> None:
    reviews.create_review(filled, "FRA", 1, 2)
    folder = tmp_path / "sheets"
    result = render_batch(filled, folder, group=1, split=True, created=CREATED)
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["EGY-status-sheet-en.pdf", "FRA-status-sheet-en.pdf"]
    assert result.paths == [folder / name for name in names]
    alone = tmp_path / "egy.pdf"
    render_state_sheet(filled, ISO, alone, created=CREATED)
    assert (folder / names[0]).read_bytes() == alone.read_bytes()  # the same sheet
    with pytest.raises(UsageError, match="no State is under review in review group 3"):
        render_batch(filled, tmp_path / "none.pdf", group=3)


def test_batch_of_a_review_group_with_the_secretariat_figures(
    database: Database, tmp_path: Path
) -> None:
    secretariat_2022(database)
    target = tmp_path / "group2.pdf"
    result = render_batch(database, target, group=2, created=CREATED)
    reader = PdfReader(target)
    sheets = reader.outline[2]  # after Contents and the group
    assert result.sheets == len(sheets) == 63, "a bookmark per State under the group"
    starts = [reader.get_destination_page_number(item) for item in sheets]
    assert len(set(starts)) == 63, "each sheet begins on a page of its own"


def test_overview_reproduces_the_secretariat_figures(database: Database, tmp_path: Path) -> None:
    secretariat_2022(database)
    target = tmp_path / "overview.pdf"
    render_overview(database, target, created=CREATED)
    text = pdf_text(target)
    for figure in ("130", "131", "104 (80%)", "94 (72%)", "26 (42%)", "39 (62%)", "62", "63"):
        assert figure in text, figure
    assert "Reviews by stage" in text and "Focal points by gender" in text
    french = tmp_path / "vue.pdf"
    render_overview(database, french, "fr", created=CREATED)
    assert "104 (80\u00a0%)" in pdf_text(french) or "104 (80 %)" in pdf_text(french)


def test_overview_of_an_empty_mechanism(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "overview.pdf"
    render_overview(database, target, "zh", created=CREATED)
    assert "尚未记录任何审议" in squeeze(pdf_text(target))


def test_long_sheets_number_their_pages_and_cut_huge_rows(filled: Database, tmp_path: Path) -> None:
    codes = [item.code for item in catalogue.list_items(filled, source="WG8")]
    links.link(filled, ISO, codes)
    huge = " ".join(["Примечание очень длинное, 很长的备注 ملاحظة طويلة جدا"] * 80)
    links.update_link(filled, ISO, codes[3], LinkStatus.IN_PROGRESS, huge)
    target = tmp_path / "long.pdf"
    render_state_sheet(filled, ISO, target, SheetOptions(full_text=True), created=CREATED)
    reader = PdfReader(target)
    total = len(reader.pages)
    assert total >= 4
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {total}" in text
        if number > 1:
            assert "Egypt (EGY) · Status sheet" in text  # the running header
    assert squeeze(huge)[:200] in squeeze(pdf_text(target))


def test_footer_names_the_last_applied_update_and_its_date(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        session.add(
            ImportBatch(
                origin=Origin.IMPORT,
                file_name="update-42.json",
                publisher="UNODC Secretariat",
                sequence=42,
                as_of=date(2022, 5, 1),
            )
        )
        session.add(
            ImportBatch(
                origin=Origin.IMPORT,
                file_name="update-43.json",
                publisher="UNODC Secretariat",
                sequence=43,
                as_of=date(2022, 6, 1),
                undone_at=datetime(2022, 6, 2, tzinfo=UTC),
            )
        )
    target = tmp_path / "sheet.pdf"
    render_state_sheet(database, "FRA", target, created=CREATED)
    text = pdf_text(target)
    assert "Last update applied: UNODC Secretariat, no. 42" in text
    assert "Data as of 2022-05-01" in text


def test_an_unwritable_target_is_a_usage_error(database: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UsageError, match="cannot write"):
        render_state_sheet(database, "FRA", blocker / "sheet.pdf", created=CREATED)


SHEET_LABELS = ("focal_points", "reviews", "reviewing_states", "current_stage", "recommendations")


@pytest.mark.parametrize("language", ["ar", "en", "es", "fr", "ru", "zh"])
def test_extracted_text_is_the_logical_text_in_each_language(
    filled: Database, tmp_path: Path, language: str
) -> None:
    """What copying, search and screen readers get: labels, State names and catalogue
    titles as typed, Arabic diacritics included, no presentation form or private glyph."""
    target = tmp_path / f"{language}.pdf"
    render_state_sheet(filled, ISO, target, SheetOptions(language), created=CREATED)
    text = pdf_text(target)
    flat = squeeze(text)
    table = label_table(language)
    names = {state.iso3: state for state in states.list_states(filled)}
    expected = [table[key] for key in SHEET_LABELS]
    expected += [names[code].name(language) for code in (ISO, "FRA", "CHN")]
    expected += [item_title(link, language) for link in links.list_links(filled, ISO)]
    for wanted in expected:
        assert squeeze(wanted) in flat, f"{language}: {wanted!r} is not in the text"
    odd = sorted({c for c in text if "\ufb50" <= c <= "\ufeff" or "\ue000" <= c <= "\uf8ff"})
    assert not odd, f"{language}: presentation forms or private characters {odd}"


def test_arabic_diacritics_reach_the_extracted_text(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "ar.pdf"
    render_state_sheet(filled, ISO, target, SheetOptions("ar"), created=CREATED)
    text = pdf_text(target)
    assert "الدول المستعرِضة" in text, "the kasra tells reviewing from reviewed States"
    assert "أحمد الشريف" in text, "a name as typed"
