"""The item models checked by Qt's own model tester."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from app import buildings, dossiers
from app.desk import Desk
from ui.dossier_view import ContactsModel, DocumentsModel
from ui.floor_view import UnitCardModel

pytestmark = pytest.mark.qt


def _dossier(desk: Desk) -> dossiers.DossierView:
    with desk.work(None) as work:
        building = buildings.list_buildings(work)[0]
        cards = buildings.unit_cards(work, building_id=building.id)
        dossier_id = next(c.dossier_id for c in cards if c.dossier_id is not None)
        return dossiers.read_dossier(work, dossier_id)


def test_unit_card_model(qtmodeltester: ModelTester, demo_desk: Desk) -> None:
    with demo_desk.work(None) as work:
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
