"""Finding every user-facing string of the window in the source, by context.

Understood forms: ``self.tr("text")`` (context: the enclosing class), ``X.translate(
"Context", "text")``, a module-level helper ``def _t(text): return ...translate("ctx",
text)`` called as ``_t("text")``, and a class's ``HEADERS = ("...", ...)`` tuple
(context: the class, as its ``headerData`` translates them). Used to keep the
translation files complete; run as ``python -m fwgdesk.ui.tr_strings`` to print them.
"""

from __future__ import annotations

import ast
import json
import sys
from collections import defaultdict
from pathlib import Path

UI_ROOT = Path(__file__).resolve().parent


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(tree: ast.Module) -> str | None:
    """The context of a module's ``_t`` helper, if it has one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args and _literal(call.args[0]):
                    return _literal(call.args[0])
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, helper_context: str | None) -> None:
        self.found: dict[str, set[str]] = defaultdict(set)
        self._classes: list[str] = []
        self._helper = helper_context

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
        elif isinstance(func, ast.Name) and func.id == "_t" and self._helper and node.args:
            text = _literal(node.args[0])
            if text:
                self.found[self._helper].add(text)
        self.generic_visit(node)


def collect(root: Path = UI_ROOT) -> dict[str, list[str]]:
    """``{context: [source texts]}`` of every Python file under *root*."""
    merged: dict[str, set[str]] = defaultdict(set)
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        collector = _Collector(_helper_context(tree))
        collector.visit(tree)
        for context, texts in collector.found.items():
            merged[context] |= texts
    return {context: sorted(texts) for context, texts in sorted(merged.items())}


if __name__ == "__main__":
    json.dump(collect(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
