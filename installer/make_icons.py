"""Make the icon files the desktop entry and the installers need, from the one SVG source.

    python installer/make_icons.py OUT_DIR

From ``resources/icons/fwgdesk.svg`` it writes into OUT_DIR: ``fwgdesk-<N>.png`` for
N = 16 … 1024 and ``fwgdesk.png`` (256, the desktop entry's and AppStream's),
``fwgdesk.ico`` (Windows: 16 … 256) and ``fwgdesk.icns`` (macOS: 16 … 1024). Qt draws every
size from the SVG, so the small ones stay sharp; Pillow writes ICO and ICNS from those
drawings. Both come with fwgdesk's dependencies (PySide6, and Pillow through ReportLab).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "fwgdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def draw(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The icon drawn at *size* pixels, as a Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def make_icons(out: Path, source: Path = SOURCE) -> list[Path]:
    """Write every icon file into *out*; return their paths."""
    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {source}")
    out.mkdir(parents=True, exist_ok=True)
    drawn = {size: draw(renderer, size) for size in PNG_SIZES}
    written = []
    for size, image in drawn.items():
        written.append(out / f"fwgdesk-{size}.png")
        image.save(written[-1])
    drawn[256].save(out / "fwgdesk.png")
    largest = drawn[256]
    largest.save(
        out / "fwgdesk.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[drawn[size] for size in ICO_SIZES],
    )
    drawn[1024].save(out / "fwgdesk.icns", append_images=[drawn[size] for size in ICNS_SIZES])
    written += [out / "fwgdesk.png", out / "fwgdesk.ico", out / "fwgdesk.icns"]
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in make_icons(Path(sys.argv[1])):
        print(f"icon: {path}")
