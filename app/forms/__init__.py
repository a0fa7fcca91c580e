"""The forms room (issue 16): the 18 registration forms of R12 (qms-pm-31301…31318) defined as data in
resources/forms, filled in and saved (filed in the dossier, writing the fact another register keeps), each form
type's register, and the one printed layout every form is printed with, filled in or blank.

Other rooms and the window use it through these names only (pyproject's protected contract).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.forms.definitions import (
    FIELD_TYPES,
    Choice,
    DefinitionError,
    FieldDef,
    FormDef,
    form_definition,
    form_definitions,
    load_definitions,
)
from app.forms.records import (
    FormFilter,
    FormInfo,
    FormInput,
    FormRow,
    FormTotals,
    form_register,
    form_totals,
    read_form,
    record_form,
    update_form,
)
from app.forms.values import FormFieldError, check_values, value_text
from app.lazy import loaded_when_asked

if TYPE_CHECKING:  # what type checkers and the import contracts see; at run time these come from __getattr__ below
    from app.forms.printout import print_form

# The printout brings reportlab (~100 ms): loaded when first asked for.
_LOADED_WHEN_ASKED = {"print_form": "app.forms.printout"}
__getattr__ = loaded_when_asked(__name__, _LOADED_WHEN_ASKED)

__all__ = [
    "FIELD_TYPES",
    "Choice",
    "DefinitionError",
    "FieldDef",
    "FormDef",
    "FormFieldError",
    "FormFilter",
    "FormInfo",
    "FormInput",
    "FormRow",
    "FormTotals",
    "check_values",
    "form_definition",
    "form_definitions",
    "form_register",
    "form_totals",
    "load_definitions",
    "print_form",
    "read_form",
    "record_form",
    "update_form",
    "value_text",
]
