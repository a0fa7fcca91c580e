"""The permission table is obeyed by every app function that changes the record, for every role.

The functions are found by reading app/'s source, not from a list kept by hand: a function writes if it adds,
deletes or changes a record through the session, appends to the audit log, or calls a function that does. Every
public one must ask ``work.require(Action.…)`` for an action the table knows; then each is called as each role
and must refuse exactly the roles the table leaves out — before it reads its arguments, so a refusal can never
follow half an action. A new writing function without a permission check fails here.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import app
from app.desk import Actor, Desk
from app.errors import PermissionDenied
from app.permissions import PERMISSIONS, Action, Role
from db.models import Base
from tests.conftest import PASSWORD, add_users
from tests.postgres.server_desk import USERS, with_users
from tests.server_templates import ServerTemplates
from tests.unit.unit_support import FILE, SERVER, record_hash

# Not rooms of the record: the command line and the demo call the app functions tested here.
SKIPPED_MODULES = ("app.cli", "app.demo", "app.__main__")
# The way in: nobody is logged in yet when the first administrator is made or a password is checked (the
# log-in itself records and counts attempts), and a restore proves an administrator of the backup by password.
WAYS_IN = {"create_first_admin", "log_in", "restore"}
# Helpers a room calls after its own work.require (app.settings.store and forget keep a shared setting for the room that
# owns it): not checked themselves, but every function calling them is found as a writer and checked.
ON_BEHALF = {"store", "forget"}
SESSION_WRITES = {"add", "add_all", "delete", "merge"}
SQL_WRITES = {"update", "insert", "delete"}
# Setting one of these on a loaded object changes a record (`dossier.status = …`); a printout's `table.hAlign = …`
# does not. Every mapped column's name, from the models themselves.
COLUMNS = {column.key for mapper in Base.registry.mappers for column in mapper.column_attrs}


@dataclass(frozen=True)
class Found:
    module: str
    name: str
    node: ast.FunctionDef
    takes: str  # "work" or "desk": what the function is given to act in

    @property
    def qualified(self) -> str:
        return f"{self.module}.{self.name}"


def _modules() -> Iterator[tuple[str, ast.Module]]:
    root = Path(app.__file__).parent
    for info in pkgutil.walk_packages([str(root)], prefix="app."):
        if info.name.startswith(SKIPPED_MODULES):
            continue
        spec = importlib.util.find_spec(info.name)
        assert spec is not None and spec.origin is not None
        yield info.name, ast.parse(Path(spec.origin).read_text(encoding="utf-8"))


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _writes_directly(function: ast.FunctionDef) -> bool:
    locals_ = {a.arg for a in function.args.args + function.args.kwonlyargs}
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            called = _dotted(node.func)
            if called.endswith("session." + called.rsplit(".", 1)[-1]) and called.rsplit(".", 1)[-1] in SESSION_WRITES:
                return True
            if called == "work.log":
                return True
            if called.endswith("session.execute") and node.args:
                inner = node.args[0]
                while isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute):
                    inner = inner.func.value  # update(X).where(...).values(...) → update(X)
                if isinstance(inner, ast.Call) and _dotted(inner.func) in SQL_WRITES:
                    return True
        if isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                # A record's column set: `dossier.status = …` on a loaded object (not `self`, not a parameter
                # that is a plain value holder like `work.now`).
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name | ast.Attribute)
                    and target.attr in COLUMNS
                ):
                    owner = _dotted(target.value)
                    if owner not in ("self", "work") and not owner.startswith("work.") and owner not in locals_:
                        return True
    return False


def _calls(function: ast.FunctionDef) -> set[str]:
    names = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                names.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                names.add(node.func.attr)
    return names


def _takes(function: ast.FunctionDef) -> str | None:
    names = [a.arg for a in function.args.args + function.args.kwonlyargs]
    for wanted in ("work", "desk"):
        if wanted in names:
            return wanted
    return None


def writing_functions() -> list[Found]:
    """Every public module-level function of app/ that changes the record, directly or through a helper."""
    functions: dict[str, list[tuple[str, ast.FunctionDef]]] = {}
    for module, tree in _modules():
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                functions.setdefault(node.name, []).append((module, node))
    writes = {name for name, defs in functions.items() if any(_writes_directly(f) for _, f in defs)}
    changed = True
    while changed:  # through helpers, by name (the rooms' helpers have distinct names; a clash only adds)
        changed = False
        for name, defs in functions.items():
            if name not in writes and any(_calls(f) & writes for _, f in defs):
                writes.add(name)
                changed = True
    found = []
    for name in sorted(writes):
        for module, node in functions[name]:
            takes = _takes(node)
            if not name.startswith("_") and name not in ON_BEHALF and takes is not None:
                found.append(Found(module, name, node, takes))
    return found


def required_actions(function: ast.FunctionDef) -> list[Action]:
    actions = []
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and _dotted(node.func) in ("work.require", "self.require"):
            argument = node.args[0] if node.args else None
            if isinstance(argument, ast.Attribute) and _dotted(argument.value) == "Action":
                actions.append(Action[argument.attr])
    return actions


def first_statement_requires(function: ast.FunctionDef) -> Action | None:
    """The action asked for by the function's first statement (after its docstring), if it asks there."""
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    first = body[0]
    call = first.value if isinstance(first, ast.Assign | ast.Expr) else None
    if isinstance(call, ast.Call) and _dotted(call.func) == "work.require":
        argument = call.args[0]
        if isinstance(argument, ast.Attribute):
            return Action[argument.attr]
    return None


WRITERS = writing_functions()
ACTING_IN_WORK = [f for f in WRITERS if f.takes == "work" and f.name not in WAYS_IN]


def test_the_search_finds_the_known_writers() -> None:
    """The inspection is not blind: functions known to write are among those found."""
    names = {f.name for f in WRITERS}
    for known in ("move_in", "move_out", "add_document", "create_building", "bind_dossier", "back_up", "decide"):
        assert known in names, f"{known} was not recognised as writing"
    for reader in ("list_users", "pending_approvals", "quick_find"):
        assert reader not in names, f"{reader} only reads"


def test_every_action_has_an_entry_in_the_table() -> None:
    assert set(PERMISSIONS) == set(Action)
    for action, roles in PERMISSIONS.items():
        assert roles, f"{action} is allowed to nobody"


@pytest.mark.parametrize("found", [f for f in WRITERS if f.name not in WAYS_IN], ids=lambda f: f.qualified)
def test_every_writing_function_asks_the_permission_table(found: Found) -> None:
    actions = required_actions(found.node)
    assert actions, f"{found.qualified} changes the record without work.require(Action.…)"
    assert set(actions) <= set(PERMISSIONS)


@pytest.mark.parametrize("found", ACTING_IN_WORK, ids=lambda f: f.qualified)
def test_the_permission_is_asked_before_anything_else(found: Found) -> None:
    """First, so a refused role never gets as far as reading or writing anything."""
    assert first_statement_requires(found.node) is not None, f"{found.qualified}: work.require(…) must come first"


def _function(found: Found) -> Callable[..., Any]:
    return getattr(importlib.import_module(found.module), found.name)


def _dummy_arguments(function: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    """None for every argument after ``work`` that has no default: the permission check comes before any use."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    parameters = list(inspect.signature(function).parameters.values())[1:]
    for p in parameters:
        if p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.kind == p.KEYWORD_ONLY:
            keywords[p.name] = None
        else:
            positional.append(None)
    return positional, keywords


class KeptNothing(Exception):
    """Ends a call's unit of work in a rollback: the desk of every role is shared by the module's tests."""


@pytest.fixture(scope="module", params=[FILE, SERVER])
def desk_of_every_role(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[Desk, dict[Role, Actor]]]:
    """One desk for the module with a user of every role (logins named for their roles): a file, or a database on
    the test server copied from this process's template with its users. Every call below ends in an exception inside
    its unit of work (refused, failing on its dummy arguments, or ``KeptNothing``), which is rolled back: nothing is
    kept for the next test on either, which the teardown checks (calls that succeeded on None kept settings before)."""
    from app.people import users

    url = None
    if request.param == SERVER:
        templates: ServerTemplates = request.getfixturevalue("server_templates")
        url = templates.copy(USERS, with_users)
        desk = Desk.open(url)
    else:
        desk = Desk.create(tmp_path_factory.mktemp("roles") / "roles.db")
        add_users(desk)
    actors = {role: users.log_in(desk, role.value, PASSWORD) for role in Role}
    before = record_hash(desk)
    yield desk, actors
    leaked = record_hash(desk) != before  # a call let through that kept a change would mislead the tests after it
    desk.close()
    if url is not None:
        templates.drop(url)
    assert not leaked, "a call on the shared desk kept a change"


@pytest.mark.parametrize("role", list(Role), ids=str)
@pytest.mark.parametrize("found", ACTING_IN_WORK, ids=lambda f: f.qualified)
def test_each_role_is_refused_or_let_through_as_the_table_says(
    found: Found, role: Role, desk_of_every_role: tuple[Desk, dict[Role, Actor]]
) -> None:
    desk, actors = desk_of_every_role
    action = first_statement_requires(found.node)
    assert action is not None
    function = _function(found)
    positional, keywords = _dummy_arguments(function)
    refused = False
    try:
        with desk.work(actors[role]) as work:
            function(work, *positional, **keywords)
            raise KeptNothing  # a call let through that succeeds on its dummy arguments: its unit of work rolled back
    except PermissionDenied:
        refused = True
    except Exception:  # let through the check: the dummy arguments are what fails next
        refused = False
    assert refused == (role not in PERMISSIONS[action]), (
        f"{found.qualified} as {role}: {'refused' if refused else 'let through'}, the table says {action}"
    )


@pytest.mark.parametrize("found", ACTING_IN_WORK, ids=lambda f: f.qualified)
def test_nobody_logged_in_is_refused(found: Found, desk_of_every_role: tuple[Desk, dict[Role, Actor]]) -> None:
    desk, _actors = desk_of_every_role
    function = _function(found)
    positional, keywords = _dummy_arguments(function)
    with pytest.raises(PermissionDenied), desk.work(None) as work:
        function(work, *positional, **keywords)


@pytest.mark.parametrize(
    ("source", "writes", "asks"),
    [
        ("def sneaky(work):\n    work.session.add(Dossier())\n", True, False),
        ("def sneaky(work, id):\n    d = work.session.get(Dossier, id)\n    d.status = 'live'\n", True, False),
        ("def sneaky(work):\n    work.session.execute(update(Dossier).values(status='live'))\n", True, False),
        ("def honest(work):\n    work.require(Action.MOVE_OUT)\n    work.log(None, 'x', 1, 'y', {})\n", True, True),
        ("def reader(work):\n    work.require_read()\n    table.hAlign = 'LEFT'\n", False, False),
    ],
)
def test_the_inspection_sees_a_planted_writer(source: str, writes: bool, asks: bool) -> None:
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    assert _writes_directly(function) == writes
    assert bool(required_actions(function)) == asks
