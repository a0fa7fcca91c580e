"""The archive settings (全宗 and 档号): who keeps the record, and how a bound dossier's number is composed.

全宗 (fonds) is the record-keeping organisation — the management company or its customer-services department —
not the building. The settings live in the database (``setting`` table) so every desk and the command line
compose the same 档号. Until the manager has filled them in, ``configured`` is False and the defaults below
apply (the first archiving asks for them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.desk import Work
from app.settings import stored
from db.models import Building

FONDS_NAME = "archive.fonds_name"
FONDS_CODE = "archive.fonds_code"
CATALOGUE_NO = "archive.catalogue_no"
CODE_PATTERN = "archive.code_pattern"
RETENTION_CODE_PREFIX = "archive.retention_code."  # + permanent / 30y / 10y

# GB/T 9705 / DA/T 22 practice: 全宗号-年度-保管期限代码-案卷号, e.g. X01-2025-D30-0013.
DEFAULT_CODE_PATTERN = "{全宗号}-{年度}-{保管期限}-{案卷号:04}"
DEFAULT_FONDS_CODE = "X01"
DEFAULT_CATALOGUE_NO = "1"
# 保管期限代码 (DA/T 22): 永久 Y, 定期30年 D30, 定期10年 D10.
DEFAULT_RETENTION_CODES = {"permanent": "Y", "30y": "D30", "10y": "D10"}


@dataclass(frozen=True)
class ArchiveSettings:
    fonds_name: str  # 全宗名称: the organisation that keeps the record
    fonds_code: str  # 全宗号
    catalogue_no: str  # 目录号
    code_pattern: str  # how a 档号 is composed
    retention_codes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_RETENTION_CODES))
    configured: bool = False  # the manager has saved them at least once


def default_fonds_name(work: Work) -> str:
    """The building's management office, until the manager names the organisation."""
    name = work.session.scalar(select(Building.name).order_by(Building.id).limit(1))
    return f"{name}物业服务中心" if name else "物业服务中心"


def archive_settings(work: Work) -> ArchiveSettings:
    """The archive settings as saved, each missing one by its default."""
    work.require_read()
    name = stored(work, FONDS_NAME)
    codes = {
        retention: stored(work, RETENTION_CODE_PREFIX + retention) or default
        for retention, default in DEFAULT_RETENTION_CODES.items()
    }
    return ArchiveSettings(
        fonds_name=name or default_fonds_name(work),
        fonds_code=stored(work, FONDS_CODE) or DEFAULT_FONDS_CODE,
        catalogue_no=stored(work, CATALOGUE_NO) or DEFAULT_CATALOGUE_NO,
        code_pattern=stored(work, CODE_PATTERN) or DEFAULT_CODE_PATTERN,
        retention_codes=codes,
        configured=name is not None,
    )
