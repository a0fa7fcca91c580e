"""The item models checked by Qt's own model tester."""

from __future__ import annotations

import re

import pytest
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from app.building import buildings
from app.desk import Desk
from app.dossier import dossiers
from db.models import Dossier
from ui.building.floor_view import UnitCardModel
from ui.dossier.models import history_action, history_details
from ui.dossier.view import ContactsModel, DocumentsModel

pytestmark = pytest.mark.qt


def _dossier(desk: Desk) -> dossiers.DossierView:
    with desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        cards = buildings.unit_cards(work, building_id=building.id)
        dossier_id = next(c.dossier_id for c in cards if c.dossier_id is not None)
        return dossiers.read_dossier(work, dossier_id)


def test_unit_card_model(qtmodeltester: ModelTester, demo_desk: Desk) -> None:
    with demo_desk.read(None) as work:
        building = buildings.list_buildings(work)[0]
        floor = buildings.list_floors(work, building.id)[0]
        model = UnitCardModel(floor)
        qtmodeltester.check(model)
        model.set_cards(buildings.unit_cards(work, floor_id=floor.id))
    assert model.rowCount() == floor.unit_count
    qtmodeltester.check(model)
    model.update_cards([model.card(0)])
    qtmodeltester.check(model)


def test_documents_model(qtmodeltester: ModelTester, demo_desk: Desk) -> None:
    view = _dossier(demo_desk)
    model = DocumentsModel()
    model.set_rows(view.documents)
    qtmodeltester.check(model)
    assert [model.row(r) for r in range(model.rowCount())] == list(view.documents)  # the app's order, untouched


def test_contacts_model(qtmodeltester: ModelTester, demo_desk: Desk) -> None:
    model = ContactsModel()
    model.set_rows(_dossier(demo_desk).contacts)
    qtmodeltester.check(model)


def test_every_history_line_of_the_demo_reads_in_words(demo_desk: Desk) -> None:
    """No "entity: action" codes and no raw keys like file_number in any dossier's History tab."""
    with demo_desk.read(None) as work:
        ids = work.session.scalars(select(Dossier.id)).all()
        lines = [line for i in ids for line in dossiers.dossier_history(work, i)]
    assert {(line.entity, line.action) for line in lines} >= {("dossier", "bind"), ("dossier", "archive")}
    for line in lines:
        what, details = history_action(line), history_details(line)
        assert f"{line.entity}: {line.action}" != what, what
        assert not re.search(r"\b[a-z]+_[a-z_]+\b|\b30y\b|\brefunded\b|\bretained\b", details), details
