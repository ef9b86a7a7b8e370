"""``fwgdesk report state|batch|overview``, and the pages as images in every script."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from fwgdesk.cli.main import main
from fwgdesk.db.backup import copy_database
from fwgdesk.paths import DataPaths
from fwgdesk.services import reviews
from fwgdesk.services.startup import open_database
from tests.support.cli import run
from tests.test_reports import pdf_text, populate

CREATED = "2024-05-01T12:00:00Z"


@pytest.fixture(scope="module")
def filled_database(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> Path:
    """Built once for the module: Egypt's data in four scripts, France under review too."""
    paths = DataPaths(tmp_path_factory.mktemp("reports-cli"))
    copy_database(template_database, paths.database)
    opened = open_database(paths)
    populate(opened.database)
    reviews.create_review(opened.database, "FRA", 1, 2)
    opened.database.dispose()
    return paths.database


@pytest.fixture
def data_dir(data_paths: DataPaths, filled_database: Path) -> Path:
    copy_database(filled_database, data_paths.database)
    return data_paths.root


def test_report_state(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "egy.pdf"
    common = ("--data-dir", str(data_dir), "--created", CREATED)
    code, printed, err = run(capsys, "report", "state", "egy", "--out", str(out), *common)
    assert code == 0, err
    assert printed.strip() == str(out)
    text = pdf_text(out)
    assert "Egypt" in text and "a.sharif@example.org" not in text
    again = tmp_path / "again.pdf"
    code, _, err = run(
        capsys, "report", "state", "EGY", "--out", str(again), "--contacts", "--full-text", *common
    )
    assert code == 0, err
    assert "a.sharif@example.org" in pdf_text(again)
    same = tmp_path / "same.pdf"
    run(capsys, "report", "state", "EGY", "--out", str(same), *common)
    assert same.read_bytes() == out.read_bytes()


def test_report_state_in_chinese(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "egy-zh.pdf"
    code, _, err = run(
        capsys,
        "report",
        "state",
        "EGY",
        "--lang",
        "zh",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
    )
    assert code == 0, err
    assert "埃及" in pdf_text(out)


def test_report_errors_exit_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    common = ("--data-dir", str(data_dir))
    code, _, err = run(capsys, "report", "state", "XYZ", "--out", str(tmp_path / "x.pdf"), *common)
    assert code == 2 and "unknown State 'XYZ'" in err
    code, _, err = run(capsys, "report", "state", "EGY", "--out", str(tmp_path / "x.txt"), *common)
    assert code == 2 and "must end in .pdf" in err
    code, _, err = run(
        capsys, "report", "batch", "--region", "NOPE", "--out", str(tmp_path / "b.pdf"), *common
    )
    assert code == 2 and "unknown regional group 'NOPE'" in err
    code, _, err = run(
        capsys, "report", "batch", "--group", "3", "--out", str(tmp_path / "b.pdf"), *common
    )
    assert code == 2 and "review group 3" in err
    with pytest.raises(SystemExit) as stop:
        main(["report", "state", "EGY", "--lang", "de", "--out", str(tmp_path / "x.pdf"), *common])
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        main(
            ["report", "batch", "--group", "1", "--all", "--out", str(tmp_path / "x.pdf"), *common]
        )
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        main(["report", "overview", "--out", str(tmp_path / "o.pdf"), "--created", "soon", *common])
    assert stop.value.code == 2
    assert not list(tmp_path.glob("*.pdf"))


def test_report_batch_one_file_and_split(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    common = ("--data-dir", str(data_dir), "--created", CREATED)
    out = tmp_path / "group1.pdf"
    code, printed, err = run(capsys, "report", "batch", "--group", "1", "--out", str(out), *common)
    assert code == 0, err
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline[2]]  # after Contents and the group
    assert titles == ["Egypt (EGY)", "France (FRA)"], "the States under the review group"
    assert reader.metadata is not None, "the document has its information"
    assert reader.metadata.title == "Status sheets: Review group 1", "the batch's title"
    assert "2 sheets, 1 files" in printed
    folder = tmp_path / "eeg"
    code, printed, err = run(
        capsys, "report", "batch", "--region", "EEG", "--split", "--out", str(folder), *common
    )
    assert code == 0, err
    assert len(list(folder.glob("*-status-sheet-en.pdf"))) == 23
    assert not [p for p in folder.iterdir() if not p.name.endswith(".pdf")]


def test_report_overview(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "overview.pdf"
    code, _, err = run(
        capsys, "report", "overview", "--out", str(out), "--data-dir", str(data_dir), "--lang", "ru"
    )
    assert code == 0, err
    text = pdf_text(out)
    assert "Обзор работы Механизма" in text
    assert "Участвующие государства" in text and "Координаторы в разбивке по полу" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
@pytest.mark.parametrize("language", ["en", "ar", "zh", "ru"])
def test_pages_render_to_images(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, language: str
) -> None:
    """Every script prints: the pages rasterise (pdftoppm) with ink on them."""
    out = tmp_path / "sheet.pdf"
    code, _, err = run(
        capsys,
        "report",
        "state",
        "EGY",
        "--lang",
        language,
        "--full-text",
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
    )
    assert code == 0, err
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(out).pages) >= 1
    with Image.open(images[0]) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > 2000  # text and rules, not an empty page
