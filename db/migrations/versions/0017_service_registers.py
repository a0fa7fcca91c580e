"""service registers, forms and survey

Issue 16: fit-out projects, repairs, complaints and violations with the steps of their state machines (register_step),
return visits (one record a repair, a complaint and later the customer-care visits share), the filled registration
forms of R12 (values as JSON, definitions in resources/forms/), and the yearly satisfaction survey (R14).

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import protection


revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register", sa.String(length=10), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_state", sa.String(length=12), nullable=False),
        sa.Column("to_state", sa.String(length=12), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "register IN ('fit_out', 'repair', 'complaint', 'violation')", name=op.f("ck_register_step_register")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_register_step_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_step")),
    )
    with op.batch_alter_table("register_step", schema=None) as batch_op:
        batch_op.create_index("ix_register_step_record", ["register", "record_id"], unique=False)

    op.create_table(
        "survey_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("target", sa.Numeric(precision=3, scale=1), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("target BETWEEN 1 AND 5", name=op.f("ck_survey_round_target")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_survey_round_created_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_round")),
        sa.UniqueConstraint("year", name=op.f("uq_survey_round_year")),
    )
    op.create_table(
        "corrective_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=10), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "topic IS NULL OR topic IN ('service', 'price', 'company')", name=op.f("ck_corrective_action_topic")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_corrective_action_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["survey_round.id"],
            name=op.f("fk_corrective_action_round_id_survey_round"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrective_action")),
    )
    op.create_table(
        "return_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("subject", sa.String(length=10), nullable=True),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("tenancy_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("how", sa.String(length=10), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("discussed", sa.Text(), nullable=False),
        sa.Column("follow_ups", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.String(length=12), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("visited_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("how IN ('phone', 'visit', 'message', 'email')", name=op.f("ck_return_visit_how")),
        sa.CheckConstraint(
            "satisfaction IS NULL OR satisfaction IN ('satisfied', 'fair', 'dissatisfied')",
            name=op.f("ck_return_visit_satisfaction"),
        ),
        sa.CheckConstraint(
            "subject IS NULL OR subject IN ('repair', 'complaint')", name=op.f("ck_return_visit_subject")
        ),
        sa.CheckConstraint("(subject IS NULL) = (subject_id IS NULL)", name=op.f("ck_return_visit_subject_named")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_return_visit_customer_id_customer"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_return_visit_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["visited_by"], ["user.id"], name=op.f("fk_return_visit_visited_by_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_visit")),
        sa.UniqueConstraint("subject", "subject_id", name=op.f("uq_return_visit_subject_subject_id")),
    )
    with op.batch_alter_table("return_visit", schema=None) as batch_op:
        batch_op.create_index("ix_return_visit_tenancy", ["tenancy_id", "visited_on"], unique=False)

    op.create_table(
        "survey_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("respondent", sa.String(length=100), nullable=False),
        sa.Column("service_score", sa.Integer(), nullable=False),
        sa.Column("price_score", sa.Integer(), nullable=False),
        sa.Column("company_score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("company_score BETWEEN 1 AND 5", name=op.f("ck_survey_response_company_score")),
        sa.CheckConstraint("price_score BETWEEN 1 AND 5", name=op.f("ck_survey_response_price_score")),
        sa.CheckConstraint("service_score BETWEEN 1 AND 5", name=op.f("ck_survey_response_service_score")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["user.id"], name=op.f("fk_survey_response_recorded_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["survey_round.id"],
            name=op.f("fk_survey_response_round_id_survey_round"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_survey_response_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
        sa.UniqueConstraint("round_id", "tenancy_id", name=op.f("uq_survey_response_round_id_tenancy_id")),
    )
    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("tenancy_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("complainant", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("feedback_on", sa.Date(), nullable=True),
        sa.Column("feedback_how", sa.String(length=10), nullable=True),
        sa.Column("feedback_by", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('phone', 'walk_in', 'letter', 'email', 'other')", name=op.f("ck_complaint_channel")
        ),
        sa.CheckConstraint(
            "feedback_how IS NULL OR feedback_how IN ('phone', 'visit', 'message', 'email')",
            name=op.f("ck_complaint_feedback_how"),
        ),
        sa.CheckConstraint(
            "status IN ('received', 'assigned', 'handled', 'approved', 'fed_back', 'closed')",
            name=op.f("ck_complaint_status"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["user.id"], name=op.f("fk_complaint_approved_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_complaint_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["feedback_by"], ["user.id"], name=op.f("fk_complaint_feedback_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_complaint_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_complaint_unit_id_unit"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_status", ["status", "received_at"], unique=False)
        batch_op.create_index("ix_complaint_tenancy", ["tenancy_id"], unique=False)

    op.create_table(
        "fit_out_project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("contractor", sa.String(length=200), nullable=False),
        sa.Column("person_in_charge", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("extended_to", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("deposit_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('applied', 'approved', 'rejected', 'in_progress', 'inspection', 'accepted', 'failed', 'refunded')",
            name=op.f("ck_fit_out_project_status"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_fit_out_project_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["deposit_id"], ["deposit.id"], name=op.f("fk_fit_out_project_deposit_id_deposit"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_fit_out_project_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_fit_out_project_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fit_out_project")),
    )
    with op.batch_alter_table("fit_out_project", schema=None) as batch_op:
        batch_op.create_index("ix_fit_out_project_status", ["status"], unique=False)
        batch_op.create_index("ix_fit_out_project_tenancy", ["tenancy_id"], unique=False)

    op.create_table(
        "repair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("urgency", sa.String(length=10), nullable=False),
        sa.Column("reported_by", sa.String(length=100), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("assignee", sa.String(length=100), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("work_done", sa.Text(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("channel IN ('phone', 'walk_in', 'self')", name=op.f("ck_repair_channel")),
        sa.CheckConstraint(
            "status IN ('reported', 'assigned', 'done', 'visited', 'cancelled')", name=op.f("ck_repair_status")
        ),
        sa.CheckConstraint("urgency IN ('normal', 'urgent', 'emergency')", name=op.f("ck_repair_urgency")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_repair_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_repair_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_repair_unit_id_unit"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repair")),
    )
    with op.batch_alter_table("repair", schema=None) as batch_op:
        batch_op.create_index("ix_repair_status", ["status", "reported_at"], unique=False)
        batch_op.create_index("ix_repair_tenancy", ["tenancy_id"], unique=False)
        batch_op.create_index("ix_repair_unit", ["unit_id", "reported_at"], unique=False)

    op.create_table(
        "violation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=True),
        sa.Column("fit_out_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("notice_no", sa.String(length=40), nullable=False),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("rectify_by", sa.Date(), nullable=True),
        sa.Column("rectified_on", sa.Date(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('found', 'notified', 'rectified', 'closed')", name=op.f("ck_violation_status")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_violation_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["fit_out_id"],
            ["fit_out_project.id"],
            name=op.f("fk_violation_fit_out_id_fit_out_project"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_violation_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_violation_unit_id_unit"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_violation")),
    )
    with op.batch_alter_table("violation", schema=None) as batch_op:
        batch_op.create_index("ix_violation_tenancy", ["tenancy_id"], unique=False)

    op.create_table(
        "form_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("tenancy_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("form_date", sa.Date(), nullable=False),
        sa.Column("handled_by", sa.String(length=100), nullable=False),
        sa.Column("values", sa.Text(), nullable=False),
        sa.Column("fact_table", sa.String(length=30), nullable=True),
        sa.Column("fact_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user.id"], name=op.f("fk_form_record_created_by_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_form_record_document_id_document"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tenancy_id"], ["tenancy.id"], name=op.f("fk_form_record_tenancy_id_tenancy"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_form_record_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_record")),
    )
    with op.batch_alter_table("form_record", schema=None) as batch_op:
        batch_op.create_index("ix_form_record_code_date", ["code", "form_date"], unique=False)
        batch_op.create_index("ix_form_record_tenancy", ["tenancy_id"], unique=False)
    protection.install(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("form_record", schema=None) as batch_op:
        batch_op.drop_index("ix_form_record_tenancy")
        batch_op.drop_index("ix_form_record_code_date")

    op.drop_table("form_record")
    with op.batch_alter_table("violation", schema=None) as batch_op:
        batch_op.drop_index("ix_violation_tenancy")

    op.drop_table("violation")
    with op.batch_alter_table("repair", schema=None) as batch_op:
        batch_op.drop_index("ix_repair_unit")
        batch_op.drop_index("ix_repair_tenancy")
        batch_op.drop_index("ix_repair_status")

    op.drop_table("repair")
    with op.batch_alter_table("fit_out_project", schema=None) as batch_op:
        batch_op.drop_index("ix_fit_out_project_tenancy")
        batch_op.drop_index("ix_fit_out_project_status")

    op.drop_table("fit_out_project")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_tenancy")
        batch_op.drop_index("ix_complaint_status")

    op.drop_table("complaint")
    op.drop_table("survey_response")
    with op.batch_alter_table("return_visit", schema=None) as batch_op:
        batch_op.drop_index("ix_return_visit_tenancy")

    op.drop_table("return_visit")
    op.drop_table("corrective_action")
    op.drop_table("survey_round")
    with op.batch_alter_table("register_step", schema=None) as batch_op:
        batch_op.drop_index("ix_register_step_record")

    op.drop_table("register_step")
