"""lupdate finds a string only in ``tr("…")``, ``translate("Context", "…")`` or ``QT_TRANSLATE_NOOP(…)``: a helper
that passes its argument on to ``translate`` hides every literal it is called with, and those strings then show in
English in the Chinese window while the translation test passes. This finds such helpers and their literal calls."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _wrappers(tree: ast.Module) -> set[str]:
    """Functions that hand one of their parameters to translate()/tr() as the text."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.args):
                continue
            args = call.args
            if call.func.attr == "translate" and not (
                len(args) > 1 and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)
            ):
                continue  # not Qt's translate(context, text): e.g. a canvas moved by translate(x, y)
            text = args[0] if call.func.attr == "tr" else args[1] if call.func.attr == "translate" else None
            if isinstance(text, ast.Name) and text.id in params:
                found.add(node.name)
    return found


def test_no_literal_goes_through_a_helper_lupdate_cannot_see() -> None:
    hidden: list[str] = []
    for path in sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "app").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _wrappers(tree)
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in wrappers
                and any(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args)
            ):
                hidden.append(f"{path.relative_to(ROOT)}:{call.lineno} {call.func.id}(…)")
    assert hidden == []
