"""Forward migrations of the vault's database schema.

``STEPS[n]`` takes a database at schema version ``n`` to ``n + 1``; it runs inside the
transaction opened by ``database.migrate`` and must use plain SQL (never the current models,
which describe the newest schema only). Version 0 is "no schema": vaults are always created at
the current version, so step 0 is never needed for real files and exists for tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

CURRENT_SCHEMA_VERSION = 4

Step = Callable[[sqlite3.Connection], None]


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    raise RuntimeError("a database without schema cannot be migrated")


# Version 2: impact assessments (DPIA screenings, DPIAs) and the questionnaire definitions
# they were made with. The statements are those SQLAlchemy emits for the models of that
# version (tests compare a migrated database with a new one).
_V2_TABLES = """
CREATE TABLE assessment (
    id VARCHAR NOT NULL,
    series_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    reference VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    subject_type VARCHAR NOT NULL,
    subject_id VARCHAR NOT NULL,
    definition_key VARCHAR NOT NULL,
    answers_json VARCHAR NOT NULL,
    status VARCHAR(12) NOT NULL,
    owner VARCHAR NOT NULL,
    outcome VARCHAR NOT NULL,
    next_review DATE,
    risks TEXT NOT NULL,
    measures TEXT NOT NULL,
    action_plan TEXT NOT NULL,
    reviews TEXT NOT NULL,
    signoffs TEXT NOT NULL,
    dpo_name VARCHAR NOT NULL,
    dpo_opinion VARCHAR NOT NULL,
    dpo_status VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    submitted_at DATETIME,
    approved_at DATETIME,
    created_at DATETIME NOT NULL,
    created_by VARCHAR NOT NULL,
    updated_at DATETIME NOT NULL,
    updated_by VARCHAR NOT NULL,
    archived_at DATETIME,
    PRIMARY KEY (id)
);
CREATE INDEX ix_assessment_kind ON assessment (kind);
CREATE INDEX ix_assessment_reference ON assessment (reference);
CREATE INDEX ix_assessment_series_id ON assessment (series_id);
CREATE INDEX ix_assessment_subject ON assessment (subject_type, subject_id);
CREATE TABLE questionnaire_definition (
    "key" VARCHAR NOT NULL,
    definition_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    definition_json VARCHAR NOT NULL,
    stored_at DATETIME NOT NULL,
    PRIMARY KEY ("key")
);
"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    for statement in _V2_TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    # Version 3: what other tools record about an assessment that govkit's fields do not hold
    # (the CNIL PIA software's comments, its status, answers to questions it has and govkit's
    # questionnaire has not…), kept as JSON so that nothing of an imported file is lost.
    conn.execute("ALTER TABLE assessment ADD COLUMN extra_json VARCHAR NOT NULL DEFAULT '{}'")


# Version 4: the AI systems register (one table; its structured parts are JSON columns).
_V4_TABLES = """
CREATE TABLE ai_system (
    id VARCHAR NOT NULL,
    reference VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    department VARCHAR NOT NULL,
    region VARCHAR NOT NULL,
    contact VARCHAR NOT NULL,
    contact_internal BOOLEAN NOT NULL,
    status VARCHAR(7) NOT NULL,
    phase VARCHAR NOT NULL,
    next_review DATE,
    description VARCHAR NOT NULL,
    purpose VARCHAR NOT NULL,
    website VARCHAR NOT NULL,
    organisation VARCHAR NOT NULL,
    team VARCHAR NOT NULL,
    senior_responsible_owner VARCHAR NOT NULL,
    supplier VARCHAR NOT NULL,
    third_parties VARCHAR NOT NULL,
    procurement VARCHAR NOT NULL,
    data_access_terms VARCHAR NOT NULL,
    detailed_description VARCHAR NOT NULL,
    benefits VARCHAR NOT NULL,
    previous_process VARCHAR NOT NULL,
    alternatives VARCHAR NOT NULL,
    decision_process VARCHAR NOT NULL,
    scale VARCHAR NOT NULL,
    human_review VARCHAR NOT NULL,
    staff_training VARCHAR NOT NULL,
    appeal VARCHAR NOT NULL,
    inputs VARCHAR NOT NULL,
    outputs VARCHAR NOT NULL,
    models TEXT NOT NULL,
    datasets TEXT NOT NULL,
    maintenance VARCHAR NOT NULL,
    monitoring VARCHAR NOT NULL,
    processing_activities TEXT NOT NULL,
    register_entries TEXT NOT NULL,
    risk_tier VARCHAR NOT NULL,
    annex_area VARCHAR NOT NULL,
    classification_reasoning VARCHAR NOT NULL,
    classification_assessment_id VARCHAR NOT NULL,
    classified_at DATETIME,
    classified_by VARCHAR NOT NULL,
    classification_history TEXT NOT NULL,
    public_body BOOLEAN NOT NULL,
    transparency_obligations BOOLEAN NOT NULL,
    duties TEXT NOT NULL,
    internal_notes VARCHAR NOT NULL,
    created_at DATETIME NOT NULL,
    created_by VARCHAR NOT NULL,
    updated_at DATETIME NOT NULL,
    updated_by VARCHAR NOT NULL,
    archived_at DATETIME,
    PRIMARY KEY (id)
);
CREATE INDEX ix_ai_system_department ON ai_system (department);
CREATE INDEX ix_ai_system_reference ON ai_system (reference);
"""


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    for statement in _V4_TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)


STEPS: dict[int, Step] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}
