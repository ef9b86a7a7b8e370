"""The stage ladder of a review: the Mechanism's stages in order, reached, current and ahead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from fwgdesk.domain.enums import Stage
from fwgdesk.domain.reviews import STAGE_ORDER, ReviewRecord
from fwgdesk.ui.labels import stage_label

CHIP = "border-radius: 9px; padding: 3px 8px; border: 1px solid {border}; {colors}"
STYLES = {
    "reached": CHIP.format(border="#7da77f", colors="background: #e6f2e6; color: #1e4d20;"),
    "current": CHIP.format(
        border="#1f5fa8", colors="background: #1f5fa8; color: white; font-weight: bold;"
    ),
    "ahead": CHIP.format(border="#c8c8c8", colors="background: transparent; color: #808080;"),
    "skipped": CHIP.replace("solid", "dashed").format(
        border="#b8b8b8", colors="background: transparent; color: #9a9a9a;"
    ),
    "suspended": CHIP.format(
        border="#b00020", colors="background: #b00020; color: white; font-weight: bold;"
    ),
}


def reached_stages(review: ReviewRecord) -> set[Stage]:
    """The ladder's stages the review went through: those its stage changes (or its stage)
    name, and "not started", where every review begins. A stage it went past without a
    stage change is skipped, not reached."""
    return {event.stage for event in review.events} | {review.stage, Stage.NOT_STARTED}


def skipped_stages(review: ReviewRecord) -> set[Stage]:
    """The ladder's stages before the furthest one reached that the review never was at."""
    reached = reached_stages(review)
    furthest = max((STAGE_ORDER.index(s) for s in reached if s in STAGE_ORDER), default=0)
    return set(STAGE_ORDER[:furthest]) - reached


class StageLadder(QWidget):
    """A row of chips, one a stage; the current one highlighted, a suspension in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.chips: dict[Stage, QLabel] = {}
        for position, stage in enumerate((*STAGE_ORDER, Stage.SUSPENDED)):
            if 0 < position < len(STAGE_ORDER):
                arrow = QLabel("›", self)
                arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
                layout.addWidget(arrow)
            chip = QLabel(stage_label(stage), self)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            if stage is Stage.SUSPENDED:
                layout.addSpacing(12)
            layout.addWidget(chip)
            self.chips[stage] = chip
        layout.addStretch(1)

    def show_review(self, review: ReviewRecord) -> None:
        reached = reached_stages(review)
        skipped = skipped_stages(review)
        for stage, chip in self.chips.items():
            if stage is Stage.SUSPENDED:
                chip.setVisible(review.stage is Stage.SUSPENDED)
                state = "suspended"
            elif stage is review.stage:
                state = "current"
            elif stage in skipped:
                state = "skipped"
            else:
                state = "reached" if stage in reached else "ahead"
            chip.setStyleSheet(STYLES[state])
            chip.setProperty("ladderState", state)
            text = stage_label(stage)
            chip.setText(("✓ " + text) if state == "reached" else text)
            chip.setAccessibleName(f"{text}: {self._state_text(state)}")
            chip.setToolTip(self._state_text(state) if state == "skipped" else "")

    def _state_text(self, state: str) -> str:
        texts = {
            "reached": self.tr("reached"),
            "current": self.tr("current stage"),
            "ahead": self.tr("not reached"),
            "skipped": self.tr("passed over: no stage change recorded"),
            "suspended": self.tr("the review is suspended"),
        }
        return texts[state]
