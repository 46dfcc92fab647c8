-- revision: d0007
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value TEXT DEFAULT '' NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE organizations (
	org_id VARCHAR NOT NULL, 
	name TEXT NOT NULL, 
	short_name TEXT DEFAULT '' NOT NULL, 
	kind TEXT DEFAULT 'opd' NOT NULL, 
	parent_id TEXT DEFAULT '' NOT NULL, 
	address TEXT DEFAULT '' NOT NULL, 
	phone TEXT DEFAULT '' NOT NULL, 
	whatsapp TEXT DEFAULT '' NOT NULL, 
	email TEXT DEFAULT '' NOT NULL, 
	website TEXT DEFAULT '' NOT NULL, 
	hours TEXT DEFAULT '' NOT NULL, 
	authority_note TEXT DEFAULT '' NOT NULL, 
	description TEXT DEFAULT '' NOT NULL, 
	aliases TEXT DEFAULT '[]' NOT NULL, 
	assured_date TEXT DEFAULT '' NOT NULL, 
	PRIMARY KEY (org_id)
);
CREATE TABLE services (
	sid INTEGER NOT NULL, 
	service_id VARCHAR NOT NULL, 
	org_id VARCHAR NOT NULL, 
	name TEXT NOT NULL, 
	category TEXT DEFAULT '' NOT NULL, 
	keywords TEXT DEFAULT '[]' NOT NULL, 
	description TEXT DEFAULT '' NOT NULL, 
	requirements TEXT DEFAULT '[]' NOT NULL, 
	fee TEXT DEFAULT '' NOT NULL, 
	duration TEXT DEFAULT '' NOT NULL, 
	authority TEXT DEFAULT 'regency' NOT NULL, 
	authority_note TEXT DEFAULT '' NOT NULL, 
	online_url TEXT DEFAULT '' NOT NULL, 
	area TEXT DEFAULT '[]' NOT NULL, 
	assured_date TEXT DEFAULT '' NOT NULL, 
	PRIMARY KEY (sid), 
	UNIQUE (service_id), 
	FOREIGN KEY(org_id) REFERENCES organizations (org_id)
);
CREATE INDEX ix_services_org ON services (org_id);
CREATE INDEX ix_services_category ON services (category);
CREATE TABLE contacts (
	contact_id VARCHAR NOT NULL, 
	org_id VARCHAR NOT NULL, 
	name TEXT NOT NULL, 
	position TEXT NOT NULL, 
	level TEXT DEFAULT 'technical' NOT NULL, 
	whatsapp TEXT DEFAULT '' NOT NULL, 
	phone TEXT DEFAULT '' NOT NULL, 
	email TEXT DEFAULT '' NOT NULL, 
	hours TEXT DEFAULT '' NOT NULL, 
	languages TEXT DEFAULT '[]' NOT NULL, 
	area TEXT DEFAULT '[]' NOT NULL, 
	assured_date TEXT DEFAULT '' NOT NULL, 
	PRIMARY KEY (contact_id), 
	FOREIGN KEY(org_id) REFERENCES organizations (org_id)
);
CREATE INDEX ix_contacts_org ON contacts (org_id);
CREATE TABLE service_contacts (
	service_id VARCHAR NOT NULL, 
	contact_id VARCHAR NOT NULL, 
	position INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (service_id, contact_id), 
	FOREIGN KEY(service_id) REFERENCES services (service_id), 
	FOREIGN KEY(contact_id) REFERENCES contacts (contact_id)
);
CREATE INDEX ix_service_contacts_contact ON service_contacts (contact_id);
CREATE VIRTUAL TABLE service_fts USING fts5(name, keywords, org, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE service_vocab USING fts5vocab(service_fts, 'row');
CREATE TABLE fts_top (
	"key" TEXT NOT NULL, 
	pool INTEGER NOT NULL, 
	hits TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE org_offices (
	org_id TEXT NOT NULL, 
	office TEXT NOT NULL, 
	PRIMARY KEY (org_id, office)
);
CREATE TABLE service_concepts (
	sid INTEGER NOT NULL, 
	concept TEXT NOT NULL, 
	weight FLOAT NOT NULL, 
	PRIMARY KEY (concept, sid)
);
CREATE TABLE lexicon_files (
	name TEXT NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (name)
);
INSERT INTO alembic_version (version_num) VALUES ('d0007');
