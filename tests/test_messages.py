"""Errors and problems are data: every code declared once with its template, every use of
a code gives the values its template names, and both edges word them."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Any

from fwgdesk.domain.codes import NOT_AN_EMAIL
from fwgdesk.domain.errors import UsageError, ValidationError
from fwgdesk.domain.messages import REGISTRY, Message, MessageCode, message
from fwgdesk.domain.wording import Lines, Words, english, word
from fwgdesk.services.codes import UNKNOWN_STATE

PACKAGE = Path(__file__).resolve().parents[1] / "fwgdesk"
# parameters that errors take besides their template's (kept on the error for the window)
EXTRA = {"current", "database_file", "good_backup"}


def _codes_modules() -> dict[str, dict[str, MessageCode]]:
    """Every codes module, by its dotted name: its codes by name."""
    found: dict[str, dict[str, MessageCode]] = {}
    for path in sorted(PACKAGE.rglob("*codes.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        module = importlib.import_module(name)
        found[name] = {k: v for k, v in vars(module).items() if isinstance(v, MessageCode)}
    return found


def _names_in(tree: ast.Module, modules: dict[str, dict[str, MessageCode]]) -> dict[str, Any]:
    """What the names of a file mean: a codes module (``codes.X``), or a code."""
    names: dict[str, Any] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        for alias in node.names:
            local = alias.asname or alias.name
            if f"{node.module}.{alias.name}" in modules:
                names[local] = modules[f"{node.module}.{alias.name}"]
            elif node.module in modules and alias.name in modules[node.module]:
                names[local] = modules[node.module][alias.name]
    return names


def _code_of(node: ast.expr, names: dict[str, Any]) -> MessageCode | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        module = names.get(node.value.id)
        return module.get(node.attr) if isinstance(module, dict) else None
    if isinstance(node, ast.Name):
        found = names.get(node.id)
        return found if isinstance(found, MessageCode) else None
    return None


def _makes_a_message(call: ast.Call) -> bool:
    """An error, a message or a problem made from a code and its values."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name in ("Message", "message", "of", "reject") or name.endswith("Error")


def _uses() -> list[tuple[str, MessageCode, set[str]]]:
    """(place, code, keywords) of every call that passes a code and keywords."""
    modules = _codes_modules()
    uses = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _names_in(tree, modules)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or any(k.arg is None for k in call.keywords):
                continue
            if not _makes_a_message(call):
                continue  # a helper that is given a code: it supplies the values
            for position, argument in enumerate(call.args[:2]):
                code = _code_of(argument, names)
                if code is None:
                    continue
                given = {k.arg for k in call.keywords if k.arg}
                rest = call.args[position + 1 :]
                if rest and not isinstance(rest[0], ast.Dict):
                    break  # values passed as a variable: checked when the message is made
                for values in rest[:1]:
                    assert isinstance(values, ast.Dict)
                    given |= {k.value for k in values.keys if isinstance(k, ast.Constant)}
                place = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
                uses.append((place, code, given))
                break
    return uses


def test_every_code_is_used_with_the_values_its_template_names() -> None:
    declared = [c for codes in _codes_modules().values() for c in codes.values()]
    assert set(declared) == set(REGISTRY.values()), "a code outside the codes modules"
    uses = _uses()
    assert len(uses) > 300, f"only {len(uses)} uses found: the search is broken"
    wrong = [
        f"{place}: {code.key} wants {sorted(code.placeholders)}, given {sorted(given)}"
        for place, code, given in uses
        if (given - EXTRA) != code.placeholders
    ]
    assert wrong == [], "\n".join(wrong)


def test_a_message_without_its_values_is_a_programming_error() -> None:
    try:
        Message(UNKNOWN_STATE, {})
    except TypeError as error:
        assert "iso3" in str(error), str(error)
    else:
        raise AssertionError("a message without its values was accepted")


class _Shouting(Words):
    """An edge of its own: every template marked, fields in brackets."""

    def template(self, code: MessageCode, number: int | None) -> str:
        return "» " + code.english_for(number)

    def field(self, name: str) -> str:
        return f"[{name}]"


def test_the_edges_word_the_same_data_their_way() -> None:
    error = UsageError(UNKNOWN_STATE, iso3="XXX")
    assert english(error) == "unknown State 'XXX'", english(error)
    assert word(error, _Shouting()) == "» unknown State 'XXX'", "the edge's template not used"
    invalid = ValidationError({"email": message(NOT_AN_EMAIL, value="a-at-b")})
    assert word(invalid, _Shouting()) == "» [email]: » 'a-at-b' is not an e-mail address"
    nested = Message(UNKNOWN_STATE, {"iso3": Lines(["A", "B"])})
    assert english(nested) == "unknown State 'A\nB'", "lines are not one a line"


def test_no_code_reads_the_wording_of_an_error() -> None:
    readers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("in str(error", "in str(exc", "str(error).", ".message ==", "in english("):
            if needle in text:
                readers.append(f"{path.relative_to(PACKAGE.parent)}: {needle}")
    assert readers == [], f"decisions taken on wording: {readers}"
