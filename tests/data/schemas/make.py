"""Make the small databases of every schema revision in this folder: ``schema-NNNN.db`` and its attachments.

Each file is created by Alembic at exactly that revision (as a program of that version left it), then given
a few rows in every table it has, with plain SQL and the columns of that revision, and its scans are put in
``schema-NNNN.db-attachments``. tests/unit/db/test_schema_files.py upgrades a copy of each to the newest
schema, checks that every row is kept, and runs ``check`` on it.

Run it again after adding a migration (the test fails until there is a file for the new revision):

    .venv/bin/python -m tests.data.schemas.make
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct
import tempfile
import zlib
from contextlib import closing
from pathlib import Path
from typing import Any

from alembic import command
from argon2.low_level import Type, hash_secret

from db import audit_chain, search_index
from db.attachment_store import FolderAttachmentStore, attachments_folder_for
from db.engine import make_engine
from db.pinyin import initials
from db.schema import alembic_config, script_directory

HERE = Path(__file__).resolve().parent
PASSWORD = "correct-horse"  # tests/conftest.py's: the files can be logged into after an upgrade


def database_for(revision: str) -> Path:
    return HERE / f"schema-{revision}.db"


def revisions() -> list[str]:
    """Every revision, oldest first."""
    return [s.revision for s in reversed(list(script_directory().walk_revisions()))]


def _pdf() -> bytes:
    """A one-page PDF as a scanner leaves one, byte for byte the same each run."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _png(width: int = 4, height: int = 3) -> bytes:
    """A small grey PNG, byte for byte the same each run."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


SCANS = {"入住通知书.pdf": _pdf(), "营业执照.png": _png(), "装修方案.pdf": _pdf().replace(b"595 842", b"842 595")}


def _password_hash() -> str:
    salt = b"dossier-desk-old"  # fixed, so the rows come out the same each run
    return hash_secret(
        PASSWORD.encode(), salt, time_cost=1, memory_cost=1024, parallelism=1, hash_len=32, type=Type.ID
    ).decode()


def rows(shas: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table as the newest schema has them; each revision takes the columns it has.

    Parents come before children. Dates and times are written the way SQLAlchemy stores them in SQLite.
    """
    password_hash = _password_hash()
    return {
        "building": [{"id": 1, "name": "老大厦", "address": "中山路1号"}],
        "floor": [
            {"id": 1, "building_id": 1, "level": -1, "label": "B1"},
            {"id": 2, "building_id": 1, "level": 8, "label": "8F"},
        ],
        "unit": [
            {"id": 1, "version": 1, "floor_id": 1, "number": "B101", "area": 35.5, "use": "storage"},
            {"id": 2, "version": 3, "floor_id": 2, "number": "0801", "area": 120.25, "use": "office"},
            {"id": 3, "version": 1, "floor_id": 2, "number": "0802", "area": None, "use": "office"},
        ],
        "customer": [
            {
                "id": 1,
                "version": 2,
                "name": "甲集团有限公司",
                "name_initials": initials("甲集团有限公司"),
                "kind": "company",
                "id_code": "91310000MA1FL0000X",
                "legal_representative": "张三",
                "registered_capital": "1000万",
                "nature": "民营",
                "industry": "软件",
                "address": "上海",
                "phone": "021-1234",
                "email": "a@jia.cn",
                "notes": "老客户",
            },
            {
                "id": 2,
                "version": 1,
                "name": "李四",
                "name_initials": initials("李四"),
                "kind": "person",
                "id_code": "",
                "legal_representative": "",
                "registered_capital": "",
                "nature": "",
                "industry": "",
                "address": "",
                "phone": "",
                "email": "",
                "notes": "",
            },
        ],
        "customer_name": [
            {
                "id": 1,
                "customer_id": 1,
                "name": "甲科技有限公司",
                "initials": initials("甲科技有限公司"),
                "used_until": "2024-03-01",
            }
        ],
        "user": [
            {
                "id": 1,
                "login": "admin",
                "display_name": "管理员",
                "role": "admin",
                "password_hash": password_hash,
                "active": 1,
            },
            {
                "id": 2,
                "login": "clerk",
                "display_name": "王小明",
                "role": "clerk",
                "password_hash": password_hash,
                "active": 1,
                "must_change_password": 1,
                "failed_logins": 2,
                "locked_until": "2026-11-26 09:15:00.000000",
                "version": 3,
            },
            {
                "id": 3,
                "login": "supervisor",
                "display_name": "陈主管",
                "role": "supervisor",
                "password_hash": password_hash,
                "active": 0,
            },
        ],
        "tenancy": [
            {
                "id": 1,
                "version": 1,
                "customer_id": 1,
                "move_in": "2020-01-01",
                "move_out": None,
                "fit_out_until": "2020-03-31",
            },
            {
                "id": 2,
                "version": 2,
                "customer_id": 2,
                "move_in": "2018-05-01",
                "move_out": "2019-12-31",
                "fit_out_until": None,
            },
        ],
        "tenancy_unit": [
            {"id": 1, "tenancy_id": 1, "unit_id": 2, "start_date": "2020-01-01", "end_date": None},
            {"id": 2, "tenancy_id": 1, "unit_id": 3, "start_date": "2020-01-01", "end_date": None},
            {"id": 3, "tenancy_id": 2, "unit_id": 1, "start_date": "2018-05-01", "end_date": "2019-12-31"},
        ],
        "archive_box": [
            {
                "id": 1,
                "version": 1,
                "building_id": 1,
                "floor_id": 1,
                "year": 2019,
                "retention": "30y",
                "sequence": 1,
                "number": "2019-B1-01",
                "spine_mm": 30,
                "capacity_pages": 300,
                "shelf_location": "档案室 A-3",
                "created_at": "2020-01-15 10:00:00.000000",
                "created_by": 3,
            }
        ],
        "dossier": [
            {
                "id": 1,
                "version": 4,
                "number": "1-0801-2020",
                "tenancy_id": 1,
                "unit_id": 2,
                "label_text": "甲集团有限公司",
                "location": "8F柜",
                "status": "live",
                "file_number": None,
                "retention": None,
                "bound_at": None,
                "bound_by": None,
                "box_id": None,
                "box_position": None,
            },
            {
                "id": 2,
                "version": 2,
                "number": "1-B101-2018",
                "tenancy_id": 2,
                "unit_id": 1,
                "label_text": "李四",
                "location": "",
                "status": "archived",
                "file_number": "2019-0001",
                "retention": "30y",
                "bound_at": "2020-01-10 16:30:00.000000",
                "bound_by": 3,
                "box_id": 1,
                "box_position": 1,
            },
        ],
        # Migration 0003 seeds five (ids 1–5); this one is the office's own, switched off.
        "requirement": [
            {
                "id": 6,
                "version": 2,
                "code": "fit_out_permit",
                "title": "装修许可证",
                "category": "fit_out",
                "stage": "move_in",
                "position": 5,
                "active": 0,
            }
        ],
        "document": [
            {
                "id": 1,
                "version": 1,
                "dossier_id": 1,
                "category": "move_in",
                "doc_date": "2020-01-01",
                "title": "入住通知书",
                "reference_no": "甲字1号",
                "issuer": "物业公司",
                "pages": 1,
                "is_original": 1,
                "paper_location": "8F柜第1格",
                "notes": "",
                "recorded_by": 2,
                "recorded_at": "2020-01-02 09:15:00.000000",
                "trashed_at": None,
                "requirement_id": None,
                "item_no": None,
                "page_from": None,
                "page_to": None,
                "supplement": 0,
            },
            {
                "id": 2,
                "version": 2,
                "dossier_id": 1,
                "category": "fit_out",
                "doc_date": "2020-02-01",
                "title": "装修方案",
                "reference_no": "",
                "issuer": "",
                "pages": 0,
                "is_original": 0,
                "paper_location": "",
                "notes": "第二版",
                "recorded_by": 1,
                "recorded_at": "2020-02-03 14:00:00.000000",
                "trashed_at": None,
                "requirement_id": 6,
                "item_no": None,
                "page_from": None,
                "page_to": None,
                "supplement": 0,
            },
            {
                "id": 3,
                "version": 1,
                "dossier_id": 2,
                "category": "move_in",
                "doc_date": "2018-05-01",
                "title": "营业执照副本（复印件）",
                "reference_no": "",
                "issuer": "李四",
                "pages": 1,
                "is_original": 1,
                "paper_location": "",
                "notes": "",
                "recorded_by": 2,
                "recorded_at": "2018-05-02 08:00:00.000000",
                "trashed_at": None,
                "requirement_id": 1,
                "item_no": 1,
                "page_from": 1,
                "page_to": 1,
                "supplement": 0,
            },
            {
                "id": 4,
                "version": 1,
                "dossier_id": 2,
                "category": "correspondence",
                "doc_date": "2019-06-30",
                "title": "退租函",
                "reference_no": "",
                "issuer": "李四",
                "pages": 1,
                "is_original": 0,
                "paper_location": "",
                "notes": "",
                "recorded_by": 2,
                "recorded_at": "2019-07-01 08:00:00.000000",
                "trashed_at": "2019-08-01 08:00:00.000000",
                "requirement_id": None,
                "item_no": None,
                "page_from": None,
                "page_to": None,
                "supplement": 0,
            },
        ],
        "attachment": [
            {
                "id": 1,
                "document_id": 1,
                "sha256": shas["入住通知书.pdf"],
                "original_name": "入住通知书.pdf",
                "size": len(SCANS["入住通知书.pdf"]),
                "media_type": "application/pdf",
                "added_at": "2020-01-02 09:15:00.000000",
            },
            {
                "id": 2,
                "document_id": 2,
                "sha256": shas["装修方案.pdf"],
                "original_name": "装修方案.pdf",
                "size": len(SCANS["装修方案.pdf"]),
                "media_type": "application/pdf",
                "added_at": "2020-02-03 14:00:00.000000",
            },
            {
                "id": 3,
                "document_id": 3,
                "sha256": shas["营业执照.png"],
                "original_name": "营业执照.png",
                "size": len(SCANS["营业执照.png"]),
                "media_type": "image/png",
                "added_at": "2018-05-02 08:00:00.000000",
            },
            {  # the same scan attached twice is stored once
                "id": 4,
                "document_id": 4,
                "sha256": shas["营业执照.png"],
                "original_name": "执照-复印.png",
                "size": len(SCANS["营业执照.png"]),
                "media_type": "image/png",
                "added_at": "2019-07-01 08:00:00.000000",
            },
        ],
        "contact": [
            {
                "id": 1,
                "version": 1,
                "dossier_id": 1,
                "name": "张总",
                "role": "总经理",
                "phone": "",
                "mobile": "13800000000",
                "email": "",
                "is_emergency": 1,
                "notes": "",
            },
            {
                "id": 2,
                "version": 3,
                "dossier_id": 2,
                "name": "李四",
                "role": "本人",
                "phone": "0755-1234",
                "mobile": "",
                "email": "li@example.cn",
                "is_emergency": 0,
                "notes": "转寄地址：深圳",
            },
        ],
        "change": [
            {
                "id": 1,
                "at": "2020-01-02 09:15:00.000000",
                "user_id": 2,
                "dossier_id": 1,
                "entity": "document",
                "entity_id": 1,
                "action": "create",
                "details": '{"title": "入住通知书"}',
            },
            {
                "id": 2,
                "at": "2020-02-05 11:00:00.000000",
                "user_id": 1,
                "dossier_id": 1,
                "entity": "document",
                "entity_id": 2,
                "action": "edit",
                "details": '{"notes": ["", "第二版"]}',
            },
            {
                "id": 3,
                "at": "2021-03-01 08:00:00.000000",
                "user_id": None,
                "dossier_id": None,
                "entity": "user",
                "entity_id": 3,
                "action": "deactivate",
                "details": "{}",
            },
        ],
        "label_print": [
            {
                "id": 1,
                "dossier_id": 1,
                "text": "甲科技有限公司",
                "printed_at": "2020-01-03 10:00:00.000000",
                "printed_by": 2,
            }
        ],
        "move_out": [
            {
                "id": 1,
                "tenancy_id": 2,
                "move_out": "2019-12-31",
                "units": '["B101"]',
                "keys_returned": 1,
                "access_cards_returned": 0,
                "electricity_reading": 1234.5,
                "water_reading": None,
                "deposit_outcome": "refunded",
                "deposit_note": "押金已退",
                "forwarding_contact": "李四 13900000000",
                "notes": "",
                "recorded_by": 2,
                "recorded_at": "2019-12-31 17:00:00.000000",
            }
        ],
        "setting": [
            {"key": "backup.folder", "value": "D:\\备份", "updated_at": "2026-11-26 09:00:00.000000"},
            {"key": "archive.fonds_name", "value": "客务部", "updated_at": None},
        ],
        # issue 11: approvals — one used (a clerk's working-copy edit the manager allowed), one still waiting.
        "approval": [
            {
                "id": 1,
                "version": 3,
                "kind": "edit_working_copy",
                "entity": "document",
                "entity_id": 2,
                "dossier_id": 1,
                "summary": "改正工作件备注",
                "reason": "客户来电更正",
                "status": "used",
                "requested_by": 2,
                "requested_at": "2026-11-20 09:00:00.000000",
                "decided_by": 1,
                "decided_at": "2026-11-20 09:30:00.000000",
                "decision_note": "同意",
                "used_at": "2026-11-20 10:00:00.000000",
                "used_by": 2,
            },
            {
                "id": 2,
                "version": 1,
                "kind": "loan",
                "entity": "loan",
                "entity_id": 1,
                "dossier_id": 2,
                "summary": "借阅 1-B101-2018",
                "reason": "",
                "status": "pending",
                "requested_by": 2,
                "requested_at": "2026-11-21 14:00:00.000000",
                "decided_by": None,
                "decided_at": None,
                "decision_note": "",
                "used_at": None,
                "used_by": None,
            },
            # issue 11, loans: the approval loan 2 used when it was handed out
            {
                "id": 3,
                "version": 3,
                "kind": "loan",
                "entity": "loan",
                "entity_id": 2,
                "dossier_id": 1,
                "summary": "林芳（工程部）借阅 1-0801-2020：核对装修图纸",
                "reason": "核对装修图纸",
                "status": "used",
                "requested_by": 2,
                "requested_at": "2026-11-18 09:00:00.000000",
                "decided_by": 1,
                "decided_at": "2026-11-18 09:20:00.000000",
                "decision_note": "同意，限室内",
                "used_at": "2026-11-18 09:30:00.000000",
                "used_by": 2,
            },
            # issue 12: destruction — the manager has yet to decide destruction list 2070-XH-01
            {
                "id": 4,
                "version": 1,
                "kind": "destruction",
                "entity": "destruction_list",
                "entity_id": 1,
                "dossier_id": None,
                "summary": "销毁清册 2070-XH-01：1 卷销毁",
                "reason": "保管期限已满",
                "status": "pending",
                "requested_by": 2,
                "requested_at": "2070-01-02 09:00:00.000000",
                "decided_by": None,
                "decided_at": None,
                "decision_note": "",
                "used_at": None,
                "used_by": None,
            },
        ],
        # issue 12: destruction — a list waiting for the manager, with its one item
        "destruction_list": [
            {
                "id": 1,
                "version": 2,
                "number": "2070-XH-01",
                "year": 2070,
                "sequence": 1,
                "as_of": "2070-01-01",
                "opinion": "经鉴定，保管期限已满，无继续保存价值",
                "proposed_by": 2,
                "proposed_at": "2070-01-02 09:00:00.000000",
                "approval_id": 4,
                "witness_1": "",
                "witness_2": "",
                "destroyed_at": None,
                "destroyed_by": None,
            }
        ],
        "destruction_item": [
            {
                "id": 1,
                "list_id": 1,
                "dossier_id": 2,
                "position": 1,
                "decision": "destroy",
                "keep_until_year": None,
                "reason": "",
            }
        ],
        # issue 11, loans: one waiting for the manager, one handed out and back incomplete
        "loan": [
            {
                "id": 1,
                "version": 1,
                "approval_id": 2,
                "borrower": "张工",
                "department": "工程部",
                "purpose": "查阅",
                "requested_at": "2026-11-21 14:00:00.000000",
                "requested_by": 2,
                "expected_return": "2026-11-21",
                "in_office_only": 1,
                "handed_out_at": None,
                "handed_out_by": None,
                "returned_at": None,
                "returned_by": None,
                "complete": None,
                "missing_note": "",
                "notes": "",
            },
            {
                "id": 2,
                "version": 3,
                "approval_id": 3,
                "borrower": "林芳",
                "department": "工程部",
                "purpose": "核对装修图纸",
                "requested_at": "2026-11-18 09:00:00.000000",
                "requested_by": 2,
                "expected_return": "2026-11-18",
                "in_office_only": 1,
                "handed_out_at": "2026-11-18 09:30:00.000000",
                "handed_out_by": 2,
                "returned_at": "2026-11-19 10:00:00.000000",
                "returned_by": 2,
                "complete": 0,
                "missing_note": "缺第3页",
                "notes": "逾期一天",
            },
        ],
        "loan_dossier": [{"loan_id": 1, "dossier_id": 2}, {"loan_id": 2, "dossier_id": 1}],
        # issue 11: originals and versions — the working copy as it was before the approved edit above
        "document_version": [
            {
                "id": 1,
                "document_id": 2,
                "version": 1,
                "kind": "edit",
                "dossier_id": 1,
                "category": "fit_out",
                "doc_date": "2020-02-01",
                "title": "装修方案",
                "reference_no": "",
                "issuer": "",
                "pages": 0,
                "is_original": 0,
                "paper_location": "",
                "notes": "第一版",
                "attachments": json.dumps([{"name": "装修方案.pdf", "sha256": shas["装修方案.pdf"]}]),
                "changed_at": "2026-11-20 10:00:00.000000",
                "changed_by": 2,
                "approval_id": 1,
                "reason": "客户来电更正",
            }
        ],
        # issue 15: fees — an item with a rate, a reading, a month charged and an adjustment, a payment allocated
        # and its reversal, a deposit partly refunded, a chase
        "fee_item": [
            {
                "id": 1,
                "version": 1,
                "name": "物业管理费",
                "basis": "area",
                "meter_kind": None,
                "building_id": None,
                "billing_day": 1,
                "due_days": 15,
                "free_during_fit_out": 1,
                "active": 1,
                "position": 1,
            },
        ],
        "fee_rate": [
            {
                "id": 1,
                "item_id": 1,
                "valid_from": "2020-01-01",
                "rate": "28.5000",
                "recorded_by": 1,
                "recorded_at": "2026-11-01 09:00:00.000000",
            },
        ],
        "meter_reading": [
            {
                "id": 1,
                "unit_id": 2,
                "meter_kind": "electricity",
                "meter_no": "E-0801",
                "reading": "1024.50",
                "read_on": "2026-10-31",
                "confirmed_by": "张三",
                "recorded_by": 2,
                "recorded_at": "2026-10-31 16:00:00.000000",
            },
        ],
        "fee_charge": [
            {
                "id": 1,
                "tenancy_id": 1,
                "unit_id": 2,
                "item_id": 1,
                "period": "2026-10",
                "kind": "generated",
                "adjusts_id": None,
                "quantity": "120.2500",
                "rate": "28.5000",
                "days": 31,
                "days_in_period": 31,
                "amount_fen": 342713,
                "billed_on": "2026-10-01",
                "due_on": "2026-10-16",
                "description": "",
                "created_by": 1,
                "created_at": "2026-11-01 09:00:00.000000",
            },
            {
                "id": 2,
                "tenancy_id": 1,
                "unit_id": 2,
                "item_id": 1,
                "period": "2026-10",
                "kind": "adjustment",
                "adjusts_id": 1,
                "quantity": None,
                "rate": None,
                "days": None,
                "days_in_period": None,
                "amount_fen": -1000,
                "billed_on": "2026-11-02",
                "due_on": "2026-11-17",
                "description": "",
                "created_by": 1,
                "created_at": "2026-11-02 09:00:00.000000",
            },
        ],
        "fee_payment": [
            {
                "id": 1,
                "tenancy_id": 1,
                "receipt_no": "SK2026-000001",
                "paid_on": "2026-11-05",
                "method": "transfer",
                "amount_fen": 200000,
                "payer": "甲集团有限公司",
                "note": "",
                "reverses_id": None,
                "created_by": 2,
                "created_at": "2026-11-05 10:00:00.000000",
            },
            {
                "id": 2,
                "tenancy_id": 1,
                "receipt_no": None,
                "paid_on": "2026-11-06",
                "method": "transfer",
                "amount_fen": -200000,
                "payer": "甲集团有限公司",
                "note": "收错",
                "reverses_id": 1,
                "created_by": 1,
                "created_at": "2026-11-06 10:00:00.000000",
            },
        ],
        "fee_allocation": [
            {"id": 1, "payment_id": 1, "charge_id": 1, "amount_fen": 200000},
            {"id": 2, "payment_id": 2, "charge_id": 1, "amount_fen": -200000},
        ],
        "deposit": [
            {
                "id": 1,
                "version": 2,
                "tenancy_id": 1,
                "kind": "fit_out",
                "amount_fen": 500000,
                "received_on": "2020-01-01",
                "receipt_no": "YJ-0001",
                "payer": "甲集团有限公司",
                "note": "",
                "created_by": 2,
                "created_at": "2020-01-01 10:00:00.000000",
            },
        ],
        "deposit_move": [
            {
                "id": 1,
                "deposit_id": 1,
                "kind": "refund",
                "amount_fen": 200000,
                "moved_on": "2021-01-01",
                "reason": "",
                "approval_id": None,
                "recorded_by": 2,
                "recorded_at": "2021-01-01 10:00:00.000000",
            },
        ],
        "arrears_chase": [
            {
                "id": 1,
                "tenancy_id": 1,
                "chased_on": "2026-11-20",
                "method": "phone",
                "contact": "张三",
                "outcome": "答应月底付",
                "promised_on": "2026-11-30",
                "recorded_by": 2,
                "recorded_at": "2026-11-20 11:00:00.000000",
            },
        ],
        # issue 16: the service registers — a fit-out project approved, a repair done and visited, a complaint
        # received, a violation found in the project, a filled form (a meter reading's), a survey round answered
        "fit_out_project": [
            {
                "id": 1,
                "version": 2,
                "tenancy_id": 1,
                "unit_id": 2,
                "status": "approved",
                "applied_on": "2020-01-02",
                "scope": "办公室隔断",
                "contractor": "某装饰公司",
                "person_in_charge": "李工",
                "phone": "13800000000",
                "planned_start": "2020-01-10",
                "planned_end": "2020-02-10",
                "extended_to": None,
                "actual_start": None,
                "actual_end": None,
                "deposit_id": 1,
                "created_by": 2,
                "created_at": "2020-01-02 10:00:00.000000",
            },
        ],
        "repair": [
            {
                "id": 1,
                "version": 3,
                "unit_id": 2,
                "tenancy_id": 1,
                "status": "visited",
                "reported_at": "2026-11-01 09:30:00.000000",
                "channel": "phone",
                "urgency": "normal",
                "reported_by": "张三",
                "what": "空调不制冷",
                "location": "会议室",
                "department": "工程部",
                "assignee": "王师傅",
                "done_on": "2026-11-02",
                "work_done": "加氟",
                "materials": "制冷剂",
                "created_by": 2,
                "created_at": "2026-11-01 09:31:00.000000",
            },
        ],
        "complaint": [
            {
                "id": 1,
                "version": 1,
                "unit_id": 2,
                "tenancy_id": 1,
                "status": "received",
                "received_at": "2026-11-03 14:00:00.000000",
                "channel": "walk_in",
                "complainant": "张三",
                "content": "电梯等候时间太长",
                "department": "",
                "result": "",
                "approved_by": None,
                "feedback_on": None,
                "feedback_how": None,
                "feedback_by": None,
                "created_by": 2,
                "created_at": "2026-11-03 14:05:00.000000",
            },
        ],
        "violation": [
            {
                "id": 1,
                "version": 1,
                "unit_id": 2,
                "tenancy_id": 1,
                "fit_out_id": 1,
                "status": "found",
                "found_on": "2020-01-20",
                "what": "未经批准改动消防喷淋",
                "notice_no": "",
                "notice_on": None,
                "rectify_by": None,
                "rectified_on": None,
                "follow_up": "",
                "created_by": 2,
                "created_at": "2020-01-20 10:00:00.000000",
            },
        ],
        "register_step": [
            {
                "id": 1,
                "register": "fit_out",
                "record_id": 1,
                "action": "approve",
                "from_state": "applied",
                "to_state": "approved",
                "on_date": "2020-01-05",
                "note": "",
                "recorded_by": 1,
                "recorded_at": "2020-01-05 10:00:00.000000",
            },
        ],
        "return_visit": [
            {
                "id": 1,
                "version": 1,
                "subject": "repair",
                "subject_id": 1,
                "tenancy_id": 1,
                "customer_id": 1,
                "visited_on": "2026-11-04",
                "how": "phone",
                "contact": "张三",
                "discussed": "",
                "follow_ups": "",
                "satisfaction": "satisfied",
                "comment": "修得快",
                "visited_by": 2,
                "recorded_at": "2026-11-04 10:00:00.000000",
            },
        ],
        "form_record": [
            {
                "id": 1,
                "version": 1,
                "code": "qms-pm-31318",
                "tenancy_id": 1,
                "unit_id": 2,
                "document_id": None,
                "form_date": "2026-10-31",
                "handled_by": "客务员",
                "values": json.dumps({"meter_kind": "electricity", "reading": "1024.50"}, ensure_ascii=False),
                "fact_table": "meter_reading",
                "fact_id": 1,
                "created_by": 2,
                "created_at": "2026-10-31 16:00:00.000000",
            },
            {
                "id": 2,
                "version": 2,
                "code": "qms-pm-31313",
                "tenancy_id": 1,
                "unit_id": 2,
                "document_id": None,
                "form_date": "2026-03-02",
                "handled_by": "客务员",
                "values": json.dumps(
                    {"card_no": "A-0107", "holder": "李四", "issued_on": "2026-03-02", "state": "returned"},
                    ensure_ascii=False,
                ),
                "fact_table": None,
                "fact_id": None,
                "created_by": 2,
                "created_at": "2026-03-02 10:00:00.000000",
            },
            {
                "id": 3,
                "version": 2,
                "code": "qms-pm-31316",
                "tenancy_id": 1,
                "unit_id": 2,
                "document_id": None,
                "form_date": "2026-11-20",
                "handled_by": "客务员",
                "values": json.dumps(
                    {
                        "name": "李四",
                        "department": "行政部",
                        "left_on": "2026-11-20",
                        "leaving": "resigned",
                        "returned": [
                            {"item": "access_card", "number": "A-0107", "returned": True, "returned_on": "2026-11-21"}
                        ],
                    },
                    ensure_ascii=False,
                ),
                "fact_table": None,
                "fact_id": None,
                "created_by": 2,
                "created_at": "2026-11-20 10:00:00.000000",
            },
        ],
        "survey_round": [
            {
                "id": 1,
                "version": 1,
                "year": 2025,
                "opened_on": "2025-11-01",
                "target": "4.0",
                "note": "",
                "created_by": 1,
                "created_at": "2025-11-01 09:00:00.000000",
            },
        ],
        "survey_response": [
            {
                "id": 1,
                "version": 1,
                "round_id": 1,
                "tenancy_id": 1,
                "answered_on": "2025-11-10",
                "respondent": "张三",
                "service_score": 4,
                "price_score": 3,
                "company_score": 5,
                "comment": "",
                "recorded_by": 2,
                "recorded_at": "2025-11-10 10:00:00.000000",
            },
        ],
        "corrective_action": [
            {
                "id": 1,
                "version": 1,
                "round_id": 1,
                "topic": "price",
                "action": "公示收费标准",
                "owner": "客务部经理",
                "due_on": "2026-01-31",
                "done_on": None,
                "created_by": 1,
                "created_at": "2025-11-20 09:00:00.000000",
            },
        ],
        # 0019: a scan kept in the database as a server desk keeps it (one chunk: it is small).
        "attachment_blob": [
            {
                "sha256": shas["营业执照.png"],
                "size": len(SCANS["营业执照.png"]),
                "stored_at": "2026-11-27 09:00:00.000000",
            },
        ],
        "attachment_chunk": [{"sha256": shas["营业执照.png"], "n": 0, "data": SCANS["营业执照.png"]}],
        # 0020: customer care — a customer graded ordinary, then made a key customer mid-year; a planned visit is a
        # return_visit row with no subject (0017's table)
        "customer_grade": [
            {
                "id": 1,
                "version": 1,
                "customer_id": 1,
                "grade": "ordinary",
                "since": "2020-01-01",
                "set_by": 3,
                "set_at": "2020-01-01 09:00:00.000000",
            },
            {
                "id": 2,
                "version": 1,
                "customer_id": 1,
                "grade": "key",
                "since": "2026-07-01",
                "set_by": 3,
                "set_at": "2026-07-01 09:00:00.000000",
            },
        ],
        # issue 20: an authorised signatory whose authority has ended, with a signature specimen, and a seal specimen.
        "signatory": [
            {
                "id": 1,
                "version": 2,
                "customer_id": 1,
                "name": "张三",
                "id_number": "110101199003071234",
                "position": "行政经理",
                "valid_from": "2024-01-01",
                "valid_to": "2026-06-30",
                "created_by": 2,
                "created_at": "2024-01-02 10:00:00.000000",
            },
        ],
        "specimen": [
            {
                "id": 1,
                "customer_id": 1,
                "signatory_id": 1,
                "seal": None,
                "lodged_on": "2024-01-02",
                "sha256": shas["营业执照.png"],
                "original_name": "张三签字.png",
                "size": len(SCANS["营业执照.png"]),
                "media_type": "image/png",
                "added_by": 2,
                "added_at": "2024-01-02 10:00:00.000000",
            },
            {
                "id": 2,
                "customer_id": 1,
                "signatory_id": None,
                "seal": "official",
                "lodged_on": "2024-01-02",
                "sha256": shas["营业执照.png"],
                "original_name": "公章.png",
                "size": len(SCANS["营业执照.png"]),
                "media_type": "image/png",
                "added_by": 2,
                "added_at": "2024-01-02 10:00:00.000000",
            },
        ],
        # 0022: a person of the customer who left, and the access card recovered from them (issue 20).
        "staff_member": [
            {
                "id": 1,
                "version": 2,
                "customer_id": 1,
                "name": "李四",
                "department": "行政部",
                "position": "前台",
                "joined_on": "2026-03-01",
                "left_on": "2026-11-20",
                "leaving": "resigned",
                "leaving_record_id": 3,
                "created_by": 2,
                "created_at": "2026-03-02 10:00:00.000000",
            },
        ],
        "staff_item": [
            {
                "id": 1,
                "version": 3,
                "staff_id": 1,
                "form_record_id": 2,
                "recover_since": "2026-11-20",
                "returned_on": "2026-11-21",
                "received_by": "客务员",
                "linked_by": 2,
                "linked_at": "2026-03-02 10:00:00.000000",
            },
        ],
        # 0023: a scanned file of two bundles taken in from the inbox, its first bundle filed as document 1 (issue 21).
        "scan_claim": [
            {
                "id": 1,
                "version": 1,
                "sha256": "ab" * 32,
                "name": "扫描0001.pdf",
                "outcome": "filed",
                "message": "",
                "claimed_by": 2,
                "claimed_at": "2026-11-27 09:00:00.000000",
            },
        ],
        "scan_bundle": [
            {
                "id": 1,
                "version": 1,
                "sha256": "ab" * 32,
                "bundle": 0,
                "document_id": 1,
                "filed_by": 2,
                "filed_at": "2026-11-27 09:00:00.000000",
            },
        ],
    }


def _chained(tables: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The audit log's lines with the hash chain of 0008 (seq, prev_hash, hash), as the program writes them."""
    previous = audit_chain.GENESIS
    for seq, line in enumerate(tables.get("change", []), start=1):
        values = {**line, "seq": seq, "prev_hash": previous}
        line.update(seq=seq, prev_hash=previous, hash=audit_chain.row_hash(values))
        previous = line["hash"]
    return tables


def make(revision: str) -> Path:
    """The file of ``revision``, made anew."""
    path = database_for(revision)
    folder = attachments_folder_for(path)
    path.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    engine = make_engine(path)  # as the program made them: WAL, foreign keys
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    finally:
        engine.dispose()
    store = FolderAttachmentStore(folder)
    shas = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, data in SCANS.items():
            source = Path(scratch) / name
            source.write_bytes(data)
            shas[name] = store.put(source).sha256
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        for table, table_rows in _chained(rows(shas)).items():
            have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
            if not have:
                continue  # a later revision's table
            for row in table_rows:
                values = {column: value for column, value in row.items() if column in have}
                columns = ", ".join(f'"{c}"' for c in values)
                marks = ", ".join("?" for _ in values)
                conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(values.values()))
        conn.commit()
    if search_index.is_installed_in(path):
        engine = make_engine(path)
        try:
            with engine.begin() as connection:  # as the program leaves it after an action: the index caught up
                search_index.catch_up(connection)
        finally:
            engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("VACUUM")  # small files in the repository
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def main() -> None:
    for revision in revisions():
        path = make(revision)
        print(f"{path.relative_to(HERE)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
