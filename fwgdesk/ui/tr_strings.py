"""Finding every user-facing string of the window in the source, by context.

Understood forms: ``self.tr("text")`` (context: the enclosing class), ``X.translate(
"Context", "text")`` and an alias of it (``tr = QCoreApplication.translate``), a helper
``def _t(text): return ...translate("ctx", text)`` called as ``_t("text")``, a class's
``HEADERS = ("...", ...)`` tuple and the headers of its ``COLUMNS = (Column("...", ...),
...)`` (context: the class, as ``headerData`` translates them), and the templates of the
message codes (context ``messages``). A call that passes a count (``self.tr(text, "", n)``,
``translate(context, text, None, n)``) and a message code that declares one make a counted
(numerus) string, translated in every plural form of each language.

``python -m fwgdesk.ui.tr_strings`` prints them; ``--update`` brings every
``resources/translations/<lang>.ts`` up to date with the code: a new string is added
unfinished (to translate in Qt Linguist or any tool that reads ``.ts`` files), a string the
code dropped is removed.
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

from fwgdesk.domain.messages import REGISTRY, MessageCode
from fwgdesk.paths import resources_dir
from fwgdesk.ui.ts_files import PLURAL_FORMS, read_ts, updated, write_ts
from fwgdesk.ui.wording import MESSAGES_CONTEXT

UI_ROOT = Path(__file__).resolve().parent


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Functions that wrap ``translate("context", text)`` (and ``translate("context",
    text, None, count)`` with the count as second parameter): name -> context."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) not in (1, 2):
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
        self.numerus: set[tuple[str, str]] = set()
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
        found: tuple[str | None, str | None, int] = (None, None, 0)
        if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and self._classes:
            found = (self._classes[-1], _literal(node.args[0]), 2)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            found = (_literal(node.args[0]), _literal(node.args[1]), 3)
        elif isinstance(func, ast.Name) and func.id in self._helpers and node.args:
            found = (self._helpers[func.id], _literal(node.args[0]), 1)
        elif isinstance(func, ast.Name) and func.id in self._aliases and len(node.args) >= 2:
            found = (_literal(node.args[0]), _literal(node.args[1]), 3)
        context, text, count_at = found
        if context and text:
            self.found[context].add(text)
            if len(node.args) > count_at or any(k.arg == "n" for k in node.keywords):
                self.numerus.add((context, text))
        self.generic_visit(node)


def message_codes() -> list[MessageCode]:
    """Every message code, from each layer's ``codes`` module: the window translates their
    English templates in the context ``messages``."""
    package = UI_ROOT.parent
    for path in sorted(package.rglob("*codes.py")):
        relative = path.relative_to(package.parent).with_suffix("")
        importlib.import_module(".".join(relative.parts))
    return list(REGISTRY.values())


def message_templates() -> list[str]:
    return sorted({code.english for code in message_codes()})


@cache
def _scan(root: Path) -> tuple[dict[str, list[str]], frozenset[tuple[str, str]]]:
    merged: dict[str, set[str]] = defaultdict(set)
    numerus: set[tuple[str, str]] = set()
    for code in message_codes():
        merged[MESSAGES_CONTEXT].add(code.english)
        if code.count:
            numerus.add((MESSAGES_CONTEXT, code.english))
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        collector = _Collector(_helpers(tree), _aliases(tree))
        collector.visit(tree)
        for context, texts in collector.found.items():
            merged[context] |= texts
        numerus |= collector.numerus
    found = {context: sorted(texts) for context, texts in sorted(merged.items())}
    return found, frozenset(numerus)


def collect(root: Path = UI_ROOT) -> dict[str, list[str]]:
    """``{context: [source texts]}`` of every Python file under *root*, and the message
    templates."""
    return _scan(root)[0]


def counted(root: Path = UI_ROOT) -> frozenset[tuple[str, str]]:
    """The ``(context, source text)`` of every string that carries a count."""
    return _scan(root)[1]


def update_translations(folder: Path | None = None) -> None:
    """Bring each language's ``.ts`` file up to date with the code."""
    folder = folder or resources_dir() / "translations"
    for language in PLURAL_FORMS:
        path = folder / f"{language}.ts"
        catalogue = read_ts(path)[1] if path.exists() else {}
        strings = collect()
        if language == "en":  # English needs only the forms of counted strings
            strings = {c: [t for t in texts if (c, t) in counted()] for c, texts in strings.items()}
        write_ts(path, language, updated(catalogue, strings, set(counted())))


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        update_translations()
    else:
        json.dump(collect(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
