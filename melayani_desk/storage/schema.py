"""The desk database's schema at head, as plain SQL: what a fresh ``desk.sqlite`` is made of.

These are the statements the Alembic scripts in ``migrations/desk`` leave in
``sqlite_master`` when they build a new file from nothing to :data:`REVISION`, word for
word (SQLite keeps a table's text as it was written, ADD COLUMN appended), so a file made
here and one made by the migrations are the same file: tests/test_desk_schema.py builds
both and compares them, and fails when a migration is added without this being made
again (copy the new statements from ``sqlite_master`` of a file the migrations made, in
rowid order, and move :data:`REVISION` on).

A fresh file is made from these in one transaction and stamped ``REVISION`` in
``alembic_version``, so Alembic is needed only for a file made by an older release.
"""

from __future__ import annotations

REVISION = "k0006"

STATEMENTS: tuple[str, ...] = (
    # table alembic_version
    (
        "CREATE TABLE alembic_version (\n"
        "\tversion_num VARCHAR(32) NOT NULL, \n"
        "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
        ")"
    ),
    # table desk
    (
        "CREATE TABLE desk (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tdesk_id VARCHAR NOT NULL, \n"
        "\tname TEXT DEFAULT '' NOT NULL, \n"
        "\tkecamatan TEXT DEFAULT '' NOT NULL, \n"
        "\tdesa TEXT DEFAULT '' NOT NULL, \n"
        "\thub_url TEXT, \n"
        "\tcreated_at VARCHAR NOT NULL, code TEXT DEFAULT '' NOT NULL, code_from_hub BOOLEAN "
        "DEFAULT '0' NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tCONSTRAINT ck_desk_single_row CHECK (id = 1), \n"
        "\tUNIQUE (desk_id)\n"
        ")"
    ),
    # table referrals
    (
        "CREATE TABLE referrals (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tuuid VARCHAR NOT NULL, \n"
        "\tdesk_id VARCHAR NOT NULL, \n"
        "\tseq INTEGER NOT NULL, \n"
        "\tcreated_at VARCHAR NOT NULL, \n"
        "\tneed_text TEXT DEFAULT '' NOT NULL, \n"
        "\tservice_id VARCHAR NOT NULL, \n"
        "\tservice_name TEXT DEFAULT '' NOT NULL, \n"
        "\torg_id TEXT DEFAULT '' NOT NULL, \n"
        "\torg_name TEXT DEFAULT '' NOT NULL, \n"
        "\torg_short_name TEXT DEFAULT '' NOT NULL, \n"
        "\tauthority TEXT DEFAULT '' NOT NULL, \n"
        "\tauthority_note TEXT DEFAULT '' NOT NULL, \n"
        "\tcontact_id VARCHAR NOT NULL, \n"
        "\tcontact_name TEXT DEFAULT '' NOT NULL, \n"
        "\tcontact_position TEXT DEFAULT '' NOT NULL, \n"
        "\tcontact_whatsapp TEXT DEFAULT '' NOT NULL, \n"
        "\tcontact_phone TEXT DEFAULT '' NOT NULL, \n"
        "\tchannel VARCHAR NOT NULL, \n"
        "\tnote TEXT DEFAULT '' NOT NULL, \n"
        "\tcitizen_consent BOOLEAN DEFAULT '0' NOT NULL, \n"
        "\tcitizen_name TEXT, \n"
        "\tcitizen_phone VARCHAR, \n"
        "\tcitizen_village TEXT, \n"
        "\tlapor_id VARCHAR, \n"
        "\tsupersedes_uuid VARCHAR, \n"
        "\tdirectory_version INTEGER DEFAULT '0' NOT NULL, \n"
        "\tdirectory_is_sample BOOLEAN DEFAULT '0' NOT NULL, found_via VARCHAR DEFAULT '' NOT "
        "NULL, search_rank INTEGER DEFAULT '0' NOT NULL, code VARCHAR DEFAULT '' NOT NULL, "
        "redacted_at VARCHAR, \n"
        "\tPRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_referrals_desk_seq UNIQUE (desk_id, seq), \n"
        "\tCONSTRAINT ck_referrals_channel CHECK (channel IN ('read_out', 'printed', "
        "'whatsapp_link', 'contacted_on_behalf')), \n"
        "\tCONSTRAINT ck_referrals_citizen_consent CHECK (citizen_consent = 1 OR (citizen_name "
        "IS NULL AND citizen_phone IS NULL AND citizen_village IS NULL)), \n"
        "\tUNIQUE (uuid), \n"
        "\tUNIQUE (supersedes_uuid), \n"
        "\tCONSTRAINT fk_referrals_supersedes FOREIGN KEY(supersedes_uuid) REFERENCES "
        "referrals (uuid)\n"
        ")"
    ),
    # index ix_referrals_service_id
    ("CREATE INDEX ix_referrals_service_id ON referrals (service_id)"),
    # index ix_referrals_created_at
    ("CREATE INDEX ix_referrals_created_at ON referrals (created_at)"),
    # table outcomes
    (
        "CREATE TABLE outcomes (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tuuid VARCHAR NOT NULL, \n"
        "\treferral_uuid VARCHAR NOT NULL, \n"
        "\toutcome VARCHAR NOT NULL, \n"
        "\tnote TEXT DEFAULT '' NOT NULL, \n"
        "\tcreated_at VARCHAR NOT NULL, lapor_id VARCHAR, \n"
        "\tPRIMARY KEY (id), \n"
        "\tCONSTRAINT ck_outcomes_outcome CHECK (outcome IN ('responded', 'resolved', "
        "'unreachable', 'wrong_number')), \n"
        "\tUNIQUE (uuid), \n"
        "\tCONSTRAINT fk_outcomes_referral FOREIGN KEY(referral_uuid) REFERENCES referrals "
        "(uuid)\n"
        ")"
    ),
    # index ix_outcomes_referral_uuid
    ("CREATE INDEX ix_outcomes_referral_uuid ON outcomes (referral_uuid)"),
    # table contact_reports
    (
        "CREATE TABLE contact_reports (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tuuid VARCHAR NOT NULL, \n"
        "\tcontact_id VARCHAR NOT NULL, \n"
        "\tcontact_name TEXT DEFAULT '' NOT NULL, \n"
        "\torg_id TEXT DEFAULT '' NOT NULL, \n"
        "\tservice_id VARCHAR, \n"
        "\tkind VARCHAR NOT NULL, \n"
        "\tnote TEXT DEFAULT '' NOT NULL, \n"
        "\tcreated_at VARCHAR NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tCONSTRAINT ck_contact_reports_kind CHECK (kind IN ('wrong_number', 'not_answering', "
        "'moved', 'other')), \n"
        "\tUNIQUE (uuid)\n"
        ")"
    ),
    # trigger referrals_no_delete
    (
        "CREATE TRIGGER referrals_no_delete BEFORE DELETE ON referrals BEGIN SELECT "
        "RAISE(ABORT, 'referrals are immutable: log a new record instead'); END"
    ),
    # trigger outcomes_no_update
    (
        "CREATE TRIGGER outcomes_no_update BEFORE UPDATE ON outcomes BEGIN SELECT "
        "RAISE(ABORT, 'outcomes are immutable: log a new record instead'); END"
    ),
    # trigger outcomes_no_delete
    (
        "CREATE TRIGGER outcomes_no_delete BEFORE DELETE ON outcomes BEGIN SELECT "
        "RAISE(ABORT, 'outcomes are immutable: log a new record instead'); END"
    ),
    # trigger contact_reports_no_update
    (
        "CREATE TRIGGER contact_reports_no_update BEFORE UPDATE ON contact_reports BEGIN "
        "SELECT RAISE(ABORT, 'contact_reports are immutable: log a new record instead'); END"
    ),
    # trigger contact_reports_no_delete
    (
        "CREATE TRIGGER contact_reports_no_delete BEFORE DELETE ON contact_reports BEGIN "
        "SELECT RAISE(ABORT, 'contact_reports are immutable: log a new record instead'); END"
    ),
    # table sync_state
    (
        "CREATE TABLE sync_state (\n"
        "\tid INTEGER NOT NULL, \n"
        "\thub_url TEXT, \n"
        "\ttoken TEXT, \n"
        "\tenrolled_at VARCHAR, \n"
        "\tdirectory_version INTEGER DEFAULT '0' NOT NULL, \n"
        "\tdirectory_issued_at VARCHAR, \n"
        "\tdirectory_expires VARCHAR, \n"
        "\tdirectory_installed_at VARCHAR, \n"
        "\tdirectory_warning TEXT DEFAULT '' NOT NULL, \n"
        "\tlast_success_at VARCHAR, \n"
        "\tlast_attempt_at VARCHAR, \n"
        "\tlast_error TEXT DEFAULT '' NOT NULL, \n"
        "\tconsecutive_failures INTEGER DEFAULT '0' NOT NULL, \n"
        "\tnext_attempt_at VARCHAR, directory_epoch INTEGER DEFAULT '0' NOT NULL, "
        "keyset_version INTEGER DEFAULT '0' NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tCONSTRAINT ck_sync_state_single_row CHECK (id = 1)\n"
        ")"
    ),
    # table trusted_keys
    (
        "CREATE TABLE trusted_keys (\n"
        "\tkey_id VARCHAR NOT NULL, \n"
        "\tpublic_key VARCHAR NOT NULL, \n"
        "\tsource TEXT DEFAULT '' NOT NULL, \n"
        "\tadded_at VARCHAR NOT NULL, \n"
        "\tPRIMARY KEY (key_id)\n"
        ")"
    ),
    # table unmet_needs
    (
        "CREATE TABLE unmet_needs (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tuuid VARCHAR NOT NULL, \n"
        "\tneed_text TEXT NOT NULL, \n"
        "\tcreated_at VARCHAR NOT NULL, \n"
        "\tPRIMARY KEY (id), \n"
        "\tUNIQUE (uuid)\n"
        ")"
    ),
    # table outbox
    (
        'CREATE TABLE "outbox" (\n'
        "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
        "\titem_type VARCHAR NOT NULL, \n"
        "\titem_uuid VARCHAR NOT NULL, \n"
        "\tstate VARCHAR DEFAULT 'pending' NOT NULL, \n"
        "\tattempts INTEGER DEFAULT '0' NOT NULL, \n"
        "\tlast_error TEXT DEFAULT '' NOT NULL, \n"
        "\tupdated_at VARCHAR NOT NULL, \n"
        "\tCONSTRAINT ck_outbox_item_type CHECK (item_type IN ('referral', 'outcome', "
        "'contact_report', 'unmet_need')), \n"
        "\tCONSTRAINT ck_outbox_state CHECK (state IN ('pending', 'sent', 'quarantined')), \n"
        "\tUNIQUE (item_uuid)\n"
        ")"
    ),
    # index ix_outbox_state
    ("CREATE INDEX ix_outbox_state ON outbox (state)"),
    # trigger unmet_needs_no_update
    (
        "CREATE TRIGGER unmet_needs_no_update BEFORE UPDATE ON unmet_needs BEGIN SELECT "
        "RAISE(ABORT, 'unmet_needs are immutable: log a new record instead'); END"
    ),
    # trigger unmet_needs_no_delete
    (
        "CREATE TRIGGER unmet_needs_no_delete BEFORE DELETE ON unmet_needs BEGIN SELECT "
        "RAISE(ABORT, 'unmet_needs are immutable: log a new record instead'); END"
    ),
    # index ix_referrals_code
    ("CREATE INDEX ix_referrals_code ON referrals (code)"),
    # trigger referrals_no_update
    (
        "CREATE TRIGGER referrals_no_update BEFORE UPDATE ON referrals WHEN NOT "
        "(OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL AND NEW.citizen_name IS "
        "NULL AND NEW.citizen_phone IS NULL AND NEW.citizen_village IS NULL AND NEW.note = '' "
        "AND NEW.id IS OLD.id AND NEW.uuid IS OLD.uuid AND NEW.desk_id IS OLD.desk_id AND "
        "NEW.seq IS OLD.seq AND NEW.created_at IS OLD.created_at AND NEW.need_text IS "
        "OLD.need_text AND NEW.service_id IS OLD.service_id AND NEW.service_name IS "
        "OLD.service_name AND NEW.org_id IS OLD.org_id AND NEW.org_name IS OLD.org_name AND "
        "NEW.org_short_name IS OLD.org_short_name AND NEW.authority IS OLD.authority AND "
        "NEW.authority_note IS OLD.authority_note AND NEW.contact_id IS OLD.contact_id AND "
        "NEW.contact_name IS OLD.contact_name AND NEW.contact_position IS "
        "OLD.contact_position AND NEW.contact_whatsapp IS OLD.contact_whatsapp AND "
        "NEW.contact_phone IS OLD.contact_phone AND NEW.channel IS OLD.channel AND "
        "NEW.citizen_consent IS OLD.citizen_consent AND NEW.lapor_id IS OLD.lapor_id AND "
        "NEW.supersedes_uuid IS OLD.supersedes_uuid AND NEW.directory_version IS "
        "OLD.directory_version AND NEW.directory_is_sample IS OLD.directory_is_sample AND "
        "NEW.found_via IS OLD.found_via AND NEW.search_rank IS OLD.search_rank AND NEW.code "
        "IS OLD.code) BEGIN SELECT RAISE(ABORT, 'referrals are immutable: log a new record "
        "instead'); END"
    ),
    "INSERT INTO alembic_version (version_num) VALUES ('k0006')",
    # the row k0004's rebuild of the outbox leaves behind (its AUTOINCREMENT counter, at 0)
    "INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', 0)",
)
