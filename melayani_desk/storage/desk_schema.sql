-- revision: k0006
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE desk (
	id INTEGER NOT NULL, 
	desk_id VARCHAR NOT NULL, 
	name TEXT DEFAULT '' NOT NULL, 
	kecamatan TEXT DEFAULT '' NOT NULL, 
	desa TEXT DEFAULT '' NOT NULL, 
	hub_url TEXT, 
	created_at VARCHAR NOT NULL, code TEXT DEFAULT '' NOT NULL, code_from_hub BOOLEAN DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_desk_single_row CHECK (id = 1), 
	UNIQUE (desk_id)
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
	directory_is_sample BOOLEAN DEFAULT '0' NOT NULL, found_via VARCHAR DEFAULT '' NOT NULL, search_rank INTEGER DEFAULT '0' NOT NULL, code VARCHAR DEFAULT '' NOT NULL, redacted_at VARCHAR, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_referrals_desk_seq UNIQUE (desk_id, seq), 
	CONSTRAINT ck_referrals_channel CHECK (channel IN ('read_out', 'printed', 'whatsapp_link', 'contacted_on_behalf')), 
	CONSTRAINT ck_referrals_citizen_consent CHECK (citizen_consent = 1 OR (citizen_name IS NULL AND citizen_phone IS NULL AND citizen_village IS NULL)), 
	UNIQUE (uuid), 
	UNIQUE (supersedes_uuid), 
	CONSTRAINT fk_referrals_supersedes FOREIGN KEY(supersedes_uuid) REFERENCES referrals (uuid)
);
CREATE INDEX ix_referrals_service_id ON referrals (service_id);
CREATE INDEX ix_referrals_created_at ON referrals (created_at);
CREATE TABLE outcomes (
	id INTEGER NOT NULL, 
	uuid VARCHAR NOT NULL, 
	referral_uuid VARCHAR NOT NULL, 
	outcome VARCHAR NOT NULL, 
	note TEXT DEFAULT '' NOT NULL, 
	created_at VARCHAR NOT NULL, lapor_id VARCHAR, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_outcomes_outcome CHECK (outcome IN ('responded', 'resolved', 'unreachable', 'wrong_number')), 
	UNIQUE (uuid), 
	CONSTRAINT fk_outcomes_referral FOREIGN KEY(referral_uuid) REFERENCES referrals (uuid)
);
CREATE INDEX ix_outcomes_referral_uuid ON outcomes (referral_uuid);
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
CREATE TRIGGER referrals_no_delete BEFORE DELETE ON referrals BEGIN SELECT RAISE(ABORT, 'referrals are immutable: log a new record instead'); END;
CREATE TRIGGER outcomes_no_update BEFORE UPDATE ON outcomes BEGIN SELECT RAISE(ABORT, 'outcomes are immutable: log a new record instead'); END;
CREATE TRIGGER outcomes_no_delete BEFORE DELETE ON outcomes BEGIN SELECT RAISE(ABORT, 'outcomes are immutable: log a new record instead'); END;
CREATE TRIGGER contact_reports_no_update BEFORE UPDATE ON contact_reports BEGIN SELECT RAISE(ABORT, 'contact_reports are immutable: log a new record instead'); END;
CREATE TRIGGER contact_reports_no_delete BEFORE DELETE ON contact_reports BEGIN SELECT RAISE(ABORT, 'contact_reports are immutable: log a new record instead'); END;
CREATE TABLE sync_state (
	id INTEGER NOT NULL, 
	hub_url TEXT, 
	token TEXT, 
	enrolled_at VARCHAR, 
	directory_version INTEGER DEFAULT '0' NOT NULL, 
	directory_issued_at VARCHAR, 
	directory_expires VARCHAR, 
	directory_installed_at VARCHAR, 
	directory_warning TEXT DEFAULT '' NOT NULL, 
	last_success_at VARCHAR, 
	last_attempt_at VARCHAR, 
	last_error TEXT DEFAULT '' NOT NULL, 
	consecutive_failures INTEGER DEFAULT '0' NOT NULL, 
	next_attempt_at VARCHAR, directory_epoch INTEGER DEFAULT '0' NOT NULL, keyset_version INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_sync_state_single_row CHECK (id = 1)
);
CREATE TABLE trusted_keys (
	key_id VARCHAR NOT NULL, 
	public_key VARCHAR NOT NULL, 
	source TEXT DEFAULT '' NOT NULL, 
	added_at VARCHAR NOT NULL, 
	PRIMARY KEY (key_id)
);
CREATE TABLE unmet_needs (
	id INTEGER NOT NULL, 
	uuid VARCHAR NOT NULL, 
	need_text TEXT NOT NULL, 
	created_at VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (uuid)
);
CREATE TABLE "outbox" (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	item_type VARCHAR NOT NULL, 
	item_uuid VARCHAR NOT NULL, 
	state VARCHAR DEFAULT 'pending' NOT NULL, 
	attempts INTEGER DEFAULT '0' NOT NULL, 
	last_error TEXT DEFAULT '' NOT NULL, 
	updated_at VARCHAR NOT NULL, 
	CONSTRAINT ck_outbox_item_type CHECK (item_type IN ('referral', 'outcome', 'contact_report', 'unmet_need')), 
	CONSTRAINT ck_outbox_state CHECK (state IN ('pending', 'sent', 'quarantined')), 
	UNIQUE (item_uuid)
);
CREATE INDEX ix_outbox_state ON outbox (state);
CREATE TRIGGER unmet_needs_no_update BEFORE UPDATE ON unmet_needs BEGIN SELECT RAISE(ABORT, 'unmet_needs are immutable: log a new record instead'); END;
CREATE TRIGGER unmet_needs_no_delete BEFORE DELETE ON unmet_needs BEGIN SELECT RAISE(ABORT, 'unmet_needs are immutable: log a new record instead'); END;
CREATE INDEX ix_referrals_code ON referrals (code);
CREATE TRIGGER referrals_no_update BEFORE UPDATE ON referrals WHEN NOT (OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL AND NEW.citizen_name IS NULL AND NEW.citizen_phone IS NULL AND NEW.citizen_village IS NULL AND NEW.note = '' AND NEW.id IS OLD.id AND NEW.uuid IS OLD.uuid AND NEW.desk_id IS OLD.desk_id AND NEW.seq IS OLD.seq AND NEW.created_at IS OLD.created_at AND NEW.need_text IS OLD.need_text AND NEW.service_id IS OLD.service_id AND NEW.service_name IS OLD.service_name AND NEW.org_id IS OLD.org_id AND NEW.org_name IS OLD.org_name AND NEW.org_short_name IS OLD.org_short_name AND NEW.authority IS OLD.authority AND NEW.authority_note IS OLD.authority_note AND NEW.contact_id IS OLD.contact_id AND NEW.contact_name IS OLD.contact_name AND NEW.contact_position IS OLD.contact_position AND NEW.contact_whatsapp IS OLD.contact_whatsapp AND NEW.contact_phone IS OLD.contact_phone AND NEW.channel IS OLD.channel AND NEW.citizen_consent IS OLD.citizen_consent AND NEW.lapor_id IS OLD.lapor_id AND NEW.supersedes_uuid IS OLD.supersedes_uuid AND NEW.directory_version IS OLD.directory_version AND NEW.directory_is_sample IS OLD.directory_is_sample AND NEW.found_via IS OLD.found_via AND NEW.search_rank IS OLD.search_rank AND NEW.code IS OLD.code) BEGIN SELECT RAISE(ABORT, 'referrals are immutable: log a new record instead'); END;
INSERT INTO alembic_version (version_num) VALUES ('k0006');
INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', 0);
