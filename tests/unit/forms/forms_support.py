"""Helpers for the forms tests: a sample value for every field type, a tenant, reading a printed form back."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path
from typing import Any

from app.desk import Actor, Desk
from app.forms import FieldDef, FormDef
from tests.unit.fees.fees_support import tenant

SAMPLE_ID = "110101199003071234"


def sample(field: FieldDef, n: int) -> Any:
    """A value a person could type into ``field`` (the ``n``-th of its form: values differ from field to field)."""
    if field.type == "text":
        return f"样{n}号"
    if field.type == "long_text":
        return f"第{n}项的说明文字"
    if field.type == "date":
        return f"2026-03-{n % 27 + 1:02d}"
    if field.type == "number":
        return str(10 + n) if field.whole else f"{100 + n}.5"
    if field.type == "money":
        return f"{1200 + n}.50"
    if field.type == "choice":
        return field.choices[n % len(field.choices)].value
    if field.type == "yes_no":
        return True
    if field.type == "id_number":
        return SAMPLE_ID
    if field.type == "table":
        return [{c.key: sample(c, n + m) for m, c in enumerate(field.columns)} for n in (1, 2)]
    raise AssertionError(field.type)


def filled(form: FormDef) -> dict[str, Any]:
    return {f.key: sample(f, n) for n, f in enumerate(form.fields, start=1)}


def moved_in(desk: Desk, clerk: Actor, name: str = "宏图科技有限公司", unit: str = "101") -> int:
    return tenant(desk, clerk, name, [unit], dt.date(2026, 1, 5))


def pdf_text(pdf: Path) -> str:
    """The printed text with every space and line break taken out (a value may wrap inside its box)."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return re.sub(r"\s+", "", out.stdout)


def embeds_cjk_font(pdf: Path) -> bool:
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    return bool(rows) and all(row[-5] == "yes" for row in rows) and any("WenQuanYi" in row[0] for row in rows)


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)
