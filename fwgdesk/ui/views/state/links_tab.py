"""A State's recommendations: linked ones with status and note, linking, and suggested links.

Every change is an undoable command on the window's undo stack: an inline edit, a batch
link from the catalogue, an unlink, accepting or dismissing suggestions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.changes import Changes
from fwgdesk.domain.enums import LinkStatus
from fwgdesk.domain.errors import ConflictError
from fwgdesk.domain.records import LinkRecord
from fwgdesk.services import links as links_service
from fwgdesk.services.catalogue import theme_labels
from fwgdesk.ui.catalogue_text import (
    item_html,
    item_title,
    reader_language,
    shown_html,
    themes_text,
    withdrawn_html,
)
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.link_dialog import LinkDialog
from fwgdesk.ui.labels import link_status_label
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.models.links_model import LinksModel, LinkStatusDelegate
from fwgdesk.ui.models.suggestions_model import SuggestionsModel
from fwgdesk.ui.refresh import Refresher
from fwgdesk.ui.views.state.link_statuses import status_edit
from fwgdesk.ui.widgets.conflicts import AskConflict, ask_about_conflict, settle
from fwgdesk.ui.widgets.errors import show_error

ErrorReporter = Callable[[QWidget | None, BaseException], None]
# what the tab shows: the State's links, the catalogue, and its Protocol status (suggestions)
LINKS = "recommendation_links"
LINK_TABLES = ("recommendation_links", "link_dismissals", "recommendations", "states")


class LinksTab(QWidget):
    def __init__(self, ctx: UiContext, iso3: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.iso3 = iso3
        self.report_error: ErrorReporter = show_error
        self.ask_conflict: AskConflict = ask_about_conflict
        self._themes = dict(theme_labels(ctx.database, ctx.language))
        self.model = LinksModel(self._themes, editor=self._save_edit, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(LinksModel.SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggestions = SuggestionsModel(self)
        self._build_links()
        self._build_suggestions()
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(
            self.tr("Select a recommendation to read its full text here.")
        )
        self._lay_out()
        self.refresher = Refresher(self, ctx.events, self.refresh, LINK_TABLES, iso3)
        self.refresh()

    # building -------------------------------------------------------------------------

    def _build_links(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the linked recommendations…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.link_button = QPushButton(self.tr("&Link from the catalogue…"), self)
        self.link_button.clicked.connect(self.open_link_dialog)
        self.unlink_button = QPushButton(self.tr("&Unlink selected"), self)
        self.unlink_button.clicked.connect(self.unlink_selected)
        # a push button with a menu keeps room for its arrow beside a long label
        self.status_button = QPushButton(self.tr("Set &status of selected"), self)
        self.status_button.setToolTip(
            self.tr("Set the status of every selected link at once (one step to undo)")
        )
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[LinkStatus, QAction] = {}
        for status in LinkStatus:
            action = self.status_menu.addAction(link_status_label(status.value))
            action.triggered.connect(lambda _on=False, s=status: self.set_selected_status(s))
            self.status_actions[status] = action
        self.status_button.setMenu(self.status_menu)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LinksModel.COLUMN_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(LinksModel.COLUMN_STATUS, LinkStatusDelegate(self))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        size_columns(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._link_selection_changed)

    def _build_suggestions(self) -> None:
        self.suggestion_list = QListView(self)
        self.suggestion_list.setModel(self.suggestions)
        self.suggestion_list.setUniformItemSizes(True)
        self.suggestion_list.selectionModel().currentChanged.connect(self._suggestion_current)
        self.check_all_button = QPushButton(self.tr("Check a&ll"), self)
        self.check_all_button.clicked.connect(self._toggle_all_checked)
        self.accept_button = QPushButton(self.tr("&Accept checked"), self)
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.dismiss_button = QPushButton(self.tr("&Dismiss checked"), self)
        self.dismiss_button.clicked.connect(self.dismiss_suggestions)
        self.suggestions.dataChanged.connect(self._update_buttons)
        self.suggestions.modelReset.connect(self._update_buttons)

    def _lay_out(self) -> None:
        self.links_box = QGroupBox(self)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.status_button)
        top.addWidget(self.link_button)
        top.addWidget(self.unlink_button)
        links_layout = QVBoxLayout(self.links_box)
        links_layout.addLayout(top)
        links_layout.addWidget(self.table)

        self.suggestions_box = QGroupBox(self)
        explanation = QLabel(
            self.tr(
                "Recommendations addressed by their text to this State (all States, or the "
                "Protocol's parties when it is one), neither linked nor dismissed."
            ),
            self,
        )
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        suggestions_layout = QVBoxLayout(self.suggestions_box)
        suggestions_layout.addWidget(explanation)
        suggestions_layout.addWidget(self.suggestion_list, 1)
        suggestions_layout.addLayout(buttons)

        detail_box = QGroupBox(self.tr("Full text"), self)
        QVBoxLayout(detail_box).addWidget(self.detail)

        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.suggestions_box)
        bottom.addWidget(detail_box)
        bottom.setSizes([620, 620])
        main = QSplitter(Qt.Orientation.Vertical, self)
        main.addWidget(self.links_box)
        main.addWidget(bottom)
        main.setSizes([360, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main)

    # showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        database = self._ctx.database
        self.model.merge_links(links_service.list_links(database, self.iso3))
        self.suggestions.set_items(links_service.suggested_links(database, self.iso3))
        self.links_box.setTitle(
            self.tr("Linked recommendations ({count})").format(count=self.model.rowCount())
        )
        self.suggestions_box.setTitle(
            self.tr("Suggested links ({count})").format(count=self.suggestions.rowCount())
        )
        self._show_current_link()
        self._update_buttons()

    def selected_codes(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        source_rows = sorted(self.proxy.mapToSource(index).row() for index in rows)
        return [self.model.link_at(row).code for row in source_rows]

    def _link_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_current_link()
        self._update_buttons()

    def _show_current_link(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            link = self.model.link_at(self.proxy.mapToSource(rows[-1]).row())
            self.detail.setHtml(self._link_html(link))
        else:  # the text of a link no longer selected would read as the selection's
            self.detail.clear()

    def _suggestion_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.setHtml(item_html(self.suggestions.item_at(current.row())))

    def _link_html(self, link: LinkRecord) -> str:
        themes = themes_text(self._themes, link.themes)
        status = self.tr("Status: {status}").format(status=link_status_label(link.status))
        note = ""
        if link.note:
            note = escape(self.tr("Note: {note}").format(note=link.note)).replace("\n", "<br>")
        language = reader_language()
        title = item_title(link)
        withdrawn = withdrawn_html(link.withdrawn_on)
        return (
            f"<h3>{escape(link.code)} — {escape(title)}</h3>{withdrawn}"
            f"<p><i>{escape(themes)}</i><br>{escape(status)}</p>"
            + shown_html(link.text(language), "font-size:large")
            + (f"<p>{note}</p>" if note else "")
        )

    def _update_buttons(self, *_args: Any) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.unlink_button.setEnabled(selected)
        self.status_button.setEnabled(selected)
        checked = bool(self.suggestions.checked_codes())
        self.accept_button.setEnabled(checked)
        self.dismiss_button.setEnabled(checked)
        self.check_all_button.setEnabled(self.suggestions.rowCount() > 0)

    def _toggle_all_checked(self) -> None:
        everything = len(self.suggestions.checked_codes()) == self.suggestions.rowCount()
        self.suggestions.set_all_checked(not everything)

    # editing ----------------------------------------------------------------------------

    def _run(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], object],
        on_done: Callable[[Any], object] | None = None,
        declared: Changes | None = None,
    ) -> None:
        """Run an undoable edit of this State; a failure is reported, and the tab shows
        the data again as it is."""

        def refused(error: BaseException) -> None:
            self.refresh()
            self.report_error(self, error)

        self._ctx.history.edit(text, lambda _undone: do(), undo, on_done, refused, declared)

    def _save_edit(self, link: LinkRecord, status: str, note: str | None) -> None:
        database, iso3, code = self._ctx.database, self.iso3, link.code
        versions, key = self._ctx.history.versions, f"{iso3}/{link.code}"
        first = [True]

        def save(new: LinkStatus, text: str | None, on: date | None, read: int) -> LinkRecord:
            version = read if first[0] else versions.current(LINKS, key, read)
            first[0] = False
            saved = links_service.update_link(database, iso3, code, new, text, on, version)
            versions.note(LINKS, key, saved.version)
            return saved

        def do(_undone: object) -> LinkRecord:
            return save(LinkStatus(status), note, date.today(), link.version)

        def undo(saved: LinkRecord) -> LinkRecord:
            return save(LinkStatus(link.status), link.note, link.updated_on, saved.version)

        def refused(error: BaseException) -> None:
            self.refresh()
            if isinstance(error, ConflictError):
                settle(self, error, overwrite, self.refresh, self.ask_conflict)
            else:
                self.report_error(self, error)

        def overwrite(version: int) -> None:
            self._save_edit(replace(link, version=version), status, note)

        text = self.tr("Edit the link of {code}").format(code=link.code)
        self._ctx.history.edit(text, do, undo, None, refused)

    def set_selected_status(self, status: LinkStatus) -> None:
        """Set the status of the selected links as one edit (one step to undo)."""
        rows = self.table.selectionModel().selectedRows()
        chosen = [self.model.link_at(self.proxy.mapToSource(index).row()) for index in rows]
        chosen = [link for link in chosen if link.status != status]
        if not chosen:
            return
        do, undo = status_edit(self._ctx, self.iso3, chosen, status)
        self._run(
            self.tr("Set the status of {count} links to {status}", "", len(chosen)).format(
                count=len(chosen), status=link_status_label(status.value)
            ),
            do,
            undo,
        )

    def open_link_dialog(self) -> LinkDialog:
        """Show the catalogue picker (not modal); accepting it links what was chosen."""
        dialog = LinkDialog(self._ctx.database, self._ctx.language, set(self.model.codes()), self)
        dialog.accepted.connect(lambda: self.link_codes(dialog.chosen_codes()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def link_codes(
        self,
        codes: Iterable[str],
        text: str | None = None,
        on_done: Callable[[list[str]], object] | None = None,
    ) -> None:
        """Link *codes* as one undoable edit; *on_done* gets the codes newly linked."""
        wanted = list(codes)
        if not wanted:
            return
        database, iso3 = self._ctx.database, self.iso3
        self._run(
            text
            or self.tr("Link {count} recommendations", "", len(wanted)).format(count=len(wanted)),
            lambda: links_service.link(database, iso3, wanted, on=date.today()),
            lambda made: links_service.unlink(database, iso3, made),
            on_done,
        )

    def unlink_selected(self) -> None:
        codes = self.selected_codes()
        if not codes:
            return
        database, iso3 = self._ctx.database, self.iso3
        self._run(
            self.tr("Unlink {count} recommendations", "", len(codes)).format(count=len(codes)),
            lambda: links_service.unlink(database, iso3, codes),
            lambda removed: links_service.restore_links(database, removed),
        )

    def accept_suggestions(self) -> None:
        codes = self.suggestions.checked_codes()
        self.link_codes(
            codes,
            self.tr("Accept {count} suggested links", "", len(codes)).format(count=len(codes)),
        )

    def dismiss_suggestions(self) -> None:
        codes = self.suggestions.checked_codes()
        if not codes:
            return
        database, iso3 = self._ctx.database, self.iso3
        self._run(
            self.tr("Dismiss {count} suggested links", "", len(codes)).format(count=len(codes)),
            lambda: links_service.dismiss_suggestions(database, iso3, codes),
            lambda _none: links_service.undismiss_suggestions(database, iso3, codes),
            declared=Changes(frozenset({"link_dismissals"}), frozenset({iso3})),
        )
