"""The customer's signatories and seals (issue 20): the dialogs opened from a dossier's "Signatories & seals" tab, the
way the clerk opens them, on the demo customer's signatories with their specimen pictures."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.tour.registry import Tour, opens
from ui.customers import EndAuthorityDialog, SealSpecimenDialog, SignatoryDialog, SpecimensSection
from ui.dossier.view import DossierPage


def _section(tour: Tour) -> SpecimensSection:
    """The "Signatories & seals" tab of the demo dossier with the most documents, shown, its first signatory chosen."""
    page = tour.main().open_dossier(tour.dossier_id("live"))
    assert isinstance(page, DossierPage) and page.specimens_section is not None
    section = page.specimens_section
    page.sections.setCurrentWidget(section)
    assert section.signatories.rowCount() > 0, "the demo customer has no authorised signatory"
    section.signatories_table.selectRow(0)
    return section


def _shown(tour: Tour, dialog: QWidget | None) -> QWidget:
    assert dialog is not None
    tour.qtbot.addWidget(dialog)
    tour.qtbot.waitExposed(dialog)
    return dialog


@opens(SignatoryDialog)
def _signatory(tour: Tour, cls: type[QWidget]) -> QWidget:
    # An existing signatory: the masked ID number and the signature on record as a picture.
    return _shown(tour, _section(tour).edit_signatory())


@opens(EndAuthorityDialog)
def _end(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _section(tour).end_authority())


@opens(SealSpecimenDialog)
def _seal(tour: Tour, cls: type[QWidget]) -> QWidget:
    return _shown(tour, _section(tour).add_seal())
