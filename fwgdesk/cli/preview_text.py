"""The preview of an import as the command line shows it: every change, field by field.

Unchanged rows are counted, never listed; every added, changed and deleted row is listed
with its fields, conflicts and changes that look like damage marked. A long preview goes
through the pager on a terminal, or whole into the file ``--preview-file`` names.
"""

from __future__ import annotations

import pydoc
from pathlib import Path
from typing import Any

from fwgdesk.cli.context import CliContext
from fwgdesk.db.failures import translated_os_error
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.messages import message
from fwgdesk.domain.wording import english
from fwgdesk.exchange.suspicion import suspicion
from fwgdesk.exchange.suspicion_codes import SUMMARY
from fwgdesk.files import write_atomically
from fwgdesk.services.imports import ImportPlan

SCREEN_LINES = 60  # a longer preview on a terminal goes through the pager


def _value(value: Any) -> str:
    if value is None or value == []:
        return "∅"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def _header(plan: ImportPlan) -> list[str]:
    lines = [f"{plan.path.name}: {plan.update.publisher}, sequence {plan.update.sequence}"]
    lines.append(f"signature: {english(plan.signature)}")
    lines += [f"warning: {english(warning)}" for warning in plan.key_warnings]
    if plan.sequence_problem:
        lines.append(f"warning: {english(plan.sequence_problem)}")
    for table, kinds in plan.preview.counts().items():
        shown = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
        lines.append(f"  {table}: {shown}")
    return lines


def _changes(plan: ImportPlan) -> tuple[list[str], int]:
    """The lines of every change, and how many changes look like damage."""
    lines: list[str] = []
    suspicious = 0
    for row in plan.preview.rows:
        if row.kind not in ("changed", "deleted", "added"):
            continue
        lines.append(f"    {row.kind:<8} {row.table} {row.key_text}")
        for change in row.fields:
            line = f"        {change.column}: {_value(change.old)} → {_value(change.new)}"
            if change.conflict:
                line += "  [CONFLICT with a local change]"
            found = suspicion(change.column, change.old, change.new)
            if found is not None:
                suspicious += 1
                line += f"  [CHECK: {english(found)}]"
            lines.append(line)
    return lines, suspicious


def preview_lines(plan: ImportPlan) -> list[str]:
    """The whole preview of *plan*, a line each."""
    lines = _header(plan)
    changes, suspicious = _changes(plan)
    lines += changes
    if suspicious:
        lines.append(f"warning: {english(message(SUMMARY, count=suspicious))}")
    conflicts = plan.preview.conflicts()
    if conflicts:
        lines.append(f"{len(conflicts)} conflict(s) with local changes:")
        lines += [
            f"  {row.table} {row.key_text} {change.column}: mine {_value(change.old)}"
            f" / incoming {_value(change.new)}"
            for row, change in conflicts
        ]
    return lines


def show_preview(ctx: CliContext, plan: ImportPlan, preview_file: Path | None = None) -> None:
    """Print the preview; into *preview_file* (a path) when given, through the pager when
    long on a terminal."""
    lines = preview_lines(plan)
    if preview_file is not None:
        text = "\n".join(lines) + "\n"
        try:
            write_atomically(preview_file, text.encode("utf-8"))
        except OSError as error:
            raise translated_os_error(error, preview_file, UsageError) from error
        for line in _header(plan):
            ctx.print(line)
        ctx.print(f"the whole preview ({len(lines)} lines) is in {preview_file}")
        return
    if len(lines) > SCREEN_LINES and ctx.out.isatty():
        pydoc.pager("\n".join(lines))
        return
    for line in lines:
        ctx.print(line)
