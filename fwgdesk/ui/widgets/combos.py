"""Combo boxes that do not widen their window to their longest item."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

DEFAULT_CHARACTERS = 14


def compact(combo: QComboBox, characters: int = DEFAULT_CHARACTERS) -> QComboBox:
    """Size *combo* to about *characters* wide; its list still shows whole items, and its
    tooltip the current one."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    view = combo.view()
    view.setMinimumWidth(max(view.sizeHintForColumn(0) + 24, combo.sizeHint().width()))
    combo.setToolTip(combo.currentText())  # the choice whole, when the box cuts it
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo
