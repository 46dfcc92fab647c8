-- The desk schema of the first release (Alembic k0001), as SQLite stores it.
-- Frozen: tests/test_upgrade.py checks that k0001 still builds exactly this.
CREATE TABLE contact_reports (
	id INTEGER NOT NULL,
	uuid VARCHAR NOT NULL,
	contact_id VARCHAR NOT NULL,
	contact_name TEXT DEFAULT '' NOT NULL,
	org_id TEXT DEFAULT '' NOT NULL,
	service_id VARCHAR,
	kind VARCHAR NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	created_at VARCHAR NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT ck_contact_reports_kind CHECK (kind IN ('wrong_number', 'not_answering', 'moved', 'other')),
	UNIQUE (uuid)
);
CREATE TABLE desk (
	id INTEGER NOT NULL,
	desk_id VARCHAR NOT NULL,
	name TEXT DEFAULT '' NOT NULL,
	kecamatan TEXT DEFAULT '' NOT NULL,
	desa TEXT DEFAULT '' NOT NULL,
	hub_url TEXT,
	created_at VARCHAR NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT ck_desk_single_row CHECK (id = 1),
	UNIQUE (desk_id)
);
CREATE TABLE outbox (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	item_type VARCHAR NOT NULL,
	item_uuid VARCHAR NOT NULL,
	state VARCHAR DEFAULT 'pending' NOT NULL,
	attempts INTEGER DEFAULT '0' NOT NULL,
	last_error TEXT DEFAULT '' NOT NULL,
	updated_at VARCHAR NOT NULL,
	CONSTRAINT ck_outbox_item_type CHECK (item_type IN ('referral', 'outcome', 'contact_report')),
	CONSTRAINT ck_outbox_state CHECK (state IN ('pending', 'sent', 'quarantined')),
	UNIQUE (item_uuid)
);
CREATE TABLE outcomes (
	id INTEGER NOT NULL,
	uuid VARCHAR NOT NULL,
	referral_uuid VARCHAR NOT NULL,
	outcome VARCHAR NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	created_at VARCHAR NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT ck_outcomes_outcome CHECK (outcome IN ('responded', 'resolved', 'unreachable', 'wrong_number')),
	UNIQUE (uuid),
	CONSTRAINT fk_outcomes_referral FOREIGN KEY(referral_uuid) REFERENCES referrals (uuid)
);
CREATE TABLE referrals (
	id INTEGER NOT NULL,
	uuid VARCHAR NOT NULL,
	desk_id VARCHAR NOT NULL,
	seq INTEGER NOT NULL,
	created_at VARCHAR NOT NULL,
	need_text TEXT DEFAULT '' NOT NULL,
	service_id VARCHAR NOT NULL,
	service_name TEXT DEFAULT '' NOT NULL,
	org_id TEXT DEFAULT '' NOT NULL,
	org_name TEXT DEFAULT '' NOT NULL,
	org_short_name TEXT DEFAULT '' NOT NULL,
	authority TEXT DEFAULT '' NOT NULL,
	authority_note TEXT DEFAULT '' NOT NULL,
	contact_id VARCHAR NOT NULL,
	contact_name TEXT DEFAULT '' NOT NULL,
	contact_position TEXT DEFAULT '' NOT NULL,
	contact_whatsapp TEXT DEFAULT '' NOT NULL,
	contact_phone TEXT DEFAULT '' NOT NULL,
	channel VARCHAR NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	citizen_consent BOOLEAN DEFAULT '0' NOT NULL,
	citizen_name TEXT,
	citizen_phone VARCHAR,
	citizen_village TEXT,
	lapor_id VARCHAR,
	supersedes_uuid VARCHAR,
	directory_version INTEGER DEFAULT '0' NOT NULL,
	directory_is_sample BOOLEAN DEFAULT '0' NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_referrals_desk_seq UNIQUE (desk_id, seq),
	CONSTRAINT ck_referrals_channel CHECK (channel IN ('read_out', 'printed', 'whatsapp_link', 'contacted_on_behalf')),
	CONSTRAINT ck_referrals_citizen_consent CHECK (citizen_consent = 1 OR (citizen_name IS NULL AND citizen_phone IS NULL AND citizen_village IS NULL)),
	UNIQUE (uuid),
	UNIQUE (supersedes_uuid),
	CONSTRAINT fk_referrals_supersedes FOREIGN KEY(supersedes_uuid) REFERENCES referrals (uuid)
);
CREATE INDEX ix_outbox_state ON outbox (state);
CREATE INDEX ix_outcomes_referral_uuid ON outcomes (referral_uuid);
CREATE INDEX ix_referrals_created_at ON referrals (created_at);
CREATE INDEX ix_referrals_service_id ON referrals (service_id);
CREATE TRIGGER contact_reports_no_delete BEFORE DELETE ON contact_reports BEGIN SELECT RAISE(ABORT, 'contact_reports are immutable: log a new record instead'); END;
CREATE TRIGGER contact_reports_no_update BEFORE UPDATE ON contact_reports BEGIN SELECT RAISE(ABORT, 'contact_reports are immutable: log a new record instead'); END;
CREATE TRIGGER outcomes_no_delete BEFORE DELETE ON outcomes BEGIN SELECT RAISE(ABORT, 'outcomes are immutable: log a new record instead'); END;
CREATE TRIGGER outcomes_no_update BEFORE UPDATE ON outcomes BEGIN SELECT RAISE(ABORT, 'outcomes are immutable: log a new record instead'); END;
CREATE TRIGGER referrals_no_delete BEFORE DELETE ON referrals BEGIN SELECT RAISE(ABORT, 'referrals are immutable: log a new record instead'); END;
CREATE TRIGGER referrals_no_update BEFORE UPDATE ON referrals BEGIN SELECT RAISE(ABORT, 'referrals are immutable: log a new record instead'); END;
