"""SQLAlchemy 2 models of the dossier database.

The schema is portable (SQLite now, PostgreSQL later): no SQLite-only types, constraint
names come from one naming convention so Alembic batch migrations can find them.
Enumerations are stored as short text codes checked by CHECK constraints, so a raw SQL
edit cannot invent a status the application does not know.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.pinyin import initials

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOSSIER_STATUSES = ("live", "departed", "bound", "archived", "destroyed")
REQUIREMENT_STAGES = ("move_in",)
# issue 15: "held" — a partial move-out: the tenancy keeps other units, its deposits in the register stay held.
DEPOSIT_OUTCOMES = ("refunded", "retained", "none", "held")
CUSTOMER_KINDS = ("company", "person")
ROLES = ("clerk", "supervisor", "manager", "admin")
# 保管期限 of a bound dossier (DA/T 22: 永久, 定期30年, 定期10年); boxes never mix them.
RETENTION_PERIODS = ("permanent", "30y", "10y")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Building(Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")

    floors: Mapped[list[Floor]] = relationship(back_populates="building", order_by="Floor.level")


class Floor(Base):
    """A floor; ``level`` sorts it (B2 = -2, B1 = -1, 1F = 1 …), ``label`` is what people say."""

    __tablename__ = "floor"
    __table_args__ = (
        UniqueConstraint("building_id", "level"),
        UniqueConstraint("building_id", "label"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="RESTRICT"))
    level: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(20))

    building: Mapped[Building] = relationship(back_populates="floors")
    units: Mapped[list[Unit]] = relationship(back_populates="floor", order_by="Unit.number")
    # issue 13: building editor. A floor is renamed in a form (optimistic locking) and retired, never deleted, once
    # units that had tenants stood on it: its dossiers and boxes still name it.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    retired_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)


class Unit(Base):
    __tablename__ = "unit"
    __table_args__ = (
        UniqueConstraint("floor_id", "number"),
        CheckConstraint("area IS NULL OR area >= 0", name="area_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="RESTRICT"), index=True)
    # Text, never a number: "0801" must keep its zero.
    number: Mapped[str] = mapped_column(String(20), index=True)
    area: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)
    use: Mapped[str] = mapped_column(String(50), default="")

    floor: Mapped[Floor] = relationship(back_populates="units")
    # issue 13: building editor. A unit merged, split or given up is retired, never deleted once it had a tenant:
    # its dossiers and history stay under the number it had; it no longer shows on the floor grid.
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    retired_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (CheckConstraint(_in("kind", CUSTOMER_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    name: Mapped[str] = mapped_column(String(200), index=True)
    # Pinyin initials of the name (db.pinyin), kept by the listeners below: quick find by "szsys".
    name_initials: Mapped[str] = mapped_column(String(200), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(10), default="company")
    # Unified social credit code for a company, ID number for a person.
    id_code: Mapped[str] = mapped_column(String(40), default="", index=True)
    legal_representative: Mapped[str] = mapped_column(String(100), default="")
    registered_capital: Mapped[str] = mapped_column(String(100), default="")
    nature: Mapped[str] = mapped_column(String(100), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # issue 17: the person the office speaks to (联系人), as the office's customer lists have it.
    contact_person: Mapped[str] = mapped_column(String(100), default="", server_default="")

    former_names: Mapped[list[CustomerName]] = relationship(
        back_populates="customer", order_by="CustomerName.used_until.desc()"
    )


class CustomerName(Base):
    """A name the customer used before a rename (R5: still found by old names)."""

    __tablename__ = "customer_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    initials: Mapped[str] = mapped_column(String(200), default="", server_default="")
    used_until: Mapped[dt.date] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="former_names")


class Tenancy(Base):
    """A customer in one or more units from move-in to move-out."""

    __tablename__ = "tenancy"
    __table_args__ = (CheckConstraint("move_out IS NULL OR move_out >= move_in", name="move_out_after_move_in"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"), index=True)
    move_in: Mapped[dt.date] = mapped_column(Date)
    move_out: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # While fit-out (二装) runs the unit shows as "fitting out".
    fit_out_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    customer: Mapped[Customer] = relationship()
    units: Mapped[list[TenancyUnit]] = relationship(back_populates="tenancy", order_by="TenancyUnit.id")
    dossier: Mapped[Dossier | None] = relationship(back_populates="tenancy", uselist=False)


class TenancyUnit(Base):
    """One unit of a tenancy, with its own dates so one unit of several can be given back."""

    __tablename__ = "tenancy_unit"
    __table_args__ = (
        UniqueConstraint("tenancy_id", "unit_id"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        Index("ix_tenancy_unit_unit_dates", "unit_id", "start_date", "end_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    tenancy: Mapped[Tenancy] = relationship(back_populates="units")
    unit: Mapped[Unit] = relationship()


class Dossier(Base):
    """The file of one tenancy (一户一档), filed under its first unit."""

    __tablename__ = "dossier"
    __table_args__ = (
        CheckConstraint(_in("status", DOSSIER_STATUSES), name="status"),
        CheckConstraint(f"retention IS NULL OR {_in('retention', RETENTION_PERIODS)}", name="retention"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    # The number printed as a barcode on the label; unique for the whole database.
    number: Mapped[str] = mapped_column(String(40), unique=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    label_text: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="live", index=True)
    # Set when the supervisor binds the departed dossier (装订, R6): its 档号 and 保管期限. The 档号 is composed
    # by the archive settings' pattern (全宗号-年度-保管期限代码-案卷号) and fixed for good at binding.
    file_number: Mapped[str | None] = mapped_column(String(60), nullable=True, unique=True)
    retention: Mapped[str | None] = mapped_column(String(10), nullable=True)
    # The parts the 档号 was composed of, so the next 案卷号 runs on within its 全宗 and year.
    fonds_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    file_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_serial: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # 原编号: the number a dossier bound before the archive settings existed had (e.g. 2025-0001), kept when the
    # manager gives it its 档号; still found by scanning or typing it.
    former_file_number: Mapped[str | None] = mapped_column(String(20), nullable=True, unique=True)
    bound_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    bound_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)
    # Set by the annual archiving (R7): the box it stands in and its place inside.
    box_id: Mapped[int | None] = mapped_column(ForeignKey("archive_box.id", ondelete="RESTRICT"), index=True)
    box_position: Mapped[int | None] = mapped_column(Integer, nullable=True)

    tenancy: Mapped[Tenancy] = relationship(back_populates="dossier")
    unit: Mapped[Unit] = relationship()
    documents: Mapped[list[Document]] = relationship(back_populates="dossier")
    contacts: Mapped[list[Contact]] = relationship(back_populates="dossier", order_by="Contact.id")


class ArchiveBox(Base):
    """A file box of bound departed dossiers for one floor, year and retention period (R7)."""

    __tablename__ = "archive_box"
    __table_args__ = (
        UniqueConstraint("building_id", "number"),
        CheckConstraint(_in("retention", RETENTION_PERIODS), name="retention"),
        CheckConstraint("spine_mm > 0 AND capacity_pages > 0", name="size_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="RESTRICT"))
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    retention: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int] = mapped_column(Integer)  # per building, floor and year: the 01 of 2025-12F-01
    number: Mapped[str] = mapped_column(String(40))
    spine_mm: Mapped[int] = mapped_column(Integer)
    capacity_pages: Mapped[int] = mapped_column(Integer)
    shelf_location: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))

    floor: Mapped[Floor] = relationship()
    dossiers: Mapped[list[Dossier]] = relationship(order_by="Dossier.box_position")


class Document(Base):
    """An entry in a dossier; ``category`` is a code from app.categories."""

    __tablename__ = "document"
    __table_args__ = (
        CheckConstraint("pages >= 0", name="pages_not_negative"),
        # R4: the dossier view reads documents newest first through this index.
        Index("ix_document_dossier_date", "dossier_id", "doc_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="RESTRICT"))
    category: Mapped[str] = mapped_column(String(40), index=True)
    doc_date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    reference_no: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(200), default="")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    is_original: Mapped[bool] = mapped_column(Boolean, default=False)
    paper_location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Deleting moves a working copy to the trash; nothing is ever erased by a click.
    trashed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # The checklist item this document fulfils (e.g. the business licence copy at move-in).
    requirement_id: Mapped[int | None] = mapped_column(
        ForeignKey("requirement.id", ondelete="RESTRICT"), nullable=True, index=True
    )

    # Frozen at binding, oldest first as paper is bound: 件号 and 页号 from–to. A paper the manager
    # adds to a bound dossier later gets the next numbers and is marked 补充 (supplement).
    item_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    page_from: Mapped[int | None] = mapped_column(Integer, nullable=True)
    page_to: Mapped[int | None] = mapped_column(Integer, nullable=True)
    supplement: Mapped[bool] = mapped_column(Boolean, default=False)
    # An approved destruction (R15) leaves a tombstone instead of deleting the row: an original is never
    # deleted (db/protection.py), and the trigger lets these two be set only together with an approval of kind
    # destruction (added by 0011; the destruction itself comes with issue 12).
    destroyed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    destruction_approval_id: Mapped[int | None] = mapped_column(
        ForeignKey("approval.id", ondelete="RESTRICT"), nullable=True
    )

    dossier: Mapped[Dossier] = relationship(back_populates="documents")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="document", order_by="Attachment.id")


class Attachment(Base):
    """A scan linked to a document; the bytes live once per SHA-256 in the attachment store."""

    __tablename__ = "attachment"
    __table_args__ = (CheckConstraint("size >= 0", name="size_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)

    document: Mapped[Document] = relationship(back_populates="attachments")


class AttachmentBlob(Base):
    """A scan's bytes kept in the database itself (issue 19: a server desk's store, db/blob_store.py), once per
    SHA-256; the bytes are the ``attachment_chunk`` rows. Written once, never changed (db/protection.py)."""

    __tablename__ = "attachment_blob"
    __table_args__ = (CheckConstraint("size >= 0", name="size_not_negative"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)  # a scan may pass 2 GB, PostgreSQL's INTEGER
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AttachmentChunk(Base):
    """One piece (about 1 MB, db/attachment_store.CHUNK) of a blob, ``n`` counting from 0: a 50 MB scan is written and
    read a piece at a time, never whole in memory."""

    __tablename__ = "attachment_chunk"
    __table_args__ = (CheckConstraint("n >= 0", name="n_not_negative"),)

    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("attachment_blob.sha256", ondelete="RESTRICT"), primary_key=True
    )
    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    mobile: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    dossier: Mapped[Dossier] = relationship(back_populates="contacts")


class User(Base):
    __tablename__ = "user"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(12))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Issue 11 (added by 0007): a password an administrator set must be changed by its user at the next log-in;
    # wrong passwords in a row lock the account for a while (the counter resets on a good log-in).
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is


class Change(Base):
    """One line of a dossier's history: who changed what, when (added by migration 0002)."""

    __tablename__ = "change"
    __table_args__ = (Index("ix_change_dossier_at", "dossier_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossier.id", ondelete="RESTRICT"), nullable=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(20))
    # A JSON object of what changed, e.g. {"title": ["old", "new"]}.
    details: Mapped[str] = mapped_column(Text, default="{}")
    # The audit chain (migration 0008, db/audit_chain.py): the line's place, the hash of the line before it and
    # its own hash over its content and that link, so a line altered, removed or slipped in no longer fits.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Requirement(Base):
    """A document every dossier must hold from a stage on (the move-in papers checklist; added by 0003)."""

    __tablename__ = "requirement"
    __table_args__ = (CheckConstraint(_in("stage", REQUIREMENT_STAGES), name="stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a form saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str] = mapped_column(String(12), default="move_in")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """A setting every desk and the command line share (e.g. the backup folder); per-PC ones live in QSettings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class LabelPrint(Base):
    """A dossier label (标牌) as printed: R5 compares it with the current company name."""

    __tablename__ = "label_print"
    __table_args__ = (Index("ix_label_print_dossier_at", "dossier_id", "printed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(String(200))
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    printed_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))


class MoveOut(Base):
    """The move-out checklist as completed for one or more units of a tenancy (R6)."""

    __tablename__ = "move_out"
    __table_args__ = (
        CheckConstraint(_in("deposit_outcome", DEPOSIT_OUTCOMES), name="deposit_outcome"),
        CheckConstraint("electricity_reading IS NULL OR electricity_reading >= 0", name="electricity_not_negative"),
        CheckConstraint("water_reading IS NULL OR water_reading >= 0", name="water_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"), index=True)
    move_out: Mapped[dt.date] = mapped_column(Date)
    units: Mapped[str] = mapped_column(Text)  # JSON list of the unit numbers given back
    keys_returned: Mapped[bool] = mapped_column(Boolean)
    access_cards_returned: Mapped[bool] = mapped_column(Boolean)
    electricity_reading: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), nullable=True)
    water_reading: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), nullable=True)
    deposit_outcome: Mapped[str] = mapped_column(String(10))
    deposit_note: Mapped[str] = mapped_column(Text, default="")
    forwarding_contact: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


@event.listens_for(Customer, "before_insert")
@event.listens_for(Customer, "before_update")
def _customer_initials(_mapper: object, _connection: object, customer: Customer) -> None:
    customer.name_initials = initials(customer.name)


@event.listens_for(CustomerName, "before_insert")
def _former_name_initials(_mapper: object, _connection: object, former: CustomerName) -> None:
    former.initials = initials(former.name)


# --- approvals (issue 11)
APPROVAL_KINDS = (
    "loan",
    "edit_working_copy",
    "trash_working_copy",
    "correct_original",
    "deposit",
    "destruction",
)
APPROVAL_STATUSES = ("pending", "approved", "refused", "used", "withdrawn")


class Approval(Base):
    """A request that needs the department manager's consent, and the decision (R8 loans, R9 working copies).

    Kept for good: who asked, for what and why; who decided, when and with what note; when it was used.
    """

    __tablename__ = "approval"
    __table_args__ = (
        CheckConstraint(_in("kind", APPROVAL_KINDS), name="kind"),
        CheckConstraint(_in("status", APPROVAL_STATUSES), name="status"),
        # Withdrawing is a decision too (by the one who asked): only a pending request has no decision time.
        CheckConstraint("(status = 'pending') = (decided_at IS NULL)", name="decided_unless_pending"),
        CheckConstraint("status != 'used' OR used_at IS NOT NULL", name="used_has_time"),
        Index("ix_approval_status_kind", "status", "kind"),
        Index("ix_approval_subject", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update: two managers deciding the same request at once cannot both win.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    kind: Mapped[str] = mapped_column(String(24))
    entity: Mapped[str] = mapped_column(String(30))  # what it is about: "loan", "document", …
    entity_id: Mapped[int] = mapped_column(Integer)
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossier.id", ondelete="RESTRICT"), nullable=True)
    summary: Mapped[str] = mapped_column(String(300))  # what the manager reads in the list
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    requested_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    requested_at: Mapped[dt.datetime] = mapped_column(DateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    used_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)


# --- loans (issue 11)


class Loan(Base):
    """A borrowing of one or more dossiers (R8): requested, approved by the department manager, handed out, returned.

    Its state is derived from its approval and the dates (app/loans): requested while the approval is pending,
    refused, approved, out once handed out, returned. The CHECKs keep the dates in that order, so a raw SQL edit
    cannot return a dossier that never left or hand one out without an approval.
    """

    __tablename__ = "loan"
    __table_args__ = (
        CheckConstraint("handed_out_at IS NULL OR approval_id IS NOT NULL", name="out_only_approved"),
        CheckConstraint("(handed_out_at IS NULL) = (handed_out_by IS NULL)", name="out_who_and_when"),
        CheckConstraint("returned_at IS NULL OR handed_out_at IS NOT NULL", name="returned_after_out"),
        CheckConstraint("returned_at IS NULL OR returned_at >= handed_out_at", name="returned_not_before_out"),
        CheckConstraint("(returned_at IS NULL) = (returned_by IS NULL)", name="returned_who_and_when"),
        # 是否完好 is known once returned, and only then.
        CheckConstraint("(returned_at IS NULL) = (complete IS NULL)", name="complete_when_returned"),
        # Not complete (否) needs what was missing.
        CheckConstraint("complete IS NULL OR complete OR missing_note <> ''", name="missing_noted"),
        Index("ix_loan_open", "returned_at", "handed_out_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; a step saved over a newer version is refused ("changed meanwhile").
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    # Set in the same unit of work as the request (the approval names the loan, so the loan is written first).
    approval_id: Mapped[int | None] = mapped_column(
        ForeignKey("approval.id", ondelete="RESTRICT"), nullable=True, unique=True
    )
    borrower: Mapped[str] = mapped_column(String(100))
    department: Mapped[str] = mapped_column(String(100), default="")
    purpose: Mapped[str] = mapped_column(String(300))
    requested_at: Mapped[dt.datetime] = mapped_column(DateTime)
    requested_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    expected_return: Mapped[dt.date] = mapped_column(Date)
    in_office_only: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    handed_out_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    handed_out_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)
    complete: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # 是否完好
    missing_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    dossiers: Mapped[list[LoanDossier]] = relationship(back_populates="loan", order_by="LoanDossier.dossier_id")


class LoanDossier(Base):
    """One dossier named by a loan request."""

    __tablename__ = "loan_dossier"

    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="CASCADE"), primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="RESTRICT"), primary_key=True, index=True)

    loan: Mapped[Loan] = relationship(back_populates="dossiers")
    dossier: Mapped[Dossier] = relationship()


# --- originals and versions (issue 11)
DOCUMENT_VERSION_KINDS = ("edit", "correction", "trash", "restore", "attach")


class DocumentVersion(Base):
    """A document as it was before one change (R9): every edit of a working copy and every approved correction of
    an original keeps the replaced content here, so the document's history shows each version.

    ``version`` is the document's own ``version`` the kept content had; the change made it ``version + 1``. For an
    original, db/protection.py lets the content change only when the row of kind ``correction`` for exactly that
    version, with the manager's approval, is already here. Rows are never updated or deleted (triggers).
    """

    __tablename__ = "document_version"
    __table_args__ = (
        UniqueConstraint("document_id", "version"),
        CheckConstraint(_in("kind", DOCUMENT_VERSION_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    # The content as it was (the columns of ``Document`` an edit may change).
    dossier_id: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40))
    doc_date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    reference_no: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(200), default="")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    is_original: Mapped[bool] = mapped_column(Boolean, default=False)
    paper_location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # JSON list of the scans it had: [{"name": …, "sha256": …}]
    attachments: Mapped[str] = mapped_column(Text, default="[]")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    # The manager's consent the change was made within (None only for rows older than approvals).
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approval.id", ondelete="RESTRICT"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


# --- destruction (issue 12)
# R15: what the supervisor proposes for each dossier past its retention: destroyed, or kept longer (延长保管).
DESTRUCTION_DECISIONS = ("destroy", "keep")


class DestructionList(Base):
    """A destruction list (销毁清册) of one appraisal (到期鉴定, R15): proposed by the supervisor with the 鉴定意见,
    approved by the department manager (an approval of kind destruction about this list), then carried out before
    two 监销人. Kept for good: it is the record that the files were destroyed lawfully.
    """

    __tablename__ = "destruction_list"
    __table_args__ = (
        CheckConstraint("(destroyed_at IS NULL) = (destroyed_by IS NULL)", name="destroyed_who_and_when"),
        # Destroyed only before two different witnesses (监销人).
        CheckConstraint(
            "destroyed_at IS NULL OR (witness_1 <> '' AND witness_2 <> '' AND witness_1 <> witness_2)",
            name="two_witnesses",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every update; recording the destruction over a list changed meanwhile is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    number: Mapped[str] = mapped_column(String(20), unique=True)  # 2026-XH-01
    year: Mapped[int] = mapped_column(Integer)  # the year of the number
    sequence: Mapped[int] = mapped_column(Integer)  # the 01 of 2026-XH-01
    as_of: Mapped[dt.date] = mapped_column(Date)  # the day the retention was counted to
    opinion: Mapped[str] = mapped_column(Text, default="")  # 鉴定意见
    proposed_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    proposed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The manager's consent (kind destruction, entity "destruction_list", this id); set once, in the proposal.
    approval_id: Mapped[int | None] = mapped_column(
        ForeignKey("approval.id", ondelete="RESTRICT"), nullable=True, unique=True
    )
    witness_1: Mapped[str] = mapped_column(String(100), default="", server_default="")  # 监销人
    witness_2: Mapped[str] = mapped_column(String(100), default="", server_default="")
    destroyed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    destroyed_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)

    items: Mapped[list[DestructionItem]] = relationship(
        back_populates="destruction_list", order_by="DestructionItem.position"
    )


class DestructionItem(Base):
    """One dossier of a destruction list: destroy it, or keep it longer until the end of ``keep_until_year`` (it
    comes up again from the next 1 January), with the reason. Never changed once written (db/protection.py)."""

    __tablename__ = "destruction_item"
    __table_args__ = (
        UniqueConstraint("list_id", "dossier_id"),
        CheckConstraint(_in("decision", DESTRUCTION_DECISIONS), name="decision"),
        CheckConstraint("(decision = 'keep') = (keep_until_year IS NOT NULL)", name="kept_until_when_kept"),
        CheckConstraint("decision = 'destroy' OR reason <> ''", name="kept_with_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("destruction_list.id", ondelete="RESTRICT"), index=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 序号 on the register
    decision: Mapped[str] = mapped_column(String(8))
    keep_until_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")  # 延长保管的理由 (or a remark on a destroyed one: 备注)

    destruction_list: Mapped[DestructionList] = relationship(back_populates="items")
    dossier: Mapped[Dossier] = relationship()


# --- fees, deposits and arrears (issue 15)
# How a fee item's monthly amount is worked out (app/fees/charging.py).
FEE_BASES = ("area", "fixed", "metered", "one_off")
METER_KINDS = ("water", "electricity")
# generated: by the monthly run; adjustment: the run's correction of a month already charged (a tenancy changed
# afterwards); one_off: added by hand at the desk.
CHARGE_KINDS = ("generated", "adjustment", "one_off")
PAYMENT_METHODS = ("cash", "transfer", "card", "cheque", "wechat", "alipay")
DEPOSIT_KINDS = ("fit_out", "key", "access_card", "rental", "other")
DEPOSIT_MOVES = ("refund", "retain")
CHASE_METHODS = ("phone", "letter", "visit", "email", "message")


class FeeItem(Base):
    """A fee the office charges (物业管理费, 空调费, 加班费, …): how it is worked out, when billed and due (R11)."""

    __tablename__ = "fee_item"
    __table_args__ = (
        CheckConstraint(_in("basis", FEE_BASES), name="basis"),
        CheckConstraint(f"meter_kind IS NULL OR {_in('meter_kind', METER_KINDS)}", name="meter_kind"),
        CheckConstraint("(basis = 'metered') = (meter_kind IS NOT NULL)", name="metered_has_meter"),
        CheckConstraint("billing_day BETWEEN 1 AND 28", name="billing_day"),
        CheckConstraint("due_days BETWEEN 0 AND 366", name="due_days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    name: Mapped[str] = mapped_column(String(100), unique=True)
    basis: Mapped[str] = mapped_column(String(10))
    meter_kind: Mapped[str | None] = mapped_column(String(12), nullable=True)
    # Charged for every building's units unless it names one.
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id", ondelete="RESTRICT"), nullable=True)
    billing_day: Mapped[int] = mapped_column(Integer, default=1)
    due_days: Mapped[int] = mapped_column(Integer, default=15)
    # Not charged for the days of a tenancy's fit-out free period (Tenancy.fit_out_until).
    free_during_fit_out: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class FeeRate(Base):
    """A fee item's rate from a day on (until the next rate's day): a rate change never rewrites past charges."""

    __tablename__ = "fee_rate"
    __table_args__ = (UniqueConstraint("item_id", "valid_from"), CheckConstraint("rate >= 0", name="rate_not_negative"))

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id", ondelete="RESTRICT"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    # Yuan per m² per month, per month, per metered unit (kWh, m³) or per one-off item; exact, four places.
    rate: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class MeterReading(Base):
    """A water or electricity meter's reading (水、电表底数, form qms-pm-31318), confirmed by the tenant."""

    __tablename__ = "meter_reading"
    __table_args__ = (
        CheckConstraint(_in("meter_kind", METER_KINDS), name="meter_kind"),
        CheckConstraint("reading >= 0", name="reading_not_negative"),
        UniqueConstraint("unit_id", "meter_kind", "read_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    meter_kind: Mapped[str] = mapped_column(String(12))
    meter_no: Mapped[str] = mapped_column(String(40), default="")
    reading: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    read_on: Mapped[dt.date] = mapped_column(Date)
    confirmed_by: Mapped[str] = mapped_column(String(100), default="")  # the tenant's person who signed
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FeeCharge(Base):
    """One line a tenancy owes: never edited or deleted (db/protection.py); a change is a new adjustment line.

    Money is whole fen (分) in an integer: exact, the same on every database, summed without drift.
    """

    __tablename__ = "fee_charge"
    __table_args__ = (
        CheckConstraint(_in("kind", CHARGE_KINDS), name="kind"),
        CheckConstraint("kind = 'adjustment' OR amount_fen >= 0", name="only_adjustments_negative"),
        CheckConstraint("kind <> 'adjustment' OR adjusts_id IS NOT NULL", name="adjustment_names_charge"),
        Index("ix_fee_charge_tenancy_due", "tenancy_id", "due_on"),
        Index("ix_fee_charge_period_item", "period", "item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), nullable=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id", ondelete="RESTRICT"))
    period: Mapped[str] = mapped_column(String(7))  # 所属期间, YYYY-MM
    kind: Mapped[str] = mapped_column(String(10))
    adjusts_id: Mapped[int | None] = mapped_column(ForeignKey("fee_charge.id", ondelete="RESTRICT"), nullable=True)
    # What the amount was worked out from (shown on the ledger and the notice): m², days, kWh; rate per month/unit.
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 4), nullable=True)
    rate: Mapped[Decimal | None] = mapped_column(Numeric(14, 4), nullable=True)
    days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    days_in_period: Mapped[int | None] = mapped_column(Integer, nullable=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    billed_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(300), default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FeePayment(Base):
    """Money received for a tenancy's charges (收款), with its receipt number; a reversal is a new line (negative,
    naming the payment it reverses, at most once), never an edit."""

    __tablename__ = "fee_payment"
    __table_args__ = (
        CheckConstraint(_in("method", PAYMENT_METHODS), name="method"),
        CheckConstraint("(reverses_id IS NULL) = (amount_fen > 0)", name="reversal_negative"),
        CheckConstraint("reverses_id IS NOT NULL OR receipt_no IS NOT NULL", name="payment_has_receipt"),
        Index("ix_fee_payment_tenancy_paid", "tenancy_id", "paid_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"))
    receipt_no: Mapped[str | None] = mapped_column(String(30), nullable=True, unique=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(10))
    amount_fen: Mapped[int] = mapped_column(Integer)
    payer: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("fee_payment.id", ondelete="RESTRICT"), nullable=True, unique=True
    )
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FeeAllocation(Base):
    """Which charge a payment paid, and how much of it (a reversal's allocations are the negatives)."""

    __tablename__ = "fee_allocation"
    __table_args__ = (
        UniqueConstraint("payment_id", "charge_id"),
        CheckConstraint("amount_fen <> 0", name="not_zero"),
        Index("ix_fee_allocation_charge", "charge_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("fee_payment.id", ondelete="RESTRICT"))
    charge_id: Mapped[int] = mapped_column(ForeignKey("fee_charge.id", ondelete="RESTRICT"))
    amount_fen: Mapped[int] = mapped_column(Integer)


class Deposit(Base):
    """A deposit a tenancy paid (装修押金, 钥匙押金, 门禁卡押金, 租赁押金): received, then refunded and/or retained."""

    __tablename__ = "deposit"
    __table_args__ = (
        CheckConstraint(_in("kind", DEPOSIT_KINDS), name="kind"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        Index("ix_deposit_tenancy", "tenancy_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(12))
    amount_fen: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[dt.date] = mapped_column(Date)
    receipt_no: Mapped[str | None] = mapped_column(String(30), nullable=True, unique=True)
    payer: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class DepositMove(Base):
    """Part or all of a deposit refunded, or retained with the reason and the manager's approval."""

    __tablename__ = "deposit_move"
    __table_args__ = (
        CheckConstraint(_in("kind", DEPOSIT_MOVES), name="kind"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint("kind <> 'retain' OR (approval_id IS NOT NULL AND reason <> '')", name="retain_approved"),
        Index("ix_deposit_move_deposit", "deposit_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_id: Mapped[int] = mapped_column(ForeignKey("deposit.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(8))
    amount_fen: Mapped[int] = mapped_column(Integer)
    moved_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approval.id", ondelete="RESTRICT"), nullable=True)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ArrearsChase(Base):
    """One attempt to collect arrears (催款): when, how, by whom, what came of it, what was promised."""

    __tablename__ = "arrears_chase"
    __table_args__ = (
        CheckConstraint(_in("method", CHASE_METHODS), name="method"),
        Index("ix_arrears_chase_tenancy", "tenancy_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"))
    chased_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(10))
    contact: Mapped[str] = mapped_column(String(100), default="")  # whom the desk spoke to
    outcome: Mapped[str] = mapped_column(Text, default="")
    promised_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


# --- the service registers: fit-out projects, repairs, complaints, violations, return visits (issue 16)
# Each register's record carries its state; app/registers holds the allowed moves and writes every move as a
# RegisterStep (who, when, what), so a record's history is its steps, never overwritten.
REGISTERS = ("fit_out", "repair", "complaint", "violation")
FIT_OUT_STATES = ("applied", "approved", "rejected", "in_progress", "inspection", "accepted", "failed", "refunded")
REPAIR_STATES = ("reported", "assigned", "done", "visited", "cancelled")
COMPLAINT_STATES = ("received", "assigned", "handled", "approved", "fed_back", "closed")
VIOLATION_STATES = ("found", "notified", "rectified", "closed")
REPAIR_CHANNELS = ("phone", "walk_in", "self")
REPAIR_URGENCIES = ("normal", "urgent", "emergency")
COMPLAINT_CHANNELS = ("phone", "walk_in", "letter", "email", "other")
SATISFACTION = ("satisfied", "fair", "dissatisfied")  # 满意 / 基本满意 / 不满意
VISIT_HOWS = ("phone", "visit", "message", "email")
VISIT_SUBJECTS = ("repair", "complaint")


class RegisterStep(Base):
    """One move of a register record from a state to the next: what was done, on which day, by whom, when typed."""

    __tablename__ = "register_step"
    __table_args__ = (
        CheckConstraint(_in("register", REGISTERS), name="register"),
        Index("ix_register_step_record", "register", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    register: Mapped[str] = mapped_column(String(10))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    from_state: Mapped[str] = mapped_column(String(12))
    to_state: Mapped[str] = mapped_column(String(12))
    on_date: Mapped[dt.date] = mapped_column(Date)  # the day it happened (may be before the day it was typed)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReturnVisit(Base):
    """A return visit or call to a customer (回访): after a repair or a complaint, and (customer care) planned ones.

    One record per visit: the repair or complaint names it, the customer-care list reads the same row.
    """

    __tablename__ = "return_visit"
    __table_args__ = (
        CheckConstraint(f"subject IS NULL OR {_in('subject', VISIT_SUBJECTS)}", name="subject"),
        CheckConstraint("(subject IS NULL) = (subject_id IS NULL)", name="subject_named"),
        CheckConstraint(_in("how", VISIT_HOWS), name="how"),
        CheckConstraint(f"satisfaction IS NULL OR {_in('satisfaction', SATISFACTION)}", name="satisfaction"),
        UniqueConstraint("subject", "subject_id"),
        Index("ix_return_visit_tenancy", "tenancy_id", "visited_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    subject: Mapped[str | None] = mapped_column(String(10), nullable=True)
    subject_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tenancy_id: Mapped[int | None] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"), nullable=True)
    visited_on: Mapped[dt.date] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(10))
    contact: Mapped[str] = mapped_column(String(100), default="")  # whom the desk spoke to
    discussed: Mapped[str] = mapped_column(Text, default="")
    follow_ups: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str | None] = mapped_column(String(12), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    visited_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FitOutProject(Base):
    """A tenant's fit-out project (二装): applied, approved, worked on, inspected, accepted, its deposit refunded."""

    __tablename__ = "fit_out_project"
    __table_args__ = (
        CheckConstraint(_in("status", FIT_OUT_STATES), name="status"),
        Index("ix_fit_out_project_tenancy", "tenancy_id"),
        Index("ix_fit_out_project_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(12), default="applied")
    applied_on: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text, default="")  # what is built (装修内容)
    contractor: Mapped[str] = mapped_column(String(200), default="")
    person_in_charge: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    planned_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    planned_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    extended_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # the latest extension's end
    actual_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    actual_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The fit-out deposit in the fees register (app/fees); refunding the project checks it is refunded there.
    deposit_id: Mapped[int | None] = mapped_column(ForeignKey("deposit.id", ondelete="RESTRICT"), nullable=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Repair(Base):
    """A repair request (报修): reported, assigned, done, and the return visit that asks if the customer is happy."""

    __tablename__ = "repair"
    __table_args__ = (
        CheckConstraint(_in("status", REPAIR_STATES), name="status"),
        CheckConstraint(_in("channel", REPAIR_CHANNELS), name="channel"),
        CheckConstraint(_in("urgency", REPAIR_URGENCIES), name="urgency"),
        Index("ix_repair_unit", "unit_id", "reported_at"),
        Index("ix_repair_tenancy", "tenancy_id"),
        Index("ix_repair_status", "status", "reported_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    # The tenancy in the unit when it was reported (none for a vacant unit's repair).
    tenancy_id: Mapped[int | None] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="reported")
    reported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(10))
    urgency: Mapped[str] = mapped_column(String(10), default="normal")
    reported_by: Mapped[str] = mapped_column(String(100), default="")  # the customer's person who called
    what: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(200), default="")  # where in the unit
    department: Mapped[str] = mapped_column(String(100), default="")
    assignee: Mapped[str] = mapped_column(String(100), default="")
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    work_done: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Complaint(Base):
    """A complaint (投诉, R13): received, handled by a department, the result approved, fed back to the customer."""

    __tablename__ = "complaint"
    __table_args__ = (
        CheckConstraint(_in("status", COMPLAINT_STATES), name="status"),
        CheckConstraint(_in("channel", COMPLAINT_CHANNELS), name="channel"),
        CheckConstraint(f"feedback_how IS NULL OR {_in('feedback_how', VISIT_HOWS)}", name="feedback_how"),
        Index("ix_complaint_tenancy", "tenancy_id"),
        Index("ix_complaint_status", "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), nullable=True)
    tenancy_id: Mapped[int | None] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="received")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(10))
    complainant: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text)
    department: Mapped[str] = mapped_column(String(100), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)
    feedback_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    feedback_how: Mapped[str | None] = mapped_column(String(10), nullable=True)
    feedback_by: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"), nullable=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Violation(Base):
    """A violation of the building's rules (违规): what, when, the notice issued, rectify by, the follow-up."""

    __tablename__ = "violation"
    __table_args__ = (
        CheckConstraint(_in("status", VIOLATION_STATES), name="status"),
        Index("ix_violation_tenancy", "tenancy_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    tenancy_id: Mapped[int | None] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"), nullable=True)
    fit_out_id: Mapped[int | None] = mapped_column(
        ForeignKey("fit_out_project.id", ondelete="RESTRICT"), nullable=True
    )  # found during a fit-out project
    status: Mapped[str] = mapped_column(String(12), default="found")
    found_on: Mapped[dt.date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text)
    notice_no: Mapped[str] = mapped_column(String(40), default="")
    notice_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rectify_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rectified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


# --- the 18 registration forms of R12 (issue 16)
class FormRecord(Base):
    """A filled registration form (qms-pm-313NN): its definition lives in resources/forms/, its values here as JSON.

    A form that records a fact another register keeps (a meter reading) names that record (``fact_table``/
    ``fact_id``) instead of keeping a second copy; a filed form names its document in the dossier.
    """

    __tablename__ = "form_record"
    __table_args__ = (
        Index("ix_form_record_code_date", "code", "form_date"),
        Index("ix_form_record_tenancy", "tenancy_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    code: Mapped[str] = mapped_column(String(20))
    tenancy_id: Mapped[int | None] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"), nullable=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), nullable=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"), nullable=True)
    form_date: Mapped[dt.date] = mapped_column(Date)
    handled_by: Mapped[str] = mapped_column(String(100), default="")  # 经办人
    values: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field key -> value (text, number, rows)
    fact_table: Mapped[str | None] = mapped_column(String(30), nullable=True)
    fact_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


# --- the yearly satisfaction survey (R14, issue 16)
SURVEY_TOPICS = ("service", "price", "company")


class SurveyRound(Base):
    """One year's satisfaction survey: the answers, the target below which an item needs corrective action."""

    __tablename__ = "survey_round"
    __table_args__ = (CheckConstraint("target BETWEEN 1 AND 5", name="target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    year: Mapped[int] = mapped_column(Integer, unique=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    target: Mapped[Decimal] = mapped_column(Numeric(3, 1), default=Decimal("4.0"))  # on the 1–5 scale
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SurveyResponse(Base):
    """One customer's answers in a survey round: scores 1–5 for service quality, price and the company."""

    __tablename__ = "survey_response"
    __table_args__ = (
        UniqueConstraint("round_id", "tenancy_id"),
        CheckConstraint("service_score BETWEEN 1 AND 5", name="service_score"),
        CheckConstraint("price_score BETWEEN 1 AND 5", name="price_score"),
        CheckConstraint("company_score BETWEEN 1 AND 5", name="company_score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_round.id", ondelete="RESTRICT"))
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancy.id", ondelete="RESTRICT"))
    answered_on: Mapped[dt.date] = mapped_column(Date)
    respondent: Mapped[str] = mapped_column(String(100), default="")
    service_score: Mapped[int] = mapped_column(Integer)
    price_score: Mapped[int] = mapped_column(Integer)
    company_score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CorrectiveAction(Base):
    """What the office will do about a low survey score: the action, its owner, due date and the day it was done."""

    __tablename__ = "corrective_action"
    __table_args__ = (CheckConstraint(f"topic IS NULL OR {_in('topic', SURVEY_TOPICS)}", name="topic"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_round.id", ondelete="RESTRICT"))
    topic: Mapped[str | None] = mapped_column(String(10), nullable=True)
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(100))
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


# issue 20: customer care — grades (重点 / 一般 / 零散) and their contact plans.
CUSTOMER_GRADES = ("key", "ordinary", "small")


class CustomerGrade(Base):
    """A customer's grade from a day on, as the supervisor set it; the newest row is the grade now.

    Kept as a history, not a column, so a grade changed mid-year changes the visit schedule from that day only
    (app/care/schedule.py): the slots before it keep the grade they had.
    """

    __tablename__ = "customer_grade"
    __table_args__ = (
        CheckConstraint(_in("grade", CUSTOMER_GRADES), name="grade"),
        UniqueConstraint("customer_id", "since"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"), index=True)
    grade: Mapped[str] = mapped_column(String(10))
    since: Mapped[dt.date] = mapped_column(Date)
    set_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime)


# issue 20: authorised signatories and seal specimens (授权人 / 印章留存)
SEAL_KINDS = ("official", "contract", "finance", "other")  # 公章, 合同章, 财务章, 其他


class Signatory(Base):
    """A person the customer authorises to sign applications and letters, from ``valid_from`` until ``valid_to``
    (none: until further notice). The ID number is a person's, shown masked by role (app/privacy.py)."""

    __tablename__ = "signatory"
    __table_args__ = (CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="valid_dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    id_number: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[str] = mapped_column(String(100), default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Specimen(Base):
    """A scanned specimen lodged by a customer: a signatory's signature, or one of the company's seals. The bytes
    are in the attachment store under ``sha256``; the app writes a row once and never changes it — a newer specimen of
    the same signatory or seal is shown instead, the older stays on record."""

    __tablename__ = "specimen"
    __table_args__ = (
        CheckConstraint("size >= 0", name="size_not_negative"),
        CheckConstraint(f"seal IS NULL OR {_in('seal', SEAL_KINDS)}", name="seal"),
        CheckConstraint("(signatory_id IS NULL) <> (seal IS NULL)", name="signature_or_seal"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"), index=True)
    signatory_id: Mapped[int | None] = mapped_column(
        ForeignKey("signatory.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    seal: Mapped[str | None] = mapped_column(String(10), nullable=True)
    lodged_on: Mapped[dt.date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    added_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


# --- the customer's people and their staff changes (R11 人事变动, issue 20)
STAFF_LEAVINGS = ("resigned", "dismissed")  # 辞职 / 辞退, as the 31316 form has them


class StaffMember(Base):
    """One of the customer's people: who, where in the company, joined and left (R11 人事变动).

    Leaving (``left_on`` set) files a qms-pm-31316 form record (``leaving_record_id``); a person who rejoins keeps
    that record in the dossier and gets a new one when they leave again.
    """

    __tablename__ = "staff_member"
    __table_args__ = (
        CheckConstraint(f"leaving IS NULL OR {_in('leaving', STAFF_LEAVINGS)}", name="leaving"),
        Index("ix_staff_member_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(100))
    department: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(100), default="")
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    leaving: Mapped[str | None] = mapped_column(String(10), nullable=True)
    leaving_record_id: Mapped[int | None] = mapped_column(
        ForeignKey("form_record.id", ondelete="RESTRICT"), nullable=True
    )
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class StaffItem(Base):
    """A card, key or permit a person holds: a link to its form record (31313, 31317, 31306), never a copy.

    ``recover_since`` puts it on the to-recover list (待收回) when its holder leaves; ``returned_on`` and
    ``received_by`` take it off.
    """

    __tablename__ = "staff_item"
    __table_args__ = (
        UniqueConstraint("form_record_id"),
        Index("ix_staff_item_staff", "staff_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"))
    form_record_id: Mapped[int] = mapped_column(ForeignKey("form_record.id", ondelete="RESTRICT"))
    recover_since: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    returned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    received_by: Mapped[str] = mapped_column(String(100), default="")
    linked_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    linked_at: Mapped[dt.datetime] = mapped_column(DateTime)


# --- the scan inbox (issue 21)
SCAN_OUTCOMES = ("filed", "unsorted", "unreadable")


class ScanClaim(Base):
    """A scanned file taken in from the inbox folder, by its content: a unique hash, so no file is filed twice.

    Written in the unit of work that files the file's last bundle (or puts it aside, or finds it unreadable); the file
    is moved out of the inbox only after that commit (app/inbox/filing.py).
    """

    __tablename__ = "scan_claim"
    __table_args__ = (
        UniqueConstraint("sha256"),
        CheckConstraint(_in("outcome", SCAN_OUTCOMES), name="outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(260))
    outcome: Mapped[str] = mapped_column(String(12))
    message: Mapped[str] = mapped_column(String(500), default="")
    claimed_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    claimed_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ScanBundle(Base):
    """One bundle of a scanned file filed as a document (or put aside: no document), by (file hash, bundle index):
    a file of several bundles is claimed (ScanClaim) once its last bundle is done, and never files one twice."""

    __tablename__ = "scan_bundle"
    __table_args__ = (UniqueConstraint("sha256", "bundle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as it is
    sha256: Mapped[str] = mapped_column(String(64))
    bundle: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="RESTRICT"), nullable=True)
    filed_by: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="RESTRICT"))
    filed_at: Mapped[dt.datetime] = mapped_column(DateTime)
