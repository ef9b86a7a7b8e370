"""Finding every user-facing string of the window in the source, by context.

Understood forms: ``self.tr("text")`` (context: the enclosing class), ``X.translate(
"Context", "text")`` and an alias of it (``tr = QCoreApplication.translate``), a helper
``def _t(text): return ...translate("ctx", text)`` called as ``_t("text")``, a class's
``HEADERS = ("...", ...)`` tuple and the headers of its ``COLUMNS = (Column("...", ...),
...)`` (context: the class, as ``headerData`` translates them), and the templates of the
message codes (context ``messages``). Used to keep the translation files complete; run as
``python -m fwgdesk.ui.tr_strings`` to print them.
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
from collections import defaultdict
from pathlib import Path

from fwgdesk.domain.messages import REGISTRY
from fwgdesk.ui.wording import MESSAGES_CONTEXT

UI_ROOT = Path(__file__).resolve().parent


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Functions that wrap ``translate("context", text)``: name -> context."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        parameter = node.args.args[0].arg
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and _literal(call.args[0])
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == parameter
            ):
                found[node.name] = str(_literal(call.args[0]))
    return found


def _aliases(tree: ast.Module) -> set[str]:
    """Names bound to a ``translate`` method, as in ``tr = QCoreApplication.translate``."""
    names: set[str] = set()
    for node in ast.walk(tree):
        is_alias = (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "translate"
        )
        if is_alias:
            assert isinstance(node, ast.Assign)
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _column_headers(columns: ast.Tuple) -> list[str]:
    """The headers of a ``COLUMNS = (Column("header", ...), ...)`` declaration."""
    found = []
    for element in columns.elts:
        if isinstance(element, ast.Call) and element.args:
            text = _literal(element.args[0])
            if text:
                found.append(text)
    return found


class _Collector(ast.NodeVisitor):
    def __init__(self, helpers: dict[str, str], aliases: set[str]) -> None:
        self.found: dict[str, set[str]] = defaultdict(set)
        self._classes: list[str] = []
        self._helpers = helpers
        self._aliases = aliases

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign | ast.Assign):
                targets = (
                    [statement.target]
                    if isinstance(statement, ast.AnnAssign)
                    else statement.targets
                )
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if "HEADERS" in names and isinstance(statement.value, ast.Tuple):
                    for element in statement.value.elts:
                        text = _literal(element)
                        if text:
                            self.found[node.name].add(text)
                if "COLUMNS" in names and isinstance(statement.value, ast.Tuple):
                    self.found[node.name].update(_column_headers(statement.value))
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and self._classes:
            text = _literal(node.args[0])
            if text:
                self.found[self._classes[-1]].add(text)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context and text:
                self.found[context].add(text)
        elif isinstance(func, ast.Name) and func.id in self._helpers and node.args:
            text = _literal(node.args[0])
            if text:
                self.found[self._helpers[func.id]].add(text)
        elif isinstance(func, ast.Name) and func.id in self._aliases and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context and text:
                self.found[context].add(text)
        self.generic_visit(node)


def message_templates() -> list[str]:
    """The English template of every message code, from each layer's ``codes`` module:
    the window translates them in the context ``messages``."""
    package = UI_ROOT.parent
    for path in sorted(package.rglob("*codes.py")):
        relative = path.relative_to(package.parent).with_suffix("")
        importlib.import_module(".".join(relative.parts))
    return sorted({code.english for code in REGISTRY.values()})


def collect(root: Path = UI_ROOT) -> dict[str, list[str]]:
    """``{context: [source texts]}`` of every Python file under *root*, and the message
    templates."""
    merged: dict[str, set[str]] = defaultdict(set)
    merged[MESSAGES_CONTEXT] |= set(message_templates())
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        collector = _Collector(_helpers(tree), _aliases(tree))
        collector.visit(tree)
        for context, texts in collector.found.items():
            merged[context] |= texts
    return {context: sorted(texts) for context, texts in sorted(merged.items())}


if __name__ == "__main__":
    json.dump(collect(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
